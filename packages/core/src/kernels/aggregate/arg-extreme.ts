import type { Data, DataType, Vector } from "apache-arrow";
import { ALL_NAN_SLICE, ValueError } from "../../errors.js";
import { type ArgKernel, argKernelFor } from "../arg-kernel.js";
import { orderedAs } from "../ordered-as.js";
import { compareScalars, type Scalar } from "../scalar.js";

/** Which extreme an arg-reduction looks for, and whether NaN is skipped or propagates. */
export interface ArgExtremeOptions {
  /** Look for the largest value (argmax) instead of the smallest. */
  readonly max?: boolean;
  /** Skip NaN (nanargmin/nanargmax) instead of letting the first NaN win. */
  readonly skipNaN?: boolean;
}

/**
 * The mergeable partial result of an arg-reduction: the winner so far, by (NaN first when NaN
 * propagates, then value, then the smaller index).
 */
export interface ArgExtremeState {
  /** Position of the winner, -1 while there is none. */
  readonly index: number;
  /** The winner's ordering scalar (null while there is none or when the winner is NaN). */
  readonly value: Scalar | null;
  readonly isNaN: boolean;
  /** Some non-null NaN was met: an empty result then means an all-NaN slice. */
  readonly sawNaN: boolean;
}

/** The state before any row. */
export const EMPTY_STATE: ArgExtremeState = { index: -1, value: null, isNaN: false, sawNaN: false };

/**
 * Picks the winner of two partial states; ties go to the smaller index whatever the merge order,
 * so chunks, streams and workers can combine partials in any grouping.
 * @param max - true for argmax
 */
export function mergeArgExtreme(a: ArgExtremeState, b: ArgExtremeState, max: boolean): ArgExtremeState {
  const sawNaN = a.sawNaN || b.sawNaN;
  const winner = pickWinner(a, b, max);
  return winner.sawNaN === sawNaN ? winner : { ...winner, sawNaN };
}

function pickWinner(a: ArgExtremeState, b: ArgExtremeState, max: boolean): ArgExtremeState {
  if (a.index < 0) return b;
  if (b.index < 0) return a;
  if (a.isNaN || b.isNaN) {
    if (a.isNaN && b.isNaN) return a.index < b.index ? a : b;
    return a.isNaN ? a : b;
  }
  const order = compareScalars(a.value!, b.value!) * (max ? -1 : 1);
  if (order !== 0) return order < 0 ? a : b;
  return a.index < b.index ? a : b;
}

/**
 * Turns a final state into the answer: the index, or null when no value was seen.
 * @throws ValueError "All-NaN slice encountered" when NaN is skipped and only NaN was seen
 */
export function finishArgExtreme(state: ArgExtremeState, options: ArgExtremeOptions): number | null {
  if (state.index >= 0) return state.index;
  if (options.skipNaN && state.sawNaN) throw new ValueError(ALL_NAN_SLICE);
  return null;
}

/**
 * Accumulates an arg-reduction over the chunks of one column, in row order; `merge` combines
 * partial states computed elsewhere (their indices already global).
 * @example
 * const acc = new ArgExtremeAccumulator(vector.type);
 * for (const chunk of vector.data) acc.update(chunk);
 * acc.finish(); // first index of the minimum, or null
 */
export class ArgExtremeAccumulator {
  private readonly kernel: ArgKernel;
  private readonly mode: { max: boolean; skipNaN: boolean };
  private rows = 0;
  private current: ArgExtremeState = EMPTY_STATE;

  /**
   * @param type - the column's Arrow type
   * @param options - argmax and/or NaN skipping
   */
  constructor(
    type: DataType,
    private readonly options: ArgExtremeOptions = {},
  ) {
    this.kernel = argKernelFor(orderedAs(type));
    this.mode = { max: options.max ?? false, skipNaN: options.skipNaN ?? false };
  }

  /** Rows seen so far. */
  get rowCount(): number {
    return this.rows;
  }

  /** The partial state so far. */
  get state(): ArgExtremeState {
    return this.current;
  }

  /** Folds in the next chunk of the column. */
  update(data: Data): void {
    const offset = this.rows;
    this.rows += data.length;
    // A propagating NaN already seen beats everything that comes later.
    if (this.current.isNaN || data.length === 0) return;
    const local = this.kernel.scan(data, this.mode);
    if (local.index < 0) {
      if (local.sawNaN && !this.current.sawNaN) this.current = { ...this.current, sawNaN: true };
      return;
    }
    const candidate: ArgExtremeState = {
      index: offset + local.index,
      value: local.isNaN ? null : this.kernel.read(data, local.index),
      isNaN: local.isNaN,
      sawNaN: local.sawNaN,
    };
    this.current = mergeArgExtreme(this.current, candidate, this.mode.max);
  }

  /** Folds in a partial state whose index is already global. */
  merge(other: ArgExtremeState): void {
    this.current = mergeArgExtreme(this.current, other, this.mode.max);
  }

  /** The index of the winner, or null; throws on an all-NaN slice when skipping NaN. */
  finish(): number | null {
    return finishArgExtreme(this.current, this.options);
  }
}

/** Folds every chunk of a column into a fresh accumulator and returns its state. */
export function argExtremeStateOf(column: Vector | readonly Data[], type: DataType, options: ArgExtremeOptions): ArgExtremeState {
  const acc = new ArgExtremeAccumulator(type, options);
  for (const chunk of Array.isArray(column) ? column : (column as Vector).data) acc.update(chunk);
  return acc.state;
}

/**
 * The first index of the smallest (or largest) value of a column; null when it holds no value.
 * @param vector - any orderable Arrow vector, of any number of chunks
 * @param options - argmax and/or NaN skipping
 * @example argExtremeOfVector(vectorFromArray([3, 1, 1])) // 1
 */
export function argExtremeOfVector(vector: Vector, options: ArgExtremeOptions = {}): number | null {
  return finishArgExtreme(argExtremeStateOf(vector, vector.type, options), options);
}
