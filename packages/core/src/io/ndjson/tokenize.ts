/**
 * The NDJSON tokenizer: each line is one flat JSON object, whose values it records as field spans
 * by key — strings (inside their quotes), numbers, booleans, null, and nested objects or arrays
 * kept as their JSON text. It decodes nothing but keys that are not where they were expected.
 */
import type { TextCursor, TextFault } from "../text/block-parser.js";
import { quoteFound } from "../text/errors.js";
import { ABSENT, ESCAPED, type FieldSpans, NESTED, QUOTED } from "../text/spans.js";
import type { KeyIndex } from "./keys.js";

const NL = 10;
const QUOTE = 34;
const BACKSLASH = 92;

function isSpace(b: number): boolean {
  return b === 32 || b === 9 || b === 13;
}

/**
 * Tokenizes the complete lines of `bytes[start, end)` into `spans` (the contract of tokenizeCsv).
 * @param slots - for each column, its slot in `spans` or -1 when not kept
 * @param keys - finds a key's column
 */
export function tokenizeNdjson(
  bytes: Uint8Array,
  start: number,
  end: number,
  final: boolean,
  spans: FieldSpans,
  slots: Int32Array,
  keys: KeyIndex,
  line: number,
  fault: TextFault,
  maxRecords = Infinity,
): TextCursor {
  const cursor: TextCursor = { consumed: start, line };
  let pos = start;
  let records = 0;
  while (pos < end && records < maxRecords) {
    let lineEnd = bytes.indexOf(NL, pos);
    if (lineEnd < 0 || lineEnd >= end) {
      if (!final) break;
      lineEnd = end;
    }
    const problem = parseLine(bytes, pos, lineEnd, spans, slots, keys, line);
    if (problem === undefined) {
      records++;
    } else if (problem !== BLANK) {
      fault("bad-row", line, undefined, problem.at, `found ${problem.at >= lineEnd ? "the end of the line" : quoteFound(bytes, problem.at, problem.at + 1)}; expected ${problem.expected}`);
    }
    pos = lineEnd + 1;
    line++;
    cursor.consumed = Math.min(pos, end);
    cursor.line = line;
  }
  return cursor;
}

const BLANK = { at: -1, expected: "" };

/** Parses one line into a new record of `spans`; returns what was wrong, or undefined. */
function parseLine(
  bytes: Uint8Array,
  start: number,
  end: number,
  spans: FieldSpans,
  slots: Int32Array,
  keys: KeyIndex,
  line: number,
): { at: number; expected: string } | undefined {
  let pos = start;
  while (pos < end && isSpace(bytes[pos])) pos++;
  if (pos === end) return BLANK;
  if (bytes[pos] !== 123) return { at: pos, expected: "a JSON object {…}" };
  pos++;
  const base = spans.begin(line);
  const { starts, ends, flags } = spans;
  let hint = 0;
  for (let first = true; ; first = false) {
    while (pos < end && isSpace(bytes[pos])) pos++;
    // "}" may close an empty object, not follow a comma.
    if (first && bytes[pos] === 125 && pos < end) {
      pos++;
      break;
    }
    if (bytes[pos] !== QUOTE || pos >= end) return { at: pos, expected: first ? 'a key in quotes or "}"' : "a key in quotes" };
    const keyStart = pos + 1;
    const keyEnd = stringEnd(bytes, keyStart, end);
    if (keyEnd < 0) return { at: end, expected: "the key's closing quote" };
    const column = keys.lookup(bytes, keyStart, keyEnd, hint);
    hint = column + 1;
    pos = keyEnd + 1;
    while (pos < end && isSpace(bytes[pos])) pos++;
    if (bytes[pos] !== 58 || pos >= end) return { at: pos, expected: '":" after the key' };
    pos++;
    while (pos < end && isSpace(bytes[pos])) pos++;
    if (pos >= end) return { at: pos, expected: "a value" };
    // A value of a column the scan does not keep is only stepped over: no escapes or null looked for.
    const kept = column >= 0 && column < slots.length && slots[column] >= 0;
    let valueStart = pos;
    let valueEnd: number;
    let flag = 0;
    const b = bytes[pos];
    if (b === QUOTE) {
      valueStart = pos + 1;
      valueEnd = stringEnd(bytes, valueStart, end);
      if (valueEnd < 0) return { at: end, expected: "the string's closing quote" };
      flag = kept ? QUOTED | (hasEscape(bytes, valueStart, valueEnd) ? ESCAPED : 0) : 0;
      pos = valueEnd + 1;
    } else if (b === 123 || b === 91) {
      valueEnd = nestedEnd(bytes, pos, end);
      if (valueEnd < 0) return { at: end, expected: "the end of a nested object or array" };
      flag = NESTED;
      pos = valueEnd;
    } else {
      while (pos < end && bytes[pos] !== 44 && bytes[pos] !== 125 && !isSpace(bytes[pos])) pos++;
      valueEnd = pos;
      if (kept && isNullLiteral(bytes, valueStart, valueEnd)) flag = ABSENT;
    }
    if (kept) {
      const i = base + slots[column];
      starts[i] = valueStart;
      ends[i] = valueEnd;
      flags[i] = flag;
    }
    while (pos < end && isSpace(bytes[pos])) pos++;
    if (bytes[pos] === 44 && pos < end) {
      pos++;
      continue;
    }
    if (bytes[pos] === 125 && pos < end) {
      pos++;
      break;
    }
    return { at: pos, expected: '"," or "}"' };
  }
  while (pos < end && isSpace(bytes[pos])) pos++;
  if (pos < end) return { at: pos, expected: "the end of the line after the object" };
  spans.rows++;
  return undefined;
}

/** The offset of the closing quote of a string starting at `pos` (after its opening quote), or -1. */
function stringEnd(bytes: Uint8Array, pos: number, end: number): number {
  while (pos < end) {
    const b = bytes[pos];
    if (b === QUOTE) return pos;
    pos += b === BACKSLASH ? 2 : 1;
  }
  return -1;
}

function isNullLiteral(bytes: Uint8Array, start: number, end: number): boolean {
  return end - start === 4 && bytes[start] === 110 && bytes[start + 1] === 117 && bytes[start + 2] === 108 && bytes[start + 3] === 108;
}

function hasEscape(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (bytes[i] === BACKSLASH) return true;
  return false;
}

/** The offset after the bracket closing the object or array opened at `pos`, or -1. */
function nestedEnd(bytes: Uint8Array, pos: number, end: number): number {
  let depth = 0;
  while (pos < end) {
    const b = bytes[pos];
    if (b === QUOTE) {
      pos = stringEnd(bytes, pos + 1, end);
      if (pos < 0) return -1;
    } else if (b === 123 || b === 91) depth++;
    else if (b === 125 || b === 93) {
      depth--;
      if (depth === 0) return pos + 1;
    }
    pos++;
  }
  return -1;
}
