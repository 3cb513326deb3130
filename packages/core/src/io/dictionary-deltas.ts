import { type Data, type Dictionary, makeData, RecordBatch, type Schema, Type, Vector } from "apache-arrow";

/**
 * Rewrites batches so that each dictionary column's dictionary only grows: a batch whose
 * dictionary differs from the one written so far gets that dictionary followed by its own
 * entries, its keys shifted past the earlier ones. The Arrow file format allows such delta
 * dictionaries but not replacements, and sources such as Parquet give each batch its own.
 */
export class GrowingDictionaries {
  /** Per column index, the dictionary written so far. */
  private readonly written = new Map<number, Vector>();

  constructor(private readonly schema: Schema) {}

  /**
   * The batch with its dictionary columns over the grown dictionaries.
   * @throws RangeError naming the column when the grown dictionary outgrows its key type
   */
  rewrite(batch: RecordBatch): RecordBatch {
    let changed = false;
    const children = batch.data.children.map((data, i) => {
      if (data.type.typeId !== Type.Dictionary || data.dictionary === undefined) return data;
      const grown = this.grow(i, data);
      changed ||= grown !== data;
      return grown;
    });
    if (!changed) return batch;
    return new RecordBatch(this.schema, makeData({ type: batch.data.type, length: batch.numRows, nullCount: 0, children }));
  }

  private grow(column: number, data: Data): Data {
    const dictionary = data.dictionary!;
    const before = this.written.get(column);
    if (before === undefined || before === dictionary) {
      this.written.set(column, dictionary);
      return data;
    }
    const type = data.type as Dictionary;
    const shift = before.length;
    const maxKey = 2 ** (type.indices.bitWidth - (type.indices.isSigned ? 1 : 0)) - 1;
    if (shift + dictionary.length - 1 > maxKey) {
      const name = this.schema.fields[column].name;
      throw new RangeError(`column "${name}": its batches' dictionaries hold ${shift + dictionary.length} entries, more than ${String(type.indices)} keys can address; cast it to its value type first`);
    }
    const grown = new Vector([...before.data, ...dictionary.data]);
    this.written.set(column, grown);
    const keys = data.values as Int8Array | Int16Array | Int32Array | BigInt64Array;
    const shifted = keys.slice(0, data.length) as typeof keys;
    if (shifted instanceof BigInt64Array || shifted instanceof BigUint64Array) for (let i = 0; i < shifted.length; i++) shifted[i] += BigInt(shift);
    else for (let i = 0; i < shifted.length; i++) (shifted as Int32Array)[i] += shift;
    // The keys are narrowed to the slice already; the validity bitmap still counts from `offset`.
    return makeData({ type, offset: data.offset, length: data.length, nullCount: data.nullCount, nullBitmap: data.nullBitmap, data: shifted, dictionary: grown } as never);
  }
}
