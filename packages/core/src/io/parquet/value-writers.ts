import type { DecodedArray } from "hyparquet";
import { type Data, type DataType, makeData, Type } from "apache-arrow";
import { allocateArray, type LeasableClass } from "../../memory/index.js";
import { readsIntoHeap } from "../heap-types.js";
import { ChunkError } from "./errors.js";

/**
 * Writes a column chunk's decoded Parquet values straight into the typed arrays of one Arrow
 * column: no row objects, no JavaScript strings. One writer per Arrow layout.
 */
export interface ValueWriter {
  /** Whether `writeRun` takes dictionary indices ({@link Indexed}) rather than looked-up values. */
  readonly takesIndexed?: boolean;
  /**
   * Writes `count` present values, `values[from…from+count)`, into rows `at…at+count`; rows
   * arrive in increasing order.
   * @param values - the physical values of one page (typed array or array), or its dictionary indices
   */
  writeRun(at: number, values: DecodedArray | Indexed, from: number, count: number): void;
  /**
   * The finished column.
   * @param validity - the validity bitmap, or null when no row is null
   */
  finish(nullCount: number, validity: Uint8Array | null): Data;
}

/** A dictionary page's indices, with the dictionary they index. */
export class Indexed {
  constructor(
    readonly indices: ArrayLike<number>,
    readonly dictionary: DecodedArray,
  ) {}

  get length(): number {
    return this.indices.length;
  }
}

type TypedArray = Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array | BigInt64Array | BigUint64Array;
type TypedArrayConstructor = new (length: number) => TypedArray;

/**
 * A writer for a column of `length` rows of the given Arrow type.
 * @param physical - the Parquet physical type the values arrive as
 * @param inHeap - put a number column in the WebAssembly heap (see HeapScanOptions.inHeap)
 */
export function valueWriter(type: DataType, physical: string, length: number, inHeap = false): ValueWriter {
  switch (type.typeId) {
    case Type.Bool:
      return new BoolWriter(type, length);
    case Type.Utf8:
    case Type.Binary:
      return new BytesWriter(type, length);
    case Type.FixedSizeBinary:
      return new FixedBytesWriter(type, length, (type as unknown as { byteWidth: number }).byteWidth);
    case Type.Decimal:
      return new DecimalWriter(type, length);
    case Type.Float:
      if ((type as unknown as { precision: number }).precision === 0) return new NumericWriter(type, Uint16Array, length, false, float16Bits);
      return new NumericWriter(type, (type as unknown as { ArrayType: TypedArrayConstructor }).ArrayType, length, inHeap && readsIntoHeap(type));
    default:
      return new NumericWriter(type, (type as unknown as { ArrayType: TypedArrayConstructor }).ArrayType, length, inHeap && readsIntoHeap(type), physical === "INT96" ? int96Nanos : undefined);
  }
}

/**
 * Fixed-width numbers: a bulk copy when the page's values are already a typed array. The column's
 * array is made at the first write that does not fill it whole, so that a single page's own array
 * can become the column instead.
 */
class NumericWriter implements ValueWriter {
  private values: TypedArray | undefined;

  constructor(
    private readonly type: DataType,
    private readonly ArrayType: TypedArrayConstructor,
    private readonly length: number,
    private readonly inHeap: boolean,
    private readonly convert?: (raw: unknown) => number | bigint,
  ) {}

  writeRun(at: number, values: DecodedArray | Indexed, from: number, count: number): void {
    if (this.convert === undefined && ArrayBuffer.isView(values)) {
      // One page holding the whole column in the right type: its array is the column, no copy.
      if (at === 0 && count === this.length && this.values === undefined && values.constructor === this.ArrayType) {
        this.values = (values as TypedArray).subarray(from, from + count);
        return;
      }
      (this.array() as Float64Array).set((values as TypedArray).subarray(from, from + count) as Float64Array, at);
      return;
    }
    const out = this.array() as unknown as { [i: number]: unknown };
    const convert = this.convert;
    const bigint = this.ArrayType === BigInt64Array || this.ArrayType === BigUint64Array;
    for (let i = 0; i < count; i++) {
      const raw = (values as ArrayLike<unknown>)[from + i];
      const value = convert === undefined ? raw : convert(raw);
      out[at + i] = bigint && typeof value !== "bigint" ? BigInt(value as number) : value;
    }
  }

  finish(nullCount: number, validity: Uint8Array | null): Data {
    return fixedWidthData(this.type, this.length, nullCount, validity, this.array());
  }

  /** The column's array (a heap block holds whatever it held before under null rows, as Arrow allows). */
  private array(): TypedArray {
    this.values ??= this.inHeap ? allocateArray(this.ArrayType as unknown as LeasableClass<TypedArray>, this.length) : new this.ArrayType(this.length);
    return this.values;
  }
}

class BoolWriter implements ValueWriter {
  private readonly bits: Uint8Array;

  constructor(
    private readonly type: DataType,
    private readonly length: number,
  ) {
    this.bits = new Uint8Array((length + 7) >> 3);
  }

  writeRun(at: number, values: DecodedArray | Indexed, from: number, count: number): void {
    for (let i = 0; i < count; i++) if ((values as ArrayLike<unknown>)[from + i]) this.bits[(at + i) >> 3] |= 1 << ((at + i) & 7);
  }

  finish(nullCount: number, validity: Uint8Array | null): Data {
    return fixedWidthData(this.type, this.length, nullCount, validity, this.bits);
  }
}

