import { Dictionary, Int32, Int64, Utf8, vectorFromArray } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { ColumnNotFoundError, col, type DataFrame, fromColumns, type JoinHow } from "../src/index.js";

const rows = (df: DataFrame) => Array.from({ length: df.height }, (_, i) => df.row(i));

// Left has the smaller size here, so the left (outer) side is the one built for every kind but
// right joins; `bigLeft` flips that. Both must give rows in the same order.
const left = () => fromColumns({ k: [2, 1, null, 2, 5], a: ["p", "q", "r", "s", "t"] });
const right = () => fromColumns({ k: [1, 2, 2, null, 7, 1], b: [10, 20, 30, 40, 50, 60] });
const bigLeft = () => fromColumns({ k: [2, 1, null, 2, 5, 8, 9, 10, 11], a: ["p", "q", "r", "s", "t", "u", "v", "w", "x"] });

describe("join kinds and output order", () => {
  const expected: Record<Exclude<JoinHow, "cross">, Record<string, unknown>[]> = {
    inner: [
      { k: 2, a: "p", b: 20 }, { k: 2, a: "p", b: 30 }, { k: 1, a: "q", b: 10 }, { k: 1, a: "q", b: 60 },
      { k: 2, a: "s", b: 20 }, { k: 2, a: "s", b: 30 },
    ],
    left: [
      { k: 2, a: "p", b: 20 }, { k: 2, a: "p", b: 30 }, { k: 1, a: "q", b: 10 }, { k: 1, a: "q", b: 60 },
      { k: null, a: "r", b: null }, { k: 2, a: "s", b: 20 }, { k: 2, a: "s", b: 30 }, { k: 5, a: "t", b: null },
    ],
    right: [
      { a: "q", k: 1, b: 10 }, { a: "p", k: 2, b: 20 }, { a: "s", k: 2, b: 20 }, { a: "p", k: 2, b: 30 },
      { a: "s", k: 2, b: 30 }, { a: null, k: null, b: 40 }, { a: null, k: 7, b: 50 }, { a: "q", k: 1, b: 60 },
    ],
    full: [
      { k: 2, a: "p", k_right: 2, b: 20 }, { k: 2, a: "p", k_right: 2, b: 30 }, { k: 1, a: "q", k_right: 1, b: 10 },
      { k: 1, a: "q", k_right: 1, b: 60 }, { k: null, a: "r", k_right: null, b: null }, { k: 2, a: "s", k_right: 2, b: 20 },
      { k: 2, a: "s", k_right: 2, b: 30 }, { k: 5, a: "t", k_right: null, b: null },
      { k: null, a: null, k_right: null, b: 40 }, { k: null, a: null, k_right: 7, b: 50 },
    ],
    semi: [{ k: 2, a: "p" }, { k: 1, a: "q" }, { k: 2, a: "s" }],
    anti: [{ k: null, a: "r" }, { k: 5, a: "t" }],
  };

  for (const [how, want] of Object.entries(expected) as [Exclude<JoinHow, "cross">, Record<string, unknown>[]][]) {
    it(`${how}: preserved side's order, matches in the other side's order, whichever side is built`, async () => {
      expect(rows(left().join(right(), { on: "k", how }))).toEqual(want);
      const extra = new Set(["u", "v", "w", "x"]);
      expect(rows(bigLeft().join(right(), { on: "k", how })).filter((r) => !extra.has(r.a as string))).toEqual(want);
      expect(rows(await left().lazy().join(right().lazy(), { on: "k", how }).collect({ optimize: false }))).toEqual(want);
    });
  }

  it("cross: every left row with every right row, in order, clashing names suffixed", () => {
    const out = fromColumns({ x: [1, 2] }).join(fromColumns({ x: [3, 4, 5] }), { how: "cross" });
    expect(out.columns).toEqual(["x", "x_right"]);
    expect(rows(out).map((r) => [r.x, r.x_right])).toEqual([[1, 3], [1, 4], [1, 5], [2, 3], [2, 4], [2, 5]]);
  });

  it("empty sides: outer rows stay with nulls, nothing else comes", () => {
    const empty = fromColumns({ k: new Float64Array(0), b: new Float64Array(0) });
    expect(rows(left().join(empty, { on: "k", how: "left" })).map((r) => r.b)).toEqual([null, null, null, null, null]);
    expect(left().join(empty, { on: "k" }).height).toBe(0);
    expect(rows(empty.join(right(), { on: "k", how: "full" })).map((r) => [r.b, r.b_right])).toEqual([10, 20, 30, 40, 50, 60].map((b) => [null, b]));
  });
});

