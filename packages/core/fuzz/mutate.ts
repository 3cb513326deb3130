/**
 * The mutators: each takes an input and returns a changed copy, aimed at the places where readers
 * go wrong — length, count and offset fields, message boundaries, whole messages — as well as
 * blind bit flips and random bytes.
 */
import type { Rng } from "../src/testing/random.js";
import type { Anatomy } from "./anatomy.js";

type Mutator = (bytes: Uint8Array, rng: Rng, self: Anatomy, others: readonly Anatomy[]) => Uint8Array;

const interestingBytes = [0x00, 0x01, 0x7f, 0x80, 0xff, 0xfe];

/** Values a length, count or offset field is set to, per width, besides ones derived from the old value. */
const interesting: Record<1 | 2 | 4 | 8, bigint[]> = {
  1: [0n, 1n, 2n, 3n, 4n, 5n, 0x7fn, 0x80n, 0xffn, 27n],
  2: [0n, 1n, 2n, 3n, 4n, 5n, 0x7fffn, 0x8000n, 0xffffn],
  4: [0n, 1n, 8n, 0x7fffffffn, 0x80000000n, 0xffffffffn, 0xfffffff8n, 0x10000n],
  8: [0n, 1n, 8n, 2n ** 31n, 2n ** 32n, 2n ** 53n + 1n, 2n ** 62n, 2n ** 63n - 1n, 2n ** 63n, 2n ** 64n - 1n, 2n ** 64n - 8n],
};

function readField(bytes: Uint8Array, pos: number, width: 1 | 2 | 4 | 8): bigint {
  let value = 0n;
  for (let i = width - 1; i >= 0; i--) value = (value << 8n) | BigInt(bytes[pos + i] ?? 0);
  return value;
}

function writeField(bytes: Uint8Array, pos: number, width: 1 | 2 | 4 | 8, value: bigint): void {
  let v = BigInt.asUintN(width * 8, value);
  for (let i = 0; i < width && pos + i < bytes.length; i++) {
    bytes[pos + i] = Number(v & 0xffn);
    v >>= 8n;
  }
}

function splice(bytes: Uint8Array, start: number, count: number, insert: Uint8Array = new Uint8Array()): Uint8Array {
  const at = Math.max(0, Math.min(start, bytes.length));
  const remove = Math.max(0, Math.min(count, bytes.length - at));
  const out = new Uint8Array(bytes.length - remove + insert.length);
  out.set(bytes.subarray(0, at));
  out.set(insert, at);
  out.set(bytes.subarray(at + remove), at + insert.length);
  return out;
}

function message(rng: Rng, anatomy: Anatomy): readonly [number, number] | undefined {
  return anatomy.messages.length === 0 ? undefined : rng.pick(anatomy.messages);
}

