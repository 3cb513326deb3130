import { basename, brotliCompressSync, closeSync, dirname, gzipSync, join, openSync, randomUUID, rename, requireFileSystem, rm, writeSync } from "#platform";
import type { CompressionCodec, SchemaElement } from "hyparquet";
import { ByteWriter, ParquetWriter } from "hyparquet-writer";
import type { Data, RecordBatch, Schema } from "apache-arrow";
import { encodeLz4Raw } from "../codecs/lz4-raw.js";
import { zstdEncoder } from "../codecs/zstd-encode.js";
import { schemaElementOf, writerValues } from "./sink-columns.js";

/** Options of `sinkParquet`. */
export interface SinkParquetOptions {
  /**
   * The codec of every column chunk; default "snappy". "lz4" writes LZ4_RAW, as pyarrow does (the
   * older Hadoop-framed LZ4 codec is deprecated by the format).
   */
  readonly compression?: "uncompressed" | "snappy" | "gzip" | "brotli" | "zstd" | "lz4" | "lz4_raw";
  /** Rows per row group; default 1,048,576 (what pyarrow writes). Smaller groups prune finer. */
  readonly rowGroupSize?: number;
  /**
   * Write min/max/null-count statistics per column chunk, and per page in a column index, so
   * readers can prune row groups and pages; default true.
   */
  readonly statistics?: boolean;
  /**
   * Bytes of values per data page before compression; default 1 MiB (what pyarrow writes).
   * Smaller pages let a reader of the page index skip finer.
   */
  readonly pageSize?: number;
}

/**
 * Writes record batches to a Parquet file as they arrive, one row group per `rowGroupSize` rows,
 * with statistics. The bytes go to a temporary file beside the target, renamed over it only
 * once everything was written: a failure leaves no partial file and the previous file untouched.
 * @param batches - the batches, all of `schema`
 * @param schema - the schema written (also when there is no batch)
 * @param path - the file to create or replace
 * @throws TypeError naming a column whose type Parquet output does not support
 */
export async function sinkParquetFile(batches: AsyncIterable<RecordBatch>, schema: Schema, path: string, options: SinkParquetOptions = {}): Promise<void> {
  requireFileSystem("sinkParquet");
  const rowGroupSize = options.rowGroupSize ?? 1 << 20;
  if (!Number.isInteger(rowGroupSize) || rowGroupSize < 1) throw new RangeError(`sinkParquet: rowGroupSize must be a positive integer, got ${rowGroupSize}`);
  const pageSize = options.pageSize ?? 1 << 20;
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`sinkParquet: pageSize must be a positive integer, got ${pageSize}`);
  const statistics = options.statistics ?? true;
  const elements = schema.fields.map(schemaElementOf);
  const { codec, compressors } = await codecOf(options.compression ?? "snappy");
  const temp = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
  const fd = openSync(temp, "w");
  try {
    const parquet = new ParquetWriter({
      writer: new FileWriter(fd),
      schema: [{ name: "schema", num_children: elements.length }, ...elements],
      codec,
      compressors,
      statistics,
      statisticsTruncateLength: Infinity,
      createdBy: "quiver",
    });
    let pending: Data[][] = schema.fields.map(() => []);
    let rows = 0;
    const flush = () => {
      if (rows === 0) return;
      const columnData = schema.fields.map((field, i) => ({ name: field.name, data: writerValues(field, pending[i]) as never, columnIndex: statistics, ...encodingOf(elements[i]) }));
      parquet.write({ columnData, rowGroupSize: rows, pageSize });
      pending = schema.fields.map(() => []);
      rows = 0;
    };
    for await (const batch of batches) {
      for (let at = 0; at < batch.numRows; ) {
        const take = Math.min(batch.numRows - at, rowGroupSize - rows);
        batch.data.children.forEach((child, i) => pending[i].push(child.slice(at, take)));
        rows += take;
        at += take;
        if (rows === rowGroupSize) flush();
      }
    }
    flush();
    parquet.finish();
    closeSync(fd);
    await rename(temp, path);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * Floats are written PLAIN: a dictionary's keys would merge -0 into 0, and PLAIN pages read
 * back as a view of their bytes. Other columns get the writer's choice.
 */
function encodingOf(element: SchemaElement): { encoding?: "PLAIN" } {
  return element.type === "FLOAT" || element.type === "DOUBLE" ? { encoding: "PLAIN" } : {};
}

/** hyparquet-writer's byte buffer, written to a file whenever a row group ends or it grows. */
class FileWriter extends ByteWriter {
  constructor(private readonly fd: number) {
    super(1 << 20);
  }

  override ensure(size: number): void {
    if (this.index > 1 << 23) this.flush();
    super.ensure(size);
  }

  flush(): void {
    writeSync(this.fd, new Uint8Array(this.buffer, 0, this.index));
    this.index = 0;
  }

  override finish(): void {
    this.flush();
  }
}

/** The codec name, and the compressor when hyparquet-writer lacks one (it has snappy). */
async function codecOf(compression: NonNullable<SinkParquetOptions["compression"]>): Promise<{ codec: CompressionCodec; compressors: Record<string, (input: Uint8Array) => Uint8Array> }> {
  switch (compression) {
    case "uncompressed":
      return { codec: "UNCOMPRESSED", compressors: {} };
    case "snappy":
      return { codec: "SNAPPY", compressors: {} };
    case "gzip":
      return { codec: "GZIP", compressors: { GZIP: (input) => gzipSync(input) } };
    case "brotli":
      return { codec: "BROTLI", compressors: { BROTLI: (input) => brotliCompressSync(input) } };
    case "zstd":
      return { codec: "ZSTD", compressors: { ZSTD: await zstdEncoder() } };
    case "lz4":
    case "lz4_raw":
      return { codec: "LZ4_RAW", compressors: { LZ4_RAW: encodeLz4Raw } };
    default:
      throw new TypeError(`sinkParquet: unknown compression ${JSON.stringify(compression)}; expected "uncompressed", "snappy", "gzip", "brotli", "zstd", "lz4" or "lz4_raw"`);
  }
}
