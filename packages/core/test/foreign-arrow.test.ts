import { createRequire } from "node:module";
import * as Flechette from "@uwdata/flechette";
import { tableToIPC, type Table } from "apache-arrow";
import * as Arrow19 from "apache-arrow-19";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ALL_TYPE_KINDS, arbTable, type Cell, sameCell, toPlainValues, type TypeKind } from "@quiver/core/testing";
import { argmax, argmin, col, fromArrow, fromColumns, nanargmin } from "../src/index.js";

const require = createRequire(import.meta.url);
/** The CommonJS build of apache-arrow 21: the same version as the engine's, another instance. */
const Arrow21Cjs = require("apache-arrow") as typeof Arrow19;
/** apache-arrow 13 (CommonJS; its typings predate package exports), typed as 19 for the calls used here. */
const Arrow13 = require("apache-arrow-13") as typeof Arrow19;

/** Kinds each foreign library can read from IPC: 13 predates the large and duration types. */
const NOT_IN_13: readonly TypeKind[] = ["largeUtf8", "largeBinary", "durationSecond", "durationMillisecond", "durationMicrosecond", "durationNanosecond"];
const LIBRARIES = [
  { name: "apache-arrow 21 (CommonJS)", lib: Arrow21Cjs, kinds: ALL_TYPE_KINDS },
  { name: "apache-arrow 19", lib: Arrow19, kinds: ALL_TYPE_KINDS },
  { name: "apache-arrow 13", lib: Arrow13, kinds: ALL_TYPE_KINDS.filter((k) => !NOT_IN_13.includes(k)) },
];

function expectSameCells(actual: readonly Cell[], expected: readonly Cell[]): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((cell, i) => {
    if (!sameCell(cell, expected[i])) expect.fail(`row ${i}: got ${fc.stringify(cell)}, expected ${fc.stringify(expected[i])}`);
  });
}

/** The outcome of a call: its value, or the class and message of what it threw. */
function outcome(run: () => unknown): unknown {
  try {
    const value = run();
    return typeof value === "object" && value !== null && Symbol.iterator in value ? [...(value as Iterable<unknown>)] : value;
  } catch (error) {
    return { threw: (error as Error).name, message: (error as Error).message };
  }
}

describe.each(LIBRARIES)("tables of $name", ({ lib, kinds }) => {
  it("read as the same values, and reduce as the engine's own tables do", () => {
    fc.assert(
      fc.property(arbTable({ kinds, dictionaries: "shared", maxLength: 30 }), fc.nat(), fc.nat(), ({ table, columns }, a, b) => {
        const foreign = lib.tableFromIPC(tableToIPC(table, "stream"));
        const adopted = fromArrow(foreign).table;
        expect(adopted.batches.length).toBe(foreign.batches.length);
        columns.forEach((values, j) => expectSameCells(toPlainValues(adopted.getChildAt(j)!), values));
        for (const reduce of [argmin, argmax, nanargmin]) {
          for (const options of [{}, { axis: 0 }, { axis: 1 }]) expect(outcome(() => reduce(foreign, options))).toEqual(outcome(() => reduce(table, options)));
          columns.forEach((_, j) => expect(outcome(() => reduce(foreign.getChildAt(j)!))).toEqual(outcome(() => reduce(table.getChildAt(j)!))));
        }
        // Sliced: chunks with non-zero offsets, cut inside a batch.
        if (table.numRows === 0) return; // apache-arrow's own Table.slice fails on a table without batches
        const start = a % table.numRows;
        const end = start + (b % (table.numRows - start + 1));
        expect(outcome(() => argmin(foreign.slice(start, end), { axis: 0 }))).toEqual(outcome(() => argmin(table.slice(start, end), { axis: 0 })));
      }),
      { numRuns: 60 },
    );
  });

  it("adopts the buffers without copying them", () => {
    const foreign = lib.tableFromArrays({ x: new Float64Array([3, 1, 2]), s: ["b", "a", "c"] });
    const adopted = fromArrow(foreign).table;
    expect(adopted.getChild("x")!.data[0].values).toBe(foreign.getChild("x")!.data[0].values);
    expect(adopted.getChild("s")!.data[0].valueOffsets).toBe(foreign.getChild("s")!.data[0].valueOffsets);
  });

  it("run lazy queries, groupBy and sort", async () => {
    const x = [3, 1, Number.NaN, 1, 7, -2];
    const zone = ["b", "a", "b", "a", "c", "b"];
    const foreign = fromArrow(lib.tableFromArrays({ x: Float64Array.from(x), zone }));
    const native = fromColumns({ x, zone });
    for (const df of [foreign, native]) expect(df.height).toBe(6);
    const query = (df: typeof native) => df.lazy().filter(col("x").gt(0)).select(col("x").argmin(), col("zone").argmax().alias("z")).collect();
    expect((await query(foreign)).row(0)).toEqual((await query(native)).row(0));
    const grouped = (df: typeof native) => df.groupBy("zone").agg(col("x").argmin(), col("x").max().alias("top"));
    expect(grouped(foreign).toArrow().toArray().map(String)).toEqual(grouped(native).toArrow().toArray().map(String));
    expect(foreign.sort(["zone", "x"], { descending: [false, true] }).col("x").toArray()).toEqual(native.sort(["zone", "x"], { descending: [false, true] }).col("x").toArray());
  });

  it("accept a RecordBatch, record batches, a Vector and a Data", () => {
    const foreign = lib.tableFromArrays({ x: Float64Array.from([5, 2, 9, 2]) });
    const batch = foreign.batches[0];
    expect(fromArrow(batch).col("x").argmin()).toBe(1);
    expect(fromArrow([batch, batch]).height).toBe(8);
    expect([...argmin(batch, { axis: 0 })]).toEqual([1n]);
    expect(argmax(foreign.getChild("x")!)).toBe(2);
    expect(argmax(foreign.getChild("x")!.data[0])).toBe(2);
    expect(fromColumns({ y: foreign.getChild("x")! }).col("y").argmin()).toBe(1);
  });
});

