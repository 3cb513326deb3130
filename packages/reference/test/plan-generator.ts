/**
 * Random, type-valid queries for the plan interpreter and the engine: each generated step is a
 * kind and a seed, turned into a concrete step against the schema the query has at that point, so
 * every column it names exists and every expression has a type the rules accept (the
 * interpreter's typing is the judge: a candidate it rejects is drawn again). Shrinking drops steps
 * and shrinks seeds toward the simplest choices.
 */
import { Rng } from "@quiver/core/testing";
import type { Table } from "apache-arrow";
import fc from "fast-check";
import {
  planStep, type RefExpr, type RefLiteral, type RefSchema, type RefSortKey, type RefStep, type RefType, typeExpr,
} from "../src/index.js";

/** The kinds of step the generator makes. */
export const STEP_KINDS = [
  "filter", "withColumns", "selectRows", "selectAggregates", "groupBy", "sort", "head", "limit", "slice", "withRowIndex", "unique", "tail", "concat",
] as const;

/** One generated step before it meets a schema. */
export interface StepGene {
  readonly kind: (typeof STEP_KINDS)[number];
  readonly seed: number;
}

/**
 * A concrete step and how to spell it on a LazyFrame (head/limit/slice; sort options as one value
 * or per key; join keys as `on` or `leftOn`/`rightOn`, none for a cross join). A join step also
 * carries the right side's Arrow table and steps.
 */
export interface BuiltStep {
  readonly step: RefStep;
  readonly spelling: "head" | "limit" | "slice" | "perKey" | "shared" | "defaults" | "plain" | "on" | "cross";
  readonly right?: { readonly table: Table; readonly steps: readonly BuiltStep[] };
}

/**
 * Step genes.
 * @param kinds - the step kinds to draw from (all by default)
 * @returns the arbitrary of up to five genes
 */
export function arbStepGenes(kinds: readonly StepGene["kind"][] = STEP_KINDS): fc.Arbitrary<StepGene[]> {
  return fc.array(fc.record({ kind: fc.constantFrom(...kinds), seed: fc.integer() }), { maxLength: 5 });
}

type Family = "number" | "bool" | "utf8";

const NUMBERS: RefLiteral[] = [
  0, 1, -1, 2, 3, -3, 7, -0, 0.5, -2.5, NaN, Infinity, -Infinity, 2 ** 31 - 1, -(2 ** 31), 2 ** 40, 2 ** 53, 1e300, 1.7976931348623157e308, -1e308, 0.1, 5e-324,
  0n, 3n, -1n, 2n ** 53n + 1n, -(2n ** 63n), 2n ** 63n - 1n,
];
const STRINGS: RefLiteral[] = ["", "a", "ab", "b", "😀", "\uff5e", "a\u0000", "é"];
const LITERALS: Record<Family, RefLiteral[]> = { number: NUMBERS, bool: [true, false], utf8: STRINGS };

const FAMILY_OF: Record<RefType, Family | undefined> = { int32: "number", int64: "number", float64: "number", bool: "bool", utf8: "utf8", null: undefined };

/** Builds expressions over one schema from a stream of choices. */
class ExprBuilder {
  constructor(readonly schema: RefSchema, readonly c: Rng) {}

  columns(family: Family): string[] {
    return this.schema.names.filter((_, i) => FAMILY_OF[this.schema.types[i]] === family);
  }

  family(): Family {
    const present = (["number", "bool", "utf8"] as const).filter((f) => this.columns(f).length > 0);
    return this.c.chance(0.85) && present.length > 0 ? this.c.pick(present) : this.c.pick(["number", "number", "bool", "utf8"] as const);
  }

  leaf(family: Family): RefExpr {
    const columns = this.columns(family);
    if (this.c.chance(0.06)) return { lit: null };
    if (columns.length > 0 && this.c.chance(0.75)) return { col: this.c.pick(columns) };
    return { lit: this.c.pick(LITERALS[family]) };
  }

  of(family: Family, depth: number): RefExpr {
    if (depth <= 0 || this.c.chance(0.45)) return this.leaf(family);
    if (family === "number") return this.number(depth - 1);
    if (family === "bool") return this.bool(depth - 1);
    return this.c.chance(0.5) ? { fn: "fillNull", args: [this.of("utf8", depth), this.leaf("utf8")] } : this.leaf("utf8");
  }

  number(depth: number): RefExpr {
    const r = this.c.next();
    if (r < 0.7) return { fn: this.c.pick(["add", "sub", "mul", "div", "mod"] as const), args: [this.of("number", depth), this.of("number", depth)] };
    if (r < 0.85) return { fn: "fillNull", args: [this.of("number", depth), this.leaf("number")] };
    const from = this.c.chance(0.8) ? this.of("number", depth) : this.of("bool", depth);
    return { cast: this.c.pick(["int32", "int64", "float64", "float64"] as const), input: from };
  }

