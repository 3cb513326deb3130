import { type Data, type DataType, makeData } from "apache-arrow";
import { take } from "../../kernels/take.js";

/**
 * RunEndEncoded and ListView columns turned into the layouts apache-arrow has: the runs expanded
 * into one value per row, the views gathered into a List's contiguous child. Each function checks
 * what it reads and returns a description of the first inconsistency instead of a column.
 */

/**
 * Expands a run-end encoded column: row i takes the value of the first run whose end exceeds i.
 * @param runEnds - the run ends (Int16, Int32 or Int64), positive, strictly increasing, no nulls
 * @param values - one value per run
 * @param length - the column's rows; the last run must reach it
 * @returns the column, or the problem found
 * @throws UnexpandableError for values the gather kernel cannot copy
 */
export function expandRuns(runEnds: Data, values: Data, length: number): Data | string {
  if (runEnds.nullCount > 0) return `has ${runEnds.nullCount} null run ends`;
  if (values.length < runEnds.length) return `has ${runEnds.length} runs but ${values.length} values`;
  const ends = runEnds.values as ArrayLike<number | bigint>;
  const rows = new Int32Array(length);
  let previous = 0;
  let row = 0;
  for (let run = 0; run < runEnds.length && row < length; run++) {
    const end = Number(ends[runEnds.offset + run]);
    if (!(end > previous)) return `run end ${run} (${end}) does not exceed the one before (${previous})`;
    for (const stop = Math.min(end, length); row < stop; row++) rows[row] = run;
    previous = end;
  }
  if (row < length) return `its runs end at row ${previous}, before its ${length} rows`;
  return takeOrProblem(values, rows);
}

/**
 * Gathers a list-view column into a list column: each valid row's view (offset, size) of the
 * child becomes a contiguous run of the new child, in row order.
 * @param type - the List or LargeList type to build
 * @param length - the rows
 * @param validity - the validity bitmap, or null when there are no nulls
 * @param nullCount - the null count
 * @param offsets - each row's start in the child
 * @param sizes - each row's length
 * @param child - the child values
 * @returns the column, or the problem found
 * @throws UnexpandableError for child values the gather kernel cannot copy
 */
export function gatherViews(
  type: DataType,
  length: number,
  validity: Uint8Array | null,
  nullCount: number,
  offsets: ArrayLike<number | bigint>,
  sizes: ArrayLike<number | bigint>,
  child: Data,
): Data | string {
  const wide = offsets instanceof BigInt64Array;
  const valueOffsets = wide ? new BigInt64Array(length + 1) : new Int32Array(length + 1);
  let total = 0;
  for (let i = 0; i < length; i++) {
    if (validity === null || (validity[i >> 3] & (1 << (i & 7))) !== 0) {
      const offset = Number(offsets[i]);
      const size = Number(sizes[i]);
      if (!(offset >= 0 && size >= 0 && offset + size <= child.length)) return `row ${i} views ${size} values at ${offset} of a child of ${child.length}`;
      total += size;
    }
    // Overlapping views could multiply the child; beyond a few copies of it this is not data.
    if (total > 4 * child.length + length) return `its views repeat the child's ${child.length} values more than 4 times`;
    valueOffsets[i + 1] = wide ? BigInt(total) : total;
  }
  const rows = new Int32Array(total);
  for (let i = 0, at = 0; i < length; i++) {
    const size = Number(valueOffsets[i + 1]) - Number(valueOffsets[i]);
    for (let k = 0, from = Number(offsets[i]); k < size; k++) rows[at++] = from + k;
  }
  return makeData({ type, length, nullCount, nullBitmap: validity, valueOffsets, child: takeOrProblem(child, rows) } as never);
}

/** Values of a type the gather kernel does not handle yet (nested values): valid, but not read. */
export class UnexpandableError extends Error {}

function takeOrProblem(data: Data, rows: Int32Array): Data {
  try {
    return take(data, rows);
  } catch (error) {
    if (error instanceof TypeError) throw new UnexpandableError(`holds ${String(data.type)} values, which cannot be expanded yet`);
    throw error;
  }
}
