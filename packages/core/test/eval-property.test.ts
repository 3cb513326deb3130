import { makeData, makeVector, RecordBatch, type Schema, Struct } from "apache-arrow";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nullData } from "../src/exec/eval/build.js";
import { aggregateFor, evaluateScalar, groupedAggregateFor } from "../src/exec/eval/index.js";
import { argminHorizontal, col, type Expr, lit } from "../src/expr/index.js";
import { arbTable, type Cell, type GeneratedTable, sameCell, toPlainValues, type TypeKind } from "../src/testing/index.js";

type Outcome = { values: Cell[] } | { error: string };

function outcome(run: () => Parameters<typeof makeVector>[0]): Outcome {
  try {
    return { values: toPlainValues(makeVector(run() as never)) };
  } catch (error) {
    return { error: `${(error as Error).name}: ${(error as Error).message}` };
  }
}

/** Equal values (NaN equal to NaN, -0 differing from 0), or equal errors (by name alone when `loose`). */
function expectSame(actual: Outcome, expected: Outcome, what: string, loose = false): void {
  if (loose && "error" in expected && "error" in actual) {
    expect(actual.error.split(":")[0], what).toBe(expected.error);
    return;
  }
  if ("error" in expected || "error" in actual) {
    expect(actual, what).toEqual(expected);
    return;
  }
  expect(actual.values.length, what).toBe(expected.values.length);
  actual.values.forEach((v, i) => expect(sameCell(v, expected.values[i]), `${what} [${i}]: ${String(v)} vs ${String(expected.values[i])}`).toBe(true));
}

/** A deterministic stream of numbers from a seed, to shape merge trees. */
function lcg(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** Merges per-batch states in a random binary tree (the merge must be associative). */
function mergeTree<T extends { merge(other: T): void }>(parts: T[], next: () => number): T {
  if (parts.length === 1) return parts[0];
  const cut = 1 + Math.floor(next() * (parts.length - 1));
  const left = mergeTree(parts.slice(0, cut), next);
  left.merge(mergeTree(parts.slice(cut), next));
  return left;
}

/** The ids of each batch's rows. */
function batchIds(ids: Int32Array, batches: readonly RecordBatch[]): Int32Array[] {
  let start = 0;
  return batches.map((b) => ids.subarray(start, (start += b.numRows)));
}

function ungroupedBoth(expr: Expr, schema: Schema, batches: readonly RecordBatch[], seed: number): [Outcome, Outcome] {
  const single = outcome(() => {
    const agg = aggregateFor(expr, schema);
    batches.forEach((b) => agg.update(b));
    return agg.finish().data;
  });
  const merged = outcome(() => {
    const parts = [aggregateFor(expr, schema), ...batches.map((b) => {
      const part = aggregateFor(expr, schema);
      part.update(b);
      return part;
    })];
    return mergeTree(parts, lcg(seed)).finish().data;
  });
  return [single, merged];
}

function groupedBoth(expr: Expr, schema: Schema, batches: readonly RecordBatch[], ids: Int32Array, groups: number, seed: number): [Outcome, Outcome] {
  const perBatch = batchIds(ids, batches);
  // An empty batch first, so that a table without batches still reports every group.
  const fresh = () => {
    const agg = groupedAggregateFor(expr, schema);
    const children = schema.fields.map((f) => nullData(f.type, 0));
    agg.update(new Int32Array(0), new RecordBatch(schema, makeData({ type: new Struct(schema.fields), length: 0, nullCount: 0, children })), groups);
    return agg;
  };
  const single = outcome(() => {
    const agg = fresh();
    batches.forEach((b, i) => agg.update(perBatch[i], b, groups));
    return agg.finish();
  });
  const merged = outcome(() => {
    const parts = [fresh(), ...batches.map((b, i) => {
      const part = groupedAggregateFor(expr, schema);
      part.update(perBatch[i], b, groups);
      return part;
    })];
    return mergeTree(parts, lcg(seed)).finish();
  });
  return [single, merged];
}

// ---- the oracle: the contract on plain values ----

function compareCells(a: Cell, b: Cell): number {
  if (typeof a === "string" && typeof b === "string") {
    const x = Array.from(a, (c) => c.codePointAt(0)!);
    const y = Array.from(b, (c) => c.codePointAt(0)!);
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
    return x.length - y.length;
  }
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
    return a.length - b.length;
  }
  const [p, q] = [a, b].map((v) => (typeof v === "boolean" ? Number(v) : v)) as (number | bigint)[];
  return p < q ? -1 : p > q ? 1 : 0;
}

