/**
 * The arg-reduction loops over flat C-ordered data, shared by argmin, argmax, nanargmin and
 * nanargmax. They read the data in place (strided, no per-element allocation) and write one index
 * per slice.
 */
import { ALL_NAN_SLICE, EMPTY_SEQUENCE, ValueError } from "../errors.js";
import { compareCodePoints } from "../kernels/scalar.js";
import type { Comparable } from "./elements.js";
import type { AxisSplit } from "./shape.js";
import { isTypedArray } from "./typed.js";

/** Which extreme to find and how NaN counts; `op` names the operation in messages. */
export interface Reduction {
  readonly op: string;
  readonly max: boolean;
  readonly skipNaN: boolean;
}

/** One index per slice: Int32 while every index fits, Float64 (exact to 2^53) beyond. */
export type IndexBuffer = Int32Array | Float64Array;

type Ordered = number | bigint;
type Lanes = { [lane: number]: Ordered };

/**
 * Finds, for every slice along the split axis, the position of its extreme element.
 *
 * Ties keep the first position (strict comparisons, so -0 ties with 0). Without `skipNaN` the
 * first NaN of a slice wins against every number; with it NaN is skipped and a slice of NaN only
 * is an error. Both rules fall out of one test: a candidate replaces the best when it compares
 * better, or when the best is NaN and the candidate is not (skip) / the candidate is NaN and the
 * best is not (propagate).
 * @param data - the elements with the loop that orders them
 * @param split - the array seen as outer × length × inner around the reduced axis
 * @param reduction - min or max, and the NaN rule
 * @returns `outer * inner` indices in C order of the result
 * @throws ValueError when the axis has length 0, or (skipNaN) a slice holds only NaN
 * @example
 * const argmin = { op: "argmin", max: false, skipNaN: false };
 * argReduce({ kind: "ordered", values: [6, 3, 8, 5, 2, 9] }, { outer: 2, length: 3, inner: 1 }, argmin) // Int32Array [1, 1]
 */
export function argReduce(data: Comparable, split: AxisSplit, reduction: Reduction): IndexBuffer {
  const { outer, length, inner } = split;
  if (length === 0) throw new ValueError(EMPTY_SEQUENCE(reduction.op));
  const result = length - 1 <= 0x7fffffff ? new Int32Array(outer * inner) : new Float64Array(outer * inner);
  if (data.kind === "string") {
    for (let o = 0; o < outer; o++) {
      for (let i = 0; i < inner; i++) {
        result[o * inner + i] = stringSlice(data.values, o * length * inner + i, length, inner, reduction.max);
      }
    }
    return result;
  }
  const lanes = inner === 1 ? undefined : laneBuffer(data.values, inner);
  for (let o = 0; o < outer; o++) {
    if (lanes === undefined) result[o] = orderedSlice(data.values, o * length, length, reduction);
    else orderedLanes(data.values, o * length * inner, split, reduction, lanes, result, o * inner);
  }
  if (reduction.skipNaN && result.includes(-1)) throw new ValueError(ALL_NAN_SLICE);
  return result;
}

/** The extreme of one contiguous slice; -1 when skipNaN finds no number. */
function orderedSlice(values: ArrayLike<Ordered>, start: number, length: number, r: Reduction): number {
  const { max, skipNaN } = r;
  let best = values[start];
  let at = skipNaN && best !== best ? -1 : 0;
  for (let k = 1; k < length; k++) {
    const v = values[start + k];
    if (max ? v > best : v < best) {
      best = v;
      at = k;
    } else if (skipNaN ? best !== best && v === v : v !== v && best === best) {
      best = v;
      at = k;
    }
  }
  return at;
}

/**
 * The extremes of `inner` interleaved slices at once, walking the block row by row so the reads
 * stay sequential in memory; `best` holds each lane's current extreme value.
 */
function orderedLanes(
  values: ArrayLike<Ordered>,
  start: number,
  split: AxisSplit,
  r: Reduction,
  best: Lanes,
  result: IndexBuffer,
  resultStart: number,
): void {
  const { length, inner } = split;
  const { max, skipNaN } = r;
  for (let i = 0; i < inner; i++) {
    const v = values[start + i];
    best[i] = v;
    result[resultStart + i] = skipNaN && v !== v ? -1 : 0;
  }
  for (let k = 1; k < length; k++) {
    const row = start + k * inner;
    for (let i = 0; i < inner; i++) {
      const v = values[row + i];
      const b = best[i];
      if ((max ? v > b : v < b) || (skipNaN ? b !== b && v === v : v !== v && b === b)) {
        best[i] = v;
        result[resultStart + i] = k;
      }
    }
  }
}

/** A buffer that holds values of the data's element type exactly (bigints stay bigints). */
function laneBuffer(values: ArrayLike<Ordered>, inner: number): Lanes {
  if (values instanceof BigInt64Array) return new BigInt64Array(inner);
  if (values instanceof BigUint64Array) return new BigUint64Array(inner);
  if (isTypedArray(values)) return new Float64Array(inner);
  return new Array<Ordered>(inner);
}

/** The extreme of one strided slice of strings, by code point. */
function stringSlice(values: ArrayLike<string>, start: number, length: number, stride: number, max: boolean): number {
  let best = values[start];
  let at = 0;
  for (let k = 1; k < length; k++) {
    const v = values[start + k * stride];
    const order = compareCodePoints(v, best);
    if (max ? order > 0 : order < 0) {
      best = v;
      at = k;
    }
  }
  return at;
}
