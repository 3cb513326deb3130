import type { DataFrame } from "@quiver/core";
import { type DataType, Type } from "apache-arrow";

/** The rows of a frame as plain objects: 64-bit integers as exact bigints, dates and timestamps as Dates. */
export function rowsOf(df: DataFrame): Record<string, unknown>[] {
  const temporal = df.schema.fields.filter((f) => isInstant(f.type)).map((f) => f.name);
  return Array.from({ length: df.height }, (_, i) => {
    const row = df.row(i, { bigint: true });
    for (const name of temporal) if (row[name] !== null) row[name] = new Date(Number(row[name]));
    return row;
  });
}

/** Dates and timestamps, which Arrow gives as milliseconds since the epoch. */
function isInstant(type: DataType): boolean {
  return type.typeId === Type.Date || type.typeId === Type.Timestamp;
}

/**
 * A value as text: `null`, integers exactly, dates in ISO 8601, bytes in hex, lists as JSON.
 * @param value - a value from {@link rowsOf}
 * @returns its text
 */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString("hex");
  return jsonText(value);
}

/**
 * A value as JSON text: bigints as exact JSON numbers, NaN and ±Infinity as null (JSON has no
 * such numbers), dates as ISO strings, bytes as hex strings, Arrow rows and lists as objects and
 * arrays.
 * @param value - any value from {@link rowsOf}, or an object of them
 * @returns the JSON text
 */
export function jsonText(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "null";
  if (typeof value === "string" || typeof value === "boolean") return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (value instanceof Uint8Array) return JSON.stringify(Buffer.from(value).toString("hex"));
  const plain = hasToJson(value) ? value.toJSON() : value; // Arrow lists and struct rows
  if (Array.isArray(plain)) return `[${plain.map(jsonText).join(",")}]`;
  return `{${Object.entries(plain as object).map(([k, v]) => `${JSON.stringify(k)}:${jsonText(v)}`).join(",")}}`;
}

function hasToJson(value: unknown): value is { toJSON(): unknown } {
  return typeof (value as { toJSON?: unknown }).toJSON === "function";
}
