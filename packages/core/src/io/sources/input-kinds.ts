import type { Readable } from "../readable.js";

/**
 * How the readers tell apart the kinds of input a scan accepts. Each test looks at the shape of
 * the value, not only its class, so inputs made by another realm or library copy still match.
 */

/** Whether a value is a Blob (or File). */
export function isBlob(x: unknown): x is Blob {
  return typeof Blob !== "undefined" && x instanceof Blob;
}

/** Whether a value is a fetch Response (of this realm or with a Response's shape). */
export function isResponse(x: unknown): x is Response {
  if (typeof Response !== "undefined" && x instanceof Response) return true;
  const r = x as Partial<Response> | null;
  return typeof r === "object" && r !== null && typeof r.arrayBuffer === "function" && "bodyUsed" in r && "headers" in r;
}

/** Whether a value is a WHATWG ReadableStream. */
export function isWebStream(x: unknown): x is ReadableStream<Uint8Array> {
  return typeof x === "object" && x !== null && typeof (x as ReadableStream).getReader === "function";
}

/** Whether a value is a Node Readable stream. */
export function isNodeReadable(x: unknown): x is Readable {
  const r = x as Partial<Readable> | null;
  return typeof r === "object" && r !== null && typeof r.pipe === "function" && typeof r.read === "function" && typeof r.destroy === "function";
}

/** Whether a value is a sync or async iterable object (of chunks, presumably). */
export function isChunkIterable(x: unknown): x is AsyncIterable<unknown> | Iterable<unknown> {
  return x !== null && typeof x === "object" && (Symbol.asyncIterator in x || Symbol.iterator in x);
}

/**
 * A value's kind as error messages name it: `null`, `a number`, `a Map`.
 * @param x - the value a reader could not use
 */
export function describeInput(x: unknown): string {
  if (x === null) return "null";
  if (typeof x !== "object") return `a ${typeof x}`;
  return `a ${(x as object).constructor?.name ?? "object"}`;
}

/**
 * How errors name a Blob: a File by its name, any other Blob by its size.
 * @param blob - the input
 * @example blobName(new File([], "flights.arrow")) // "flights.arrow"
 */
export function blobName(blob: Blob): string {
  const name = (blob as { name?: unknown }).name;
  return typeof name === "string" && name !== "" ? name : `<Blob of ${blob.size} bytes>`;
}
