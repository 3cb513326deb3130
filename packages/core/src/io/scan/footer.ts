import type { Schema } from "apache-arrow";
import { type FileBlock, Footer } from "apache-arrow/ipc/metadata/file";
import { int32, type SeekableInput } from "./byte-input.js";
import { diagnoseTruncation } from "./diagnose.js";
import { invalid } from "./errors.js";
import { FILE_HEADER_LENGTH, startsWithMagic } from "./header.js";

/** An IPC file ends with the footer's int32 length and "ARROW1". */
const TRAILER_LENGTH = 10;

/** What an IPC file's footer says: the schema and where each message lies. */
export interface FileFooter {
  schema: Schema;
  /** The dictionary batches' blocks, in file order. */
  dictionaries: FileBlock[];
  /** The record batches' blocks, in file order. */
  batches: FileBlock[];
}

/**
 * Reads and checks an IPC file's footer: the last 10 bytes give its length, it holds the schema
 * and the blocks. When the file does not end with "ARROW1" it was cut short, and the messages are
 * walked (metadata only) to say where the data runs out.
 * @param input - a regular file that starts with "ARROW1"
 * @returns the schema and blocks
 * @throws IpcScanError "truncated" for a file cut short, "invalid" for an inconsistent footer
 */
export async function readFooter(input: SeekableInput): Promise<FileFooter> {
  const { name, size } = input;
  const trailerStart = size - TRAILER_LENGTH;
  if (trailerStart < FILE_HEADER_LENGTH) throw await diagnoseTruncation(input, FILE_HEADER_LENGTH);
  input.seek(trailerStart);
  const trailer = await input.read(TRAILER_LENGTH, "footer trailer");
  if (!startsWithMagic(trailer.subarray(4))) throw await diagnoseTruncation(input, FILE_HEADER_LENGTH);
  const length = int32(trailer, 0);
  const footerStart = trailerStart - length;
  if (length <= 0 || footerStart < FILE_HEADER_LENGTH) {
    throw invalid(name, trailerStart, `footer length ${length} does not fit in a file of ${size} bytes`);
  }
  input.seek(footerStart);
  const bytes = await input.read(length, "footer");
  let footer: Footer;
  try {
    footer = Footer.decode(bytes);
  } catch (cause) {
    throw invalid(name, footerStart, `cannot decode the footer (${(cause as Error).message})`, cause);
  }
  const dictionaries = [...footer.dictionaryBatches()];
  const batches = [...footer.recordBatches()];
  dictionaries.forEach((block, i) => checkBlock(name, block, footerStart, `dictionary batch ${i}`));
  batches.forEach((block, i) => checkBlock(name, block, footerStart, `record batch ${i}`));
  return { schema: footer.schema, dictionaries, batches };
}

/** A block must lie between the header and the footer, or the footer is corrupt. */
function checkBlock(name: string, block: FileBlock, footerStart: number, what: string): void {
  const end = block.offset + block.metaDataLength + block.bodyLength;
  if (!(block.offset >= FILE_HEADER_LENGTH && block.metaDataLength > 0 && block.bodyLength >= 0 && end <= footerStart)) {
    throw invalid(name, footerStart, `the footer places ${what} at bytes ${block.offset}..${end}, outside the messages (bytes ${FILE_HEADER_LENGTH}..${footerStart})`);
  }
}
