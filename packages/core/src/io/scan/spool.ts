import { hasFileSystem, join, mkdtemp, open, rm, tmpdir } from "#platform";
import { concatBytes } from "../concat-bytes.js";
import { type ByteInput, int32 } from "./byte-input.js";
import { decodeMessage } from "./decode-message.js";
import { FILE_HEADER_LENGTH } from "./header.js";
import { CONTINUATION } from "./message.js";
import { BytesOpener, PathOpener } from "./openers.js";
import type { InputOpener } from "./seekable-source.js";

/** How much is copied at a time while spooling. */
const SPOOL_CHUNK = 1 << 20;
/** Metadata longer than this is not a plausible Schema message, and is not buffered to check. */
const MAX_PEEKED_METADATA = 16 << 20;

/**
 * Whether an IPC file arriving as a stream repeats its schema in a Schema message after "ARROW1".
 * Writers following the format (Arrow C++, pyarrow, Rust) do; arrow-js's file writer does not, so
 * its files can only be decoded once the footer at their very end has been seen.
 * @param input - at byte 0 of an IPC file; nothing is consumed
 * @returns true when the first message is a Schema
 */
export async function fileStartsWithSchema(input: ByteInput): Promise<boolean> {
  const head = await input.peek(FILE_HEADER_LENGTH + 8);
  if (head.length < FILE_HEADER_LENGTH + 8) return true; // let the sequential reader report the truncation
  const first = int32(head, FILE_HEADER_LENGTH);
  const continued = first === CONTINUATION;
  const length = continued ? int32(head, FILE_HEADER_LENGTH + 4) : first;
  if (length <= 0 || length > MAX_PEEKED_METADATA) return false;
  const metadataStart = FILE_HEADER_LENGTH + (continued ? 8 : 4);
  const bytes = await input.peek(metadataStart + length);
  if (bytes.length < metadataStart + length) return true; // truncated: reported by the sequential reader
  try {
    return decodeMessage(bytes.subarray(metadataStart)).kind === "schema";
  } catch {
    return true; // undecodable: reported by the sequential reader
  }
}

/**
 * Copies the rest of a sequential input to a temporary file (or, where there is no file system,
 * to memory) so that it can be read by position; memory stays bounded by the copy chunk.
 * @param input - at byte 0; it is read to its end and closed
 * @param name - the name errors use
 * @returns an opener over the copy, which deletes it when closed
 */
export async function spool(input: ByteInput, name: string): Promise<InputOpener> {
  if (!hasFileSystem) return new BytesOpener(await collect(input), name);
  const dir = await mkdtemp(join(tmpdir(), "quiver-spool-"));
  const remove = (): Promise<void> => rm(dir, { recursive: true, force: true });
  const path = join(dir, "spooled.arrow");
  try {
    const handle = await open(path, "w");
    try {
      for await (const piece of pieces(input)) {
        for (let written = 0; written < piece.length; ) written += (await handle.write(piece, written)).bytesWritten;
      }
    } finally {
      await handle.close();
    }
  } catch (error) {
    await remove();
    throw error;
  } finally {
    await input.close();
  }
  return new SpoolOpener(path, name, remove);
}

/** A {@link PathOpener} over a spooled copy, which it deletes when closed. */
class SpoolOpener extends PathOpener {
  private readonly remove: () => Promise<void>;

  constructor(path: string, name: string, remove: () => Promise<void>) {
    super(path, name);
    this.remove = remove;
  }

  override async close(): Promise<void> {
    try {
      await super.close();
    } finally {
      await this.remove();
    }
  }
}

/** The rest of the input, a copy chunk at a time. */
async function* pieces(input: ByteInput): AsyncGenerator<Uint8Array, void, undefined> {
  for (let piece = await input.readUpTo(SPOOL_CHUNK); piece.length > 0; piece = await input.readUpTo(SPOOL_CHUNK)) yield piece;
}

/** The whole input in one buffer: the fallback where no temporary file can be written. */
async function collect(input: ByteInput): Promise<Uint8Array> {
  const all: Uint8Array[] = [];
  for await (const piece of pieces(input)) all.push(piece);
  await input.close();
  return concatBytes(all);
}
