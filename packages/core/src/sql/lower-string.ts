import type { Expr } from "../expr/index.js";
import type { FunctionOptions } from "../expr/node.js";
import type { SqlDialect } from "./dialect.js";
import { SqlLoweringError } from "./errors.js";

/**
 * The white space `str.strip` removes, as JavaScript's `String.prototype.trim` does: ECMAScript's
 * WhiteSpace and LineTerminator code points.
 */
export const WHITE_SPACE = "\t\n\u000b\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";

/** The value of a literal setting (aliases looked through). */
function setting(expr: Expr): string | number {
  let node = expr.node;
  while (node.kind === "alias") node = node.input.node;
  if (node.kind !== "literal") throw new SqlLoweringError("a string function's setting must be a literal");
  return typeof node.value === "bigint" ? Number(node.value) : (node.value as string | number);
}

/** The number of code points of a string, as SQL's string functions count characters. */
const charCount = (s: string): number => [...s].length;

/**
 * A string function (`str.…`) with the engine's meaning: lengths in UTF-8 bytes or code points,
 * literal patterns found by code point, slices over code points clipped as Python clips them,
 * white space as JavaScript's trim has it. Not lowered (SqlLoweringError): regular expressions
 * (each engine has its own dialect: RE2, Java, JavaScript), `lower` and `upper` (the engines map
 * case one code point to one, JavaScript fully: "ß" becomes "SS"), `replaceAll` of an empty
 * pattern (JavaScript inserts between UTF-16 code units) and the date parsers.
 * @param name - the function
 * @param args - its arguments, the receiver first, then its literal settings
 * @param x - SQL of the receiver
 * @param options - a RegExp pattern's options
 * @param d - the dialect
 * @returns SQL text
 * @throws SqlLoweringError for what is not lowered
 */
export function lowerString(name: string, args: readonly Expr[], x: string, options: FunctionOptions | undefined, d: SqlDialect): string {
  if (options?.regex === true) throw new SqlLoweringError(`${name} of a regular expression has no SQL lowering: each engine has its own regular expression dialect`);
  const [a, b] = args.slice(1).map(setting);
  const notNull = (sql: string) => `(CASE WHEN ${x} IS NULL THEN NULL ELSE ${sql} END)`;
  switch (name) {
    case "str.lenBytes": return `CAST(${d.byteLength(x)} AS BIGINT)`;
    case "str.lenChars": return `CAST(length(${x}) AS BIGINT)`;
    case "str.contains": return `(instr(${x}, ${d.string(String(a))}) > 0)`;
    case "str.startsWith": case "str.endsWith": {
      const n = charCount(String(a));
      return n === 0 ? notNull("TRUE") : `(${name === "str.startsWith" ? "left" : "right"}(${x}, ${n}) = ${d.string(String(a))})`;
    }
    case "str.strip": return d.trim(x, d.string(WHITE_SPACE));
    case "str.slice": return slice(x, Number(a), b === undefined ? undefined : Number(b));
    case "str.replace": return replaceFirst(x, String(a), String(b), d);
    case "str.replaceAll":
      if (a === "") throw new SqlLoweringError("str.replaceAll of an empty pattern has no SQL lowering: it inserts between UTF-16 code units");
      return `replace(${x}, ${d.string(String(a))}, ${d.string(String(b))})`;
    case "str.splitGet": {
      const part = d.splitGet(x, String(a), Number(b));
      // An empty string has no characters to split into (SQL engines give one empty part).
      return a === "" ? `(CASE WHEN ${x} = '' THEN NULL ELSE ${part} END)` : part;
    }
  }
  throw new SqlLoweringError(`${name} has no SQL lowering yet`);
}

/**
 * The code points from `offset` (negative: from the end), `length` of them or all the rest, both
 * ends clipped to the string.
 */
function slice(x: string, offset: number, length: number | undefined): string {
  const n = `length(${x})`;
  const start = offset < 0 ? `(${n} + ${offset})` : String(offset);
  const end = length === undefined ? n : `(${start} + ${length})`;
  const clip = (k: string) => `greatest(0, least(${n}, ${k}))`;
  const [from, to] = [clip(start), clip(end)];
  return `(CASE WHEN ${to} > ${from} THEN substring(${x}, ${from} + 1, ${to} - ${from}) ELSE substring(${x}, 1, 0) END)`;
}

/** The first occurrence of a literal pattern replaced, literally (an empty pattern: the value prefixed). */
function replaceFirst(x: string, pattern: string, value: string, d: SqlDialect): string {
  const [p, v] = [d.string(pattern), d.string(value)];
  if (pattern === "") return `(${v} || ${x})`;
  const at = `instr(${x}, ${p})`;
  return `(CASE WHEN ${at} = 0 THEN ${x} ELSE substring(${x}, 1, ${at} - 1) || ${v} || substring(${x}, ${at} + ${charCount(pattern)}) END)`;
}
