import type { DecodedArray } from "hyparquet";
import { type Data, type DataType, makeData, Type } from "apache-arrow";

/**
 * Writes a column chunk's decoded Parquet values straight into the typed arrays of one Arrow
 * column: no row objects, no JavaScript strings. One writer per Arrow layout.
 */
export interface ValueWriter {
  /**
   * Writes `count` present values, `values[from…from+count)`, into rows `at…at+count`.
   * @param values - the physical values of one page (typed array or array)
   */
  writeRun(at: number, values: DecodedArray, from: number, count: number): void;
  /**
   * The finished column.
   * @param validity - the validity bitmap, or null when no row is null
   */
  finish(nullCount: number, validity: Uint8Array | null): Data;
}

type TypedArray = Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array | BigInt64Array | BigUint64Array;
type TypedArrayConstructor = new (length: number) => TypedArray;

/**
 * A writer for a column of `length` rows of the given Arrow type.
 * @param physical - the Parquet physical type the values arrive as
 */
export function valueWriter(type: DataType, physical: string, length: number): ValueWriter {
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
      if ((type as unknown as { precision: number }).precision === 0) return new NumericWriter(type, Uint16Array, length, float16Bits);
      return new NumericWriter(type, (type as unknown as { ArrayType: TypedArrayConstructor }).ArrayType, length);
    default:
      return new NumericWriter(type, (type as unknown as { ArrayType: TypedArrayConstructor }).ArrayType, length, physical === "INT96" ? int96Nanos : undefined);
  }
}

/** Fixed-width numbers: a bulk copy when the page's values are already a typed array. */
class NumericWriter implements ValueWriter {
  private readonly values: TypedArray;

  constructor(
    private readonly type: DataType,
    ArrayType: TypedArrayConstructor,
    private readonly length: number,
    private readonly convert?: (raw: unknown) => number | bigint,
  ) {
    this.values = new ArrayType(length);
  }

  writeRun(at: number, values: DecodedArray, from: number, count: number): void {
    const out = this.values as unknown as { [i: number]: unknown; set(a: ArrayLike<unknown>, at: number): void };
    if (this.convert === undefined && ArrayBuffer.isView(values)) {
      out.set((values as TypedArray).subarray(from, from + count) as ArrayLike<unknown>, at);
      return;
    }
    const convert = this.convert;
    const bigint = this.values instanceof BigInt64Array || this.values instanceof BigUint64Array;
    for (let i = 0; i < count; i++) {
      const raw = (values as ArrayLike<unknown>)[from + i];
      const value = convert === undefined ? raw : convert(raw);
      out[at + i] = bigint && typeof value !== "bigint" ? BigInt(value as number) : value;
    }
  }

  finish(nullCount: number, validity: Uint8Array | null): Data {
    return makeData({ type: this.type as never, length: this.length, nullCount, nullBitmap: validity, data: this.values } as never);
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

  writeRun(at: number, values: DecodedArray, from: number, count: number): void {
    for (let i = 0; i < count; i++) if ((values as ArrayLike<unknown>)[from + i]) this.bits[(at + i) >> 3] |= 1 << ((at + i) & 7);
  }

  finish(nullCount: number, validity: Uint8Array | null): Data {
    return makeData({ type: this.type as never, length: this.length, nullCount, nullBitmap: validity, data: this.bits } as never);
  }
}

/** Utf8 and Binary: the bytes are copied once, from the page into the column's data buffer. */
class BytesWriter implements ValueWriter {
  private readonly pieces: (Uint8Array | undefined)[];
  private total = 0;

  constructor(
    private readonly type: DataType,
    private readonly length: number,
  ) {
    this.pieces = new Array(length);
  }

  writeRun(at: number, values: DecodedArray, from: number, count: number): void {
    for (let i = 0; i < count; i++) {
      const piece = (values as Uint8Array[])[from + i];
      this.pieces[at + i] = piece;
      this.total += piece.length;
    }
  }

  finish(nullCount: number, validity: Uint8Array | null): Data {
    if (this.total > 2 ** 31 - 1) throw new RangeError(`a column chunk holds ${this.total} bytes of strings, more than the 2 GiB one Arrow column can`);
    const offsets = new Int32Array(this.length + 1);
    const data = new Uint8Array(this.total);
    let end = 0;
    for (let row = 0; row < this.length; row++) {
      const piece = this.pieces[row];
      if (piece !== undefined) {
        data.set(piece, end);
        end += piece.length;
      }
      offsets[row + 1] = end;
    }
    return makeData({ type: this.type as never, length: this.length, nullCount, nullBitmap: validity, valueOffsets: offsets, data } as never);
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

  writeRun(at: number, values: DecodedArray, from: number, count: number): void {
    for (let i = 0; i < count; i++) this.data.set((values as Uint8Array[])[from + i].subarray(0, this.width), (at + i) * this.width);
  }

  finish(nullCount: number, validity: Uint8Array | null): Data {
    return makeData({ type: this.type as never, length: this.length, nullCount, nullBitmap: validity, data: this.data } as never);
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

  writeRun(at: number, values: DecodedArray, from: number, count: number): void {
    for (let i = 0; i < count; i++) {
      const raw = (values as ArrayLike<unknown>)[from + i];
      const value = raw instanceof Uint8Array ? bigEndianInteger(raw) : BigInt(raw as number | bigint);
      const unsigned = BigInt.asUintN(128, value);
      const base = (at + i) * 4;
      for (let w = 0; w < 4; w++) this.words[base + w] = Number((unsigned >> BigInt(32 * w)) & 0xffffffffn);
    }
  }

  finish(nullCount: number, validity: Uint8Array | null): Data {
    return makeData({ type: this.type as never, length: this.length, nullCount, nullBitmap: validity, data: this.words } as never);
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

/** INT96: nanoseconds of the day in the low 64 bits, the Julian day in the high 32. */
function int96Nanos(raw: unknown): bigint {
  const value = raw as bigint;
  const days = (value >> 64n) - 2440588n;
  const nanos = value & 0xffffffffffffffffn;
  return BigInt.asIntN(64, days * 86400000000000n + nanos);
}
