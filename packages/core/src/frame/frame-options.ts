import type { Expr } from "../expr/index.js";
import type { FrameArgOptions } from "./frame-arg-extreme.js";
import type { OutArray } from "../ndarray/out.js";

/** Flattened reduction: a single index. */
export interface FlatOptions extends FrameArgOptions {
  readonly axis?: null;
  readonly keepdims?: false;
}

/** Reduction along one axis: a Series of indices. */
export interface AxisOptions extends FrameArgOptions {
  readonly axis: number;
  readonly keepdims?: false;
}

/** Reduction keeping dimensions: a one-row or one-column DataFrame. */
export interface KeepdimsOptions extends FrameArgOptions {
  readonly keepdims: true;
}

/** Reduction into `out`, as the NumPy-style functions do: `out` itself comes back. */
export interface OutOptions<O extends OutArray> extends FrameArgOptions {
  readonly out: O;
}

/** An expression, or a column name standing for `col(name)`. */
export type ExprOrName = Expr | string;
