/**
 * Turns a text input's chunks into record batches, block by block: buffered bytes are tokenized
 * into field spans up to the last complete record, the kept columns are built from the spans, and
 * the incomplete tail waits for the next chunk. Memory follows the block size, not the input.
 */
import { type Field, type RecordBatch, Type } from "apache-arrow";
import { makeBatch, takeRows } from "../../exec/batch.js";
import { buildColumn } from "./build-columns.js";
import type { ColumnContext, Unescape } from "./column-context.js";
import { type TextErrorClass, type TextScanErrorCode, quoteFound } from "./errors.js";
import { FieldSpans } from "./spans.js";
import { checkUtf8 } from "./utf8.js";

/** Where a tokenizer stopped: after the last complete record. */
export interface TextCursor {
  consumed: number;
  line: number;
}

/** Reports a fault at buffer offset `at`: throws, or returns when bad rows are skipped. */
export type TextFault = (code: TextScanErrorCode, line: number, column: string | undefined, at: number, detail: string) => void;

/** The format-specific part: how records are cut into field spans. */
export interface TextTokenizer {
  /** Fields kept per record. */
  readonly width: number;
  /**
   * Tokenizes the complete records of `bytes[start, end)` (see tokenizeCsv for the contract).
   * @returns where the complete records end
   */
  tokenize(bytes: Uint8Array, start: number, end: number, final: boolean, spans: FieldSpans, line: number, fault: TextFault): TextCursor;
}

/** One output column: its field and the slot of the spans it is built from. */
export interface OutputColumn {
  readonly field: Field;
  readonly slot: number;
  /** Whether the type was inferred (a value that does not fit then suggests a schema override). */
  readonly inferred: boolean;
}

/** What a text format gives every scan of an input. */
export interface TextFormat {
  readonly name: string;
  readonly errors: TextErrorClass;
  /** The tokenizer keeping the fields `slots` says (see projectColumns). */
  tokenizer(slots: Int32Array): TextTokenizer;
  readonly nulls: Pick<ColumnContext, "isNull" | "isNullText" | "quotedNumbers">;
  readonly unescape: Unescape;
  /** Bytes before the first record (a BOM, the header), and the line the first record is on. */
  readonly skipBytes: number;
  readonly firstLine: number;
  /** Skip rows that do not parse (counted) instead of failing. */
  readonly skipBadRows: boolean;
  /** How the inference hint names its sample, e.g. "the first 1000 rows". */
  readonly sampleNote: string;
}

/** Everything a parser needs beyond the bytes: the format, and the columns this scan builds. */
export interface BlockParserOptions extends Omit<TextFormat, "tokenizer"> {
  readonly tokenizer: TextTokenizer;
  readonly columns: readonly OutputColumn[];
}

/** The first block is small, so a limit stops reading early; later ones grow to this size. */
const FIRST_BLOCK = 64 << 10;
const MAX_BLOCK = 2 << 20;

/**
 * A push parser: `push` each chunk, then `finish`; each yields the batches completed, parsing each
 * block only when its batch is asked for (so a consumer that stops early stops the parsing).
 */
export class BlockParser {
  /** Rows yielded so far. */
  rows = 0;
  /** Rows skipped as bad so far. */
  skippedRows = 0;
  /** Input bytes consumed into complete records so far. */
  bytes = 0;
  private buffer: Uint8Array = new Uint8Array(0);
  private pos = 0;
  /** Input offset of `buffer[0]`. */
  private base = 0;
  private readonly pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private skip: number;
  private line: number;
  private block = FIRST_BLOCK;
  private readonly spans: FieldSpans;
  private drop: number[] = [];

  constructor(private readonly options: BlockParserOptions) {
    this.skip = options.skipBytes;
    this.base = options.skipBytes;
    this.line = options.firstLine;
    this.spans = new FieldSpans(options.tokenizer.width);
  }

