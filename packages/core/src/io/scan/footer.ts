import type { Schema } from "apache-arrow";
import { int32 } from "./byte-input.js";
import { type Block, decodeFooter } from "./decode-message.js";
import { diagnoseTruncation } from "./diagnose.js";
import { invalid } from "./errors.js";
import { FILE_HEADER_LENGTH, nativeSchema, startsWithMagic } from "./header.js";
import { decodeFlat } from "./message.js";
import { read, seek, size, type Steps } from "./steps.js";

/** An IPC file ends with the footer's int32 length and "ARROW1". */
const TRAILER_LENGTH = 10;

/** What an IPC file's footer says: the schema and where each message lies. */
export interface FileFooter {
  schema: Schema;
  /** The dictionary batches' blocks, in file order. */
  dictionaries: Block[];
  /** The record batches' blocks, in file order. */
  batches: Block[];
}

/**
 * Reads and checks an IPC file's footer: the last 10 bytes give its length, it holds the schema
 * and the blocks. When the file does not end with "ARROW1" it was cut short, and the messages are
 * walked (metadata only) to say where the data runs out.
 * @param name - the input's name, for errors
 * @returns the steps that read the schema and blocks of a seekable input that starts with "ARROW1"
 * @throws IpcScanError "truncated" for a file cut short, "invalid" for an inconsistent footer
 */
export function* readFooter(name: string): Steps<FileFooter> {
  const fileSize = yield* size();
  const trailerStart = fileSize - TRAILER_LENGTH;
  if (trailerStart < FILE_HEADER_LENGTH) throw yield* diagnoseTruncation(name, FILE_HEADER_LENGTH);
  yield* seek(trailerStart);
  const trailer = yield* read(TRAILER_LENGTH, "footer trailer");
  if (!startsWithMagic(trailer.subarray(4))) throw yield* diagnoseTruncation(name, FILE_HEADER_LENGTH);
  const length = int32(trailer, 0);
  const footerStart = trailerStart - length;
  if (length <= 0 || footerStart < FILE_HEADER_LENGTH) {
    throw invalid(name, trailerStart, `footer length ${length} does not fit in a file of ${fileSize} bytes`);
  }
  yield* seek(footerStart);
  return parseFooter(name, footerStart, yield* read(length, "footer"));
}

/**
 * Decodes and checks the footer's bytes: its schema, and blocks that lie between the file header
 * and the footer.
 * @param name - the input's name
 * @param footerStart - where the footer starts in the file
 * @param bytes - the footer
 * @returns the schema and blocks
 * @throws IpcScanError "invalid" for a footer the format does not allow, "big-endian" for big-endian data
 */
export function parseFooter(name: string, footerStart: number, bytes: Uint8Array): FileFooter {
  const footer = decodeFlat(name, footerStart, "footer", () => decodeFooter(bytes));
  footer.dictionaries.forEach((block, i) => checkBlock(name, block, footerStart, `dictionary batch ${i}`));
  footer.batches.forEach((block, i) => checkBlock(name, block, footerStart, `record batch ${i}`));
  return { schema: nativeSchema(name, footerStart, footer.schema), dictionaries: footer.dictionaries, batches: footer.batches };
}

/** A block must lie between the header and the footer, or the footer is corrupt. */
function checkBlock(name: string, block: Block, footerStart: number, what: string): void {
  const end = block.offset + block.metaDataLength + block.bodyLength;
  if (!(block.offset >= FILE_HEADER_LENGTH && block.metaDataLength > 0 && block.bodyLength >= 0 && end <= footerStart)) {
    throw invalid(name, footerStart, `the footer places ${what} at bytes ${block.offset}..${end}, outside the messages (bytes ${FILE_HEADER_LENGTH}..${footerStart})`);
  }
}
