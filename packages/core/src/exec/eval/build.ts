/**
 * Making Arrow Data from the buffers the evaluator's kernels fill, and the one place that knows
 * which types are stored as fixed-width slots of a typed array.
 */
import { type Data, type DataType, makeData, makeVector, Type, vectorFromArray } from "apache-arrow";
import { emptyBits, nullsOf } from "./bitmaps.js";

type Props = Parameters<typeof makeData>[0] & Record<string, unknown>;

/** Calls makeData with props whose exact shape TypeScript cannot see for a type held as `DataType`. */
export function make(props: { type: DataType; length: number } & Record<string, unknown>): Data {
  return makeData(props as Props) as Data;
}

/** Any typed array, read and written element by element (numbers or bigints by its class). */
export interface AnyArray extends ArrayBufferView {
  readonly length: number;
  [i: number]: number | bigint;
  set(array: ArrayLike<number | bigint>, offset?: number): void;
  subarray(begin: number, end?: number): AnyArray;
  fill(value: number | bigint, start?: number, end?: number): AnyArray;
}

/** A typed-array constructor, as Arrow types name them in `ArrayType`. */
export type ArrayConstructor = new (length: number) => AnyArray;

/** How a fixed-width type stores a slot: `stride` elements of `ArrayType`. */
export interface FixedWidth {
  readonly ArrayType: ArrayConstructor;
  readonly stride: number;
}

/**
 * The storage of a fixed-width type (integers, floats, dates, times, timestamps, durations,
 * decimals, intervals, fixed-size binary), or undefined for Bool, variable-width, dictionary,
 * nested and Null types.
 * @param type - any Arrow type
 * @returns its array class and elements per slot
 */
export function fixedWidthOf(type: DataType): FixedWidth | undefined {
  const t = type as unknown as { ArrayType: ArrayConstructor; bitWidth: number; unit: number; byteWidth: number };
  switch (type.typeId) {
    case Type.Int: case Type.Float: case Type.Date: case Type.Time: case Type.Timestamp: case Type.Duration:
      return { ArrayType: t.ArrayType, stride: 1 };
    case Type.Decimal:
      return { ArrayType: Uint32Array as ArrayConstructor, stride: t.bitWidth / 32 };
    case Type.Interval:
      return { ArrayType: Int32Array as ArrayConstructor, stride: t.unit === 2 ? 4 : 1 + t.unit };
    case Type.FixedSizeBinary:
      return { ArrayType: Uint8Array as ArrayConstructor, stride: t.byteWidth };
    default:
      return undefined;
  }
}

/**
 * A Data of a fixed-width or Bool type from its values and validity.
 * @param type - the type
 * @param length - rows
 * @param values - the value buffer (bits for Bool), indexed from row 0
 * @param validity - aligned validity, or null when every row is valid
 */
export function valuesData(type: DataType, length: number, values: ArrayBufferView, validity: Uint8Array | null): Data {
  return make({ type, length, data: values, ...nullsOf(validity, length) });
}

/** A Utf8 or Binary Data from its offsets, bytes and validity. */
export function bytesData(type: DataType, length: number, offsets: Int32Array | BigInt64Array, bytes: Uint8Array, validity: Uint8Array | null): Data {
  return make({ type, length, valueOffsets: offsets, data: bytes, ...nullsOf(validity, length) });
}

/**
 * A Data of `length` nulls of any type.
 * @param type - the type
 * @param length - rows
 * @returns the all-null Data
 */
export function nullData(type: DataType, length: number): Data {
  const nulls = { nullCount: length, nullBitmap: emptyBits(length) };
  const fixed = fixedWidthOf(type);
  if (fixed !== undefined) return make({ type, length, data: new fixed.ArrayType(length * fixed.stride), ...nulls });
  switch (type.typeId) {
    case Type.Null:
      return make({ type, length });
    case Type.Bool:
      return make({ type, length, data: emptyBits(length), ...nulls });
    case Type.Utf8: case Type.Binary:
      return make({ type, length, valueOffsets: new Int32Array(length + 1), data: new Uint8Array(0), ...nulls });
    case Type.LargeUtf8: case Type.LargeBinary:
      return make({ type, length, valueOffsets: new BigInt64Array(length + 1), data: new Uint8Array(0), ...nulls });
    case Type.Dictionary: {
      const { indices, dictionary } = type as unknown as { indices: DataType; dictionary: DataType };
      const keys = new (fixedWidthOf(indices)!.ArrayType)(length);
      return make({ type, length, data: keys, dictionary: makeVector(nullData(dictionary, 0)), ...nulls });
    }
    default:
      // Nested types: Arrow's own builder knows their child layouts.
      return vectorFromArray(new Array<null>(length).fill(null), type).data[0] as Data;
  }
}
