import { raceAbort } from "./abort.js";
import { type ByteInput, isAligned } from "./byte-input.js";
import { closedDuringScan, IpcScanError, truncated } from "./errors.js";

/** A pull-based source of byte chunks: the common shape of Node streams, web streams and iterables. */
export interface ChunkSource {
  /** The next chunk, or done at the end of the input. */
  next(): Promise<IteratorResult<unknown>>;
  /** Stops the underlying input early and releases it; idempotent. */
  cancel(): Promise<void>;
}

/**
 * A sequential input over chunks as they arrive. It buffers only what the current read needs, so
 * memory is bounded by the largest message, never by the input. Reads that fit in one aligned
 * chunk are views of it; others are copied into a fresh buffer.
 */
export class ChunkInput implements ByteInput {
  readonly name: string;
  private readonly source: ChunkSource;
  /** Chunks not yet fully consumed, from `queue[first]` on (an index, not shift(), keeps tiny chunks linear). */
  private queue: Uint8Array[] = [];
  private first = 0;
  /** Bytes of `queue[first]` already consumed. */
  private head = 0;
  private buffered = 0;
  private offset = 0;
  private ended = false;
  private closed = false;
  private signal: AbortSignal | undefined;

  /**
   * @param source - where the chunks come from
   * @param name - the input's name, for error messages
   */
  constructor(source: ChunkSource, name: string) {
    this.source = source;
    this.name = name;
  }

  get position(): number {
    return this.offset;
  }

  get bytesRead(): number {
    return this.offset;
  }

  attach(signal: AbortSignal | undefined): void {
    this.signal = signal;
  }

  async read(length: number, what: string): Promise<Uint8Array> {
    await this.fill(length);
    if (this.buffered < length) throw truncated(this.name, this.offset + this.buffered, what, length, this.offset);
    return this.take(length);
  }

  async readUpTo(length: number): Promise<Uint8Array> {
    await this.fill(length);
    return this.take(Math.min(length, this.buffered));
  }

  async peek(length: number): Promise<Uint8Array> {
    await this.fill(length);
    return this.copy(Math.min(length, this.buffered));
  }

  async skip(length: number, what: string): Promise<void> {
    const start = this.offset;
    let left = length;
    // Skipped bytes are dropped chunk by chunk, so skipping a large body never buffers it.
    while (left > 0) {
      if (this.buffered === 0) await this.fill(1);
      if (this.buffered === 0) throw truncated(this.name, this.offset, what, length, start);
      const n = Math.min(left, this.queue[this.first].length - this.head);
      this.drop(n);
      left -= n;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.queue = [];
    this.first = 0;
    this.buffered = 0;
    await this.source.cancel();
  }

  /** Pulls chunks until `length` bytes are buffered or the input ends. */
  private async fill(length: number): Promise<void> {
    while (this.buffered < length && !this.ended) {
      if (this.closed) throw closedDuringScan(this.name, this.offset);
      const result = await raceAbort(this.source.next(), this.name, this.signal).catch((cause: unknown) => {
        throw sourceError(this.name, this.offset + this.buffered, cause);
      });
      if (this.closed) throw closedDuringScan(this.name, this.offset);
      if (result.done) {
        this.ended = true;
        break;
      }
      const chunk = toChunk(result.value, this.name, this.offset + this.buffered);
      if (chunk.length === 0) continue;
      this.queue.push(chunk);
      this.buffered += chunk.length;
    }
  }

  /** Consumes `length` buffered bytes: a view when one aligned chunk holds them, else a copy. */
  private take(length: number): Uint8Array {
    if (length === 0) return new Uint8Array(0);
    const first = this.queue[this.first];
    if (first.length - this.head >= length) {
      const view = first.subarray(this.head, this.head + length);
      if (isAligned(view)) {
        this.drop(length);
        return view;
      }
    }
    const bytes = this.copy(length);
    this.drop(length);
    return bytes;
  }

  /** Copies the next `length` buffered bytes into a fresh buffer without consuming them. */
  private copy(length: number): Uint8Array {
    const bytes = new Uint8Array(length);
    let filled = 0;
    for (let i = this.first, head = this.head; filled < length; i++, head = 0) {
      const piece = this.queue[i].subarray(head, head + (length - filled));
      bytes.set(piece, filled);
      filled += piece.length;
    }
    return bytes;
  }

  /** Forgets the next `length` buffered bytes, releasing chunks that are fully consumed. */
  private drop(length: number): void {
    this.offset += length;
    this.buffered -= length;
    let left = length;
    while (left > 0) {
      const available = this.queue[this.first].length - this.head;
      if (left < available) {
        this.head += left;
        break;
      }
      left -= available;
      // Dropped at once, so memory follows the bytes still needed, not the chunks' slots.
      this.queue[this.first++] = EMPTY;
      this.head = 0;
    }
    // The slots are compacted in bulk, so each chunk is moved at most once.
    if (this.first >= 1024 && this.first * 2 >= this.queue.length) {
      this.queue = this.queue.slice(this.first);
      this.first = 0;
    }
  }
}

const EMPTY = new Uint8Array(0);

/** A chunk as a Uint8Array; strings mean the stream was given an encoding and are refused. */
function toChunk(value: unknown, name: string, offset: number): Uint8Array {
  // A Node Buffer is viewed as a plain Uint8Array: its `slice` shares memory instead of copying.
  if (value instanceof Uint8Array) return Object.getPrototypeOf(value) === Uint8Array.prototype ? value : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  const found = typeof value === "string" ? "a string (was the stream given an encoding?)" : `a ${typeof value}`;
  throw new IpcScanError("invalid", name, `the input yielded ${found} at byte ${offset}; expected Uint8Array chunks`, offset);
}

/** An error raised by the input itself (a stream error event), named with the byte it reached. */
function sourceError(name: string, offset: number, cause: unknown): unknown {
  if (cause instanceof Error && (cause.name === "AbortError" || cause instanceof IpcScanError)) return cause;
  const why = cause instanceof Error ? cause.message : String(cause);
  return new IpcScanError("io", name, `reading the input failed at byte ${offset}: ${why}`, offset, { cause });
}
