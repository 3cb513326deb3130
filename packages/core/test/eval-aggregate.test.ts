import {
  Bool, type Data, type DataType, Decimal, Dictionary, Field, Float64, Int32, Int64, List, makeData, makeVector, type RecordBatch,
  RecordBatch as Batch, Schema, Struct, Uint64, Utf8, vectorFromArray,
} from "apache-arrow";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValueError } from "../src/errors.js";
import { aggregateFor, groupedAggregateFor } from "../src/exec/eval/index.js";
import { col, type Expr, lit, typeOf } from "../src/expr/index.js";
import { GroupIndexer } from "../src/kernels/index.js";
import { slicedColumn } from "./sliced-column.js";

type Value = number | bigint | string | boolean | null;
type Columns = Record<string, [DataType, readonly Value[]]>;

const B53 = 2n ** 53n;

/** The whole column, sliced 2 rows into its buffers, with garbage under nulls. */
function column(type: DataType, values: readonly Value[]): Data {
  const garbage = type instanceof Int64 || type instanceof Uint64 ? 7n : type instanceof Utf8 || type instanceof Dictionary ? "zz" : type instanceof Bool ? true : 7;
  return slicedColumn(type, values, { garbage, pad: 2 });
}

/** The columns as record batches of the given sizes, each batch a slice of the whole columns. */
function batchesOf(columns: Columns, sizes?: readonly number[]): RecordBatch[] {
  const names = Object.keys(columns);
  const fields = names.map((name) => new Field(name, columns[name][0], true));
  const whole = names.map((name) => column(...columns[name]));
  const rows = whole[0].length;
  const schema = new Schema(fields);
  const out: RecordBatch[] = [];
  let start = 0;
  for (const size of sizes ?? [rows]) {
    const children = whole.map((data) => data.slice(start, size));
    out.push(new Batch(schema, makeData({ type: new Struct(fields), length: size, nullCount: 0, children })));
    start += size;
  }
  expect(start).toBe(rows);
  return out;
}

/** The ungrouped value: one aggregator over every batch, checked equal to per-batch ones merged. */
function aggregate(expr: Expr, batches: readonly RecordBatch[], schema = batches[0].schema): unknown {
  const whole = aggregateFor(expr, schema);
  batches.forEach((b) => whole.update(b));
  const result = whole.finish();
  expect(String(result.type)).toBe(String(typeOf(expr, schema)));
  expect(result.data.length).toBe(1);
  const merged = aggregateFor(expr, schema);
  for (const b of batches) {
    const part = aggregateFor(expr, schema);
    part.update(b);
    merged.merge(part);
  }
  expect(merged.finish().value).toEqual(result.value);
  return result.value;
}

/** The per-group values, grouped by column "k"; also checked against per-batch states merged. */
function grouped(expr: Expr, batches: readonly RecordBatch[]): unknown[] {
  const schema = batches[0].schema;
  const key = schema.fields.findIndex((f) => f.name === "k");
  const indexer = new GroupIndexer([schema.fields[key].type]);
  const whole = groupedAggregateFor(expr, schema);
  const merged = groupedAggregateFor(expr, schema);
  for (const b of batches) {
    const ids = indexer.assign([b.data.children[key]]);
    whole.update(ids, b, indexer.groupCount);
    const part = groupedAggregateFor(expr, schema);
    part.update(ids, b, indexer.groupCount);
    merged.merge(part);
  }
  const out = whole.finish();
  expect(String(out.type)).toBe(String(typeOf(expr, schema)));
  expect(out.length).toBe(indexer.groupCount);
  const values = [...makeVector(out)];
  expect([...makeVector(merged.finish())]).toEqual(values);
  return values;
}