/** Every mutator, by name; the generator picks among them. */
export const MUTATORS: Record<string, Mutator> = {
  bitFlip(bytes, rng) {
    const out = bytes.slice();
    for (let n = rng.int(1, 4); n > 0 && out.length > 0; n--) out[rng.int(0, out.length - 1)] ^= 1 << rng.int(0, 7);
    return out;
  },
  byteSet(bytes, rng) {
    const out = bytes.slice();
    for (let n = rng.int(1, 3); n > 0 && out.length > 0; n--) out[rng.int(0, out.length - 1)] = rng.chance(0.5) ? rng.pick(interestingBytes) : rng.int(0, 255);
    return out;
  },
  hotBytes(bytes, rng, self) {
    const out = bytes.slice();
    const [from, to] = self.hot ?? [0, out.length];
    for (let n = rng.int(1, 3); n > 0 && to > from; n--) {
      const at = rng.int(from, Math.min(to, out.length) - 1);
      out[at] = rng.chance(0.5) ? rng.pick(interestingBytes) : out[at] ^ (1 << rng.int(0, 7));
    }
    return out;
  },
  fieldSet(bytes, rng, self) {
    const out = bytes.slice();
    if (self.sites.length === 0) return out;
    const site = rng.pick(self.sites);
    const old = readField(out, site.pos, site.width);
    const derived = [old + 1n, old - 1n, old * 2n, old + 8n, old - 8n, -old, BigInt.asUintN(site.width * 8, -1n), BigInt(rng.uint32())];
    writeField(out, site.pos, site.width, rng.chance(0.5) ? rng.pick(interesting[site.width]) : rng.pick(derived));
    return out;
  },
  fieldCopy(bytes, rng, self) {
    const out = bytes.slice();
    const sites = self.sites;
    if (sites.length < 2) return out;
    const to = rng.pick(sites);
    const from = rng.pick(sites.filter((s) => s.width === to.width));
    writeField(out, to.pos, to.width, readField(bytes, from.pos, from.width));
    return out;
  },
  truncateAtBoundary(bytes, rng, self) {
    const bounds = self.messages.flatMap(([s, e]) => [s, e, s + 4, s + 8]);
    const at = bounds.length === 0 ? rng.int(0, bytes.length) : rng.pick(bounds) + (rng.chance(0.3) ? rng.int(-2, 2) : 0);
    return bytes.slice(0, Math.max(0, Math.min(bytes.length, at)));
  },
  truncateRandom(bytes, rng) {
    return bytes.slice(0, rng.int(0, bytes.length));
  },
  cutTail(bytes, rng) {
    return bytes.slice(0, Math.max(0, bytes.length - rng.int(1, 16)));
  },
  removeMessage(bytes, rng, self) {
    const m = message(rng, self);
    return m === undefined ? bytes : splice(bytes, m[0], m[1] - m[0]);
  },
  duplicateMessage(bytes, rng, self) {
    const m = message(rng, self);
    if (m === undefined) return bytes;
    const at = rng.pick(self.messages)[rng.int(0, 1)];
    return splice(bytes, at, 0, bytes.slice(m[0], m[1]));
  },
  spliceForeign(bytes, rng, self, others) {
    const other = rng.pick(others.filter((o) => o.seed.format === self.seed.format));
    const m = message(rng, other);
    const at = message(rng, self);
    if (m === undefined || at === undefined) return bytes;
    const replace = rng.chance(0.5);
    return splice(bytes, at[0], replace ? at[1] - at[0] : 0, other.seed.bytes.slice(m[0], m[1]));
  },
  swapMessages(bytes, rng, self) {
    if (self.messages.length < 2) return bytes;
    const [a, b] = [rng.pick(self.messages), rng.pick(self.messages)].sort((x, y) => x[0] - y[0]);
    if (a[1] > b[0]) return bytes;
    const out = bytes.slice(0, a[0]);
    return Uint8Array.from([...out, ...bytes.slice(b[0], b[1]), ...bytes.slice(a[1], b[0]), ...bytes.slice(a[0], a[1]), ...bytes.slice(b[1])]);
  },
  insertRandom(bytes, rng) {
    const insert = Uint8Array.from({ length: rng.int(1, 16) }, () => rng.int(0, 255));
    return splice(bytes, rng.int(0, bytes.length), 0, insert);
  },
  deleteRange(bytes, rng) {
    const at = rng.int(0, bytes.length);
    return splice(bytes, at, Math.min(bytes.length - at, rng.int(1, 32)));
  },
  randomBytes(bytes, rng) {
    const body = Uint8Array.from({ length: rng.int(0, 256) }, () => rng.int(0, 255));
    const prefix = rng.pick([[], [0x41, 0x52, 0x52, 0x4f, 0x57, 0x31, 0, 0], [0xff, 0xff, 0xff, 0xff]]);
    return rng.chance(0.7) ? Uint8Array.from([...prefix, ...body]) : splice(bytes, rng.int(0, bytes.length), 0, body);
  },
};

const WEIGHTS: [string, number][] = [
  ["bitFlip", 14], ["byteSet", 10], ["hotBytes", 6], ["fieldSet", 30], ["fieldCopy", 6], ["truncateAtBoundary", 8], ["truncateRandom", 4], ["cutTail", 3],
  ["removeMessage", 4], ["duplicateMessage", 4], ["spliceForeign", 5], ["swapMessages", 3], ["insertRandom", 3], ["deleteRange", 3], ["randomBytes", 1],
];
const TOTAL = WEIGHTS.reduce((s, [, w]) => s + w, 0);

function pickMutator(rng: Rng): string {
  let r = rng.next() * TOTAL;
  for (const [name, weight] of WEIGHTS) if ((r -= weight) < 0) return name;
  return WEIGHTS[0][0];
}

/**
 * One mutated input: 1 to 3 mutations of a seed, drawn from the generated IPC seeds (40%), the
 * committed IPC files (35%) and the committed Parquet files (25%), when there are any.
 * @param rng - the input's own generator
 * @param seeds - every seed's anatomy
 * @returns the bytes and the names of the mutations applied
 */
export function mutant(rng: Rng, seeds: readonly Anatomy[]): { bytes: Uint8Array; recipe: string } {
  const groups = [
    [0.4, seeds.filter((s) => !s.seed.committed)],
    [0.35, seeds.filter((s) => s.seed.committed && s.seed.format === "ipc")],
    [0.25, seeds.filter((s) => s.seed.format === "parquet")],
  ] as const;
  let draw = rng.next() * groups.reduce((sum, [weight, group]) => sum + (group.length > 0 ? weight : 0), 0);
  const group = groups.find(([weight, group]) => group.length > 0 && (draw -= weight) < 0)?.[1] ?? groups[0][1];
  const self = rng.pick(group);
  let bytes = self.seed.bytes;
  const steps: string[] = [];
  for (let n = rng.chance(0.6) ? 1 : rng.int(2, 3); n > 0; n--) {
    const name = pickMutator(rng);
    bytes = MUTATORS[name](bytes, rng, self, seeds);
    steps.push(name);
  }
  return { bytes, recipe: `${self.seed.name}: ${steps.join(", ")}` };
}
