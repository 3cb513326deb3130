import { fromColumns } from "@quiver/core";

/**
 * Writes an Arrow IPC file of `rows` rows — a Float64 and an Int32 column of scattered values —
 * in batches of a million rows, large enough that reading it takes a while.
 * @param path - where to write
 * @param rows - how many rows
 */
export async function writeBigFile(path: string, rows: number): Promise<void> {
  const value = new Float64Array(rows);
  const group = new Int32Array(rows);
  for (let i = 0; i < rows; i++) {
    value[i] = ((i * 7919) % 1_000_003) / 7;
    group[i] = i % 1000;
  }
  await fromColumns({ value, group }).lazy().sinkIpc(path);
}
