import { type IpcInput, openIpcSource } from "../io/scan/index.js";
import type { LazyFrame } from "./lazy-frame.js";
import { isSignal, isString } from "../validate/checks.js";
import { checkOptions, type Spec } from "../validate/options.js";
import { eitherSignal, inputName, lazyScan } from "./lazy-scan.js";

/** Options of {@link scanIpc}. */
export interface ScanIpcOptions {
  /** The name errors and explain() use; default the path, URL or a description of the input. */
  name?: string;
  /** Aborts reading the schema, whenever that happens. */
  signal?: AbortSignal;
}

const SCAN_IPC = { name: isString, signal: isSignal } as const satisfies Spec<ScanIpcOptions>;

/**
 * A lazy query over an Arrow IPC file or stream (told apart by its bytes): a path or URL, a Node
 * Readable, a ReadableStream, a fetch Response, bytes, or a Blob/File (read with `Blob.slice`,
 * only the ranges the query needs). It returns at once; the schema is read
 * when first needed (collect, stream, collectSchema), and a file read by path is then read with
 * random access, only the columns the query needs. (`await scanIpc(…)` gives the same LazyFrame.)
 * @example
 * const lf = scanIpc("trips.arrow");
 * const cheapest = await lf.select(col("fare").argmin()).collect();
 */
export function scanIpc(source: IpcInput, options: ScanIpcOptions = {}): LazyFrame {
  checkOptions(options, "scanIpc", SCAN_IPC);
  return lazyScan({
    name: inputName(source, options.name),
    open: (signal) => openIpcSource(source, { name: options.name, signal: eitherSignal(options.signal, signal) }),
  });
}
