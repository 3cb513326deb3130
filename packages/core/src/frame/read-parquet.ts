import { tableFromBatches } from "../io/parquet/table.js";
import { openParquetSync } from "../io/parquet/index.js";
import { DataFrame } from "./data-frame.js";
import { isStringList } from "../validate/checks.js";
import { checkOptions } from "../validate/options.js";

/**
 * Reads a whole Parquet file into a DataFrame, synchronously: a path or the bytes. (For a URL,
 * Response, stream or Blob, `await scanParquet(source).collect()` reads it.)
 * @param source - a path, or the file's bytes
 * @param options - `columns` to read only those
 * @returns the frame
 * @throws ParquetScanError naming the file and the byte when it is not well-formed Parquet
 * @example readParquet("flights.parquet", { columns: ["delay"] }).col("delay").argmin()
 */
export function readParquet(source: string | Uint8Array | ArrayBuffer, options: { columns?: readonly string[] } = {}): DataFrame {
  const name = typeof source === "string" ? source : `<${source.constructor.name} of ${source.byteLength} bytes>`;
  const { columns } = checkOptions<{ columns: readonly string[] }>(options, "readParquet", { columns: isStringList });
  const parquet = openParquetSync(source, name)!;
  return new DataFrame(tableFromBatches(parquet, columns));
}
