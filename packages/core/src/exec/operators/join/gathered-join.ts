import type { RecordBatch } from "apache-arrow";
import { grown } from "../../../kernels/grown.js";
import type { JoinNode } from "../../../plan/nodes.js";
import { takeRows } from "../../batch.js";
import { BuiltSide, concatBatches, keyExprs, keysOf, otherSide, outerSideOf } from "./join-sides.js";
import { type JoinOperator, PairWriter } from "./probe-join.js";

/**
 * The hash join that builds the outer side (the one leading the output order) because it is the
 * smaller, and streams the inner side. Output must still follow the outer side's order, so it
 * comes at the end: the streamed rows that matched (or, in a full join, matched nothing) are kept,
 * the (outer, inner) pairs are bucketed by outer row — a counting sort, stable, so each outer row's
 * matches stay in inner order — and then written outer row by outer row. Semi and anti joins keep
 * no inner row: they only mark the outer rows that matched.
 */
export function gatheredJoinOperator(node: JoinNode): JoinOperator {
  const outer = outerSideOf(node);
  const inner = otherSide(outer);
  const build = new BuiltSide(node, outer);
  const keys = keyExprs(node, inner);
  const marksOnly = node.how === "semi" || node.how === "anti";
  const kept: RecordBatch[] = [];
  let keptRows = 0;
  let pairOuter = new Int32Array(1024);
  let pairInner = new Int32Array(1024);
  let pairs = 0;
  let unmatchedInner = new Int32Array(0);
  let unmatchedCount = 0;
  let matchedOuter: Uint8Array | null = null;
  let ids = new Int32Array(0);
  let template: RecordBatch | null = null;
  const push = (batch: RecordBatch): RecordBatch[] => {
    template ??= batch.slice(0, 0);
    const index = build.index;
    matchedOuter ??= new Uint8Array(build.batch!.numRows);
    const n = batch.numRows;
    if (ids.length < n) ids = new Int32Array(n);
    index.lookup(keysOf(keys, batch), ids);
    const keep = new Int32Array(n);
    let keepCount = 0;
    for (let r = 0; r < n; r++) {
      const start = index.start(ids[r]);
      const end = index.end(ids[r]);
      if (marksOnly) {
        for (let m = start; m < end; m++) matchedOuter[index.rows[m]] = 1;
        continue;
      }
      if (end === start) {
        if (node.how !== "full") continue;
        unmatchedInner = grown(unmatchedInner, unmatchedCount + 1);
        unmatchedInner[unmatchedCount++] = keptRows + keepCount;
      }
      pairOuter = grown(pairOuter, pairs + end - start);
      pairInner = grown(pairInner, pairs + end - start);
      for (let m = start; m < end; m++) {
        pairOuter[pairs] = index.rows[m];
        pairInner[pairs++] = keptRows + keepCount;
      }
      keep[keepCount++] = r;
    }
    if (keepCount > 0) {
      kept.push(keepCount === n ? batch : takeRows(batch, keep.subarray(0, keepCount)));
      keptRows += keepCount;
    }
    return [];
  };
  const finish = (): RecordBatch[] => {
    const built = build.batch!;
    const innerBatch = kept.length > 0 ? concatBatches(kept, node, inner) : (template ?? concatBatches([], node, inner));
    const out = new PairWriter(node, outer).start(built, innerBatch);
    const outerRows = built.numRows;
    if (marksOnly) {
      for (let o = 0; o < outerRows; o++) if ((matchedOuter?.[o] === 1) === (node.how === "semi")) out.write(o, -1);
      return out.finish();
    }
    const starts = new Int32Array(outerRows + 1);
    for (let p = 0; p < pairs; p++) starts[pairOuter[p] + 1]++;
    for (let o = 0; o < outerRows; o++) starts[o + 1] += starts[o];
    const next = starts.slice(0, outerRows);
    const sorted = new Int32Array(pairs);
    for (let p = 0; p < pairs; p++) sorted[next[pairOuter[p]]++] = pairInner[p];
    const keepsUnmatched = node.how !== "inner";
    for (let o = 0; o < outerRows; o++) {
      for (let p = starts[o]; p < starts[o + 1]; p++) out.write(o, sorted[p]);
      if (starts[o] === starts[o + 1] && keepsUnmatched) out.write(o, -1);
    }
    for (let u = 0; u < unmatchedCount; u++) out.write(-1, unmatchedInner[u]);
    return out.finish();
  };
  return { build, push, finish, satisfied: false };
}
