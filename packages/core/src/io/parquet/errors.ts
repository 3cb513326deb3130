import { SourceError } from "../sources/errors.js";

/** What is wrong with a Parquet input. */
export type ParquetScanErrorCode =
  | "not-found"
  | "io"
  | "changed"
  | "not-parquet"
  | "truncated"
  | "corrupt"
  | "unsupported";

/**
 * A Parquet input could not be read: names the file, what was found and, where known, the byte.
 * @example
 * try { await scanParquet("x.parquet").collect(); }
 * catch (e) { if (e instanceof ParquetScanError && e.code === "corrupt") console.log(e.offset); }
 */
export class ParquetScanError extends Error {
  override readonly name = "ParquetScanError";

  /**
   * @param code - what kind of problem
   * @param file - the path, URL or description of the input
   * @param detail - what was found, and what was expected
   * @param offset - the byte of the file where it was found, when known
   */
  constructor(
    readonly code: ParquetScanErrorCode,
    readonly file: string,
    detail: string,
    readonly offset?: number,
    options?: ErrorOptions,
  ) {
    super(`${file}: ${detail}${offset === undefined || detail.includes(`byte ${offset}`) ? "" : ` (at byte ${offset})`}`, options);
  }
}

/**
 * Turns whatever a read or a decoder threw into a ParquetScanError naming the file and the place;
 * aborts and errors already typed pass through.
 * @param file - the input's name
 * @param where - what was being read, e.g. `column "x" of row group 3`
 * @param offset - the byte where that starts
 */
export function asScanError(error: unknown, file: string, where: string, offset: number): unknown {
  if (error instanceof ParquetScanError) return error;
  if (error instanceof Error && error.name === "AbortError") return error;
  if (error instanceof SourceError) return new ParquetScanError(error.code, file, `${where}: ${error.message.slice(error.source.length + 2)}`, error.offset ?? offset, { cause: error });
  const message = error instanceof Error ? error.message : String(error);
  return new ParquetScanError("corrupt", file, `cannot decode ${where} (starting at byte ${offset}): ${message}`, offset, { cause: error });
}

/** A column chunk whose pages do not add up; the reader adds the file, column and byte. */
export class ChunkError extends Error {}