const isNaNCell = (c: Cell) => typeof c === "number" && c !== c;

/** argmin/argmax over cells: null skipped, first NaN wins unless skipped, ties to the first. */
function argExtreme(cells: readonly Cell[], max: boolean, skipNaN: boolean): number | null | "all-nan" {
  let best = -1;
  let sawNaN = false;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (c === null) continue;
    if (isNaNCell(c)) {
      if (!skipNaN) return i;
      sawNaN = true;
    } else if (best < 0 || (max ? -1 : 1) * compareCells(c, cells[best]) < 0) {
      best = i;
    }
  }
  if (best >= 0) return best;
  return skipNaN && sawNaN ? "all-nan" : null;
}

type Oracle = (a: readonly Cell[], b: readonly Cell[]) => Cell | "all-nan" | "overflow";

const at = (cells: readonly Cell[], i: number | null | "all-nan"): Cell | "all-nan" => (i === "all-nan" ? i : i === null ? null : cells[i]);
const index = (i: number | null | "all-nan") => (typeof i === "number" ? BigInt(i) : i);
const nth = (cells: readonly Cell[], k: number) => {
  const p = k >= 0 ? k : cells.length + k;
  return p >= 0 && p < cells.length ? cells[p] : null;
};

const CASES: readonly (readonly [string, (a: string, b: string) => Expr, Oracle])[] = [
  ["count", (a) => col(a).count(), (a) => BigInt(a.filter((c) => c !== null).length)],
  ["first", (a) => col(a).first(), (a) => nth(a, 0)],
  ["last", (a) => col(a).last(), (a) => nth(a, -1)],
  ["get(1)", (a) => col(a).get(lit(1)), (a) => nth(a, 1)],
  ["get(-2)", (a) => col(a).get(lit(-2)), (a) => nth(a, -2)],
  ["argmin", (a) => col(a).argmin(), (a) => index(argExtreme(a, false, false))],
  ["argmax", (a) => col(a).argmax(), (a) => index(argExtreme(a, true, false))],
  ["nanargmin", (a) => col(a).nanargmin(), (a) => index(argExtreme(a, false, true))],
  ["nanargmax", (a) => col(a).nanargmax(), (a) => index(argExtreme(a, true, true))],
  ["min", (a) => col(a).min(), (a) => at(a, argExtreme(a, false, false))],
  ["max", (a) => col(a).max(), (a) => at(a, argExtreme(a, true, false))],
  ["minBy", (a, b) => col(b).minBy(col(a)), (a, b) => at(b, argExtreme(a, false, false))],
  ["maxBy", (a, b) => col(b).maxBy(a), (a, b) => at(b, argExtreme(a, true, false))],
  ["get(nanargmax)", (a, b) => col(b).get(col(a).nanargmax()), (a, b) => at(b, argExtreme(a, true, true))],
];

const INTEGERS: readonly TypeKind[] = ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "bool", "decimal128"];

/** Integer, Bool and decimal sums: exact, wrapped to 64 bits except decimals and UInt64 kept unsigned. */
function sumOracle(kind: TypeKind): Oracle {
  return (a) => {
    const values = a.filter((c) => c !== null);
    if (values.length === 0) return null;
    const total = values.reduce<bigint>((s, c) => s + (typeof c === "boolean" ? BigInt(c) : BigInt(c as number | bigint)), 0n);
    if (kind === "decimal128") return BigInt.asIntN(128, total) === total ? total : "overflow";
    return kind === "uint64" ? BigInt.asUintN(64, total) : BigInt.asIntN(64, total);
  };
}

