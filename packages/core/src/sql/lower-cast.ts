import { type DataType, Type } from "apache-arrow";
import type { SqlDialect } from "./dialect.js";
import { SqlLoweringError } from "./errors.js";
import { WHITE_SPACE } from "./lower-string.js";

const isNumber = (t: DataType) => t.typeId === Type.Int || t.typeId === Type.Float;
const isString = (t: DataType) => t.typeId === Type.Utf8 || t.typeId === Type.LargeUtf8;

/** The text an integer cast reads (after white space is stripped): a sign, then ASCII digits. */
const INTEGER = "[+-]?[0-9]+";
/** The text a float cast reads: decimal or exponent notation, NaN, inf or Infinity in any case. */
const FLOAT = "[+-]?(([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?|[nN][aA][nN]|[iI][nN][fF]([iI][nN][iI][tT][yY])?)";

/**
 * A cast with the engine's meaning: strict, so a value the target cannot hold fails the query (SQL
 * casts are strict too); floats to integers truncate toward zero; a number to Bool is true unless
 * zero (NaN is true); Bool to a number is 1 or 0; Null to any type; integers and Bool to strings
 * as their decimal text and true or false; strings to numbers and Bool read strictly, as the
 * engine reads them (white space stripped; then a sign and digits, decimal or exponent notation,
 * NaN or Infinity, or true or false in any case), anything else failing the query. Not lowered:
 * floats to strings (each engine prints its own shortest digits in its own notation), dates,
 * timestamps and decimals.
 * @param value - SQL of the value
 * @param from - its type
 * @param to - the target type
 * @param d - the dialect
 * @returns SQL text
 * @throws SqlLoweringError for a cast the lowering does not cover
 */
export function lowerCast(value: string, from: DataType, to: DataType, d: SqlDialect): string {
  if (from.typeId === Type.Null && (isNumber(to) || to.typeId === Type.Bool || isString(to))) return `CAST(NULL AS ${d.typeName(to)})`;
  if (isNumber(from) && to.typeId === Type.Bool) return `(${value} <> 0)`;
  if (from.typeId === Type.Bool && isNumber(to)) return `CAST(${value} AS ${d.typeName(to)})`;
  if (isNumber(from) && isNumber(to)) {
    const truncated = from.typeId === Type.Float && to.typeId === Type.Int ? d.truncate(value) : value;
    return `CAST(${truncated} AS ${d.typeName(to)})`;
  }
  if ((from.typeId === Type.Int || from.typeId === Type.Bool) && isString(to)) return `CAST(${value} AS ${d.typeName(to)})`;
  if (isString(from) && (isNumber(to) || to.typeId === Type.Bool)) return parse(value, to, d);
  throw new SqlLoweringError(`cast from ${String(from)} to ${String(to)} has no SQL lowering yet`);
}

/** A string read strictly as a number or a Bool; text of another form fails the query. */
function parse(value: string, to: DataType, d: SqlDialect): string {
  const text = d.trim(value, d.string(WHITE_SPACE));
  const fail = (what: string) => d.fail(`cast to ${String(to)} failed: a string is not ${what}`);
  if (to.typeId === Type.Bool) {
    const lower = `lower(${text})`;
    return `(CASE WHEN ${value} IS NULL THEN NULL WHEN ${lower} = 'true' THEN TRUE WHEN ${lower} = 'false' THEN FALSE ELSE ${fail("true or false")} END)`;
  }
  const integer = to.typeId === Type.Int;
  // A float is read as a double first, then narrowed, as the engine reads it.
  const cast = integer ? `CAST(${text} AS ${d.typeName(to)})` : `CAST(CAST(${text} AS DOUBLE) AS ${d.typeName(to)})`;
  return `(CASE WHEN ${value} IS NULL THEN NULL WHEN ${d.fullMatch(text, integer ? INTEGER : FLOAT)} THEN ${cast} ELSE ${fail(integer ? "an integer" : "a number")} END)`;
}
