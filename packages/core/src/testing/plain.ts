import { DataType, DateUnit, Precision, type Data, type Vector } from "apache-arrow";
import { halfToNumber } from "./floats";
import { NANOS_PER_DAY, NANOS_PER_UNIT } from "./temporal";
import type { Cell } from "./types";

const utf8 = new TextDecoder();

type Indexable = { readonly [index: number]: number | bigint };

function bit(bytes: Uint8Array, index: number): boolean {
  return (bytes[index >> 3] & (1 << (index & 7))) !== 0;
}

/** The bytes of slot `i` of a (large) utf8 or binary Data; offsets are relative to the slice. */
function bytesAt(data: Data, i: number): Uint8Array {
  const offsets = data.valueOffsets as Indexable;
  return (data.values as Uint8Array).subarray(Number(offsets[i]), Number(offsets[i + 1]));
}

/** Reads `width` little-endian 32-bit words as a two's-complement integer. */
function decimalAt(words: Uint32Array, i: number, width: number): bigint {
  let value = 0n;
  for (let w = width - 1; w >= 0; w--) value = (value << 32n) | BigInt(words[i * width + w]);
  return BigInt.asIntN(32 * width, value);
}

/** A reader of the valid slot `i` of `data`, chosen once per chunk. */
function reader(data: Data): (i: number) => Cell {
  const type: DataType = data.type;
  const values = data.values as Indexable;
  if (DataType.isInt(type)) return type.bitWidth === 64 ? (i) => BigInt(values[i]) : (i) => Number(values[i]);
  if (DataType.isFloat(type)) return type.precision === Precision.HALF ? (i) => halfToNumber(Number(values[i])) : (i) => Number(values[i]);
  if (DataType.isBool(type)) return (i) => bit(data.values as Uint8Array, data.offset + i);
  if (DataType.isUtf8(type) || DataType.isLargeUtf8(type)) return (i) => utf8.decode(bytesAt(data, i));
  if (DataType.isBinary(type) || DataType.isLargeBinary(type)) return (i) => bytesAt(data, i).slice();
  if (DataType.isDictionary(type)) {
    if (!data.dictionary) throw new TypeError(`toPlainValues: a ${type} chunk has no dictionary`);
    const dictionary = toPlainValues(data.dictionary);
    return (i) => {
      const key = Number(values[i]);
      if (!(key >= 0 && key < dictionary.length)) throw new RangeError(`toPlainValues: valid dictionary key ${key} is outside a dictionary of ${dictionary.length} entries`);
      return dictionary[key];
    };
  }
  if (DataType.isDate(type)) {
    const factor = type.unit === DateUnit.DAY ? NANOS_PER_DAY : 1_000_000n;
    return (i) => BigInt(values[i]) * factor;
  }
  if (DataType.isTime(type) || DataType.isTimestamp(type) || DataType.isDuration(type)) {
    const factor = NANOS_PER_UNIT[type.unit];
    return (i) => BigInt(values[i]) * factor;
  }
  if (DataType.isDecimal(type)) return (i) => decimalAt(data.values as Uint32Array, i, type.bitWidth / 32);
  if (DataType.isNull(type)) return () => null;
  throw new TypeError(`toPlainValues: unsupported type ${type}; expected an integer, float, bool, (large) utf8, (large) binary, dictionary, date, time, timestamp, duration, decimal or null type`);
}

/**
 * Reads a vector as plain values, the normalisation of {@link GeneratedColumn.values}: numbers for
 * floats and 8–32-bit integers, bigint for 64-bit integers and unscaled decimals, bigint
 * nanoseconds for dates, times, timestamps and durations, strings for utf8 and dictionaries,
 * byte copies for binaries, null for nulls. It reads the buffers itself (honouring offsets), not
 * through `vector.get`, so it is exact for 64-bit values.
 * @param vector Any vector of a supported type.
 * @returns One value per row.
 * @throws {TypeError} For an unsupported type (nested, interval, view types, …).
 * @example toPlainValues(vectorFromArray([1n, null], new Int64())) // [1n, null]
 */
export function toPlainValues(vector: Vector): Cell[] {
  const out: Cell[] = [];
  for (const data of vector.data as Data[]) {
    const read = reader(data);
    const bitmap = data.nullBitmap;
    const hasBitmap = bitmap !== undefined && bitmap !== null && bitmap.length > 0 && !DataType.isNull(data.type);
    for (let i = 0; i < data.length; i++) {
      out.push(hasBitmap && !bit(bitmap, data.offset + i) ? null : read(i));
    }
  }
  return out;
}

/**
 * Compares two plain values: numbers with Object.is (NaN equals NaN, -0 differs from 0), bytes
 * bytewise, everything else with ===.
 * @param a A value.
 * @param b Another value.
 * @returns Whether they are the same.
 * @example sameCell(NaN, NaN) && !sameCell(0, -0)
 */
export function sameCell(a: Cell, b: Cell): boolean {
  if (a instanceof Uint8Array || b instanceof Uint8Array) {
    return a instanceof Uint8Array && b instanceof Uint8Array && a.length === b.length && a.every((byte, i) => byte === b[i]);
  }
  return Object.is(a, b);
}

/**
 * Where two tables' columns of plain cells first differ, for a test's failure message.
 * @param actual - the columns read
 * @param expected - the columns they should equal, cell for cell by {@link sameCell}
 * @returns a description of the first difference, or undefined when there is none
 * @example expect(cellMismatch(read, generated.columns)).toBeUndefined();
 */
export function cellMismatch(actual: readonly (readonly Cell[])[], expected: readonly (readonly Cell[])[]): string | undefined {
  if (actual.length !== expected.length) return `${actual.length} columns where ${expected.length} were expected`;
  for (let j = 0; j < actual.length; j++) {
    if (actual[j].length !== expected[j].length) return `column ${j} has ${actual[j].length} cells where ${expected[j].length} were expected`;
    const i = actual[j].findIndex((cell, k) => !sameCell(cell, expected[j][k]));
    if (i >= 0) return `column ${j}, row ${i}: ${String(actual[j][i])} where ${String(expected[j][i])} was expected`;
  }
  return undefined;
}
