import { fromArrow } from "@quiver/core";
import { Table, tableFromArrays } from "apache-arrow";

const BATCH = 1_000_000;

/**
 * Writes an Arrow IPC file of `rows` rows — a Float64 and an Int32 column of scattered values —
 * in batches of a million rows, large enough that reading it takes a while.
 * @param path - where to write
 * @param rows - how many rows
 */
export async function writeBigFile(path: string, rows: number): Promise<void> {
  const batches = [];
  for (let start = 0; start < rows; start += BATCH) {
    const length = Math.min(BATCH, rows - start);
    const value = Float64Array.from({ length }, (_, i) => (((start + i) * 7919) % 1_000_003) / 7);
    const group = Int32Array.from({ length }, (_, i) => (start + i) % 1000);
    batches.push(...tableFromArrays({ value, group }).batches);
  }
  await fromArrow(new Table(batches)).lazy().sinkIpc(path);
}
