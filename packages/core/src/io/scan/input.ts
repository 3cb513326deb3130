import type { Readable } from "../readable.js";
import { fileURLToPath } from "#platform";
import type { ChunkSource } from "./chunk-input.js";
import { bytesChunks, iterableChunks, readableChunks, webStreamChunks } from "./chunk-sources.js";
import { IpcScanError } from "./errors.js";
import { blobName, describeInput, isBlob, isChunkIterable, isNodeReadable, isResponse, isWebStream } from "../sources/input-kinds.js";
import type { IpcInput } from "./types.js";

/** An input sorted by how it can be read: paths, bytes and Blobs by position, everything else as chunks. */
export type ClassifiedInput =
  | { kind: "path"; path: string }
  | { kind: "bytes"; name: string; bytes: Uint8Array }
  | { kind: "blob"; name: string; blob: Blob }
  | { kind: "chunks"; name: string; source: ChunkSource };

/**
 * Sorts an input into a path, bytes or a Blob (read by position) or a chunk source (read in order),
 * fetching http(s) URLs. Nothing is read yet except the response headers of a fetch.
 * @param input - what the caller passed to openIpcSource
 * @param signal - aborts a fetch
 * @returns the classified input
 * @throws TypeError for values that are not an IPC input
 */
export async function classifyInput(input: IpcInput, signal?: AbortSignal): Promise<ClassifiedInput> {
  if (typeof input === "string") return { kind: "path", path: input };
  if (input instanceof URL) return classifyUrl(input, signal);
  if (isResponse(input)) return responseInput(input, input.url || "<fetch Response>");
  if (input instanceof Uint8Array || input instanceof ArrayBuffer) return { kind: "bytes", ...bytesOf(input) };
  if (isBlob(input)) return { kind: "blob", name: blobName(input), blob: input };
  if (isWebStream(input)) return chunks("<ReadableStream>", webStreamChunks(input));
  if (isNodeReadable(input)) return chunks(readableName(input), readableChunks(input));
  if (isChunkIterable(input)) {
    return chunks(Symbol.asyncIterator in input ? "<async iterable>" : "<iterable>", iterableChunks(input));
  }
  throw new TypeError(
    `openIpcSource: cannot read Arrow IPC from ${describeInput(input)}; expected a path, URL, Node Readable, ReadableStream, Response, Uint8Array, ArrayBuffer, Blob or (async) iterable of Uint8Array`,
  );
}

/**
 * Bytes given as a Uint8Array or an ArrayBuffer, and how errors name them.
 * @param input - the bytes
 * @returns a view of them (not a copy) and their description
 */
export function bytesOf(input: Uint8Array | ArrayBuffer): { name: string; bytes: Uint8Array } {
  const name = `<${input instanceof Uint8Array ? "Uint8Array" : "ArrayBuffer"} of ${input.byteLength} bytes>`;
  return { name, bytes: input instanceof Uint8Array ? input : new Uint8Array(input) };
}

function chunks(name: string, source: ChunkSource): ClassifiedInput {
  return { kind: "chunks", name, source };
}

async function classifyUrl(url: URL, signal: AbortSignal | undefined): Promise<ClassifiedInput> {
  if (url.protocol === "file:") {
    return { kind: "path", path: fileURLToPath(url) };
  }
  if (url.protocol === "http:" || url.protocol === "https:") {
    let response: Response;
    try {
      response = await fetch(url, { signal });
    } catch (cause) {
      if (cause instanceof Error && cause.name === "AbortError") throw cause;
      throw new IpcScanError("io", url.href, `fetch failed: ${(cause as Error).message}`, undefined, { cause });
    }
    return responseInput(response, url.href);
  }
  throw new IpcScanError("unsupported", url.href, `unsupported URL protocol "${url.protocol}"; expected file:, http: or https:`);
}

/** A Response's body as chunks; an HTTP error status is reported instead of parsing its page. */
function responseInput(response: Response, name: string): ClassifiedInput {
  if (!response.ok) {
    void response.body?.cancel().catch(() => undefined);
    throw new IpcScanError("io", name, `HTTP ${response.status} ${response.statusText}; expected a 2xx response with Arrow IPC bytes`);
  }
  if (response.bodyUsed) throw new IpcScanError("invalid", name, "the Response body was already read; pass a fresh Response");
  if (response.body === null) return chunks(name, bytesChunks(new Uint8Array(0)));
  return chunks(name, webStreamChunks(response.body));
}




/** An fs.ReadStream is named by its path; other Readables by what they are. */
function readableName(readable: Readable): string {
  const path = (readable as { path?: unknown }).path;
  return typeof path === "string" ? path : "<Node Readable>";
}

