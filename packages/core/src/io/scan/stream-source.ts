import type { RecordBatch, Schema } from "apache-arrow";
import type { ByteInput } from "./byte-input.js";
import { scannedOnce, sourceClosed } from "./errors.js";
import { guardScan } from "./guard-scan.js";
import { FILE_HEADER_LENGTH, type IpcFormat, readSchemaMessage, sniffFormat } from "./header.js";
import { newScanState } from "./load-batch.js";
import { scanSequential } from "./scan-sequential.js";
import { openSeekableSource } from "./seekable-source.js";
import { fileStartsWithSchema, spool } from "./spool.js";
import { runAsync } from "./steps.js";
import type { HeapScanOptions, IpcSource } from "./types.js";

/**
 * An IPC input read front to back, once: a Node or web stream, a Response, an iterable of chunks,
 * or a pipe. The format is sniffed and the schema read when it is opened; the batches follow on
 * the single scan, and the input stays open until that scan ends or the source is closed.
 */
class StreamIpcSource implements IpcSource {
  readonly schema: Schema;
  readonly format: IpcFormat;
  readonly numBatches = undefined;
  /** The scan reads its batches anew: the consumer owns them (see HeapScanOptions.inHeap). */
  readonly handsOverBatches = true;
  private readonly input: ByteInput;
  private scanned = false;
  private closed = false;

  /**
   * @param input - positioned after the Schema message
   * @param schema - the input's schema
   * @param format - which IPC format the input is in
   */
  constructor(input: ByteInput, schema: Schema, format: IpcFormat) {
    this.input = input;
    this.schema = schema;
    this.format = format;
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
    return guardScan(this.name, async () => this.input, (input) => scanSequential(input, state, this.format === "file", options), options);
  }

  /** {@inheritDoc IpcSource.close} */
  async close(): Promise<void> {
    this.closed = true;
    await this.input.close();
  }
}

/**
 * Opens a sequential input as a source: sniffs the format, moves past a file's header and reads
 * the schema. An IPC file without a Schema message up front (as arrow-js writes them) has its
 * schema only in the footer at the end, so it is spooled to a temporary file and read from there.
 * The input is closed if any of that fails.
 * @param input - at byte 0
 * @param signal - aborts the opening
 * @returns the source
 */
export async function openSequentialSource(input: ByteInput, signal?: AbortSignal): Promise<IpcSource> {
  try {
    input.attach(signal);
    const format = await runAsync(input, sniffFormat(input.name));
    if (format === "file" && !(await fileStartsWithSchema(input))) {
      return await openSeekableSource(await spool(input, input.name), input.name, signal, true);
    }
    if (format === "file") await input.skip(FILE_HEADER_LENGTH, "file header");
    const schema = await runAsync(input, readSchemaMessage(input.name));
    input.attach(undefined);
    return new StreamIpcSource(input, schema, format);
  } catch (error) {
    await input.close().catch(() => undefined);
    throw error;
  }
}
