import { Float64, Int64 } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { col, concat, fromColumns, type LazyFrame } from "../src/index.js";

async function records(lf: LazyFrame, optimize = true): Promise<Record<string, unknown>[]> {
  return (await lf.collect({ optimize })).toRecords();
}

describe("unique", () => {
  const df = () => fromColumns({ k: [1, 2, 1, null, 2, null, 3], v: ["a", "b", "c", "d", "e", "f", "g"] });

  it("keeps the first row of each set of duplicates, in input order; null keys are one key", () => {
    expect(df().unique({ subset: "k" }).toRecords()).toEqual([
      { k: 1, v: "a" }, { k: 2, v: "b" }, { k: null, v: "d" }, { k: 3, v: "g" },
    ]);
    expect(df().unique({ subset: ["k"], keep: "any" }).toRecords()).toEqual(df().unique({ subset: "k" }).toRecords());
  });

  it("keep last takes the last row, ordered by where it stands; keep none drops every duplicated row", () => {
    expect(df().unique({ subset: "k", keep: "last" }).toRecords()).toEqual([
      { k: 1, v: "c" }, { k: 2, v: "e" }, { k: null, v: "f" }, { k: 3, v: "g" },
    ]);
    expect(df().unique({ subset: "k", keep: "none" }).toRecords()).toEqual([{ k: 3, v: "g" }]);
  });

  it("compares all columns by default: NaN equals NaN, -0 equals 0, the kept row's own values stay", async () => {
    const floats = fromColumns({ x: [NaN, 0, NaN, -0, 1] });
    expect(floats.unique().toRecords()).toEqual([{ x: NaN }, { x: 0 }, { x: 1 }]);
    const last = floats.unique({ keep: "last" }).toRecords();
    expect(last).toEqual([{ x: NaN }, { x: -0 }, { x: 1 }]);
    expect(Object.is(last[1].x, -0)).toBe(true);
    for (const optimize of [true, false]) expect(await records(floats.lazy().unique({ keep: "last" }), optimize)).toEqual(last);
  });

  it("rejects unknown columns and keep values", () => {
    expect(() => df().unique({ subset: "kk" })).toThrow(/closest|kk/);
    expect(() => df().unique({ keep: "middle" as never })).toThrow(/unique: option "keep" must be one of "first", "last", "any", "none"/);
  });
});

describe("concat", () => {
  const a = () => fromColumns({ x: [1, 2], s: ["a", "b"] }).lazy();
  const b = () => fromColumns({ x: [3], s: ["c"] }).lazy();

  it("gives the rows of each frame in turn, optimized or not, and pushes filters and projections into each", async () => {
    const lf = concat([a(), b(), a()]);
    expect(await records(lf)).toEqual([
      { x: 1, s: "a" }, { x: 2, s: "b" }, { x: 3, s: "c" }, { x: 1, s: "a" }, { x: 2, s: "b" },
    ]);
    const filtered = lf.filter(col("x").gt(1)).select("x");
    expect(await records(filtered)).toEqual([{ x: 2 }, { x: 3 }, { x: 2 }]);
    expect(await records(filtered, false)).toEqual([{ x: 2 }, { x: 3 }, { x: 2 }]);
    expect(filtered.explain()).toBe(
      [
        'SELECT [col("x")]',
        "  CONCAT",
        '    SCAN memory columns=["x"] predicate=col("x").gt(1) limit=none',
        '    SCAN memory columns=["x"] predicate=col("x").gt(1) limit=none',
        '    SCAN memory columns=["x"] predicate=col("x").gt(1) limit=none',
      ].join("\n"),
    );
    expect((await lf.select(col("x").argmax()).collect()).toRecords()).toEqual([{ x: 2 }]);
    // Eager frames give a DataFrame at once.
    expect(concat([fromColumns({ x: [1] }), fromColumns({ x: [2] })]).toRecords()).toEqual([{ x: 1 }, { x: 2 }]);
  });

  it("needs the same names and types, naming the column; relaxed, numbers meet in their supertype", async () => {
    const ints = fromColumns({ x: Int32Array.of(1, 2) }).lazy();
    const floats = fromColumns({ x: [0.5] }).lazy();
    expect(() => concat([ints, floats])).toThrow('concat: column "x" is Float64 in frame 1 but Int32 before it; cast one of them or pass how: "vertical_relaxed"');
    expect(() => concat([ints, fromColumns({ y: [1] }).lazy()])).toThrow(/frame 1 has columns \["y"\] where frame 0 has \["x"\]/);
    const relaxed = concat([ints, floats], { how: "vertical_relaxed" });
    expect(String(relaxed.schema.fields[0].type)).toBe(String(new Float64()));
    expect(await records(relaxed)).toEqual([{ x: 1 }, { x: 2 }, { x: 0.5 }]);
    expect(String(concat([fromColumns({ x: [1n] }).lazy(), ints], { how: "vertical_relaxed" }).schema.fields[0].type)).toBe(String(new Int64()));
  });
});

describe("tail", () => {
  it("gives the last n rows of a lazy query, across batches and streamed", async () => {
    const lf = concat([fromColumns({ x: [1, 2, 3] }).lazy(), fromColumns({ x: [4, 5] }).lazy()]);
    expect(await records(lf.tail(3))).toEqual([{ x: 3 }, { x: 4 }, { x: 5 }]);
    expect(await records(lf.tail(10))).toEqual([1, 2, 3, 4, 5].map((x) => ({ x })));
    expect(await records(lf.tail(0))).toEqual([]);
    expect(lf.tail(2).explain().split("\n")[0]).toBe("TAIL 2");
    expect(() => lf.tail(-1)).toThrow(RangeError);
  });
});