  /** Takes the next chunk of the input; yields the batches it completed. */
  *push(chunk: Uint8Array): Generator<RecordBatch> {
    if (this.skip > 0) {
      const n = Math.min(this.skip, chunk.length);
      this.skip -= n;
      chunk = chunk.subarray(n);
    }
    if (chunk.length === 0) return;
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.buffer.length - this.pos + this.pendingBytes < this.block) return;
    this.gather();
    yield* this.parse(false);
  }

  /** Ends the input; yields the last batches. */
  *finish(): Generator<RecordBatch> {
    this.gather();
    yield* this.parse(true);
  }

  /** Moves the pending chunks behind the unconsumed bytes, in one buffer. */
  private gather(): void {
    if (this.pendingBytes === 0) return;
    const rest = this.buffer.length - this.pos;
    if (rest === 0 && this.pending.length === 1) {
      this.base += this.pos;
      this.buffer = this.pending[0];
    } else {
      const merged = new Uint8Array(rest + this.pendingBytes);
      merged.set(this.buffer.subarray(this.pos));
      let at = rest;
      for (const chunk of this.pending) {
        merged.set(chunk, at);
        at += chunk.length;
      }
      this.base += this.pos;
      this.buffer = merged;
    }
    this.pos = 0;
    this.pending.length = 0;
    this.pendingBytes = 0;
  }

  /** Parses blocks of the buffer; when not final, the last incomplete record stays for later. */
  private *parse(final: boolean): Generator<RecordBatch> {
    const length = this.buffer.length;
    while (this.pos < length) {
      const window = Math.min(length, this.pos + this.block);
      const last = window === length;
      if (last && !final && window - this.pos < this.block) break;
      const cursor = this.options.tokenizer.tokenize(this.buffer, this.pos, window, final && last, this.spans, this.line, this.fault);
      if (cursor.consumed === this.pos) {
        // No record ended in the window: widen it (a long record), or wait for more input.
        this.block *= 2;
        if (last) break;
        continue;
      }
      const batch = this.build();
      this.bytes += cursor.consumed - this.pos;
      this.pos = cursor.consumed;
      this.line = cursor.line;
      if (this.block < MAX_BLOCK) this.block *= 2;
      if (batch !== undefined) yield batch;
    }
  }

  private readonly fault: TextFault = (code, line, column, at, detail) => {
    const offset = this.base + at;
    if (this.options.skipBadRows && code !== "unterminated-quote") {
      this.skippedRows++;
      return;
    }
    throw new this.options.errors(code, this.options.name, { line, column, offset }, detail);
  };

  /** The batch of the records tokenized into the spans, which it then clears. */
  private build(): RecordBatch | undefined {
    const { spans, buffer, options } = this;
    if (spans.rows === 0) return undefined;
    const fields = options.columns.map((c) => c.field);
    const columns = options.columns.map((column) => {
      const ctx: ColumnContext = { ...options.nulls, bytes: buffer, spans, slot: column.slot, unescape: options.unescape, bad: this.badValue(column) };
      const data = buildColumn(column.field.type, ctx);
      if (data.type.typeId === Type.Utf8) checkUtf8(data, ctx, (row, s, e) => this.fail("invalid-utf8", row, column, s, `found bytes that are not UTF-8 in ${quoteFound(buffer, s, e)}`));
      return data;
    });
    let batch = makeBatch(fields, columns, spans.rows);
    if (this.drop.length > 0) batch = takeRows(batch, keptRows(spans.rows, this.drop));
    this.skippedRows += spans.rows - batch.numRows;
    this.rows += batch.numRows;
    this.drop = [];
    spans.clear();
    return batch;
  }

  private badValue(column: OutputColumn): ColumnContext["bad"] {
    return (row, start, end, expected) => {
      const hint = column.inferred ? `; the type ${String(column.field.type)} was inferred from ${this.options.sampleNote}: pass a \`schema\` for this column` : "";
      this.fail("bad-value", row, column, start, `found ${quoteFound(this.buffer, start, end)}; expected ${expected}${hint}`);
    };
  }

  private fail(code: TextScanErrorCode, row: number, column: OutputColumn, start: number, detail: string): void {
    if (this.options.skipBadRows) {
      this.drop.push(row);
      return;
    }
    const place = { line: this.spans.lines[row], column: column.field.name, offset: this.base + start };
    throw new this.options.errors(code, this.options.name, place, detail);
  }
}

/** Positions 0 … rows - 1 without those dropped. */
function keptRows(rows: number, drop: readonly number[]): Int32Array {
  const dropped = new Uint8Array(rows);
  for (const row of drop) dropped[row] = 1;
  const kept = new Int32Array(rows - dropped.reduce((a, b) => a + b, 0));
  for (let row = 0, n = 0; row < rows; row++) if (dropped[row] === 0) kept[n++] = row;
  return kept;
}
