import type { RecordBatch, Schema } from "apache-arrow";
import type { ScanProgress, ScanSource } from "../../plan/nodes.js";
import { raceAbort, throwIfAborted } from "../scan/abort.js";
import { BlockParser, type TextFormat } from "./block-parser.js";
import { type TextInput, toBytes } from "./text-input.js";
import { projectColumns, type TextColumn } from "./text-schema.js";

/**
 * A text file (CSV, NDJSON) as a scan source: its schema was read from a sample, and each scan
 * streams the input through a block parser that builds only the requested columns.
 */
export class TextSource implements ScanSource {
  /** The batches read synchronously: present for a path or bytes, absent for a stream. */
  readonly batchesSync?: (options: { columns?: readonly string[] }) => Iterable<RecordBatch>;

  /**
   * @param schema - the columns' Arrow schema
   * @param columns - the columns, named and typed
   * @param input - the bytes
   * @param format - how the format cuts and reads the bytes
   */
  constructor(
    readonly schema: Schema,
    private readonly columns: readonly TextColumn[],
    private readonly input: TextInput,
    private readonly format: TextFormat,
  ) {
    const chunksSync = input.chunksSync;
    if (chunksSync !== undefined) this.batchesSync = (options) => readSync(chunksSync(), this.parserFor(options.columns));
  }

  /** A fresh parser building the requested columns (all when undefined). */
  private parserFor(requested: readonly string[] | undefined): BlockParser {
    const { slots, outputs } = projectColumns(this.schema, this.columns, requested);
    return new BlockParser({ ...this.format, tokenizer: this.format.tokenizer(slots), columns: outputs });
  }

  get name(): string {
    return this.input.name;
  }

  async *batches(options: { columns?: readonly string[]; signal?: AbortSignal; onProgress?: (progress: ScanProgress) => void }): AsyncGenerator<RecordBatch> {
    const { signal, onProgress } = options;
    const parser = this.parserFor(options.columns);
    const chunks = this.input.chunks(signal);
    const report = (batch: RecordBatch): RecordBatch => (onProgress?.(progressOf(parser)), batch);
    // The next chunk is asked for before this one is parsed, so reading overlaps parsing.
    let ahead = chunks.next();
    try {
      for (;;) {
        throwIfAborted(this.name, signal);
        const next = await raceAbort(ahead, this.name, signal);
        if (next.done) break;
        ahead = chunks.next();
        for (const batch of parser.push(toBytes(next.value, this.name, this.format.errors))) yield report(batch);
      }
      for (const batch of parser.finish()) yield report(batch);
      if (parser.rows === 0) onProgress?.(progressOf(parser));
    } finally {
      ahead.catch(() => undefined);
      await chunks.cancel();
    }
  }
}

function* readSync(chunks: Iterable<Uint8Array>, parser: BlockParser): Generator<RecordBatch> {
  for (const chunk of chunks) yield* parser.push(chunk);
  yield* parser.finish();
}

function progressOf(parser: BlockParser): ScanProgress {
  return { rows: parser.rows, bytes: parser.bytes, skippedRows: parser.skippedRows };
}
