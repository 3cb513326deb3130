import { readFileSync } from "node:fs";
import { type Table, tableFromIPC } from "apache-arrow";
import { plainTable } from "./plain-strings.js";
import { hexOf, invalid, notArrow } from "./scan/errors.js";
import { startsWithContinuation, startsWithMagic } from "./scan/header.js";

/**
 * Reads a whole Arrow IPC file or stream (the format is told by its first bytes, not the name).
 * Errors are the streaming reader's: they name the input and what was found at which byte.
 * @param source - a file path, or the bytes themselves
 * @throws IpcScanError when the input is not Arrow IPC or cannot be decoded
 */
export function readIpcTable(source: string | Uint8Array): Table {
  const name = typeof source === "string" ? source : "<bytes>";
  const bytes = typeof source === "string" ? readSource(source) : source;
  if (bytes.byteLength === 0) throw notArrow(name, bytes);
  let table: Table;
  try {
    table = tableFromIPC(bytes);
  } catch (cause) {
    if (!hasMarker(bytes)) throw notArrow(name, bytes);
    throw invalid(name, 0, `not a readable Arrow IPC input (found ${hexOf(bytes)} at byte 0 of ${bytes.byteLength}): ${(cause as Error).message}`, cause);
  }
  // The decoder reads bytes that merely look like a pre-0.15 stream as an empty, schemaless table.
  if (table.schema.fields.length === 0 && !hasMarker(bytes)) throw notArrow(name, bytes);
  return plainTable(table);
}

function readSource(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : (cause as Error).message;
    throw new Error(`${path}: cannot read Arrow IPC input: ${why}`, { cause });
  }
}

/** An IPC file starts with "ARROW1", a stream with the 0xFFFFFFFF continuation marker. */
function hasMarker(bytes: Uint8Array): boolean {
  return bytes.length >= 6 && (startsWithMagic(bytes) || startsWithContinuation(bytes));
}
