/**
 * The option objects of the frame API and their checks. Each spec lists every key of its options
 * interface (`satisfies` makes a key added to the interface but not here a type error), so no
 * option is ever silently ignored.
 */
import type { SinkParquetOptions } from "../io/parquet/sink-parquet.js";
import type { SinkIpcOptions } from "../io/sink-ipc.js";
import { isBoolean, isFunction, isPositive, isSignal, isString, oneOf } from "../validate/checks.js";
import { checkOptions, type Spec } from "../validate/options.js";
import type { RunOptions } from "./lazy-run.js";
import type { ToJsOptions } from "./to-js.js";

const RUN = { signal: isSignal, onProgress: isFunction, optimize: isBoolean, engine: oneOf(["quiver", "duckdb", "spark"]), threads: isPositive, remote: isString } as const satisfies Spec<RunOptions>;
const SINK_IPC = { ...RUN, format: oneOf(["file", "stream"]), compression: oneOf(["lz4", "zstd"]) } as const satisfies Spec<RunOptions & SinkIpcOptions>;
const SINK_PARQUET = {
  ...RUN,
  compression: oneOf(["uncompressed", "snappy", "gzip", "brotli", "zstd", "lz4", "lz4_raw"]),
  rowGroupSize: isPositive,
  statistics: isBoolean,
  pageSize: isPositive,
} as const satisfies Spec<RunOptions & SinkParquetOptions>;
const TO_JS = { bigint: isBoolean } as const satisfies Spec<ToJsOptions>;
const EXPLAIN = { optimized: isBoolean } as const;
const SIGNAL_ONLY = { signal: isSignal } as const;

/** `collect`, `stream`: signal, onProgress, optimize. @throws TypeError as {@link checkOptions} */
export const runOptions = (options: unknown, operation: string): RunOptions => checkOptions<RunOptions>(options, operation, RUN);

/** `sinkIpc`: the run options and `format`. @throws TypeError as {@link checkOptions} */
export const sinkIpcOptions = (options: unknown): RunOptions & SinkIpcOptions => checkOptions<RunOptions & SinkIpcOptions>(options, "sinkIpc", SINK_IPC);

/** `sinkParquet`: the run options, compression, rowGroupSize, statistics, pageSize. @throws TypeError as {@link checkOptions} */
export const sinkParquetOptions = (options: unknown): RunOptions & SinkParquetOptions =>
  checkOptions<RunOptions & SinkParquetOptions>(options, "sinkParquet", SINK_PARQUET);

/** `row`, `get`, `toArray`, `min`, `max`: bigint. @throws TypeError as {@link checkOptions} */
export const toJsOptions = (options: unknown, operation: string): ToJsOptions => checkOptions<ToJsOptions>(options, operation, TO_JS);

/** `explain`: optimized. @throws TypeError as {@link checkOptions} */
export const explainOptions = (options: unknown): { optimized?: boolean } => checkOptions(options, "explain", EXPLAIN);

/** `collectSchema`: signal. @throws TypeError as {@link checkOptions} */
export const signalOptions = (options: unknown, operation: string): { signal?: AbortSignal } => checkOptions(options, operation, SIGNAL_ONLY);
