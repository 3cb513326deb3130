export {
  type ArgExtremeOptions,
  type ArgExtremeState,
  ArgExtremeAccumulator,
  argExtremeOfVector,
  argExtremeStateOf,
  EMPTY_STATE,
  finishArgExtreme,
  mergeArgExtreme,
} from "./aggregate/arg-extreme.js";
export { type ArgKernel, argKernelFor, orderFamilyOf } from "./arg-kernel.js";
export { argExtremeByRow } from "./row-arg-extreme.js";
export { argExtremeByColumn, argExtremeFlat } from "./table-arg-extreme.js";
export { compareScalars, isNaNScalar, type Scalar } from "./scalar.js";
export { GroupedArgExtreme } from "./aggregate/grouped-arg-extreme.js";
export { GroupIndexer } from "./group-indexer.js";
