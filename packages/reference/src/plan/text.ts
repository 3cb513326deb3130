/**
 * The string functions on cells, one row at a time, written from their documented meaning: byte
 * lengths from the UTF-8 encoding, character counts and slices over code points (negative offsets
 * from the end, clipped as Python slices), literal patterns found by position, RegExp patterns as
 * JavaScript runs them. Null stays null.
 */
import type { Cell } from "../cell.js";
import type { RefFunction, RefOptions, RefStringFunction, RefType } from "./query.js";
import type { TypedExpr } from "./ref-types.js";

const OUTPUT: Record<RefStringFunction, RefType | "input"> = {
  "str.lenBytes": "int64", "str.lenChars": "int64", "str.contains": "bool", "str.startsWith": "bool", "str.endsWith": "bool",
  "str.lower": "input", "str.upper": "input", "str.strip": "input", "str.slice": "input", "str.replace": "input",
  "str.replaceAll": "input", "str.splitGet": "utf8",
};

/** The types of each setting after the receiver. */
const SETTINGS: Record<RefStringFunction, readonly RefType[]> = {
  "str.lenBytes": [], "str.lenChars": [], "str.contains": ["utf8"], "str.startsWith": ["utf8"], "str.endsWith": ["utf8"],
  "str.lower": [], "str.upper": [], "str.strip": [], "str.slice": ["int32"], "str.replace": ["utf8", "utf8"],
  "str.replaceAll": ["utf8", "utf8"], "str.splitGet": ["utf8", "int32"],
};

/**
 * Whether a function is a string function.
 * @param fn - any function
 * @returns true for "str.…"
 */
export function isStringFunction(fn: RefFunction): fn is RefStringFunction {
  return Object.prototype.hasOwnProperty.call(OUTPUT, fn);
}

/**
 * The output type of a string function: a Utf8 receiver and literal settings of the right types.
 * @param fn - the function
 * @param args - its typed arguments
 * @returns the type
 * @throws TypeError naming the argument
 */
export function stringType(fn: RefStringFunction, args: readonly TypedExpr[]): RefType {
  const [x, ...settings] = args;
  if (x.type !== "utf8" && x.type !== "null") throw new TypeError(`${fn} is not defined for ${x.name} of type ${x.type}: it needs Utf8`);
  const wanted = SETTINGS[fn];
  const optional = fn === "str.slice" ? 1 : 0;
  if (settings.length < wanted.length || settings.length > wanted.length + optional) throw new TypeError(`${fn} takes ${wanted.length} settings`);
  settings.forEach((s, i) => {
    const type = wanted[i] ?? "int32";
    const fits = "lit" in s.expr && (type === "utf8" ? s.type === "utf8" : s.type === "int32" || s.type === "int64");
    if (!fits) throw new TypeError(`${fn} needs a ${type === "utf8" ? "string" : "integer"} literal setting, got ${s.name}`);
  });
  const out = OUTPUT[fn];
  return out === "input" ? x.type : out;
}

/** Code points of a string, as a list. */
function codePoints(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const high = s.charCodeAt(i);
    const pair = high >= 0xd800 && high <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff;
    out.push(pair ? s.slice(i, i + 2) : s[i]);
    if (pair) i++;
  }
  return out;
}

/** Replaces literal matches found left to right, the first only or all (an empty pattern matches at every code unit boundary). */
function replaceLiteral(s: string, pattern: string, value: string, all: boolean): string {
  let out = "";
  let from = 0;
  for (;;) {
    const at = s.indexOf(pattern, from);
    if (at < 0 || (pattern === "" && at > s.length)) break;
    out += s.slice(from, at) + value;
    if (pattern === "") {
      if (at < s.length) out += s[at];
      from = at + 1;
      if (!all || from > s.length) break;
      continue;
    }
    from = at + pattern.length;
    if (!all) break;
  }
  return out + s.slice(from);
}

/**
 * Applies a string function to one value.
 * @param fn - the function
 * @param value - the receiver's cell
 * @param settings - the literal settings' values
 * @param options - a RegExp pattern's options
 * @returns the cell
 */
export function applyString(fn: RefStringFunction, value: Cell, settings: readonly Cell[], options: RefOptions | undefined): Cell {
  if (value === null) return null;
  const s = value as string;
  const [a, b] = settings;
  const regex = options?.regex === true ? (global: boolean) => new RegExp(a as string, `${(options.flags as string | undefined) ?? ""}${global ? "g" : ""}`) : null;
  switch (fn) {
    case "str.lenBytes": return BigInt(new TextEncoder().encode(s).length);
    case "str.lenChars": return BigInt(codePoints(s).length);
    case "str.contains": return regex ? regex(false).test(s) : s.indexOf(a as string) >= 0;
    case "str.startsWith": return s.slice(0, (a as string).length) === a;
    case "str.endsWith": return (a as string).length === 0 || s.slice(-(a as string).length) === a;
    case "str.lower": return s.toLowerCase();
    case "str.upper": return s.toUpperCase();
    case "str.strip": return s.trim();
    case "str.slice": {
      const chars = codePoints(s);
      const start = Number(a) < 0 ? chars.length + Number(a) : Number(a);
      const end = b === undefined || b === null ? chars.length : start + Number(b);
      const clip = (k: number) => Math.max(0, Math.min(chars.length, k));
      return chars.slice(clip(start), clip(end)).join("");
    }
    case "str.replace": return regex ? s.replace(regex(false), b as string) : replaceLiteral(s, a as string, b as string, false);
    case "str.replaceAll": return regex ? s.replace(regex(true), b as string) : replaceLiteral(s, a as string, b as string, true);
    case "str.splitGet": {
      const parts = a === "" ? codePoints(s) : s.split(a as string);
      const i = Number(b) < 0 ? parts.length + Number(b) : Number(b);
      return i >= 0 && i < parts.length ? parts[i] : null;
    }
  }
}
