/**
 * Scaling check of scanIpc over a stream delivered in 1-byte chunks: the time per byte must stay
 * flat as the input grows (linear time). Prints the median of repeated runs for each size and the
 * ratio of time per byte against the smallest size.
 *
 *   pnpm --filter @quiver/bench exec tsx --conditions=quiver-source src/micro/tiny-chunks.ts [--quick]
 */
import { Readable } from "node:stream";
import { openIpcSource } from "@quiver/core";
import { Float64, makeVector, Table, tableToIPC } from "apache-arrow";

const quick = process.argv.includes("--quick");
const sizes = quick ? [16 << 10, 64 << 10, 256 << 10] : [64 << 10, 256 << 10, 1 << 20];
const runs = quick ? 3 : 5;

/** An IPC stream of about `bytes` bytes: one Float64 column in batches of 1,024 rows. */
function streamOf(bytes: number): Uint8Array {
  const rows = Math.max(1024, Math.floor(bytes / 8));
  const values = Float64Array.from({ length: rows }, (_, i) => (i * 7919) % 1000);
  const table = new Table({ x: makeVector({ type: new Float64(), data: values }) });
  return tableToIPC(table, "stream");
}

function* oneByteChunks(bytes: Uint8Array): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i++) yield bytes.subarray(i, i + 1);
}

async function scanOnce(bytes: Uint8Array): Promise<number> {
  const start = performance.now();
  const source = await openIpcSource(Readable.from(oneByteChunks(bytes), { objectMode: true }));
  let rows = 0;
  for await (const batch of source.batches()) rows += batch.numRows;
  if (rows === 0) throw new Error("no rows");
  return performance.now() - start;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

let base: number | undefined;
for (const size of sizes) {
  const bytes = streamOf(size);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await scanOnce(bytes));
  const ms = median(times);
  const perByte = ms / bytes.length;
  base ??= perByte;
  console.log(`${(bytes.length / 1024).toFixed(0).padStart(6)} KiB in 1-byte chunks: ${ms.toFixed(0).padStart(6)} ms median of ${runs}, ${(perByte * 1e6).toFixed(0)} ns/byte, ${(perByte / base).toFixed(2)}× the smallest size's time per byte`);
}
