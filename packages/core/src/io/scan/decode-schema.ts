import {
  Binary,
  BinaryView,
  Bool,
  type DataType,
  Date_,
  Decimal,
  Dictionary,
  Duration,
  Field,
  FixedSizeBinary,
  FixedSizeList,
  Float,
  Int,
  Interval,
  LargeBinary,
  LargeList,
  LargeUtf8,
  List,
  Map_,
  MetadataVersion,
  Null,
  Schema,
  Struct,
  Time,
  Timestamp,
  Union,
  Utf8,
  Utf8View,
} from "apache-arrow";
import { FORMAT_TYPE_NAMES } from "../../types/format-type-names.js";
import { encoded } from "./encodings.js";
import { FlatbufferError, type FlatTable } from "./flatbuf.js";

/**
 * Decodes an Arrow Schema table (Schema.fbs) into an apache-arrow Schema, checking every enum and
 * parameter against the values the format defines: an unknown type id, bit width, unit or a list
 * without its child is an error naming the field, never a guess.
 */

/** Metadata that the format allows but Quiver cannot read (a metadata version before V4). */
export class UnsupportedError extends FlatbufferError {}

/** What a Schema table holds besides the fields: its byte order. */
export interface DecodedSchema {
  schema: Schema;
  /** Whether the data buffers are big-endian (Endianness.Big). */
  bigEndian: boolean;
}

/**
 * Decodes a Schema table.
 * @param table - the Schema table
 * @param version - the message's metadata version
 * @returns the schema (dictionary value types registered by id) and its byte order
 * @throws FlatbufferError for anything the format does not allow
 */
export function decodeSchema(table: FlatTable, version: MetadataVersion): DecodedSchema {
  const endianness = table.int16(0, 0);
  if (endianness !== 0 && endianness !== 1) throw new FlatbufferError(table.at, `unknown endianness ${endianness}; expected 0 (little) or 1 (big)`);
  const dictionaries = new Map<number, DataType>();
  const fields = table.tables(1).map((f) => decodeField(f, dictionaries, "column"));
  return { schema: new Schema(fields, keyValues(table, 2), dictionaries, version), bigEndian: endianness === 1 };
}

/**
 * A custom_metadata vector of KeyValue tables as a Map.
 * @param table - the table holding the vector
 * @param index - the vector's field index
 */
export function keyValues(table: FlatTable, index: number): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of table.tables(index)) {
    const key = entry.string(0);
    if (key !== undefined) map.set(key, entry.string(1) ?? "");
  }
  return map;
}

function decodeField(table: FlatTable, dictionaries: Map<number, DataType>, what: string): Field {
  const name = table.string(0) ?? "";
  const label = `${what} "${name}"`;
  const children = table.tables(5).map((child, i) => decodeField(child, dictionaries, `child ${i} of ${label}`));
  let type = decodeType(table, children, label);
  const encoding = table.table(4);
  if (encoding !== undefined) type = dictionaryType(encoding, type, dictionaries, label);
  return new Field(name, type, table.uint8(1, 0) !== 0, keyValues(table, 6));
}

/** Wraps a value type as a dictionary type, registering the id's value type (once per id). */
function dictionaryType(encoding: FlatTable, values: DataType, dictionaries: Map<number, DataType>, label: string): DataType {
  const id = encoding.int64(0, 0, `dictionary id of ${label}`);
  const indexTable = encoding.table(1);
  const indices = indexTable === undefined ? new Int(true, 32) : intType(indexTable, `dictionary index type of ${label}`);
  const known = dictionaries.get(id);
  if (known === undefined) dictionaries.set(id, values);
  else if (String(known) !== String(values)) {
    throw new FlatbufferError(encoding.at, `${label} uses dictionary id ${id} with values ${values}, but another field uses it with ${known}`);
  }
  return new Dictionary(known ?? values, indices as never, id, encoding.uint8(2, 0) !== 0);
}

