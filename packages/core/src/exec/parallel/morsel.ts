/**
 * What a worker thread does with one morsel: push its rows through the section's row-wise steps,
 * then either return the rows or fold them and return the fold's saved state. Nothing here knows
 * about threads, so the same code runs in the tests on the calling thread.
 */
import type { DataType, RecordBatch } from "apache-arrow";
import { columnsOf, makeBatch } from "../batch.js";
import { GlobalFold, GroupFold, type SavedGroupFold } from "../operators/aggregate-folds.js";
import { chainOf, pushCounting } from "./chain.js";
import { decodeSection, type SectionWire, type WorkerSection } from "./section-wire.js";
import { decodeData, type DataWire, encodeData } from "./wire-data.js";
import { encodeSchema, encodeTypes } from "./wire-schema.js";
import { encodeState } from "./wire-state.js";

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

/**
 * What a morsel gives back, with the rows that entered each of the section's operators (the
 * row-wise steps', then the fold's) for numbering row errors later (see chain.ts).
 */
export type MorselResult =
  | { readonly kind: "rows"; readonly batches: readonly BatchWire[]; readonly rowsIn: readonly number[] }
  | { readonly kind: "global"; readonly states: unknown; readonly types: Uint8Array; readonly rowsIn: readonly number[] }
  | { readonly kind: "groups"; readonly keys: readonly (readonly DataWire[])[]; readonly states: unknown; readonly types: Uint8Array; readonly rowsIn: readonly number[] }
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
    const fold = section.fold === null ? null : section.fold.kind === "select" ? new GlobalFold(section.fold) : new GroupFold(section.fold);
    const rowsIn: number[] = [];
    const rows = pushCounting(chainOf(section.rows, fold), batch, rowsIn);
    return { result: resultOf(rows, fold, rowsIn, transfer), transfer };
  } catch (error) {
    const { name, message } = error instanceof Error ? error : new Error(String(error));
    return { result: { kind: "failed", name, message }, transfer: [] };
  }
}

function resultOf(rows: RecordBatch[], fold: GlobalFold | GroupFold | null, rowsIn: number[], transfer: ArrayBuffer[]): MorselResult {
  if (fold === null) {
    const batches = rows.map((b) => ({ schema: encodeSchema(b.schema), columns: columnsOf(b).map((c) => encodeData(c, transfer, "copy")), length: b.numRows }));
    return { kind: "rows", batches, rowsIn };
  }
  const types: DataType[] = [];
  const saved = fold.save()!;
  const states = encodeState(saved.states, types, transfer);
  if (fold instanceof GlobalFold) return { kind: "global", states, types: encodeTypes(types), rowsIn };
  const keys = (saved as SavedGroupFold).keys.map((chunks) => chunks.map((c) => encodeData(c, transfer, "copy")));
  return { kind: "groups", keys, states, types: encodeTypes(types), rowsIn };
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
