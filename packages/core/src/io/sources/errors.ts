/** What went wrong reading bytes from a source. */
export type SourceErrorCode = "not-found" | "io" | "truncated" | "changed" | "unsupported";

/** A source's bytes could not be read: names the source and, where it applies, the byte. */
export class SourceError extends Error {
  override readonly name = "SourceError";

  /**
   * @param code - what went wrong
   * @param source - the path, URL or description of the input
   * @param detail - what was found
   * @param offset - the byte where it happened, when known
   */
  constructor(
    readonly code: SourceErrorCode,
    readonly source: string,
    detail: string,
    readonly offset?: number,
    options?: ErrorOptions,
  ) {
    super(`${source}: ${detail}`, options);
  }
}

/**
 * Checks that a range lies within a source.
 * @throws SourceError "truncated" when it reaches past the end
 */
export function checkRange(name: string, size: number, offset: number, length: number): void {
  if (offset < 0 || length < 0 || offset + length > size) {
    throw new SourceError("truncated", name, `cannot read ${length} bytes at byte ${offset}: the input has only ${size} bytes`, offset);
  }
}
