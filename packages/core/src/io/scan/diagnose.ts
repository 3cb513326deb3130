import { hexOf, IpcScanError } from "./errors.js";
import { messageSteps } from "./message.js";
import { position, readUpTo, seek, size, skip, type Steps } from "./steps.js";

/**
 * Finds where an IPC file that lacks its footer was cut, by walking its messages from `from`:
 * metadata is read, bodies are skipped (free on a file). The first message that does not fit names
 * the byte where the data ran out; if every message fits, the footer is what is missing.
 * @param name - the input's name, for errors
 * @param from - where the messages start (after the 8-byte header)
 * @returns the steps that find the error to throw, on a seekable input
 * @example throw yield* diagnoseTruncation(name, 8) // "…: truncated at byte 1048576: record batch 3 body needs 4096 bytes from byte 1044480"
 */
export function* diagnoseTruncation(name: string, from: number): Steps<IpcScanError> {
  try {
    yield* seek(0);
    yield* skip(from, "file header");
    let batches = 0;
    let dictionaries = 0;
    for (;;) {
      const read = yield* messageSteps(name);
      if (typeof read === "string") return yield* missingFooter(name, yield* position());
      const { message } = read;
      const what = message.kind === "record" ? `record batch ${batches++}` : message.kind === "dictionary" ? `dictionary batch ${dictionaries++}` : "schema";
      yield* skip(message.bodyLength, `${what} body`);
    }
  } catch (error) {
    if (error instanceof IpcScanError) return error;
    throw error;
  }
}

/** The error for a file whose messages are all complete but whose footer is cut or absent. */
function* missingFooter(name: string, end: number): Steps<IpcScanError> {
  const fileSize = yield* size();
  yield* seek(Math.max(0, fileSize - 6));
  const tail = yield* readUpTo(6);
  const detail = `truncated at byte ${fileSize}: the messages end at byte ${end}, but the footer that should follow is incomplete (an IPC file ends with its footer, the footer's length and "ARROW1"; found ${hexOf(tail)} at its end)`;
  return new IpcScanError("truncated", name, detail, fileSize);
}
