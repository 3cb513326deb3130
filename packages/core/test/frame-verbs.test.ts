import { describe, expect, it } from "vitest";
import { ColumnNotFoundError, fromColumns } from "../src/index.js";

const df = () => fromColumns({ a: [1, null, NaN, 4], b: ["x", "y", null, "z"], c: [0.5, NaN, 2, null] });

describe("column verbs", () => {
  it("rename keeps the order; drop removes; unknown names are suggested", () => {
    expect(df().rename({ b: "B", a: "A" }).columns).toEqual(["A", "B", "c"]);
    expect(df().drop("a", "c").columns).toEqual(["b"]);
    expect(() => df().rename({ bb: "x" })).toThrow(ColumnNotFoundError);
    expect(() => df().drop("cc")).toThrow(/Did you mean "c"/);
    expect(() => df().rename({ a: "b" })).toThrow(/duplicate output column "b"/);
  });
});

describe("row verbs", () => {
  it("dropNulls drops a row with a null in the subset (all columns by default)", () => {
    expect(df().dropNulls().rows()).toEqual([[1, "x", 0.5]]);
    expect(df().dropNulls("b").col("b").toArray()).toEqual(["x", "y", "z"]);
    expect(df().dropNulls(["a", "c"]).col("a").toArray()).toEqual([1, NaN]);
  });

  it("dropNans drops a row with NaN in a float column of the subset; a null is not NaN", () => {
    expect(df().dropNans().col("a").toArray()).toEqual([1, 4]);
    expect(df().dropNans("a").col("a").toArray()).toEqual([1, null, 4]);
    expect(() => df().dropNans("b")).toThrow(/dropNans: column "b" is Utf8, not a float column/);
  });

  it("the lazy verbs plan as filters the optimizer pushes into the scan", () => {
    expect(df().lazy().dropNulls("a").explain()).toBe('SCAN memory columns=* predicate=col("a").isNotNull() limit=none');
  });
});
