import { Binary, type Data, type DataType, Float64, LargeUtf8, Utf8, Int8, Int32, Int64, makeData, makeVector, Table, tableFromArrays, Uint32, vectorFromArray } from "apache-arrow";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValueError } from "../src/errors.js";
import { col, fromArrow } from "../src/index.js";
import { GroupedArgExtreme, GroupIndexer } from "../src/kernels/index.js";
import { slicedColumn } from "./sliced-column.js";

type Key = number | bigint | null;

/** Group ids by first appearance, the plain way: one Map over every row of every batch. */
function oracleIds<K extends Key | string>(batches: readonly (readonly K[])[]): { ids: number[][]; keys: K[] } {
  const seen = new Map<string, number>();
  const keys: K[] = [];
  const ids = batches.map((batch) =>
    batch.map((key) => {
      const name = key === null ? "null" : `${typeof key}:${String(key)}`;
      let id = seen.get(name);
      if (id === undefined) {
        id = keys.length;
        seen.set(name, id);
        keys.push(key);
      }
      return id;
    }),
  );
  return { ids, keys };
}

/** A column of the type from the values, sliced `lead` rows into its buffers. */
function column(type: DataType, values: readonly Key[], lead = 3): Data {
  return slicedColumn(type, values, { garbage: type instanceof Int64 ? 0n : 0, pad: lead });
}

/** Runs the indexer over the batches and checks ids, new-group rows and keys against the oracle. */
function expectIndexerAgrees(type: DataType, batches: readonly (readonly Key[])[]): GroupIndexer {
  const indexer = new GroupIndexer([type]);
  const expected = oracleIds(batches);
  batches.forEach((batch, b) => {
    const before = indexer.groupCount;
    const ids = indexer.assign([column(type, batch)]);
    expect(Array.from(ids)).toEqual(expected.ids[b]);
    const firstRows = Array.from(indexer.newGroupRows());
    expect(firstRows).toEqual(expected.ids[b].flatMap((id, r) => (id >= before && expected.ids[b].indexOf(id) === r ? [r] : [])));
  });
  expect(indexer.keyColumns()).toEqual([expected.keys]);
  return indexer;
}

describe("grouping by one integer column", () => {
  it("small keys, negative keys and nulls, across batches", () => {
    expectIndexerAgrees(new Int32(), [
      [5, -3, null, 5, 0],
      [-3, null, 7, -1000, 5],
      [],
      [null, null, 2],
    ]);
  });

  it("keys growing past the table's first range, one batch after another", () => {
    const batches = Array.from({ length: 8 }, (_, b) => Array.from({ length: 3000 }, (_, i) => (b * 3000 + i) * (i % 2 === 0 ? 1 : -1)));
    expectIndexerAgrees(new Int32(), batches);
  });

  it("keys spanning more than a direct table allows, extremes of int32 included", () => {
    const wide = [0, 2147483647, -2147483648, 1 << 30, -(1 << 30), 5, 2147483647, 123456789, -2147483648, null, 5];
    expectIndexerAgrees(new Int32(), [wide.slice(0, 4), wide.slice(4), wide]);
  });

  it("first keys small, then one far away: the direct table moves its keys to the hash table", () => {
    const near = Array.from({ length: 100 }, (_, i) => i % 37);
    expectIndexerAgrees(new Int32(), [near, [1e9, ...near, -1e9, 1e9], near]);
  });

  it("unsigned keys above 2^31 stay apart from the negative keys of the same bits", () => {
    expectIndexerAgrees(new Uint32(), [[4294967295, 1, 2147483648], [0, 4294967295, 2147483648, 7e8]]);
    expectIndexerAgrees(new Int8(), [[-128, 127, 0, -128, null], [127, -1]]);
  });

  it("agrees with the oracle on random keys and batches", () => {
    const key = fc.oneof(fc.integer({ min: -40, max: 40 }), fc.integer(), fc.constant(null));
    fc.assert(
      fc.property(fc.array(fc.array(key, { maxLength: 60 }), { maxLength: 5 }), (batches) => {
        expectIndexerAgrees(new Int32(), batches);
      }),
      { numRuns: 200 },
    );
  });

  it("settled after its last key, a table that went to hashing looks up the same ids (negative and unsigned keys)", () => {
    const cases: [DataType, number][] = [
      [new Int32(), -30_000],
      [new Uint32(), 2 ** 31 - 40_000],
    ];
    for (const [type, low] of cases) {
      // The range's ends first: they span more than a direct table of two keys may, so the table
      // hashes; all keys in, they are dense enough for a direct table again.
      const keys = [low, low + 99_999, ...Array.from({ length: 20_000 }, (_, i) => low + 1 + ((i * 7919) % 99_998))];
      const indexer = new GroupIndexer([type]);
      const ids = Array.from(indexer.assign([column(type, keys)]));
      indexer.settle();
      const probes = [...keys, low - 1, low + 100_000, low + 2, null];
      const known = new Map(keys.map((k, r) => [k, ids[r]]));
      const expected = probes.map((k) => (k === null ? -1 : (known.get(k) ?? -1)));
      expect(Array.from(indexer.lookup([column(type, probes)], new Int32Array(probes.length)))).toEqual(expected);
    }
  });

  it("writes into a given id array and refuses one too short", () => {
    const indexer = new GroupIndexer([new Int32()]);
    const out = new Int32Array(8).fill(-1);
    expect(Array.from(indexer.assign([column(new Int32(), [4, 4, 9])], out))).toEqual([0, 0, 1]);
    expect(Array.from(out.subarray(0, 3))).toEqual([0, 0, 1]);
    expect(() => indexer.assign([column(new Int32(), [1, 2, 3])], new Int32Array(2))).toThrow(RangeError);
  });
});

