export { type ArrowTableInput, fromArrow, fromColumns, fromRecords, readIpc } from "./constructors.js";
export { type AxisOptions, DataFrame, type ExprOrName, type FlatOptions, FrameGroupBy, GroupBy, type KeepdimsOptions, LazyFrame, type SortOptions } from "./frames.js";
export type { RunOptions } from "./lazy-run.js";
export { scanIpc } from "./scan-ipc.js";
export type { FrameArgOptions } from "./frame-arg-extreme.js";
export { Series } from "./series.js";
export type { ToJsOptions } from "./to-js.js";
