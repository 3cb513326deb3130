import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readIpc } from "../src/index.js";
import { IpcScanError } from "../src/io/scan/index.js";
import { type Canon, decodedCell, type GoldenDictionaries, goldenCells, type JsonColumn, type JsonField } from "./ipc-golden.js";

/**
 * Arrow's integration corpus (apache/arrow-testing, data/arrow-ipc-stream/integration): each
 * file written by another Arrow implementation is read as an IPC file and as a stream, and every
 * value of every column is compared with the corpus's own JSON.
 */
const root = join(import.meta.dirname, "data/arrow-testing/data/arrow-ipc-stream/integration");

/** Files refused on purpose, with their code: big-endian data (see docs/semantics.md). */
function refusal(dir: string): string | undefined {
  return dir === "1.0.0-bigendian" ? "big-endian" : undefined;
}

interface Golden {
  schema: { fields: JsonField[] };
  batches: { count: number; columns: JsonColumn[] }[];
  dictionaries?: { id: number; data: { count: number; columns: JsonColumn[] } }[];
}

/** Every column's canonical cells across all batches, from the golden JSON. */
function goldenColumns(golden: Golden): Canon[][] {
  const dictionaries: GoldenDictionaries = new Map();
  const fieldOf = new Map<number, JsonField>();
  const visit = (fields: JsonField[]): void => {
    for (const f of fields) {
      if (f.dictionary !== undefined) fieldOf.set(f.dictionary.id, { ...f, dictionary: undefined });
      visit(f.children);
    }
  };
  visit(golden.schema.fields);
  for (const { id, data } of golden.dictionaries ?? []) {
    const field = fieldOf.get(id) as JsonField;
    dictionaries.set(id, goldenCells(data.columns[0], field, dictionaries));
  }
  return golden.schema.fields.map((field, k) => golden.batches.flatMap((batch) => goldenCells(batch.columns[k], field, dictionaries)));
}

const cases = readdirSync(root).flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith(".json.gz"))
    .map((f) => ({ dir, name: f.replace(".json.gz", "") })),
);

describe("Arrow's integration files read with the golden values", () => {
  const counts = { equal: 0, refused: 0 };

  it.each(cases)("$dir/$name", async ({ dir, name }) => {
    const text = gunzipSync(readFileSync(join(root, dir, `${name}.json.gz`))).toString("utf8");
    // Integers beyond 2^53 are quoted first, so that JSON.parse keeps every digit.
    const golden = JSON.parse(text.replace(/([:[,]\s*)(-?\d{16,})(?=\s*[,\]}])/g, '$1"$2"')) as Golden;
    const refused = refusal(dir);
    const expected = refused === undefined ? goldenColumns(golden) : [];
    for (const suffix of [".arrow_file", ".stream"]) {
      const path = join(root, dir, name + suffix);
      if (refused !== undefined) {
        const error = await readIpc(path).catch((e: unknown) => e);
        expect(error, path).toBeInstanceOf(IpcScanError);
        expect((error as IpcScanError).code, path).toBe(refused);
        counts.refused += 1;
        continue;
      }
      const table = (await readIpc(path)).toArrow();
      expect(table.schema.fields.map((f) => f.name), path).toEqual(golden.schema.fields.map((f) => f.name));
      table.schema.fields.forEach((field, k) => {
        const chunks = table.getChildAt(k)?.data ?? [];
        const cells = chunks.flatMap((chunk) => Array.from({ length: chunk.length }, (_, i) => decodedCell(chunk, i)));
        expect(cells, `${path}: column "${field.name}"`).toEqual(expected[k]);
      });
      counts.equal += 1;
    }
  });

  it("reads every file the corpus has, refusing only big-endian data", () => {
    console.log(`arrow-testing integration: ${counts.equal} files equal their golden JSON, ${counts.refused} refused by code`);
    expect(counts.equal + counts.refused).toBe(2 * cases.length);
    expect(counts.equal).toBeGreaterThan(counts.refused);
  });
});
