import { ArgExtremeAccumulator, GroupedArgExtreme, GroupIndexer } from "@quiver/core";
import { arbColumn, arbTable, type TypeKind } from "@quiver/core/testing";
import type { Data, Table } from "apache-arrow";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { refGroupArgReduce } from "../src/index.js";
import { outcome, REDUCTIONS, RUNS } from "./differential-support.js";

const KEY_KINDS: TypeKind[] = ["int8", "int32", "int64", "utf8", "dictionary", "bool", "float64", "dateDay"];

/** Runs the grouped kernel batch by batch: keys are the first `keyCount` columns, the value the last. */
function groupedEngine(table: Table, keyCount: number, options: object): { keys: unknown[][]; indices: (number | null)[] } {
  const fields = table.schema.fields;
  const indexer = new GroupIndexer(fields.slice(0, keyCount).map((f) => f.type));
  const reducer = new GroupedArgExtreme(fields[fields.length - 1].type, options);
  for (const batch of table.batches) {
    const children = batch.data.children as Data[];
    const ids = indexer.assign(children.slice(0, keyCount));
    reducer.update(ids, children[children.length - 1], indexer.groupCount);
  }
  return { keys: indexer.keyColumns(), indices: reducer.finish() };
}

describe("grouped arg-reduction equals the oracle", () => {
  for (const { name, options } of REDUCTIONS) {
    it(`${name}: group-relative indices, first-seen group order, random batches`, () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 2 }).chain((keyCount) =>
            fc.tuple(fc.constant(keyCount), arbTable({ kinds: KEY_KINDS, minColumns: keyCount + 1, maxColumns: keyCount + 1, maxLength: 40 })),
          ),
          ([keyCount, generated]) => {
            const keys = generated.columns.slice(0, keyCount);
            const values = generated.columns[keyCount];
            const groups = refGroupArgReduce(keys, values, options);
            const expectedError = groups.map((g) => g.index).find((i) => typeof i === "object" && i !== null);
            const engine = outcome(() => groupedEngine(generated.table, keyCount, options).indices);
            if (expectedError !== undefined) expect(engine).toEqual(expectedError);
            else expect(engine).toEqual({ value: groups.map((g) => g.index) });
            const engineKeys = groupedEngine(generated.table, keyCount, {}).keys;
            expect(engineKeys).toEqual(keys.map((_, k) => groups.map((g) => g.keys[k])));
          },
        ),
        { numRuns: RUNS },
      );
    });
  }

  it("one group equals the ungrouped accumulator", () => {
    fc.assert(
      fc.property(arbColumn({ maxLength: 50 }), (column) => {
        const reducer = new GroupedArgExtreme(column.type);
        let rows = 0;
        for (const chunk of column.chunks) {
          reducer.update(new Int32Array(chunk.length), chunk, rows + chunk.length > 0 ? 1 : 0);
          rows += chunk.length;
        }
        const acc = new ArgExtremeAccumulator(column.type);
        for (const chunk of column.chunks) acc.update(chunk);
        expect(rows === 0 ? [] : reducer.finish()).toEqual(rows === 0 ? [] : [acc.finish()]);
      }),
      { numRuns: RUNS },
    );
  });
});
