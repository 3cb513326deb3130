/**
 * The string functions (`str.*`) over Utf8 and LargeUtf8 columns. Lengths in bytes and characters
 * are counted on the UTF-8 bytes; the others decode each value to a JavaScript string, apply the
 * string operation and encode the result: lower/upper case and white space as JavaScript defines
 * them, characters as code points. Null values stay null.
 */
import { Bool, type Data, type DataType, Int64, Type } from "apache-arrow";
import type { FunctionOptions } from "../../expr/index.js";
import { emptyBits, isValidRow, setBit } from "./bitmaps.js";
import { bytesData, valuesData } from "./build.js";
import type { VariadicKernel } from "./horizontal.js";
import { outputRows, resultOf } from "./operand.js";
import { parseTemporal } from "./parse-datetime.js";
import { ValueColumn } from "./value-column.js";

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** What a string function gives for one value. */
type Result = string | bigint | number | boolean | null;

/** The literal settings of a call: the arguments after the receiver. */
export type Settings = readonly (string | number | bigint | boolean | null)[];

/** Row i's UTF-8 bytes. */
function bytesAt(data: Data, i: number): Uint8Array {
  const offsets = data.valueOffsets as Int32Array | BigInt64Array;
  return (data.values as Uint8Array).subarray(Number(offsets[i]), Number(offsets[i + 1]));
}

/** A kernel applying `fn` to the bytes of each non-null value of the receiver. */
function perValue(type: DataType, fn: (bytes: Uint8Array) => Result): VariadicKernel {
  return (operands, rows) => {
    const x = operands[0];
    const n = outputRows([x], rows);
    const results: Result[] = new Array(n);
    for (let i = 0; i < n; i++) results[i] = isValidRow(x.data, i) ? fn(bytesAt(x.data, i)) : null;
    return resultOf([x], build(type, results));
  };
}

/** A kernel applying `fn` to each non-null value, decoded. */
function perString(type: DataType, fn: (s: string) => Result): VariadicKernel {
  return perValue(type, (bytes) => fn(decoder.decode(bytes)));
}

/** A column of a string, Bool or fixed-width type from per-row results (null for null). */
function build(type: DataType, results: readonly Result[]): Data {
  const n = results.length;
  const validity = emptyBits(n);
  results.forEach((r, i) => r !== null && setBit(validity, i));
  const nulls = results.includes(null) ? validity : null;
  if (type.typeId === Type.Utf8 || type.typeId === Type.LargeUtf8) {
    const encoded = results.map((r) => encoder.encode(r === null ? "" : (r as string)));
    const large = type.typeId === Type.LargeUtf8;
    const offsets = large ? new BigInt64Array(n + 1) : new Int32Array(n + 1);
    let total = 0;
    encoded.forEach((e, i) => (offsets[i + 1] = large ? BigInt((total += e.length)) : (total += e.length)));
    const bytes = new Uint8Array(total);
    encoded.forEach((e, i) => bytes.set(e, Number(offsets[i])));
    return bytesData(type, n, offsets, bytes, nulls);
  }
  if (type.typeId === Type.Bool) {
    const bits = emptyBits(n);
    results.forEach((r, i) => r === true && setBit(bits, i));
    return valuesData(type, n, bits, nulls);
  }
  const column = new ValueColumn(type, n);
  results.forEach((r, i) => r !== null && column.set(i, r as number | bigint));
  return column.finish();
}

/** A literal pattern, or a regular expression when the call's options say so. */
function matcher(pattern: string, options: FunctionOptions | undefined, global: boolean): RegExp | string {
  if (options?.regex !== true) return pattern;
  return new RegExp(pattern, `${typeof options.flags === "string" ? options.flags : ""}${global ? "g" : ""}`);
}

/**
 * Characters (code points) from `offset` as Python slices virtual positions: a negative offset
 * counts from the end, and the range is clipped to the string.
 */
function sliceChars(s: string, offset: number, length: number | undefined): string {
  const chars = Array.from(s);
  const n = chars.length;
  const start = offset < 0 ? n + offset : offset;
  const end = length === undefined ? n : start + length;
  return chars.slice(Math.max(0, Math.min(n, start)), Math.max(0, Math.min(n, end))).join("");
}

/**
 * The kernel of a string function.
 * @param name - the function ("str.…")
 * @param settings - its literal settings (the arguments after the receiver)
 * @param type - the output type
 * @param options - the call's options (a RegExp pattern's flags)
 * @returns the kernel
 */
export function stringKernel(name: string, settings: Settings, type: DataType, options: FunctionOptions | undefined): VariadicKernel {
  const [first, second] = settings;
  switch (name) {
    case "str.lenBytes":
      return perValue(new Int64(), (b) => BigInt(b.length));
    case "str.lenChars":
      return perValue(new Int64(), (b) => {
        let chars = 0;
        for (let i = 0; i < b.length; i++) if ((b[i] & 0xc0) !== 0x80) chars++;
        return BigInt(chars);
      });
    case "str.contains": {
      const m = matcher(first as string, options, false);
      return perString(new Bool(), (s) => (typeof m === "string" ? s.includes(m) : m.test(s)));
    }
    case "str.startsWith":
      return perString(type, (s) => s.startsWith(first as string));
    case "str.endsWith":
      return perString(type, (s) => s.endsWith(first as string));
    case "str.lower":
      return perString(type, (s) => s.toLowerCase());
    case "str.upper":
      return perString(type, (s) => s.toUpperCase());
    case "str.strip":
      return perString(type, (s) => s.trim());
    case "str.slice":
      return perString(type, (s) => sliceChars(s, Number(first), second === undefined || second === null ? undefined : Number(second)));
    case "str.replace": {
      const m = matcher(first as string, options, false);
      return perString(type, (s) => (typeof m === "string" ? s.replace(m, () => second as string) : s.replace(m, second as string)));
    }
    case "str.replaceAll": {
      const m = matcher(first as string, options, true);
      return perString(type, (s) => (typeof m === "string" ? s.replaceAll(m, () => second as string) : s.replaceAll(m, second as string)));
    }
    case "str.splitGet":
      return perString(type, (s) => {
        const parts = first === "" ? Array.from(s) : s.split(first as string);
        const i = Number(second) < 0 ? parts.length + Number(second) : Number(second);
        return i >= 0 && i < parts.length ? parts[i] : null;
      });
    case "str.toDate":
      return perString(type, (s) => parseTemporal(s, first as string, "date"));
    case "str.toDatetime":
      return perString(type, (s) => parseTemporal(s, first as string, "timestamp"));
    default:
      throw new TypeError(`${name} is not a string function`);
  }
}
