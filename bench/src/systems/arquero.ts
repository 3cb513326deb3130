import * as aq from "arquero";
import { indexOrMissing, positions } from "../answers.js";
import { type ColumnInput, type MatrixInput, type System, timed } from "../system.js";

/** How the column reaches Arquero: the typed array as a column, or the Arrow table (zero-copy, nulls and batches kept). */
export type ArqueroSource = "typed-array" | "arrow";

type Row = Record<string, number>;

// Arquero reads Arrow-JS tables as well as its own Flechette ones; its type only admits a
// getChild that never returns null, which Arrow-JS's signature allows.
type ArqueroArrowInput = Parameters<typeof aq.fromArrow>[0];

/**
 * Arquero has no argmin op; the one-line spelling is a filter against the column's min, an
 * aggregate Arquero evaluates over the whole table inside the filter. `indices()` gives the
 * surviving rows in table order, so the first is the first minimum.
 */
export function arqueroFilterMin(source: ArqueroSource): System<ColumnInput> {
  return {
    name: "arquero",
    variant: `filter(d => d.x === op.min(d.x)).indices()[0], ${source === "arrow" ? "aq.fromArrow(table)" : "aq.table({ x })"}`,
    prepare: (input) => {
      const table = source === "arrow" ? aq.fromArrow(input.table as unknown as ArqueroArrowInput) : aq.table({ x: input.values });
      return timed(() => table.filter((d: Row) => d.x === aq.op.min(d.x)).indices()[0], indexOrMissing);
    },
  };
}

/**
 * Row axis: the row's least value, then a ternary chain whose first match is the first column
 * equal to it. Arquero compiles both string expressions to one JS function per derive.
 */
export const arqueroRows: System<MatrixInput> = {
  name: "arquero",
  variant: "derive m = op.least(…), then p = d.c0 === d.m ? 0 : d.c1 === d.m ? 1 : …",
  prepare: (input) => {
    const names = input.columns.map((_, c) => `c${c}`);
    const table = aq.table(Object.fromEntries(names.map((name, c) => [name, input.columns[c]])));
    const least = `d => op.least(${names.map((n) => `d.${n}`).join(", ")})`;
    const chain = `d => ${names.map((n, c) => `d.${n} === d.m ? ${c} : `).join("")}-1`;
    return timed(
      () => table.derive({ m: least }).derive({ p: chain }).select("p"),
      (result) => positions(result.array("p") as ArrayLike<number>),
    );
  },
};
