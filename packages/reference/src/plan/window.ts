/**
 * Windows evaluated naively over a whole column: each row's value is computed from scratch on the
 * rows it looks at (all rows so far, the last `size` rows, its partition), with the aggregates'
 * own reductions (refArgReduce, reduceValues), never carried state.
 */
import type { Cell } from "../cell.js";
import { compareCells, isNaNCell } from "../cell.js";
import { groupRows } from "../group.js";
import { refArgReduce } from "../reduce.js";
import { reduceValues, valueAt } from "./aggregate.js";
import { evaluateRow, evaluateRows, type Row } from "./evaluate.js";
import { applyConditional, isConditional } from "./conditional.js";
import { castCell } from "./cast.js";
import type { RefExpr, RefFunction, RefScalarFunction, RefType, RefWindowFunction } from "./query.js";
import type { TypedExpr } from "./ref-types.js";
import { applyScalar } from "./scalar.js";
import { applyString, isStringFunction } from "./text.js";

/**
 * The values of a row-wise expression (windows included) over a list of rows.
 * @param t - the typed expression
 * @param rows - the rows, in order
 * @returns one cell per row
 */
export function evaluateColumn(t: TypedExpr, rows: readonly Row[]): Cell[] {
  if (!t.window) return rows.map((row, r) => evaluateRow(t, row, r));
  const e = t.expr;
  if ("over" in e) return evaluateOver(t, rows);
  if ("alias" in e) return evaluateColumn(t.args[0], rows);
  if ("cast" in e) return evaluateColumn(t.args[0], rows).map((c, r) => castCell(c, t.args[0].type, t.type, r));
  const call = e as Extract<RefExpr, { fn: RefFunction }>;
  const columns = t.args.map((a) => evaluateColumn(a, rows));
  if (isWindowFunction(t)) return windowValues(call, t, columns, rows.length);
  return rows.map((_, r) => {
    const args = t.args.map((a, k) => ({ value: columns[k][r], type: a.type }));
    if (isStringFunction(call.fn)) return applyString(call.fn, args[0].value, args.slice(1).map((a) => a.value), call.options);
    return isConditional(call.fn) ? applyConditional(call.fn, args, t.type) : applyScalar(call.fn as RefScalarFunction, args, t.type);
  });
}

const WINDOW_FUNCTIONS: ReadonlySet<string> = new Set<RefWindowFunction>([
  "cumSum", "cumMin", "cumMax", "cumCount", "cumArgmin", "cumArgmax", "shift", "rowNumber", "rank",
  "rollingMin", "rollingMax", "rollingSum", "rollingMean", "rollingArgmin", "rollingArgmax",
]);

function isWindowFunction(t: TypedExpr): boolean {
  return "fn" in t.expr && WINDOW_FUNCTIONS.has(t.expr.fn);
}

/** over: each partition's rows evaluated alone, the results put back in the rows' places. */
function evaluateOver(t: TypedExpr, rows: readonly Row[]): Cell[] {
  const [input, ...keys] = t.args;
  const out: Cell[] = new Array(rows.length).fill(null);
  for (const group of groupRows(rows.map((row, r) => keys.map((k) => evaluateRow(k, row, r))))) {
    const members = group.rows.map((r) => rows[r]);
    const values = input.aggregate ? members.map(() => evaluateRows(input, members)) : evaluateColumn(input, members);
    group.rows.forEach((r, k) => (out[r] = values[k]));
  }
  return out;
}

/** The order rank uses: NaN above every number, reversed when descending. */
function rankOrder(a: Cell, b: Cell, descending: boolean): number {
  const order = isNaNCell(a) ? (isNaNCell(b) ? 0 : 1) : isNaNCell(b) ? -1 : Math.sign(compareCells(a, b));
  return descending ? -order : order;
}

function windowValues(call: Extract<RefExpr, { fn: RefFunction }>, t: TypedExpr, columns: Cell[][], n: number): Cell[] {
  const x = columns[0] ?? [];
  const type: RefType = t.args[0]?.type ?? "null";
  const setting = Number((call.args[1] as { lit?: number } | undefined)?.lit ?? 0);
  const upTo = (r: number) => x.slice(0, r + 1);
  const position = (values: Cell[], offset: number, max: boolean) => {
    const p = refArgReduce(values, { max });
    return p === null ? null : BigInt(offset + p);
  };
  const rows = Array.from({ length: n }, (_, r) => r);
  if (t.type === "null") return rows.map(() => null);
  switch (call.fn) {
    case "cumSum":
      return rows.map((r) => (x[r] === null ? null : sequentialSum(upTo(r), t.type)));
    case "cumMin": case "cumMax":
      return rows.map((r) => (x[r] === null ? null : valueAt(upTo(r), refArgReduce(upTo(r), { max: call.fn === "cumMax" }))));
    case "cumCount":
      return rows.map((r) => BigInt(upTo(r).filter((c) => c !== null).length));
    case "cumArgmin": case "cumArgmax":
      return rows.map((r) => position(upTo(r), 0, call.fn === "cumArgmax"));
    case "shift":
      return rows.map((r) => (r - setting >= 0 && r - setting < n ? x[r - setting] : null));
    case "rowNumber":
      return rows.map((r) => BigInt(r));
    case "rank":
      return rows.map((r) => rankOf(x, r, (call.options?.method as string | undefined) ?? "average", call.options?.descending === true));
    default: {
      const minPeriods = Number(call.options?.minPeriods ?? setting);
      return rows.map((r) => {
        const start = Math.max(0, r - setting + 1);
        const window = x.slice(start, r + 1);
        if (window.filter((c) => c !== null).length < minPeriods) return null;
        switch (call.fn) {
          case "rollingArgmin": case "rollingArgmax": return position(window, start, call.fn === "rollingArgmax");
          case "rollingMin": case "rollingMax": return valueAt(window, refArgReduce(window, { max: call.fn === "rollingMax" }));
          case "rollingSum": return reduceValues("sum", window, type);
          default: return reduceValues("mean", window, type);
        }
      });
    }
  }
}

/** A running sum in row order: doubles added one by one as IEEE does, integers exactly (wrapped to Int64). */
function sequentialSum(values: readonly Cell[], type: RefType): Cell {
  const present = values.filter((v) => v !== null);
  if (type === "float64") return present.reduce<number>((s, v) => s + (v as number), 0);
  const exact = present.reduce<bigint>((s, v) => s + (typeof v === "boolean" ? (v ? 1n : 0n) : BigInt(v as number | bigint)), 0n);
  return BigInt.asIntN(64, exact);
}

/** A value's rank from the counts of values before it and tied with it. */
function rankOf(x: readonly Cell[], r: number, method: string, descending: boolean): Cell {
  if (x[r] === null) return null;
  const others = x.map((v, j) => ({ v, j })).filter(({ v }) => v !== null);
  const before = others.filter(({ v }) => rankOrder(v, x[r], descending) < 0).length;
  const tied = others.filter(({ v }) => rankOrder(v, x[r], descending) === 0);
  switch (method) {
    case "ordinal": return BigInt(before + tied.filter(({ j }) => j < r).length + 1);
    case "min": return BigInt(before + 1);
    case "max": return BigInt(before + tied.length);
    case "dense": {
      const classes = others.filter(({ v }) => rankOrder(v, x[r], descending) < 0).map(({ v }) => v);
      const distinct = classes.filter((v, k) => classes.findIndex((w) => rankOrder(v, w, false) === 0) === k).length;
      return BigInt(distinct + 1);
    }
    default: return before + (tied.length + 1) / 2;
  }
}
