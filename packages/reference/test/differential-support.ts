/** Shared pieces of the engine-versus-oracle tests. */
import { Vector } from "apache-arrow";

/** What a computation gave: its value, or the name and message of what it threw. */
export type Outcome = { value: unknown } | { error: string };

/** Runs `work` and captures its result or its error, so two paths can be compared whole. */
export function outcome(work: () => unknown): Outcome {
  try {
    return { value: normalise(work()) };
  } catch (error) {
    const e = error as Error;
    return { error: `${e.name}: ${e.message}` };
  }
}

/**
 * Arrow vectors and typed arrays become plain arrays. Nothing else is converted, so an engine that
 * answers `undefined` for null or a bigint for a single index differs from the oracle.
 */
function normalise(value: unknown): unknown {
  if (value === null || value === undefined || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(normalise);
  // Vector.toArray() turns nulls into zeros; get() keeps them.
  if (value instanceof Vector) return Array.from({ length: value.length }, (_, i) => normalise(value.get(i)));
  if (typeof value === "object" && "toArray" in value && typeof (value as { toArray: unknown }).toArray === "function") {
    return normalise((value as { toArray(): unknown }).toArray());
  }
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<unknown>, normalise);
  return value;
}

/** The four arg-reductions as option sets, with their names. */
export const REDUCTIONS = [
  { name: "argmin", options: {} },
  { name: "argmax", options: { max: true } },
  { name: "nanargmin", options: { skipNaN: true } },
  { name: "nanargmax", options: { max: true, skipNaN: true } },
] as const;

/** Property runs: at least 1,000 in CI, fewer while iterating locally if QUIVER_RUNS is set. */
export const RUNS = Number(process.env.QUIVER_RUNS ?? 1000);

/**
 * How the engine and DuckDB report a value a query cannot take (nanargmin of NaN alone, a strict
 * cast that does not fit): the only failures the DuckDB differentials accept, on either side.
 */
export const VALUE_FAILURES = /All-NaN slice encountered|does not fit|Conversion Error|is not (an integer|a number|true or false)/;
