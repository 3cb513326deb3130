import type { RecordBatch, Schema } from "apache-arrow";
import type { SeekableInput } from "./byte-input.js";
import { scannedOnce, sourceClosed } from "./errors.js";
import { type FileFooter, readFooter } from "./footer.js";
import { guardScan } from "./guard-scan.js";
import { FILE_HEADER_LENGTH, type IpcFormat, readSchemaMessage, sniffFormat } from "./header.js";
import { newScanState } from "./load-batch.js";
import { scanFile } from "./scan-file.js";
import { scanSequential } from "./scan-sequential.js";
import { position, runAsync, type Steps } from "./steps.js";
import type { HeapScanOptions, IpcSource } from "./types.js";

/** Hands out a fresh seekable input for each scan: a reopened file, or a view of bytes. */
export interface InputOpener {
  /** An input at byte 0; the scan closes it when it ends. */
  open(): Promise<SeekableInput>;
  /** Closes every input handed out that is still open, and whatever the opener holds. */
  close(): Promise<void>;
}

/** Where the batches of a seekable input are, learnt once when it is opened. */
export interface SeekableLayout {
  /** The footer of an IPC file; undefined for the stream format. */
  footer: FileFooter | undefined;
  /** Where the first message after the schema starts (stream format). */
  messagesStart: number;
}

/**
 * An IPC input read by position: a regular file, bytes in memory, or a spooled copy of a stream.
 * Each scan gets its own input from the opener, so scans are independent (and, unless `once`,
 * repeatable); a file-format scan follows the footer and reads only the projected columns' bytes.
 */
class SeekableIpcSource implements IpcSource {
  readonly name: string;
  readonly schema: Schema;
  readonly format: IpcFormat;
  /** Each scan reads its batches anew: the consumer owns them (see HeapScanOptions.inHeap). */
  readonly handsOverBatches = true;
  private readonly opener: InputOpener;
  private readonly layout: SeekableLayout;
  private readonly once: boolean;
  private scanned = false;
  private closed = false;

  /**
   * @param name - the name errors use
   * @param schema - the input's schema
   * @param format - its IPC format
   * @param layout - where its messages are
   * @param opener - gives each scan its input
   * @param once - whether the source allows one scan only (then it closes itself after it)
   */
  constructor(name: string, schema: Schema, format: IpcFormat, layout: SeekableLayout, opener: InputOpener, once: boolean) {
    this.name = name;
    this.schema = schema;
    this.format = format;
    this.layout = layout;
    this.opener = opener;
    this.once = once;
  }

  get numBatches(): number | undefined {
    return this.layout.footer?.batches.length;
  }

  /** {@inheritDoc IpcSource.batches} */
  batches(options: HeapScanOptions = {}): AsyncIterable<RecordBatch> {
    const state = newScanState(this.name, this.schema, options);
    if (this.closed) throw sourceClosed(this.name);
    if (this.once && this.scanned) throw scannedOnce(this.name);
    this.scanned = true;
    const { footer, messagesStart } = this.layout;
    const scan = (input: SeekableInput): AsyncGenerator<RecordBatch, void, undefined> => {
      if (footer !== undefined) return scanFile(input, state, footer, options);
      input.seek(messagesStart);
      return scanSequential(input, state, options);
    };
    const done = this.once ? () => this.close() : undefined;
    return guardScan(this.name, () => this.opener.open(), scan, options, done);
  }

  /** {@inheritDoc IpcSource.close} */
  async close(): Promise<void> {
    this.closed = true;
    await this.opener.close();
  }
}

/** What opening a seekable input learns: its format, schema, and where its batches are. */
export interface Opened {
  format: IpcFormat;
  schema: Schema;
  layout: SeekableLayout;
}

/**
 * The steps that open a seekable input at byte 0: sniff the format, then read the footer (file)
 * or the Schema message (stream).
 * @param name - the input's name, for errors
 * @returns the steps
 */
export function* openingSteps(name: string): Steps<Opened> {
  const format = yield* sniffFormat(name);
  const footer = format === "file" ? yield* readFooter(name) : undefined;
  const schema = footer?.schema ?? (yield* readSchemaMessage(name));
  const messagesStart = footer === undefined ? yield* position() : FILE_HEADER_LENGTH;
  return { format, schema, layout: { footer, messagesStart } };
}

/**
 * A source over a seekable input whose opening steps have run.
 * @param name - the name errors use
 * @param opened - its format, schema and layout
 * @param opener - hands out inputs over the data
 * @param once - whether the source allows one scan only
 * @returns the source
 */
export function seekableSource(name: string, opened: Opened, opener: InputOpener, once = false): IpcSource {
  return new SeekableIpcSource(name, opened.schema, opened.format, opened.layout, opener, once);
}

/**
 * Opens a seekable input as a source: sniffs the format, then reads the footer (file) or the
 * Schema message (stream), and closes the input it used for that.
 * @param opener - hands out inputs over the data
 * @param name - the name errors use
 * @param signal - aborts the opening
 * @param once - whether the source allows one scan only
 * @returns the source
 */
export async function openSeekableSource(opener: InputOpener, name: string, signal: AbortSignal | undefined, once = false): Promise<IpcSource> {
  try {
    const input = await opener.open();
    try {
      input.attach(signal);
      return seekableSource(name, await runAsync(input, openingSteps(name)), opener, once);
    } finally {
      await input.close();
    }
  } catch (error) {
    await opener.close();
    throw error;
  }
}
