/**
 * The one implementation behind argmin, argmax, nanargmin and nanargmax: reads the input's form,
 * reduces, and gives the result back in that form. Also the types that say which form comes back.
 */
import type { Int64, RecordBatch, Table, Vector } from "apache-arrow";
import { adoptTable, adoptVector, type ForeignData, type ForeignTable, type ForeignVector, isTableLike } from "../types/foreign/adopt-arrow.js";
import { argOfTable, argOfVector } from "./arrow.js";
import { normalizeAxis, readOptions, resultShape, type RawOptions } from "./axis.js";
import { comparableOf, type NDElement } from "./elements.js";
import { NDArray } from "./ndarray.js";
import { flattenNested, nest, type Nested, type NestedInput } from "./nested.js";
import { checkOut, writeOut, type OutArray } from "./out.js";
import { argReduce, type IndexBuffer, type Reduction } from "./reduce.js";
import { splitAt } from "./shape.js";
import { isTypedArray, type TypedArray } from "./typed.js";
import { describeValue } from "../types/describe-value.js";

/** The options of the NumPy-style arg-reductions. */
export interface ArgOptions {
  /** The axis to reduce; negatives count from the end. null or absent: the flattened array. */
  readonly axis?: number | bigint | null;
  /** Keep each reduced axis with length 1, so the result broadcasts against the input. */
  readonly keepdims?: boolean;
  /** An integer array of the result's shape to write the indices into; it is then returned. */
  readonly out?: OutArray | null;
}

/** Inputs that are arrays: nested JS arrays or a scalar, an NDArray, a typed array (1-D). */
export type ArrayInput = NestedInput<NDElement> | NDArray | TypedArray;

/** Arrow input of any Arrow library in the process: apache-arrow (any copy, version 13 on) or flechette. */
export type ArrowInput = Vector | Table | RecordBatch | ForeignVector | ForeignData | ForeignTable;

/** Every input an arg-reduction takes. */
export type ArgInput = ArrayInput | ArrowInput;

/** The index array an NDArray or typed-array input gets back. */
export type IndexArray = NDArray<Int32Array | BigInt64Array>;

type KeepDims<O> = O extends { readonly keepdims: infer K } ? K : undefined;
type Axis<O> = O extends { readonly axis: infer X } ? X : undefined;
type NoKeepDims<O> = [KeepDims<O>] extends [false | undefined] ? true : false;
type Flat<O> = NoKeepDims<O> extends true ? ([Axis<O>] extends [null | undefined] ? true : false) : false;
type WithOut<R, Rest> = R extends OutArray ? R : Rest;

type VectorResult<O> = [KeepDims<O>] extends [true] ? Vector<Int64> : NoKeepDims<O> extends true ? number | null : number | null | Vector<Int64>;
type TableResult<O> = [KeepDims<O>] extends [true]
  ? Table
  : Flat<O> extends true
    ? number | null
    : NoKeepDims<O> extends true
      ? [Axis<O>] extends [number | bigint]
        ? Vector<Int64>
        : number | null | Vector<Int64>
      : number | null | Vector<Int64> | Table;
type TypedResult<O> = [KeepDims<O>] extends [true] ? IndexArray : NoKeepDims<O> extends true ? number : number | IndexArray;
type ArrayResult<A, O> = A extends TypedArray
  ? TypedResult<O>
  : Flat<O> extends true
    ? number
    : A extends NDArray
      ? number | IndexArray
      : number | Nested<number>;
type NoOut<A, O> = A extends Vector | ForeignVector | ForeignData ? VectorResult<O> : A extends Table | ForeignTable ? TableResult<O> : ArrayResult<A, O>;

/**
 * What an arg-reduction of `A` under options `O` returns: exact where the input's form and the
 * options decide it (`out` given: `out`; no axis and no keepdims on arrays: a number; a typed
 * array, always 1-D: a number, or an NDArray under keepdims), otherwise the union of what the
 * input's number of dimensions may give.
 */
export type ArgResult<A, O> = O extends { readonly out: infer R } ? WithOut<R, NoOut<A, O>> : NoOut<A, O>;

/**
 * Runs one arg-reduction on any supported input.
 * @param a - nested arrays or a scalar, an NDArray, a typed array, or Arrow data of any Arrow
 *   library: a Vector or Data (1-D), a Table or RecordBatch (rows × columns)
 * @param options - `{ axis, keepdims, out }` as the caller passed them
 * @param reduction - min or max, the NaN rule, and the name for messages
 * @returns the result in the input's form (see {@link ArgResult})
 * @example argExtreme([[6, 3, 8], [5, 2, 9]], { axis: 0 }, { op: "argmin", max: false, skipNaN: false }) // [1, 1, 0]
 */
export function argExtreme(a: unknown, options: unknown, reduction: Reduction): unknown {
  const raw = readOptions(options, reduction.op);
  const vector = adoptVector(a);
  if (vector !== undefined) return argOfVector(vector, raw, reduction);
  if (isTableLike(a)) return argOfTable(adoptTable(a), raw, reduction);
  if (a instanceof NDArray) return argOfArray(a.data, a.shape, false, raw, reduction);
  if (isTypedArray(a)) return argOfArray(a, [a.length], false, raw, reduction);
  if (Array.isArray(a) || ["number", "bigint", "boolean", "string"].includes(typeof a)) {
    const { data, shape } = flattenNested(a);
    return argOfArray(data, shape, true, raw, reduction);
  }
  throw new TypeError(
    `${reduction.op}: expected nested arrays or a scalar, an NDArray, a typed array, or an Arrow Vector, Data, Table or RecordBatch; got ${describeValue(a)}`,
  );
}

/**
 * Reduces flat C-ordered data. The checks that need no data (axis, out) run before the loop, so
 * a bad argument costs nothing and `out` is never touched by a failed call.
 */
function argOfArray(
  data: TypedArray | readonly unknown[],
  shape: readonly number[],
  nested: boolean,
  options: RawOptions,
  reduction: Reduction,
): number | Nested<number> | IndexArray | OutArray {
  const { op } = reduction;
  const axis = normalizeAxis(options.axis, shape.length, op);
  const outShape = resultShape(shape, axis, options.keepdims);
  const target = options.out === undefined ? undefined : checkOut(options.out, outShape, op);
  const indices = argReduce(comparableOf(data, shape, op), splitAt(shape, axis), reduction);
  if (target !== undefined) return writeOut(target, indices, outShape, op);
  if (outShape.length === 0) return indices[0];
  if (nested) return nest(indices, outShape);
  return new NDArray(indexData(indices), outShape);
}

/** Int32 indices as they are; beyond Int32, Int64 (NumPy's intp), never floats. */
function indexData(indices: IndexBuffer): Int32Array | BigInt64Array {
  return indices instanceof Int32Array ? indices : BigInt64Array.from(indices, (index) => BigInt(index));
}
