import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, it } from "vitest";
import { fromArrow, readCsv, scanCsv } from "../src/index.js";
import { arbTable } from "../src/testing/index.js";
import { EXACT_KINDS, expectSameTable, INFERRED_KINDS, inferredTypeText, schemaOption, withValues } from "./text-roundtrip.js";

const dir = mkdtempSync(join(tmpdir(), "quiver-csv-roundtrip-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

describe("CSV round trip: sinkCsv then read", () => {
  it("reads back every value of every type when told the types (quotes, newlines, unicode, NaN, ±Inf, Int64 beyond 2^53)", async () => {
    await fc.assert(
      fc.asyncProperty(arbTable({ kinds: EXACT_KINDS }), async (generated) => {
        const path = join(dir, `exact-${files++}.csv`);
        await fromArrow(generated.table).sinkCsv(path);
        expectSameTable(readCsv(path, { schema: schemaOption(generated) }), generated, String);
      }),
      { numRuns: 120 },
    );
  });

  it("infers the written types back, and the streamed scan agrees with the eager read", async () => {
    await fc.assert(
      fc.asyncProperty(arbTable({ kinds: INFERRED_KINDS, minLength: 1, nullRate: "any" }).filter(withValues), async (generated) => {
        const path = join(dir, `inferred-${files++}.csv`);
        await fromArrow(generated.table).sinkCsv(path);
        expectSameTable(readCsv(path), generated, inferredTypeText);
        expectSameTable(await scanCsv(path).collect(), generated, inferredTypeText);
      }),
      { numRuns: 80 },
    );
  });
});
