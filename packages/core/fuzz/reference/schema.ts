/**
 * The reference reading of an Arrow Schema flatbuffer: every enum checked, every parameter in
 * its allowed set. Types the reference does not decode are `opaque`, which makes the input's
 * answer unverifiable rather than invalid.
 */
import { type Flatbuffer, Malformed } from "./flatbuf.js";

/** A column type as the reference decodes it. */
export type RefType =
  | { kind: "int"; bitWidth: 8 | 16 | 32 | 64; signed: boolean }
  | { kind: "float"; precision: 0 | 1 | 2 }
  | { kind: "bool" }
  | { kind: "utf8" | "binary"; large: boolean }
  | { kind: "fixedbinary"; width: number }
  | { kind: "date"; unit: number }
  | { kind: "timestamp"; unit: number; tz: string | undefined }
  | { kind: "time"; unit: number; bitWidth: 32 | 64 }
  | { kind: "duration"; unit: number }
  | { kind: "opaque"; typeId: number };

/** A top-level or dictionary value field. */
export interface RefField {
  readonly name: string;
  readonly type: RefType;
  /** For a dictionary-encoded column: its id and the index type (`type` is the value type). */
  readonly dictionary: { id: bigint; index: Extract<RefType, { kind: "int" }> } | undefined;
}

/** A decoded schema. */
export interface RefSchema {
  readonly fields: RefField[];
  readonly bigEndian: boolean;
}

/** The largest Type union tag the format defines (LargeListView). */
const MAX_TYPE = 26;

/**
 * Reads a Schema table.
 * @param fb - the flatbuffer
 * @param table - the Schema table's position
 * @returns the schema
 * @throws Malformed on any unknown enum, bad parameter or out-of-range read
 */
export function readSchema(fb: Flatbuffer, table: number): RefSchema {
  const endianness = fb.scalar(table, 0, 2, (p) => fb.i16(p), 0, "schema endianness");
  if (endianness !== 0 && endianness !== 1) throw new Malformed(`endianness ${endianness}`);
  const fields = fb.tables(table, 1, "schema fields").map((f) => readField(fb, f));
  return { fields, bigEndian: endianness === 1 };
}

function readField(fb: Flatbuffer, table: number): RefField {
  const name = fb.string(table, 0, "field name") ?? "";
  const typeId = fb.scalar(table, 2, 1, (p) => fb.u8(p), 0, "field type tag");
  const typeTable = fb.ref(table, 3, "field type");
  if (typeId === 0 || typeId > MAX_TYPE) throw new Malformed(`field "${name}": type tag ${typeId}`);
  // A primitive type has no use for children, so only their vector's size is checked.
  fb.vector(table, 5, 4, "field children");
  const type = readType(fb, typeId, typeTable, name);
  const encoding = fb.ref(table, 4, "field dictionary");
  if (encoding === undefined) return { name, type, dictionary: undefined };
  const id = fb.scalar(encoding, 0, 8, (p) => fb.i64(p), 0n, "dictionary id");
  const indexTable = fb.ref(encoding, 1, "dictionary index type");
  const index = indexTable === undefined ? ({ kind: "int", bitWidth: 32, signed: true } as const) : readInt(fb, indexTable, name);
  const kind = fb.scalar(encoding, 3, 2, (p) => fb.i16(p), 0, "dictionary kind");
  if (kind !== 0) throw new Malformed(`field "${name}": dictionary kind ${kind}`);
  return { name, type, dictionary: { id, index } };
}

function readInt(fb: Flatbuffer, table: number, name: string): Extract<RefType, { kind: "int" }> {
  const bitWidth = fb.scalar(table, 0, 4, (p) => fb.i32(p), 0, "int bit width");
  const signed = fb.scalar(table, 1, 1, (p) => fb.u8(p), 0, "int signedness");
  if (bitWidth !== 8 && bitWidth !== 16 && bitWidth !== 32 && bitWidth !== 64) throw new Malformed(`field "${name}": int bit width ${bitWidth}`);
  return { kind: "int", bitWidth, signed: signed !== 0 };
}

function readType(fb: Flatbuffer, typeId: number, table: number | undefined, name: string): RefType {
  const needTable = (): number => {
    if (table === undefined) throw new Malformed(`field "${name}": type ${typeId} without its table`);
    return table;
  };
  const short = (index: number, fallback: number, what: string): number => fb.scalar(needTable(), index, 2, (p) => fb.i16(p), fallback, what);
  switch (typeId) {
    case 2:
      return readInt(fb, needTable(), name);
    case 3: {
      const precision = short(0, 0, "float precision");
      if (precision < 0 || precision > 2) throw new Malformed(`field "${name}": float precision ${precision}`);
      return { kind: "float", precision: precision as 0 | 1 | 2 };
    }
    case 4:
    case 5:
    case 19:
    case 20:
      needTable();
      return { kind: typeId === 4 || typeId === 19 ? "binary" : "utf8", large: typeId >= 19 };
    case 6:
      needTable();
      return { kind: "bool" };
    case 8:
      return { kind: "date", unit: inRange(short(0, 1, "date unit"), 1, name) };
    case 10: {
      const unit = inRange(short(0, 0, "timestamp unit"), 3, name);
      return { kind: "timestamp", unit, tz: fb.string(needTable(), 1, "timestamp zone") };
    }
    case 9: {
      const unit = inRange(short(0, 1, "time unit"), 3, name);
      const bitWidth = fb.scalar(needTable(), 1, 4, (p) => fb.i32(p), 32, "time bit width");
      if (bitWidth !== (unit < 2 ? 32 : 64)) throw new Malformed(`field "${name}": time unit ${unit} with ${bitWidth} bits`);
      return { kind: "time", unit, bitWidth };
    }
    case 15: {
      const width = fb.scalar(needTable(), 0, 4, (p) => fb.i32(p), 0, "fixed-size binary width");
      if (width < 0) throw new Malformed(`field "${name}": fixed-size binary width ${width}`);
      return { kind: "fixedbinary", width };
    }
    case 18:
      return { kind: "duration", unit: inRange(short(0, 1, "duration unit"), 3, name) };
    default:
      return { kind: "opaque", typeId };
  }
}

function inRange(value: number, max: number, name: string): number {
  if (value < 0 || value > max) throw new Malformed(`field "${name}": unit ${value}`);
  return value;
}