function oracleOutcome(oracle: Oracle, a: readonly Cell[], b: readonly Cell[], ids: Int32Array | null, groups: number): Outcome {
  const members = ids === null ? [a.map((_, i) => i)] : Array.from({ length: groups }, (_, g) => a.flatMap((_, i) => (ids[i] === g ? [i] : [])));
  const values = members.map((rows) => oracle(rows.map((i) => a[i]), rows.map((i) => b[i])));
  if (values.includes("all-nan")) return { error: "ValueError" };
  if (values.includes("overflow")) return { error: "RangeError" };
  return { values: values as Cell[] };
}

// Up to 120 rows in up to 6 batches over 1 to 4 groups: batches with 16 rows per group or more
// take the kernel's direct path, smaller ones the renumbering path.
const arbInput = arbTable({ minColumns: 2, maxColumns: 2, maxLength: 120 }).chain((table) =>
  fc.integer({ min: 1, max: 4 }).chain((groups) =>
    fc.record({
      table: fc.constant(table),
      groups: fc.constant(groups),
      ids: fc.array(fc.integer({ min: 0, max: groups - 1 }), { minLength: table.columns[0].length, maxLength: table.columns[0].length }),
      seed: fc.integer(),
    }),
  ),
);

function casesFor(t: GeneratedTable): [string, Expr, Oracle | null][] {
  const [a, b] = t.names;
  const out: [string, Expr, Oracle | null][] = CASES.map(([name, build, oracle]) => [name, build(a, b), oracle]);
  const numeric = !["utf8", "largeUtf8", "binary", "largeBinary", "dictionary"].includes(t.kinds[0]) && !/^(date|time|duration)/.test(t.kinds[0]);
  if (numeric) {
    out.push(["sum", col(a).sum(), INTEGERS.includes(t.kinds[0]) ? sumOracle(t.kinds[0]) : null]);
    out.push(["mean", col(a).mean(), null]);
  }
  return out;
}

