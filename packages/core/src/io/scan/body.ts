import type { BufferRegion } from "apache-arrow/ipc/metadata/message";
import type { ByteInput, Destination } from "./byte-input.js";
import { IpcScanError, truncated } from "./errors.js";

/**
 * Ranges closer than this are read as one: the gap is alignment padding or a tiny buffer, and
 * reading it costs less than another system call.
 */
const MERGE_GAP = 64;

/**
 * Where a range's bytes are read to: a fresh buffer, the WebAssembly heap, or shared memory that
 * worker threads can read (a SharedArrayBuffer).
 */
export type Place = "plain" | "heap" | "shared";

/** A half-open byte range of a message body. */
export interface Span {
  start: number;
  end: number;
  /** Where its bytes go (see {@link planBody}); default a fresh buffer. */
  place?: Place;
}

/** The ranges to read for a set of columns, and which range holds each column. */
export interface BodyPlan {
  /** Sorted, disjoint ranges of the body. */
  spans: Span[];
  /** `spanOf[i]` is the index in `spans` of the range that holds all of column i's buffers. */
  spanOf: number[];
}

/**
 * Plans which byte ranges of a body to read so that each column's buffers come from one range and
 * no byte outside the requested columns is read except small gaps. Columns whose bytes go to
 * different places never share a range.
 * @param columns - for each requested column, its buffer regions (offsets relative to the body)
 * @param places - for each requested column, where its bytes go (default: a fresh buffer)
 * @returns the ranges in body order and each column's range
 * @example planBody([[{ offset: 0, length: 8 }], [{ offset: 4096, length: 8 }]]).spans // two ranges
 */
export function planBody(columns: readonly (readonly BufferRegion[])[], places: readonly Place[] = []): BodyPlan {
  const own = columns.map((regions, i) => ({ ...extent(regions), place: places[i] ?? "plain" }));
  const order = own.map((_, i) => i).sort((a, b) => own[a].start - own[b].start);
  const spans: Span[] = [];
  const spanOf = new Array<number>(columns.length);
  for (const i of order) {
    const span = own[i];
    const last = spans[spans.length - 1];
    if (last !== undefined && span.start <= last.end + MERGE_GAP && span.place === last.place) {
      last.end = Math.max(last.end, span.end);
    } else {
      spans.push({ ...span });
    }
    spanOf[i] = spans.length - 1;
  }
  return { spans, spanOf };
}

/**
 * The smallest range holding a column's non-empty buffers, started on an 8-byte boundary so that
 * views into the bytes read stay aligned. A column with no bytes gets an empty range at 0.
 */
function extent(regions: readonly BufferRegion[]): Span {
  let start = Infinity;
  let end = 0;
  for (const { offset, length } of regions) {
    if (length === 0) continue;
    start = Math.min(start, offset);
    end = Math.max(end, offset + length);
  }
  return start === Infinity ? { start: 0, end: 0 } : { start: start - (start % 8), end };
}

/**
 * Reads the planned ranges of a body whose first byte is at the input's position, then moves the
 * input past the body. On a file only the ranges are read; on a stream the rest is skipped.
 * @param input - positioned at the start of the body
 * @param bodyLength - the body's length from the message metadata
 * @param spans - sorted, disjoint ranges within the body
 * @param what - the body's description for errors, e.g. "record batch 3 body"
 * @param destinations - where the ranges of each place other than "plain" are read to
 * @returns the bytes of each range
 * @throws IpcScanError "truncated" naming the whole body when the input ends inside it
 */
export async function readBody(
  input: ByteInput,
  bodyLength: number,
  spans: readonly Span[],
  what: string,
  destinations: Partial<Record<Place, Destination>> = {},
): Promise<Uint8Array[]> {
  const bodyStart = input.position;
  const parts: Uint8Array[] = [];
  try {
    let cursor = 0;
    for (const { start, end, place = "plain" } of spans) {
      await input.skip(start - cursor, what);
      parts.push(await input.read(end - start, what, destinations[place]));
      cursor = end;
    }
    await input.skip(bodyLength - cursor, what);
  } catch (error) {
    // Report the body the message announced, not the piece being read when the input ran out.
    if (error instanceof IpcScanError && error.code === "truncated") throw truncated(input.name, error.offset ?? bodyStart, what, bodyLength, bodyStart);
    throw error;
  }
  return parts;
}
