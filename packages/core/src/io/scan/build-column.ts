import { type Data, DataType, type Dictionary, type Field, makeData, MetadataVersion, Type, UnionMode, type Vector } from "apache-arrow";
import { leaseOf, retype } from "../../memory/index.js";
import { arrayClassOf, readsIntoHeap } from "../heap-types.js";
import { checkIndices, checkOffsets, checkViews, clearBits } from "./check-buffers.js";
import type { FieldNode } from "./decode-message.js";
import { type Encoding, encodingOf } from "./encodings.js";
import { IpcScanError, invalid } from "./errors.js";
import { expandRuns, gatherViews, UnexpandableError } from "./expand-encodings.js";

/** One column's share of a record batch: its field nodes and buffers, in layout order. */
export interface ColumnParts {
  /** The input's name, for errors. */
  name: string;
  /** Where the message starts, for errors. */
  at: number;
  /** The message, e.g. "record batch 3", for errors. */
  what: string;
  nodes: readonly FieldNode[];
  /** The column's buffers, decompressed, in layout order. */
  buffers: readonly Uint8Array[];
  /** The variadic buffer count of each view-type field of the column. */
  variadicCounts: readonly number[];
  /** The dictionaries read so far, by id. */
  dictionaries: ReadonlyMap<number, Vector>;
  version: MetadataVersion;
}

/**
 * Builds one column (with its children) from its field nodes and buffers, checking each buffer
 * against what its node claims before anything reads it: sizes, validity bitmaps against null
 * counts, offsets, dictionary indices, views and union type ids. Buffers not aligned for their
 * element type are copied; the others are used as they are.
 * @param parts - the column's nodes and buffers
 * @param field - the column's field
 * @param rows - the batch's row count, which a top-level column must have
 * @returns the column
 * @throws IpcScanError "invalid" naming the column and what is inconsistent
 */
export function buildColumn(parts: ColumnParts, field: Field, rows: number | undefined): Data {
  return new ColumnBuilder(parts).build(field.type, `column "${field.name}"`, rows);
}

class ColumnBuilder {
  private readonly parts: ColumnParts;
  private node = 0;
  private buffer = 0;
  private variadic = 0;

  constructor(parts: ColumnParts) {
    this.parts = parts;
  }

  build(type: DataType, label: string, rows: number | undefined): Data {
    const node = this.parts.nodes[this.node++];
    if (node === undefined) throw this.fail(label, "has no field node");
    const { length, nullCount } = node;
    if (rows !== undefined && length !== rows) throw this.fail(label, `has ${length} rows; the batch has ${rows}`);
    const encoding = encodingOf(type);
    if (encoding !== undefined) return this.encoded(type, encoding, label, length, nullCount);
    if (type.typeId === Type.Null) return makeData({ type, length });
    if (DataType.isUnion(type)) return this.union(type, label, length, nullCount);
    const nullBitmap = this.validity(label, length, nullCount);
    const base = { type, length, nullCount, nullBitmap } as const;
    switch (type.typeId) {
      case Type.Bool:
        return makeData({ ...base, data: this.fixed(label, Math.ceil(length / 8)) } as never);
      case Type.Utf8:
      case Type.Binary:
      case Type.LargeUtf8:
      case Type.LargeBinary: {
        const valueOffsets = this.offsets(type, label, length);
        const bytes = this.next();
        this.check(label, checkOffsets(valueOffsets, bytes.length));
        const end = Number(valueOffsets[length] ?? 0);
        return makeData({ ...base, valueOffsets, data: bytes.subarray(0, end) } as never);
      }
      case Type.Utf8View:
      case Type.BinaryView: {
        const views = this.fixed(label, 16 * length);
        const count = this.parts.variadicCounts[this.variadic++] ?? 0;
        const variadicBuffers = Array.from({ length: count }, () => this.next());
        this.check(label, checkViews(views, length, nullBitmap, variadicBuffers));
        return makeData({ ...base, views, variadicBuffers } as never);
      }
      case Type.List:
      case Type.LargeList:
      case Type.Map: {
        const valueOffsets = this.offsets(type, label, length);
        const child = this.build(type.children[0].type, `${label} child`, undefined);
        this.check(label, checkOffsets(valueOffsets, child.length));
        return makeData({ ...base, valueOffsets, child } as never);
      }
      case Type.FixedSizeList: {
        const child = this.build(type.children[0].type, `${label} child`, undefined);
        const size = (type as unknown as { listSize: number }).listSize;
        if (child.length < length * size) throw this.fail(label, `has ${length} lists of ${size} but its child holds only ${child.length} values`);
        return makeData({ ...base, child } as never);
      }
      case Type.Struct: {
        const children = type.children.map((f, i) => this.build(f.type, `${label} field ${i} ("${f.name}")`, undefined));
        const short = children.findIndex((c) => c.length < length);
        if (short >= 0) throw this.fail(label, `has ${length} rows but its field ${short} holds only ${children[short].length}`);
        return makeData({ ...base, children } as never);
      }
      case Type.Dictionary:
        return this.dictionary(type as Dictionary, label, base);
      default:
        return makeData({ ...base, data: keepLease(type, this.fixed(label, length * byteWidth(type))) } as never);
    }
  }

