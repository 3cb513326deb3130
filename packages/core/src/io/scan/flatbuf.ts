/**
 * A bounds-checked reader of FlatBuffers tables, the encoding of Arrow IPC metadata. Every offset,
 * vtable and vector count is checked against the bytes that exist before it is followed, so a
 * corrupt count can never make the reader allocate or loop beyond the size of its input; the
 * number of tables visited is bounded by the input's size too, so shared (DAG) offsets cannot
 * make the work grow faster than the input.
 */

/** Malformed FlatBuffers metadata: `at` is the byte, relative to the metadata's start, at fault. */
export class FlatbufferError extends Error {
  /** The byte offset within the metadata. */
  readonly at: number;

  /**
   * @param at - the byte offset within the metadata
   * @param detail - what was found and what was expected
   */
  constructor(at: number, detail: string) {
    super(detail);
    this.at = at;
  }
}

/** The largest nesting of tables (fields within fields) a schema may have. */
export const MAX_DEPTH = 64;

/** The bytes being decoded and the budget of tables they may still visit. */
class Bytes {
  readonly view: DataView;
  readonly length: number;
  visits: number;

  constructor(bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.length = bytes.byteLength;
    // Every distinct table takes at least 4 bytes; more visits than that means shared offsets.
    this.visits = (bytes.byteLength >> 2) + 16;
  }

  /** Throws unless `size` bytes at `at` lie inside the buffer. */
  check(at: number, size: number, what: string): void {
    if (!(at >= 0 && at + size <= this.length)) {
      throw new FlatbufferError(Math.max(0, Math.min(at, this.length)), `${what} at byte ${at} (${size} bytes) lies outside the ${this.length}-byte metadata`);
    }
  }

  uoffset(at: number, what: string): number {
    this.check(at, 4, what);
    return at + this.view.getUint32(at, true);
  }
}

/** A vector's position: `count` elements of the given size from `start`. */
export interface FlatVector {
  start: number;
  count: number;
}

/** One table of a FlatBuffers buffer, read field by field with every access checked. */
export class FlatTable {
  private readonly buf: Bytes;
  /** Where the table starts. */
  readonly at: number;
  /** Its nesting depth (the root is 0). */
  readonly depth: number;
  private readonly vtable: number;
  private readonly vtableSize: number;
  private readonly tableSize: number;

  /**
   * The root table of a buffer (its first 4 bytes are the offset of the root).
   * @param bytes - the metadata
   * @returns the root table
   * @throws FlatbufferError when the root offset or its vtable lies outside the bytes
   */
  static root(bytes: Uint8Array): FlatTable {
    const buf = new Bytes(bytes);
    return new FlatTable(buf, buf.uoffset(0, "root table offset"), 0);
  }

  private constructor(buf: Bytes, at: number, depth: number) {
    if (depth > MAX_DEPTH) throw new FlatbufferError(at, `tables nested deeper than ${MAX_DEPTH} levels`);
    if (--buf.visits < 0) throw new FlatbufferError(at, "more tables than the metadata's size allows (offsets shared in a loop?)");
    this.buf = buf;
    this.at = at;
    this.depth = depth;
    buf.check(at, 4, "table");
    this.vtable = at - buf.view.getInt32(at, true);
    buf.check(this.vtable, 4, "vtable");
    this.vtableSize = buf.view.getUint16(this.vtable, true);
    this.tableSize = buf.view.getUint16(this.vtable + 2, true);
    if (this.vtableSize < 4 || this.vtableSize % 2 !== 0) throw new FlatbufferError(this.vtable, `vtable size ${this.vtableSize} is not an even number ≥ 4`);
    buf.check(this.vtable, this.vtableSize, "vtable");
    if (this.tableSize < 4) throw new FlatbufferError(this.vtable, `table size ${this.tableSize} is less than 4`);
    buf.check(at, this.tableSize, "table");
  }

  /** The absolute position of field `index`, or undefined when it is absent (its default applies). */
  private field(index: number, size: number): number | undefined {
    const entry = 4 + 2 * index;
    if (entry + 2 > this.vtableSize) return undefined;
    const offset = this.buf.view.getUint16(this.vtable + entry, true);
    if (offset === 0) return undefined;
    if (offset + size > this.tableSize) throw new FlatbufferError(this.at + offset, `field ${index} (${size} bytes at ${offset}) lies outside its ${this.tableSize}-byte table`);
    return this.at + offset;
  }

