import { checkRange, SourceError } from "./errors.js";
import type { RangeSource } from "./types.js";

/**
 * An HTTP resource whose server answers range requests: each read is one `Range: bytes=…` GET,
 * so a scan downloads only the footer and the column chunks it needs.
 */
export class HttpRangeSource implements RangeSource {
  /**
   * @param url - the resource
   * @param size - its length, from the server
   */
  private constructor(
    private readonly url: URL,
    readonly size: number,
  ) {}

  /** The URL. */
  get name(): string {
    return this.url.href;
  }

  /**
   * Asks the server for the resource's length and whether it serves ranges.
   * @returns the source, or undefined when the server does not serve byte ranges
   * @throws SourceError "io" when the request fails or answers an error status
   */
  static async open(url: URL, signal?: AbortSignal): Promise<HttpRangeSource | undefined> {
    const head = await request(url, { method: "HEAD", signal });
    const size = Number(head.headers.get("content-length"));
    const ranges = head.headers.get("accept-ranges")?.toLowerCase() === "bytes";
    if (!ranges || !Number.isSafeInteger(size)) return undefined;
    return new HttpRangeSource(url, size);
  }

  async read(offset: number, length: number, signal?: AbortSignal): Promise<Uint8Array> {
    checkRange(this.name, this.size, offset, length);
    if (length === 0) return new Uint8Array(0);
    const response = await request(this.url, { headers: { range: `bytes=${offset}-${offset + length - 1}` }, signal });
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (response.status !== 206 || bytes.length !== length) {
      throw new SourceError("io", this.name, `asked for ${length} bytes at byte ${offset}, the server answered HTTP ${response.status} with ${bytes.length} bytes`, offset);
    }
    return bytes;
  }
}

/** A fetch whose network failure or error status becomes a SourceError naming the URL. */
async function request(url: URL, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (cause) {
    if (cause instanceof Error && cause.name === "AbortError") throw cause;
    throw new SourceError("io", url.href, `fetch failed: ${(cause as Error).message}`, undefined, { cause });
  }
  if (!response.ok) {
    void response.body?.cancel().catch(() => undefined);
    throw new SourceError(response.status === 404 ? "not-found" : "io", url.href, `HTTP ${response.status} ${response.statusText}`);
  }
  return response;
}
