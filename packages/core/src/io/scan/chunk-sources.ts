import type { FileHandle } from "#platform";
import type { Readable } from "../readable.js";
import type { ChunkSource } from "./chunk-input.js";

/** How much a sequential read of a non-regular file (a pipe, a device) asks for at a time. */
const HANDLE_CHUNK = 1 << 20;

/**
 * Chunks of a Node Readable; cancelling destroys the stream so its resources are freed at once.
 * @param readable - a binary (non-object-mode, no encoding) Readable
 * @returns its chunk source
 */
export function readableChunks(readable: Readable): ChunkSource {
  const iterator = readable[Symbol.asyncIterator]();
  return {
    next: () => iterator.next(),
    cancel: async () => {
      readable.destroy();
    },
  };
}

/**
 * Chunks of a WHATWG ReadableStream; cancelling cancels the stream and releases its lock.
 * @param stream - the byte stream
 * @returns its chunk source
 */
export function webStreamChunks(stream: ReadableStream<Uint8Array>): ChunkSource {
  const reader = stream.getReader();
  let released = false;
  return {
    next: () => reader.read() as Promise<IteratorResult<unknown>>,
    cancel: async () => {
      if (released) return;
      released = true;
      await reader.cancel().catch(() => undefined);
      reader.releaseLock();
    },
  };
}

/**
 * Chunks of an async or sync iterable. Cancelling calls the iterator's `return` without waiting
 * for it: an async generator busy in a pending `next` would only run it after that resolves,
 * which may be never for an input that stalled.
 * @param iterable - yields Uint8Array chunks
 * @returns its chunk source
 */
export function iterableChunks(iterable: AsyncIterable<unknown> | Iterable<unknown>): ChunkSource {
  const iterator = Symbol.asyncIterator in iterable ? iterable[Symbol.asyncIterator]() : iterable[Symbol.iterator]();
  let done = false;
  return {
    next: async () => {
      const result = await iterator.next();
      if (result.done) done = true;
      return result;
    },
    cancel: async () => {
      if (done) return;
      done = true;
      void Promise.resolve(iterator.return?.()).catch(() => undefined);
    },
  };
}

/**
 * The bytes as a single chunk, not copied.
 * @param bytes - the whole input
 * @returns its chunk source
 */
export function bytesChunks(bytes: Uint8Array): ChunkSource {
  let sent = false;
  return {
    next: async () => (sent ? { done: true, value: undefined } : ((sent = true), { done: false, value: bytes })),
    cancel: async () => {
      sent = true;
    },
  };
}

/**
 * Sequential chunks of an open handle on something that is not a regular file (a pipe or device,
 * which cannot be read by position); cancelling closes the handle.
 * @param handle - the open handle
 * @returns its chunk source
 */
export function handleChunks(handle: FileHandle): ChunkSource {
  let closed = false;
  return {
    next: async () => {
      if (closed) return { done: true, value: undefined };
      const buffer = new Uint8Array(HANDLE_CHUNK);
      const { bytesRead } = await handle.read(buffer, 0, HANDLE_CHUNK, null);
      return bytesRead === 0 ? { done: true, value: undefined } : { done: false, value: buffer.subarray(0, bytesRead) };
    },
    cancel: async () => {
      if (closed) return;
      closed = true;
      await handle.close();
    },
  };
}
