import type { Data, DataType } from "apache-arrow";
import type fc from "fast-check";
import type { Rng } from "./random";
import type { Cell, ColumnOptions, TypeKind } from "./types";

/**
 * One physical slot of a Data being built: the raw value written into the buffers, and its
 * validity bit. Null slots and padding slots carry garbage, never a tidy zero.
 */
export interface Slot<R> {
  readonly raw: R;
  readonly valid: boolean;
}

/**
 * Builds an unsliced Data whose first `length` slots are `slots`; any further slots are slack that
 * lands in the buffers beyond the Data's length.
 */
export type Encode<R> = (slots: readonly Slot<R>[], length: number, nullBitmap: Uint8Array | undefined) => Data;

/**
 * Everything the generators need to know about one {@link TypeKind}. `R` is the raw value as it is
 * stored (bit patterns for floats, so that NaN payloads survive), not the normalised {@link Cell}.
 */
export interface KindSpec<R> {
  readonly kind: TypeKind;
  /** A fresh type per column: dictionary ids must not collide within a table. */
  type(rng: Rng): DataType;
  /** Valid raw values, rich in the edge cases of the argmin contract. */
  readonly value: fc.Arbitrary<R>;
  /** A raw value for a slot nobody should read. */
  garbage(rng: Rng): R;
  /** The normalised value of a valid slot. */
  cell(raw: R): Cell;
  /** Prepares the encoder for one column; `cells` are the column's raw values, null for nulls. */
  encoder(type: DataType, cells: readonly (R | null)[], rng: Rng, options: ColumnOptions): Encode<R>;
}

/**
 * Declares a spec with its raw type checked, then erases that type so specs of different kinds
 * fit in one table.
 * @param spec The spec.
 * @returns The same object.
 * @example const int8 = defineSpec<number>({ kind: "int8", ... });
 */
export function defineSpec<R>(spec: KindSpec<R>): KindSpec<unknown> {
  return spec as unknown as KindSpec<unknown>;
}
