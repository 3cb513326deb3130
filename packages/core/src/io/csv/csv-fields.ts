/** How CSV fields read: the tokenizer as a block parser sees it, null rules, unescaping. */
import { quoteFound } from "../text/errors.js";
import type { TextCursor, TextFault, TextTokenizer } from "../text/block-parser.js";
import type { ColumnContext } from "../text/column-context.js";
import { ABSENT, QUOTED, type FieldSpans } from "../text/spans.js";
import { type CsvDialect, tokenizeCsv } from "./tokenize.js";

/**
 * The CSV tokenizer for a block parser, keeping the fields `slots` says.
 * @param names - the column names, for messages
 */
export function csvTokenizer(dialect: CsvDialect, slots: Int32Array, names: readonly string[]): TextTokenizer {
  let width = 0;
  for (const slot of slots) if (slot >= 0) width++;
  return {
    width,
    tokenize(bytes: Uint8Array, start: number, end: number, final: boolean, spans: FieldSpans, line: number, fault: TextFault): TextCursor {
      return tokenizeCsv(bytes, start, end, final, dialect, spans, slots, line, (kind, at_line, field, at, fields) => {
        if (kind === "too-many-fields") {
          fault("bad-row", at_line, undefined, at, `found a record of ${fields} fields; expected ${names.length} (the header's)`);
        } else if (kind === "after-quote") {
          fault("bad-row", at_line, names[field], at, `found ${quoteFound(bytes, at, at + 1)} after a closing quote; expected the delimiter or the end of the line`);
        } else {
          fault("unterminated-quote", at_line, names[field], at, "found a quoted field that is not closed before the end of the input; expected a closing quote");
        }
      });
    },
  };
}

/**
 * The null rules: a missing field or an empty one is null; so is an unquoted field that spells
 * one of `nullValues`. In a Utf8 column a quoted empty field is the empty string.
 */
export function csvNulls(nullValues: readonly string[]): Pick<ColumnContext, "isNull" | "isNullText" | "quotedNumbers"> {
  const encoder = new TextEncoder();
  const spelled = nullValues.map((v) => encoder.encode(v));
  const matches =
    spelled.length === 0
      ? () => false
      : (bytes: Uint8Array, start: number, end: number) => spelled.some((s) => s.length === end - start && s.every((b, i) => bytes[start + i] === b));
  return {
    quotedNumbers: true,
    isNull: (bytes, start, end, flags) => (flags & ABSENT) !== 0 || end === start || ((flags & QUOTED) === 0 && matches(bytes, start, end)),
    isNullText: (bytes, start, end, flags) => (flags & ABSENT) !== 0 || ((flags & QUOTED) === 0 && (end === start || matches(bytes, start, end))),
  };
}

/**
 * Copies a quoted field's bytes with each doubled quote made single.
 * @param quote - the quote byte
 */
export function csvUnescape(quote: number): ColumnContext["unescape"] {
  return (bytes, start, end, out, at) => {
    let n = at;
    for (let i = start; i < end; i++) {
      out[n++] = bytes[i];
      if (bytes[i] === quote) i++;
    }
    return n - at;
  };
}
