/**
 * The browser build: `@quiver/core` bundled by esbuild for a browser resolves to dist/browser
 * (the "browser" export condition), pulls in no Node module, and — run here from that bundle —
 * reads Blobs and Files, and says plainly that paths and sinks need Node.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { tableFromArrays, tableToIPC } from "apache-arrow";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const core = join(import.meta.dirname, "..");
const dir = mkdtempSync(join(tmpdir(), "quiver-browser-bundle-"));
let code = "";
let inputs: string[] = [];
type Browser = typeof import("../src/index.js");
let quiver: Browser;

beforeAll(async () => {
  const result = await build({
    stdin: { contents: 'export * from "@quiver/core";', resolveDir: core, loader: "js" },
    bundle: true,
    platform: "browser",
    format: "esm",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  code = result.outputFiles[0].text;
  inputs = Object.keys(result.metafile.inputs);
  const file = join(dir, "quiver-browser.mjs");
  writeFileSync(file, code);
  quiver = (await import(pathToFileURL(file).href)) as Browser;
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const table = tableFromArrays({ fare: Float64Array.from([7, 3, 9, 3]), zone: ["a", "b", "a", "b"] });
const ipcBlob = (): Blob => new Blob([tableToIPC(table, "file") as Uint8Array<ArrayBuffer>]);

describe("the browser bundle", () => {
  it("comes from dist/browser and imports no Node module", () => {
    expect(inputs.some((path) => path.endsWith("packages/core/dist/browser/index.js"))).toBe(true);
    expect(inputs.filter((path) => /packages\/core\/(src\/|dist\/index\.)/.test(path))).toEqual([]);
    expect(code.match(/(?:from|import|require)\s*\(?\s*["'](?:node:)?(?:fs|path|os|url|crypto|zlib|buffer|stream|child_process)(?:\/[a-z]+)?["']/g)).toBeNull();
    expect(code).not.toMatch(/["']node:[a-z_/]+["']/);
  });

  it("scans a Blob of Arrow IPC and, more than once, a File of CSV", async () => {
    const fromIpc = await quiver.scanIpc(ipcBlob()).select(quiver.col("fare").argmin()).collect();
    expect(fromIpc.col("fare").toArray()).toEqual([1]);
    const csv = new File(["fare,zone\n7,a\n3,b\n9,a\n"], "fares.csv");
    const lazyCsv = quiver.scanCsv(csv);
    const fromCsv = await lazyCsv.select(quiver.col("fare").argmax()).collect();
    expect(fromCsv.col("fare").toArray()).toEqual([2]);
    expect((await lazyCsv.collect()).height).toBe(3); // a File is read again, unlike a stream
  });

  it("names the File it reads in errors", async () => {
    const broken = new File([new Uint8Array([1, 2, 3])], "broken.arrow");
    await expect(quiver.scanIpc(broken).collect()).rejects.toThrow(/broken\.arrow/);
  });

  it("says that paths and sinks need Node's file system", async () => {
    const error = await quiver.readIpc("flights.arrow").catch((e: unknown) => e);
    expect(String(error)).toMatch(/flights\.arrow: cannot open: reading a file by path needs Node's file system/);
    expect(error).toBeInstanceOf(quiver.IpcScanError);
    const readers = [
      [quiver.scanParquet, quiver.ParquetScanError, "flights.parquet"],
      [quiver.scanCsv, quiver.CsvScanError, "flights.csv"],
      [quiver.scanNdjson, quiver.NdjsonScanError, "flights.ndjson"],
    ] as const;
    for (const [scan, ErrorClass, path] of readers) {
      const failure = await scan(path).collect().catch((e: unknown) => e);
      expect(failure, path).toBeInstanceOf(ErrorClass);
      expect(String(failure)).toContain(path);
      expect(String(failure)).toContain("reading a file by path needs Node's file system");
    }
    const lazy = quiver.scanIpc(ipcBlob());
    await expect(lazy.sinkIpc("out.arrow")).rejects.toMatchObject({ name: "NoFileSystemError", message: expect.stringMatching(/^sinkIpc needs Node's file system/) });
    await expect(lazy.sinkParquet("out.parquet")).rejects.toThrow(quiver.NoFileSystemError);
    await expect(lazy.sinkCsv("out.csv")).rejects.toThrow(/^sinkCsv needs/);
  });
});
