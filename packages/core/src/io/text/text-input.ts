/**
 * Where a text scan reads its bytes: a path (read by position, also synchronously), the bytes
 * themselves, a Blob (its stream, opened anew for each scan), or a stream of chunks (a Readable,
 * ReadableStream, Response, URL, iterable),
 * read once, whose first chunks — read to learn the schema — are kept and replayed by the scan.
 */
import type { Readable } from "../readable.js";
import { closeSync, fileURLToPath, open, openSync, readSync } from "#platform";
import { concatBytes } from "../concat-bytes.js";
import { raceAbort, throwIfAborted } from "../scan/abort.js";
import type { ChunkSource } from "../scan/chunk-input.js";
import { bytesChunks, handleChunks, iterableChunks, readableChunks, webStreamChunks } from "../scan/chunk-sources.js";
import { describeInput, isBlob, isChunkIterable, isNodeReadable, isResponse, isWebStream } from "../sources/input-kinds.js";
import type { TextErrorClass } from "./errors.js";

/** Anything a text scan reads: a path, a `file:`/`http(s):` URL, bytes, a Blob, a Response, a stream or an (async) iterable of chunks. */
export type TextSourceInput =
  | string
  | URL
  | Uint8Array
  | ArrayBuffer
  | Blob
  | Response
  | Readable
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array>
  | Iterable<Uint8Array>;

/** The first bytes of an input, and whether they are all of it. */
export interface Sample {
  readonly bytes: Uint8Array;
  readonly whole: boolean;
}

/** A text input, opened lazily: nothing is read until a sample or the chunks are asked for. */
export interface TextInput {
  readonly name: string;
  /** The first `size` bytes or more (fewer at the end of the input). */
  sample(size: number, signal?: AbortSignal): Promise<Sample>;
  /** The same, synchronously; only for a path or bytes. */
  sampleSync?(size: number): Sample;
  /** Every chunk from the first byte on. A stream gives them once. */
  chunks(signal?: AbortSignal): ChunkSource;
  /** The same, synchronously; only for a path or bytes. */
  chunksSync?(): Iterable<Uint8Array>;
}

const FILE_CHUNK = 1 << 20;

/**
 * Wraps what the caller passed as a text input.
 * @param input - the caller's value
 * @param name - its name in errors
 * @param errors - the format's error class
 * @throws TypeError for a value that is not a text input
 */
export function textInput(input: TextSourceInput, name: string, errors: TextErrorClass): TextInput {
  if (typeof input === "string") return pathInput(input, name, errors);
  if (input instanceof URL && input.protocol === "file:") return pathInput(fileURLToPath(input), name, errors);
  if (input instanceof Uint8Array) return bytesInput(input, name);
  if (input instanceof ArrayBuffer) return bytesInput(new Uint8Array(input), name);
  if (isBlob(input)) return blobInput(input, name, errors);
  return streamInput(() => streamOf(input, name, errors), name, errors);
}

function bytesInput(bytes: Uint8Array, name: string): TextInput {
  const sampleSync = (size: number): Sample => ({ bytes: bytes.subarray(0, size), whole: size >= bytes.length });
  return {
    name,
    sampleSync,
    sample: async (size) => sampleSync(size),
    chunks: () => bytesChunks(bytes),
    chunksSync: () => [bytes],
  };
}

/** A Blob or File: sampled with `Blob.slice`, and streamed afresh by each scan. */
function blobInput(blob: Blob, name: string, errors: TextErrorClass): TextInput {
  return {
    name,
    sample: async (size) => {
      try {
        return { bytes: new Uint8Array(await blob.slice(0, size).arrayBuffer()), whole: size >= blob.size };
      } catch (cause) {
        throw new errors("io", name, {}, `cannot read the file: ${(cause as Error).message}`, { cause });
      }
    },
    chunks: () => webStreamChunks(blob.stream() as ReadableStream<Uint8Array>),
  };
}

