/**
 * What a worker thread does with one morsel: push its rows through the section's row-wise steps,
 * then either return the rows or fold them and return the fold's saved state. Nothing here knows
 * about threads, so the same code runs in the tests on the calling thread.
 */
import type { RecordBatch } from "apache-arrow";
import { columnsOf, makeBatch } from "../batch.js";
import { GlobalFold, GroupFold, type SavedGlobalFold } from "../operators/aggregate-folds.js";
import { finishPipeline, pipelineOf, pushSourceBatch } from "../pipeline.js";
import { decodeSection, type SectionWire, type WorkerSection } from "./section-wire.js";
import { decodeData, type DataWire, encodeData } from "./wire-data.js";
import { encodeSchema } from "./wire-schema.js";

/** One morsel of a query. */
export interface MorselTask {
  /** Identifies the query, so a worker decodes its section once. */
  readonly query: number;
  readonly section: SectionWire;
  /** The morsel's columns, in the section's read schema. */
  readonly columns: readonly DataWire[];
  readonly length: number;
}

/** Output rows: one batch's schema and columns. */
export interface BatchWire {
  readonly schema: Uint8Array;
  readonly columns: readonly DataWire[];
  readonly length: number;
}

/** What a morsel gives back. */
export type MorselResult =
  | { readonly kind: "rows"; readonly batches: readonly BatchWire[] }
  | { readonly kind: "global"; readonly fold: SavedGlobalFold }
  | { readonly kind: "groups"; readonly keys: readonly (readonly DataWire[])[]; readonly states: readonly unknown[] }
  | { readonly kind: "failed"; readonly name: string; readonly message: string };

const SECTIONS_KEPT = 8;
const sections = new Map<number, WorkerSection>();

/**
 * Runs one morsel.
 * @param task - the morsel
 * @returns the result, and the buffers to transfer with it
 */
export function runMorsel(task: MorselTask): { result: MorselResult; transfer: ArrayBuffer[] } {
  const transfer: ArrayBuffer[] = [];
  try {
    const section = sectionOf(task);
    const fields = section.readSchema.fields;
    const batch = makeBatch(fields, task.columns.map((c, i) => decodeData(fields[i].type, c)), task.length);
    const pipeline = pipelineOf(section.rows);
    const rows = [...pushSourceBatch(pipeline, batch), ...finishPipeline(pipeline)];
    return { result: resultOf(section, rows, transfer), transfer };
  } catch (error) {
    const { name, message } = error instanceof Error ? error : new Error(String(error));
    return { result: { kind: "failed", name, message }, transfer: [] };
  }
}

function resultOf(section: WorkerSection, rows: RecordBatch[], transfer: ArrayBuffer[]): MorselResult {
  const fold = section.fold;
  if (fold === null) {
    return { kind: "rows", batches: rows.map((b) => ({ schema: encodeSchema(b.schema), columns: columnsOf(b).map((c) => encodeData(c, transfer)), length: b.numRows })) };
  }
  if (fold.kind === "select") {
    const global = new GlobalFold(fold);
    for (const b of rows) global.push(b);
    return { kind: "global", fold: global.save()! };
  }
  const groups = new GroupFold(fold);
  for (const b of rows) groups.push(b);
  const saved = groups.save()!;
  return { kind: "groups", keys: saved.keys.map((chunks) => chunks.map((c) => encodeData(c, transfer))), states: saved.states };
}

function sectionOf(task: MorselTask): WorkerSection {
  let section = sections.get(task.query);
  if (section === undefined) {
    section = decodeSection(task.section);
    sections.set(task.query, section);
    if (sections.size > SECTIONS_KEPT) sections.delete(sections.keys().next().value!);
  }
  return section;
}
