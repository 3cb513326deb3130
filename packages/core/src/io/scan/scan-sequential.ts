import type { RecordBatch } from "apache-arrow";
import { throwIfAborted } from "./abort.js";
import type { ByteInput } from "./byte-input.js";
import { invalid } from "./errors.js";
import { loadDictionaryBatch, loadRecordBatch, type ScanState } from "./load-batch.js";
import { readMessage } from "./message.js";
import type { IpcScanOptions } from "./types.js";

/**
 * Reads the messages after the schema in order, yielding each record batch as soon as it is built.
 * Only one message body is held at a time, so memory follows the batch size, not the input.
 * @param input - positioned after the Schema message
 * @param state - schema, projection and dictionaries
 * @param options - signal and progress callback
 * @returns the batches
 */
export async function* scanSequential(
  input: ByteInput,
  state: ScanState,
  options: IpcScanOptions,
): AsyncGenerator<RecordBatch, void, undefined> {
  let batches = 0;
  let dictionaries = 0;
  let rows = 0;
  for (;;) {
    throwIfAborted(state.name, options.signal);
    const read = await readMessage(input);
    if (read === "eos" || read === "eof") return;
    if (read.message.kind === "dictionary") {
      await loadDictionaryBatch(input, state, read, dictionaries++);
    } else if (read.message.kind === "record") {
      const batch = await loadRecordBatch(input, state, read, batches++);
      rows += batch.numRows;
      options.onProgress?.({ rows, bytes: input.bytesRead });
      yield batch;
    } else {
      throw invalid(state.name, read.start, "a second Schema message; an IPC stream has one schema, at its start");
    }
  }
}
