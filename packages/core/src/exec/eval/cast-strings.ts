/**
 * Casts between numbers or booleans and strings. Numbers print as JavaScript prints them, with
 * the shortest digits that read back as the same value of their own type (so Float32 0.1 prints
 * "0.1", not "0.10000000149011612"), "-0" for negative zero, "NaN", "Infinity" and "-Infinity";
 * 64-bit integers print exactly. Parsing is strict and reads back those forms: an optional sign
 * and decimal digits for integers; decimal or exponent notation, NaN, Infinity or inf (any case)
 * for floats; true or false (any case) for Bool; surrounding whitespace is ignored. Anything else
 * throws a RangeError naming the expression, row and text.
 */
import { type Data, type DataType, Precision, Type } from "apache-arrow";
import { isValidAt } from "../../kernels/validity.js";
import { RowRangeError } from "../row-error.js";
import { bitAt, setBit, validityBits } from "./bitmaps.js";
import { bytesData, valuesData } from "./build.js";
import { finishValues, readerOf, writerOf } from "./cast-numbers.js";
import { encodeFloat16, isIntType } from "./numbers.js";

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const INTEGER = /^[+-]?\d+$/;
const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const SPECIAL = /^[+-]?(nan|inf|infinity)$/i;

/**
 * Numbers or booleans to strings.
 * @param from - an integer, float or Bool type
 * @param to - Utf8 or LargeUtf8
 */
export function toStrings(from: DataType, to: DataType): (data: Data) => Data {
  const format = formatterOf(from);
  return (data) => {
    const validity = validityBits(data);
    const parts: Uint8Array[] = [];
    const large = to.typeId === Type.LargeUtf8;
    const offsets = large ? new BigInt64Array(data.length + 1) : new Int32Array(data.length + 1);
    let total = 0;
    for (let i = 0; i < data.length; i++) {
      if (isValidAt(validity, 0, i)) {
        const bytes = encoder.encode(format(data, i));
        parts.push(bytes);
        total += bytes.length;
      }
      offsets[i + 1] = large ? BigInt(total) : total;
    }
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const part of parts) bytes.set(part, at), (at += part.length);
    return bytesData(to, data.length, offsets, bytes, validity);
  };
}

/**
 * Strings to numbers or booleans.
 * @param to - an integer, float or Bool type
 * @param label - the expression, for error messages
 */
export function parseStrings(to: DataType, label: string): (data: Data) => Data {
  return (data) => {
    const validity = validityBits(data);
    const offsets = data.valueOffsets as ArrayLike<number | bigint>;
    const bytes = data.values as Uint8Array;
    const text = (i: number) => decoder.decode(bytes.subarray(Number(offsets[i]), Number(offsets[i + 1]))).trim();
    const valid = (i: number) => isValidAt(validity, 0, i);
    const fail = (i: number, s: string): never => {
      throw new RowRangeError(i, (row) => `cast of ${label} to ${String(to)} failed at row ${row}: ${JSON.stringify(s)} is not ${describe(to)}`);
    };
    if (to.typeId === Type.Bool) {
      const bits = new Uint8Array((data.length + 7) >> 3);
      for (let i = 0; i < data.length; i++) {
        if (!valid(i)) continue;
        const s = text(i).toLowerCase();
        if (s === "true") setBit(bits, i);
        else if (s !== "false") fail(i, s);
      }
      return valuesData(to, data.length, bits, validity);
    }
    const { values, write } = writerOf(to, data.length, label);
    for (let i = 0; i < data.length; i++) {
      if (!valid(i)) continue;
      const s = text(i);
      if (isIntType(to)) {
        if (!INTEGER.test(s)) fail(i, s);
        write(i, BigInt(s));
      } else if (FLOAT.test(s) || SPECIAL.test(s)) {
        write(i, parseFloatText(s));
      } else {
        fail(i, s);
      }
    }
    return finishValues(to, data.length, values, validity);
  };
}

function describe(to: DataType): string {
  if (to.typeId === Type.Bool) return "true or false";
  return isIntType(to) ? "an integer" : "a number";
}

function parseFloatText(s: string): number {
  const lower = s.toLowerCase();
  const negative = lower.startsWith("-");
  const body = lower.replace(/^[+-]/, "");
  if (body === "nan") return NaN;
  if (body === "inf" || body === "infinity") return negative ? -Infinity : Infinity;
  return Number(s);
}

function formatterOf(from: DataType): (data: Data, i: number) => string {
  if (from.typeId === Type.Bool) {
    return (data, i) => (bitAt(data.values as Uint8Array, data.offset + i) ? "true" : "false");
  }
  const read = readerOf(from);
  if (isIntType(from)) return (data, i) => String(read(data, i));
  const precision = (from as unknown as { precision: Precision }).precision;
  return (data, i) => formatFloat(read(data, i) as number, precision);
}

/** The shortest decimal text of a float that reads back as the same value of its precision. */
function formatFloat(x: number, precision: Precision): string {
  if (Object.is(x, -0)) return "-0";
  if (!Number.isFinite(x) || precision === Precision.DOUBLE) return String(x);
  const same = precision === Precision.SINGLE ? (y: number) => Math.fround(y) === x : (y: number) => encodeFloat16(y) === encodeFloat16(x);
  for (let digits = 1; digits < 17; digits++) {
    const candidate = Number(x.toPrecision(digits));
    if (same(candidate)) return String(candidate);
  }
  return String(x);
}
