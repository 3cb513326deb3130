/**
 * @quiver/reference — the oracle: a deliberately naive, row-at-a-time implementation of the
 * argmin contract, against which every faster path is tested. Clarity beats speed here.
 */
export { type Cell, compareCells, isNaNCell } from "./cell.js";
export { AxisError, ValueError } from "./errors.js";
export { type RefArgOptions, refArgReduce } from "./reduce.js";
export { type RefNdOptions, refArgReduceNd } from "./reduceNd.js";
export { type RefTableOptions, refTableArgReduce } from "./table.js";
export { groupRows, type RefGroup, refGroupArgReduce, type RowGroup } from "./group.js";
export { refNUnique, refTopK, type RefTopKFunction } from "./top-k.js";
export { refAsofMatch, type RefAsofStrategy } from "./asof.js";
export * from "./plan/index.js";
