/**
 * How window kernels read the values they order: null, NaN, or a value that compares with the
 * others. Narrow integers and floats read as plain numbers compared with `<` (the fast path);
 * every other orderable type reads as an ordering scalar compared with `compareScalars`.
 */
import { type Data, type DataType, Type } from "apache-arrow";
import { argKernelFor } from "../../kernels/arg-kernel.js";
import { compareScalars, type Scalar } from "../../kernels/scalar.js";
import { isValidAt, validityOf } from "../../kernels/validity.js";

/** One batch's values, read by row. */
export interface OrderedBatch<T> {
  /** Whether row i holds a value (is not null). */
  valid(i: number): boolean;
  /** Row i's value (only for valid rows); NaN reads as the number NaN. */
  value(i: number): T;
}

/** A type's reader and order. */
export interface Ordering<T> {
  /** The batch's values. */
  read(data: Data): OrderedBatch<T>;
  /** Whether a (not NaN) orders strictly before b (not NaN). */
  less(a: T, b: T): boolean;
}

/** Whether values of a type are stored as plain numbers (narrow integers, Float32, Float64). */
export function isPlainNumber(type: DataType): boolean {
  if (type.typeId === Type.Float) return (type as unknown as { precision: number }).precision !== 0;
  return type.typeId === Type.Int && (type as unknown as { bitWidth: number }).bitWidth <= 32;
}

/**
 * The ordering of an orderable type.
 * @param type - the values' type
 * @returns its reader and strict order
 */
export function orderingOf(type: DataType): Ordering<Scalar> {
  const validRows = (data: Data) => {
    // A Null column has no bitmap, yet no row holds a value.
    if (data.type.typeId === Type.Null) return () => false;
    const bitmap = validityOf(data);
    return bitmap === null ? () => true : (i: number) => isValidAt(bitmap, data.offset, i);
  };
  if (isPlainNumber(type)) {
    return {
      read: (data) => {
        const values = data.values as ArrayLike<number>;
        return { valid: validRows(data), value: (i) => values[i] };
      },
      less: (a, b) => (a as number) < (b as number),
    };
  }
  const kernel = argKernelFor(type);
  return {
    read: (data) => ({ valid: validRows(data), value: (i) => kernel.read(data, i) }),
    less: (a, b) => compareScalars(a, b) < 0,
  };
}

/** True for a NaN number. */
export function isNaNValue(value: Scalar): boolean {
  return value !== value;
}
