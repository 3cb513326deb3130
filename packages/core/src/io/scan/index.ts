/**
 * Batch-at-a-time Arrow IPC reading with bounded memory: the source side of the streaming executor.
 * @module
 */
export { IpcScanError, type IpcScanErrorCode } from "./errors.js";
export { openIpcSource } from "./open-ipc-source.js";
export { openIpcSourceSync } from "./open-ipc-source-sync.js";
export type { IpcInput, IpcScanOptions, IpcScanProgress, IpcSource, OpenIpcSourceOptions } from "./types.js";
