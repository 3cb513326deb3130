import { Dictionary, Int32, makeData, makeVector, Table, tableFromArrays, tableToIPC, Utf8, vectorFromArray } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { anatomy } from "../fuzz/anatomy.js";
import { inputAt, seedAnatomies } from "../fuzz/campaign.js";
import { judge } from "../fuzz/judge.js";
import { minimise } from "../fuzz/minimise.js";
import type { FieldSite } from "../fuzz/reference/flatbuf.js";
import { decodeReference, type Reference } from "../fuzz/reference/decode.js";

function sitesOf(bytes: Uint8Array): FieldSite[] {
  const sites: FieldSite[] = [];
  decodeReference(bytes, sites);
  return sites;
}

function setInt64(bytes: Uint8Array, what: string, value: bigint, nth = 0): Uint8Array {
  const out = bytes.slice();
  const site = sitesOf(bytes).filter((s) => s.what === what)[nth];
  new DataView(out.buffer).setBigInt64(site.pos, value, true);
  return out;
}

function why(reference: Reference): string {
  return reference.kind === "valid" ? reference.columns.map((c) => ("invalid" in c ? c.invalid : "")).join("") : reference.why;
}

const plain = tableToIPC(tableFromArrays({ x: Float64Array.from([3, 1, 2]) }), "stream");

describe("the fuzzer's reference decoding", () => {
  it("reads every generated seed as valid, and Quiver answers each exactly as the reference does", async () => {
    for (const { seed } of seedAnatomies().filter((a) => !a.seed.committed)) {
      expect(decodeReference(seed.bytes).kind, seed.name).toBe("valid");
      const judgement = await judge(seed.bytes, 7);
      expect(judgement, seed.name).toMatchObject({ outcome: "ok", verified: true, paths: { eager: "ok", bytes: "ok", stream: "ok" } });
    }
  });

  it("decodes the values apache-arrow wrote", () => {
    const reference = decodeReference(plain);
    expect(reference).toMatchObject({ kind: "valid", rows: 3, columns: [{ field: { name: "x" }, cells: [3, 1, 2] }] });
  });

  it("finds a null count without a validity bitmap invalid", () => {
    const reference = decodeReference(setInt64(plain, "node 0 second", 2n));
    expect(why(reference)).toMatch(/2 nulls without a validity bitmap/);
  });

  it("finds a null count that disagrees with the bitmap invalid", () => {
    const bytes = tableToIPC(new Table({ x: vectorFromArray([1, null, 3], new Int32()) }), "file");
    expect(why(decodeReference(setInt64(bytes, "node 0 second", 0n)))).toMatch(/null count 0 but the bitmap has 1 zero bits/);
  });

  it("finds a negative or out-of-body buffer invalid", () => {
    expect(why(decodeReference(setInt64(plain, "buffer 1 second", -8n)))).toMatch(/outside a body/);
    expect(why(decodeReference(setInt64(plain, "buffer 1 first", 2n ** 40n)))).toMatch(/outside a body/);
  });

  it("finds a dictionary index out of range invalid", () => {
    const dictionary = vectorFromArray(["a", "b"], new Utf8());
    const type = new Dictionary(new Utf8(), new Int32());
    const column = makeVector(makeData({ type, length: 2, nullCount: 0, data: Int32Array.from([0, 5]), dictionary }));
    expect(why(decodeReference(tableToIPC(new Table({ d: column }), "stream")))).toMatch(/dictionary index 5 of 2/);
  });

  it("finds a batch claiming more rows than its buffers hold invalid", () => {
    expect(why(decodeReference(setInt64(plain, "batch length", 1_000_000_033n)))).toMatch(/batch length|node length/);
  });

  it("reads a stream cut at a message boundary as the batches before the cut, and a cut inside a message as invalid", () => {
    const multi = seedAnatomies().find((a) => a.seed.name === "multi-batch.stream")!;
    const [, second] = multi.messages.slice(1);
    const cut = decodeReference(multi.seed.bytes.slice(0, second[1]));
    expect(cut).toMatchObject({ kind: "valid", rows: 15 });
    expect(decodeReference(multi.seed.bytes.slice(0, second[1] - 3)).kind).toBe("invalid");
  });

  it("finds a file without its last bytes, or whose footer disagrees with its messages, invalid", () => {
    const file = tableToIPC(tableFromArrays({ x: Float64Array.from([3, 1, 2]) }), "file");
    expect(decodeReference(file.slice(0, file.length - 4)).kind).toBe("invalid");
    expect(why(decodeReference(setInt64(file, "batch block 0 body length", 8n)))).toMatch(/differs from its message/);
  });

  it("reads a file as what its footer lists: a message no block points to is not data", () => {
    const file = seedAnatomies().find((a) => a.seed.name === "numeric.arrow")!;
    const [start, end] = file.messages[0];
    const bytes = file.seed.bytes;
    const doubled = Uint8Array.from([...bytes.subarray(0, end), ...bytes.subarray(start, end), ...bytes.subarray(end)]);
    // The footer's offsets still point at the first copy, so the file is unchanged but for the footer's position.
    expect(decodeReference(doubled)).toMatchObject({ kind: "valid", rows: 10 });
  });

  it("reads strings as their bytes, so text that is not UTF-8 is still a value", () => {
    const bytes = tableToIPC(new Table({ s: vectorFromArray(["ab"], new Utf8()) }), "stream");
    const at = bytes.indexOf(0x61, bytes.length - 24);
    bytes[at] = 0xff;
    const reference = decodeReference(bytes);
    expect(reference.kind === "valid" && reference.columns[0]).toMatchObject({ cells: [Uint8Array.from([0xff, 0x62])] });
  });

  it("marks types it does not decode unverifiable rather than valid or invalid", () => {
    const bytes = tableToIPC(tableFromArrays({ f: Float64Array.from([1]) }), "stream");
    const tag = sitesOf(bytes).find((s) => s.what === "field type tag")!;
    bytes[tag.pos] = 13; // Struct
    expect(decodeReference(bytes).kind).toBe("unverifiable");
  });
});

describe("the fuzzer's inputs and minimiser", () => {
  it("generates the same input for the same seed and index, and different ones otherwise", () => {
    expect(inputAt(5, 17)).toEqual(inputAt(5, 17));
    expect(inputAt(5, 17).bytes).not.toEqual(inputAt(5, 18).bytes);
  });

  it("maps every seed's messages and fields", () => {
    const stream = seedAnatomies().find((a) => a.seed.name === "numeric.stream")!;
    expect(stream.messages.map(([start]) => start)).toEqual([0, stream.messages[1][0]]);
    expect(stream.messages[1][1]).toBe(stream.seed.bytes.length - 8); // then the end-of-stream marker
    // apache-arrow writes files without a leading Schema message: the record batch comes first.
    const file = anatomy(seedAnatomies().find((a) => a.seed.name === "numeric.arrow")!.seed)!;
    expect(file.messages.map(([start]) => start)).toEqual([8]);
    expect(file.sites.map((s) => s.what)).toEqual(expect.arrayContaining(["footer length", "batch block 0 offset", "node 2 second", "buffer 5 first"]));
  });

  it("minimises to the smallest input that keeps failing", async () => {
    const input = Uint8Array.from({ length: 200 }, (_, i) => (i * 7) % 251);
    input.set([1, 2, 3], 120);
    const holds = async (c: Uint8Array) => c.some((b, i) => b === 1 && c[i + 1] === 2 && c[i + 2] === 3);
    expect(Array.from(await minimise(input, holds))).toEqual([1, 2, 3]);
  });
});
