import { BinaryView, Table, tableToIPC, Utf8View, vectorFromArray } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { col, fromArrow, readIpc, scanIpc } from "../src/index.js";

// Long enough values live in a separate data buffer, short ones inline in the 16-byte view.
const names = ["LAS", null, "a destination name longer than twelve bytes", "", "SFO", "LAS", "😀 far away, beyond the inline part"];
const delays = [5, 3, -2, 7, -2, 1, 4];

function viewTable(): Table {
  return new Table({
    origin: vectorFromArray(names, new Utf8View()),
    raw: vectorFromArray(names.map((n) => (n === null ? null : new TextEncoder().encode(n))), new BinaryView()),
    delay: vectorFromArray(delays),
  });
}

describe("strings in the view layouts", () => {
  it("are read as Utf8/Binary by scanIpc, readIpc and fromArrow, values intact", async () => {
    const bytes = tableToIPC(viewTable(), "file");
    const scanned = await scanIpc(bytes).collect();
    for (const df of [scanned, await readIpc(bytes), fromArrow(viewTable())]) {
      expect(df.schema.fields.map((f) => String(f.type))).toEqual(["Utf8", "Binary", "Float64"]);
      expect([...df.col("origin").vector]).toEqual(names);
      expect([...df.col("raw").vector].map((b) => (b === null ? null : new TextDecoder().decode(b as Uint8Array)))).toEqual(names);
    }
  });

  it("can be grouped, filtered, sorted and arg-reduced", async () => {
    const lf = scanIpc(tableToIPC(viewTable(), "stream"));
    const grouped = await lf.filter(col("origin").neq("SFO")).groupBy("origin").agg(col("delay").argmin().alias("i")).collect();
    expect(Array.from({ length: grouped.height }, (_, i) => grouped.row(i))).toEqual([
      { origin: "LAS", i: 1 },
      { origin: "a destination name longer than twelve bytes", i: 0 },
      { origin: "", i: 0 },
      { origin: "😀 far away, beyond the inline part", i: 0 },
    ]);
    const df = fromArrow(viewTable());
    expect(df.col("origin").argmax()).toBe(6);
    expect([...df.sort("origin").col("origin").vector].slice(0, 3)).toEqual(["", "LAS", "LAS"]);
  });

  it("keeps a slice's rows, and its nulls at an offset that is not a multiple of 8", () => {
    for (const [begin, end] of [[2, 5], [1, 6]]) {
      const sliced = viewTable().slice(begin, end);
      expect([...fromArrow(sliced).col("origin").vector]).toEqual(names.slice(begin, end));
    }
  });
});
