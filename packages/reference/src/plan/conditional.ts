/**
 * The conditionals on cells, one row at a time: `when` (the first branch whose predicate is true,
 * null counting as false), `isIn` (equality as sameKey: NaN matches NaN, -0 matches 0; a null
 * value gives null; nulls in the list match nothing) and `fillNan` (NaN replaced; nulls stay).
 */
import { type Cell, compareCells, isNaNCell } from "../cell.js";
import { promoteCell } from "./cast.js";
import type { RefFunction, RefType } from "./query.js";
import { isNumericType } from "./ref-types.js";
import type { TypedCell } from "./scalar.js";

/** The conditional functions. */
export type RefConditional = "when" | "isIn" | "fillNan";

/**
 * Whether a function is a conditional.
 * @param fn - any function
 * @returns true for when, isIn, fillNan
 */
export function isConditional(fn: RefFunction): fn is RefConditional {
  return fn === "when" || fn === "isIn" || fn === "fillNan";
}

/**
 * Applies a conditional to one row's arguments.
 * @param fn - the conditional
 * @param args - the arguments' values and types
 * @param type - the output type
 * @returns the cell
 */
export function applyConditional(fn: RefConditional, args: readonly TypedCell[], type: RefType): Cell {
  const out = (c: Cell) => (isNumericType(type) && c !== null ? promoteCell(c, type) : c);
  switch (fn) {
    case "when": {
      const last = args.length - 1;
      for (let i = 0; i < last; i += 2) if (args[i].value === true) return out(args[i + 1].value);
      return out(args[last].value);
    }
    case "isIn": {
      const x = args[0].value;
      if (x === null) return null;
      return args.slice(1).some(({ value: v }) => v !== null && (isNaNCell(x) || isNaNCell(v) ? isNaNCell(x) && isNaNCell(v) : compareCells(x, v) === 0));
    }
    case "fillNan": {
      const [x, fill] = args.map((a) => a.value);
      return out(isNaNCell(x) ? fill : x);
    }
  }
}
