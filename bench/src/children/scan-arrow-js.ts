/**
 * S5 child: apache-arrow's reader over a file handle (random access, one record batch read at a
 * time) and a plain loop over each batch's Float64Array.
 */
import { open } from "node:fs/promises";
import { RecordBatchReader } from "apache-arrow";
import { runChild } from "./child-report.js";

await runChild(async (path) => {
  const file = await open(path);
  try {
    const reader = await RecordBatchReader.from(file);
    let best = Infinity;
    let bestIndex = -1;
    let offset = 0;
    for await (const batch of reader) {
      for (const chunk of batch.getChildAt(0)!.data) {
        const values = chunk.values as Float64Array;
        for (let i = 0; i < values.length; i++) {
          if (values[i] < best) {
            best = values[i];
            bestIndex = offset + i;
          }
        }
        offset += chunk.length;
      }
    }
    return bestIndex;
  } finally {
    await file.close();
  }
});
