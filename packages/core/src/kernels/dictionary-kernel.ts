import type { Data, DataType, Dictionary, Vector } from "apache-arrow";
import type { ArgKernel } from "./arg-kernel.js";
import { orderedAs } from "./ordered-as.js";
import { compareScalars, isNaNScalar, type Scalar } from "./scalar.js";
import { scanNumbers } from "./scan/numbers.js";
import { isValidAt, validityOf } from "./validity.js";

/** The order of a dictionary's entries: equal values share a rank; NaN entries rank NaN. */
interface DictionaryRanks {
  readonly rank: Float64Array;
  /** Null entries: a key pointing at one is a null slot. */
  readonly isNull: Uint8Array | null;
}

const ranksCache = new WeakMap<Vector, DictionaryRanks>();

/**
 * Arg-reduction of dictionary-encoded columns by their values, never by their codes: each
 * dictionary is ranked once, then a chunk is scanned as the ranks its keys point at.
 * @param type - the Dictionary type
 * @param kernelFor - the kernel dispatch, for the dictionary's value type
 */
export function dictionaryKernel(type: DataType, kernelFor: (t: DataType) => ArgKernel): ArgKernel {
  const valueKernel = kernelFor((type as Dictionary).dictionary);
  return {
    scan(d, mode) {
      const { ranks, bitmap, offset } = dictionarySlots(d, kernelFor);
      return scanNumbers(ranks, bitmap, offset, d.length, mode);
    },
    read(d, i) {
      const [chunk, at] = locate(d.dictionary!, Number(d.values[i]));
      return valueKernel.read(chunk, at);
    },
  };
}

/** A dictionary chunk seen as numbers: what scans and sorts of its values read. */
export interface DictionarySlots {
  /** The rank of each slot's entry, indexed from 0 (NaN for a NaN entry). */
  readonly ranks: Float64Array;
  /** The validity to honour: a slot whose key points at a null entry is null too. */
  readonly bitmap: Uint8Array | null;
  /** Bit offset of slot 0 in `bitmap`. */
  readonly offset: number;
}

/**
 * The ranks of a dictionary chunk's slots and their validity, the entries ranked once per
 * dictionary.
 * @param d - the chunk
 * @param kernelFor - the kernel dispatch, for the dictionary's value type
 */
export function dictionarySlots(d: Data, kernelFor: (t: DataType) => ArgKernel): DictionarySlots {
  const { rank, isNull } = ranksOf(d.dictionary!, kernelFor(orderedAs((d.type as Dictionary).dictionary)));
  const keys = d.values as ArrayLike<number | bigint>;
  const ranks = new Float64Array(d.length);
  for (let i = 0; i < d.length; i++) ranks[i] = rank[Number(keys[i])];
  if (isNull === null) return { ranks, bitmap: validityOf(d), offset: d.offset };
  return { ranks, bitmap: slotValidity(d, keys, isNull), offset: 0 };
}

/**
 * The order of a dictionary's entries, computed once per dictionary: equal values share a rank,
 * NaN entries rank NaN, and `isNull` marks null entries (null when there are none).
 * @param dictionary - the dictionary vector of a chunk
 * @param kernel - the kernel of the dictionary's value type
 */
function ranksOf(dictionary: Vector, kernel: ArgKernel): DictionaryRanks {
  let ranks = ranksCache.get(dictionary);
  if (ranks === undefined) {
    ranks = rankEntries(dictionary, kernel);
    ranksCache.set(dictionary, ranks);
  }
  return ranks;
}

function rankEntries(dictionary: Vector, kernel: ArgKernel): DictionaryRanks {
  const values: (Scalar | null)[] = [];
  for (const chunk of dictionary.data) {
    const bitmap = validityOf(chunk);
    for (let i = 0; i < chunk.length; i++) {
      values.push(isValidAt(bitmap, chunk.offset, i) ? kernel.read(chunk, i) : null);
    }
  }
  const rank = new Float64Array(values.length).fill(NaN);
  const isNull = values.includes(null) ? Uint8Array.from(values, (v) => (v === null ? 1 : 0)) : null;
  const ordered = values
    .map((_, i) => i)
    .filter((i) => values[i] !== null && !isNaNScalar(values[i]))
    .sort((a, b) => compareScalars(values[a]!, values[b]!));
  let current = -1;
  ordered.forEach((entry, k) => {
    if (k === 0 || compareScalars(values[ordered[k - 1]]!, values[entry]!) !== 0) current++;
    rank[entry] = current;
  });
  return { rank, isNull };
}

/** A bitmap (offset 0) of slots that are valid and whose key points at a non-null entry. */
function slotValidity(d: Data, keys: ArrayLike<number | bigint>, isNull: Uint8Array): Uint8Array {
  const bitmap = validityOf(d);
  const out = new Uint8Array((d.length + 7) >> 3);
  for (let i = 0; i < d.length; i++) {
    if (isValidAt(bitmap, d.offset, i) && isNull[Number(keys[i])] === 0) out[i >> 3] |= 1 << (i & 7);
  }
  return out;
}

function locate(vector: Vector, index: number): [Data, number] {
  let at = index;
  for (const chunk of vector.data) {
    if (at < chunk.length) return [chunk, at];
    at -= chunk.length;
  }
  throw new RangeError(`dictionary key ${index} is out of range for a dictionary of ${vector.length} entries`);
}
