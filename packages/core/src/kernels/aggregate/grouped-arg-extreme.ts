import type { Data, DataType } from "apache-arrow";
import { ALL_NAN_SLICE, ValueError } from "../../errors.js";
import { type ArgKernel, argKernelFor } from "../arg-kernel.js";
import { compareScalars, isNaNScalar, type Scalar } from "../scalar.js";
import { isNumberStorage } from "../storage.js";
import { isValidAt, validityOf } from "../validity.js";
import type { ArgExtremeOptions } from "./arg-extreme.js";

/**
 * Arg-reduction per group, batch after batch: for each group the position of its extreme
 * **within the group** (counting every row of the group, nulls included, in row order), as if
 * argmin ran on the group's own rows. Ties keep the earlier row; NaN propagates unless skipped.
 * Also keeps each winner's global row, for minBy/maxBy.
 */
export class GroupedArgExtreme {
  private readonly kernel: ArgKernel;
  private readonly sign: number;
  private readonly skipNaN: boolean;
  private rows = 0;
  private groups = 0;
  /** Rows of each group seen so far: the next row's position within its group. */
  private counts = new Float64Array(0);
  private bestPosition = new Float64Array(0);
  private bestRow = new Float64Array(0);
  private bestNumber = new Float64Array(0);
  private bestScalar: Scalar[] = [];
  private isNaN = new Uint8Array(0);
  private sawNaN = new Uint8Array(0);

  /**
   * @param type - the Arrow type of the reduced column
   * @param options - argmax and/or NaN skipping
   */
  constructor(
    type: DataType,
    private readonly options: ArgExtremeOptions = {},
  ) {
    this.kernel = argKernelFor(type);
    this.sign = options.max ? -1 : 1;
    this.skipNaN = options.skipNaN ?? false;
  }

  /**
   * Folds in one batch.
   * @param groupIds - the dense group id of each row of the batch
   * @param data - the reduced column's chunk for the batch
   * @param groupCount - how many groups exist after this batch
   */
  update(groupIds: Int32Array, data: Data, groupCount: number): void {
    this.grow(groupCount);
    this.groups = Math.max(this.groups, groupCount);
    if (isNumberStorage(data)) this.updateNumbers(groupIds, data);
    else this.updateScalars(groupIds, data);
    this.rows += data.length;
  }

  /**
   * Each group's winning position within the group; null for a group without values.
   * @throws ValueError "All-NaN slice encountered" when NaN is skipped and a group holds only NaN
   */
  finish(): (number | null)[] {
    return Array.from(this.bestPosition.subarray(0, this.groups), (position, g) => {
      if (position >= 0) return position;
      if (this.skipNaN && this.sawNaN[g]) throw new ValueError(ALL_NAN_SLICE);
      return null;
    });
  }

  /** Each group's winning row counted over all rows folded in (null without a winner). */
  winnerRows(): (number | null)[] {
    return Array.from(this.bestRow.subarray(0, this.groups), (row, g) => (this.bestPosition[g] >= 0 ? row : null));
  }

  private updateNumbers(groupIds: Int32Array, data: Data): void {
    const values = data.values as ArrayLike<number>;
    const bitmap = validityOf(data);
    const offset = data.offset;
    const { counts, bestPosition, bestRow, bestNumber, isNaN, sign } = this;
    const rows = this.rows;
    for (let r = 0; r < data.length; r++) {
      const g = groupIds[r];
      const position = counts[g]++;
      if (bitmap !== null && ((bitmap[(offset + r) >> 3] >> ((offset + r) & 7)) & 1) === 0) continue;
      const x = sign * values[r];
      if (x < bestNumber[g] || bestPosition[g] < 0) {
        if (isNaN[g] || x !== x) {
          if (x !== x) this.recordNaN(g, position, rows + r);
          continue;
        }
        bestNumber[g] = x;
        bestPosition[g] = position;
        bestRow[g] = rows + r;
      } else if (x !== x) {
        this.recordNaN(g, position, rows + r);
      }
    }
  }

  /** A NaN met in group g: remembered when skipped, the winner when it is the group's first. */
  private recordNaN(g: number, position: number, row: number): void {
    if (this.skipNaN) this.sawNaN[g] = 1;
    else if (!this.isNaN[g]) (this.isNaN[g] = 1), (this.bestPosition[g] = position), (this.bestRow[g] = row);
  }

  private updateScalars(groupIds: Int32Array, data: Data): void {
    const bitmap = validityOf(data);
    const { counts, bestPosition, bestRow, bestScalar, isNaN, sawNaN, sign, skipNaN, kernel } = this;
    for (let r = 0; r < data.length; r++) {
      const g = groupIds[r];
      const position = counts[g]++;
      if (isNaN[g] || !isValidAt(bitmap, data.offset, r)) continue;
      const x = kernel.read(data, r);
      if (isNaNScalar(x)) {
        if (skipNaN) sawNaN[g] = 1;
        else (isNaN[g] = 1), (bestPosition[g] = position), (bestRow[g] = this.rows + r);
      } else if (bestPosition[g] < 0 || sign * compareScalars(x, bestScalar[g]) < 0) {
        bestScalar[g] = x;
        bestPosition[g] = position;
        bestRow[g] = this.rows + r;
      }
    }
  }

  private grow(groupCount: number): void {
    const old = this.counts.length;
    if (groupCount <= old) return;
    const size = Math.max(groupCount, old * 2);
    const extend = <T extends Float64Array | Uint8Array>(a: T, fill: number): T => {
      const b = new (a.constructor as new (n: number) => T)(size);
      b.fill(fill);
      b.set(a);
      return b;
    };
    this.counts = extend(this.counts, 0);
    this.bestPosition = extend(this.bestPosition, -1);
    this.bestRow = extend(this.bestRow, -1);
    this.bestNumber = extend(this.bestNumber, 0);
    this.isNaN = extend(this.isNaN, 0);
    this.sawNaN = extend(this.sawNaN, 0);
  }
}
