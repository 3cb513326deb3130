/**
 * The step interpreter. Each step is first planned against its input schema — typed, its output
 * schema worked out, a query the rules reject throwing a TypeError as the engine does when the
 * query is written — and then run over the rows, one row at a time (the casts of constants once,
 * before any row: see checkConstantCasts). Positions (arg-reductions,
 * row indices, slices) count the rows as they are at that step.
 */
import type { Cell } from "../cell.js";
import { checkConstantCasts, evaluateRow, evaluateRows, type Row } from "./evaluate.js";
import { groupRows } from "../group.js";
import type { RefExpr, RefFrame, RefQuery, RefSchema, RefStep } from "./query.js";
import { planJoin } from "./join.js";
import { sortedOrder } from "./sort.js";
import { evaluateColumn } from "./window.js";
import { checkAggregateShape, isOrderableType, type TypedExpr, typeExpr } from "./typing.js";

/** A step checked against its input: its output schema and how it maps rows. */
export interface PlannedStep {
  readonly schema: RefSchema;
  run(rows: readonly Row[]): Row[];
}

/**
 * Plans a whole query without reading a row.
 * @param source - the source's schema
 * @param steps - the steps
 * @returns the output schema and the function from source rows to output rows
 * @throws TypeError for the first step the rules reject
 * @example planQuery({ names: ["x"], types: ["int32"] }, [{ slice: { offset: 1, length: null } }]).schema
 */
export function planQuery(source: RefSchema, steps: readonly RefStep[]): PlannedStep {
  const planned: PlannedStep[] = [];
  let schema = source;
  for (const step of steps) {
    const next = planStep(schema, step);
    planned.push(next);
    schema = next.schema;
  }
  return { schema, run: (rows) => planned.reduce<Row[]>((current, step) => step.run(current), [...rows]) };
}

/**
 * Runs a query over its source rows.
 * @param query - the source frame and the steps
 * @returns the output frame
 * @throws TypeError when the query is invalid; RangeError (strict cast) or ValueError
 *   (nanargmin of all-NaN values) when a value makes it fail
 * @example runQuery({ source, steps: [{ select: [{ fn: "argmin", args: [{ col: "x" }] }] }] })
 */
export function runQuery(query: RefQuery): RefFrame {
  const plan = planQuery(query.source, query.steps);
  return { ...plan.schema, rows: plan.run(query.source.rows) };
}

/**
 * Plans one step.
 * @param input - the schema the step reads
 * @param step - the step
 * @returns its output schema and row mapping
 * @throws TypeError when the step does not fit the schema
 */
export function planStep(input: RefSchema, step: RefStep): PlannedStep {
  const planned = planStepRows(input, step);
  const constants = expressionsOf(step).map((e) => typeExpr(e, input));
  return {
    schema: planned.schema,
    run: (rows) => {
      constants.forEach(checkConstantCasts);
      return planned.run(rows);
    },
  };
}

function planStepRows(input: RefSchema, step: RefStep): PlannedStep {
  if ("filter" in step) return planFilter(input, step.filter);
  if ("select" in step) return planSelect(input, step.select);
  if ("withColumns" in step) return planWithColumns(input, step.withColumns);
  if ("groupBy" in step) return planGroupBy(input, step.groupBy, step.agg);
  if ("sort" in step) return planSort(input, step);
  if ("slice" in step) return planSlice(input, step.slice.offset, step.slice.length);
  if ("join" in step) return planJoin(input, step.join, planQuery(step.join.right.source, step.join.right.steps));
  if ("unique" in step) return planUnique(input, step.unique.subset, step.unique.keep);
  if ("tail" in step) return { schema: input, run: (rows) => (step.tail === 0 ? [] : rows.slice(-step.tail)) };
  if ("concat" in step) return { schema: input, run: (rows) => Array.from({ length: step.concat }, () => rows).flat() };
  return planRowIndex(input, step.withRowIndex);
}

/** The expressions a step evaluates. */
function expressionsOf(step: RefStep): readonly RefExpr[] {
  if ("filter" in step) return [step.filter];
  if ("select" in step) return step.select;
  if ("withColumns" in step) return step.withColumns;
  if ("groupBy" in step) return [...step.groupBy, ...step.agg];
  if ("sort" in step) return step.sort.map((k) => k.by);
  return [];
}

function rowWise(input: RefSchema, exprs: readonly RefExpr[], what: string): TypedExpr[] {
  const typed = exprs.map((e) => typeExpr(e, input));
  if (typed.some((t) => t.aggregate)) throw new TypeError(`${what} takes row-wise expressions, not aggregates`);
  if (what !== "withColumns" && typed.some((t) => t.window)) throw new TypeError(`${what} cannot compute a window: add it with withColumns first`);
  return typed;
}

/** Each expression's column over the rows, transposed to rows. */
function columnsToRows(typed: readonly TypedExpr[], rows: readonly Row[]): Cell[][] {
  const columns = typed.map((t) => evaluateColumn(t, rows));
  return rows.map((_, r) => columns.map((c) => c[r]));
}

function schemaOf(typed: readonly TypedExpr[]): RefSchema {
  const names = typed.map((t) => t.name);
  const repeated = names.find((n, i) => names.indexOf(n) !== i);
  if (repeated !== undefined) throw new TypeError(`duplicate output column ${JSON.stringify(repeated)}`);
  return { names, types: typed.map((t) => t.type) };
}

/** Keeps the rows whose predicate is true (not false, not null). */
function planFilter(input: RefSchema, predicate: RefExpr): PlannedStep {
  const [t] = rowWise(input, [predicate], "filter");
  if (t.type !== "bool") throw new TypeError(`filter needs a Bool predicate, got ${t.type}`);
  return { schema: input, run: (rows) => rows.filter((row, r) => evaluateRow(t, row, r) === true) };
}

