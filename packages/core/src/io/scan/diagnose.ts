import type { SeekableInput } from "./byte-input.js";
import { hexOf, IpcScanError } from "./errors.js";
import { readMessage } from "./message.js";

/**
 * Finds where an IPC file that lacks its footer was cut, by walking its messages from `from`:
 * metadata is read, bodies are skipped (free on a file). The first message that does not fit names
 * the byte where the data ran out; if every message fits, the footer is what is missing.
 * @param input - the file, read by position
 * @param from - where the messages start (after the 8-byte header)
 * @returns the error to throw
 * @example throw await diagnoseTruncation(input, 8) // "…: truncated at byte 1048576: record batch 3 body needs 4096 bytes from byte 1044480"
 */
export async function diagnoseTruncation(input: SeekableInput, from: number): Promise<IpcScanError> {
  try {
    input.seek(0);
    await input.skip(from, "file header");
    let batches = 0;
    let dictionaries = 0;
    for (;;) {
      const read = await readMessage(input);
      if (typeof read === "string") return missingFooter(input, input.position);
      const { message } = read;
      const what = message.kind === "record" ? `record batch ${batches++}` : message.kind === "dictionary" ? `dictionary batch ${dictionaries++}` : "schema";
      await input.skip(message.bodyLength, `${what} body`);
    }
  } catch (error) {
    if (error instanceof IpcScanError) return error;
    throw error;
  }
}

/** The error for a file whose messages are all complete but whose footer is cut or absent. */
async function missingFooter(input: SeekableInput, end: number): Promise<IpcScanError> {
  input.seek(Math.max(0, input.size - 6));
  const tail = await input.readUpTo(6);
  const detail = `truncated at byte ${input.size}: the messages end at byte ${end}, but the footer that should follow is incomplete (an IPC file ends with its footer, the footer's length and "ARROW1"; found ${hexOf(tail)} at its end)`;
  return new IpcScanError("truncated", input.name, detail, input.size);
}
