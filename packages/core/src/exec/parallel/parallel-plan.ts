/**
 * The plan as run on worker threads: each section (see section.ts) over enough rows becomes a
 * scan of its own output, computed by the workers; everything above runs on this thread as
 * before. Nothing here touches Node: the workers are loaded only when such a scan is read.
 */
import type { RecordBatch } from "apache-arrow";
import { withInputs } from "../../optimizer/rule.js";
import { scanNode } from "../../plan/builder.js";
import { inputsOf, type PlanNode, type ScanSource } from "../../plan/nodes.js";
import { GlobalFold, GroupFold } from "../operators/aggregate-folds.js";
import { type Section, sectionAt } from "./section.js";
import { parallelTuning } from "./tuning.js";

/**
 * Rewrites the sections of a plan that gain from worker threads into scans that run them there.
 * @param plan - an optimized plan
 * @param threads - the query's thread count (≥ 2)
 * @returns the plan to run (the same plan when no section qualifies)
 */
export function parallelPlan(plan: PlanNode, threads: number): PlanNode {
  const section = sectionAt(plan);
  if (section !== null && qualifies(section)) return scanNode(sectionSource(section, threads));
  return withInputs(plan, inputsOf(plan).map((input) => parallelPlan(input, threads)));
}

/**
 * Enough rows to gain (or a source of unknown length: its first rows are read on this thread, see
 * run-section.ts), and a fold whose state can move between threads.
 */
function qualifies(section: Section): boolean {
  const rows = section.scan.source.rowCount;
  if (rows !== undefined && rows < parallelTuning().minRows) return false;
  const fold = section.fold;
  if (fold === null) return true;
  try {
    return (fold.kind === "select" ? new GlobalFold(fold) : new GroupFold(fold)).save() !== undefined;
  } catch {
    // An aggregate that cannot be planned fails on this thread, with the error the user expects.
    return false;
  }
}

function sectionSource(section: Section, threads: number): ScanSource {
  const { source, columns, predicate } = section.scan;
  return {
    schema: section.top.schema,
    name: source.name,
    async *batches({ signal, onProgress }): AsyncGenerator<RecordBatch> {
      // A file is read into shared memory (numbers into the heap), where the workers read it.
      const where = { inHeap: true, shared: true };
      const options = { ...(columns === null ? {} : { columns }), predicate, ...where, ...(signal ? { signal } : {}), ...(onProgress ? { onProgress } : {}) };
      const { runSection } = await import("./run-section.js");
      const input = { batches: source.batches(options), rowCount: source.rowCount, owned: source.handsOverBatches === true };
      yield* runSection(section, input, threads, signal);
    },
  };
}