function pathInput(path: string, name: string, errors: TextErrorClass): TextInput {
  const fail = (cause: unknown): never => {
    const code = (cause as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : (cause as Error).message;
    throw new errors(code === "ENOENT" || code === "EISDIR" ? "not-found" : "io", name, {}, `cannot read the file: ${why}`, { cause });
  };
  const sampleSync = (size: number): Sample => {
    const fd = openOrFail(path, fail);
    try {
      const bytes = new Uint8Array(size);
      let filled = 0;
      for (let n = 1; filled < size && n > 0; filled += n) n = readSync(fd, bytes, filled, size - filled, filled);
      const whole = filled < size || readSync(fd, new Uint8Array(1), 0, 1, size) === 0;
      return { bytes: bytes.subarray(0, filled), whole };
    } catch (cause) {
      return fail(cause);
    } finally {
      closeSync(fd);
    }
  };
  return {
    name,
    sampleSync,
    sample: async (size) => sampleSync(size),
    chunks: () => {
      let inner: ChunkSource | undefined;
      let cancelled = false;
      return {
        next: async () => {
          if (cancelled) return { done: true, value: undefined };
          inner ??= handleChunks(await open(path, "r").catch(fail));
          return inner.next();
        },
        cancel: async () => {
          cancelled = true;
          await inner?.cancel();
        },
      };
    },
    chunksSync: () => fileChunksSync(path, fail),
  };
}

function openOrFail(path: string, fail: (cause: unknown) => never): number {
  try {
    return openSync(path, "r");
  } catch (cause) {
    return fail(cause);
  }
}

function* fileChunksSync(path: string, fail: (cause: unknown) => never): Generator<Uint8Array> {
  const fd = openOrFail(path, fail);
  try {
    for (;;) {
      const chunk = new Uint8Array(FILE_CHUNK);
      const n = readSync(fd, chunk, 0, FILE_CHUNK, null);
      if (n === 0) return;
      yield chunk.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * A stream read once: a sample's chunks are kept and the scan replays them before pulling more.
 */
function streamInput(start: (signal?: AbortSignal) => Promise<ChunkSource>, name: string, errors: TextErrorClass): TextInput {
  let source: Promise<ChunkSource> | undefined;
  const kept: Uint8Array[] = [];
  let keptBytes = 0;
  let ended = false;
  let scanned = false;
  const pull = async (signal?: AbortSignal): Promise<boolean> => {
    source ??= start(signal);
    const result = await raceAbort((await source).next(), name, signal);
    if (result.done) return false;
    const chunk = toBytes(result.value, name, errors);
    kept.push(chunk);
    keptBytes += chunk.length;
    return true;
  };
  return {
    name,
    sample: async (size, signal) => {
      while (keptBytes < size && !ended) {
        throwIfAborted(name, signal);
        if (!(await pull(signal))) ended = true;
      }
      return { bytes: concatBytes(kept), whole: ended };
    },
    chunks: (signal) => {
      if (scanned) throw new errors("closed", name, {}, "a stream input can be scanned once; open the input again to scan it again");
      scanned = true;
      let replay = 0;
      return {
        next: async () => {
          if (replay < kept.length) {
            const chunk = kept[replay];
            kept[replay++] = new Uint8Array(0);
            return { done: false, value: chunk };
          }
          if (ended) return { done: true, value: undefined };
          source ??= start(signal);
          const result = await raceAbort((await source).next(), name, signal);
          return result.done ? result : { done: false, value: toBytes(result.value, name, errors) };
        },
        cancel: async () => {
          kept.length = 0;
          if (source !== undefined) await (await source).cancel();
        },
      };
    },
  };
}

async function streamOf(input: Exclude<TextSourceInput, string | Uint8Array | ArrayBuffer | Blob>, name: string, errors: TextErrorClass): Promise<ChunkSource> {
  if (input instanceof URL) return responseChunks(await fetchUrl(input, name, errors), name, errors);
  if (isResponse(input)) return responseChunks(input, name, errors);
  if (isWebStream(input)) return webStreamChunks(input);
  if (isNodeReadable(input)) return readableChunks(input);
  if (isChunkIterable(input)) return iterableChunks(input);
  throw new TypeError(`${name}: cannot read text from ${describeInput(input)}; expected a path, URL, bytes, Blob, Response, Readable, ReadableStream or (async) iterable of Uint8Array`);
}

async function fetchUrl(url: URL, name: string, errors: TextErrorClass): Promise<Response> {
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new errors("invalid-option", name, {}, `unsupported URL protocol "${url.protocol}"; expected file:, http: or https:`);
  }
  try {
    return await fetch(url);
  } catch (cause) {
    throw new errors("io", name, {}, `fetch failed: ${(cause as Error).message}`, { cause });
  }
}

function responseChunks(response: Response, name: string, errors: TextErrorClass): ChunkSource {
  if (!response.ok) throw new errors("io", name, {}, `HTTP ${response.status} ${response.statusText}; expected a 2xx response`);
  if (response.bodyUsed) throw new errors("invalid-option", name, {}, "the Response body was already read; pass a fresh Response");
  return response.body === null ? bytesChunks(new Uint8Array(0)) : webStreamChunks(response.body);
}


/** A chunk as a plain Uint8Array; a string chunk means the stream was given an encoding. */
export function toBytes(value: unknown, name: string, errors: TextErrorClass): Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  const found = typeof value === "string" ? "a string (was the stream given an encoding?)" : `a ${typeof value}`;
  throw new errors("invalid-option", name, {}, `the input yielded ${found}; expected Uint8Array chunks`);
}
