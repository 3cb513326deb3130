import { Float64, Int8, makeData, RecordBatch, Schema, Field, Struct, Table } from "apache-arrow";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { argmin, col, fromArrow, NDArray, fromColumns, fromRecords, scanIpc, scanParquet, readParquet, ValueError } from "../src/index.js";

const df = fromColumns({ x: [3, 1, 2], s: ["b", "a", "c"] });
const nums = fromColumns({ a: [6, 5], b: [3, 2], c: [8, 9] });

/** The error a call throws (sync or async), for exact class and message checks. */
async function errorOf(run: () => unknown): Promise<Error> {
  try {
    await run();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected the call to throw");
}

async function expectError(run: () => unknown, type: new (...args: never[]) => Error, message: string): Promise<void> {
  const error = await errorOf(run);
  expect(error).toBeInstanceOf(type);
  expect(error.message).toBe(message);
}

describe("expressions and names at the frame boundary", () => {
  it.each([
    ["filter(\"x > 1\")", () => df.filter("x > 1" as never), 'filter: expected an expression such as col("x").gt(1); got the string "x > 1" (a string is not parsed as an expression: write col("x").gt(1) for "x > 1")'],
    ["filter(true)", () => df.filter(true as never), 'filter: expected an expression such as col("x").gt(1); got the boolean true (for a constant, use lit(true))'],
    ["select(42)", () => df.select(42 as never), "select: argument 1 must be an expression or a column name; got the number 42"],
    ["withColumns(\"x\", null)", () => df.withColumns("x", null as never), "withColumns: argument 2 must be an expression or a column name; got null"],
    ["col(undefined)", () => df.col(undefined as never), "col: expected a column name (a string); got undefined"],
    ["groupBy(1)", () => df.groupBy(1 as never), "groupBy: argument 1 must be an expression or a column name; got the number 1"],
    ["agg(\"x\")", () => df.groupBy("s").agg("x" as never), 'agg: argument 1 must be an expression such as col("x").argmin(); got the string "x" (a column name alone is not an aggregate: write col("x").min() or another reduction)'],
    ["sort(42)", () => df.sort(42 as never), "sort: argument 1 must be an expression or a column name; got the number 42"],
    ["sort([])", () => df.sort([]), "sort: expected at least one key (a column name or an expression)"],
    ["head(1.5)", () => df.head(1.5), "head: n must be a whole number; got the number 1.5"],
    ["slice(\"a\")", () => df.slice("a" as never), 'slice: offset must be a whole number; got the string "a"'],
    ["withRowIndex(1)", () => df.withRowIndex(1 as never), "withRowIndex: expected a column name (a string); got the number 1"],
    ["alias(42)", () => col("x").alias(42 as never), "alias: expected a column name (a string); got the number 42"],
    ["cast(\"float\")", () => col("x").cast("float" as never), 'cast: expected an Arrow DataType such as new Float64(); got the string "float" (a type\'s name is not enough: write cast(new Float64()) with Float64 from apache-arrow)'],
    ["fromColumns(1)", () => fromColumns(1 as never), "fromColumns: expected an object of named columns such as { x: [1, 2] }; got the number 1"],
    ["fromColumns({ x: 5 })", () => fromColumns({ x: 5 } as never), 'column "x" must be an array, a typed array or an Arrow Vector; got the number 5'],
    ["fromRecords({})", () => fromRecords({} as never), "fromRecords: expected an array of row objects; got an Object"],
    ["fromRecords([1])", () => fromRecords([{ x: 1 }, 1] as never), "fromRecords: row 1 must be an object of column values; got the number 1"],
    ["row(\"0\")", () => df.row("0" as never), 'row: index must be a whole number; got the string "0"'],
  ])("%s is a TypeError saying what was given", async (_, run, message) => {
    await expectError(run, TypeError, message);
  });

  it("a lazy sink path must be a path", async () => {
    await expectError(() => df.lazy().sinkIpc(42 as never), TypeError, "sinkIpc: expected a file path (a non-empty string); got the number 42");
  });
});

describe("option objects: unknown keys suggest the closest, values are checked", () => {
  it.each([
    ["df.argmin({ axs: 0 })", () => nums.argmin({ axs: 0 } as never), 'argmin: unknown option "axs"; did you mean "axis"? the options are axis, keepdims and out'],
    ["df.argmax({ keepdims: \"no\" })", () => nums.argmax({ keepdims: "no" } as never), 'argmax: option "keepdims" must be true or false; got the string "no"'],
    ["argmin(a, { keepdim: true })", () => argmin([1, 2], { keepdim: true } as never), 'argmin: unknown option "keepdim"; did you mean "keepdims"? the options are axis, keepdims and out'],
    ["sort options", () => df.sort("x", { descendng: true } as never), 'sort: unknown option "descendng"; did you mean "descending"? the options are descending and nullsLast'],
    ["sort nullsLast", () => df.sort("x", { nullsLast: "yes" } as never), 'sort: option "nullsLast" must be true or false, or an array of them (one per key); got the string "yes"'],
    ["toArray", () => df.col("x").toArray({ bigInt: true } as never), 'toArray: unknown option "bigInt"; did you mean "bigint"? the options are bigint'],
    ["row", () => df.row(0, { bigint: 1 } as never), 'row: option "bigint" must be true or false; got the number 1'],
    ["Expr argmin", () => col("x").argmin({ skipNan: true } as never), 'argmin: unknown option "skipNan"; did you mean "skipNaN"? the options are skipNaN'],
    ["isBetween", () => col("x").isBetween(0, 1, { closed: "open" } as never), 'isBetween: option "closed" must be one of "both", "left", "right", "none"; got the string "open"'],
    ["rank", () => col("x").rank({ desc: true } as never), 'rank: unknown option "desc"; the options are method and descending'],
    ["rollingMin", () => col("x").rollingMin(3, { min_periods: 1 } as never), 'rollingMin: unknown option "min_periods"; did you mean "minPeriods"? the options are minPeriods'],
    ["explain", () => df.lazy().explain({ optimize: false } as never), 'explain: unknown option "optimize"; did you mean "optimized"? the options are optimized'],
    ["collect", () => df.lazy().collect({ optimise: false } as never), 'collect: unknown option "optimise"; did you mean "optimize"? the options are signal, onProgress, optimize, engine, threads and remote'],
    ["collect signal", () => df.lazy().collect({ signal: "stop" } as never), 'collect: option "signal" must be an AbortSignal; got the string "stop"'],
    ["collect onProgress", () => df.lazy().collect({ onProgress: true } as never), 'collect: option "onProgress" must be a function; got the boolean true'],
    ["stream", () => df.lazy().stream({ optimized: false } as never), 'stream: unknown option "optimized"; did you mean "optimize"? the options are signal, onProgress, optimize, engine, threads and remote'],
    ["collectSchema", () => df.lazy().collectSchema({ signl: undefined } as never), 'collectSchema: unknown option "signl"; did you mean "signal"? the options are signal'],
    ["sinkIpc", () => df.lazy().sinkIpc("out.arrow", { format: "feather" } as never), 'sinkIpc: option "format" must be one of "file", "stream"; got the string "feather"'],
    ["sinkParquet", () => df.lazy().sinkParquet("out.parquet", { rowGroupSize: -1 } as never), 'sinkParquet: option "rowGroupSize" must be a whole number ≥ 1; got the number -1'],
    ["sinkParquet compression", () => df.sinkParquet("out.parquet", { compresion: "zstd" } as never), 'sinkParquet: unknown option "compresion"; did you mean "compression"? the options are signal, onProgress, optimize, engine, threads, remote, compression, rowGroupSize, statistics and pageSize'],
    ["scanIpc", () => scanIpc("x.arrow", { nme: "x" } as never), 'scanIpc: unknown option "nme"; did you mean "name"? the options are name and signal'],
    ["scanParquet", () => scanParquet("x.parquet", { signal: 1 } as never), 'scanParquet: option "signal" must be an AbortSignal; got the number 1'],
    ["readParquet", () => readParquet("x.parquet", { column: ["x"] } as never), 'readParquet: unknown option "column"; did you mean "columns"? the options are columns'],
    ["not an object", () => df.lazy().collect(5 as never), "collect: options must be an object such as { signal: … }; got the number 5"],
  ])("%s", async (_, run, message) => {
    await expectError(run, TypeError, message);
  });

  it("a sink with a bad option writes nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "quiver-args-"));
    await expect(df.lazy().sinkIpc(join(dir, "x.arrow"), { format: "csv" } as never)).rejects.toThrow(TypeError);
    const { readdirSync } = await import("node:fs");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("undefined counts as absent, as an omitted key", async () => {
    expect(nums.argmin({ axis: undefined, keepdims: undefined })).toBe(argmin(nums.toArrow()));
    expect((await df.lazy().collect({ signal: undefined, optimize: undefined })).height).toBe(3);
  });
});

describe("df.argmin({ out }) works as the NumPy-style functions", () => {
  it("writes into out and returns it, for every axis and keepdims", () => {
    for (const [options, shape] of [[{}, [1]], [{ axis: 0 }, [3]], [{ axis: 1 }, [2]], [{ axis: -1, keepdims: true }, [2, 1]], [{ keepdims: true }, [1, 1]]] as const) {
      const size = shape.reduce((a: number, b: number) => a * b, 1);
      const out = shape.length === 1 ? new Int32Array(size) : new NDArray(new Int32Array(size), [...shape]);
      const numpy = argmin(nums.toArrow(), { ...options, out: shape.length === 1 ? new Int32Array(size) : new NDArray(new Int32Array(size), [...shape]) });
      expect(nums.argmin({ ...options, out })).toBe(out);
      const data = (o: unknown) => Array.from(o instanceof NDArray ? (o.data as Int32Array) : (o as Int32Array));
      expect(data(out)).toEqual(data(numpy));
    }
  });

  it("checks out as the NumPy-style functions do, before writing", async () => {
    const out = new Int32Array([7, 7]);
    await expectError(() => nums.argmin({ axis: 0, out }), ValueError, "output array does not match result of argmin: out has shape (2,), the result has shape (3,)");
    expect(Array.from(out)).toEqual([7, 7]);
    await expectError(() => nums.nanargmax({ out: new Float64Array(1) as never }), TypeError, "nanargmax: out must be an Int8Array, Int16Array, Int32Array, Uint8Array, Uint8ClampedArray, Uint16Array, Uint32Array or BigInt64Array, or an NDArray of one; got a Float64Array");
  });
});

describe("a strict cast names the frame's row, not the batch's", () => {
  it("a value failing in batch 40 of 20,000-row batches is row 800,005", async () => {
    const rows = 20_000;
    const schema = new Schema([new Field("x", new Float64(), true)]);
    const batches = Array.from({ length: 41 }, (_, b) => {
      const values = new Float64Array(rows);
      if (b === 40) values[5] = 1000;
      return new RecordBatch(schema, makeData({ type: new Struct(schema.fields), length: rows, nullCount: 0, children: [makeData({ type: new Float64(), length: rows, data: values })] }));
    });
    const frame = fromArrow(new Table(schema, batches));
    const message = 'cast of column "x" to Int8 failed at row 800005: 1000 does not fit (casts are strict; filter or clip the values first)';
    await expectError(() => frame.select(col("x").cast(new Int8())), RangeError, message);
    await expectError(() => frame.lazy().withColumns(col("x").cast(new Int8())).collect(), RangeError, message);
    await expectError(() => frame.lazy().select(col("x").cast(new Int8()).max()).collect(), RangeError, message);
    // After a filter, rows count in the filtered frame: the first 20,000 rows are gone.
    await expectError(
      () => frame.lazy().withRowIndex().filter(col("index").gte(20_000)).select(col("x").cast(new Int8())).collect({ optimize: false }),
      RangeError,
      message.replace("800005", "780005"),
    );
  });
});
