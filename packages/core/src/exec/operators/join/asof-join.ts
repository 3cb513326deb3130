import type { Data, RecordBatch } from "apache-arrow";
import { col, type Expr, sameType } from "../../../expr/index.js";
import { asofMatch, type KeyValues } from "../../../kernels/join/asof-search.js";
import { isValidAt, validityOf } from "../../../kernels/validity.js";
import type { AsofSpec, JoinNode, PlanNode } from "../../../plan/nodes.js";
import { evaluateScalar } from "../../eval/index.js";
import { BuiltSide, keyExprs, keysOf } from "./join-sides.js";
import { type JoinOperator, PairWriter } from "./probe-join.js";

/**
 * The as-of join: the right side is built, its rows grouped by the `by` keys and checked to
 * ascend by the as-of key within each group; each left row then takes the row its strategy picks
 * in its group (see asof-search.ts), or nulls. The left streams in any order, one output row per
 * left row, in the left's order.
 */
export function asofJoinOperator(node: JoinNode, spec: AsofSpec): JoinOperator {
  const build = new BuiltSide(node, "right");
  const by = keyExprs(node, "left");
  const leftKey = keyExpr(node.left, spec.leftOn, spec);
  const writer = new PairWriter(node, "left");
  let candidates: Candidates | null = null;
  let ids = new Int32Array(0);
  const push = (batch: RecordBatch): RecordBatch[] => {
    const built = build.batch!;
    candidates ??= candidatesOf(build, by.length > 0, evaluateScalar(keyExpr(node.right, spec.rightOn, spec), built), spec.rightOn);
    const keys = evaluateScalar(leftKey, batch);
    const values = keys.values as KeyValues;
    const bitmap = validityOf(keys);
    const n = batch.numRows;
    if (ids.length < n) ids = new Int32Array(n);
    if (by.length > 0) build.index.lookup(keysOf(by, batch), ids);
    else ids.fill(0, 0, n);
    const out = writer.start(batch, built);
    for (let r = 0; r < n; r++) {
      const key = values[r];
      const group = ids[r];
      const rows = group < 0 || !isValidAt(bitmap, keys.offset, r) || key !== key ? undefined : candidates.rows[group];
      out.write(r, rows === undefined ? -1 : asofMatch(candidates.keys, rows, key, spec.strategy, toleranceOf(spec, key)));
    }
    return out.finish();
  };
  return { build, push, finish: () => [], satisfied: false };
}

/** The build rows of each group that can match (a key neither null nor NaN), in build order. */
interface Candidates {
  readonly keys: KeyValues;
  readonly rows: Int32Array[];
}

/**
 * Groups the built rows and checks that their keys ascend within each group.
 * @param build - the built right side
 * @param grouped - whether the join has `by` columns (else every row is in one group)
 * @param keys - the as-of keys of the built rows
 * @param name - the right key's name, for the error
 * @throws RangeError naming the key column and the first row out of order
 */
function candidatesOf(build: BuiltSide, grouped: boolean, keys: Data, name: string): Candidates {
  const values = keys.values as KeyValues;
  const bitmap = validityOf(keys);
  const usable = (row: number) => isValidAt(bitmap, keys.offset, row) && values[row] === values[row];
  const groups: Int32Array[] = [];
  const index = build.index;
  const byGroup = grouped
    ? Array.from({ length: index.keyCount }, (_, id) => index.rows.subarray(index.start(id), index.end(id)))
    : [Int32Array.from({ length: keys.length }, (_, r) => r)];
  for (const rows of byGroup) {
    const kept = Int32Array.from([...rows].filter(usable));
    for (let i = 1; i < kept.length; i++) {
      if (values[kept[i]] < values[kept[i - 1]]) {
        throw new RangeError(
          `joinAsof: the right side must be sorted by "${name}" (within each "by" group), but row ${kept[i]} holds ${String(values[kept[i]])} ` +
            `after ${String(values[kept[i - 1]])}: sort it by "${name}" first`,
        );
      }
    }
    groups.push(kept);
  }
  return { keys: values, rows: groups };
}

/** The as-of key of one side, cast to the type both sides compare in. */
function keyExpr(input: PlanNode, name: string, spec: AsofSpec): Expr {
  const type = input.schema.fields.find((f) => f.name === name)!.type;
  return sameType(type, spec.keyType) ? col(name) : col(name).cast(spec.keyType);
}

/** The tolerance in the key's own representation (a bigint for 64-bit keys). */
function toleranceOf(spec: AsofSpec, key: number | bigint): number | bigint | null {
  if (spec.tolerance === null) return null;
  return typeof key === "bigint" ? BigInt(spec.tolerance) : spec.tolerance;
}
