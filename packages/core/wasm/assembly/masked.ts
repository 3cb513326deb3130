/**
 * Block scans of a column with nulls: the validity bitmap is expanded, one byte per eight values,
 * into lane masks (`(splat(byte) & laneBit) == 0` marks a null lane), and null lanes never win.
 * One pass of compares answers for almost every block that the best value so far still holds;
 * the rare block that may hold a new winner or a propagating NaN is read again value by value.
 */

/**
 * Looks in the `n` values at `ptr` for a winner against `best`, skipping nulls: value i is valid
 * when bit `shift + i` of the bytes at `bits` is set (LSB first, `shift` in 0..7).
 * @param skipNaN - floats: NaN is skipped rather than winning
 * @returns as the dense scans: -1 when no valid value beats `best`, the first index of the
 *   block's winner, or -(k + 2) for a propagating NaN first met at k
 */
@inline
export function scanMasked<T>(ptr: usize, n: i32, bits: usize, shift: u32, best: T, max: bool, skipNaN: bool): i32 {
  const groups = n >> 3;
  if (!mayWin<T>(ptr, groups, bits, shift, best, max, skipNaN)) {
    if (n & 7) return scalarScan<T>(ptr, groups << 3, n, bits, shift, best, max, skipNaN);
    return -1;
  }
  return scalarScan<T>(ptr, 0, n, bits, shift, best, max, skipNaN);
}

/**
 * Whether some valid value among the first `groups` groups of eight may beat `best`: one below it
 * (above for max), or, when NaN propagates, a NaN (every comparison with NaN is false, so a NaN
 * lane fails `x >= best`).
 */
@inline
function mayWin<T>(ptr: usize, groups: i32, bits: usize, shift: u32, best: T, max: bool, skipNaN: bool): bool {
  const size = <usize>sizeof<T>();
  const b = v128.splat<T>(best);
  const zero = v128.splat<i32>(0);
  let hit = zero;
  for (let g = 0; g < groups; g++) {
    const byte = validByte(bits, g, shift);
    const p = ptr + ((<usize>g * size) << 3);
    if (size == 8) {
      const s = i64x2.splat(<i64>byte);
      hit = v128.or(hit, lane<T>(v128.load(p), b, i64x2.eq(v128.and(s, i64x2(1, 2)), zero), max, skipNaN));
      hit = v128.or(hit, lane<T>(v128.load(p, 16), b, i64x2.eq(v128.and(s, i64x2(4, 8)), zero), max, skipNaN));
      hit = v128.or(hit, lane<T>(v128.load(p, 32), b, i64x2.eq(v128.and(s, i64x2(16, 32)), zero), max, skipNaN));
      hit = v128.or(hit, lane<T>(v128.load(p, 48), b, i64x2.eq(v128.and(s, i64x2(64, 128)), zero), max, skipNaN));
    } else {
      const s = i32x4.splat(byte);
      hit = v128.or(hit, lane<T>(v128.load(p), b, i32x4.eq(v128.and(s, i32x4(1, 2, 4, 8)), zero), max, skipNaN));
      hit = v128.or(hit, lane<T>(v128.load(p, 16), b, i32x4.eq(v128.and(s, i32x4(16, 32, 64, 128)), zero), max, skipNaN));
    }
  }
  return v128.any_true(hit);
}

/**
 * Lanes of `x` that may win against `b`: valid (`nulls` clear) and strictly better, or NaN when
 * NaN propagates.
 */
@inline
function lane<T>(x: v128, b: v128, nulls: v128, max: bool, skipNaN: bool): v128 {
  const may = skipNaN || !isFloat<T>() ? (max ? v128.gt<T>(x, b) : v128.lt<T>(x, b)) : v128.not(max ? v128.le<T>(x, b) : v128.ge<T>(x, b));
  return v128.andnot(may, nulls);
}

/** The validity bits of values 8g .. 8g + 7, as one byte. */
@inline
function validByte(bits: usize, g: i32, shift: u32): u32 {
  const at = bits + <usize>g;
  // A shifted group spans two bytes; an unshifted one must not read past the bitmap's end.
  return shift == 0 ? <u32>load<u8>(at) : (<u32>load<u16>(at) >> shift) & 0xff;
}

/** Values [from, n) one by one, with the exact rule; the contract of {@link scanMasked}. */
@inline
function scalarScan<T>(ptr: usize, from: i32, n: i32, bits: usize, shift: u32, best: T, max: bool, skipNaN: bool): i32 {
  let index = -1;
  for (let i = from; i < n; i++) {
    const bit = <u32>i + shift;
    if (((<u32>load<u8>(bits + (bit >> 3)) >> (bit & 7)) & 1) == 0) continue;
    const x = load<T>(ptr + <usize>i * sizeof<T>());
    if (isFloat<T>() && x != x) {
      if (skipNaN) continue;
      return -i - 2;
    }
    if (max ? x > best : x < best) {
      best = x;
      index = i;
    }
  }
  return index;
}