describe("grouping by one 64-bit integer column", () => {
  it("keys differing in either 32-bit word, beyond 2^53, negative and null", () => {
    const B53 = 2n ** 53n;
    expectIndexerAgrees(new Int64(), [
      [B53, B53 + 1n, 1n, 1n << 32n, null, -1n, B53],
      [(1n << 32n) + 1n, -1n, -(1n << 63n), (1n << 63n) - 1n, null, B53 + 1n],
    ]);
  });

  it("many keys: the hash table grows", () => {
    const batches = Array.from({ length: 4 }, (_, b) => Array.from({ length: 2000 }, (_, i) => BigInt((b * 1000 + i) * 7919) * (1n << 31n)));
    expectIndexerAgrees(new Int64(), batches);
  });
});

/** Per-group argmin by the contract, the plain way: positions count every row of the group. */
function oracleArg(ids: readonly number[], values: readonly (number | null)[], max = false, skipNaN = false): (number | null | "all-NaN")[] {
  const groups = ids.reduce((most, g) => Math.max(most, g + 1), 0);
  return Array.from({ length: groups }, (_, g) => {
    const own = values.filter((_, r) => ids[r] === g);
    let best = -1;
    let sawNaN = false;
    for (let p = 0; p < own.length; p++) {
      const x = own[p];
      if (x === null) continue;
      if (Number.isNaN(x)) {
        sawNaN = true;
        if (skipNaN) continue;
        return p;
      }
      if (best < 0 || (max ? x > (own[best] as number) : x < (own[best] as number))) best = p;
    }
    return best >= 0 ? best : skipNaN && sawNaN ? "all-NaN" : null;
  });
}

/** The kernel's answers over the batches, "all-NaN" for the error. */
function kernelArg(type: DataType, batches: readonly { ids: number[]; values: (number | null)[] }[], max = false, skipNaN = false) {
  const kernel = new GroupedArgExtreme(type, { max, skipNaN });
  let groups = 0;
  for (const { ids, values } of batches) {
    groups = Math.max(groups, ...ids.map((g) => g + 1));
    kernel.update(Int32Array.from(ids), column(type, values), groups);
  }
  try {
    return kernel.finish();
  } catch (error) {
    if (error instanceof ValueError) return Array<string>(groups).fill("all-NaN");
    throw error;
  }
}