  bool(depth: number): RefExpr {
    const r = this.c.next();
    if (r < 0.4) {
      const family = this.family();
      const left = this.of(family, depth);
      // Comparing a value with itself tells NaN's IEEE comparisons from a total order.
      const right = this.c.chance(0.2) ? left : this.of(family, depth);
      return { fn: this.c.pick(["eq", "neq", "lt", "lte", "gt", "gte"] as const), args: [left, right] };
    }
    if (r < 0.55) return { fn: this.c.pick(["isNull", "isNotNull"] as const), args: [this.of(this.family(), depth)] };
    if (r < 0.62) return { fn: "isNaN", args: [this.of("number", depth)] };
    if (r < 0.82) return { fn: this.c.pick(["and", "or"] as const), args: [this.of("bool", depth), this.of("bool", depth)] };
    if (r < 0.9) return { fn: "not", args: [this.of("bool", depth)] };
    if (r < 0.95) return { fn: "fillNull", args: [this.of("bool", depth), this.leaf("bool")] };
    return { cast: "bool", input: this.of("number", depth) };
  }

  any(depth = 2): RefExpr {
    return this.of(this.family(), depth);
  }

  /** An aggregate, sometimes inside a row-wise function of its value. */
  aggregate(): RefExpr {
    const x = () => this.any(1);
    const fn = this.c.pick(["count", "sum", "mean", "min", "max", "first", "last", "argmin", "argmax", "nanargmin", "nanargmax", "minBy", "maxBy", "get", "get"] as const);
    let expr: RefExpr;
    if (fn === "sum" || fn === "mean") expr = { fn, args: [this.of(this.c.chance(0.8) ? "number" : "bool", 1)] };
    else if (fn === "minBy" || fn === "maxBy") expr = { fn, args: [x(), x()] };
    else if (fn === "get" && this.c.chance(0.5)) expr = { fn, args: [x(), { lit: this.c.chance(0.1) ? null : this.c.int(-3, 3) }] };
    else if (fn === "get") expr = { fn, args: [x(), { fn: this.c.pick(["argmin", "argmax", "nanargmin", "nanargmax"] as const), args: [x()] }] };
    else expr = { fn, args: [x()] };
    if (this.c.chance(0.15)) expr = { fn: this.c.pick(["add", "mul", "gt", "eq"] as const), args: [expr, { lit: this.c.pick(NUMBERS) }] };
    return expr;
  }
}

const SCALAR_FUNCTIONS = ["add", "sub", "mul", "div", "mod", "eq", "neq", "lt", "lte", "gt", "gte", "and", "or", "not", "isNull", "isNotNull", "isNaN", "fillNull"] as const;
const AGGREGATE_FUNCTIONS = ["count", "sum", "mean", "min", "max", "first", "last", "argmin", "argmax", "nanargmin", "nanargmax", "minBy", "maxBy", "get"] as const;
const ARITY: Partial<Record<string, number>> = { not: 1, isNull: 1, isNotNull: 1, isNaN: 1, minBy: 2, maxBy: 2, get: 2 };

/**
 * An expression with no regard for types, to check that the engine rejects, when the query is
 * written, exactly what the typing rules reject: row-wise functions of any arguments, under an
 * optional aggregate (whose `get` index may be a column, which is not one index).
 * @param schema - the columns it may read
 * @param seed - the choices
 * @returns the expression and whether it aggregates
 */
export function wildExpr(schema: RefSchema, seed: number): { expr: RefExpr; aggregate: boolean } {
  const c = new Rng(seed);
  const b = new ExprBuilder(schema, c);
  const wild = (depth: number): RefExpr => {
    if (depth <= 0 || c.chance(0.3)) return b.leaf(c.pick(["number", "bool", "utf8"] as const));
    const fn = c.pick(SCALAR_FUNCTIONS);
    return { fn, args: Array.from({ length: ARITY[fn] ?? 2 }, () => wild(depth - 1)) };
  };
  if (c.chance(0.5)) return { expr: wild(3), aggregate: false };
  const fn = c.pick(AGGREGATE_FUNCTIONS);
  const index: RefExpr = c.chance(0.5) ? wild(1) : { fn: "argmin", args: [wild(1)] };
  return { expr: { fn, args: ARITY[fn] === 2 ? [wild(2), fn === "get" ? index : wild(2)] : [wild(2)] }, aggregate: true };
}

/** Names not yet in the schema or already handed out. */
class Names {
  private counter = 0;
  private readonly taken: Set<string>;
  constructor(schema: RefSchema) {
    this.taken = new Set(schema.names);
  }
  fresh(): string {
    let name: string;
    do name = `_q${this.counter++}`;
    while (this.taken.has(name));
    this.taken.add(name);
    return name;
  }
}

