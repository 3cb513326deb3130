/**
 * Block scans of integers of 8 to 32 bits, signed or unsigned, with the native lane-wise min and
 * max: one instruction per vector, and the first index wins a tie.
 */

import { blockExtreme } from "./extreme";
import { firstEqual } from "./find";

/**
 * Looks in the `n` integers at `ptr` for a winner against `best`, a value that precedes the block.
 * @returns -1 when no slot beats `best` (ties lose to the earlier `best`), otherwise the first
 * index of the block's extreme value
 */
@inline
export function scanIntegers<T>(ptr: usize, n: i32, best: T, max: bool): i32 {
  const extreme = blockExtreme<T>(ptr, n, best, max, false);
  return extreme == best ? -1 : firstEqual<T>(ptr, n, extreme);
}
