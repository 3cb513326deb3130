import { openRangeSource, openRangeSourceSync } from "../sources/open-source.js";
import type { RangeSource, SourceInput } from "../sources/types.js";
import { loadFastCodecs } from "./codecs.js";
import { asScanError } from "./errors.js";
import { readFooter, readFooterSync } from "./footer.js";
import { ParquetSource } from "./parquet-source.js";
import { parquetLayout } from "./schema.js";

/**
 * Opens a Parquet input and reads its footer: the schema and where every column chunk lies.
 * @param input - a path, URL, Response, bytes, stream or Blob
 * @param name - the name errors and explain() use
 * @param signal - aborts opening
 * @throws ParquetScanError naming the file (and byte) when it is missing or not well-formed Parquet
 */
export async function openParquet(input: SourceInput, name: string, signal?: AbortSignal): Promise<ParquetSource> {
  let range: RangeSource;
  try {
    range = await openRangeSource(input, name, signal);
  } catch (error) {
    throw error instanceof TypeError ? error : asScanError(error, name, "the input", 0);
  }
  const [metadata] = await Promise.all([readFooter(range, signal), loadFastCodecs()]);
  return new ParquetSource(range, metadata, parquetLayout(metadata, range.name));
}

/**
 * The same, synchronously, for a path, `file:` URL or bytes.
 * @returns the source, or undefined for inputs that can only be opened asynchronously
 */
export function openParquetSync(input: SourceInput, name: string): ParquetSource | undefined {
  let range: RangeSource | undefined;
  try {
    range = openRangeSourceSync(input, name);
  } catch (error) {
    throw asScanError(error, name, "the input", 0);
  }
  if (range?.readSync === undefined) return undefined;
  const metadata = readFooterSync(range as RangeSource & { readSync: NonNullable<RangeSource["readSync"]> });
  return new ParquetSource(range, metadata, parquetLayout(metadata, range.name));
}
