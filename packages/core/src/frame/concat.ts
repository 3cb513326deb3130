import { type ConcatHow, concatNode } from "../plan/concat-builder.js";
import { oneOf } from "../validate/checks.js";
import { checkOptions } from "../validate/options.js";
import { DataFrame } from "./data-frame.js";
import { LazyFrame } from "./lazy-frame.js";
import { collectPlanSync } from "./lazy-run.js";

/** How `concat` matches the frames' columns. */
export interface ConcatOptions {
  /**
   * `"vertical"` (the default): the same column names, in the same order, of the same types;
   * `"vertical_relaxed"`: numbers of different types (and the Null type) meet in their supertype.
   */
  readonly how?: ConcatHow;
}

/**
 * The rows of several frames, one frame after another: lazy frames give a lazy query (filters
 * and projections reach each input's scan), eager frames a DataFrame.
 * @param frames - the frames, at least one, all lazy or all eager
 * @param options - `how`
 * @returns the frames' rows in turn
 * @throws TypeError naming the frame and column whose name or type does not match
 * @example concat([january, february]).filter(col("fare").gt(0))
 */
export function concat(frames: readonly LazyFrame[], options?: ConcatOptions): LazyFrame;
export function concat(frames: readonly DataFrame[], options?: ConcatOptions): DataFrame;
export function concat(frames: readonly (LazyFrame | DataFrame)[], options: ConcatOptions = {}): LazyFrame | DataFrame {
  if (!Array.isArray(frames) || frames.length === 0) throw new TypeError("concat takes a non-empty array of frames");
  const how = checkOptions<ConcatOptions>(options, "concat", { how: oneOf(["vertical", "vertical_relaxed"]) }).how ?? "vertical";
  const eager = frames.every((f) => f instanceof DataFrame);
  if (!eager && !frames.every((f) => f instanceof LazyFrame)) throw new TypeError("concat takes frames of one kind: all LazyFrame or all DataFrame");
  const lazy = frames.map((f) => (f instanceof DataFrame ? f.lazy() : f));
  const [first, ...rest] = lazy;
  const query = new LazyFrame(first.lazyPlan.extend((...plans) => concatNode(plans, how), rest.map((f) => f.lazyPlan)));
  return eager ? new DataFrame(collectPlanSync(query.plan)) : query;
}
