import type { RecordBatch } from "apache-arrow";
import type { JoinNode } from "../../../plan/nodes.js";
import type { JoinIndex } from "../../../kernels/join/join-index.js";
import type { Operator } from "../../operator.js";
import { assemble, BuiltSide, concatBatches, keyExprs, keysOf, otherSide, outerSideOf, type Side } from "./join-sides.js";

/** Output rows gathered before a batch is emitted, so one probe batch with many matches is cut. */
const OUTPUT_ROWS = 1 << 16;

/** A join operator: the built side is filled first (through `build`), then the other streams in. */
export interface JoinOperator extends Operator {
  /** The side read to its end before the first `push`. */
  readonly build: BuiltSide;
}

/**
 * The streaming hash join: the inner side (the right, or the left of a right join) is built, and
 * the outer side streams through, each of its batches giving its output at once — every outer
 * row followed by its matches in build order, a null-filled row for an outer row without one in
 * left, right and full joins, the row alone in semi (with a match) and anti (without) joins, every
 * built row in a cross join. A full join ends with the built rows that matched nothing.
 */
export function probeJoinOperator(node: JoinNode): JoinOperator {
  const outer = outerSideOf(node);
  const inner = otherSide(outer);
  const build = new BuiltSide(node, inner);
  const keys = keyExprs(node, outer);
  const keepsUnmatched = node.how === "left" || node.how === "right" || node.how === "full";
  let matched: Uint8Array | null = null;
  let template: RecordBatch | null = null;
  let ids = new Int32Array(0);
  const writer = new PairWriter(node, outer);
  const push = (batch: RecordBatch): RecordBatch[] => {
    template ??= batch.slice(0, 0);
    const built = build.batch!;
    const index = build.index;
    if (node.how === "full") matched ??= new Uint8Array(built.numRows);
    const out = writer.start(batch, built);
    const n = batch.numRows;
    if (node.how === "cross") {
      for (let r = 0; r < n; r++) for (let b = 0; b < built.numRows; b++) out.write(r, b);
      return out.finish();
    }
    if (ids.length < n) ids = new Int32Array(n);
    index.lookup(keysOf(keys, batch), ids);
    if (node.how === "semi" || node.how === "anti") {
      const semi = node.how === "semi";
      for (let r = 0; r < n; r++) if ((index.end(ids[r]) > index.start(ids[r])) === semi) out.write(r, -1);
      return out.finish();
    }
    out.writeProbed(ids.subarray(0, n), index, keepsUnmatched);
    if (matched !== null) markMatched(matched, ids.subarray(0, n), index);
    return out.finish();
  };
  const finish = (): RecordBatch[] => {
    if (node.how !== "full") return [];
    const built = build.batch!;
    const out = writer.start(template ?? concatBatches([], node, outer), built);
    for (let b = 0; b < built.numRows; b++) if (matched === null || matched[b] === 0) out.write(-1, b);
    return out.finish();
  };
  return { build, push, finish, satisfied: false };
}

/** Marks every build row that some probe row (by its key id) matches. */
function markMatched(matched: Uint8Array, ids: Int32Array, index: JoinIndex): void {
  for (const id of ids) for (let m = index.start(id); m < index.end(id); m++) matched[index.rows[m]] = 1;
}

/**
 * Collects (outer row, inner row) pairs and cuts them into output batches; one writer serves a
 * whole join, its buffers reused from batch to batch.
 */
export class PairWriter {
  private readonly outerRows = new Int32Array(OUTPUT_ROWS);
  private readonly innerRows = new Int32Array(OUTPUT_ROWS);
  private count = 0;
  private batches: RecordBatch[] = [];
  private outerBatch: RecordBatch | null = null;
  private innerBatch: RecordBatch | null = null;

  /**
   * @param node - the join
   * @param outer - which side the outer positions point into
   */
  constructor(
    private readonly node: JoinNode,
    private readonly outer: Side,
  ) {}

  /** Starts pairing rows of these two batches. */
  start(outerBatch: RecordBatch, innerBatch: RecordBatch): this {
    this.outerBatch = outerBatch;
    this.innerBatch = innerBatch;
    return this;
  }

  /** Adds one output row; -1 on either side stands for a missing row. */
  write(outerRow: number, innerRow: number): void {
    this.outerRows[this.count] = outerRow;
    this.innerRows[this.count++] = innerRow;
    if (this.count === OUTPUT_ROWS) this.flush();
  }

  /**
   * Writes the pairs of probe rows 0, 1, …: each row with each build row of its key, in build
   * order, or alone (null-filled) when it has none and `keepsUnmatched`.
   * @param ids - each probe row's key id in `index` (-1 for a key it does not hold)
   * @param index - the build side's keys
   * @param keepsUnmatched - whether a probe row without a match is written
   */
  writeProbed(ids: Int32Array, index: JoinIndex, keepsUnmatched: boolean): void {
    if (index.single !== null) {
      this.writeSingle(ids, index.single, keepsUnmatched);
      return;
    }
    // The hot loop keeps the pair count in a local, written back around each flush.
    const { outerRows, innerRows } = this;
    const rows = index.rows;
    let count = this.count;
    for (let r = 0; r < ids.length; r++) {
      const start = index.start(ids[r]);
      const end = index.end(ids[r]);
      if (start === end && !keepsUnmatched) continue;
      for (let m = start; m < Math.max(end, start + 1); m++) {
        if (count === OUTPUT_ROWS) {
          this.count = count;
          this.flush();
          count = 0;
        }
        outerRows[count] = r;
        innerRows[count++] = m < end ? rows[m] : -1;
      }
    }
    this.count = count;
  }

  /**
   * {@link PairWriter.writeProbed} when each key has at most one build row, `single[id]` (-1 for
   * none): one pair per probe row at most.
   */
  private writeSingle(ids: Int32Array, single: Int32Array, keepsUnmatched: boolean): void {
    const { outerRows, innerRows } = this;
    let count = this.count;
    for (let r = 0; r < ids.length; r++) {
      const id = ids[r];
      const inner = id < 0 ? -1 : single[id];
      if (inner < 0 && !keepsUnmatched) continue;
      outerRows[count] = r;
      innerRows[count++] = inner;
      if (count === OUTPUT_ROWS) {
        this.count = count;
        this.flush();
        count = 0;
      }
    }
    this.count = count;
  }

  /** The output batches of every pair written since `start`. */
  finish(): RecordBatch[] {
    this.flush();
    const out = this.batches;
    this.batches = [];
    return out;
  }

  private flush(): void {
    if (this.count === 0) return;
    // take() copies what it gathers, so the position buffers can be reused at once.
    const outerRows = this.outerRows.subarray(0, this.count);
    const innerRows = this.innerRows.subarray(0, this.count);
    const [left, leftRows, right, rightRows] =
      this.outer === "left"
        ? [this.outerBatch!, outerRows, this.innerBatch!, innerRows]
        : [this.innerBatch!, innerRows, this.outerBatch!, outerRows];
    this.batches.push(assemble(this.node, { left, leftRows, right, rightRows }));
    this.count = 0;
  }
}
