import type { RecordBatch, Schema } from "apache-arrow";
import type { ByteInput } from "./byte-input.js";
import { scannedOnce, sourceClosed } from "./errors.js";
import { guardScan } from "./guard-scan.js";
import { readSchemaMessage, sniffFormat } from "./header.js";
import { newScanState } from "./load-batch.js";
import { scanSequential } from "./scan-sequential.js";
import { openSeekableSource } from "./seekable-source.js";
import { spool } from "./spool.js";
import { runAsync } from "./steps.js";
import type { HeapScanOptions, IpcSource } from "./types.js";

/**
 * An IPC stream read front to back, once: a Node or web stream, a Response, an iterable of chunks,
 * or a pipe. The schema is read when it is opened; the batches follow on the single scan, and the
 * input stays open until that scan ends or the source is closed.
 */
class StreamIpcSource implements IpcSource {
  readonly schema: Schema;
  readonly format = "stream";
  readonly numBatches = undefined;
  /** The scan reads its batches anew: the consumer owns them (see HeapScanOptions.inHeap). */
  readonly handsOverBatches = true;
  private readonly input: ByteInput;
  private scanned = false;
  private closed = false;

  /**
   * @param input - positioned after the Schema message
   * @param schema - the input's schema
   */
  constructor(input: ByteInput, schema: Schema) {
    this.input = input;
    this.schema = schema;
  }

  get name(): string {
    return this.input.name;
  }

  /** {@inheritDoc IpcSource.batches} */
  batches(options: HeapScanOptions = {}): AsyncIterable<RecordBatch> {
    const state = newScanState(this.name, this.schema, options);
    if (this.closed) throw sourceClosed(this.name);
    if (this.scanned) throw scannedOnce(this.name);
    this.scanned = true;
    return guardScan(this.name, async () => this.input, (input) => scanSequential(input, state, options), options);
  }

  /** {@inheritDoc IpcSource.close} */
  async close(): Promise<void> {
    this.closed = true;
    await this.input.close();
  }
}

/**
 * Opens a sequential input as a source: sniffs the format and reads a stream's schema. An IPC
 * file is what its footer, at its very end, says it is (the footer lists the batches, and the
 * messages before it are data only where a block points), so a file arriving in order is spooled
 * to a temporary file and read by position: exactly as the same bytes read from a path.
 * The input is closed if any of that fails.
 * @param input - at byte 0
 * @param signal - aborts the opening
 * @returns the source
 */
export async function openSequentialSource(input: ByteInput, signal?: AbortSignal): Promise<IpcSource> {
  try {
    input.attach(signal);
    const format = await runAsync(input, sniffFormat(input.name));
    if (format === "file") return await openSeekableSource(await spool(input, input.name), input.name, signal, true);
    const schema = await runAsync(input, readSchemaMessage(input.name));
    input.attach(undefined);
    return new StreamIpcSource(input, schema);
  } catch (error) {
    await input.close().catch(() => undefined);
    throw error;
  }
}
