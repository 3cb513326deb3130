import { readFileSync } from "node:fs";
import { type Table, tableFromIPC } from "apache-arrow";

const FILE_MAGIC = "ARROW1";

/**
 * Reads a whole Arrow IPC file or stream (the format is told by its first bytes, not the name).
 * @param source - a file path, or the bytes themselves
 * @throws Error naming the file, and what was found at which byte, when the input is not Arrow IPC
 */
export function readIpcTable(source: string | Uint8Array): Table {
  const name = typeof source === "string" ? source : "<bytes>";
  const bytes = typeof source === "string" ? readSource(source) : source;
  if (bytes.byteLength === 0) throw new Error(`${name}: empty input at byte 0, expected an Arrow IPC file or stream`);
  let table: Table;
  try {
    table = tableFromIPC(bytes);
  } catch (cause) {
    throw new Error(`${name}: not a readable Arrow IPC ${formatOf(bytes)} (${describeStart(bytes)}): ${(cause as Error).message}`, { cause });
  }
  if (table.schema.fields.length === 0 && table.numRows === 0 && !looksLikeIpc(bytes)) {
    throw new Error(`${name}: not Arrow IPC: ${describeStart(bytes)}; an IPC file starts with "ARROW1", a stream with 0xFFFFFFFF`);
  }
  return table;
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

function looksLikeIpc(bytes: Uint8Array): boolean {
  return startsWithMagic(bytes) || (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xff && bytes[2] === 0xff && bytes[3] === 0xff);
}

function startsWithMagic(bytes: Uint8Array): boolean {
  return new TextDecoder().decode(bytes.subarray(0, FILE_MAGIC.length)) === FILE_MAGIC;
}

function formatOf(bytes: Uint8Array): string {
  return startsWithMagic(bytes) ? "file" : "stream";
}

/** The first bytes in hex, for error messages that say what was found at byte 0. */
function describeStart(bytes: Uint8Array): string {
  const head = Array.from(bytes.subarray(0, 8), (b) => b.toString(16).padStart(2, "0")).join(" ");
  return `found ${head} at byte 0 of ${bytes.byteLength}`;
}
