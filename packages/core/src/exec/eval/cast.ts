/**
 * Casts: the one place that decides which conversions exist. Supported: any type to itself; Null
 * to any type (all null); a dictionary to its value type and on from there; between integer and
 * float types; Bool to numbers and numbers to Bool; numbers and Bool to Utf8/LargeUtf8 and back.
 * Anything else is a TypeError raised when the expression is compiled, before any batch is read.
 */
import { type Data, type DataType, type Dictionary, Type } from "apache-arrow";
import { sameType } from "../../expr/index.js";
import { isValidAt, validityOf } from "../../kernels/validity.js";
import { nullData } from "./build.js";
import { boolToNumber, numberToBool, numericCast } from "./cast-numbers.js";
import { parseStrings, toStrings } from "./cast-strings.js";
import { numericStorageOf } from "./numbers.js";
import type { Operand } from "./operand.js";
import { valueStoreFor } from "./value-store.js";

/** Converts an operand, keeping it constant when it was. */
export type Caster = (operand: Operand) => Operand;

const SUPPORTED =
  "supported casts are between integer and float types, between Bool and numbers, between numbers or Bool and Utf8, " +
  "from a dictionary to its value type, and from Null to any type";

/**
 * The conversion of values of one type to another.
 * @param from - the input's type
 * @param to - the target type
 * @param label - the expression, for error messages
 * @returns the caster
 * @throws TypeError naming the expression and both types when the cast is not supported
 * @example casterFor(new Int32(), new Float64(), 'col("x")')
 */
export function casterFor(from: DataType, to: DataType, label: string): Caster {
  if (sameType(from, to)) return (operand) => operand;
  if (from.typeId === Type.Null) return (operand) => ({ data: nullData(to, operand.data.length), constant: operand.constant });
  if (from.typeId === Type.Dictionary) {
    const next = casterFor((from as Dictionary).dictionary, to, label);
    return (operand) => next({ data: decodeDictionary(operand.data), constant: operand.constant });
  }
  const kernel = dataCaster(from, to, label);
  if (kernel === undefined) throw new TypeError(`cannot cast ${label} from ${String(from)} to ${String(to)}: ${SUPPORTED}`);
  return (operand) => ({ data: kernel(operand.data), constant: operand.constant });
}

function dataCaster(from: DataType, to: DataType, label: string): ((data: Data) => Data) | undefined {
  const fromNumber = numericStorageOf(from) !== undefined;
  const toNumber = numericStorageOf(to) !== undefined;
  const fromBool = from.typeId === Type.Bool;
  const toBool = to.typeId === Type.Bool;
  const fromText = from.typeId === Type.Utf8 || from.typeId === Type.LargeUtf8;
  const toText = to.typeId === Type.Utf8 || to.typeId === Type.LargeUtf8;
  if (fromNumber && toNumber) return numericCast(from, to, label);
  if (fromBool && toNumber) return boolToNumber(to, label);
  if (fromNumber && toBool) return numberToBool(from, to);
  if ((fromNumber || fromBool) && toText) return toStrings(from, to);
  if (fromText && (toNumber || toBool)) return parseStrings(to, label);
  return undefined;
}

/** A dictionary column as plain values of its value type. */
function decodeDictionary(data: Data): Data {
  const store = valueStoreFor((data.type as Dictionary).dictionary);
  const chunks = data.dictionary!.data as Data[];
  const keys = data.values as ArrayLike<number | bigint>;
  const bitmap = validityOf(data);
  for (let i = 0; i < data.length; i++) {
    if (!isValidAt(bitmap, data.offset, i)) continue;
    let at = Number(keys[i]);
    let c = 0;
    while (c < chunks.length - 1 && at >= chunks[c].length) at -= chunks[c++].length;
    store.set(i, chunks[c], at);
  }
  return store.finish(data.length);
}
