import { hasFileSystem, join, open } from "#platform";
import { concatBytes } from "../concat-bytes.js";
import { makeTemporaryFolder, removeTemporaryFolder } from "../temporary-folders.js";
import type { ByteInput } from "./byte-input.js";
import { BytesOpener, PathOpener } from "./openers.js";
import type { InputOpener } from "./seekable-source.js";

/** How much is copied at a time while spooling. */
const SPOOL_CHUNK = 1 << 20;

/**
 * Copies the rest of a sequential input to a temporary file (or, where there is no file system,
 * to memory) so that it can be read by position; memory stays bounded by the copy chunk.
 * @param input - at byte 0; it is read to its end and closed
 * @param name - the name errors use
 * @returns an opener over the copy, which deletes it when closed
 */
export async function spool(input: ByteInput, name: string): Promise<InputOpener> {
  if (!hasFileSystem) return new BytesOpener(await collect(input), name);
  const dir = await makeTemporaryFolder("quiver-spool-");
  const remove = (): Promise<void> => removeTemporaryFolder(dir);
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
