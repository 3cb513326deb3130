/**
 * The settings of window functions that are not expressions, checked when the expression is built.
 */
import { isAnything, isBoolean } from "../validate/checks.js";
import { checkOptions, type Spec } from "../validate/options.js";
import type { FunctionOptions } from "./node.js";

/** How `rank` orders and breaks ties. */
export interface RankOptions {
  /**
   * How tied values rank: "average" (the mean of their ordinal ranks, Float64; the default, as
   * Polars), "ordinal" (by position), "dense" (consecutive integers), "min", "max".
   */
  readonly method?: "average" | "ordinal" | "dense" | "min" | "max";
  /** Rank the largest value first. */
  readonly descending?: boolean;
}

/** How many values a rolling window needs. */
export interface RollingOptions {
  /** Non-null values a window must hold to give a value, from 1 to the window size (default: the size). */
  readonly minPeriods?: number;
}

const METHODS = ["average", "ordinal", "dense", "min", "max"];
const RANK = { method: isAnything, descending: isBoolean } as const satisfies Spec<RankOptions>;
const ROLLING = { minPeriods: isAnything } as const satisfies Spec<RollingOptions>;

/**
 * The options of a rank call, as stored on its node (only those given).
 * @param options - the caller's options
 * @returns the options, or undefined for none
 * @throws RangeError for an unknown method; TypeError for an unknown option or a non-boolean descending
 */
export function checkRank(options: RankOptions | undefined): FunctionOptions | undefined {
  if (options === undefined) return undefined;
  checkOptions(options, "rank", RANK);
  if (options.method !== undefined && !METHODS.includes(options.method)) {
    throw new RangeError(`rank method must be one of ${METHODS.map((m) => JSON.stringify(m)).join(", ")}, got ${JSON.stringify(options.method)}`);
  }
  const stored: Record<string, string | boolean> = {};
  if (options.method !== undefined) stored.method = options.method;
  if (options.descending !== undefined) stored.descending = options.descending;
  return Object.keys(stored).length === 0 ? undefined : stored;
}

/**
 * The options of a rolling call, as stored on its node.
 * @param name - the function, for messages
 * @param windowSize - the window's rows
 * @param options - the caller's options
 * @returns the options, or undefined for none
 * @throws RangeError for a window size below 1 or a minPeriods outside 1..windowSize
 */
export function checkRolling(name: string, windowSize: number, options: RollingOptions | undefined): FunctionOptions | undefined {
  if (!Number.isSafeInteger(windowSize) || windowSize < 1) throw new RangeError(`${name} needs a window size of at least 1 row, got ${windowSize}`);
  const minPeriods = checkOptions<RollingOptions>(options, name, ROLLING).minPeriods;
  if (minPeriods === undefined) return undefined;
  if (!Number.isSafeInteger(minPeriods) || minPeriods < 1 || minPeriods > windowSize) {
    throw new RangeError(`${name} needs minPeriods from 1 to the window size ${windowSize}, got ${minPeriods}`);
  }
  return { minPeriods };
}

/**
 * The number of non-null values a rolling window needs.
 * @param windowSize - the window's rows
 * @param options - the node's options
 * @returns minPeriods, or the window size by default
 */
export function minPeriodsOf(windowSize: number, options: FunctionOptions | undefined): number {
  return typeof options?.minPeriods === "number" ? options.minPeriods : windowSize;
}
