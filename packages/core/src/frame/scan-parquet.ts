import { openParquet, openParquetSync } from "../io/parquet/index.js";
import type { SourceInput } from "../io/sources/types.js";
import type { SourceOpener } from "../plan/nodes.js";
import type { LazyFrame } from "./lazy-frame.js";
import { isSignal, isString } from "../validate/checks.js";
import { checkOptions, type Spec } from "../validate/options.js";
import { eitherSignal, inputName, lazyScan } from "./lazy-scan.js";

/** Options of {@link scanParquet}. */
export interface ScanParquetOptions {
  /** The name errors and explain() use; default the path, URL or a description of the input. */
  name?: string;
  /** Aborts reading the footer, whenever that happens. */
  signal?: AbortSignal;
}

const SCAN_PARQUET = { name: isString, signal: isSignal } as const satisfies Spec<ScanParquetOptions>;

/**
 * A lazy query over a Parquet file: a path, a `file:`/`http(s):` URL, a fetch Response, bytes, a
 * Node Readable or ReadableStream (copied to a temporary file, since Parquet is read from its
 * end), or a Blob/File (read with `Blob.slice`). It returns at once; the footer is read when first
 * needed — at once, synchronously, for a path or bytes when `schema` or `explain()` asks. A query
 * then reads only the column chunks it needs, skips row groups whose statistics rule its filter
 * out, and streams one row group at a time.
 * @param source - the file
 * @param options - a name for errors, an abort signal
 * @returns the query, with no step yet
 * @example
 * const lf = scanParquet("flights.parquet");
 * const earliest = await lf.filter(col("delay").gt(0)).select(col("time").argmin()).collect();
 */
export function scanParquet(source: SourceInput, options: ScanParquetOptions = {}): LazyFrame {
  checkOptions(options, "scanParquet", SCAN_PARQUET);
  const name = inputName(source, options.name);
  const opener: SourceOpener = {
    name,
    open: (signal) => openParquet(source, name, eitherSignal(options.signal, signal)),
  };
  if (isSyncInput(source)) opener.openSync = () => openParquetSync(source, name)!;
  return lazyScan(opener);
}

/** Inputs whose footer can be read synchronously. */
function isSyncInput(source: SourceInput): boolean {
  return typeof source === "string" || source instanceof Uint8Array || source instanceof ArrayBuffer || (source instanceof URL && source.protocol === "file:");
}
