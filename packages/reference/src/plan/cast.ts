/**
 * Converting one cell between the modelled types. Two uses: `promoteCell` brings an operand to
 * the type a function computes in (Int32 to Int64, integers to Float64), which always succeeds;
 * `castCell` is the user's `cast`, which is strict — a value the target cannot hold throws a
 * RangeError rather than wrapping or saturating.
 */
import { type Cell, describe } from "../cell.js";
import type { RefType } from "./query.js";

const RANGES = { int32: [-(2n ** 31n), 2n ** 31n - 1n], int64: [-(2n ** 63n), 2n ** 63n - 1n] } as const;

/**
 * A numeric cell as the given numeric type: Int64 cells are bigints, Int32 and Float64 cells
 * numbers; an integer becomes the nearest double.
 * @param value - a number, bigint or null
 * @param to - the numeric type to hold it
 * @returns the converted cell
 * @example promoteCell(3, "int64") // 3n
 */
export function promoteCell(value: Cell, to: RefType): Cell {
  if (value === null) return null;
  if (to === "int64") return typeof value === "bigint" ? value : BigInt(value as number);
  if (to === "float64" || to === "int32") return Number(value);
  return value;
}

/**
 * The strict cast of a cell. Floats become integers by truncation toward zero; NaN, ±Infinity and
 * values out of range throw. Numbers become Bool by "not zero" (so NaN is true, as in C and
 * NumPy); Bool becomes 0 or 1.
 * @param value - the cell
 * @param from - its type
 * @param to - the target type
 * @param row - the row, for the error message
 * @returns the converted cell
 * @throws RangeError when the value does not fit the target
 * @example castCell(-2.7, "float64", "int32", 0) // -2
 */
export function castCell(value: Cell, from: RefType, to: RefType, row: number): Cell {
  if (value === null || from === to) return value;
  if (from === "bool") return castCell(value ? 1 : 0, "int32", to, row);
  if (to === "bool") return value !== 0 && value !== 0n;
  if (to === "float64") return Number(value);
  if (to === "int32" || to === "int64") {
    if (typeof value === "number" && !Number.isFinite(value)) throw castError(value, to, row);
    const whole = typeof value === "bigint" ? value : BigInt(Math.trunc(value as number));
    const [min, max] = RANGES[to];
    if (whole < min || whole > max) throw castError(value, to, row);
    return to === "int64" ? whole : Number(whole);
  }
  throw new TypeError(`cannot cast ${from} to ${to}`);
}

function castError(value: Cell, to: RefType, row: number): RangeError {
  return new RangeError(`cast to ${to} failed at row ${row}: ${describe(value)} does not fit`);
}
