export { fromArrow, fromColumns, fromRecords, readIpc } from "./constructors.js";
export { type AxisOptions, DataFrame, type FlatOptions, type KeepdimsOptions } from "./data-frame.js";
export type { FrameArgOptions } from "./frame-arg-extreme.js";
export { Series } from "./series.js";
export type { ToJsOptions } from "./to-js.js";
