import {
  DenseUnion, Field, FixedSizeBinary, FixedSizeList, Float64, Int32, IntervalDayTime, List, makeData, makeVector, Map_, SparseUnion, Struct, Table,
  tableToIPC, Utf8, vectorFromArray, type Vector,
} from "apache-arrow";
import { describe, expect, it } from "vitest";
import { col, fromArrow, readIpc, scanIpc } from "../src/index.js";

// Columns Quiver cannot order are carried through every verb untouched, so a file holding them
// can still be queried on its other columns; reducing one is a TypeError naming it.
const ROWS = 12;
const x = Array.from({ length: ROWS }, (_, i) => (i % 5 === 3 ? null : (i * 7) % 5));

function unionData(mode: "dense" | "sparse") {
  const children = [new Field("i", new Int32(), true), new Field("s", new Utf8(), true)];
  const type = mode === "dense" ? new DenseUnion([0, 1], children) : new SparseUnion([0, 1], children);
  const typeIds = Int8Array.from({ length: ROWS }, (_, i) => i % 3 === 0 ? 1 : 0);
  const ints = mode === "dense" ? typeIds.filter((t) => t === 0).map((_, k) => k * 10) : Int32Array.from({ length: ROWS }, (_, i) => i * 10);
  const strings = mode === "dense" ? [...typeIds].filter((t) => t === 1).map((_, k) => `s${k}`) : Array.from({ length: ROWS }, (_, i) => `s${i}`);
  const childData = [vectorFromArray(Int32Array.from(ints)).data[0], vectorFromArray(strings, new Utf8()).data[0]];
  if (mode === "sparse") return makeData({ type, length: ROWS, nullCount: 0, typeIds, children: childData } as never);
  const seen = [0, 0];
  const valueOffsets = Int32Array.from(typeIds, (t) => seen[t]++);
  return makeData({ type, length: ROWS, nullCount: 0, typeIds, valueOffsets, children: childData } as never);
}

function table(): Table {
  const columns: Record<string, Vector> = {
    x: vectorFromArray(x, new Float64()),
    list: vectorFromArray(Array.from({ length: ROWS }, (_, i) => (i % 4 === 1 ? null : Array.from({ length: i % 3 }, (_, k) => i + k))), new List(new Field("item", new Int32(), true))),
    struct: vectorFromArray(Array.from({ length: ROWS }, (_, i) => (i % 6 === 2 ? null : { a: i, b: `b${i}` })), new Struct([new Field("a", new Int32(), true), new Field("b", new Utf8(), true)])),
    map: vectorFromArray(Array.from({ length: ROWS }, (_, i) => new Map(Array.from({ length: i % 3 }, (_, k) => [`k${k}`, i * k] as [string, number]))), new Map_<Utf8, Int32>(new Field("entries", new Struct<{ key: Utf8; value: Int32 }>([new Field("key", new Utf8(), false), new Field("value", new Int32(), true)])))),
    pair: vectorFromArray(Array.from({ length: ROWS }, (_, i) => (i % 5 === 0 ? null : [i, -i])), new FixedSizeList(2, new Field("item", new Float64(), true))),
    dense: makeVector(unionData("dense")),
    sparse: makeVector(unionData("sparse")),
    interval: makeVector(makeData({ type: new IntervalDayTime(), length: ROWS, nullCount: 0, data: Int32Array.from({ length: ROWS * 2 }, (_, k) => k) })),
    fsb: makeVector(makeData({ type: new FixedSizeBinary(2), length: ROWS, nullCount: 0, data: Uint8Array.from({ length: ROWS * 2 }, (_, k) => (k * 37) % 256) })),
  };
  const whole = new Table(columns);
  const [batch] = whole.batches;
  // Three batches, sliced out of one so every column is read at an offset.
  return new Table([batch.slice(0, 5), batch.slice(5, 6), batch.slice(6)]);
}

/** Every row as plain JSON: nested values through their own toJSON, bytes as number arrays. */
function rows(t: Table): unknown[] {
  return JSON.parse(JSON.stringify(t.toArray(), (_, v) => (typeof v === "bigint" ? String(v) : ArrayBuffer.isView(v) ? Array.from(v as Uint8Array) : v)));
}

const source = table();
const expected = rows(source);
const pick = (indices: number[]) => indices.map((i) => expected[i]);
const NESTED = ["list", "struct", "map", "pair", "dense", "sparse", "interval"];

describe("columns without an order pass through", () => {
  it("from memory and from IPC bytes, through filter, sort, slice and join", async () => {
    const frames = [
      ["memory", fromArrow(source).lazy()],
      ["ipc file", scanIpc(tableToIPC(source, "file"))],
      ["ipc stream", scanIpc(tableToIPC(source, "stream"))],
    ] as const;
    const order = x.map((v, i) => [v, i] as const).sort((a, b) => (a[0] === null ? 1 : b[0] === null ? -1 : a[0] - b[0])).map(([, i]) => i);
    const kept = x.flatMap((v, i) => (v !== null && v > 1 ? [i] : []));
    for (const [name, lf] of frames) {
      expect(rows((await lf.collect()).toArrow()), `${name} collect`).toEqual(expected);
      expect(rows((await lf.filter(col("x").gt(1)).collect()).toArrow()), `${name} filter`).toEqual(pick(kept));
      expect(rows((await lf.sort("x").collect()).toArrow()), `${name} sort`).toEqual(pick(order));
      expect(rows((await lf.slice(3, 5).collect()).toArrow()), `${name} slice`).toEqual(pick([3, 4, 5, 6, 7]));
      const right = fromArrow(new Table({ x: vectorFromArray([2, 4], new Float64()), tag: vectorFromArray(["two", "four"], new Utf8()) }));
      const joined = rows((await lf.join(right.lazy(), { on: "x" }).collect()).toArrow());
      const matches = x.flatMap((v, i) => (v === 2 || v === 4 ? [{ ...(expected[i] as object), tag: v === 2 ? "two" : "four" }] : []));
      expect(joined, `${name} join`).toEqual(matches);
    }
  });

  it("reductions over them are a TypeError naming the column", async () => {
    const df = await readIpc(tableToIPC(source, "file"));
    for (const name of NESTED) expect(() => df.col(name).argmin(), name).toThrow(new RegExp(`column "${name}"`));
  });
});