function decodeType(field: FlatTable, children: Field[], label: string): DataType {
  const id = field.uint8(2, 0);
  const name = FORMAT_TYPE_NAMES[id];
  const params = field.table(3);
  const need = (count: number): void => {
    if (children.length !== count) throw new FlatbufferError(field.at, `${label} of type ${name} has ${children.length} children; expected ${count}`);
  };
  const param = (): FlatTable => {
    if (params === undefined) throw new FlatbufferError(field.at, `${label} of type ${name} lacks its type table`);
    return params;
  };
  switch (name) {
    case "Null":
      return new Null();
    case "Int":
      return intType(param(), label);
    case "FloatingPoint": {
      const precision = param().int16(0, 0);
      if (!(precision >= 0 && precision <= 2)) throw badParam(field, label, "floating-point precision", precision, "0, 1 or 2");
      return new Float(precision);
    }
    case "Binary":
      return new Binary();
    case "Utf8":
      return new Utf8();
    case "LargeBinary":
      return new LargeBinary();
    case "LargeUtf8":
      return new LargeUtf8();
    case "BinaryView":
      return new BinaryView();
    case "Utf8View":
      return new Utf8View();
    case "Bool":
      return new Bool();
    case "Decimal": {
      const t = param();
      const bitWidth = t.int32(2, 128);
      if (![32, 64, 128, 256].includes(bitWidth)) throw badParam(field, label, "decimal bit width", bitWidth, "32, 64, 128 or 256");
      return new Decimal(t.int32(1, 0), t.int32(0, 0), bitWidth);
    }
    case "Date":
      return new Date_(unit(field, label, "date unit", param().int16(0, 1), 1));
    case "Time": {
      const t = param();
      const timeUnit = unit(field, label, "time unit", t.int16(0, 1), 3);
      const bitWidth = t.int32(1, 32);
      if (bitWidth !== (timeUnit <= 1 ? 32 : 64)) throw badParam(field, label, "time bit width", bitWidth, timeUnit <= 1 ? "32 for seconds and milliseconds" : "64 for micro- and nanoseconds");
      return new Time(timeUnit, bitWidth as 32 | 64);
    }
    case "Timestamp": {
      const t = param();
      return new Timestamp(unit(field, label, "timestamp unit", t.int16(0, 0), 3), t.string(1) ?? null);
    }
    case "Interval":
      return new Interval(unit(field, label, "interval unit", param().int16(0, 0), 2));
    case "Duration":
      return new Duration(unit(field, label, "duration unit", param().int16(0, 1), 3));
    case "FixedSizeBinary": {
      const width = param().int32(0, 0);
      if (width < 0) throw badParam(field, label, "byte width", width, "≥ 0");
      return new FixedSizeBinary(width);
    }
    case "List":
      need(1);
      return new List(children[0]);
    case "LargeList":
      need(1);
      return new LargeList(children[0]);
    case "FixedSizeList": {
      need(1);
      const size = param().int32(0, 0);
      if (size < 0) throw badParam(field, label, "list size", size, "≥ 0");
      return new FixedSizeList(size, children[0]);
    }
    case "Struct_":
      return new Struct(children);
    case "Map": {
      need(1);
      if (!(children[0].type instanceof Struct && children[0].type.children.length === 2)) {
        throw new FlatbufferError(field.at, `${label} of type Map needs a struct child of 2 fields (key, value)`);
      }
      return new Map_(children[0] as Field<Struct>, param().uint8(0, 0) !== 0);
    }
    case "Union": {
      const t = param();
      const mode = t.int16(0, 0);
      if (mode !== 0 && mode !== 1) throw badParam(field, label, "union mode", mode, "0 (sparse) or 1 (dense)");
      const ids = t.vector(1, 4);
      const typeIds = ids.count === 0 ? children.map((_, i) => i) : Array.from({ length: ids.count }, (_, i) => t.int32At(ids.start + 4 * i, "union type id"));
      if (typeIds.length !== children.length || typeIds.some((v) => !(v >= 0 && v < 128)) || new Set(typeIds).size !== typeIds.length) {
        throw new FlatbufferError(t.at, `${label} of type Union has type ids [${typeIds.join(", ")}] for ${children.length} children; expected distinct ids 0..127, one per child`);
      }
      return new Union(mode, typeIds, children);
    }
    case "RunEndEncoded": {
      need(2);
      const [runEnds, values] = children;
      const ends = runEnds.type as Int;
      if (!(ends instanceof Int && ends.isSigned && ends.bitWidth >= 16)) {
        throw new FlatbufferError(field.at, `${label} of type RunEndEncoded has run ends of type ${runEnds.type}; expected Int16, Int32 or Int64`);
      }
      // A fresh object, so that the encoding recorded for it belongs to this field alone.
      const type = Object.assign(Object.create(Object.getPrototypeOf(values.type)) as DataType, values.type);
      return encoded(type, { kind: "run-end", runEnds, values });
    }
    case "ListView":
    case "LargeListView":
      need(1);
      return encoded(name === "ListView" ? new List(children[0]) : new LargeList(children[0]), { kind: "list-view", large: name === "LargeListView", child: children[0] });
    default:
      throw new FlatbufferError(field.at, `${label} has unknown type id ${id}; expected 1..${FORMAT_TYPE_NAMES.length - 1}`);
  }
}

function intType(table: FlatTable, label: string): Int {
  const bitWidth = table.int32(0, 0);
  if (![8, 16, 32, 64].includes(bitWidth)) throw badParam(table, label, "integer bit width", bitWidth, "8, 16, 32 or 64");
  return new Int(table.uint8(1, 0) !== 0, bitWidth as 8 | 16 | 32 | 64);
}

function unit(field: FlatTable, label: string, what: string, value: number, max: number): number {
  if (!(value >= 0 && value <= max)) throw badParam(field, label, what, value, `0..${max}`);
  return value;
}

function badParam(table: FlatTable, label: string, what: string, value: number, expected: string): FlatbufferError {
  return new FlatbufferError(table.at, `${label} has ${what} ${value}; expected ${expected}`);
}
