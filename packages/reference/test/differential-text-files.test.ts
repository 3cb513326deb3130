import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { col, type DataFrame, fromArrow, scanCsv, scanNdjson } from "@quiver/core";
import { arbTable, type TypeKind } from "@quiver/core/testing";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { refArgReduce } from "../src/index.js";
import { outcome, RUNS } from "./differential-support.js";

const dir = mkdtempSync(join(tmpdir(), "quiver-text-differential-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

const KINDS: readonly TypeKind[] = ["int64", "float64", "bool", "utf8", "dateDay", "timestampMillisecond", "timestampMicrosecond", "int32", "float32"];

/** Each format: how a frame is written, and how the file is scanned back told the types. */
const FORMATS = [
  { name: "CSV", write: (df: DataFrame, path: string) => df.sinkCsv(path), scan: scanCsv },
  { name: "NDJSON", write: (df: DataFrame, path: string) => df.sinkNdjson(path), scan: scanNdjson },
] as const;

describe("argmin over a table written as text and scanned back equals the oracle on the original", () => {
  for (const format of FORMATS) {
    it(`${format.name}: argmin and argmax of every column`, async () => {
      await fc.assert(
        fc.asyncProperty(arbTable({ kinds: KINDS, minLength: 1 }), async (generated) => {
          const path = join(dir, `t${files++}`);
          await format.write(fromArrow(generated.table), path);
          const schema = Object.fromEntries(generated.table.schema.fields.map((f) => [f.name, f.type]));
          const exprs = generated.names.flatMap((name, j) => [col(name).argmin().alias(`min${j}`), col(name).argmax().alias(`max${j}`)]);
          const row = (await format.scan(path, { schema }).select(...exprs).collect()).row(0);
          generated.names.forEach((_, j) => {
            expect(outcome(() => row[`min${j}`])).toEqual(outcome(() => refArgReduce(generated.columns[j])));
            expect(outcome(() => row[`max${j}`])).toEqual(outcome(() => refArgReduce(generated.columns[j], { max: true })));
          });
        }),
        // Each run writes and reads a file, so a fifth of the usual runs.
        { numRuns: Math.ceil(RUNS / 5) },
      );
    });
  }
});
