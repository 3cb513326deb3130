/**
 * Byte-range access to whatever a file scan reads from, shared by the formats that need random
 * access (Parquet) and usable by the sequential ones.
 * @module
 */
export { SourceError, type SourceErrorCode } from "./errors.js";
export { openRangeSource, openRangeSourceSync } from "./open-source.js";
export type { RangeSource, SourceInput } from "./types.js";