describe("aggregates: splitting the batches anywhere and merging partial states gives the same result", () => {
  it("ungrouped: one pass, merge trees and the oracle agree", () => {
    fc.assert(
      fc.property(arbInput, ({ table: t, seed }) => {
        for (const [name, expr, oracle] of casesFor(t)) {
          const [single, merged] = ungroupedBoth(expr, t.table.schema, t.table.batches, seed);
          expectSame(merged, single, `${name} merged`);
          if (oracle !== null) expectSame(single, oracleOutcome(oracle, t.columns[0], t.columns[1], null, 1), `${name} oracle`, true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("grouped: positions are group-relative, and agree across splits, merges and the oracle", () => {
    fc.assert(
      fc.property(arbInput, ({ table: t, groups, ids: idList, seed }) => {
        const ids = Int32Array.from(idList);
        for (const [name, expr, oracle] of casesFor(t)) {
          const [single, merged] = groupedBoth(expr, t.table.schema, t.table.batches, ids, groups, seed);
          expectSame(merged, single, `${name} merged`);
          if (oracle !== null) expectSame(single, oracleOutcome(oracle, t.columns[0], t.columns[1], ids, groups), `${name} oracle`, true);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("row-wise expressions over generated batches", () => {
  it("comparisons and null tests agree with the oracle on every type, sliced, with garbage under nulls", () => {
    fc.assert(
      fc.property(arbTable({ minColumns: 2, maxColumns: 2, sameKind: true, maxLength: 30 }), (t) => {
        const [a, b] = t.names;
        const rows = t.table.batches.flatMap((batch) => {
          const lt = [...makeVector(evaluateScalar(col(a).lt(col(b)), batch))];
          const eq = [...makeVector(evaluateScalar(col(a).eq(col(b)), batch))];
          const isNull = [...makeVector(evaluateScalar(col(a).isNull(), batch))];
          const winner = toPlainValues(makeVector(evaluateScalar(argminHorizontal(a, b), batch)));
          return lt.map((v, i) => [v, eq[i], isNull[i], winner[i]]);
        });
        rows.forEach(([lt, eq, isNull, winner], i) => {
          const x = t.columns[0][i];
          const y = t.columns[1][i];
          expect(isNull).toBe(x === null);
          const missing = x === null || y === null;
          const unordered = isNaNCell(x) || isNaNCell(y);
          expect(lt).toBe(missing ? null : !unordered && compareCells(x, y) < 0);
          expect(eq).toBe(missing ? null : !unordered && compareCells(x, y) === 0);
          expect(winner).toBe(index(argExtreme([x, y], false, false)));
        });
      }),
      { numRuns: 150 },
    );
  });
});

describe("arithmetic over generated batches", () => {
  const WIDTHS: Partial<Record<TypeKind, [number, boolean]>> = {
    int8: [8, true], int16: [16, true], int32: [32, true], int64: [64, true],
    uint8: [8, false], uint16: [16, false], uint32: [32, false], uint64: [64, false],
  };
  const EXACT = {
    add: (x: bigint, y: bigint) => x + y,
    sub: (x: bigint, y: bigint) => x - y,
    mul: (x: bigint, y: bigint) => x * y,
    mod: (x: bigint, y: bigint) => (y === 0n ? null : x % y),
  } as const;

  it("integers: exact arithmetic wrapped to the type; mod by zero is null", () => {
    const kinds = Object.keys(WIDTHS) as TypeKind[];
    fc.assert(
      fc.property(arbTable({ minColumns: 2, maxColumns: 2, sameKind: true, kinds, maxLength: 30 }), (t) => {
        const [a, b] = t.names;
        const [bits, signed] = WIDTHS[t.kinds[0]]!;
        const wrap = (v: bigint) => (signed ? BigInt.asIntN(bits, v) : BigInt.asUintN(bits, v));
        for (const op of Object.keys(EXACT) as (keyof typeof EXACT)[]) {
          const actual = t.table.batches.flatMap((batch) => toPlainValues(makeVector(evaluateScalar(col(a)[op](col(b)), batch))));
          actual.forEach((v, i) => {
            const [x, y] = [t.columns[0][i], t.columns[1][i]];
            const exact = x === null || y === null ? null : EXACT[op](BigInt(x as number | bigint), BigInt(y as number | bigint));
            const expected = exact === null ? null : bits === 64 ? wrap(exact) : Number(wrap(exact));
            expect(v, `${op} row ${i}: ${String(x)}, ${String(y)}`).toBe(expected);
          });
        }
      }),
      { numRuns: 150 },
    );
  });

  it("floats: IEEE arithmetic rounded to the type", () => {
    fc.assert(
      fc.property(arbTable({ minColumns: 2, maxColumns: 2, sameKind: true, kinds: ["float32", "float64"], maxLength: 30 }), (t) => {
        const [a, b] = t.names;
        const round = t.kinds[0] === "float32" ? Math.fround : (v: number) => v;
        const ops = { add: (x: number, y: number) => x + y, mul: (x: number, y: number) => x * y, div: (x: number, y: number) => x / y, mod: (x: number, y: number) => x % y };
        for (const op of Object.keys(ops) as (keyof typeof ops)[]) {
          const actual = t.table.batches.flatMap((batch) => toPlainValues(makeVector(evaluateScalar(col(a)[op](col(b)), batch))));
          actual.forEach((v, i) => {
            const [x, y] = [t.columns[0][i], t.columns[1][i]] as (number | null)[];
            expect(Object.is(v, x === null || y === null ? null : round(ops[op](x, y))), `${op} row ${i}: ${x}, ${y} gave ${String(v)}`).toBe(true);
          });
        }
      }),
      { numRuns: 150 },
    );
  });
});
