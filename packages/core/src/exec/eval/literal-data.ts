/**
 * Literals as one-row Data of the literal's own type (see expr/literal.ts for which type a value
 * gets); the parent function casts it where the literal adapts to a column.
 */
import { type Data, type DataType, Type, vectorFromArray } from "apache-arrow";
import type { LiteralNode } from "../../expr/index.js";
import { fullBits } from "./bitmaps.js";
import { fixedWidthOf, make, nullData, valuesData } from "./build.js";

const utf8 = new TextEncoder();

/**
 * The one-row Data of a literal.
 * @param node - the literal node
 * @returns its value as Data of `node.type` (a null row for `lit(null)`)
 * @example literalData(lit(1.5).node as LiteralNode) // Float64 [1.5]
 */
export function literalData(node: LiteralNode): Data {
  const { value, type } = node;
  if (value === null) return nullData(type, 1);
  if (typeof value === "string" && type.typeId === Type.Utf8) {
    const bytes = utf8.encode(value);
    return make({ type, length: 1, valueOffsets: Int32Array.of(0, bytes.length), data: bytes, nullCount: 0 });
  }
  if (typeof value === "boolean") return valuesData(type, 1, value ? fullBits(1) : new Uint8Array(1), null);
  const fixed = fixedWidthOf(type);
  if (fixed !== undefined && (typeof value === "number" || typeof value === "bigint")) return numberData(type, fixed.ArrayType, value);
  return vectorFromArray([value], type).data[0] as Data;
}

function numberData(type: DataType, ArrayType: new (length: number) => { [i: number]: number | bigint } & ArrayBufferView, value: number | bigint): Data {
  const values = new ArrayType(1);
  const wide = values instanceof BigInt64Array || values instanceof BigUint64Array;
  values[0] = wide ? BigInt(value) : Number(value);
  return valuesData(type, 1, values, null);
}