describe("apache-arrow 13 keeps millisecond timestamps as 32-bit pairs", () => {
  it("they are viewed as 64-bit values over the same bytes", () => {
    const stamps = [1_700_000_000_123, 5, 86_400_000];
    const vector = Arrow13.vectorFromArray(stamps.map((ms) => new Date(ms)), new Arrow13.TimestampMillisecond());
    expect(vector.data[0].values).toBeInstanceOf(Int32Array);
    const df = fromArrow(new Arrow13.Table({ t: vector }) as never);
    const values = df.table.getChild("t")!.data[0].values as BigInt64Array;
    expect(values).toBeInstanceOf(BigInt64Array);
    expect(values.buffer).toBe(vector.data[0].values.buffer);
    expect(Array.from(values.subarray(0, 3), Number)).toEqual(stamps);
    expect(df.col("t").argmin()).toBe(1);
  });
});

describe("flechette tables", () => {
  it("read as the same values, and reduce as the engine's own tables do", () => {
    fc.assert(
      fc.property(arbTable({ dictionaries: "shared", maxLength: 30 }), ({ table, columns }) => {
        const foreign = Flechette.tableFromIPC(tableToIPC(table, "stream"), { useBigInt: true });
        const adopted = fromArrow(foreign as never).table;
        columns.forEach((values, j) => expectSameCells(toPlainValues(adopted.getChildAt(j)!), values));
        for (const options of [{}, { axis: 0 }, { axis: 1 }]) expect(outcome(() => argmin(foreign as never, options))).toEqual(outcome(() => argmin(table, options)));
      }),
      { numRuns: 60 },
    );
  });

  it("built in JS, run a lazy query", async () => {
    const foreign = Flechette.tableFromArrays({ x: Float64Array.from([4, 2, 8]), s: ["q", "p", "r"] });
    const df = fromArrow(foreign as never);
    expect(df.col("s").argmin()).toBe(1);
    expect((await df.lazy().filter(col("x").gt(3)).select(col("s").argmax()).collect()).row(0)).toEqual({ s: 1 });
    expect(argmin(foreign.getChild("x") as never)).toBe(1);
  });

  it("a column type apache-arrow cannot hold is a TypeError naming the column", () => {
    const runs = Flechette.columnFromArray([1, 1, 2], Flechette.runEndEncoded(Flechette.int32(), Flechette.int32()));
    const foreign = Flechette.tableFromColumns({ r: runs });
    expect(() => fromArrow(foreign as never)).toThrow(new TypeError('column 0, field "r": Arrow type id 22 (RunEndEncoded) cannot be represented by this engine\'s Arrow library'));
  });
});

describe("what is not Arrow", () => {
  it("fromArrow says what it was given and what it takes", () => {
    expect(() => fromArrow(42 as never)).toThrow(new TypeError("expected an Arrow Table, a RecordBatch or a non-empty array of RecordBatches; got the number 42"));
    expect(() => fromArrow([] as never)).toThrow(TypeError);
    expect(() => fromArrow({ schema: { fields: [] } } as never)).toThrow(TypeError);
  });

  it("the engine's own tables pass through as they are", () => {
    const table: Table = fromColumns({ x: [1, 2] }).toArrow();
    expect(fromArrow(table).toArrow()).toBe(table);
  });
});