describe("ungrouped aggregates over batches", () => {
  const batches = batchesOf(
    {
      v: [new Float64(), [3, null, 0, NaN, 1, -0]],
      i: [new Int32(), [5, 2, null, 2, 9, 1]],
      s: [new Utf8(), ["c", null, "a", "d", "b", "e"]],
      n: [new Float64(), [null, null, null, null, null, null]],
    },
    [2, 0, 3, 1],
  );

  it.each([
    ["count skips nulls, counts NaN", col("v").count(), 5n],
    ["count of all null is 0", col("n").count(), 0n],
    ["sum of integers is Int64", col("i").sum(), 19n],
    ["sum of no value is null (as in SQL)", col("n").sum(), null],
    ["mean", col("i").mean(), 19 / 5],
    ["argmin: NaN propagates", col("v").argmin(), 3n],
    ["nanargmin: NaN skipped, 0 and -0 tie to the first", col("v").argmin({ skipNaN: true }), 2n],
    ["nanargmax", col("v").nanargmax(), 0n],
    ["argmin of integers across batches, ties to the first", col("i").argmin(), 5n],
    ["argmax of strings by bytes", col("s").argmax(), 5n],
    ["argmin of all null is null", col("n").argmin(), null],
    ["min is the value at argmin (NaN propagates)", col("v").min(), NaN],
    ["min of integers", col("i").min(), 1],
    ["max of strings", col("s").max(), "e"],
    ["first is the first row's value", col("v").first(), 3],
    ["first keeps a null first row", col("s").get(lit(1)), null],
    ["last", col("v").last(), -0],
    ["get(lit(k))", col("s").get(lit(2)), "a"],
    ["get(lit(-k)) counts from the end", col("s").get(lit(-2)), "b"],
    ["get past the end is null", col("s").get(lit(6)), null],
    ["minBy: the first row of the smallest", col("s").minBy("i"), "e"],
    ["maxBy", col("s").maxBy(col("i")), "b"],
    ["maxBy follows argmax: NaN wins", col("s").maxBy("v"), "d"],
    ["get(argmin) is minBy", col("s").get(col("i").argmin()), "e"],
    ["get(nanargmin) skips NaN", col("s").get(col("v").nanargmin()), "a"],
    ["get(argmax) of an expression", col("i").get(col("v").fillNull(100).argmax()), 2],
    ["minBy of an all-null by is null", col("s").minBy("n"), null],
    ["an argument may be an expression", col("i").mul(-1).add(1).argmin(), 4n],
    ["a literal argument", lit(1).sum(), 6n],
    ["a row-wise expression over aggregates", col("i").sum().div(col("i").count()), 19 / 5],
    ["arithmetic on an index", col("v").argmin().add(1), 4n],
    ["alias and cast", col("i").max().cast(new Float64()).alias("m"), 9],
    ["a literal alone", lit(5).alias("five"), 5],
  ])("%s", (_, expr, expected) => {
    expect(aggregate(expr, batches)).toEqual(expected);
  });

  it("zero rows: null for every aggregate but count", () => {
    const empty = batchesOf({ v: [new Float64(), []] });
    for (const expr of [col("v").argmin(), col("v").sum(), col("v").mean(), col("v").first(), col("v").max(), col("v").minBy("v"), col("v").get(lit(0))]) {
      expect(aggregate(expr, empty)).toBe(null);
    }
    expect(aggregate(col("v").count(), empty)).toBe(0n);
    const none = aggregateFor(col("v").argmin(), empty[0].schema);
    expect(none.finish().value).toBe(null);
  });

  it("nested values are captured too (first, last, minBy of a List column)", () => {
    const type = new List(new Field("item", new Int32(), true));
    const lists = vectorFromArray([[1, 2], null, [3]], type).data[0] as Data;
    const field = new Field("l", type, true);
    const by = new Field("k", new Int32(), true);
    const batch = new Batch(new Schema([field, by]), makeData({ type: new Struct([field, by]), length: 3, nullCount: 0, children: [lists, column(new Int32(), [5, 1, 0])] }));
    const read = (expr: Expr) => {
      const agg = aggregateFor(expr, batch.schema);
      agg.update(batch.slice(0, 2));
      agg.update(batch.slice(2, 3));
      return (agg.finish().value as { toArray(): Int32Array } | null)?.toArray() ?? null;
    };
    expect(read(col("l").first())).toEqual(Int32Array.of(1, 2));
    expect(read(col("l").last())).toEqual(Int32Array.of(3));
    expect(read(col("l").minBy("k"))).toEqual(Int32Array.of(3));
    expect(read(col("l").get(lit(1)))).toBe(null);
  });

  it("nanargmin of NaN only throws, as NumPy; get(nanargmin) too", () => {
    const batches = batchesOf({ v: [new Float64(), [null, NaN, NaN]], s: [new Utf8(), ["a", "b", "c"]] }, [1, 2]);
    expect(() => aggregate(col("v").nanargmin(), batches)).toThrow(ValueError);
    expect(() => aggregate(col("s").get(col("v").nanargmin()), batches)).toThrow("All-NaN slice encountered");
    expect(aggregate(col("v").argmin(), batches)).toBe(1n);
  });

  it("Int64 stays exact beyond 2^53: argmin, sum, min", () => {
    const batches = batchesOf({ x: [new Int64(), [B53 + 1n, B53, B53 + 1n, 2n ** 62n, 2n ** 62n]] }, [1, 1, 3]);
    expect(aggregate(col("x").argmin(), batches)).toBe(1n);
    expect(aggregate(col("x").min(), batches)).toBe(B53);
    expect(aggregate(col("x").sum(), batches)).toBe(3n * B53 + 2n + 2n ** 63n - 2n ** 64n);
  });

  it("integer sums are exact and wrap to 64 bits", () => {
    const many = Array<Value>(5000).fill(2 ** 31 - 1);
    expect(aggregate(col("x").sum(), batchesOf({ x: [new Int32(), many] }, [1000, 4000]))).toBe(5000n * (2n ** 31n - 1n));
    expect(aggregate(col("x").sum(), batchesOf({ x: [new Int64(), [2n ** 63n - 1n, 1n]] }))).toBe(-(2n ** 63n));
    expect(aggregate(col("x").sum(), batchesOf({ x: [new Uint64(), [2n ** 64n - 1n, 2n]] }))).toBe(1n);
    const negatives = Array<Value>(3000).fill(-(2n ** 62n));
    expect(aggregate(col("x").sum(), batchesOf({ x: [new Int64(), negatives] }, [1500, 1500]))).toBe(BigInt.asIntN(64, -3000n * 2n ** 62n));
  });

  it("float sums are exact until one rounding, whatever the batches", () => {
    const values = [0.1, 0.2, 0.3, 1e100, -1e100, 1e-300];
    expect(aggregate(col("x").sum(), batchesOf({ x: [new Float64(), values] }, [1, 1, 1, 1, 1, 1]))).toBe(0.6 + 1e-300);
    expect(aggregate(col("x").sum(), batchesOf({ x: [new Float64(), [Infinity, 1, -Infinity]] }))).toBeNaN();
    expect(aggregate(col("x").sum(), batchesOf({ x: [new Float64(), [1e308, 1e308]] }))).toBe(Infinity);
    expect(aggregate(col("x").mean(), batchesOf({ x: [new Float64(), [-0, null]] }))).toBe(-0);
  });

  it("float sums near the top of the range do not overflow on the way", () => {
    const max = Number.MAX_VALUE;
    expect(aggregate(col("x").sum(), batchesOf({ x: [new Float64(), [max, max, -max]] }, [1, 1, 1]))).toBe(max);
    // -max + 2^970 is halfway between -max (odd mantissa) and -(max - 2^971): ties go to even.
    expect(aggregate(col("x").sum(), batchesOf({ x: [new Float64(), [-max, 2 ** 970, -max, max]] }, [2, 2]))).toBe(-(max - 2 ** 971));
    expect(aggregate(col("x").sum(), batchesOf({ x: [new Float64(), [-max, 2 ** 970, -max, max, -5e-324]] }, [2, 3]))).toBe(-max);
    expect(aggregate(col("x").sum(), batchesOf({ x: [new Float64(), [-max, -(2 ** 970), -max, max, 5e-324]] }, [1, 4]))).toBe(-max);
  });

  it("float sums do not depend on the order or split of the rows", () => {
    const big = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(Number.MAX_VALUE, -Number.MAX_VALUE, 5e-324, 2 ** 1023));
    fc.assert(
      fc.property(fc.array(big, { minLength: 1, maxLength: 12 }), fc.integer(), (values, seed) => {
        const shuffled = [...values].sort((a, b) => ((Math.imul(seed, a.toString().length) ^ b.toString().length) & 1) - 0.5);
        const first = aggregate(col("x").sum(), batchesOf({ x: [new Float64(), values] }, values.map(() => 1)));
        const second = aggregate(col("x").sum(), batchesOf({ x: [new Float64(), shuffled] }));
        expect(Object.is(first, second) || (first === 0 && second === 0)).toBe(true);
        if (values.every((v) => Number.isInteger(v) && Math.abs(v) < 2 ** 40)) {
          // Without an initial 0, only negative zeros sum to -0, as IEEE adds them.
          expect(first).toBe(values.reduce((a, b) => a + b));
        }
      }),
      { examples: [[[-0], 0], [[-0, 0], 1], [[0, -0, -0], 2]] },
    );
  });

  it("Bool sums count trues; mean is the fraction", () => {
    const batches = batchesOf({ b: [new Bool(), [true, false, null, true]] });
    expect(aggregate(col("b").sum(), batches)).toBe(2n);
    expect(aggregate(col("b").mean(), batches)).toBe(2 / 3);
  });

  it("decimal sums are exact, in a 38-digit decimal", () => {
    // 1.23 and -0.05 as Decimal(10, 2) words, little-endian.
    const type = new Decimal(2, 10, 128);
    const words = Uint32Array.of(123, 0, 0, 0, 2 ** 32 - 5, 2 ** 32 - 1, 2 ** 32 - 1, 2 ** 32 - 1);
    const field = new Field("d", type, true);
    const data = makeData({ type, length: 2, nullCount: 0, data: words });
    const batch = new Batch(new Schema([field]), makeData({ type: new Struct([field]), length: 2, nullCount: 0, children: [data] }));
    const agg = aggregateFor(col("d").sum(), batch.schema);
    agg.update(batch);
    const out = agg.finish();
    expect(String(out.type)).toBe("Decimal[38e+2]");
    expect(Array.from(out.data.values as Uint32Array)).toEqual([118, 0, 0, 0]);
    const mean = aggregateFor(col("d").mean(), batch.schema);
    mean.update(batch);
    expect(mean.finish().value).toBeCloseTo(0.59);
  });
});

