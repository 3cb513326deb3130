import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Table, tableToIPC, Utf8, vectorFromArray } from "apache-arrow";
import { afterAll, describe, expect, it } from "vitest";
import { IpcScanError, openIpcSource, openIpcSourceSync } from "../src/io/scan/index.js";

const dir = mkdtempSync(join(tmpdir(), "quiver-ipc-sync-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sample(): Table {
  return new Table({
    x: vectorFromArray(Float64Array.from({ length: 100 }, (_, i) => i * 0.5)),
    s: vectorFromArray(Array.from({ length: 100 }, (_, i) => (i % 9 === 0 ? null : `v${i}`)), new Utf8()),
  });
}

async function rows(source: { batches(): AsyncIterable<{ toArray(): { toJSON(): unknown }[] }> }): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const batch of source.batches()) out.push(...batch.toArray().map((r) => r.toJSON()));
  return out;
}

async function failure(open: () => unknown): Promise<IpcScanError> {
  try {
    await open();
  } catch (error) {
    expect(error).toBeInstanceOf(IpcScanError);
    return error as IpcScanError;
  }
  throw new Error("expected a failure");
}

describe("openIpcSourceSync reads the schema at once, as openIpcSource does", () => {
  for (const format of ["file", "stream"] as const) {
    it(`${format} format from a path, a file URL and bytes`, async () => {
      const bytes = tableToIPC(sample(), format);
      const path = join(dir, `sample.${format}`);
      writeFileSync(path, bytes);
      const expected = sample().toArray().map((r) => r.toJSON());
      for (const input of [path, pathToFileURL(path), bytes]) {
        const source = openIpcSourceSync(input);
        const reference = await openIpcSource(input);
        expect([source.name, source.format, source.numBatches, String(source.schema)]).toEqual([reference.name, reference.format, reference.numBatches, String(reference.schema)]);
        expect(await rows(source)).toEqual(expected);
        expect(await rows(source)).toEqual(expected); // a path or bytes can be scanned again
        await Promise.all([source.close(), reference.close()]);
      }
    });
  }

  it("raises the errors openIpcSource raises, with the same code and message", async () => {
    const file = tableToIPC(sample(), "file");
    const cases: Record<string, Uint8Array> = {
      "not-arrow.arrow": new TextEncoder().encode("x,y\n1,2\n"),
      "empty.arrow": new Uint8Array(0),
      "cut-footer.arrow": file.subarray(0, file.length - 4),
      "cut-body.arrow": file.subarray(0, 300),
      "cut-stream.arrows": tableToIPC(sample(), "stream").subarray(0, 50),
    };
    for (const [name, bytes] of Object.entries(cases)) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      for (const input of [path, bytes]) {
        const sync = await failure(() => openIpcSourceSync(input));
        const async = await failure(() => openIpcSource(input));
        expect([sync.code, sync.message], name).toEqual([async.code, async.message]);
      }
    }
    const missing = await failure(() => openIpcSourceSync(join(dir, "missing.arrow")));
    expect([missing.code, missing.source]).toEqual(["not-found", join(dir, "missing.arrow")]);
    expect((await failure(() => openIpcSourceSync(new URL("https://example.com/x.arrow")))).code).toBe("unsupported");
  });

  it("notices a file that changed between reading its schema and scanning it", async () => {
    const path = join(dir, "changing.arrow");
    writeFileSync(path, tableToIPC(sample(), "file"));
    const source = openIpcSourceSync(path);
    writeFileSync(path, tableToIPC(new Table({ x: vectorFromArray(Float64Array.of(1)) }), "file"));
    expect((await failure(() => rows(source))).code).toBe("changed");
  });
});
