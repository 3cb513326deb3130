import { inspect } from "node:util";
import { Int32, Int64, vectorFromArray } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { fromColumns } from "../src/index.js";

describe("a frame prints as a boxed table", () => {
  it("shape, names, types, right-aligned numbers, quoted strings, null", () => {
    const df = fromColumns({ x: [1, 22.5, null], name: ["a", "bé", null], n: vectorFromArray([3n, null, -40n], new Int64()) });
    const expected = [
      "shape: (3, 3)",
      "┌──────┬──────┬──────┐",
      "│ x    ┆ name ┆ n    │",
      "│ ---  ┆ ---  ┆ ---  │",
      "│ f64  ┆ str  ┆ i64  │",
      "╞══════╪══════╪══════╡",
      "│  1.0 ┆ \"a\"  ┆    3 │",
      "│ 22.5 ┆ \"bé\" ┆ null │",
      "│ null ┆ null ┆  -40 │",
      "└──────┴──────┴──────┘",
    ].join("\n");
    expect(df.toString()).toBe(expected);
    expect(inspect(df)).toBe(expected);
    expect(`${df}`).toBe(expected);
  });

  it("long frames show the first and last rows; wide frames the first and last columns; long strings are cut", () => {
    const df = fromColumns({ i: vectorFromArray(Array.from({ length: 25 }, (_, i) => i), new Int32()) });
    expect(df.toString().split("\n").slice(6, -1).map((l) => l.replace(/[│ ]/g, ""))).toEqual(["0", "1", "2", "3", "4", "…", "20", "21", "22", "23", "24"]);
    expect(df.toString({ maxRows: 4 }).split("\n").slice(6, -1).map((l) => l.replace(/[│ ]/g, ""))).toEqual(["0", "1", "…", "23", "24"]);
    const wide = fromColumns(Object.fromEntries(Array.from({ length: 10 }, (_, c) => [`c${c}`, [c]])));
    expect(wide.toString().split("\n")[2]).toBe("│ c0  ┆ c1  ┆ c2  ┆ c3  ┆ … ┆ c6  ┆ c7  ┆ c8  ┆ c9  │");
    const long = fromColumns({ s: ["x".repeat(40) + "😀"] }).toString().split("\n")[6];
    expect(long).toBe(`│ "${"x".repeat(31)}…" │`);
  });

  it("floats as Polars writes them", () => {
    const line = (v: number) => fromColumns({ v: [v] }).toString().split("\n")[6].replace(/[│ ]/g, "");
    expect([1, -0, NaN, Infinity, -Infinity, 1 / 3, 1.5e12, 2e-7].map(line)).toEqual(["1.0", "-0.0", "NaN", "inf", "-inf", "0.333333", "1.5e12", "2e-7"]);
  });

  it("a Series prints its name, type and values", () => {
    const s = fromColumns({ x: [1.5, null] }).col("x");
    expect(inspect(s)).toBe(["shape: (2,)", "Series: 'x' [f64]", "[", "  1.5", "  null", "]"].join("\n"));
    expect(s.head(1).toArray()).toEqual([1.5]);
    expect(s.tail(1).toArray()).toEqual([null]);
  });
});

describe("results as JS values", () => {
  const df = () => fromColumns({ x: [3, 1, 2], s: ["a", null, "c"], big: vectorFromArray([1n, 2n ** 60n, 3n], new Int64()) });

  it("toRecords and rows give 64-bit integers as numbers when exact, else throw unless bigints are asked for", () => {
    expect(df().select("x", "s").toRecords()).toEqual([{ x: 3, s: "a" }, { x: 1, s: null }, { x: 2, s: "c" }]);
    expect(() => df().toRecords()).toThrow(/column "big" row 1: 1152921504606846976 does not fit a JS number exactly/);
    expect(df().toRecords({ bigint: true })[1]).toEqual({ x: 1, s: null, big: 2n ** 60n });
    expect(df().head(1).rows()).toEqual([[3, "a", 1]]);
  });

  it("toColumns gives typed arrays for number columns without nulls", () => {
    const columns = df().toColumns({ bigint: true });
    expect(columns.x).toEqual(Float64Array.of(3, 1, 2));
    expect(columns.s).toEqual(["a", null, "c"]);
    expect(columns.big).toEqual(BigInt64Array.of(1n, 2n ** 60n, 3n));
    expect(fromColumns({ n: vectorFromArray([1n, 5n], new Int64()) }).toColumns().n).toEqual([1, 5]);
  });

  it("head and tail", () => {
    expect(df().tail(2).col("x").toArray()).toEqual([1, 2]);
    expect(df().tail(9).height).toBe(3);
    expect(df().head(0).height).toBe(0);
  });
});

describe("describe", () => {
  it("count, null_count, mean, std, min, quartiles, max and the positions of min and max", () => {
    const d = fromColumns({ x: [4, null, 1, 3, 1, 6], s: ["b", "a", null, "c", "a", "b"] }).describe();
    expect(d.col("statistic").toArray()).toEqual(["count", "null_count", "mean", "std", "min", "25%", "50%", "75%", "max", "argmin", "argmax"]);
    // x: 4, 1, 3, 1, 6 → mean 3, sample variance (1 + 4 + 0 + 4 + 9) / 4 = 4.5; sorted 1 1 3 4 6.
    expect(d.col("x").toArray()).toEqual([5, 1, 3, Math.sqrt(4.5), 1, 1, 3, 4, 6, 2, 5]);
    expect(d.col("s").toArray()).toEqual(["5", "1", null, null, "a", null, null, null, "c", "1", "3"]);
  });

  it("NaN propagates into mean and min; quartiles sort it last", () => {
    const x = fromColumns({ x: [2, NaN, 1] }).describe().col("x").toArray();
    // Sorted 1, 2, NaN: the nearest ranks of 0.25, 0.5, 0.75 are 1 (0.5 rounds up), 1 and 2.
    expect(x.slice(2, 11)).toEqual([NaN, NaN, NaN, 2, 2, NaN, NaN, 1, 1]);
  });
});
