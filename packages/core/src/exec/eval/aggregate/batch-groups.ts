/**
 * The groups present in one batch, numbered densely in order of first appearance, so that
 * per-batch work (a kernel's per-group arrays, per-group captures) is sized by the batch rather
 * than by every group seen so far.
 */
import { grown } from "./reduction.js";

/** A batch's rows in terms of the batch's own groups. */
export interface BatchGroups {
  /** How many groups the batch holds. */
  readonly count: number;
  /** The batch-local group of each row. */
  readonly localIds: Int32Array;
  /** The global group of each local group. */
  readonly globalIds: Int32Array;
  /** Each row's position among its group's rows of this batch. */
  readonly positions: Int32Array;
  /** The number of rows of each local group. */
  readonly sizes: Int32Array;
}

/**
 * Renumbers group ids batch by batch. Its arrays are reused from batch to batch, so a split is
 * valid until the next one.
 */
export class BatchGrouper {
  private localOf = new Int32Array(0);
  private buffers = new Int32Array(0);

  /**
   * The batch's groups.
   * @param groupIds - the global group of each row
   * @param groupCount - every id is below it
   */
  split(groupIds: Int32Array, groupCount: number): BatchGroups {
    this.localOf = grown(this.localOf, groupCount, -1);
    const localOf = this.localOf;
    const rows = groupIds.length;
    const room = Math.min(rows, groupCount);
    if (this.buffers.length < 2 * rows + 2 * room) this.buffers = new Int32Array(2 * (2 * rows + 2 * room));
    const localIds = this.buffers.subarray(0, rows);
    const positions = this.buffers.subarray(rows, 2 * rows);
    const globalIds = this.buffers.subarray(2 * rows, 2 * rows + room);
    const sizes = this.buffers.subarray(2 * rows + room, 2 * rows + 2 * room).fill(0);
    let count = 0;
    for (let r = 0; r < rows; r++) {
      const g = groupIds[r];
      let l = localOf[g];
      if (l < 0) {
        l = count++;
        localOf[g] = l;
        globalIds[l] = g;
      }
      localIds[r] = l;
      positions[r] = sizes[l]++;
    }
    for (let l = 0; l < count; l++) localOf[globalIds[l]] = -1;
    return { count, localIds, globalIds, positions, sizes };
  }
}