describe("grouping by one string column", () => {
  const strings = (n: number, distinct: number, seed: number) =>
    Array.from({ length: n }, (_, i) => {
      const k = (i * 7919 + seed) % distinct;
      return k === 0 ? null : k === 1 ? "" : `key-${k}-${"x".repeat(k % 23)}`;
    });

  it("gives ids by first appearance over batches, null and the empty string apart, past table growth", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(fc.constant(null), fc.string({ unit: "binary", maxLength: 6 })), { maxLength: 40 }), { maxLength: 4 }), (batches) => {
        for (const type of [new Utf8(), new LargeUtf8()]) {
          const indexer = new GroupIndexer([type]);
          const expected = oracleIds(batches);
          batches.forEach((batch, b) => {
            const sliced = vectorFromArray(["lead", ...batch], type).data[0].slice(1, batch.length);
            expect(Array.from(indexer.assign([sliced]))).toEqual(expected.ids[b]);
          });
          expect(indexer.keyColumns()).toEqual([expected.keys]);
        }
      }),
      { numRuns: 200 },
    );
    const many = [strings(30_000, 5_000, 1), strings(30_000, 9_000, 5)];
    const indexer = new GroupIndexer([new Utf8()]);
    const expected = oracleIds(many);
    many.forEach((batch, b) => expect(Array.from(indexer.assign([vectorFromArray(batch, new Utf8()).data[0]]))).toEqual(expected.ids[b]));
    expect(indexer.groupCount).toBe(expected.keys.length);
  });

  it("groups binary keys by their bytes", () => {
    const bytes = [Uint8Array.of(1, 2), Uint8Array.of(1), null, Uint8Array.of(1, 2), Uint8Array.of()];
    const indexer = new GroupIndexer([new Binary()]);
    expect(Array.from(indexer.assign([vectorFromArray(bytes, new Binary()).data[0]]))).toEqual([0, 1, 2, 0, 3]);
  });
});

