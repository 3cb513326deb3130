import { type Data, type DataType, DateDay, makeData, makeVector, TimestampMillisecond, vectorFromArray } from "apache-arrow";

/** How {@link slicedColumn} lays out the chunk around the values. */
export interface SlicedColumnOptions {
  /** The value written under every null and in the padding. */
  readonly garbage: unknown;
  /** Rows of garbage before the slice starts. */
  readonly pad: number;
  /** Dates and millisecond timestamps take raw ticks instead of Arrow's builder's milliseconds. */
  readonly rawTicks?: boolean;
}

/**
 * A chunk holding `values` (null = missing) as a slice `pad` rows into its buffers, with
 * garbage under the nulls and around the slice, so a kernel that ignores the offset or the
 * validity bitmap reads the wrong thing.
 */
export function slicedColumn(type: DataType, values: readonly unknown[], { garbage, pad, rawTicks = false }: SlicedColumnOptions): Data {
  const filled = [...Array(pad).fill(garbage), ...values.map((v) => v ?? garbage), garbage];
  const raw = rawTicks && (type instanceof DateDay || type instanceof TimestampMillisecond);
  const base = raw
    ? makeVector(new (type.ArrayType as new (a: unknown[]) => Int32Array)(filled.map((v) => (type instanceof DateDay ? v : BigInt(v as number))))).data[0]
    : (vectorFromArray(filled, type).data[0] as Data);
  const bitmap = new Uint8Array(Math.ceil(filled.length / 8)).fill(0xff);
  values.forEach((v, i) => v === null && (bitmap[(pad + i) >> 3] &= ~(1 << ((pad + i) & 7))));
  const nullCount = values.filter((v) => v === null).length;
  const props = { type, length: filled.length, nullCount, nullBitmap: bitmap, data: base.values, valueOffsets: base.valueOffsets, dictionary: base.dictionary };
  return (makeData(props as never) as Data).slice(pad, values.length);
}
