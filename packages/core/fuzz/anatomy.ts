/**
 * Where a seed's structure lies: the fields a mutator may aim at and the message boundaries, found
 * by the reference decoding of the seed.
 */
import type { FieldSite } from "./reference/flatbuf.js";
import { decodeReference } from "./reference/decode.js";
import { walkMessages } from "./reference/messages.js";
import type { Seed } from "./seeds.js";

/** A seed and its structure. */
export interface Anatomy {
  readonly seed: Seed;
  /** Positions and widths of length, count, offset and enum fields. */
  readonly sites: readonly FieldSite[];
  /** Each message's [start, end) byte range (for Parquet: the data and the footer). */
  readonly messages: readonly (readonly [number, number])[];
  /** A range where byte mutations pay most (Parquet's Thrift footer), if any. */
  readonly hot?: readonly [number, number];
}

/**
 * Maps a seed's fields and messages.
 * @param seed - a valid IPC input
 * @returns its anatomy (for a seed the reference cannot check, the fields found before the part it
 *   does not decode)
 * @returns undefined when the reference finds the seed invalid (no use as a seed)
 */
export function anatomy(seed: Seed): Anatomy | undefined {
  if (seed.format === "parquet") return parquetAnatomy(seed);
  const sites: FieldSite[] = [];
  const reference = decodeReference(seed.bytes, sites);
  if (reference.kind === "invalid") return undefined;
  const file = seed.bytes[0] === 0x41;
  const walk = walkMessages(seed.bytes, file ? 8 : 0, file ? footerStart(seed.bytes) : seed.bytes.length);
  const messages = walk.messages.map((m) => [m.start, m.bodyStart + m.bodyLength] as const);
  const unique = new Map(sites.map((s) => [`${s.pos}:${s.width}`, s]));
  return { seed, sites: [...unique.values()], messages };
}

function footerStart(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return bytes.length - 10 - view.getInt32(bytes.length - 10, true);
}

/** A Parquet file: "PAR1", column chunks, the Thrift footer, its 4-byte length, "PAR1". */
function parquetAnatomy(seed: Seed): Anatomy | undefined {
  const bytes = seed.bytes;
  if (bytes.length < 12) return undefined;
  const footerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getInt32(bytes.length - 8, true);
  const start = bytes.length - 8 - footerLength;
  if (footerLength <= 0 || start < 4) return undefined;
  const sites = [{ pos: bytes.length - 8, width: 4 as const, what: "footer length" }];
  return { seed, sites, messages: [[4, start], [start, bytes.length - 8]], hot: [start, bytes.length - 8] };
}