/** All row-wise (one output row per row) or all aggregates (one output row). */
function planSelect(input: RefSchema, exprs: readonly RefExpr[]): PlannedStep {
  const typed = exprs.map((e) => typeExpr(e, input));
  const schema = schemaOf(typed);
  const aggregates = typed.filter((t) => t.aggregate).length;
  if (aggregates > 0 && aggregates < typed.length) throw new TypeError("select mixes aggregates with row-wise expressions");
  typed.filter((t) => t.aggregate).forEach(checkAggregateShape);
  if (aggregates > 0 && typed.some((t) => t.window)) throw new TypeError("an aggregating select cannot compute a window");
  if (aggregates > 0) return { schema, run: (rows) => [typed.map((t) => evaluateRows(t, rows))] };
  return { schema, run: (rows) => columnsToRows(typed, rows) };
}

/** Replaces columns of the same name in place and appends the others. */
function planWithColumns(input: RefSchema, exprs: readonly RefExpr[]): PlannedStep {
  const typed = rowWise(input, exprs, "withColumns");
  const added = schemaOf(typed);
  const names = [...input.names, ...added.names.filter((n) => !input.names.includes(n))];
  const sources = names.map((n) => added.names.indexOf(n));
  const types = names.map((_, c) => (sources[c] >= 0 ? added.types[sources[c]] : input.types[c]));
  return {
    schema: { names, types },
    run: (rows) => {
      const computed = columnsToRows(typed, rows);
      return rows.map((row, r) => names.map((_, c) => (sources[c] >= 0 ? computed[r][sources[c]] : row[c])));
    },
  };
}

/** One output row per group: the key cells, then each aggregate over the group's rows. */
function planGroupBy(input: RefSchema, keys: readonly RefExpr[], aggs: readonly RefExpr[]): PlannedStep {
  if (keys.length === 0) throw new TypeError("groupBy needs at least one key");
  const keyTyped = rowWise(input, keys, "groupBy");
  const aggTyped = aggs.map((e) => typeExpr(e, input));
  if (aggTyped.some((t) => !t.aggregate)) throw new TypeError("agg takes aggregates");
  aggTyped.forEach(checkAggregateShape);
  const schema = schemaOf([...keyTyped, ...aggTyped]);
  return {
    schema,
    run: (rows) =>
      groupRows(rows.map((row, r) => keyTyped.map((t) => evaluateRow(t, row, r)))).map((group) => {
        const members = group.rows.map((r) => rows[r]);
        return [...group.keys, ...aggTyped.map((t) => evaluateRows(t, members))];
      }),
  };
}

/** Reorders the rows by the keys (see sort.ts). */
function planSort(input: RefSchema, step: Extract<RefStep, { sort: unknown }>): PlannedStep {
  if (step.sort.length === 0) throw new TypeError("sort needs at least one key");
  const typed = rowWise(input, step.sort.map((k) => k.by), "sort");
  for (const t of typed) {
    if (!isOrderableType(t.type)) throw new TypeError(`sort key ${t.name} of type ${t.type} has no order`);
  }
  return {
    schema: input,
    run: (rows) => {
      const keys = typed.map((t, k) => ({ ...step.sort[k], values: rows.map((row, r) => evaluateRow(t, row, r)) }));
      return sortedOrder(rows.length, keys).map((r) => rows[r]);
    },
  };
}

/** `length` rows from `offset`, or all the rest without a length. */
function planSlice(input: RefSchema, offset: number, length: number | null): PlannedStep {
  if (!Number.isInteger(offset) || offset < 0) throw new RangeError(`slice offset must be a non-negative integer, got ${offset}`);
  if (length !== null && (!Number.isInteger(length) || length < 0)) throw new RangeError(`slice length must be a non-negative integer, got ${length}`);
  return { schema: input, run: (rows) => rows.slice(offset, length === null ? undefined : offset + length) };
}

/** Prepends an Int64 column numbering the rows from 0. */
function planRowIndex(input: RefSchema, name: string): PlannedStep {
  if (input.names.includes(name)) throw new TypeError(`withRowIndex: column ${JSON.stringify(name)} already exists`);
  return {
    schema: { names: [name, ...input.names], types: ["int64", ...input.types] },
    run: (rows) => rows.map((row, r): Cell[] => [BigInt(r), ...row]),
  };
}

/**
 * One row per distinct value of the subset columns (all of them when null), cells compared as
 * group keys (null equals null, NaN equals NaN, -0 equals 0): the first or last row of each set
 * of duplicates, or only rows without one, in the order the kept rows stand.
 */
function planUnique(input: RefSchema, subset: readonly string[] | null, keep: "first" | "last" | "any" | "none"): PlannedStep {
  const columns = (subset ?? input.names).map((name) => {
    const c = input.names.indexOf(name);
    if (c < 0) throw new TypeError(`unique: unknown column ${JSON.stringify(name)}`);
    if (!isOrderableType(input.types[c])) throw new TypeError(`unique: column ${JSON.stringify(name)} cannot be compared`);
    return c;
  });
  return {
    schema: input,
    run: (rows) => {
      const groups = groupRows(rows.map((row) => columns.map((c) => row[c])));
      const kept = groups.flatMap((g) => (keep === "none" ? (g.rows.length === 1 ? g.rows : []) : [keep === "last" ? g.rows[g.rows.length - 1] : g.rows[0]]));
      return kept.sort((a, b) => a - b).map((r) => rows[r]);
    },
  };
}
