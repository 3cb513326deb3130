/**
 * Searches of a block for the first slot with a given property: the winner's first index once the
 * block's extreme value is known, or the first NaN.
 */

/**
 * The first slot of the `n` values at `ptr` equal to `value`, or -1. Equality is numeric, so -0
 * and +0 match each other and the first of them is found.
 */
@inline
export function firstEqual<T>(ptr: usize, n: i32, value: T): i32 {
  const size = <i32>sizeof<T>();
  const lanes = 16 / size;
  const target = v128.splat<T>(value);
  let i = 0;
  for (; i + lanes <= n; i += lanes) {
    const mask = laneBits<T>(v128.eq<T>(v128.load(ptr + <usize>(i * size)), target));
    if (mask != 0) return i + ctz(mask);
  }
  for (; i < n; i++) if (load<T>(ptr + <usize>(i * size)) == value) return i;
  return -1;
}

/** The first NaN among the `n` floats at `ptr`, or -1. */
@inline
export function firstNaN<T>(ptr: usize, n: i32): i32 {
  const size = <i32>sizeof<T>();
  const lanes = 16 / size;
  let i = 0;
  for (; i + lanes <= n; i += lanes) {
    const x = v128.load(ptr + <usize>(i * size));
    const mask = laneBits<T>(v128.ne<T>(x, x));
    if (mask != 0) return i + ctz(mask);
  }
  for (; i < n; i++) {
    const x = load<T>(ptr + <usize>(i * size));
    if (x != x) return i;
  }
  return -1;
}

/** One bit per lane of a comparison result, for lanes of `T`'s width (floats included). */
@inline
function laneBits<T>(mask: v128): i32 {
  if (sizeof<T>() == 8) return v128.bitmask<i64>(mask);
  if (sizeof<T>() == 4) return v128.bitmask<i32>(mask);
  if (sizeof<T>() == 2) return v128.bitmask<i16>(mask);
  return v128.bitmask<i8>(mask);
}
