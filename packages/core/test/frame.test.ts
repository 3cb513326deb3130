import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Field, Float64, Int32, List, makeVector, tableFromArrays, tableToIPC, Vector, vectorFromArray } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { AxisError, ColumnNotFoundError, DataFrame, fromArrow, fromColumns, fromRecords, readIpc, ValueError } from "../src/index.js";

const seed = () => fromColumns({ a: [6, 5], b: [3, 2], c: [8, 9] });

describe("DataFrame arg-reductions", () => {
  it("reduces the seed example flattened, per column and per row", () => {
    const df = seed();
    expect(df.argmin()).toBe(4);
    expect(df.argmin({ axis: 0 }).toArray()).toEqual([1, 1, 0]);
    expect(df.argmin({ axis: 1 }).toArray()).toEqual([1, 1]);
    expect(df.argmin({ axis: -1 }).toArray()).toEqual([1, 1]);
    expect(df.argmax()).toBe(5);
    expect(df.argmax({ axis: 0 }).toArray()).toEqual([0, 0, 1]);
  });

  it("gives Arrow Int64 index columns that convert to numbers", () => {
    const s = seed().argmin({ axis: 0 });
    expect(String(s.type)).toBe("Int64");
    expect(s.toArray()).toEqual([1, 1, 0]);
    expect(s.toArray({ bigint: true })).toEqual([1n, 1n, 0n]);
  });

  it("keeps dimensions as one-row or one-column frames", () => {
    const df = seed();
    const flat = df.argmin({ keepdims: true });
    expect([flat.height, flat.width, flat.row(0)]).toEqual([1, 1, { argmin: 4 }]);
    expect(df.argmin({ axis: 0, keepdims: true }).row(0)).toEqual({ a: 1, b: 1, c: 0 });
    const perRow = df.argmax({ axis: 1, keepdims: true });
    expect([perRow.columns, perRow.col("argmax").toArray()]).toEqual([["argmax"], [2, 2]]);
  });

  it("checks the axis as NumPy does", () => {
    expect(() => seed().argmin({ axis: 2 })).toThrow(new AxisError(2, 2));
    expect(() => seed().argmin({ axis: 2 })).toThrow("axis 2 is out of bounds for array of dimension 2");
    expect(() => seed().argmin({ axis: -3 })).toThrow(AxisError);
    expect(() => seed().argmin({ axis: 0.5 })).toThrow(TypeError);
  });

  it("gives null for empty slices instead of failing", () => {
    const empty = fromColumns({ a: [], b: [] });
    expect(empty.argmin()).toBeNull();
    expect(empty.argmin({ axis: 0 }).toArray()).toEqual([null, null]);
    expect(empty.argmin({ axis: 1 }).toArray()).toEqual([]);
    const nulls = fromColumns({ a: [null, 1], b: [null, 0] });
    expect(nulls.argmin({ axis: 1 }).toArray()).toEqual([null, 1]);
    expect(nulls.argmin()).toBe(3);
  });

  it("nanargmin skips NaN per slice and throws on an all-NaN slice", () => {
    const df = fromColumns({ a: [NaN, 4], b: [2, NaN] });
    expect(df.argmin({ axis: 1 }).toArray()).toEqual([0, 1]);
    expect(df.nanargmin({ axis: 1 }).toArray()).toEqual([1, 0]);
    expect(df.nanargmax()).toBe(2);
    expect(() => fromColumns({ a: [NaN], b: [null] }).nanargmin({ axis: 1 })).toThrow(new ValueError("All-NaN slice encountered"));
  });

  it("refuses to compare columns of unrelated types across a row, naming them", () => {
    const df = fromColumns({ n: [1, 2], s: ["a", "b"] });
    expect(() => df.argmin({ axis: 1 })).toThrow(/column "n" \(Float64\) with column "s" \(Utf8\)/);
    expect(df.argmin({ axis: 0 }).toArray()).toEqual([0, 0]);
  });
});

describe("Series", () => {
  it("finds argmin, argmax and their nan forms, and the extreme values", () => {
    const s = fromColumns({ x: [3, NaN, 1, null, 9] }).col("x");
    expect([s.argmin(), s.argmax(), s.nanargmin(), s.nanargmax()]).toEqual([1, 1, 2, 4]);
    expect(s.min()).toBeNaN();
    const t = fromColumns({ y: [3, null, 1, 9] }).col("y");
    expect([t.min(), t.max(), t.length]).toEqual([1, 9, 4]);
    expect(fromColumns({ y: [null] }).col("y").min()).toBeNull();
  });

  it("keeps Int64 exact and refuses to round it into a number", () => {
    const df = fromColumns({ id: [2n ** 53n + 1n, 2n ** 53n] });
    expect(df.col("id").argmin()).toBe(1);
    expect(df.col("id").min({ bigint: true })).toBe(2n ** 53n);
    expect(() => df.col("id").min()).toThrow(/column "id" row 1: 9007199254740992 does not fit|bigint: true/);
    expect(() => df.row(0)).toThrow(RangeError);
  });

  it("names the column, its type and the operation for types without an order", () => {
    const list = makeVector(vectorFromArray([[1], [2]], new List(new Field("item", new Int32()))).data[0]);
    const df = fromArrow(new (tableFromArrays({ x: [1, 2] }).constructor as never as typeof import("apache-arrow").Table)({ tags: list }));
    expect(() => df.col("tags").argmin()).toThrow(/argmin is not defined for column "tags" of type List<Int32>/);
    expect(() => df.argmax({ axis: 0 })).toThrow(/argmax is not defined for column "tags"/);
  });
});

