import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, it } from "vitest";
import { fromArrow, readNdjson, scanNdjson } from "../src/index.js";
import { arbTable } from "../src/testing/index.js";
import { EXACT_KINDS, expectSameTable, INFERRED_KINDS, inferredTypeText, schemaOption, withValues } from "./text-roundtrip.js";

const dir = mkdtempSync(join(tmpdir(), "quiver-ndjson-roundtrip-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

describe("NDJSON round trip: sinkNdjson then read", () => {
  // An empty file has no keys to order the columns by (the schema's key order is JavaScript's), so
  // each table has a row.
  it("reads back every value of every type when told the types", async () => {
    await fc.assert(
      fc.asyncProperty(arbTable({ kinds: EXACT_KINDS, minLength: 1 }), async (generated) => {
        const path = join(dir, `exact-${files++}.ndjson`);
        await fromArrow(generated.table).sinkNdjson(path);
        expectSameTable(readNdjson(path, { schema: schemaOption(generated) }), generated, String);
      }),
      { numRuns: 120 },
    );
  });

  it("infers the written types back, and the streamed scan agrees with the eager read", async () => {
    await fc.assert(
      fc.asyncProperty(arbTable({ kinds: INFERRED_KINDS, minLength: 1, nullRate: "any" }).filter(withValues), async (generated) => {
        const path = join(dir, `inferred-${files++}.ndjson`);
        await fromArrow(generated.table).sinkNdjson(path);
        expectSameTable(readNdjson(path), generated, inferredTypeText);
        expectSameTable(await scanNdjson(path).collect(), generated, inferredTypeText);
      }),
      { numRuns: 80 },
    );
  });
});
