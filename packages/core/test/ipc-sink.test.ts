import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { col, fromColumns, IpcScanError, readIpc, scanIpc } from "../src/index.js";

const dir = mkdtempSync(join(tmpdir(), "quiver-ipc-sink-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Compressible columns: repeated strings, a slow ramp, nulls, and a Float64 with NaN. */
function frame() {
  const n = 5000;
  return fromColumns({
    zone: Array.from({ length: n }, (_, i) => (i % 11 === 0 ? null : `zone-${i % 13}`)),
    fare: Float64Array.from({ length: n }, (_, i) => (i === 77 ? Number.NaN : (i % 97) * 0.5)),
    id: BigInt64Array.from({ length: n }, (_, i) => BigInt(i) * 3n),
  });
}

describe("sinkIpc never crashes the process and names the target", () => {
  it("a missing directory rejects with an IpcScanError naming the target, from a scan too", async () => {
    const source = join(dir, "source.arrow");
    await frame().lazy().sinkIpc(source);
    const target = join(dir, "no", "such", "dir", "out.arrow");
    for (const query of [frame().lazy(), scanIpc(source).filter(col("fare").gt(1))]) {
      const error = await query.sinkIpc(target).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(IpcScanError);
      expect(error).toMatchObject({ code: "io", source: target });
      expect((error as Error).message).toContain(`${target}: cannot write the Arrow IPC file: the directory ${join(dir, "no", "such", "dir")} does not exist`);
      expect((error as Error).message).not.toContain(".tmp");
    }
  });

  it("a target that is a directory is refused, and nothing is left beside it", async () => {
    const target = join(dir, "a-directory");
    (await import("node:fs")).mkdirSync(target);
    await expect(frame().lazy().sinkIpc(target)).rejects.toMatchObject({ code: "io", source: target });
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("compressed IPC written by sinkIpc reads back exactly", () => {
  for (const compression of ["lz4", "zstd"] as const) {
    for (const format of ["file", "stream"] as const) {
      it(`${compression}, ${format} format`, async () => {
        const plain = join(dir, `plain-${compression}-${format}.arrow`);
        const packed = join(dir, `packed-${compression}-${format}.arrow`);
        await frame().lazy().sinkIpc(plain, { format });
        await frame().lazy().sinkIpc(packed, { format, compression });
        expect(statSync(packed).size).toBeLessThan(statSync(plain).size / 2);
        const expected = frame().toArrow().toArray().map((r) => r.toJSON());
        for (const input of [packed, readFileSync(packed)]) {
          const back = await readIpc(input);
          expect(back.toArrow().toArray().map((r) => r.toJSON())).toEqual(expected);
          expect(back.col("fare").argmin()).toBe(frame().col("fare").argmin());
        }
        const lazy = await scanIpc(packed).select(col("fare").argmax().alias("i"), col("id").max().alias("m")).collect();
        expect(lazy.row(0)).toEqual({ i: 77, m: 4999 * 3 });
      });
    }
  }

  it("writer after writer gives the same bytes, and each reads back (the codec is set up once)", async () => {
    for (const compression of ["zstd", "lz4"] as const) {
      const written: Buffer[] = [];
      for (let run = 0; run < 4; run++) {
        const path = join(dir, `again-${compression}-${run}.arrow`);
        await frame().lazy().sinkIpc(path, { format: run % 2 === 0 ? "stream" : "file", compression });
        written.push(readFileSync(path));
        expect((await readIpc(path)).col("fare").argmax()).toBe(77);
      }
      expect(written[2]!.equals(written[0]!)).toBe(true);
      expect(written[3]!.equals(written[1]!)).toBe(true);
    }
  });

  it("an incompressible buffer is stored raw behind the -1 length and still reads back", async () => {
    const noise = Float64Array.from({ length: 512 }, (_, i) => Math.sin(i * 12.9898) * 43758.5453);
    const path = join(dir, "noise.arrow");
    await fromColumns({ x: noise }).lazy().sinkIpc(path, { compression: "lz4" });
    expect([...(await readIpc(path)).col("x").vector]).toEqual([...noise]);
    // Some buffer was left raw: the -1 length prefix (8 bytes of ff) appears in the body.
    expect(Buffer.from(readFileSync(path)).includes(Buffer.alloc(8, 0xff))).toBe(true);
  });

  it("an unknown codec is refused before anything is written", async () => {
    const path = join(dir, "bad-codec.arrow");
    writeFileSync(path, "kept");
    await expect(frame().lazy().sinkIpc(path, { compression: "gzip" as never })).rejects.toThrow('option "compression" must be one of "lz4", "zstd"; got the string "gzip"');
    expect(readFileSync(path, "utf8")).toBe("kept");
  });
});