describe("grouped argmin over number storage", () => {
  const float = new Float64();

  it("NaN propagates per group, the first NaN winning even against -Infinity", () => {
    const batches = [
      { ids: [0, 1, 0, 1, 2], values: [3, -Infinity, NaN, NaN, 1] },
      { ids: [0, 1, 2, 2], values: [NaN, 5, NaN, -Infinity] },
    ];
    expect(kernelArg(float, batches)).toEqual([1, 1, 1]);
    expect(kernelArg(float, batches, true)).toEqual([1, 1, 1]);
    expect(kernelArg(float, batches, false, true)).toEqual([0, 0, 2]);
  });

  it("ties across batch boundaries keep the first row, 0 and -0 included", () => {
    const batches = [
      { ids: [0, 1, 1], values: [2, 0, 9] },
      { ids: [0, 1, 0], values: [2, -0, 1] },
      { ids: [0, 0], values: [1, 1] },
    ];
    expect(kernelArg(float, batches)).toEqual([2, 0]);
    expect(kernelArg(float, batches, true)).toEqual([0, 1]);
  });

  it("nulls count as rows of the group but never win; an all-null group gives null", () => {
    const batches = [
      { ids: [0, 1, 0], values: [null, null, 4] },
      { ids: [1, 0, 0], values: [null, null, 3] },
    ];
    expect(kernelArg(float, batches)).toEqual([3, null]);
  });

  it("a group of NaN only throws when NaN is skipped, unless a later batch gives it a value", () => {
    expect(kernelArg(float, [{ ids: [0, 1], values: [NaN, 1] }], false, true)).toEqual(["all-NaN", "all-NaN"]);
    expect(kernelArg(float, [{ ids: [0, 1], values: [NaN, 1] }, { ids: [0], values: [7] }], false, true)).toEqual([1, 0]);
  });

  it("agrees with the oracle on random batches, for each mode and number type", () => {
    const value = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constant(null), fc.constant(NaN), fc.constant(-0));
    const batch = fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), value), { maxLength: 30 });
    fc.assert(
      fc.property(fc.array(batch, { minLength: 1, maxLength: 4 }), fc.boolean(), fc.boolean(), fc.boolean(), (raw, max, skipNaN, asInt) => {
        const type = asInt ? new Int32() : float;
        const batches = raw.map((rows) => ({
          ids: rows.map(([g]) => g),
          values: rows.map(([, v]) => (asInt && v !== null && Number.isNaN(v) ? 2 : v)),
        }));
        const expected = oracleArg(batches.flatMap((b) => b.ids), batches.flatMap((b) => b.values), max, skipNaN);
        const actual = kernelArg(type, batches, max, skipNaN);
        if (expected.includes("all-NaN")) expect(actual.every((x) => x === "all-NaN")).toBe(true);
        else expect(actual).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("a state merged from parts with a group mapping equals the state of the whole", () => {
    const whole = new GroupedArgExtreme(float);
    whole.update(Int32Array.of(0, 1, 0, 1), column(float, [5, 2, 5, 1]), 2);
    whole.update(Int32Array.of(1, 0, 1), column(float, [1, 4, NaN]), 2);
    const first = new GroupedArgExtreme(float);
    first.update(Int32Array.of(0, 1, 0, 1), column(float, [5, 2, 5, 1]), 2);
    const second = new GroupedArgExtreme(float);
    second.update(Int32Array.of(0, 1, 0), column(float, [1, 4, NaN]), 2);
    const won: number[][] = [];
    first.merge(second, Int32Array.of(1, 0), (g, h) => won.push([g, h]));
    expect(first.finish()).toEqual(whole.finish());
    expect(first.finish()).toEqual([2, 3]);
    expect(won).toEqual([[1, 0], [0, 1]]);
    expect(first.winnerRows()).toEqual(whole.winnerRows());
  });
});

describe("lazy group-by over batches longer than a slice", () => {
  it("positions and first-row ties hold across the slices of one long batch", async () => {
    const rows = 200_000;
    const k = Int32Array.from({ length: rows }, (_, r) => (r * 7919) % 13);
    const v = Float64Array.from({ length: rows }, (_, r) => (r % 5 === 0 ? 0 : 10 + ((r * 31) % 97)));
    v[150_001] = -1;
    v[190_003] = -1;
    const table = tableFromArrays({ k, v });
    const twoBatches = new Table([...table.slice(0, 70_000).batches, ...table.slice(70_000).batches]);
    const expectedKeys = oracleIds([Array.from(k)]);
    const expected = oracleArg(expectedKeys.ids[0], Array.from(v));
    for (const input of [table, twoBatches]) {
      const df = await fromArrow(input).lazy().groupBy("k").agg(col("v").argmin().alias("i")).collect();
      const out = Array.from({ length: df.height }, (_, i) => df.row(i));
      expect(out.map((r) => r.k)).toEqual(expectedKeys.keys);
      expect(out.map((r) => r.i)).toEqual(expected);
    }
  });
});

describe("fused group lookup over arrays longer than their batch", () => {
  it("reads only the batch's rows, not the values its buffers hold past them", () => {
    // An Arrow column's buffers may run past its length (padding, a reused buffer): the bytes
    // there are not rows. Here they would win (-100) and lengthen the groups.
    const keys = Int8Array.of(1, 2, 1, 2, 1, 1);
    const values = Float64Array.of(5, 3, 4, 7, -100, -100);
    const column = (type: DataType, data: ArrayBufferView) => makeData({ type, length: 4, nullCount: 0, data } as never);
    const table = new Table({ k: makeVector(column(new Int8(), keys)), v: makeVector(column(new Float64(), values)) });
    for (const method of ["argmin", "argmax"] as const) {
      const out = fromArrow(table).groupBy("k").agg(col("v")[method]().alias("i"));
      expect([...out.col("k").vector]).toEqual([1, 2]);
      expect([...out.col("i").vector]).toEqual(method === "argmin" ? [1n, 0n] : [0n, 1n]);
    }
  });
});
