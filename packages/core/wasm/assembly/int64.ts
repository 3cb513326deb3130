/**
 * Block scans of 64-bit integers, exact. WebAssembly has only a signed 64-bit lane compare, so
 * each value is compared through a key, `x ^ mask`: the mask complements every bit for max (which
 * reverses the order) and flips the sign bit for unsigned values (which maps unsigned order onto
 * signed order). XOR maps equal values to equal keys, so ties keep the first index.
 */

import { STEP } from "./block";
import { firstEqual } from "./find";

/** Key mask of signed argmin. */
export const SIGNED_MIN: i64 = 0;
/** Key mask of signed argmax. */
export const SIGNED_MAX: i64 = -1;
/** Key mask of unsigned argmin. */
export const UNSIGNED_MIN: i64 = i64.MIN_VALUE;
/** Key mask of unsigned argmax. */
export const UNSIGNED_MAX: i64 = i64.MAX_VALUE;

/** The 64-bit value whose high and low 32-bit words are given. */
@inline
export function join(hi: i32, lo: i32): i64 {
  return (<i64>hi << 32) | <i64><u32>lo;
}

/**
 * Looks in the `n` 64-bit integers at `ptr` for a winner against `best`, a value that precedes
 * the block, comparing keys `x ^ mask`.
 * @returns -1 when no slot beats `best`, otherwise the first index of the block's extreme value
 */
@inline
export function scanInt64(ptr: usize, n: i32, best: i64, mask: i64): i32 {
  const bestKey = best ^ mask;
  if (!anyBelow(ptr, n, bestKey, mask)) return -1;
  return firstEqual<i64>(ptr, n, smallestKey(ptr, n, bestKey, mask) ^ mask);
}

/** The key of a vector of values. */
@inline
function keys(x: v128, mask: i64): v128 {
  return mask == 0 ? x : v128.xor(x, v128.splat<i64>(mask));
}

/** True when some slot's key is below `bestKey`: one compare and one OR per vector. */
@inline
function anyBelow(ptr: usize, n: i32, bestKey: i64, mask: i64): bool {
  const b = v128.splat<i64>(bestKey);
  const bytes = <usize>n << 3;
  const stepEnd = ptr + (bytes & ~(STEP - 1));
  let a0 = v128.splat<i32>(0);
  let a1 = a0;
  let a2 = a0;
  let a3 = a0;
  let p = ptr;
  for (; p < stepEnd; p += STEP) {
    a0 = v128.or(a0, v128.lt<i64>(keys(v128.load(p), mask), b));
    a1 = v128.or(a1, v128.lt<i64>(keys(v128.load(p, 16), mask), b));
    a2 = v128.or(a2, v128.lt<i64>(keys(v128.load(p, 32), mask), b));
    a3 = v128.or(a3, v128.lt<i64>(keys(v128.load(p, 48), mask), b));
  }
  if (v128.any_true(v128.or(v128.or(a0, a1), v128.or(a2, a3)))) return true;
  const end = ptr + bytes;
  for (; p < end; p += 8) if ((load<i64>(p) ^ mask) < bestKey) return true;
  return false;
}

/** The smallest key among `bestKey` and the block's keys. */
@inline
function smallestKey(ptr: usize, n: i32, bestKey: i64, mask: i64): i64 {
  const bytes = <usize>n << 3;
  const stepEnd = ptr + (bytes & ~15);
  let acc = v128.splat<i64>(bestKey);
  let p = ptr;
  for (; p < stepEnd; p += 16) {
    const x = keys(v128.load(p), mask);
    acc = v128.bitselect(x, acc, v128.lt<i64>(x, acc));
  }
  let smallest = min(bestKey, min(i64x2.extract_lane(acc, 0), i64x2.extract_lane(acc, 1)));
  const end = ptr + bytes;
  for (; p < end; p += 8) smallest = min(smallest, load<i64>(p) ^ mask);
  return smallest;
}