describe("join keys", () => {
  const keys = (l: unknown, r: unknown) => fromColumns({ k: l as never, i: [0, 1] }).join(fromColumns({ k: r as never, j: [0, 1] }), { on: "k" });

  it("null never matches null; NaN matches NaN; -0 matches 0", () => {
    expect(keys([null, 1], [null, 2]).height).toBe(0);
    expect(rows(keys([NaN, 1], [2, NaN])).map((r) => [r.i, r.j])).toEqual([[0, 1]]);
    expect(rows(keys([-0, 1], [2, 0])).map((r) => [r.i, r.j])).toEqual([[0, 1]]);
  });

  it("Int64 keys are exact beyond 2^53; Int32 meets Int64 exactly", () => {
    expect(rows(keys([2n ** 53n + 1n, 2n ** 53n], [2n ** 53n, 7n]).select("i", "j"))).toEqual([{ i: 1, j: 0 }]);
    const l = fromColumns({ k: vectorFromArray([5, -1], new Int32()) });
    const r = fromColumns({ k: vectorFromArray([-1n, 5n], new Int64()), j: [0, 1] });
    expect(l.join(r, { on: "k" }).schema.fields.map((f) => String(f.type))).toEqual(["Int32", "Float64"]);
    expect(rows(l.join(r, { on: "k" })).map((x) => x.j)).toEqual([1, 0]);
  });

  it("strings match by their bytes; dictionaries by their values", () => {
    expect(rows(keys(["é", "e\u0301"], ["e\u0301", "x"])).map((r) => [r.i, r.j])).toEqual([[1, 0]]);
    const dict = vectorFromArray(["b", "a"], new Dictionary(new Utf8(), new Int32()));
    const out = fromColumns({ k: dict, i: [0, 1] }).join(fromColumns({ k: ["a", "b", "a"], j: [0, 1, 2] }), { on: "k" });
    expect(rows(out).map((r) => [r.k, r.i, r.j])).toEqual([["b", 0, 1], ["a", 1, 0], ["a", 1, 2]]);
  });

  it("several keys, named differently on each side", () => {
    const l = fromColumns({ a: [1, 1, 2], b: ["x", "y", "x"] });
    const r = fromColumns({ c: [1, 2, 1], d: ["y", "x", "x"], v: [10, 20, 30] });
    const out = l.join(r, { leftOn: ["a", "b"], rightOn: ["c", "d"] });
    expect(out.columns).toEqual(["a", "b", "v"]);
    expect(rows(out)).toEqual([{ a: 1, b: "x", v: 30 }, { a: 1, b: "y", v: 10 }, { a: 2, b: "x", v: 20 }]);
  });
});

describe("join errors name what is wrong", () => {
  it("an unknown key suggests the closest name", () => {
    expect(() => left().join(right(), { on: "kk" })).toThrow(ColumnNotFoundError);
    expect(() => left().join(right(), { leftOn: "k", rightOn: "bb" })).toThrow(/"bb" not found. Did you mean "b"/);
  });

  it("keys of types that cannot meet, bad options and clashing names", () => {
    expect(() => left().join(right(), { leftOn: "a", rightOn: "k" })).toThrow(/key "a" is Utf8 on the left but "k" is Float64 on the right/);
    expect(() => left().join(right(), { how: "cross", on: "k" })).toThrow(/cross join takes no keys/);
    expect(() => left().join(right(), {})).toThrow(/inner join needs keys/);
    expect(() => left().join(right(), { on: "k", how: "outer" as JoinHow })).toThrow(/how must be one of/);
    expect(() => left().join(right(), { on: "k", leftOn: "k" })).toThrow(/either on, or leftOn and rightOn/);
    const withA = fromColumns({ k: [1], a: [1], a_r: [2] });
    expect(() => left().join(withA, { on: "k", suffix: "_r" })).toThrow(/two columns named "a_r"/);
  });
});

describe("explain() shows pushdown through joins", () => {
  const l = () => fromColumns({ k: [1, 2], a: [1, 2], x: [0, 0] }).lazy();
  const r = () => fromColumns({ k: [1, 2], b: [1, 2], y: [0, 0] }).lazy();

  it("an inner join takes each side's predicates into that side's scan; a predicate over both stays", () => {
    const lf = l().join(r(), { on: "k" }).filter(col("a").gt(1).and(col("b").lt(2)).and(col("a").lt(col("b")))).select("a", "b");
    expect(lf.explain()).toBe(
      [
        'SELECT [col("a"), col("b")]',
        '  FILTER col("a").lt(col("b"))',
        '    JOIN INNER left=["k"] right=["k"]',
        '      SCAN memory columns=["k", "a"] predicate=col("a").gt(1) limit=none',
        '      SCAN memory columns=["k", "b"] predicate=col("b").lt(2) limit=none',
      ].join("\n"),
    );
  });

  it("a left join keeps a predicate on the null-filled right side above it; suffixed columns are read by their own name", () => {
    const lf = l().join(r().withColumns(col("b").alias("a")), { on: "k", how: "left" }).filter(col("a_right").gt(0).and(col("x").eq(0)));
    expect(lf.explain()).toBe(
      [
        'FILTER col("a_right").gt(0)',
        '  JOIN LEFT left=["k"] right=["k"]',
        '    SCAN memory columns=* predicate=col("x").eq(0) limit=none',
        '    WITH_COLUMNS [col("b").alias("a")]',
        "      SCAN memory columns=* predicate=none limit=none",
      ].join("\n"),
    );
    const inner = l().join(r().withColumns(col("b").alias("a")), { on: "k" }).filter(col("a_right").gt(1));
    expect(inner.explain().split("\n").slice(0, 3)).toEqual([
      'JOIN INNER left=["k"] right=["k"]',
      "  SCAN memory columns=* predicate=none limit=none",
      '  FILTER col("a").gt(1)',
    ]);
  });

  it("a semi join reads only the right keys", () => {
    expect(l().join(r(), { on: "k", how: "semi" }).explain().split("\n")[2]).toBe('  SCAN memory columns=["k"] predicate=none limit=none');
  });
});
