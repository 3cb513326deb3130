import type { RecordBatch, Table } from "apache-arrow";
import { type ColumnInput, tableFromColumns } from "../io/from-columns.js";
import { tableFromRecords } from "../io/from-records.js";
import { plainTable } from "../io/plain-strings.js";
import { readIpcTable } from "../io/read-ipc.js";
import type { IpcInput, OpenIpcSourceOptions } from "../io/scan/types.js";
import { adoptTable, type ForeignTable } from "../types/foreign/adopt-arrow.js";
import { DataFrame } from "./data-frame.js";

/** Arrow tables `fromArrow` takes, from any Arrow library in the process. */
export type ArrowTableInput = Table | RecordBatch | readonly RecordBatch[] | ForeignTable | readonly ForeignTable[];

/**
 * A DataFrame over Arrow data, without copying it (except strings in the view layouts, which
 * become Utf8/Binary once). The data may come from any Arrow library in the process: this
 * engine's apache-arrow, another copy or version of it (13 and later, CommonJS or ESM), or
 * `@uwdata/flechette`; it is recognised by its structure and its buffers are adopted as they are.
 * @param data - an Arrow Table, a RecordBatch, or record batches of one schema
 * @throws TypeError for anything else, or for a column type apache-arrow cannot represent
 * @example fromArrow(tableFromIPC(bytes)).col("x").argmin()
 */
export function fromArrow(data: ArrowTableInput): DataFrame {
  return new DataFrame(plainTable(adoptTable(data)));
}

/**
 * A DataFrame from named columns: Arrow Vectors, typed arrays or plain arrays (numbers → Float64,
 * bigints → Int64, booleans → Bool, strings → Utf8, Dates → Timestamp; null is missing).
 * @example fromColumns({ x: [3, 1, 2], name: ["a", "b", "c"] })
 */
export function fromColumns(columns: Readonly<Record<string, ColumnInput>>): DataFrame {
  return new DataFrame(tableFromColumns(columns));
}

/**
 * A DataFrame from row objects; a key missing from a row is null there.
 * @example fromRecords([{ x: 3 }, { x: 1 }]).col("x").argmin() // 1
 */
export function fromRecords(records: readonly Readonly<Record<string, unknown>>[]): DataFrame {
  return new DataFrame(tableFromRecords(records));
}

/**
 * Reads an Arrow IPC file or stream (told apart by its first bytes) into a DataFrame, through the
 * same validated reader as `scanIpc`: a path, a `file:`/`http(s):` URL, a Node Readable, a
 * ReadableStream, a fetch Response or bytes give the same frame, or the same `IpcScanError`.
 * @param source - the input
 * @param options - a name for errors, an abort signal
 * @returns the frame
 * @throws IpcScanError naming the input and what was found at which byte when it cannot be read
 * @example (await readIpc("node_modules/vega-datasets/data/flights-200k.arrow")).col("delay").argmin()
 */
export async function readIpc(source: IpcInput, options: OpenIpcSourceOptions = {}): Promise<DataFrame> {
  return new DataFrame(await readIpcTable(source, options));
}
