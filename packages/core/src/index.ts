/**
 * @quiver/core — a lazy dataframe and query engine on Apache Arrow whose headline operator is
 * argmin. This file is the public API and nothing else.
 */
export { AxisError, ColumnNotFoundError, ValueError } from "./errors.js";
export { setDefaultThreads } from "./exec/parallel/threads.js";
export { NoFileSystemError } from "./platform/no-file-system.js";
export { argminKernels } from "./kernels/wasm/backend.js";
export { isOrderable } from "./expr/dtypes.js";
export {
  type ArgExprOptions,
  argmaxHorizontal,
  argminHorizontal,
  col,
  DateTimeFunctions,
  type EpochUnit,
  Expr,
  type ExprInput,
  fieldOf,
  formatExpr,
  idxmaxHorizontal,
  idxminHorizontal,
  lit,
  type LiteralInput,
  type Pattern,
  type RankOptions,
  type RollingOptions,
  rowNumber,
  StringFunctions,
  Then,
  type TruncateUnit,
  typeOf,
  When,
  when,
} from "./expr/index.js";
export type { ColumnInput } from "./io/from-columns.js";
export type { ForeignData, ForeignTable, ForeignVector } from "./types/foreign/adopt-arrow.js";
export type { SinkIpcOptions } from "./io/sink-ipc.js";
export type { CsvReadOptions } from "./io/csv/options.js";
export type { SinkCsvOptions } from "./io/csv/sink-csv.js";
export type { NdjsonReadOptions } from "./io/ndjson/open-ndjson.js";
export { CsvScanError, NdjsonScanError, TextScanError, type TextScanErrorCode } from "./io/text/errors.js";
export type { TextSourceInput } from "./io/text/text-input.js";
export type { TextSchemaOptions } from "./io/text/text-schema.js";
export type { JoinHow } from "./plan/nodes.js";
export { ParquetScanError, type ParquetScanErrorCode } from "./io/parquet/index.js";
export type { SinkParquetOptions } from "./io/parquet/sink-parquet.js";
export { SourceError, type SourceErrorCode, type SourceInput } from "./io/sources/index.js";
export { IpcScanError, type IpcInput, type IpcScanErrorCode, type IpcScanOptions, type IpcScanProgress, type IpcSource, openIpcSource, type OpenIpcSourceOptions } from "./io/scan/index.js";
export { RemoteEngineError, type RemoteEngineName, type SqlDialectName, SqlLoweringError, type ToSqlOptions } from "./sql/index.js";
export {
  type ArrowTableInput,
  type AxisOptions,
  DataFrame,
  type ExprOrName,
  type FlatOptions,
  type FrameArgOptions,
  type JoinOptions,
  fromArrow,
  fromColumns,
  fromRecords,
  FrameGroupBy,
  GroupBy,
  type KeepdimsOptions,
  LazyFrame,
  type OutOptions,
  readCsv,
  readIpc,
  readNdjson,
  type RunOptions,
  type SortOptions,
  readParquet,
  scanCsv,
  scanIpc,
  scanNdjson,
  type ScanIpcOptions,
  scanParquet,
  type ScanParquetOptions,
  SchemaNotReadError,
  Series,
  type ToJsOptions,
  concat,
  type ConcatOptions,
  type UniqueOptions,
  type AsofJoinOptions,
} from "./frame/index.js";
export {
  type ArgInput,
  type ArgOptions,
  type ArgResult,
  type ArrayInput,
  type ArrowInput,
  type BigIntTypedArray,
  type ElementOf,
  type IndexArray,
  type IntegerTypedArray,
  type NDData,
  type NDElement,
  type Nested,
  type NestedInput,
  type NumberTypedArray,
  type OutArray,
  type TypedArray,
  argmax,
  argmin,
  NDArray,
  nanargmax,
  nanargmin,
  ndarray,
} from "./ndarray/index.js";
export {
  type ArgExtremeOptions,
  type ArgExtremeState,
  ArgExtremeAccumulator,
  argExtremeByColumn,
  argExtremeByRow,
  argExtremeFlat,
  argExtremeOfVector,
  GroupedArgExtreme,
  GroupIndexer,
  mergeArgExtreme,
} from "./kernels/index.js";
