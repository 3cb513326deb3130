import { Table } from "apache-arrow";
import { blobName, isBlob } from "../io/sources/input-kinds.js";
import { scanNode } from "../plan/builder.js";
import type { SourceOpener } from "../plan/nodes.js";
import { DataFrame } from "./data-frame.js";
import { LazyFrame } from "./lazy-frame.js";
import { DeferredSource, LazyPlan } from "./lazy-plan.js";

/**
 * A LazyFrame over a source that is opened — its schema read — at first need, not now: what every
 * file scan (`scanIpc`, `scanParquet`, `scanCsv`, …) returns.
 * @param opener - opens the source
 * @returns the query, with no step yet
 */
export function lazyScan(opener: SourceOpener): LazyFrame {
  return new LazyFrame(LazyPlan.scan(new DeferredSource(opener), scanNode));
}

/**
 * The name a source goes by before it is opened: the one given, a path, a URL, or a description.
 * @param input - what the caller passed to the scan
 * @param given - the caller's `name` option
 */
export function inputName(input: unknown, given: string | undefined): string {
  if (given !== undefined) return given;
  if (typeof input === "string") return input;
  if (input instanceof URL) return input.href;
  if (input instanceof Uint8Array || input instanceof ArrayBuffer) return `<${input.constructor.name} of ${input.byteLength} bytes>`;
  if (isBlob(input)) return blobName(input);
  return "<stream>";
}

/**
 * The signal an opening races against: the scan's own (given when it was created) and the run's.
 * @param signals - either may be absent
 */
export function eitherSignal(...signals: (AbortSignal | undefined)[]): AbortSignal | undefined {
  const present = signals.filter((s): s is AbortSignal => s !== undefined);
  return present.length <= 1 ? present[0] : AbortSignal.any(present);
}

/**
 * Reads a whole source synchronously into a DataFrame: the eager readers (`readCsv`, …) of a
 * path or bytes.
 * @param opener - opens the source; it must open synchronously
 */
export function readWhole(opener: SourceOpener): DataFrame {
  const source = opener.openSync!();
  const batches = [...source.batchesSync!({})];
  return new DataFrame(batches.length === 0 ? new Table(source.schema) : new Table(batches));
}
