/**
 * Parquet reading: the footer, the Arrow schema, column chunks decoded straight into Arrow, and
 * row groups chosen by statistics.
 * @module
 */
export { ParquetScanError, type ParquetScanErrorCode } from "./errors.js";
export { openParquet, openParquetSync } from "./open-parquet.js";
export { ParquetSource } from "./parquet-source.js";