  /** A RunEndEncoded or ListView column, read as the values or List it encodes. */
  private encoded(type: DataType, encoding: Encoding, label: string, length: number, nullCount: number): Data {
    let result: Data | string;
    try {
      if (encoding.kind === "run-end") {
        const runEnds = this.build(encoding.runEnds.type, `${label} run ends`, undefined);
        result = expandRuns(runEnds, this.build(encoding.values.type, `${label} values`, undefined), length);
      } else {
        const validity = this.validity(label, length, nullCount);
        const width = encoding.large ? 8 : 4;
        const view = (bytes: Uint8Array) => (encoding.large ? new BigInt64Array(bytes.buffer, bytes.byteOffset, length) : new Int32Array(bytes.buffer, bytes.byteOffset, length));
        const offsets = view(this.fixed(label, width * length));
        const sizes = view(this.fixed(label, width * length));
        result = gatherViews(type, length, validity, nullCount, offsets, sizes, this.build(encoding.child.type, `${label} child`, undefined));
      }
    } catch (error) {
      if (!(error instanceof UnexpandableError)) throw error;
      throw new IpcScanError("unsupported", this.parts.name, `${this.parts.what} ${label} ${error.message}`, this.parts.at);
    }
    if (typeof result === "string") throw this.fail(label, result);
    return result;
  }

  /** Dictionary indices, each of a valid slot checked against the dictionary's length. */
  private dictionary(type: Dictionary, label: string, base: { length: number; nullBitmap: Uint8Array | null }): Data {
    const dictionary = this.parts.dictionaries.get(type.id);
    if (dictionary === undefined) throw this.fail(label, `needs dictionary id ${type.id}, which no dictionary batch defined before`);
    const bytes = this.fixed(label, base.length * (type.indices.bitWidth / 8));
    const indices = new type.indices.ArrayType(bytes.buffer as ArrayBuffer, bytes.byteOffset, base.length) as ArrayLike<number | bigint>;
    this.check(label, checkIndices(indices, base.nullBitmap, dictionary.length));
    return makeData({ ...base, type, data: bytes, dictionary } as never);
  }

  /** Type ids that the union declares, and (dense) offsets inside the child each id selects. */
  private union(type: DataType, label: string, length: number, nullCount: number): Data {
    const union = type as unknown as { mode: UnionMode; typeIds: number[]; children: Field[] };
    if (this.parts.version < MetadataVersion.V5) this.next(); // the validity bitmap unions had before V5
    const ids = this.fixed(label, length);
    const dense = union.mode === UnionMode.Dense;
    const denseBytes = dense ? this.fixed(label, 4 * length) : undefined;
    const offsets = denseBytes && new Int32Array(denseBytes.buffer, denseBytes.byteOffset, length);
    const children = union.children.map((f, i) => this.build(f.type, `${label} member ${i} ("${f.name}")`, undefined));
    const childOf = new Map(Array.from(union.typeIds, (id, i) => [id, i]));
    for (let i = 0; i < length; i++) {
      const id = ids[i];
      const child = childOf.get(id);
      if (child === undefined) throw this.fail(label, `row ${i} has type id ${id}; the union declares [${union.typeIds.join(", ")}]`);
      const row = offsets === undefined ? i : offsets[i];
      if (!(row >= 0 && row < children[child].length)) throw this.fail(label, `row ${i} points at row ${row} of member ${child}, which has ${children[child].length}`);
    }
    return makeData({ type, length, nullCount, typeIds: new Int8Array(ids.buffer, ids.byteOffset, length), valueOffsets: offsets, children } as never);
  }

