import { type DataType, Type, type Vector } from "apache-arrow";

/** The longest a shown string may be before it is cut with "…". */
export const MAX_STRING = 32;

/**
 * One value of a column as a table shows it: `null`, floats with a decimal point (`1.0`, `NaN`,
 * `inf`), 64-bit integers exactly, strings quoted and cut at {@link MAX_STRING} characters,
 * dates and timestamps in ISO form.
 * @param vector - the column
 * @param row - the row
 */
export function formatCell(vector: Vector, row: number): string {
  if (!vector.isValid(row)) return "null";
  return formatValue(vector.type, vector.get(row));
}

function formatValue(type: DataType, value: unknown): string {
  switch (type.typeId) {
    case Type.Float:
      return formatFloat(Number(value));
    case Type.Utf8:
    case Type.LargeUtf8:
      return JSON.stringify(truncate(String(value)));
    case Type.Dictionary:
      return formatValue((type as unknown as { dictionary: DataType }).dictionary, value);
    case Type.Binary:
    case Type.LargeBinary:
      return `b"${truncate(Array.from(value as Uint8Array, (b) => b.toString(16).padStart(2, "0")).join(""))}"`;
    case Type.Date:
      return new Date(Number(value)).toISOString().slice(0, 10);
    case Type.Timestamp:
      return new Date(Number(value)).toISOString().replace("T", " ").replace(/\.000Z$|Z$/, "");
    case Type.List:
      return formatList(type.children[0].type, value as Vector);
    case Type.Struct:
      return cut("{", formatStruct(type, value as Record<string, unknown>), "}");
    case Type.Map:
      return cut("{", formatMap(type, value as Iterable<[unknown, unknown]>), "}");
    default:
      return String(value);
  }
}

/** A list's elements as `[1, 2, null]`, cut at {@link MAX_STRING} characters. */
function formatList(type: DataType, list: Vector): string {
  const elements = Array.from({ length: list.length }, (_, i) => (list.isValid(i) ? formatValue(type, list.get(i)) : "null"));
  return cut("[", elements.join(", "), "]");
}

/** A struct's fields in order, as Polars shows them: `{1,"a",[2]}`. */
function formatStruct(type: DataType, row: Record<string, unknown>): string {
  return (type.children as { name: string; type: DataType }[]).map((f) => formatNullable(f.type, row[f.name])).join(",");
}

/** A map's entries as `{"k1": 1, "k2": null}`. */
function formatMap(type: DataType, entries: Iterable<[unknown, unknown]>): string {
  const [key, value] = (type.children[0].type as DataType).children as { type: DataType }[];
  return Array.from(entries, ([k, v]) => `${formatNullable(key.type, k)}: ${formatNullable(value.type, v)}`).join(", ");
}

function formatNullable(type: DataType, value: unknown): string {
  return value === null || value === undefined ? "null" : formatValue(type, value);
}

/** Text between brackets, cut at {@link MAX_STRING} characters. */
function cut(open: string, text: string, close: string): string {
  return `${open}${text.length > MAX_STRING ? `${text.slice(0, MAX_STRING - 1)}…` : text}${close}`;
}

/** A float with a decimal point, as Polars prints it: `1.0`, `0.333333`, `1.2346e10`, `NaN`, `inf`. */
export function formatFloat(v: number): string {
  if (Number.isNaN(v)) return "NaN";
  if (!Number.isFinite(v)) return v > 0 ? "inf" : "-inf";
  if (v === 0) return Object.is(v, -0) ? "-0.0" : "0.0";
  const abs = Math.abs(v);
  if (abs >= 1e10 || abs < 1e-5) return v.toExponential(4).replace(/\.?0+e/, "e").replace("e+", "e");
  const text = String(Number(v.toPrecision(6)));
  return text.includes(".") ? text : `${text}.0`;
}

function truncate(text: string): string {
  const chars = Array.from(text);
  return chars.length <= MAX_STRING ? text : `${chars.slice(0, MAX_STRING - 1).join("")}…`;
}
