/**
 * Arrow's integration JSON (the golden values of apache/arrow-testing) and decoded Arrow data,
 * both turned into the same plain canonical values so that every cell can be compared: integers
 * as decimal strings (exact at 64 bits), binary as upper-case hex, lists as arrays, structs as
 * arrays of their fields, maps as arrays of [key, value], unions and dictionaries as the value
 * they select, intervals as objects. Nulls are null.
 */
import { type Data, Type } from "apache-arrow";

/** A canonical cell. */
export type Canon = null | string | number | boolean | Canon[] | { [key: string]: Canon };

/** A column of integration JSON. */
export interface JsonColumn {
  name: string;
  count: number;
  VALIDITY?: number[];
  DATA?: unknown[];
  OFFSET?: (number | string)[];
  SIZE?: (number | string)[];
  TYPE_ID?: number[];
  VIEWS?: { SIZE: number; INLINED?: string; BUFFER_INDEX?: number; OFFSET?: number }[];
  VARIADIC_DATA_BUFFERS?: string[];
  children?: JsonColumn[];
}

/** A field of integration JSON. */
export interface JsonField {
  name: string;
  type: { name: string; [key: string]: unknown };
  children: JsonField[];
  dictionary?: { id: number };
}

/** Dictionary values by id, already canonical. */
export type GoldenDictionaries = Map<number, Canon[]>;

/**
 * The canonical cells of a JSON column.
 * @param column - the column's JSON
 * @param field - its field's JSON
 * @param dictionaries - canonical dictionary values by id
 * @returns one cell per row
 */
export function goldenCells(column: JsonColumn, field: JsonField, dictionaries: GoldenDictionaries): Canon[] {
  const valid = (i: number): boolean => column.VALIDITY === undefined || column.VALIDITY[i] === 1;
  if (field.dictionary !== undefined) {
    const values = dictionaries.get(field.dictionary.id) ?? [];
    return rows(column.count, (i) => (valid(i) ? values[Number(column.DATA?.[i])] : null));
  }
  const t = field.type;
  const child = (k: number): Canon[] => goldenCells(column.children?.[k] as JsonColumn, field.children[k], dictionaries);
  const offset = (i: number): number => Number(column.OFFSET?.[i]);
  switch (t.name) {
    case "null":
      return rows(column.count, () => null);
    case "int":
    case "date":
    case "time":
    case "timestamp":
    case "duration":
    case "decimal":
      return rows(column.count, (i) => (valid(i) ? String(BigInt(column.DATA?.[i] as string)) : null));
    case "floatingpoint":
      return rows(column.count, (i) => (valid(i) ? (t.precision === "SINGLE" ? Math.fround(Number(column.DATA?.[i])) : Number(column.DATA?.[i])) : null));
    case "bool":
      return rows(column.count, (i) => (valid(i) ? Boolean(column.DATA?.[i]) : null));
    case "utf8":
    case "largeutf8":
      return rows(column.count, (i) => (valid(i) ? String(column.DATA?.[i]) : null));
    case "binary":
    case "largebinary":
    case "fixedsizebinary":
      return rows(column.count, (i) => (valid(i) ? String(column.DATA?.[i]).toUpperCase() : null));
    case "utf8view":
    case "binaryview":
      return rows(column.count, (i) => (valid(i) ? viewCell(column, i, t.name === "utf8view") : null));
    case "interval":
      return rows(column.count, (i) => (valid(i) ? intervalCell(column.DATA?.[i]) : null));
    case "list":
    case "largelist":
    case "map": {
      const values = child(0);
      return rows(column.count, (i) => (valid(i) ? values.slice(offset(i), offset(i + 1)) : null));
    }
    case "listview":
    case "largelistview": {
      const values = child(0);
      const size = (i: number): number => Number(column.SIZE?.[i]);
      return rows(column.count, (i) => (valid(i) ? values.slice(offset(i), offset(i) + size(i)) : null));
    }
    case "runendencoded": {
      const ends = child(0).map(Number);
      const values = child(1);
      return rows(column.count, (i) => values[ends.findIndex((end) => end > i)]);
    }
    case "fixedsizelist": {
      const values = child(0);
      const size = Number(t.listSize);
      return rows(column.count, (i) => (valid(i) ? values.slice(i * size, (i + 1) * size) : null));
    }
    case "struct": {
      const fields = field.children.map((_, k) => child(k));
      return rows(column.count, (i) => (valid(i) ? fields.map((f) => f[i]) : null));
    }
    case "union": {
      const members = field.children.map((_, k) => child(k));
      const ids = t.typeIds as number[];
      return rows(column.count, (i) => members[ids.indexOf(column.TYPE_ID?.[i] as number)][t.mode === "DENSE" ? offset(i) : i]);
    }
    default:
      throw new Error(`no golden decoding for type ${t.name}`);
  }
}

/**
 * The canonical cell of decoded Arrow data at a row.
 * @param data - one chunk
 * @param i - the row within it
 * @returns the cell
 */