describe("looking up columns", () => {
  it("suggests the closest name and lists the columns", () => {
    const df = fromColumns({ delay: [1], distance: [2] });
    expect(() => df.col("dealy")).toThrow(ColumnNotFoundError);
    expect(() => df.col("dealy")).toThrow('column "dealy" not found. Did you mean "delay"? Available columns: "delay", "distance".');
    expect(() => df.col("DELAY")).toThrow('Did you mean "delay"?');
    expect(() => df.col("zzzzzz")).toThrow('column "zzzzzz" not found. Available columns');
  });
});

describe("building frames", () => {
  it("types plain arrays by their values", () => {
    const df = fromColumns({ f: [1.5, null], i: [1n, 2n], b: [true, false], s: ["x", "y"], d: [new Date(0), null] });
    expect(df.schema.fields.map((f) => String(f.type))).toEqual(["Float64", "Int64", "Bool", "Utf8", "Timestamp<MILLISECOND>"]);
    expect(fromColumns({ v: Int32Array.of(3, 1) }).col("v").argmin()).toBe(1);
    expect(fromColumns({ v: vectorFromArray([2, 1], new Float64()) }).col("v").argmin()).toBe(1);
  });

  it("rejects mixed columns and unequal lengths, naming the column and row", () => {
    expect(() => fromColumns({ x: [1, "a"] })).toThrow('column "x" row 1: a string among number values');
    expect(() => fromColumns({ x: [1], y: [1, 2] })).toThrow('column "y" has 2 values but the columns before it have 1');
  });

  it("reads records with missing keys as nulls", () => {
    const df = fromRecords([{ x: 3 }, { x: 1, y: "b" }]);
    expect([df.columns, df.row(0), df.row(1)]).toEqual([["x", "y"], { x: 3, y: null }, { x: 1, y: "b" }]);
    expect(() => df.row(2)).toThrow("row 2 is out of range");
  });
});

describe("readIpc", () => {
  const dir = mkdtempSync(join(tmpdir(), "quiver-ipc-"));
  const table = tableFromArrays({ x: Float64Array.of(3, 1, 2) });

  it("reads the file and the stream format, told by their bytes", async () => {
    for (const format of ["file", "stream"] as const) {
      const path = join(dir, `data.${format === "file" ? "stream" : "arrow"}`);
      writeFileSync(path, tableToIPC(table, format));
      expect((await readIpc(path)).col("x").argmin()).toBe(1);
      expect(await readIpc(tableToIPC(table, format))).toBeInstanceOf(DataFrame);
    }
  });

  it("names the file and what was found at which byte", async () => {
    const garbage = join(dir, "garbage.arrow");
    writeFileSync(garbage, "x,y\n1,2\n");
    await expect(readIpc(garbage)).rejects.toThrow(`${garbage}: not Arrow IPC: found 78 2c 79 0a 31 2c 32 0a ("x,y.1,2.") at byte 0`);
    await expect(readIpc(garbage)).rejects.toThrow('expected "ARROW1"');
    await expect(readIpc(join(dir, "missing.arrow"))).rejects.toMatchObject({ code: "not-found", message: expect.stringContaining("missing.arrow: cannot open: no such file") });
    await expect(readIpc(new Uint8Array())).rejects.toThrow("<Uint8Array of 0 bytes>: empty input: found no bytes at byte 0");
  });

  it("rejects a truncated file", async () => {
    const bytes = tableToIPC(table, "file");
    const truncated = join(dir, "truncated.arrow");
    writeFileSync(truncated, bytes.subarray(0, bytes.length - 20));
    await expect(readIpc(truncated)).rejects.toThrow(truncated);
  });
});

describe("the Vector input path is the same kernel", () => {
  it("a sliced multi-chunk vector keeps global first indices", () => {
    const v = new Vector([vectorFromArray([5, 1, 7], new Float64()).data[0].slice(1, 2), vectorFromArray([1, 0], new Float64()).data[0]]);
    expect(fromColumns({ v }).col("v").argmin()).toBe(3);
    expect(fromColumns({ v }).col("v").argmax()).toBe(1);
  });
});
