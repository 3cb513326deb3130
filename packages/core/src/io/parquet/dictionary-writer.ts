import type { DecodedArray } from "hyparquet";
import { type Data, type DataType, type Dictionary, makeData, Vector } from "apache-arrow";
import { ChunkError } from "./errors.js";
import { Indexed, type ValueWriter } from "./value-writers.js";

/**
 * Writes a dictionary-encoded string chunk as Arrow Dictionary<Utf8, Int32>: the page's indices
 * become the keys, the dictionary page the dictionary, so no string is copied per row. Values of
 * a page written without the dictionary (a writer's fallback once its dictionary grew) join the
 * dictionary after its entries, which Arrow allows to repeat.
 */
export class DictionaryWriter implements ValueWriter {
  readonly takesIndexed = true;
  private readonly keys: Int32Array;
  private dictionary: DecodedArray | undefined;
  /** Values of pages written without the dictionary; their keys are stored as -1 - position. */
  private readonly extra: Uint8Array[] = [];

  constructor(
    private readonly type: DataType,
    private readonly length: number,
  ) {
    this.keys = new Int32Array(length);
  }

  writeRun(at: number, values: DecodedArray | Indexed, from: number, count: number): void {
    const keys = this.keys;
    if (!(values instanceof Indexed)) {
      for (let i = 0; i < count; i++) {
        keys[at + i] = -1 - this.extra.length;
        this.extra.push((values as Uint8Array[])[from + i]);
      }
      return;
    }
    this.dictionary = values.dictionary;
    const size = values.dictionary.length;
    const indices = values.indices;
    for (let i = 0; i < count; i++) {
      const index = indices[from + i];
      if (!(index < size)) throw new ChunkError(`dictionary index ${index} is out of range for a dictionary of ${size} values`);
      keys[at + i] = index;
    }
  }

  finish(nullCount: number, validity: Uint8Array | null): Data {
    const entries = [...((this.dictionary ?? []) as Uint8Array[]), ...this.extra];
    if (this.extra.length > 0) {
      const base = entries.length - this.extra.length;
      for (let i = 0; i < this.length; i++) if (this.keys[i] < 0) this.keys[i] = base - 1 - this.keys[i];
    }
    const dictionary = new Vector([utf8Data((this.type as Dictionary).dictionary, entries)]);
    return makeData({ type: this.type as Dictionary, length: this.length, nullCount, nullBitmap: validity, data: this.keys, dictionary });
  }
}

/** Strings as one Utf8 column: their bytes end to end, and where each ends. */
function utf8Data(type: DataType, entries: readonly Uint8Array[]): Data {
  const offsets = new Int32Array(entries.length + 1);
  let total = 0;
  entries.forEach((e, i) => (offsets[i + 1] = total += e.length));
  if (total > 2 ** 31 - 1) throw new RangeError("a dictionary holds more than the 2 GiB of string bytes one Arrow column can");
  const bytes = new Uint8Array(total);
  entries.forEach((e, i) => bytes.set(e, offsets[i]));
  return makeData({ type: type as never, length: entries.length, nullCount: 0, valueOffsets: offsets, data: bytes } as never);
}
