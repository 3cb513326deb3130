/**
 * Casts between integer and float types, and between Bool and numbers. Casts are strict, as in
 * Polars and SQL: a value the target cannot hold (an integer out of range, NaN or ±Infinity to an
 * integer) throws a RangeError naming the expression, row, value and target type, rather than
 * becoming a wrapped number or a null. Floats become integers by truncation toward zero; integers
 * and doubles become narrower floats by IEEE rounding. Null slots are never checked (their
 * buffers may hold anything).
 */
import type { Data, DataType } from "apache-arrow";
import { isValidAt } from "../../kernels/validity.js";
import { RowRangeError } from "../row-error.js";
import { boolBits, setBit, validityBits } from "./bitmaps.js";
import { type AnyArray, type ArrayConstructor, valuesData } from "./build.js";
import { encodeFloat16, isIntType, isSignedInt, numbersOf, numericStorageOf } from "./numbers.js";

/** Writes one JS number or bigint into slot i of the target, after checking it fits. */
type Writer = (i: number, value: number | bigint) => void;

/**
 * A function converting a column of one numeric type to another.
 * @param from - the source type (an integer or float type)
 * @param to - the target type (an integer or float type)
 * @param label - the expression, for error messages
 */
export function numericCast(from: DataType, to: DataType, label: string): (data: Data) => Data {
  if (widens(from, to)) {
    // Typed arrays convert between their number classes natively, and nothing can fail.
    return (data) => {
      const values = new (to.ArrayType as ArrayConstructor)(data.length);
      values.set((data.values as AnyArray).subarray(0, data.length));
      return valuesData(to, data.length, values, validityBits(data));
    };
  }
  if (numericStorageOf(from) === "bigint" && to.ArrayType === Float64Array) return wideToDouble(isSignedInt(from), to);
  const read = readerOf(from);
  return (data) => {
    const { values, write } = writerOf(to, data.length, label);
    const validity = validityBits(data);
    for (let i = 0; i < data.length; i++) {
      if (isValidAt(validity, 0, i)) write(i, read(data, i));
    }
    return finishValues(to, data.length, values, validity);
  };
}

/**
 * 64-bit integers to Float64 from their two 32-bit words: high · 2^32 is exact, so the one addition
 * rounds once, to the nearest double, as Number(bigint) would, without making a bigint per row.
 */
function wideToDouble(signed: boolean, to: DataType): (data: Data) => Data {
  return (data) => {
    const source = data.values as AnyArray;
    const words = new Int32Array(source.buffer, source.byteOffset, data.length * 2);
    const values = new Float64Array(data.length);
    for (let i = 0; i < data.length; i++) {
      const high = signed ? words[2 * i + 1] : words[2 * i + 1] >>> 0;
      values[i] = high * 4294967296 + (words[2 * i] >>> 0);
    }
    return valuesData(to, data.length, values, validityBits(data));
  };
}

/** Bool to a number type: false → 0, true → 1. */
export function boolToNumber(to: DataType, label: string): (data: Data) => Data {
  return (data) => {
    const { values, write } = writerOf(to, data.length, label);
    const bits = boolBits(data);
    for (let i = 0; i < data.length; i++) write(i, (bits[i >> 3] >> (i & 7)) & 1);
    return finishValues(to, data.length, values, validityBits(data));
  };
}

/** A number type to Bool: true unless zero (so NaN is true, as in C and NumPy). */
export function numberToBool(from: DataType, to: DataType): (data: Data) => Data {
  const read = readerOf(from);
  return (data) => {
    const bits = new Uint8Array((data.length + 7) >> 3);
    for (let i = 0; i < data.length; i++) {
      const v = read(data, i);
      if (v !== 0 && v !== 0n) setBit(bits, i);
    }
    return valuesData(to, data.length, bits, validityBits(data));
  };
}

/** Reads slot i of a numeric Data as a JS number (or bigint for 64-bit integers). */
export function readerOf(type: DataType): (data: Data, i: number) => number | bigint {
  if (numericStorageOf(type) === "half") {
    let cache: { data: Data; numbers: ArrayLike<number> } | undefined;
    return (data, i) => {
      if (cache?.data !== data) cache = { data, numbers: numbersOf(data) };
      return cache.numbers[i];
    };
  }
  return (data, i) => (data.values as AnyArray)[i];
}

/**
 * A zeroed value buffer of a numeric type for `length` rows and a writer that checks each value
 * fits; half floats are collected as numbers and encoded by {@link finishValues}.
 */
export function writerOf(to: DataType, length: number, label: string): { values: AnyArray; write: Writer } {
  const storage = numericStorageOf(to)!;
  if (storage === "half" || !isIntType(to)) {
    const values = storage === "half" ? new Float64Array(length) : new (to.ArrayType as ArrayConstructor)(length);
    return { values, write: (i, v) => void (values[i] = Number(v)) };
  }
  const values = new (to.ArrayType as ArrayConstructor)(length);
  const { min, max } = integerRange(to);
  const fail = (i: number, v: number | bigint) => {
    throw new RowRangeError(i, (row) => `cast of ${label} to ${String(to)} failed at row ${row}: ${String(v)} does not fit (casts are strict; filter or clip the values first)`);
  };
  if (storage === "bigint") {
    return {
      values,
      write: (i, v) => {
        if (typeof v === "number" && !Number.isFinite(v)) fail(i, v);
        const n = typeof v === "bigint" ? v : BigInt(Math.trunc(v));
        if (n < min || n > max) fail(i, v);
        values[i] = n;
      },
    };
  }
  const low = Number(min);
  const high = Number(max);
  return {
    values,
    write: (i, v) => {
      const n = typeof v === "bigint" ? (v < min || v > max ? NaN : Number(v)) : Math.trunc(v);
      if (!(n >= low && n <= high)) fail(i, v);
      values[i] = n;
    },
  };
}

/** The Data of a numeric buffer filled by {@link writerOf}. */
export function finishValues(to: DataType, length: number, values: AnyArray, validity: Uint8Array | null): Data {
  if (numericStorageOf(to) !== "half") return valuesData(to, length, values, validity);
  const half = new Uint16Array(length);
  for (let i = 0; i < length; i++) half[i] = encodeFloat16(values[i] as number);
  return valuesData(to, length, half, validity);
}

/** Whether every value of `from` is exactly a value of `to`, both held as JS numbers. */
function widens(from: DataType, to: DataType): boolean {
  if (numericStorageOf(from) !== "number" || numericStorageOf(to) !== "number") return false;
  if (!isIntType(to)) return true;
  if (!isIntType(from)) return false;
  const a = integerRange(from);
  const b = integerRange(to);
  return a.min >= b.min && a.max <= b.max;
}

/** The smallest and largest value of an integer type. */
function integerRange(type: DataType): { min: bigint; max: bigint } {
  const bits = BigInt((type as unknown as { bitWidth: number }).bitWidth);
  return isSignedInt(type) ? { min: -(2n ** (bits - 1n)), max: 2n ** (bits - 1n) - 1n } : { min: 0n, max: 2n ** bits - 1n };
}
