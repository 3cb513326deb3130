/**
 * Joins, row at a time: every left row is compared with every right row (nested loops). Keys are
 * equal when neither is null and they are the same value — NaN equal to NaN, -0 to 0, integers
 * of different widths compared exactly. Rows come in the order of the preserved side (the left,
 * or the right for a right join), each with its matches in the other side's order; a full join
 * ends with the right rows that matched nothing.
 */
import type { Cell } from "../cell.js";
import { promoteCell } from "./cast.js";
import type { Row } from "./evaluate.js";
import type { RefJoin, RefSchema, RefType } from "./query.js";
import { isNumericType } from "./typing.js";

/** A planned query: its schema and its row mapping (the shape of a planned step). */
interface JoinInput {
  readonly schema: RefSchema;
  run(rows: readonly Row[]): Row[];
}

/** The join kinds. */
export const REF_JOIN_HOWS = ["inner", "left", "right", "full", "semi", "anti", "cross"] as const;

/**
 * Plans a join of the rows so far (the left) with another query (the right).
 * @param left - the left's schema
 * @param join - the right query, keys, kind and suffix
 * @param rightPlan - the right query, planned
 * @returns the output schema and the row mapping
 * @throws TypeError for unknown or incompatible keys, or output names that clash
 */
export function planJoin(left: RefSchema, join: RefJoin, rightPlan: JoinInput): JoinInput {
  const right = rightPlan.schema;
  const { how, leftOn, rightOn } = join;
  if (how === "cross" ? leftOn.length + rightOn.length > 0 : leftOn.length === 0 || leftOn.length !== rightOn.length) {
    throw new TypeError(`join: bad keys for a ${how} join`);
  }
  const leftKeys = leftOn.map((n) => columnOf(left, n));
  const rightKeys = rightOn.map((n) => columnOf(right, n));
  const keyTypes = leftKeys.map((l, k) => keyType(left.types[l], right.types[rightKeys[k]]));
  const keptLeft = left.names.map((_, c) => c).filter((c) => !(how === "right" && leftKeys.includes(c)));
  const keptRight = how === "semi" || how === "anti" ? [] : right.names.map((_, c) => c).filter((c) => !((how === "inner" || how === "left") && rightKeys.includes(c)));
  const leftNames = keptLeft.map((c) => left.names[c]);
  const names = [...leftNames, ...keptRight.map((c) => (leftNames.includes(right.names[c]) ? right.names[c] + join.suffix : right.names[c]))];
  if (new Set(names).size !== names.length) throw new TypeError("join: output names clash");
  const schema = { names, types: [...keptLeft.map((c) => left.types[c]), ...keptRight.map((c) => right.types[c])] };

  const matches = (l: Row, r: Row) => keyTypes.every((type, k) => sameKey(promoteCell(l[leftKeys[k]], type), promoteCell(r[rightKeys[k]], type)));
  const output = (l: Row | null, r: Row | null): Cell[] => [...keptLeft.map((c) => (l === null ? null : l[c])), ...keptRight.map((c) => (r === null ? null : r[c]))];
  return {
    schema,
    run: (leftRows) => {
      const rightRows = rightPlan.run(join.right.source.rows);
      const out: Row[] = [];
      if (how === "right") {
        for (const r of rightRows) {
          const found = leftRows.filter((l) => matches(l, r));
          for (const l of found) out.push(output(l, r));
          if (found.length === 0) out.push(output(null, r));
        }
        return out;
      }
      const matchedRight = new Set<number>();
      for (const l of leftRows) {
        const found = rightRows.map((_, i) => i).filter((i) => how === "cross" || matches(l, rightRows[i]));
        if (how === "semi" || how === "anti") {
          if ((found.length > 0) === (how === "semi")) out.push(output(l, null));
          continue;
        }
        for (const i of found) {
          out.push(output(l, rightRows[i]));
          matchedRight.add(i);
        }
        if (found.length === 0 && (how === "left" || how === "full")) out.push(output(l, null));
      }
      if (how === "full") rightRows.forEach((r, i) => matchedRight.has(i) || out.push(output(null, r)));
      return out;
    },
  };
}

function columnOf(schema: RefSchema, name: string): number {
  const c = schema.names.indexOf(name);
  if (c < 0) throw new TypeError(`join: key column ${JSON.stringify(name)} not found`);
  return c;
}

/** The type keys compare in: the same type, or two numeric types' common one. */
function keyType(a: RefType, b: RefType): RefType {
  if (a === "null" || b === "null") throw new TypeError("join: a key has type null");
  if (a === b) return a;
  if (isNumericType(a) && isNumericType(b)) return a === "float64" || b === "float64" ? "float64" : "int64";
  throw new TypeError(`join: keys of types ${a} and ${b} cannot be compared`);
}

/** Equal join keys: never null; NaN equals NaN; -0 equals 0 (===). */
function sameKey(a: Cell, b: Cell): boolean {
  if (a === null || b === null) return false;
  if (typeof a === "number" && typeof b === "number" && Number.isNaN(a) && Number.isNaN(b)) return true;
  return a === b;
}
