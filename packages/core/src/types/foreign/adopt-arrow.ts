/**
 * Tables, record batches, vectors and arrays from any Arrow library in the process — this
 * engine's apache-arrow, another copy of it (the CommonJS build next to the ESM one), another
 * version (13 and later), or `@uwdata/flechette` — recognised by their structure and re-wrapped
 * as this engine's apache-arrow objects over the same buffers.
 */
import { type Data, DataType, type Field, makeData, RecordBatch, Schema, Struct, Table, Vector } from "apache-arrow";
import { describeValue } from "../describe-value.js";
import { adoptData, adoptFlechetteBatch, isArrowDataLike, isFlechetteBatchLike } from "./foreign-data.js";
import { adoptField, isTypeLike } from "./foreign-type.js";

interface SchemaLike {
  readonly fields: readonly unknown[];
  readonly metadata?: ReadonlyMap<string, string> | null;
}
interface RecordBatchLike {
  readonly schema: SchemaLike;
  readonly data: { readonly children: readonly unknown[] };
  readonly numRows: number;
}
interface FlechetteColumnLike {
  readonly type: unknown;
  readonly data: readonly unknown[];
}

/** A table of any Arrow library, as the type system sees it: something with a schema of fields. */
export interface ForeignTable {
  readonly schema: { readonly fields: readonly object[] };
}

/** An Arrow vector (or flechette column) of any library: a type and chunks of data. */
export interface ForeignVector {
  readonly type: { readonly typeId: number };
  readonly data: readonly object[];
}

/** An Arrow array (apache-arrow's Data) of any library: a type, an offset and a length. */
export interface ForeignData {
  readonly type: { readonly typeId: number };
  readonly offset: number;
  readonly length: number;
}

const hasSchema = (value: unknown): value is { schema: SchemaLike } =>
  typeof value === "object" && value !== null && Array.isArray((value as { schema?: SchemaLike }).schema?.fields);

/** Whether an object is an instance of this engine's own class (its prototype chain, not a brand). */
const isOwn = (value: unknown, type: abstract new (...args: never[]) => unknown): boolean => Function.prototype[Symbol.hasInstance].call(type, value);

function isRecordBatchLike(value: unknown): value is RecordBatchLike {
  return hasSchema(value) && typeof (value as RecordBatchLike).numRows === "number" && isArrowDataLike((value as RecordBatchLike).data);
}

function isFlechetteColumnLike(value: unknown): value is FlechetteColumnLike {
  const column = value as FlechetteColumnLike;
  return typeof value === "object" && value !== null && isTypeLike(column.type) && Array.isArray(column.data) && column.data.every(isFlechetteBatchLike);
}

/**
 * Whether a value is a table or record batch of some Arrow library (or a list of record batches).
 * @param value - anything
 * @returns whether {@link adoptTable} accepts it
 */
export function isTableLike(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0 && value.every(isRecordBatchLike);
  return hasSchema(value) && (Array.isArray((value as { batches?: unknown }).batches) || isRecordBatchLike(value) || isFlechetteTable(value));
}

function isFlechetteTable(value: unknown): value is { schema: SchemaLike; children: readonly FlechetteColumnLike[] } {
  const children = (value as { children?: unknown }).children;
  return Array.isArray(children) && children.every(isFlechetteColumnLike);
}

/**
 * An Arrow table of any library as this engine's Table over the same buffers; this engine's own
 * Tables are returned as they are.
 * @param value - a Table, a RecordBatch or an array of RecordBatches of apache-arrow (any copy,
 *   version 13 or later), or a flechette Table
 * @returns the Table
 * @throws TypeError when the value is none of these, or holds a type this engine cannot represent
 * @example adoptTable(require("apache-arrow").tableFromArrays({ x: [1, 2] })).numRows // 2
 */
export function adoptTable(value: unknown): Table {
  if (isOwn(value, Table) && (value as Table).batches.every((b) => isOwn(b, RecordBatch))) return value as Table;
  if (Array.isArray(value) && value.length > 0 && value.every(isRecordBatchLike)) return tableOfBatches(value[0].schema, value);
  if (hasSchema(value)) {
    const batches = (value as { batches?: unknown }).batches;
    if (Array.isArray(batches) && batches.every(isRecordBatchLike)) return tableOfBatches(value.schema, batches);
    if (isRecordBatchLike(value)) return tableOfBatches(value.schema, [value]);
    if (isFlechetteTable(value)) return flechetteTable(value.schema, value.children);
  }
  throw new TypeError(`expected an Arrow Table, a RecordBatch or a non-empty array of RecordBatches; got ${describeValue(value)}`);
}

/**
 * An Arrow vector or array of any library as this engine's Vector over the same buffers.
 * @param value - a Vector or Data of apache-arrow (any copy, version 13 or later), or a
 *   flechette Column
 * @returns the Vector, or undefined when the value is none of these
 * @throws TypeError when it holds a type this engine cannot represent
 */
export function adoptVector(value: unknown): Vector | undefined {
  if (isOwn(value, Vector) && (value as Vector).data.every((d) => isOwnData(d))) return value as Vector;
  if (typeof value !== "object" || value === null) return undefined;
  const chunks = (value as { data?: unknown }).data;
  if (isTypeLike((value as { type?: unknown }).type) && Array.isArray(chunks)) {
    if (chunks.every(isArrowDataLike)) return new Vector(chunks.map((d, i) => adoptData(d, `chunk ${i}`)));
    if (chunks.every(isFlechetteBatchLike)) return new Vector(chunks.map((b, i) => adoptFlechetteBatch(b, `chunk ${i}`)));
  }
  if (isArrowDataLike(value) && !hasSchema(value)) return new Vector([adoptData(value, "data")]);
  return undefined;
}

function isOwnData(data: Data): boolean {
  return data.children.every(isOwnData) && (data.dictionary === undefined || data.dictionary.data.every(isOwnData)) && isOwn(data.type, DataType);
}


function schemaOf(schema: SchemaLike): Schema {
  const fields = schema.fields.map((f, i) => adoptField(f, `column ${i}`));
  return new Schema(fields, schema.metadata instanceof Map ? new Map(schema.metadata) : new Map());
}

function tableOfBatches(foreign: SchemaLike, batches: readonly RecordBatchLike[]): Table {
  const schema = schemaOf(foreign);
  return new Table(
    schema,
    batches.map((batch) => batchOf(schema, batch.numRows, batch.data.children.map((child, c) => adoptChild(child, schema.fields[c])))),
  );
}

function flechetteTable(foreign: SchemaLike, columns: readonly FlechetteColumnLike[]): Table {
  const schema = schemaOf(foreign);
  const count = columns[0]?.data.length ?? 0;
  const batches = Array.from({ length: count }, (_, b) => {
    const children = columns.map((column, c) => adoptFlechetteBatch(column.data[b] as never, `column "${schema.fields[c].name}"`));
    return batchOf(schema, children[0]?.length ?? 0, children);
  });
  return new Table(schema, batches);
}

function adoptChild(child: unknown, field: Field | undefined): Data {
  if (!isArrowDataLike(child)) throw new TypeError(`column "${field?.name}": expected Arrow data; got ${describeValue(child)}`);
  return adoptData(child, `column "${field?.name}"`);
}

function batchOf(schema: Schema, numRows: number, children: Data[]): RecordBatch {
  return new RecordBatch(schema, makeData({ type: new Struct(schema.fields), length: numRows, nullCount: 0, children }));
}
