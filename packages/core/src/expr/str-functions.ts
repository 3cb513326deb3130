/**
 * The string functions of an expression, `col("s").str.…`, as Polars spells them. Lengths,
 * slices and indices count characters (Unicode code points) unless the name says bytes.
 */
import type { LiteralInput } from "./literal.js";
import type { FunctionOptions } from "./node.js";
import type { FunctionName } from "./registry.js";

/** Builds a call: the function, its options, its arguments with the receiver first. */
export type MakeCall<E> = (name: FunctionName, options: FunctionOptions | undefined, ...args: (E | LiteralInput)[]) => E;

/** A pattern: a literal string, or a regular expression. */
export type Pattern = string | RegExp;

/** The stored form of a pattern: its text, and for a RegExp its flags (without g and y). */
function patternParts(pattern: Pattern, name: string): { text: string; options: FunctionOptions | undefined } {
  if (typeof pattern === "string") return { text: pattern, options: undefined };
  if (!(pattern instanceof RegExp)) throw new TypeError(`${name} takes a string or a RegExp, got ${typeof pattern}`);
  const flags = pattern.flags.replace(/[gy]/g, "");
  return { text: pattern.source, options: flags === "" ? { regex: true } : { regex: true, flags } };
}

/** The `str` namespace of one expression. */
export class StringFunctions<E> {
  /**
   * @param receiver - the string expression
   * @param make - builds a call
   */
  constructor(private readonly receiver: E, private readonly make: MakeCall<E>) {}

  /** The length in UTF-8 bytes, as Int64. @returns an expression @example col("s").str.lenBytes() */
  lenBytes(): E { return this.make("str.lenBytes", undefined, this.receiver); }
  /** The length in characters (code points), as Int64. @returns an expression @example col("s").str.lenChars() */
  lenChars(): E { return this.make("str.lenChars", undefined, this.receiver); }

  /**
   * Whether the string contains a literal substring or matches a regular expression anywhere.
   * @param pattern - a string (taken literally) or a RegExp
   * @returns a Bool expression
   * @example col("s").str.contains(/^a+/i)
   */
  contains(pattern: Pattern): E {
    const { text, options } = patternParts(pattern, "str.contains");
    return this.make("str.contains", options, this.receiver, text);
  }
  /** Whether the string starts with a prefix. @param prefix - the prefix @returns a Bool expression @example col("s").str.startsWith("ab") */
  startsWith(prefix: string): E { return this.make("str.startsWith", undefined, this.receiver, prefix); }
  /** Whether the string ends with a suffix. @param suffix - the suffix @returns a Bool expression @example col("s").str.endsWith("z") */
  endsWith(suffix: string): E { return this.make("str.endsWith", undefined, this.receiver, suffix); }

  /** Lower case (Unicode, locale-independent). @returns an expression @example col("s").str.lower() */
  lower(): E { return this.make("str.lower", undefined, this.receiver); }
  /** Upper case (Unicode, locale-independent). @returns an expression @example col("s").str.upper() */
  upper(): E { return this.make("str.upper", undefined, this.receiver); }
  /** Without leading and trailing white space (as String.prototype.trim). @returns an expression @example col("s").str.strip() */
  strip(): E { return this.make("str.strip", undefined, this.receiver); }

  /**
   * The characters from `offset` (negative: from the end), `length` of them or all the rest.
   * @param offset - the first character
   * @param length - how many characters, or all the rest
   * @returns an expression
   * @example col("s").str.slice(0, 3)
   */
  slice(offset: number, length?: number): E {
    const args = length === undefined ? [offset] : [offset, length];
    return this.make("str.slice", undefined, this.receiver, ...args);
  }

  /**
   * Replaces the first match of a pattern; a string pattern and its replacement are literal, a
   * RegExp's replacement may use `$1` as JavaScript's replace does.
   * @param pattern - a string or a RegExp
   * @param value - the replacement
   * @returns an expression
   * @example col("s").str.replace("-", " ")
   */
  replace(pattern: Pattern, value: string): E {
    const { text, options } = patternParts(pattern, "str.replace");
    return this.make("str.replace", options, this.receiver, text, value);
  }
  /** Replaces every match; see replace. @param pattern - a string or a RegExp @param value - the replacement @returns an expression @example col("s").str.replaceAll(/\s+/, " ") */
  replaceAll(pattern: Pattern, value: string): E {
    const { text, options } = patternParts(pattern, "str.replaceAll");
    return this.make("str.replaceAll", options, this.receiver, text, value);
  }

  /**
   * Splits by a literal separator; `.get(i)` picks one part (negative from the end, null when absent).
   * @param separator - the separator
   * @returns the parts, of which `get` picks one
   * @example col("path").str.split("/").get(-1)
   */
  split(separator: string): { get(index: number): E } {
    return { get: (index) => this.make("str.splitGet", undefined, this.receiver, separator, index) };
  }

  /**
   * Parses dates with a strftime-style format (`%Y`, `%m`, `%d`, `%H`, `%M`, `%S`, `%%`); a string
   * that does not match gives null.
   * @param format - the format, e.g. "%Y-%m-%d"
   * @returns a Date32 expression
   * @example col("s").str.toDate("%d/%m/%Y")
   */
  toDate(format: string): E { return this.make("str.toDate", undefined, this.receiver, format); }
  /**
   * Parses timestamps with a strftime-style format (also `%f`: fraction digits); no match gives null.
   * @param format - the format, e.g. "%Y-%m-%d %H:%M:%S"
   * @returns a Timestamp (microseconds) expression
   * @example col("s").str.toDatetime("%Y-%m-%dT%H:%M:%S")
   */
  toDatetime(format: string): E { return this.make("str.toDatetime", undefined, this.receiver, format); }
}
