import type { ByteInput, SeekableInput } from "./byte-input.js";
import { truncated } from "./errors.js";

/**
 * Reading logic written once, run synchronously or asynchronously: a step function is a generator
 * that yields the reads it needs ({@link Op}) and gets their bytes back. {@link runAsync} performs
 * them on a {@link ByteInput} (a file, bytes or a stream), {@link runSync} on a {@link SyncInput}
 * (bytes, or a file read with `fs.readSync`), so the header, footer and schema of a path or bytes
 * can be read synchronously by the very code that reads them asynchronously.
 */

/** One read a step function asks for, with ByteInput's meaning. */
export type Op =
  | { op: "read"; length: number; what: string }
  | { op: "readUpTo"; length: number }
  | { op: "peek"; length: number }
  | { op: "skip"; length: number; what: string }
  | { op: "seek"; offset: number }
  | { op: "position" }
  | { op: "size" };

/** A step function's generator: yields reads, returns `T`. */
export type Steps<T> = Generator<Op, T, unknown>;

/** Reads exactly `length` bytes. */
export function* read(length: number, what: string): Steps<Uint8Array> {
  return (yield { op: "read", length, what }) as Uint8Array;
}

/** Reads up to `length` bytes, fewer only at the end. */
export function* readUpTo(length: number): Steps<Uint8Array> {
  return (yield { op: "readUpTo", length }) as Uint8Array;
}

/** Up to `length` bytes from the position, without moving past them. */
export function* peek(length: number): Steps<Uint8Array> {
  return (yield { op: "peek", length }) as Uint8Array;
}

/** Moves past `length` bytes. */
export function* skip(length: number, what: string): Steps<void> {
  yield { op: "skip", length, what };
}

/** Moves to an absolute offset (seekable inputs only). */
export function* seek(offset: number): Steps<void> {
  yield { op: "seek", offset };
}

/** The absolute offset of the next byte. */
export function* position(): Steps<number> {
  return (yield { op: "position" }) as number;
}

/** The input's length in bytes (seekable inputs only). */
export function* size(): Steps<number> {
  return (yield { op: "size" }) as number;
}

/** The synchronous counterpart of a seekable ByteInput. */
export interface SyncInput {
  readonly name: string;
  readonly size: number;
  position: number;
  /**
   * Up to `length` bytes at `offset` (fewer only at the end), 8-byte aligned.
   * @param offset - where to read
   * @param length - how many bytes at most
   */
  readAt(offset: number, length: number): Uint8Array;
}

/**
 * Runs a step function on an asynchronous input; a failed read is thrown into the generator, so
 * its own try/catch sees it.
 * @param input - the input (seek and size need a seekable one)
 * @param steps - the step function's generator
 * @returns what it returns
 */
export async function runAsync<T>(input: ByteInput, steps: Steps<T>): Promise<T> {
  let next = steps.next();
  while (!next.done) {
    let value: unknown;
    try {
      value = await performAsync(input, next.value);
    } catch (error) {
      next = steps.throw(error);
      continue;
    }
    next = steps.next(value);
  }
  return next.value;
}

/**
 * Runs a step function on a synchronous input.
 * @param input - the input
 * @param steps - the step function's generator
 * @returns what it returns
 */
export function runSync<T>(input: SyncInput, steps: Steps<T>): T {
  let next = steps.next();
  while (!next.done) {
    let value: unknown;
    try {
      value = performSync(input, next.value);
    } catch (error) {
      next = steps.throw(error);
      continue;
    }
    next = steps.next(value);
  }
  return next.value;
}

async function performAsync(input: ByteInput, op: Op): Promise<unknown> {
  switch (op.op) {
    case "read":
      return input.read(op.length, op.what);
    case "readUpTo":
      return input.readUpTo(op.length);
    case "peek":
      return input.peek(op.length);
    case "skip":
      return input.skip(op.length, op.what);
    case "seek":
      return (input as SeekableInput).seek(op.offset);
    case "position":
      return input.position;
    case "size":
      return (input as SeekableInput).size;
  }
}

function performSync(input: SyncInput, op: Op): unknown {
  const fits = (length: number, what: string): void => {
    if (input.position + length > input.size) throw truncated(input.name, input.size, what, length, input.position);
  };
  switch (op.op) {
    case "read": {
      fits(op.length, op.what);
      const bytes = input.readAt(input.position, op.length);
      input.position += op.length;
      return bytes;
    }
    case "readUpTo": {
      const bytes = input.readAt(input.position, Math.max(0, Math.min(op.length, input.size - input.position)));
      input.position += bytes.length;
      return bytes;
    }
    case "peek":
      return input.readAt(input.position, Math.max(0, Math.min(op.length, input.size - input.position)));
    case "skip":
      fits(op.length, op.what);
      input.position += op.length;
      return undefined;
    case "seek":
      input.position = op.offset;
      return undefined;
    case "position":
      return input.position;
    case "size":
      return input.size;
  }
}
