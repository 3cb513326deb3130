/**
 * A bounds-checked reader of raw flatbuffer tables, independent of apache-arrow's generated code,
 * so the reference decoding never trusts a count before checking it against the bytes. Every
 * position it returns is absolute (in the whole input), so mutators can aim at the same fields.
 */

/** The bytes do not form the structure the reader expected. */
export class Malformed extends Error {
  override name = "Malformed";
}

/** A field a mutator may aim at: its absolute byte position and width. */
export interface FieldSite {
  readonly pos: number;
  readonly width: 1 | 2 | 4 | 8;
  readonly what: string;
}

/** A flatbuffer inside a larger input: `base` is where the flatbuffer starts, `end` where it ends. */
export class Flatbuffer {
  private readonly view: DataView;

  constructor(
    readonly bytes: Uint8Array,
    readonly base: number,
    readonly end: number,
    readonly sites: FieldSite[] = [],
  ) {
    if (base < 0 || end > bytes.length || base > end) throw new Malformed(`flatbuffer [${base}, ${end}) outside the input`);
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  private check(pos: number, width: number): void {
    if (!Number.isInteger(pos) || pos < this.base || pos + width > this.end) throw new Malformed(`read of ${width} bytes at ${pos} outside [${this.base}, ${this.end})`);
  }

  u8(pos: number): number {
    this.check(pos, 1);
    return this.view.getUint8(pos);
  }
  i16(pos: number): number {
    this.check(pos, 2);
    return this.view.getInt16(pos, true);
  }
  u16(pos: number): number {
    this.check(pos, 2);
    return this.view.getUint16(pos, true);
  }
  i32(pos: number): number {
    this.check(pos, 4);
    return this.view.getInt32(pos, true);
  }
  u32(pos: number): number {
    this.check(pos, 4);
    return this.view.getUint32(pos, true);
  }
  i64(pos: number): bigint {
    this.check(pos, 8);
    return this.view.getBigInt64(pos, true);
  }

  /** The root table's position. */
  root(): number {
    this.sites.push({ pos: this.base, width: 4, what: "root offset" });
    return this.base + this.u32(this.base);
  }

  /** The absolute position of field `index` of the table at `table`, or undefined when absent. */
  field(table: number, index: number): number | undefined {
    const vtable = table - this.i32(table);
    const vtableSize = this.u16(vtable);
    if (vtableSize < 4 || vtableSize % 2 !== 0) throw new Malformed(`vtable size ${vtableSize} at ${vtable}`);
    const slot = 4 + 2 * index;
    if (slot + 2 > vtableSize) return undefined;
    const offset = this.u16(vtable + slot);
    return offset === 0 ? undefined : table + offset;
  }

  /** A scalar field, or the default when absent, recording its site. */
  scalar<T>(table: number, index: number, width: 1 | 2 | 4 | 8, read: (pos: number) => T, fallback: T, what: string): T {
    const pos = this.field(table, index);
    if (pos === undefined) return fallback;
    this.sites.push({ pos, width, what });
    return read(pos);
  }

  /** The position an offset field points to (a table, vector or string), or undefined when absent. */
  ref(table: number, index: number, what: string): number | undefined {
    const pos = this.field(table, index);
    if (pos === undefined) return undefined;
    this.sites.push({ pos, width: 4, what: `${what} offset` });
    const target = pos + this.u32(pos);
    this.check(target, 4);
    return target;
  }

  /** A vector's element count and the position of its first element, checked to fit. */
  vector(table: number, index: number, elementSize: number, what: string): { at: number; length: number } | undefined {
    const vec = this.ref(table, index, what);
    if (vec === undefined) return undefined;
    const length = this.u32(vec);
    this.sites.push({ pos: vec, width: 4, what: `${what} count` });
    if (vec + 4 + length * elementSize > this.end) throw new Malformed(`${what}: ${length} elements of ${elementSize} bytes run past the flatbuffer`);
    return { at: vec + 4, length };
  }

  /** A vector of tables: the positions of each table. */
  tables(table: number, index: number, what: string): number[] {
    const vec = this.vector(table, index, 4, what);
    if (vec === undefined) return [];
    return Array.from({ length: vec.length }, (_, i) => {
      const pos = vec.at + 4 * i;
      return pos + this.u32(pos);
    });
  }

  /** A string field, or undefined when absent. */
  string(table: number, index: number, what: string): string | undefined {
    const vec = this.vector(table, index, 1, what);
    if (vec === undefined) return undefined;
    return new TextDecoder().decode(this.bytes.subarray(vec.at, vec.at + vec.length));
  }
}
