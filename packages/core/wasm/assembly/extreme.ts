/**
 * The extreme value of a block: the smallest (largest) of the best value so far and the block's
 * values, one lane-wise min (max) per vector.
 */

import { STEP } from "./block";

/** Set by blockExtreme when asked to look for NaN: whether the block holds one. */
let sawNaN = false;

/** Whether the last blockExtreme that looked for NaN found one. */
@inline
export function blockHadNaN(): bool {
  return sawNaN;
}

/**
 * The smallest (largest) of `best` and the `n` values at `ptr`. A value replaces the running one
 * only when strictly better, so the result equals `best` unless some value beats it. Floats skip
 * NaN: the pseudo-min `pmin(acc, x)` is `x < acc ? x : acc`, one instruction, false for NaN.
 * @param findNaN - floats only: also record whether the block holds NaN, in the same pass
 */
@inline
export function blockExtreme<T>(ptr: usize, n: i32, best: T, max: bool, findNaN: bool): T {
  const size = sizeof<T>();
  const bytes = <usize>n * size;
  const stepEnd = ptr + (bytes & ~(STEP - 1));
  let a0 = v128.splat<T>(best);
  let a1 = a0;
  let a2 = a0;
  let a3 = a0;
  let nan = v128.splat<i32>(0);
  let p = ptr;
  for (; p < stepEnd; p += STEP) {
    const x0 = v128.load(p);
    const x1 = v128.load(p, 16);
    const x2 = v128.load(p, 32);
    const x3 = v128.load(p, 48);
    a0 = better<T>(a0, x0, max);
    a1 = better<T>(a1, x1, max);
    a2 = better<T>(a2, x2, max);
    a3 = better<T>(a3, x3, max);
    if (findNaN) nan = v128.or(nan, v128.or(v128.or(v128.ne<T>(x0, x0), v128.ne<T>(x1, x1)), v128.or(v128.ne<T>(x2, x2), v128.ne<T>(x3, x3))));
  }
  let extreme = reduceLanes<T>(better<T>(better<T>(a0, a1, max), better<T>(a2, a3, max), max), best, max);
  let tailNaN = false;
  const end = ptr + bytes;
  for (; p < end; p += size) {
    const x = load<T>(p);
    if (max ? x > extreme : x < extreme) extreme = x;
    tailNaN |= x != x;
  }
  if (findNaN) sawNaN = tailNaN || v128.any_true(nan);
  return extreme;
}

/** Per lane, `x` where it is strictly better than `acc`, else `acc` (a NaN `x` never replaces). */
@inline
function better<T>(acc: v128, x: v128, max: bool): v128 {
  if (isFloat<T>()) return max ? v128.pmax<T>(acc, x) : v128.pmin<T>(acc, x);
  return max ? v128.max<T>(acc, x) : v128.min<T>(acc, x);
}

/**
 * The smallest (largest) of `best` and the lanes of `acc`: the upper half of the lanes is folded
 * onto the lower half until one lane is left, which replaces `best` only when strictly better.
 */
@inline
function reduceLanes<T>(acc: v128, best: T, max: bool): T {
  acc = better<T>(acc, i8x16.shuffle(acc, acc, 8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3, 4, 5, 6, 7), max);
  if (sizeof<T>() <= 4) acc = better<T>(acc, i8x16.shuffle(acc, acc, 4, 5, 6, 7, 0, 1, 2, 3, 8, 9, 10, 11, 12, 13, 14, 15), max);
  if (sizeof<T>() <= 2) acc = better<T>(acc, i8x16.shuffle(acc, acc, 2, 3, 0, 1, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), max);
  if (sizeof<T>() == 1) acc = better<T>(acc, i8x16.shuffle(acc, acc, 1, 0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), max);
  const x = v128.extract_lane<T>(acc, 0);
  return (max ? x > best : x < best) ? x : best;
}
