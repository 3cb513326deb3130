import fc from "fast-check";
import { Vector, type Data, type DataType } from "apache-arrow";
import { arbChunkLengths, buildChunks } from "./chunks";
import { specOf } from "./kinds";
import { Rng } from "./random";
import type { KindSpec } from "./spec";
import { ALL_TYPE_KINDS, type Cell, type ColumnOptions, type GeneratedColumn, type TypeKind } from "./types";

/** The default of {@link ColumnOptions.maxLength}. */
const DEFAULT_MAX_LENGTH = 40;

/**
 * Checks and completes column options.
 * @param options As given.
 * @returns Kinds and length bounds, with defaults.
 * @throws {RangeError} If the bounds are not 0 <= minLength <= maxLength or no kind is allowed.
 * @example resolveColumnOptions({ maxLength: 5 })
 */
export function resolveColumnOptions(options: ColumnOptions): { kinds: readonly TypeKind[]; minLength: number; maxLength: number } {
  const kinds = options.kinds ?? ALL_TYPE_KINDS;
  const minLength = options.minLength ?? 0;
  const maxLength = options.maxLength ?? Math.max(minLength, DEFAULT_MAX_LENGTH);
  if (!(Number.isInteger(minLength) && Number.isInteger(maxLength) && minLength >= 0 && minLength <= maxLength)) {
    throw new RangeError(`column lengths must be integers with 0 <= minLength <= maxLength, got minLength ${minLength} and maxLength ${maxLength}`);
  }
  if (kinds.length === 0) throw new RangeError(`kinds must name at least one of ${ALL_TYPE_KINDS.join(", ")}`);
  kinds.forEach(specOf);
  return { kinds, minLength, maxLength };
}

/**
 * Raw values for one column: drawn often from a small per-column pool, so ties are common, with
 * nulls at the requested rate (for `"some"`, a per-column rate from rare to almost all).
 * @param spec The kind's spec.
 * @param minLength Fewest cells.
 * @param maxLength Most cells.
 * @param nullRate The option of the same name.
 * @returns Raw values, null for nulls.
 * @example arbCells(specOf("int8"), 0, 10, "some")
 */
export function arbCells(spec: KindSpec<unknown>, minLength: number, maxLength: number, nullRate: ColumnOptions["nullRate"] = "any"): fc.Arbitrary<unknown[]> {
  const pooled = fc.array(spec.value, { minLength: 1, maxLength: 4 }).map((pool) =>
    fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pool) }, { weight: 1, arbitrary: spec.value }),
  );
  const values = fc.oneof({ weight: 1, arbitrary: fc.constant(spec.value) }, { weight: 2, arbitrary: pooled });
  const rate = nullRate === "any" ? fc.constantFrom("none", "some", "some", "all") : fc.constant(nullRate);
  const nullWeight = fc.constantFrom(1, 3, 10, 30);
  return fc.tuple(values, rate, nullWeight).chain(([value, mode, weight]) => {
    const cell: fc.Arbitrary<unknown> =
      mode === "none" ? value
      : mode === "all" ? fc.constant(null)
      : fc.oneof({ weight, arbitrary: fc.constant(null) }, { weight: 10, arbitrary: value });
    // fast-check's default size keeps arrays short; half the time use the whole length range.
    return fc.oneof(fc.array(cell, { minLength, maxLength }), fc.array(cell, { minLength, maxLength, size: "max" }));
  });
}

/**
 * Turns raw cells into chunks, a vector and plain values.
 * @param kind The kind.
 * @param cells Raw values, null for nulls.
 * @param lengths Chunk lengths summing to `cells.length`.
 * @param rng Source of the layout randomness.
 * @param options The column options.
 * @param type The type to use, when a table has already made it.
 * @returns The column; chunks is empty only when `lengths` is.
 * @example assembleColumn("int8", [1, null], [2], new Rng(1), {})
 */
export function assembleColumn(kind: TypeKind, cells: readonly unknown[], lengths: readonly number[], rng: Rng, options: ColumnOptions, type?: DataType): { type: DataType; chunks: Data[]; values: Cell[] } {
  const spec = specOf(kind);
  const columnType = type ?? spec.type(rng);
  const encode = spec.encoder(columnType, cells, rng, options);
  const chunks = buildChunks(spec, encode, cells, lengths, rng);
  return { type: columnType, chunks, values: cells.map((cell) => (cell === null ? null : spec.cell(cell))) };
}

/**
 * Describes chunks briefly, for counterexamples.
 * @param chunks Data chunks.
 * @returns Text such as `[offset 3 length 2, offset 0 length 0]`.
 * @example describeChunks(column.chunks)
 */
export function describeChunks(chunks: readonly Data[]): string {
  return `[${chunks.map((chunk) => `offset ${chunk.offset} length ${chunk.length}`).join(", ")}]`;
}

/**
 * Generates an Arrow column and the plain values it must read as: nulls with garbage underneath,
 * edge-case values with many ties, random chunk boundaries (empty chunks included) and chunks that
 * are slices of larger Data at offsets often not multiples of 8.
 * @param options Kinds, length bounds, null rate, dictionary sharing.
 * @returns The arbitrary; values print as their kind, plain values and chunk layout.
 * @example
 * fc.assert(fc.property(arbColumn({ kinds: ["int64"] }), ({ vector, values }) => {
 *   expect(argmin(vector)).toBe(referenceArgmin(values));
 * }));
 */
export function arbColumn(options: ColumnOptions = {}): fc.Arbitrary<GeneratedColumn> {
  const { kinds, minLength, maxLength } = resolveColumnOptions(options);
  return fc.constantFrom(...kinds).chain((kind) =>
    fc.tuple(arbCells(specOf(kind), minLength, maxLength, options.nullRate), fc.integer()).chain(([cells, seed]) =>
      arbChunkLengths(cells.length).map((lengths): GeneratedColumn => {
        const { type, chunks, values } = assembleColumn(kind, cells, lengths, new Rng(seed), options);
        const column: GeneratedColumn = { kind, type, chunks, vector: new Vector(chunks), values };
        Object.defineProperty(column, fc.toStringMethod, {
          value: () => `${kind} column ${fc.stringify(values)} chunks ${describeChunks(chunks)}`,
        });
        return column;
      }),
    ),
  );
}
