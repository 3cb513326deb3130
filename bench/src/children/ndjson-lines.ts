/**
 * S8 NDJSON child, the plain baseline: the file streamed line by line through JSON.parse, the
 * first smallest "delay" kept as it goes — what a script without a dataframe library does.
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { runChild } from "./child-report.js";

await runChild(async (path) => {
  let best = -1;
  let min = Number.POSITIVE_INFINITY;
  let row = 0;
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY })) {
    if (line.length === 0) continue;
    const delay = (JSON.parse(line) as { delay: number | null }).delay;
    if (delay !== null && delay < min) {
      min = delay;
      best = row;
    }
    row++;
  }
  return best;
});