const alias = (input: RefExpr, name: string): RefExpr => ({ alias: name, input });

/** The concrete step of a gene over a schema; may be one the rules reject (the caller retries). */
function candidate(gene: StepGene, schema: RefSchema, c: Rng): BuiltStep {
  const b = new ExprBuilder(schema, c);
  const names = new Names(schema);
  const count = (max: number) => c.int(1, max);
  const columnOrComputed = (computed: () => RefExpr) => (c.chance(0.6) ? { col: c.pick(schema.names) } : alias(computed(), names.fresh()));
  switch (gene.kind) {
    case "filter":
      return { step: { filter: b.bool(c.int(0, 2)) }, spelling: "plain" };
    case "withColumns":
      return {
        step: {
          withColumns: Array.from({ length: count(3) }, () => {
            const e = b.any();
            const r = c.next();
            return r < 0.6 ? alias(e, names.fresh()) : r < 0.8 ? alias(e, c.pick(schema.names)) : e;
          }),
        },
        spelling: "plain",
      };
    case "selectRows": {
      const first: RefExpr = { col: c.pick(schema.names) };
      return { step: { select: [first, ...Array.from({ length: c.int(0, 2) }, () => columnOrComputed(() => b.any()))] }, spelling: "plain" };
    }
    case "selectAggregates":
      return { step: { select: Array.from({ length: count(4) }, () => alias(b.aggregate(), names.fresh())) }, spelling: "plain" };
    case "groupBy":
      return {
        step: {
          groupBy: Array.from({ length: count(2) }, () => columnOrComputed(() => b.any(1))),
          agg: Array.from({ length: count(3) }, () => alias(b.aggregate(), names.fresh())),
        },
        spelling: "plain",
      };
    case "sort": {
      const keys: RefSortKey[] = Array.from({ length: count(2) }, () => ({
        by: c.chance(0.7) ? { col: c.pick(schema.names) } : b.any(1),
        descending: c.chance(0.5),
        nullsLast: c.chance(0.7),
      }));
      const shared = keys.every((k) => k.descending === keys[0].descending && k.nullsLast === keys[0].nullsLast);
      const defaults = keys.every((k) => !k.descending && k.nullsLast);
      return { step: { sort: keys }, spelling: defaults && c.chance(0.5) ? "defaults" : shared && c.chance(0.5) ? "shared" : "perKey" };
    }
    case "head":
    case "limit":
      return { step: { slice: { offset: 0, length: c.int(0, 12) } }, spelling: gene.kind };
    case "slice":
      return { step: { slice: { offset: c.int(0, 8), length: c.chance(0.3) ? null : c.int(0, 10) } }, spelling: "slice" };
    case "withRowIndex":
      return { step: { withRowIndex: names.fresh() }, spelling: "plain" };
    case "unique": {
      const subset = c.chance(0.3) ? null : schema.names.filter(() => c.chance(0.5));
      return { step: { unique: { subset: subset?.length === 0 ? null : subset, keep: c.pick(["first", "last", "any", "none"] as const) } }, spelling: "plain" };
    }
    case "tail":
      return { step: { tail: c.int(0, 10) }, spelling: "plain" };
    case "concat":
      return { step: { concat: c.int(2, 3) }, spelling: "plain" };
  }
}

/**
 * Whether a step stays inside what the test can judge: a row-wise select reads a column (so it
 * has one value per row).
 */
function judgeable(step: RefStep, schema: RefSchema): boolean {
  if (!("select" in step)) return true;
  const typed = step.select.map((e) => typeExpr(e, schema));
  return typed.some((t) => t.aggregate) || typed.some((t) => !t.scalar);
}

/**
 * Turns genes into concrete steps, in order, each against the schema the previous ones leave.
 * A gene whose candidates the rules keep rejecting is dropped.
 * @param schema - the source's schema
 * @param genes - the genes
 * @returns the steps and the final schema
 */
export function buildSteps(schema: RefSchema, genes: readonly StepGene[]): { steps: BuiltStep[]; schema: RefSchema } {
  const steps: BuiltStep[] = [];
  let current = schema;
  for (const gene of genes) {
    const c = new Rng(gene.seed);
    for (let attempt = 0; attempt < 12; attempt++) {
      const built = candidate(gene, current, c);
      try {
        const next = planStep(current, built.step).schema;
        if (!judgeable(built.step, current)) continue;
        steps.push(built);
        current = next;
        break;
      } catch (error) {
        if (!(error instanceof TypeError)) throw error;
      }
    }
  }
  return { steps, schema: current };
}
