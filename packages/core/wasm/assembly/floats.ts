/**
 * Block scans of floats (f32, f64) with NumPy's rules: NaN propagates (the first NaN wins) or is
 * skipped, -0 equals +0, and the first index wins a tie.
 */

import { STEP } from "./block";
import { blockExtreme, blockHadNaN } from "./extreme";
import { firstEqual, firstNaN } from "./find";

/**
 * Looks in the `n` floats at `ptr` for a winner against `best`, a value that precedes the block.
 * @returns -1 when no slot beats `best` (ties lose to the earlier `best`); otherwise the first
 * index of the block's extreme value; or, when NaN propagates and the block holds NaN, -(k + 2)
 * for its first NaN at k
 */
@inline
export function scanFloats<T>(ptr: usize, n: i32, best: T, max: bool, skipNaN: bool): i32 {
  if (skipNaN) {
    const extreme = blockExtreme<T>(ptr, n, best, max, false);
    return extreme == best ? -1 : firstEqual<T>(ptr, n, extreme);
  }
  if (noneBeats<T>(ptr, n, best, max)) return -1;
  const extreme = blockExtreme<T>(ptr, n, best, max, true);
  return blockHadNaN() ? -firstNaN<T>(ptr, n) - 2 : firstEqual<T>(ptr, n, extreme);
}

/**
 * True when every slot x satisfies `x >= best` (`x <= best` for max): no slot is a new winner
 * and none is NaN, since every comparison with NaN is false. Two operations per vector.
 */
@inline
function noneBeats<T>(ptr: usize, n: i32, best: T, max: bool): bool {
  const b = v128.splat<T>(best);
  const bytes = <usize>n * sizeof<T>();
  const stepEnd = ptr + (bytes & ~(STEP - 1));
  let a0 = v128.splat<i32>(-1);
  let a1 = a0;
  let a2 = a0;
  let a3 = a0;
  let p = ptr;
  for (; p < stepEnd; p += STEP) {
    a0 = v128.and(a0, holds<T>(v128.load(p), b, max));
    a1 = v128.and(a1, holds<T>(v128.load(p, 16), b, max));
    a2 = v128.and(a2, holds<T>(v128.load(p, 32), b, max));
    a3 = v128.and(a3, holds<T>(v128.load(p, 48), b, max));
  }
  if (!v128.all_true<i32>(v128.and(v128.and(a0, a1), v128.and(a2, a3)))) return false;
  const end = ptr + bytes;
  for (; p < end; p += sizeof<T>()) {
    const x = load<T>(p);
    if (!(max ? x <= best : x >= best)) return false;
  }
  return true;
}

/** Lanes where `x` cannot win against `b`: `x >= b` (`x <= b` for max), false for NaN. */
@inline
function holds<T>(x: v128, b: v128, max: bool): v128 {
  return max ? v128.le<T>(x, b) : v128.ge<T>(x, b);
}
