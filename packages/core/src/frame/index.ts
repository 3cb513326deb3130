export { fromArrow, fromColumns, fromRecords, readIpc } from "./constructors.js";
export { type AxisOptions, DataFrame, type ExprOrName, type FlatOptions, FrameGroupBy, GroupBy, type KeepdimsOptions, LazyFrame, type SortOptions } from "./frames.js";
export type { RunOptions } from "./lazy-run.js";
export { type ScanIpcOptions, scanIpc } from "./scan-ipc.js";
export { SchemaNotReadError } from "./lazy-plan.js";
export type { FrameArgOptions } from "./frame-arg-extreme.js";
export { Series } from "./series.js";
export type { ToJsOptions } from "./to-js.js";
export type { JoinOptions } from "./join-options.js";
