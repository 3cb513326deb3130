// Group-by arg-reductions by one integer key, whose lookup is fused into the reduction's loop
// while the keys fit a direct-address table, against the oracle: narrow keys (always direct) and
// wide ones (often leaving direct addressing mid-batch), values with nulls, NaN, ±0, ±Infinity,
// ties and Int64 beyond 2^53, random batch boundaries and sliced chunks; eager and lazy.
import { col, type DataFrame, fromArrow, fromColumns, lit } from "@quiver/core";
import { arbTable, type TypeKind } from "@quiver/core/testing";
import { Int8, makeData, RecordBatch, Table } from "apache-arrow";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { refGroupArgReduce } from "../src/index.js";
import { outcome, REDUCTIONS, RUNS } from "./differential-support.js";

const KEY_KINDS: TypeKind[] = ["int8", "int16", "uint8", "uint16", "int32", "uint32"];
const VALUE_KINDS: TypeKind[] = ["float64", "float32", "int32", "int8", "uint32", "int64"];
const METHODS = { argmin: "argmin", argmax: "argmax", nanargmin: "nanargmin", nanargmax: "nanargmax" } as const;

/** Two columns, the key first; mostly without nulls, the case the fused loop takes. */
const arbKeyed = fc
  .constantFrom<"none" | "any">("none", "none", "any")
  .chain((nullRate) => arbTable({ kinds: [...KEY_KINDS, ...VALUE_KINDS], minColumns: 2, maxColumns: 2, maxLength: 150, nullRate }))
  .filter((t) => KEY_KINDS.includes(t.kinds[0]) && VALUE_KINDS.includes(t.kinds[1]));

/** Each group's key and answer (the column `answer`), in the order the engine gives the groups. */
function groups(run: () => DataFrame, key: string, answer: string): unknown {
  return outcome(() => {
    const df = run();
    return [df.col(key).vector, df.col(answer).vector];
  });
}

describe("group-by argmin with the key lookup fused in equals the oracle", () => {
  it("every reduction by one integer key: eager, lazy, unoptimized", async () => {
    await fc.assert(
      fc.asyncProperty(arbKeyed, async (generated) => {
        const [key, value] = generated.names;
        const df = fromArrow(generated.table);
        for (const { name, options } of REDUCTIONS) {
          const reference = refGroupArgReduce([generated.columns[0]], generated.columns[1], options);
          // The oracle answers an all-NaN group with the error as its index; the engine throws it.
          const failed = reference.map((g) => g.index).find((i) => typeof i === "object" && i !== null);
          const expected = failed ?? outcome(() => [reference.map((g) => g.keys[0]), reference.map((g) => (g.index === null ? null : BigInt(g.index as number)))]);
          // The answer's name differs from the key's (generated names may be "i").
          const answer = key === "i" ? "j" : "i";
          const agg = col(value)[METHODS[name]]().alias(answer);
          expect(groups(() => df.groupBy(key).agg(agg), key, answer)).toEqual(expected);
          for (const optimize of [true, false]) {
            const lazy = await df
              .lazy()
              .groupBy(key)
              .agg(agg)
              .collect({ optimize })
              .then((result) => groups(() => result, key, answer), (error: Error) => ({ error: `${error.name}: ${error.message}` }));
            expect(lazy).toEqual(expected);
          }
        }
      }),
      { numRuns: RUNS / 5 },
    );
  });
});

describe("the fused loop's edges: a chunk's length, a key with no values", () => {
  it("values past a chunk's length (a buffer longer than the chunk) never win", () => {
    // Arrow lets a chunk's buffers hold more elements than its length: here a smaller value and
    // another row of key 7 lie past the end, where the loop must not look.
    const keys = makeData({ type: new Int8(), length: 3, data: Int8Array.of(7, 8, 7, 7) });
    const values = makeData({ type: new Int8(), length: 3, data: Int8Array.of(5, 1, 3, -100) });
    const df = fromArrow(new Table(new RecordBatch({ k: keys, v: values } as never)));
    for (const method of ["argmin", "argmax"] as const) {
      const result = df.groupBy("k").agg(col("v")[method]().alias("i"));
      expect(result.toArrow().toArray().map((r) => r.toJSON())).toEqual([
        { k: 7, i: method === "argmin" ? 1n : 0n },
        { k: 8, i: 0n },
      ]);
    }
  });

  it("a key of the Null type (a null literal) groups every row into one group, by the other paths", async () => {
    const x = Float64Array.from({ length: 13 }, (_, i) => (i === 7 ? Number.NaN : i === 9 ? -1 : 2));
    for (const [method, expected] of [["argmin", 7n], ["nanargmin", 9n]] as const) {
      const result = await fromColumns({ x }).lazy().groupBy(lit(null).alias("g")).agg(col("x")[method]().alias("i")).collect();
      expect(result.toArrow().toArray().map((r) => r.toJSON())).toEqual([{ g: null, i: expected }]);
    }
  });
});
