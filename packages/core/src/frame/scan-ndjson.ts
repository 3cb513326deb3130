import { ndjsonOpener, type NdjsonReadOptions } from "../io/ndjson/open-ndjson.js";
import type { TextSourceInput } from "../io/text/text-input.js";
import type { DataFrame } from "./data-frame.js";
import type { LazyFrame } from "./lazy-frame.js";
import { inputName, lazyScan, readWhole } from "./lazy-scan.js";

/**
 * A lazy query over an NDJSON file (one JSON object per line): a path or URL, bytes, a Blob, a
 * fetch Response, a Node Readable or a ReadableStream. It returns at once; a sample of lines names
 * and types the columns at first need (synchronously for a path or bytes). Numbers are Int64 or
 * Float64, `true`/`false` Bool, strings Utf8 — or Date32/Timestamp when every one is an ISO date or
 * timestamp — and nested objects and arrays are kept as their JSON text.
 * @param source - where the NDJSON is
 * @param options - `schema` overrides, inference sample, bad rows
 * @returns the query
 * @throws NdjsonScanError (when read) naming the file, line, column and byte of a malformed line
 * @example const row = await scanNdjson("events.ndjson").select(col("latency").argmin()).collect();
 */
export function scanNdjson(source: TextSourceInput, options: NdjsonReadOptions = {}): LazyFrame {
  return lazyScan(ndjsonOpener(source, inputName(source, options.name), options));
}

/**
 * Reads a whole NDJSON file or its bytes into a DataFrame (see {@link scanNdjson}).
 * @param source - a path, or the bytes
 * @returns the frame
 * @example readNdjson("events.ndjson").col("latency").argmin()
 */
export function readNdjson(source: string | Uint8Array, options: NdjsonReadOptions = {}): DataFrame {
  return readWhole(ndjsonOpener(source, inputName(source, options.name), options));
}
