import { fileURLToPath } from "#platform";
import { BlobSource } from "./blob-source.js";
import { BytesSource } from "./bytes-source.js";
import { SourceError } from "./errors.js";
import { HttpRangeSource } from "./http-source.js";
import { describeInput, isBlob, isNodeReadable, isResponse, isWebStream } from "./input-kinds.js";
import { PathSource } from "./path-source.js";
import { readableChunks, spool, webStreamChunks } from "./spool.js";
import type { RangeSource, SourceInput } from "./types.js";

/**
 * Opens any {@link SourceInput} for reading by position: a path, `file:` URL, bytes or Blob as
 * they are; an `http(s):` URL by range requests when the server serves them; everything else (a
 * Response, a stream, a server without ranges) spooled to a temporary file first.
 * @param input - what the caller passed to the scan
 * @param name - the name errors use
 * @param signal - aborts a fetch or a spool
 * @returns the source
 * @throws TypeError when the input is none of these
 */
export async function openRangeSource(input: SourceInput, name: string, signal?: AbortSignal): Promise<RangeSource> {
  const direct = openRangeSourceSync(input, name);
  if (direct !== undefined) return direct;
  if (input instanceof URL) {
    if (input.protocol !== "http:" && input.protocol !== "https:") {
      throw new SourceError("unsupported", input.href, `unsupported URL protocol "${input.protocol}"; expected file:, http: or https:`);
    }
    return (await HttpRangeSource.open(input, signal)) ?? spoolResponse(await fetchOk(input, signal), name, signal);
  }
  if (isBlob(input)) return new BlobSource(input, name);
  if (isResponse(input)) return spoolResponse(input, name, signal);
  if (isWebStream(input)) return spool(webStreamChunks(input), name, signal);
  if (isNodeReadable(input)) return spool(readableChunks(input), name, signal);
  throw new TypeError(`cannot read ${describeInput(input)}; expected a path, URL, Response, Uint8Array, ArrayBuffer, Node Readable, ReadableStream or Blob`);
}

/**
 * Opens the inputs that need no waiting — a path, a `file:` URL, bytes — synchronously.
 * @returns the source, or undefined for inputs that can only be opened asynchronously
 */
export function openRangeSourceSync(input: SourceInput, name: string): RangeSource | undefined {
  if (typeof input === "string") return PathSource.openSync(input, name);
  if (input instanceof URL && input.protocol === "file:") return PathSource.openSync(fileURLToPath(input), name);
  if (input instanceof Uint8Array) return new BytesSource(input, name);
  if (input instanceof ArrayBuffer) return new BytesSource(new Uint8Array(input), name);
  return undefined;
}

async function fetchOk(url: URL, signal: AbortSignal | undefined): Promise<Response> {
  try {
    return await fetch(url, { signal });
  } catch (cause) {
    if (cause instanceof Error && cause.name === "AbortError") throw cause;
    throw new SourceError("io", url.href, `fetch failed: ${(cause as Error).message}`, undefined, { cause });
  }
}

/** A Response's body spooled; an HTTP error status is reported instead of parsing its page. */
async function spoolResponse(response: Response, name: string, signal: AbortSignal | undefined): Promise<RangeSource> {
  if (!response.ok) {
    void response.body?.cancel().catch(() => undefined);
    throw new SourceError(response.status === 404 ? "not-found" : "io", name, `HTTP ${response.status} ${response.statusText}`);
  }
  if (response.bodyUsed) throw new SourceError("io", name, "the Response body was already read; pass a fresh Response");
  if (response.body === null) return new BytesSource(new Uint8Array(0), name);
  return spool(webStreamChunks(response.body), name, signal);
}





