import type { RecordBatch } from "apache-arrow";
import { throwIfAborted } from "./abort.js";
import type { SeekableInput } from "./byte-input.js";
import { invalid } from "./errors.js";
import { loadDictionaryBatch, loadRecordBatch, type ScanState } from "./load-batch.js";
import { type Block, kindName } from "./decode-message.js";
import { type IpcMessage, readMessageBlock } from "./message.js";
import type { FileFooter } from "./footer.js";
import type { IpcScanOptions } from "./types.js";

/**
 * Reads an IPC file by position, guided by its footer: the needed dictionary batches first, then
 * each record batch's metadata and only the body ranges of the projected columns.
 * @param input - a seekable input over the file
 * @param state - schema, projection and dictionaries
 * @param footer - the file's blocks
 * @param options - signal and progress callback
 * @returns the batches
 */
export async function* scanFile(
  input: SeekableInput,
  state: ScanState,
  footer: FileFooter,
  options: IpcScanOptions,
): AsyncGenerator<RecordBatch, void, undefined> {
  // A dictionary batch's id is in its metadata only, so each one's metadata is read and checked,
  // even when no projected column needs a dictionary (a file whose footer points at a damaged or
  // foreign message is refused whatever the query reads); unused bodies are skipped.
  for (const [i, block] of footer.dictionaries.entries()) {
    throwIfAborted(state.name, options.signal);
    const read = await messageAt(input, state.name, block, "DictionaryBatch", `dictionary batch ${i}`);
    await loadDictionaryBatch(input, state, read, i);
  }
  let rows = 0;
  for (const [i, block] of footer.batches.entries()) {
    throwIfAborted(state.name, options.signal);
    const read = await messageAt(input, state.name, block, "RecordBatch", `record batch ${i}`);
    const batch = await loadRecordBatch(input, state, read, i);
    rows += batch.numRows;
    options.onProgress?.({ rows, bytes: input.bytesRead });
    yield batch;
  }
}

/** Reads the metadata of the message a footer block points at, checking it is of the listed kind and size. */
async function messageAt(input: SeekableInput, name: string, block: Block, kind: string, what: string): Promise<IpcMessage> {
  input.seek(block.offset);
  const read = await readMessageBlock(input, block.metaDataLength);
  const found = kindName(read.message.kind);
  if (found !== kind) throw invalid(name, block.offset, `the footer places ${what} here, but found a ${found} message`);
  if (read.message.bodyLength !== block.bodyLength) {
    throw invalid(name, block.offset, `the footer gives ${what} a body of ${block.bodyLength} bytes, but its message says ${read.message.bodyLength}`);
  }
  return read;
}
