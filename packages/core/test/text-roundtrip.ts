/** Shared by the CSV and NDJSON round-trip properties: tables written by a sink and read back. */
import { type DataType, Type } from "apache-arrow";
import { expect } from "vitest";
import type { DataFrame } from "../src/index.js";
import { type GeneratedTable, sameCell, toPlainValues, type TypeKind } from "../src/testing/index.js";

/** Every type the text readers can read back exactly when told the type. */
export const EXACT_KINDS: readonly TypeKind[] = [
  "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "float32", "float64", "bool", "utf8",
  "dateDay", "timestampSecond", "timestampMillisecond", "timestampMicrosecond", "timestampNanosecond",
];

/** Types whose text is recognised by inference (strings are left out: "12" reads as a number). */
export const INFERRED_KINDS: readonly TypeKind[] = ["int64", "float64", "bool", "dateDay", "timestampMillisecond", "timestampMicrosecond"];

/** The schema option that names each generated column's own type. */
export function schemaOption(generated: GeneratedTable): Record<string, DataType> {
  return Object.fromEntries(generated.table.schema.fields.map((f) => [f.name, f.type]));
}

/** The type inference gives a column written from `type`: the same, time zones as "UTC". */
export function inferredTypeText(type: DataType): string {
  if (type.typeId !== Type.Timestamp) return String(type);
  const { unit, timezone } = type as unknown as { unit: number; timezone: string | null };
  return `Timestamp<${["SECOND", "MILLISECOND", "MICROSECOND", "NANOSECOND"][unit]}${timezone ? ", UTC" : ""}>`;
}

/**
 * Checks a frame read back against the generated table: same names, types and cells.
 * @param typeOf - the type each column must have been read as
 */
export function expectSameTable(read: DataFrame, generated: GeneratedTable, typeOf: (type: DataType) => string): void {
  expect(read.columns).toEqual(generated.names);
  expect(read.height).toBe(generated.table.numRows);
  generated.names.forEach((name, j) => {
    const column = read.toArrow().getChildAt(j)!;
    expect(String(column.type)).toBe(typeOf(generated.table.schema.fields[j].type));
    const got = toPlainValues(column);
    const want = generated.columns[j];
    got.forEach((cell, i) => {
      if (!sameCell(cell, want[i])) expect({ column: name, row: i, cell }).toEqual({ column: name, row: i, cell: want[i] });
    });
  });
}

/** The columns that hold at least one value (an all-null column has no text to infer from). */
export function withValues(generated: GeneratedTable): boolean {
  return generated.columns.every((cells) => cells.some((c) => c !== null));
}
