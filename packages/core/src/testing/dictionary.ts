import { Dictionary, Int32, Utf8, Vector, type Data } from "apache-arrow";
import { make, varWidthEncoder } from "./encode";
import type { Rng } from "./random";
import { defineSpec, type Encode, type KindSpec, type Slot } from "./spec";
import { edgeStrings, garbageString, utf8Bytes } from "./strings";
import type { ColumnOptions } from "./types";

/** A dictionary and where each of its strings sits in it. */
interface DictionaryPlan {
  readonly vector: Vector;
  readonly size: number;
  readonly positions: ReadonlyMap<string, readonly number[]>;
}

/**
 * Lays out a dictionary holding `used`, shuffled (so unsorted), with a few duplicated and a few
 * unused entries; the dictionary vector is sometimes two chunks, and its chunks are often slices.
 */
function planDictionary(type: Dictionary, used: readonly string[], rng: Rng): DictionaryPlan {
  const entries = [...new Set(used)];
  const duplicates = entries.length === 0 ? 0 : rng.int(0, 2);
  for (let i = 0; i < duplicates; i++) entries.push(rng.pick(entries));
  const unused = rng.int(entries.length === 0 ? 1 : 0, 3);
  for (let i = 0; i < unused; i++) entries.push(garbageString(rng));
  rng.shuffle(entries);

  const positions = new Map<string, number[]>();
  entries.forEach((entry, i) => positions.set(entry, [...(positions.get(entry) ?? []), i]));

  const encode = varWidthEncoder(type.dictionary, utf8Bytes, false, rng);
  const cut = entries.length > 1 && rng.chance(0.25) ? rng.int(1, entries.length - 1) : entries.length;
  const chunks = [entries.slice(0, cut), entries.slice(cut)].filter((part, i) => i === 0 || part.length > 0);
  const data = chunks.map((part) => {
    const pad = rng.chance(0.5) ? 0 : rng.int(1, 9);
    const slots = [...Array.from({ length: pad }, () => garbageString(rng)), ...part].map((raw) => ({ raw, valid: true }));
    return encode(slots, slots.length, undefined).slice(pad, part.length);
  });
  return { vector: new Vector(data), size: entries.length, positions };
}

/** A key nobody should read: often out of range, so a gather that ignores validity fails loudly. */
function garbageKey(plan: DictionaryPlan, rng: Rng): number {
  return rng.pick([-1, plan.size, 0x7fff_ffff, -0x8000_0000, rng.int(0, Math.max(0, plan.size - 1))]);
}

function keyFor(slot: Slot<string>, plan: DictionaryPlan, rng: Rng): number {
  if (!slot.valid) return garbageKey(plan, rng);
  const at = plan.positions.get(slot.raw);
  // Valid padding slots outside the column may hold a string a shared dictionary lacks.
  if (at === undefined) return rng.int(0, plan.size - 1);
  return rng.pick(at);
}

/**
 * Makes the encoder of a dictionary column (utf8 values, int32 keys). Unless `options.dictionaries`
 * is `"shared"`, each Data may get its own dictionary; arrow-js accepts a Vector (and a Table of
 * record batches) whose chunks carry different dictionaries.
 * @param type The column's Dictionary type, shared by every chunk.
 * @param cells The column's strings, null for nulls.
 * @param rng Source of randomness.
 * @param options The column options.
 * @returns The encoder.
 * @example dictionaryEncoder(new Dictionary(new Utf8(), new Int32()), ["b", null, "a"], rng, {})
 */
function dictionaryEncoder(type: Dictionary, cells: readonly (string | null)[], rng: Rng, options: ColumnOptions): Encode<string> {
  const used = cells.filter((cell): cell is string => cell !== null);
  const shared = options.dictionaries === "shared" || rng.chance(0.5) ? planDictionary(type, used, rng) : undefined;
  return (slots, length, nullBitmap): Data => {
    const plan = shared ?? planDictionary(type, slots.filter((slot) => slot.valid).map((slot) => slot.raw), rng);
    const data = Int32Array.from(slots, (slot) => keyFor(slot, plan, rng));
    return make({ type, length, nullBitmap, data, dictionary: plan.vector });
  };
}

/** Spec of the dictionary kind: strings dictionary-encoded with int32 keys. */
export const DICTIONARY_SPEC: KindSpec<unknown> = defineSpec<string>({
  kind: "dictionary",
  type: () => new Dictionary(new Utf8(), new Int32()),
  value: edgeStrings(),
  garbage: garbageString,
  cell: (raw) => raw,
  encoder: (type, cells, rng, options) => dictionaryEncoder(type as Dictionary, cells, rng, options),
});
