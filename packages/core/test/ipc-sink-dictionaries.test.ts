import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Dictionary, Int8, Int32, Table, Utf8, vectorFromArray } from "apache-arrow";
import { afterAll, describe, expect, it } from "vitest";
import { concat, fromArrow, fromColumns, readIpc, scanIpc, scanParquet } from "../src/index.js";

const dir = mkdtempSync(join(tmpdir(), "quiver-ipc-dictionaries-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const strings = (n: number, shift: number) => Array.from({ length: n }, (_, i) => (i % 7 === 3 ? null : `s${(i * 5 + shift) % 11}`));

describe("sinkIpc of dictionary columns whose batches carry different dictionaries", () => {
  it("writes a Parquet scan (one dictionary per row group) as a file that reads back the same", async () => {
    const parquet = join(dir, "groups.parquet");
    const s = strings(1000, 0);
    await fromColumns({ s }).sinkParquet(parquet, { rowGroupSize: 150 });
    expect(String((await scanParquet(parquet).collect()).table.schema.fields[0].type)).toBe("Dictionary<Int32, Utf8>");
    for (const format of ["file", "stream"] as const) {
      for (const compression of [undefined, "lz4"] as const) {
        const path = join(dir, `groups-${format}-${compression}.arrow`);
        await scanParquet(parquet).sinkIpc(path, { format, compression });
        expect([...(await readIpc(path)).table.getChild("s")!]).toEqual(s);
        expect([...(await scanIpc(path).collect()).table.getChild("s")!]).toEqual(s);
      }
    }
  });

  it("writes frames joined from tables with their own dictionaries", async () => {
    const type = new Dictionary(new Utf8(), new Int32());
    const a = strings(40, 1);
    const b = strings(30, 4);
    const frames = [a, b].map((values) => fromArrow(new Table({ s: vectorFromArray(values, type) })));
    const path = join(dir, "joined.arrow");
    await concat(frames.map((f) => f.lazy())).sinkIpc(path);
    expect([...(await readIpc(path)).table.getChild("s")!]).toEqual([...a, ...b]);
  });

  it("refuses, naming the column, when the grown dictionary outgrows its keys", async () => {
    const type = new Dictionary(new Utf8(), new Int8());
    const frames = [0, 1].map((k) => fromArrow(new Table({ code: vectorFromArray(Array.from({ length: 100 }, (_, i) => `${k}-${i}`), type) })));
    const error = await concat(frames.map((f) => f.lazy())).sinkIpc(join(dir, "narrow.arrow")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RangeError);
    expect((error as Error).message).toBe('column "code": its batches\' dictionaries hold 200 entries, more than Int8 keys can address; cast it to its value type first');
  });
});