  /**
   * The validity bitmap when the node has nulls, its zero bits counted. A node without nulls may
   * omit it; one it carries must agree (no zero bits) and is then dropped.
   */
  private validity(label: string, length: number, nullCount: number): Uint8Array | null {
    const bytes = this.next();
    if (nullCount === 0 && bytes.length === 0) return null;
    const needed = Math.ceil(length / 8);
    if (bytes.length < needed) {
      throw this.fail(label, bytes.length === 0 ? `claims ${nullCount} nulls but has no validity bitmap` : `has a ${bytes.length}-byte validity bitmap; ${length} rows need ${needed}`);
    }
    const bits = bytes.subarray(0, needed);
    const found = clearBits(bits, length);
    if (found !== nullCount) throw this.fail(label, `claims ${nullCount} nulls but its validity bitmap marks ${found}`);
    return nullCount === 0 ? null : bits;
  }

  /** The offsets of a variable-width or list column: `length + 1` of them, or one 0 when empty. */
  private offsets(type: DataType, label: string, length: number): Int32Array | BigInt64Array {
    const wide = type.typeId === Type.LargeUtf8 || type.typeId === Type.LargeBinary || type.typeId === Type.LargeList;
    const bytes = this.next();
    if (length === 0 && bytes.length === 0) return wide ? new BigInt64Array(1) : new Int32Array(1);
    const width = wide ? 8 : 4;
    if (bytes.length < width * (length + 1)) throw this.fail(label, `has a ${bytes.length}-byte offsets buffer; ${length} rows need ${width * (length + 1)}`);
    const aligned = toAligned(bytes);
    return wide ? new BigInt64Array(aligned.buffer, aligned.byteOffset, length + 1) : new Int32Array(aligned.buffer, aligned.byteOffset, length + 1);
  }

  /** The next buffer, at least `needed` bytes, cut to them and aligned. */
  private fixed(label: string, needed: number): Uint8Array {
    const bytes = this.next();
    if (bytes.length < needed) throw this.fail(label, `has a ${bytes.length}-byte data buffer; its rows need ${needed}`);
    return toAligned(bytes.subarray(0, needed));
  }

  private next(): Uint8Array {
    const bytes = this.parts.buffers[this.buffer++];
    if (bytes === undefined) throw invalid(this.parts.name, this.parts.at, `${this.parts.what} has fewer buffers than its schema needs`);
    return bytes;
  }

  private check(label: string, problem: string | undefined): void {
    if (problem !== undefined) throw this.fail(label, problem);
  }

  private fail(label: string, detail: string): Error {
    return invalid(this.parts.name, this.parts.at, `${this.parts.what} ${label} ${detail}`);
  }
}

/**
 * Fixed-width values read into the WebAssembly heap, as the typed array Arrow keeps them in and
 * carrying the heap block's lease (Arrow would make a plain view that lets the block be freed);
 * other bytes as they are.
 */
function keepLease(type: DataType, bytes: Uint8Array): ArrayBufferView {
  return leaseOf(bytes) === undefined || !readsIntoHeap(type) ? bytes : retype(arrayClassOf(type), bytes);
}

/** Bytes whose start is 8-byte aligned (copied when not), so any typed array can view them. */
function toAligned(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
}

/** Bytes per value of a fixed-width type. */
function byteWidth(type: DataType): number {
  const t = type as unknown as { bitWidth?: number; precision?: number; unit?: number; byteWidth?: number };
  switch (type.typeId) {
    case Type.Int:
    case Type.Time:
    case Type.Decimal:
      return (t.bitWidth as number) / 8;
    case Type.Float:
      return [2, 4, 8][t.precision as number];
    case Type.Date:
      return t.unit === 0 ? 4 : 8;
    case Type.Interval:
      return [4, 8, 16][t.unit as number];
    case Type.FixedSizeBinary:
      return t.byteWidth as number;
    case Type.Timestamp:
    case Type.Duration:
      return 8;
    default:
      throw new TypeError(`no fixed width for ${type}`);
  }
}