describe("grouped aggregates", () => {
  it("argmin gives positions within each group", () => {
    const batches = batchesOf({ k: [new Utf8(), ["a", "b", "a", "b"]], v: [new Int32(), [3, 1, 2, 5]] }, [1, 3]);
    expect(grouped(col("v").argmin(), batches)).toEqual([1n, 0n]);
  });

  const batches = batchesOf(
    {
      k: [new Utf8(), ["a", "b", "a", "c", "b", "a", "c", "b"]],
      v: [new Float64(), [2, null, 1, null, NaN, 1, null, 4]],
      s: [new Utf8(), ["a0", "b0", null, "c0", "b1", "a2", "c1", "b2"]],
      i: [new Int64(), [B53 + 1n, 1n, B53, null, 3n, B53, null, 1n]],
    },
    [3, 0, 2, 3],
  );

  it.each([
    ["count", col("v").count(), [3n, 2n, 0n]],
    ["sum, null for a group without values", col("i").sum(), [3n * B53 + 1n, 5n, null]],
    ["mean", col("v").mean(), [4 / 3, NaN, null]],
    ["argmin: NaN wins, ties to the first, nulls skipped", col("v").argmin(), [1n, 1n, null]],
    ["nanargmax", col("v").nanargmax(), [0n, 2n, null]],
    ["argmin of Int64 beyond 2^53", col("i").argmin(), [1n, 0n, null]],
    ["min", col("v").min(), [1, NaN, null]],
    ["max of strings", col("s").max(), ["a2", "b2", "c1"]],
    ["first keeps nulls", col("v").first(), [2, null, null]],
    ["last", col("s").last(), ["a2", "b2", "c1"]],
    ["get(lit(1))", col("s").get(lit(1)), [null, "b1", "c1"]],
    ["get(lit(-3))", col("s").get(lit(-3)), ["a0", "b0", null]],
    ["minBy ties to the first row", col("s").minBy("i"), [null, "b0", null]],
    ["maxBy", col("s").maxBy("v"), ["a0", "b1", null]],
    ["get(argmax)", col("s").get(col("i").argmax()), ["a0", "b1", null]],
    ["sum over count", col("i").sum().div(col("i").count()), [Number(3n * B53 + 1n) / 3, 5 / 3, null]],
  ])("%s", (_, expr, expected) => {
    expect(grouped(expr, batches)).toEqual(expected);
  });

  it("large batches (the kernel on global ids) and small ones (renumbered groups) agree", () => {
    const k = Array.from({ length: 96 }, (_, i) => (i * 7) % 3);
    const v = Array.from({ length: 96 }, (_, i) => (i % 11 === 0 ? NaN : i % 5 === 0 ? null : (i * 37) % 17));
    const s = v.map((_, i) => `r${i}`);
    const columns: Columns = { k: [new Int32(), k], v: [new Float64(), v], s: [new Utf8(), s] };
    for (const expr of [col("v").argmin(), col("v").nanargmax(), col("s").minBy("v"), col("v").max(), col("s").get(col("v").nanargmin())]) {
      expect(grouped(expr, batchesOf(columns)), String(expr.node.kind)).toEqual(grouped(expr, batchesOf(columns, Array(96).fill(1))));
    }
  });

  it("nanargmin throws when a group holds only NaN", () => {
    const b = batchesOf({ k: [new Int32(), [1, 2, 2]], v: [new Float64(), [NaN, 1, NaN]] }, [1, 2]);
    expect(() => grouped(col("v").nanargmin(), b)).toThrow(ValueError);
    expect(grouped(col("v").argmin(), b)).toEqual([0n, 1n]);
  });

  it("merges partial states of other id spaces through a group map", () => {
    const [first, second] = batchesOf({ k: [new Utf8(), ["x", "y", "y", "x", "z"]], v: [new Int32(), [5, 4, 1, 5, 0]] }, [2, 3]);
    const schema = first.schema;
    const expr = col("v").argmin();
    const left = groupedAggregateFor(expr, schema);
    left.update(Int32Array.of(0, 1), first, 2); // x → 0, y → 1
    const right = groupedAggregateFor(expr, schema);
    right.update(Int32Array.of(0, 1, 2), second, 3); // y → 0, x → 1, z → 2
    left.merge(right, Int32Array.of(1, 0, 2));
    expect([...makeVector(left.finish())]).toEqual([0n, 1n, 0n]);
  });

  it("a group that saw no rows here is empty: null, count 0", () => {
    const [b] = batchesOf({ v: [new Int32(), [1, 2]] });
    const agg = groupedAggregateFor(col("v").argmin(), b.schema);
    agg.update(Int32Array.of(2, 2), b, 4);
    expect([...makeVector(agg.finish())]).toEqual([null, null, 0n, null]);
    const count = groupedAggregateFor(col("v").count(), b.schema);
    count.update(Int32Array.of(2, 0), b, 3);
    expect([...makeVector(count.finish())]).toEqual([1n, 0n, 1n]);
  });
});

describe("aggregate errors", () => {
  const [batch] = batchesOf({ x: [new Int32(), [1]], s: [new Utf8(), ["a"]] });
  const schema = batch.schema;

  it.each([
    ["a column outside an aggregate", col("x").add(col("x").sum()), /uses col\("x"\) outside an aggregate/],
    ["a bare column", col("x"), /outside an aggregate/],
    ["nested aggregates", col("x").sum().sum(), /already an aggregate/],
    ["get of a general aggregate index", col("s").get(col("x").count()), /streamed get needs its index/],
    ["get beyond the kept window", col("s").get(lit(1 << 20)), /limited to indices/],
  ])("%s is a TypeError", (_, expr, message) => {
    expect(() => aggregateFor(expr, schema)).toThrow(TypeError);
    expect(() => groupedAggregateFor(expr, schema)).toThrow(message);
  });

  it("merging different expressions or kinds is refused", () => {
    const a = aggregateFor(col("x").sum(), schema);
    expect(() => a.merge(aggregateFor(col("x").count(), schema))).toThrow(/merge aggregators of the same expression/);
    const g = groupedAggregateFor(col("x").sum(), schema);
    expect(() => g.update(Int32Array.of(0, 0), batch, 1)).toThrow(RangeError);
  });
});
