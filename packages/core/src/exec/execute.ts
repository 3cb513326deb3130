import type { RecordBatch } from "apache-arrow";
import type { ConcatNode, PlanNode, ScanNode, ScanSource } from "../plan/nodes.js";
import { makeBatch } from "./batch.js";
import { type ExecContext, throwIfAborted } from "./context.js";
import { parallelPlan } from "./parallel/parallel-plan.js";
import { threadsFor } from "./parallel/threads.js";
import { drainsSourceBatches, finishPipeline, isSatisfied, type Pipeline, pipelineOf, pushSourceBatch } from "./pipeline.js";
import { releaseBatch } from "./release-batch.js";

/**
 * Runs a plan, reading its source asynchronously batch by batch and yielding result batches as
 * soon as the operators give them. Reading stops as soon as the consumer stops (a `break`, an
 * error) or a limit is reached, and the source is released through the iterator's `return`.
 * The build side of a join is read to its end first. With more than one thread, the parts of the
 * plan that worker threads can run (see parallel/section.ts) run there.
 */
export async function* executePlan(plan: PlanNode, ctx: ExecContext = {}): AsyncGenerator<RecordBatch> {
  const threads = threadsFor(ctx.threads);
  yield* runPipeline(pipelineOf(threads > 1 ? parallelPlan(plan, threads) : plan, concatSource), ctx);
}

async function* runPipeline(pipeline: Pipeline, ctx: ExecContext): AsyncGenerator<RecordBatch> {
  for (const build of pipeline.builds) {
    for await (const batch of runPipeline(build.pipeline, ctx)) build.into.add(batch);
    build.into.end();
  }
  if (!isSatisfied(pipeline)) {
    // The executor owns the batches a source reads anew for a draining pipeline: it frees their
    // heap blocks after each push. Any other pipeline passes batches on, and they stay out of the
    // heap; a source's own batches (an in-memory table's) are never freed here.
    const owned = pipeline.scan.source.handsOverBatches === true && drainsSourceBatches(pipeline);
    for await (const batch of pipeline.scan.source.batches({ ...readOptions(pipeline.scan, ctx), inHeap: owned })) {
      throwIfAborted(ctx.signal);
      yield* pushSourceBatch(pipeline, batch);
      if (owned) releaseBatch(batch);
      if (isSatisfied(pipeline)) break;
    }
  }
  throwIfAborted(ctx.signal);
  yield* finishPipeline(pipeline);
}

/**
 * Runs a plan over sources that can be read synchronously (in-memory data), through the same
 * operators as {@link executePlan}: the engine behind the eager DataFrame methods.
 * @throws TypeError when a source can only be read asynchronously
 */
export function executePlanSync(plan: PlanNode): RecordBatch[] {
  const out: RecordBatch[] = [];
  for (const batch of runPipelineSync(pipelineOf(plan, concatSource))) out.push(batch);
  return out;
}

function* runPipelineSync(pipeline: Pipeline): Generator<RecordBatch> {
  for (const build of pipeline.builds) {
    for (const batch of runPipelineSync(build.pipeline)) build.into.add(batch);
    build.into.end();
  }
  const { source } = pipeline.scan;
  if (source.batchesSync === undefined) {
    throw new TypeError(`${source.name} can only be read asynchronously: run the query with collect() or stream()`);
  }
  if (!isSatisfied(pipeline)) {
    for (const batch of source.batchesSync(readOptions(pipeline.scan, {}))) {
      yield* pushSourceBatch(pipeline, batch);
      if (isSatisfied(pipeline)) break;
    }
  }
  yield* finishPipeline(pipeline);
}

function readOptions(scan: ScanNode, ctx: ExecContext) {
  return {
    ...(scan.columns === null ? {} : { columns: scan.columns }),
    ...(scan.predicate === null ? {} : { predicate: scan.predicate }),
    ...(ctx.signal ? { signal: ctx.signal } : {}),
    ...(ctx.onProgress ? { onProgress: ctx.onProgress } : {}),
  };
}

/**
 * A concat's inputs as one source: each input's plan runs to its end in turn, its batches
 * relabelled with the concat's fields (inputs may differ in nullability).
 */
function concatSource(node: ConcatNode): ScanSource {
  const relabel = (batch: RecordBatch) => {
    const fields = batch.schema.fields.map((f) => node.schema.fields.find((g) => g.name === f.name) ?? f);
    return makeBatch(fields, batch.data.children, batch.numRows);
  };
  return {
    schema: node.schema,
    name: "concat",
    async *batches({ signal, onProgress }) {
      for (const input of node.inputs) for await (const batch of executePlan(input, { signal, onProgress })) yield relabel(batch);
    },
    *batchesSync() {
      for (const input of node.inputs) for (const batch of executePlanSync(input)) yield relabel(batch);
    },
  };
}