export function decodedCell(data: Data, i: number): Canon {
  const type = data.type;
  if (type.typeId === Type.Union) return unionCell(data, i);
  if (type.typeId === Type.Null || !data.getValid(i)) return null;
  const at = data.offset + i;
  switch (type.typeId) {
    case Type.Int:
    case Type.Date:
    case Type.Time:
    case Type.Timestamp:
    case Type.Duration:
      return String(BigInt(data.values[at]));
    case Type.Float:
      return data.values[at] as number;
    case Type.Bool:
      return ((data.values[at >> 3] >> (at & 7)) & 1) === 1;
    case Type.Decimal:
      return String(littleEndianInt(bytesOf(data.values, at, (type as unknown as { bitWidth: number }).bitWidth / 8)));
    case Type.FixedSizeBinary:
      return hex(bytesOf(data.values, at, (type as unknown as { byteWidth: number }).byteWidth));
    case Type.Utf8:
    case Type.LargeUtf8:
    case Type.Binary:
    case Type.LargeBinary: {
      const bytes = (data.values as Uint8Array).subarray(Number(data.valueOffsets[at]), Number(data.valueOffsets[at + 1]));
      return type.typeId === Type.Utf8 || type.typeId === Type.LargeUtf8 ? new TextDecoder().decode(bytes) : hex(bytes);
    }
    case Type.Interval:
      return decodedInterval(data, at);
    case Type.List:
    case Type.LargeList:
    case Type.Map: {
      const child = data.children[0];
      return rows(Number(data.valueOffsets[at + 1]) - Number(data.valueOffsets[at]), (k) => decodedCell(child, Number(data.valueOffsets[at]) + k));
    }
    case Type.FixedSizeList: {
      const size = (type as unknown as { listSize: number }).listSize;
      return rows(size, (k) => decodedCell(data.children[0], at * size + k));
    }
    case Type.Struct:
      return data.children.map((c) => decodedCell(c, at));
    case Type.Dictionary: {
      const index = Number(data.values[at]);
      const dictionary = data.dictionary as unknown as { data: Data[] };
      let k = index;
      for (const chunk of dictionary.data) {
        if (k < chunk.length) return decodedCell(chunk, k);
        k -= chunk.length;
      }
      throw new Error(`dictionary index ${index} out of range`);
    }
    default:
      throw new Error(`no canonical decoding for ${type}`);
  }
}

function unionCell(data: Data, i: number): Canon {
  const at = data.offset + i;
  const id = data.typeIds[at];
  const member = (data.type as unknown as { typeIds: number[] }).typeIds.indexOf(id);
  const row = data.valueOffsets === undefined || data.valueOffsets === null ? at : data.valueOffsets[at];
  return decodedCell(data.children[member], Number(row));
}

function viewCell(column: JsonColumn, i: number, utf8: boolean): Canon {
  const view = column.VIEWS?.[i];
  if (view === undefined) throw new Error("missing view");
  if (view.INLINED !== undefined) return utf8 ? view.INLINED : view.INLINED.toUpperCase();
  const buffer = column.VARIADIC_DATA_BUFFERS?.[view.BUFFER_INDEX ?? 0] ?? "";
  const bytesHex = buffer.slice(2 * (view.OFFSET ?? 0), 2 * ((view.OFFSET ?? 0) + view.SIZE)).toUpperCase();
  return utf8 ? new TextDecoder().decode(Uint8Array.from(bytesHex.match(/../g) ?? [], (h) => parseInt(h, 16))) : bytesHex;
}

function intervalCell(value: unknown): Canon {
  if (typeof value === "number") return String(value);
  const v = value as Record<string, number | string>;
  if ("milliseconds" in v) return { days: String(v.days), milliseconds: String(v.milliseconds) };
  return { months: String(v.months), days: String(v.days), nanoseconds: String(BigInt(v.nanoseconds)) };
}

function decodedInterval(data: Data, at: number): Canon {
  const unit = (data.type as unknown as { unit: number }).unit;
  const bytes = bytesOf(data.values, at, [4, 8, 16][unit]);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (unit === 0) return String(view.getInt32(0, true));
  if (unit === 1) return { days: String(view.getInt32(0, true)), milliseconds: String(view.getInt32(4, true)) };
  return { months: String(view.getInt32(0, true)), days: String(view.getInt32(4, true)), nanoseconds: String(view.getBigInt64(8, true)) };
}

/** The `width` bytes of value `at` of a fixed-width values array. */
function bytesOf(values: ArrayBufferView, at: number, width: number): Uint8Array {
  return new Uint8Array(values.buffer, values.byteOffset + at * width, width);
}

function littleEndianInt(bytes: Uint8Array): bigint {
  let value = 0n;
  for (let k = bytes.length - 1; k >= 0; k--) value = (value << 8n) | BigInt(bytes[k]);
  return BigInt.asIntN(8 * bytes.length, value);
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("").toUpperCase();
}

function rows<T>(count: number, cell: (i: number) => T): T[] {
  return Array.from({ length: count }, (_, i) => cell(i));
}
