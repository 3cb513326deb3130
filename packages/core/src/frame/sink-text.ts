import { sinkCsvFile, type SinkCsvOptions } from "../io/csv/sink-csv.js";
import { sinkNdjsonFile } from "../io/ndjson/sink-ndjson.js";
import type { PlanNode } from "../plan/nodes.js";
import { type RunOptions, streamPlan } from "./lazy-run.js";

/** Runs a plan and writes its batches to a CSV file, atomically (see sinkCsvFile). */
export async function sinkCsvPlan(plan: PlanNode, path: string, options: RunOptions & SinkCsvOptions = {}): Promise<void> {
  await sinkCsvFile(streamPlan(plan, options), plan.schema, path, options);
}

/** Runs a plan and writes its batches to an NDJSON file, atomically (see sinkNdjsonFile). */
export async function sinkNdjsonPlan(plan: PlanNode, path: string, options: RunOptions = {}): Promise<void> {
  await sinkNdjsonFile(streamPlan(plan, options), path);
}
