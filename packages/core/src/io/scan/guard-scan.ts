import type { RecordBatch } from "apache-arrow";
import { throwIfAborted } from "./abort.js";
import type { ByteInput } from "./byte-input.js";
import type { IpcScanOptions } from "./types.js";

/**
 * Runs a scan so that whatever way it ends — finished, failed, aborted, or left by the consumer's
 * `break` — its input is closed. An abort closes the input at once, even while the consumer is
 * busy with a batch, so an aborted scan holds no handle.
 * @param name - the input's name, for the AbortError
 * @param open - opens (or hands over) the input when the scan starts
 * @param scan - reads the batches from the open input
 * @param options - the scan's signal and progress callback
 * @param onClose - told when the input has been closed
 * @returns the batches
 */
export async function* guardScan<I extends ByteInput>(
  name: string,
  open: () => Promise<I>,
  scan: (input: I) => AsyncGenerator<RecordBatch, void, undefined>,
  options: IpcScanOptions,
  onClose?: (input: I) => void | Promise<void>,
): AsyncGenerator<RecordBatch, void, undefined> {
  const { signal } = options;
  // Opened before the abort check, so that a stream input handed over is released even when the
  // signal fired before the scan started.
  const input = await open();
  const closeNow = (): void => void input.close().catch(() => undefined);
  signal?.addEventListener("abort", closeNow, { once: true });
  input.attach(signal);
  try {
    throwIfAborted(name, signal);
    yield* scan(input);
  } finally {
    signal?.removeEventListener("abort", closeNow);
    input.attach(undefined);
    await input.close();
    await onClose?.(input);
  }
}
