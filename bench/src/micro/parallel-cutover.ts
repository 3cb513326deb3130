/**
 * Where worker threads start to pay: three in-memory queries (argmin, sum, and a filtered
 * group-by argmin) over Float64 columns of growing length, run with threads 1 and 2, the parallel
 * path forced on at every size. Prints the median of repeated runs and the 2-thread / 1-thread
 * ratio; the cut-over (`PARALLEL_MIN_ROWS` in core's exec/parallel/tuning.ts) is the size from
 * which the ratio stays below 1.
 *
 *   pnpm --filter @quiver/bench exec tsx --conditions=quiver-source src/micro/parallel-cutover.ts [--quick]
 */
import { col, fromArrow, type LazyFrame } from "@quiver/core";
import { setParallelTuning } from "@quiver/core/testing";
import { tableFromArrays } from "apache-arrow";

const quick = process.argv.includes("--quick");
const sizes = quick ? [10_000, 50_000, 200_000, 1_000_000] : [10_000, 30_000, 100_000, 300_000, 1_000_000, 3_000_000];
const runs = quick ? 5 : 9;

function frameOf(rows: number): LazyFrame {
  const x = new Float64Array(rows);
  const g = new Int32Array(rows);
  for (let i = 0; i < rows; i++) {
    x[i] = Math.sin(i * 0.61);
    g[i] = (i * 7919) % 1000;
  }
  return fromArrow(tableFromArrays({ x, g })).lazy();
}

const QUERIES: Record<string, (lf: LazyFrame) => LazyFrame> = {
  argmin: (lf) => lf.select(col("x").argmin()),
  sum: (lf) => lf.select(col("x").sum()),
  "filter+groupBy": (lf) => lf.filter(col("x").gt(0)).groupBy("g").agg(col("x").argmin()),
};

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timeOf(query: LazyFrame, threads: number): Promise<number> {
  await query.collect({ threads });
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    await query.collect({ threads });
    times.push(performance.now() - start);
  }
  return median(times);
}

setParallelTuning({ minRows: 0 });
console.log("rows       query            1 thread ms  2 threads ms  ratio");
for (const rows of sizes) {
  const lf = frameOf(rows);
  for (const [name, make] of Object.entries(QUERIES)) {
    const one = await timeOf(make(lf), 1);
    const two = await timeOf(make(lf), 2);
    console.log(`${String(rows).padEnd(10)} ${name.padEnd(16)} ${one.toFixed(2).padStart(11)} ${two.toFixed(2).padStart(13)} ${(two / one).toFixed(2).padStart(6)}`);
  }
}
