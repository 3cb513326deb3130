import type { RecordBatch } from "apache-arrow";
import { requireFileSystem } from "#platform";
import { type CellWriter, cellWriter, type TextSpelling } from "../text/format-values.js";
import { sinkTextFile } from "../text/sink-text.js";

/**
 * The NDJSON spelling: strings as JSON strings; NaN and ±Infinity as the bare words `NaN`,
 * `Infinity`, `-Infinity` (JSON has none; Python's json module and the reader here take these).
 */
const JSON_SPELLING: TextSpelling = { string: (value) => JSON.stringify(value), nan: "NaN", infinity: "Infinity", negativeInfinity: "-Infinity" };

/**
 * Writes record batches as NDJSON — one JSON object per row and line, null values as `null` —
 * atomically.
 * @param batches - the rows
 * @param path - the file to create or replace
 */
export async function sinkNdjsonFile(batches: AsyncIterable<RecordBatch>, path: string): Promise<void> {
  requireFileSystem("sinkNdjson");
  await sinkTextFile(batches, path, "", (batch) => {
    const keys = batch.schema.fields.map((f) => `${JSON.stringify(f.name)}:`);
    const writers: CellWriter[] = batch.data.children.map((data) => cellWriter(data, JSON_SPELLING));
    let text = "";
    for (let row = 0; row < batch.numRows; row++) {
      text += "{";
      for (let c = 0; c < writers.length; c++) text += `${c > 0 ? "," : ""}${keys[c]}${writers[c](row) ?? "null"}`;
      text += "}\n";
    }
    return text;
  });
}
