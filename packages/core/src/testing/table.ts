import fc from "fast-check";
import { Field, RecordBatch, Schema, Struct, Table, type Data } from "apache-arrow";
import { arbChunkLengths } from "./chunks";
import { arbCells, assembleColumn, describeChunks, resolveColumnOptions } from "./column";
import { make } from "./encode";
import { specOf } from "./kinds";
import { Rng } from "./random";
import type { GeneratedTable, TableOptions, TypeKind } from "./types";

// Plain, spaced, accented and astral names; fc.string adds arbitrary ones.
const NAMES = ["a", "b", "c", "x", "y", "value", "with space", "Ünïcode", "😀", "A"];

/** Batch lengths; a table with no rows may also have no batches at all. */
function arbBatchLengths(rows: number): fc.Arbitrary<number[]> {
  return rows === 0 ? fc.oneof(fc.constant<number[]>([]), arbChunkLengths(0)) : arbChunkLengths(rows);
}

/**
 * Builds the table: one RecordBatch per batch length, each from a struct Data whose children are
 * the columns' chunks for that batch (often slices with non-zero offsets).
 */
function assembleTable(names: string[], kinds: TypeKind[], cells: unknown[][], batchLengths: number[], seed: number, options: TableOptions): GeneratedTable {
  const rng = new Rng(seed);
  const columns = kinds.map((kind, j) => assembleColumn(kind, cells[j], batchLengths, rng, options));
  const fields = names.map((name, j) => new Field(name, columns[j].type, true));
  const schema = new Schema(fields);
  const batches = batchLengths.map((length, b) => {
    const children: Data[] = columns.map((column) => column.chunks[b]);
    return new RecordBatch(schema, make({ type: new Struct(fields), length, nullCount: 0, children }) as Data<Struct>);
  });
  const generated: GeneratedTable = {
    table: new Table(schema, batches),
    names,
    columns: columns.map((column) => column.values),
    kinds,
    batchLengths,
  };
  Object.defineProperty(generated, fc.toStringMethod, {
    value: () =>
      `table with batches ${fc.stringify(batchLengths)}: ` +
      names.map((name, j) => `${fc.stringify(name)} ${kinds[j]} ${fc.stringify(generated.columns[j])} chunks ${describeChunks(columns[j].chunks)}`).join("; "),
  });
  return generated;
}

/**
 * Generates an Arrow table and its plain values. Every column has the same row count and the
 * table's record batches have random boundaries shared by all columns (empty batches included);
 * each column is generated as by {@link arbColumn}, with garbage under nulls and sliced chunks.
 * @param options Column options for every column, plus the column count (default 1..4) and
 * whether all columns share one kind.
 * @returns The arbitrary; values print as names, kinds, plain values and layouts.
 * @throws {RangeError} If the column bounds are not 0 <= minColumns <= maxColumns.
 * @example
 * fc.assert(fc.property(arbTable({ sameKind: true }), ({ table, columns }) => {
 *   expect(rowArgmin(table)).toEqual(referenceRowArgmin(columns));
 * }));
 */
export function arbTable(options: TableOptions = {}): fc.Arbitrary<GeneratedTable> {
  const { kinds, minLength, maxLength } = resolveColumnOptions(options);
  const minColumns = options.minColumns ?? 1;
  const maxColumns = options.maxColumns ?? Math.max(minColumns, 4);
  if (!(Number.isInteger(minColumns) && Number.isInteger(maxColumns) && minColumns >= 0 && minColumns <= maxColumns)) {
    throw new RangeError(`column counts must be integers with 0 <= minColumns <= maxColumns, got ${minColumns} and ${maxColumns}`);
  }
  const kind = fc.constantFrom(...kinds);
  return fc
    .tuple(fc.integer({ min: minColumns, max: maxColumns }), fc.integer({ min: minLength, max: maxLength }), fc.integer())
    .chain(([numColumns, rows, seed]) =>
      fc
        .tuple(
          fc.uniqueArray(fc.oneof(fc.constantFrom(...NAMES), fc.string({ minLength: 1, maxLength: 5 })), { minLength: numColumns, maxLength: numColumns }),
          options.sameKind ? kind.map((k) => Array<TypeKind>(numColumns).fill(k)) : fc.array(kind, { minLength: numColumns, maxLength: numColumns }),
          arbBatchLengths(rows),
        )
        .chain(([names, columnKinds, batchLengths]) =>
          fc
            .tuple(...columnKinds.map((k) => arbCells(specOf(k), rows, rows, options.nullRate)))
            .map((cells) => assembleTable(names, columnKinds, cells, batchLengths, seed, options)),
        ),
    );
}
