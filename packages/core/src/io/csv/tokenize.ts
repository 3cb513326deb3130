/**
 * The CSV tokenizer: one pass over UTF-8 bytes that records where each field of each record lies
 * (RFC 4180: quoted fields may hold delimiters, newlines and doubled quotes; records end with
 * `\n` or `\r\n`). It decodes nothing; column builders read the spans it writes.
 */
import { ABSENT, ESCAPED, type FieldSpans, QUOTED } from "../text/spans.js";

const NL = 10;
const CR = 13;

/** The bytes that shape a CSV file. */
export interface CsvDialect {
  readonly delimiter: number;
  /** The quote byte, or -1 when fields are never quoted. */
  readonly quote: number;
  /** Lines starting with these bytes are skipped, or null. */
  readonly comment: Uint8Array | null;
}

/**
 * Told of a record the tokenizer cannot take: it throws, or returns to have the record skipped
 * (an unterminated quote is never skipped: the tokenizer throws if this returns).
 * @param field - the field at fault (for too many fields: the first field too many)
 * @param at - the byte at fault
 * @param fields - the fields the record has (for too many fields)
 */
export type CsvFault = (kind: "too-many-fields" | "after-quote" | "unterminated-quote", line: number, field: number, at: number, fields: number) => void;

/** Where tokenizing stopped: after the last complete record. */
export interface CsvCursor {
  /** Offset just after the last complete record (or comment line). */
  consumed: number;
  /** The line the next record starts on. */
  line: number;
}

/**
 * Tokenizes the complete records of `bytes[start, end)` into `spans`. When `final` is false the
 * input goes on after `end`, so a record that reaches `end` is left for the next call (with more
 * bytes); when true, `end` ends the last record and an open quote is an error.
 * @param slots - for each field position, its slot in `spans`, or -1 when the field is not kept;
 *   its length is the number of fields a record has (more is a fault; fewer leaves the rest absent)
 * @param line - the line `start` is on
 * @param fault - decides what a faulty record does
 * @param maxRecords - stop after this many records (blank, skipped and kept alike)
 * @returns where the complete records end
 */
export function tokenizeCsv(
  bytes: Uint8Array,
  start: number,
  end: number,
  final: boolean,
  dialect: CsvDialect,
  spans: FieldSpans,
  slots: Int32Array,
  line: number,
  fault: CsvFault,
  maxRecords = Infinity,
): CsvCursor {
  const { delimiter, quote, comment } = dialect;
  const fields = slots.length;
  let pos = start;
  const cursor: CsvCursor = { consumed: start, line };
  let records = 0;
  records: while (pos < end && records < maxRecords) {
    const recordLine = line;
    const recordStart = pos;
    if (comment !== null && startsWith(bytes, pos, end, comment)) {
      const nl = bytes.indexOf(NL, pos);
      if (nl < 0 || nl >= end) {
        if (!final) break;
        pos = end;
      } else {
        pos = nl + 1;
        line++;
      }
      cursor.consumed = pos;
      cursor.line = line;
      continue;
    }
    const base = spans.begin(recordLine, false);
    const { starts, ends, flags } = spans;
    let field = 0;
    let blank = false;
    for (;;) {
      let fieldStart: number;
      let fieldEnd: number;
      let flag = 0;
      if (pos < end && bytes[pos] === quote) {
        const opened = pos;
        fieldStart = pos + 1;
        let p = fieldStart;
        for (;;) {
          while (p < end && bytes[p] !== quote) if (bytes[p++] === NL) line++;
          if (p >= end || (p + 1 === end && !final)) {
            if (!final) break records;
            fault("unterminated-quote", recordLine, field, opened, field);
            throw new Error("unreachable: an unterminated quote is always an error");
          }
          if (p + 1 < end && bytes[p + 1] === quote) {
            flag = ESCAPED;
            p += 2;
          } else break;
        }
        fieldEnd = p;
        flag |= QUOTED;
        pos = p + 1;
        if (pos < end) {
          const b = bytes[pos];
          if (b === CR && pos + 1 === end && !final) break records;
          if (b !== delimiter && b !== NL && !(b === CR && (pos + 1 === end || bytes[pos + 1] === NL))) {
            // The rest of the line is skipped when the fault does not throw; it must be here first,
            // so the fault is told once.
            const next = bytes.indexOf(NL, pos);
            if ((next < 0 || next >= end) && !final) break records;
            fault("after-quote", recordLine, field, pos, field);
            pos = next < 0 || next >= end ? end : next + 1;
            line = pos === end ? line : line + 1;
            cursor.consumed = pos;
            cursor.line = line;
            continue records;
          }
        }
      } else {
        fieldStart = pos;
        while (pos < end) {
          const b = bytes[pos];
          if (b === delimiter || b === NL) break;
          pos++;
        }
        fieldEnd = pos;
        if (pos === end && !final) break records;
        if (fieldEnd > fieldStart && bytes[fieldEnd - 1] === CR && (pos === end || bytes[pos] === NL)) fieldEnd--;
        blank = field === 0 && fieldEnd === fieldStart && (pos === end || bytes[pos] === NL);
      }
      if (field < fields) {
        const slot = slots[field];
        if (slot >= 0) {
          starts[base + slot] = fieldStart;
          ends[base + slot] = fieldEnd;
          flags[base + slot] = flag;
        }
      }
      field++;
      if (pos === end) break;
      if (bytes[pos] === delimiter) {
        pos++;
        continue;
      }
      if (bytes[pos] === CR) pos++;
      pos++;
      line++;
      break;
    }
    const recordEnd = pos;
    if (blank && fields > 1) {
      // A blank line holds no record, unless the file has one column: then it is a null.
    } else if (field < fields) {
      // A short record: the fields it lacks are absent.
      for (let f = field; f < fields; f++) if (slots[f] >= 0) flags[base + slots[f]] = ABSENT;
      spans.rows++;
    } else if (field > fields) {
      fault("too-many-fields", recordLine, fields, recordStart, field);
    } else {
      spans.rows++;
    }
    records++;
    cursor.consumed = recordEnd;
    cursor.line = line;
  }
  return cursor;
}

function startsWith(bytes: Uint8Array, pos: number, end: number, prefix: Uint8Array): boolean {
  if (pos + prefix.length > end) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[pos + i] !== prefix[i]) return false;
  return true;
}
