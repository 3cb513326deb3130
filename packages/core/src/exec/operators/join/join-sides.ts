import { type Data, type Field, type RecordBatch, type Schema } from "apache-arrow";
import { col, type Expr, sameType } from "../../../expr/index.js";
import { concatData } from "../../../kernels/concat.js";
import { JoinIndex } from "../../../kernels/join/join-index.js";
import { isRun, takeOrSlice } from "../../../kernels/take.js";
import type { JoinNode } from "../../../plan/nodes.js";
import { columnsOf, makeBatch } from "../../batch.js";
import { evaluateScalar } from "../../eval/index.js";

/** A join input: left or right. */
export type Side = "left" | "right";

/** The side whose rows lead the output order: the right for a right join, else the left. */
export function outerSideOf(node: JoinNode): Side {
  return node.how === "right" ? "right" : "left";
}

/** The other side. */
export function otherSide(side: Side): Side {
  return side === "left" ? "right" : "left";
}

/** The key expressions of one side, cast to the types both sides compare in. */
export function keyExprs(node: JoinNode, side: Side): Expr[] {
  const input = side === "left" ? node.left : node.right;
  const names = side === "left" ? node.leftOn : node.rightOn;
  return names.map((name, k) => {
    const type = input.schema.fields.find((f) => f.name === name)!.type;
    return sameType(type, node.keyTypes[k]) ? col(name) : col(name).cast(node.keyTypes[k]);
  });
}

/** The key columns of a batch. */
export function keysOf(keys: readonly Expr[], batch: RecordBatch): Data[] {
  return keys.map((k) => evaluateScalar(k, batch));
}

/**
 * One side read to its end before the other streams: its rows as one batch, and (unless the join
 * is a cross join) its keys in a {@link JoinIndex}.
 */
export class BuiltSide {
  readonly index: JoinIndex;
  private readonly keys: Expr[];
  private batches: RecordBatch[] = [];
  /** The side's rows, once `end` was called. */
  batch: RecordBatch | null = null;

  /**
   * @param node - the join
   * @param side - which of its inputs this is
   */
  constructor(
    private readonly node: JoinNode,
    readonly side: Side,
  ) {
    this.keys = keyExprs(node, side);
    this.index = new JoinIndex(node.keyTypes);
  }

  /** Takes the next batch of the side. */
  add(batch: RecordBatch): void {
    if (batch.numRows === 0) return;
    this.batches.push(batch);
    if (this.keys.length > 0) this.index.add(keysOf(this.keys, batch));
  }

  /** The side has ended: its rows are joined into one batch and its keys grouped. */
  end(): void {
    this.batch = concatBatches(this.batches, this.node, this.side);
    this.batches = [];
    if (this.keys.length > 0) this.index.seal();
  }
}

/**
 * The batches of one side as one batch; with none, an empty batch of the side's full schema
 * (its columns then only serve as null-filled output).
 */
export function concatBatches(batches: readonly RecordBatch[], node: JoinNode, side: Side): RecordBatch {
  if (batches.length === 1) return batches[0];
  const schema: Schema = batches[0]?.schema ?? (side === "left" ? node.left.schema : node.right.schema);
  const length = batches.reduce((n, b) => n + b.numRows, 0);
  const columns = schema.fields.map((f, c) => concatData(f.type, batches.map((b) => columnsOf(b)[c])));
  return makeBatch(schema.fields, columns, length);
}

/** Rows of both sides to put side by side: a negative row is a missing (null-filled) row. */
export interface RowPairs {
  readonly left: RecordBatch;
  readonly leftRows: Int32Array;
  readonly right: RecordBatch;
  readonly rightRows: Int32Array;
}

/**
 * The output batch of paired rows, in the join's column order. A column missing from its side's
 * batch (nothing above reads it: projection pushdown) is left out.
 */
export function assemble(node: JoinNode, pairs: RowPairs): RecordBatch {
  const fields: Field[] = [];
  const columns: Data[] = [];
  const length = pairs.leftRows.length;
  // Rows taken in one ascending run (every outer row matching once) are sliced, not copied.
  const leftRun = isRun(pairs.leftRows);
  const rightRun = isRun(pairs.rightRows);
  node.outputs.forEach((output, i) => {
    const batch = output.side === "left" ? pairs.left : pairs.right;
    const c = batch.schema.fields.findIndex((f) => f.name === output.name);
    if (c < 0) return;
    fields.push(node.schema.fields[i]);
    const [rows, run] = output.side === "left" ? [pairs.leftRows, leftRun] : [pairs.rightRows, rightRun];
    columns.push(takeOrSlice(columnsOf(batch)[c], rows, run));
  });
  return makeBatch(fields, columns, length);
}
