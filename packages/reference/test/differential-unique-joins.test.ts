// Joins on a unique integer key: every build key once (a shuffled range, some rows null), probe
// keys in and out of that range, both sides in random batches. These take the build side's paths
// for distinct keys (a key table sized to the first batch's key range at once, each key's single
// row read in one step); the engine must equal the row-at-a-time interpreter for every join kind.
import { fromArrow } from "@quiver/core";
import { Rng } from "@quiver/core/testing";
import { Int32, Table, Vector, vectorFromArray } from "apache-arrow";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Cell, type RefFrame, runQuery } from "../src/index.js";
import { RUNS } from "./differential-support.js";
import { cellToken, engineColumns, referenceColumns } from "./plan-engine.js";

const HOWS = ["inner", "left", "right", "full", "semi", "anti"] as const;

/** Int32 columns cut into batches at the same random rows. */
function batched(columns: Record<string, Cell[]>, rng: Rng): Table {
  const rows = Object.values(columns)[0].length;
  const cuts: number[] = [0];
  while (cuts[cuts.length - 1] < rows) cuts.push(Math.min(rows, cuts[cuts.length - 1] + rng.int(1, 40)));
  const vectors = Object.fromEntries(
    Object.entries(columns).map(([name, cells]) => {
      const chunks = cuts.slice(1).map((end, i) => vectorFromArray(cells.slice(cuts[i], end), new Int32()).data[0]);
      return [name, chunks.length > 0 ? new Vector(chunks) : vectorFromArray([], new Int32())];
    }),
  );
  return new Table(vectors);
}

/** The interpreter's frame of the same columns. */
function frameOf(columns: Record<string, Cell[]>): RefFrame {
  const names = Object.keys(columns);
  const rows = Object.values(columns)[0].map((_, r) => names.map((name) => columns[name][r]));
  return { names, types: names.map(() => "int32"), rows };
}

describe("joins on a unique integer key equal the plan interpreter", () => {
  it("every join kind, build keys a shuffled range with nulls, probe keys in and out of it, random batches", async () => {
    const arb = fc.record({
      seed: fc.integer(),
      buildRows: fc.integer({ min: 0, max: 80 }),
      probeRows: fc.integer({ min: 0, max: 120 }),
      base: fc.integer({ min: -60, max: 60 }),
      nullPercent: fc.constantFrom(0, 0, 10, 50),
      how: fc.constantFrom(...HOWS),
    });
    await fc.assert(
      fc.asyncProperty(arb, async ({ seed, buildRows, probeRows, base, nullPercent, how }) => {
        const rng = new Rng(seed);
        const keys: Cell[] = Array.from({ length: buildRows }, (_, i) => base + i);
        for (let i = keys.length - 1; i > 0; i--) {
          const j = rng.int(0, i);
          [keys[i], keys[j]] = [keys[j], keys[i]];
        }
        const build = { key: keys.map((k) => (rng.int(0, 99) < nullPercent ? null : k)), b: keys.map((_, i) => i) };
        const probe = {
          k: Array.from({ length: probeRows }, () => (rng.int(0, 99) < nullPercent ? null : rng.int(base - 5, base + buildRows + 5))),
          p: Array.from({ length: probeRows }, (_, i) => i),
        };
        const lf = fromArrow(batched(probe, rng)).lazy().join(fromArrow(batched(build, rng)).lazy(), { leftOn: "k", rightOn: "key", how });
        const expected = runQuery({
          source: frameOf(probe),
          steps: [{ join: { right: { source: frameOf(build), steps: [] }, how, leftOn: ["k"], rightOn: ["key"], suffix: "_right" } }],
        });
        const got = engineColumns(await lf.collect());
        expect(got.map((column) => column.map(cellToken))).toEqual(referenceColumns(expected).map((column) => column.map(cellToken)));
      }),
      // Both sides empty: an empty scan's batch may come without buffers.
      { numRuns: RUNS, examples: [[{ seed: 0, buildRows: 0, probeRows: 0, base: 0, nullPercent: 0, how: "inner" }]] },
    );
  });
});