/**
 * Utf8 and Binary, appended in row order straight into one growing data buffer (rows arrive in
 * order; the offsets of null rows between them repeat the end). Dictionary pages pass their
 * indices, so each row's bytes are copied from the dictionary with no per-row object.
 */
class BytesWriter implements ValueWriter {
  readonly takesIndexed = true;
  private readonly offsets: Int32Array;
  private data = new Uint8Array(1 << 16);
  private end = 0;
  /** Rows whose end offset is set. */
  private done = 0;

  constructor(
    private readonly type: DataType,
    private readonly length: number,
  ) {
    this.offsets = new Int32Array(length + 1);
  }

  writeRun(at: number, values: DecodedArray | Indexed, from: number, count: number): void {
    this.skipTo(at);
    if (values instanceof Indexed) {
      const dictionary = values.dictionary as Uint8Array[];
      for (let i = 0; i < count; i++) {
        const index = values.indices[from + i];
        if (!(index < dictionary.length)) throw new ChunkError(`dictionary index ${index} is out of range for a dictionary of ${dictionary.length} values`);
        this.append(dictionary[index]);
      }
    } else {
      for (let i = 0; i < count; i++) this.append((values as Uint8Array[])[from + i]);
    }
  }

  finish(nullCount: number, validity: Uint8Array | null): Data {
    this.skipTo(this.length);
    return makeData({ type: this.type as never, length: this.length, nullCount, nullBitmap: validity, valueOffsets: this.offsets, data: this.data.subarray(0, this.end) } as never);
  }

  private append(piece: Uint8Array): void {
    const n = piece.length;
    if (this.end + n > this.data.length) this.grow(this.end + n);
    const data = this.data;
    if (n < 16) for (let k = 0; k < n; k++) data[this.end + k] = piece[k];
    else data.set(piece, this.end);
    this.end += n;
    this.offsets[++this.done] = this.end;
  }

  /** Null rows up to `row` end where the last value ended. */
  private skipTo(row: number): void {
    while (this.done < row) this.offsets[++this.done] = this.end;
  }

  private grow(needed: number): void {
    if (needed > 2 ** 31 - 1) throw new RangeError(`a column chunk holds more than the 2 GiB of string bytes one Arrow column can`);
    const data = new Uint8Array(Math.min(2 ** 31 - 1, Math.max(needed, this.data.length * 2)));
    data.set(this.data.subarray(0, this.end));
    this.data = data;
  }
}

class FixedBytesWriter implements ValueWriter {
  private readonly data: Uint8Array;

  constructor(
    private readonly type: DataType,
    private readonly length: number,
    private readonly width: number,
  ) {
    this.data = new Uint8Array(length * width);
  }

  writeRun(at: number, values: DecodedArray | Indexed, from: number, count: number): void {
    for (let i = 0; i < count; i++) this.data.set((values as Uint8Array[])[from + i].subarray(0, this.width), (at + i) * this.width);
  }

  finish(nullCount: number, validity: Uint8Array | null): Data {
    return fixedWidthData(this.type, this.length, nullCount, validity, this.data);
  }
}

/** Decimal128 from any storage: INT32, INT64, or big-endian two's-complement bytes. */
class DecimalWriter implements ValueWriter {
  private readonly words: Uint32Array;

  constructor(
    private readonly type: DataType,
    private readonly length: number,
  ) {
    this.words = new Uint32Array(length * 4);
  }

  writeRun(at: number, values: DecodedArray | Indexed, from: number, count: number): void {
    for (let i = 0; i < count; i++) {
      const raw = (values as ArrayLike<unknown>)[from + i];
      const value = raw instanceof Uint8Array ? bigEndianInteger(raw) : BigInt(raw as number | bigint);
      const unsigned = BigInt.asUintN(128, value);
      const base = (at + i) * 4;
      for (let w = 0; w < 4; w++) this.words[base + w] = Number((unsigned >> BigInt(32 * w)) & 0xffffffffn);
    }
  }

  finish(nullCount: number, validity: Uint8Array | null): Data {
    return fixedWidthData(this.type, this.length, nullCount, validity, this.words);
  }
}

/** A big-endian two's-complement integer of any width. */
function bigEndianInteger(bytes: Uint8Array): bigint {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  return bytes.length > 0 && bytes[0] & 0x80 ? value - (1n << BigInt(bytes.length * 8)) : value;
}

/** A FLOAT16 is two little-endian bytes; Arrow keeps the same bits in a Uint16Array. */
function float16Bits(raw: unknown): number {
  const bytes = raw as Uint8Array;
  return bytes[0] | (bytes[1] << 8);
}

/**
 * INT96: nanoseconds of the day in the low 64 bits, the Julian day in the high 32. It reads as a
 * nanosecond timestamp; one outside that range (before 1677 or after 2262) is refused rather
 * than wrapped.
 */
function int96Nanos(raw: unknown): bigint {
  const value = raw as bigint;
  const days = (value >> 64n) - 2440588n;
  const nanos = days * 86400000000000n + (value & 0xffffffffffffffffn);
  if (nanos !== BigInt.asIntN(64, nanos)) {
    throw new ChunkError(`an INT96 timestamp ${days} days from 1970-01-01 lies outside the nanosecond timestamp range (years 1677–2262)`);
  }
  return nanos;
}

/** A column of fixed-width values (numbers, bits, bytes, decimal words) with its validity. */
function fixedWidthData(type: DataType, length: number, nullCount: number, validity: Uint8Array | null, data: ArrayBufferView): Data {
  return makeData({ type: type as never, length, nullCount, nullBitmap: validity, data } as never);
}
