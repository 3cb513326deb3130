/**
 * Field spans: where each field of each record lies in the input's bytes. Tokenizers write them;
 * column builders read them. Nothing is decoded to a JavaScript value until a column needs it.
 */

/** The field was quoted (CSV) or a JSON string (NDJSON): its span excludes the quotes. */
export const QUOTED = 1;
/** The span holds escapes (a doubled quote, a JSON backslash) that copying must undo. */
export const ESCAPED = 2;
/** The field is missing (a short row, an absent key) or a JSON `null`. */
export const ABSENT = 4;
/** A JSON object or array, kept as its text. */
export const NESTED = 8;

/**
 * Spans of the kept fields of a run of records: row `r`'s field in slot `s` is at index
 * `r * width + s` of `starts`, `ends` and `flags`.
 */
export class FieldSpans {
  /** Records held. */
  rows = 0;
  starts: Int32Array;
  ends: Int32Array;
  flags: Uint8Array;
  /** The 1-based input line each record starts on. */
  lines: Float64Array;

  /**
   * @param width - fields kept per record (the slots)
   * @param capacity - records to make room for at first
   */
  constructor(
    readonly width: number,
    capacity = 1024,
  ) {
    this.starts = new Int32Array(capacity * width);
    this.ends = new Int32Array(capacity * width);
    this.flags = new Uint8Array(capacity * width);
    this.lines = new Float64Array(capacity);
  }

  /**
   * Starts a record on `line`; returns its first index.
   * @param absent - mark every slot absent until written (a tokenizer that writes every slot
   *   itself passes false)
   */
  begin(line: number, absent = true): number {
    if (this.rows === this.lines.length) this.grow();
    const base = this.rows * this.width;
    if (absent) this.flags.fill(ABSENT, base, base + this.width);
    this.lines[this.rows] = line;
    return base;
  }

  /** Forgets every record, keeping the room. */
  clear(): void {
    this.rows = 0;
  }

  private grow(): void {
    const capacity = this.lines.length * 2;
    this.starts = grown(this.starts, new Int32Array(capacity * this.width));
    this.ends = grown(this.ends, new Int32Array(capacity * this.width));
    this.flags = grown(this.flags, new Uint8Array(capacity * this.width));
    this.lines = grown(this.lines, new Float64Array(capacity));
  }
}

function grown<T extends Int32Array | Uint8Array | Float64Array>(old: T, fresh: T): T {
  fresh.set(old as never);
  return fresh;
}
