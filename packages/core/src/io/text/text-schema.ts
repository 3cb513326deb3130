/**
 * The schema of a text input: names from the header (or the keys), types inferred from a sample
 * unless the caller gave them, and, per scan, which fields the requested columns come from.
 */
import { type DataType, Field, Schema, Utf8 } from "apache-arrow";
import { columnIndex } from "../../types/column-lookup.js";
import type { OutputColumn } from "./block-parser.js";
import { canBuild } from "./build-columns.js";
import type { TextErrorClass } from "./errors.js";

/** Options that decide the column types of a text input. */
export interface TextSchemaOptions {
  /**
   * Types of some or all columns by name (e.g. `{ zip: new Utf8(), when: new TimestampMillisecond() }`),
   * replacing the inferred ones. Readable types: Int8–Int64, Uint8–Uint32, Float32, Float64, Bool,
   * Utf8, DateDay and Timestamp of any unit.
   */
  schema?: Readonly<Record<string, DataType>>;
  /** Infer types from a sample (default true); false reads every column as Utf8. */
  inferSchema?: boolean;
  /** Records of the sample the types are inferred from (default 1000). */
  inferSchemaRows?: number;
}

/** A column of a text input: its name, its type and whether the type was inferred. */
export interface TextColumn {
  readonly name: string;
  readonly type: DataType;
  readonly inferred: boolean;
}

/** The default number of sample records types are inferred from. */
export const INFER_ROWS = 1000;

/**
 * The columns of a text input, typed by the `schema` option where it names them and by `infer`
 * elsewhere.
 * @param names - the column names, in input order
 * @param infer - infers the type of the column at a position
 * @throws ColumnNotFoundError when `schema` names a column the input does not have
 */
export function typeColumns(
  names: readonly string[],
  infer: (position: number) => DataType,
  options: TextSchemaOptions,
  source: string,
  errors: TextErrorClass,
): TextColumn[] {
  const given = options.schema ?? {};
  const byName = new Schema(names.map((n) => new Field(n, new Utf8())));
  for (const [name, type] of Object.entries(given)) {
    columnIndex(byName, name);
    if (!canBuild(type)) {
      throw new errors("invalid-option", source, { column: name }, `cannot read a column as ${String(type)}; readable types are Int8–Int64, Uint8–Uint32, Float32, Float64, Bool, Utf8, DateDay and Timestamp`);
    }
  }
  return names.map((name, i) => {
    if (Object.hasOwn(given, name)) return { name, type: given[name], inferred: false };
    if (options.inferSchema === false) return { name, type: new Utf8(), inferred: false };
    return { name, type: infer(i), inferred: true };
  });
}

/** The Arrow schema of the columns (every column nullable). */
export function schemaOf(columns: readonly TextColumn[]): Schema {
  return new Schema(columns.map((c) => new Field(c.name, c.type, true)));
}

/**
 * Which input fields a scan keeps and the columns it builds from them.
 * @param columns - every column of the input
 * @param requested - the columns the scan asks for, in output order; all when undefined
 * @returns `slots[position]` = the slot a field is kept in, or -1; the output columns
 */
export function projectColumns(schema: Schema, columns: readonly TextColumn[], requested: readonly string[] | undefined): { slots: Int32Array; outputs: OutputColumn[] } {
  const positions = requested === undefined ? columns.map((_, i) => i) : requested.map((name) => columnIndex(schema, name));
  const slots = new Int32Array(columns.length).fill(-1);
  const outputs = positions.map((position) => {
    if (slots[position] < 0) slots[position] = slotCount(slots);
    return { field: schema.fields[position], slot: slots[position], inferred: columns[position].inferred };
  });
  return { slots, outputs };
}

function slotCount(slots: Int32Array): number {
  let n = 0;
  for (const s of slots) if (s >= 0) n++;
  return n;
}

/**
 * Names made unique the way Polars does: a repeated name gets `_duplicated_<n>`, an empty one
 * `column_<position>` (1-based).
 */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  let repeats = 0;
  return names.map((raw, i) => {
    let name = raw === "" ? `column_${i + 1}` : raw;
    if (seen.has(name)) name = `${name}_duplicated_${repeats++}`;
    seen.add(name);
    return name;
  });
}