  /** Whether field `index` is present. */
  has(index: number): boolean {
    return this.field(index, 1) !== undefined;
  }

  /** An unsigned byte field (also bools and byte enums). */
  uint8(index: number, fallback: number): number {
    const at = this.field(index, 1);
    return at === undefined ? fallback : this.buf.view.getUint8(at);
  }

  /** A signed 8-bit field. */
  int8(index: number, fallback: number): number {
    const at = this.field(index, 1);
    return at === undefined ? fallback : this.buf.view.getInt8(at);
  }

  /** A signed 16-bit field (short enums). */
  int16(index: number, fallback: number): number {
    const at = this.field(index, 2);
    return at === undefined ? fallback : this.buf.view.getInt16(at, true);
  }

  /** A signed 32-bit field. */
  int32(index: number, fallback: number): number {
    const at = this.field(index, 4);
    return at === undefined ? fallback : this.buf.view.getInt32(at, true);
  }

  /**
   * A signed 64-bit field as a number.
   * @throws FlatbufferError when the value is beyond ±2^53, where numbers stop being exact
   */
  int64(index: number, fallback: number, what: string): number {
    const at = this.field(index, 8);
    return at === undefined ? fallback : safeInt64(this.buf.view, at, what);
  }

  /** A table field, or undefined when absent. */
  table(index: number): FlatTable | undefined {
    const at = this.field(index, 4);
    return at === undefined ? undefined : new FlatTable(this.buf, this.buf.uoffset(at, `field ${index}`), this.depth + 1);
  }

  /** A string field, decoded as UTF-8, or undefined when absent. */
  string(index: number): string | undefined {
    const at = this.field(index, 4);
    if (at === undefined) return undefined;
    const { start, count } = this.vectorAt(at, 1, `string field ${index}`);
    const bytes = new Uint8Array(this.buf.view.buffer, this.buf.view.byteOffset + start, count);
    return new TextDecoder().decode(bytes);
  }

  /**
   * A vector field's position, its count checked against the bytes: `count × size` bytes must
   * follow, so no count can exceed the metadata's length.
   * @param index - the field
   * @param size - each element's size in bytes (4 for offsets to tables)
   * @returns the vector, or an empty one when absent
   */
  vector(index: number, size: number): FlatVector {
    const at = this.field(index, 4);
    return at === undefined ? { start: 0, count: 0 } : this.vectorAt(at, size, `vector field ${index}`);
  }

  /** The tables of a vector-of-tables field. */
  tables(index: number): FlatTable[] {
    const { start, count } = this.vector(index, 4);
    const out: FlatTable[] = [];
    for (let i = 0; i < count; i++) out.push(new FlatTable(this.buf, this.buf.uoffset(start + 4 * i, `element ${i} of field ${index}`), this.depth + 1));
    return out;
  }

  /** A signed 64-bit integer at an absolute position of the buffer (a struct's member). */
  int64At(at: number, what: string): number {
    this.buf.check(at, 8, what);
    return safeInt64(this.buf.view, at, what);
  }

  /** A signed 32-bit integer at an absolute position of the buffer (a struct's or vector's member). */
  int32At(at: number, what: string): number {
    this.buf.check(at, 4, what);
    return this.buf.view.getInt32(at, true);
  }

  private vectorAt(at: number, size: number, what: string): FlatVector {
    const start = this.buf.uoffset(at, what);
    this.buf.check(start, 4, `${what} length`);
    const count = this.buf.view.getUint32(start, true);
    // Checked as a division so that a huge count cannot overflow the product.
    if (count > (this.buf.length - start - 4) / size) {
      throw new FlatbufferError(start, `${what} claims ${count} elements of ${size} bytes, but only ${this.buf.length - start - 4} bytes follow`);
    }
    return { start: start + 4, count };
  }
}

/** The int64 at `at`, refused unless it is a number exactly. */
function safeInt64(view: DataView, at: number, what: string): number {
  const value = view.getBigInt64(at, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new FlatbufferError(at, `${what} ${value} is beyond ±2^53`);
  }
  return Number(value);
}
