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
  /** Each message's [start, end) byte range. */
  readonly messages: readonly (readonly [number, number])[];
}

/**
 * Maps a seed's fields and messages.
 * @param seed - a valid IPC input
 * @returns its anatomy
 * @throws Error when the seed is not valid per the reference (a seed must be)
 */
export function anatomy(seed: Seed): Anatomy {
  const sites: FieldSite[] = [];
  const reference = decodeReference(seed.bytes, sites);
  if (reference.kind !== "valid") throw new Error(`seed ${seed.name} is not valid: ${reference.why}`);
  const file = reference.format === "file";
  const walk = walkMessages(seed.bytes, file ? 8 : 0, file ? footerStart(seed.bytes) : seed.bytes.length);
  const messages = walk.messages.map((m) => [m.start, m.bodyStart + m.bodyLength] as const);
  const unique = new Map(sites.map((s) => [`${s.pos}:${s.width}`, s]));
  return { seed, sites: [...unique.values()], messages };
}

function footerStart(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return bytes.length - 10 - view.getInt32(bytes.length - 10, true);
}
