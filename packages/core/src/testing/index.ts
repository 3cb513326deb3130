/**
 * fast-check arbitraries that generate Arrow test data together with the plain values it must
 * read as, stressing the edge cases of the argmin contract: nulls over garbage, NaN and -0, ties,
 * 64-bit integers beyond 2^53, astral strings, dictionaries, sliced and misaligned chunks.
 * @module
 */
export { ALL_TYPE_KINDS } from "./types";
export type { Cell, ColumnOptions, GeneratedColumn, GeneratedTable, TableOptions, TypeKind } from "./types";
export { arbColumn } from "./column";
export { arbTable } from "./table";
export { arbAxis, arbNested } from "./nested";
export type { NestedOptions } from "./nested";
export { cellMismatch, sameCell, toPlainValues } from "./plain";
export { Rng } from "./random";
export { DECIMAL_SCALE } from "./integers";
export { type ParallelTuning, setParallelTuning } from "../exec/parallel/tuning";
export { closeWorkers, parallelActivity, warmWorkers } from "../exec/parallel/run-section";
export { setWorkerScript, type WorkerScript } from "../exec/parallel/worker-script";
export { setPoisonFreed } from "../memory/default-heap";
