/**
 * Operands: what an expression evaluates to inside the evaluator. A column-like result has one
 * value per row; a constant (a literal, or a function of literals only) is a one-row Data that
 * stands for every row, so `col("x").gt(5)` never copies the 5 into a column. Kernels read a
 * constant with stride 0 (`values[i * stride]`).
 */
import { type Data, Type } from "apache-arrow";
import { bitAt, emptyBits, fullBits, isValidRow } from "./bitmaps.js";
import { bytesData, fixedWidthOf, nullData, valuesData } from "./build.js";
import { valueStoreFor } from "./value-store.js";

/** An evaluated expression: per-row Data, or a one-row constant standing for every row. */
export interface Operand {
  readonly data: Data;
  /** True when `data` has one row that applies to every row. */
  readonly constant: boolean;
}

/** A per-row operand. */
export function rowsOf(data: Data): Operand {
  return { data, constant: false };
}

/** A constant operand from its one-row Data. */
export function constantOf(data: Data): Operand {
  return { data, constant: true };
}

/** 0 for a constant (every row reads slot 0), 1 for per-row data. */
export function strideOf(operand: Operand): number {
  return operand.constant ? 0 : 1;
}

/** Whether an operand is a null constant, which makes every row of a strict function null. */
export function isNullConstant(operand: Operand): boolean {
  return operand.constant && !isValidRow(operand.data, 0);
}

/**
 * How many rows a kernel over these operands computes: 1 when all are constants (the result is
 * then a constant too), else the batch's row count.
 */
export function outputRows(operands: readonly Operand[], rows: number): number {
  return operands.every((o) => o.constant) ? 1 : rows;
}

/** Wraps a kernel's output: constant when every operand was. */
export function resultOf(operands: readonly Operand[], data: Data): Operand {
  return { data, constant: operands.every((o) => o.constant) };
}

/**
 * An operand as Data of `rows` rows: per-row data as is (no copy), a constant repeated.
 * @param operand - the operand
 * @param rows - the batch's row count
 * @returns the Data
 */
export function materialize(operand: Operand, rows: number): Data {
  return operand.constant ? broadcast(operand.data, rows) : operand.data;
}

/** Repeats row 0 of a Data `rows` times. */
export function broadcast(data: Data, rows: number): Data {
  const type = data.type;
  if (!isValidRow(data, 0)) return nullData(type, rows);
  const fixed = fixedWidthOf(type);
  if (fixed !== undefined) {
    const source = data.values as ArrayLike<number | bigint>;
    const values = new fixed.ArrayType(rows * fixed.stride);
    for (let k = 0; k < fixed.stride; k++) {
      for (let i = 0; i < rows; i++) values[i * fixed.stride + k] = source[k];
    }
    return valuesData(type, rows, values, null);
  }
  if (type.typeId === Type.Bool) {
    const on = bitAt(data.values as Uint8Array, data.offset);
    return valuesData(type, rows, on ? fullBits(rows) : emptyBits(rows), null);
  }
  if (type.typeId === Type.Utf8 || type.typeId === Type.Binary) {
    const offsets = data.valueOffsets as Int32Array;
    const item = (data.values as Uint8Array).subarray(offsets[0], offsets[1]);
    const repeated = new Uint8Array(item.length * rows);
    const starts = new Int32Array(rows + 1);
    for (let i = 0; i < rows; i++) {
      repeated.set(item, i * item.length);
      starts[i + 1] = (i + 1) * item.length;
    }
    return bytesData(type, rows, starts, repeated, null);
  }
  const store = valueStoreFor(type);
  for (let i = 0; i < rows; i++) store.set(i, data, 0);
  return store.finish(rows);
}
