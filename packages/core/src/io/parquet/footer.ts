import type { FileMetaData } from "hyparquet";
import { parquetMetadata } from "hyparquet";
import type { RangeSource } from "../sources/types.js";
import { asScanError, ParquetScanError } from "./errors.js";
import { RAW_PARSERS } from "./raw-parsers.js";

/** "PAR1", at both ends of every Parquet file. */
const MAGIC = 0x31524150;
/** "PARE", the magic of a file whose footer is encrypted. */
const ENCRYPTED_MAGIC = 0x45524150;
/** Magic, metadata length, magic. */
const MIN_SIZE = 12;
/** The tail read at first: most footers fit, so one read usually suffices. */
const FIRST_TAIL = 64 * 1024;

/** A read the footer parser asks for: `length` bytes at `offset`. */
type ReadRequest = readonly [offset: number, length: number];

/**
 * Reads and checks a file's footer, synchronously (a path, bytes).
 * @throws ParquetScanError naming the file and the byte for anything not a well-formed footer
 */
export function readFooterSync(source: RangeSource & { readSync: NonNullable<RangeSource["readSync"]> }): FileMetaData {
  const steps = footerSteps(source.name, source.size);
  let step = steps.next();
  while (!step.done) {
    const [offset, length] = step.value;
    step = steps.next(read(source, offset, () => source.readSync(offset, length)));
  }
  return step.value;
}

/**
 * Reads and checks a file's footer.
 * @throws ParquetScanError naming the file and the byte for anything not a well-formed footer
 */
export async function readFooter(source: RangeSource, signal?: AbortSignal): Promise<FileMetaData> {
  const steps = footerSteps(source.name, source.size);
  let step = steps.next();
  while (!step.done) {
    const [offset, length] = step.value;
    let bytes: Uint8Array;
    try {
      bytes = await source.read(offset, length, signal);
    } catch (error) {
      throw asScanError(error, source.name, "the footer", offset);
    }
    step = steps.next(bytes);
  }
  return step.value;
}

function read(source: RangeSource, offset: number, get: () => Uint8Array): Uint8Array {
  try {
    return get();
  } catch (error) {
    throw asScanError(error, source.name, "the footer", offset);
  }
}

/**
 * The footer parser, as the reads it needs: yields each range, receives its bytes, returns the
 * metadata. One parser serves the synchronous and the asynchronous reader.
 */
function* footerSteps(name: string, size: number): Generator<ReadRequest, FileMetaData, Uint8Array> {
  if (size < MIN_SIZE) {
    throw new ParquetScanError(size >= 4 ? "truncated" : "not-parquet", name, `not a Parquet file: it has ${size} bytes, fewer than the ${MIN_SIZE} of the smallest one`, 0);
  }
  const head = yield [0, 4];
  if (uint32(head, 0) !== MAGIC) {
    throw new ParquetScanError("not-parquet", name, `not a Parquet file: found ${hex(head)} at byte 0, expected "PAR1"`, 0);
  }
  const tailLength = Math.min(size, FIRST_TAIL);
  let tail = yield [size - tailLength, tailLength];
  const end = uint32(tail, tail.length - 4);
  if (end === ENCRYPTED_MAGIC) throw new ParquetScanError("unsupported", name, "the footer is encrypted (\"PARE\"); encrypted Parquet files are not supported", size - 4);
  if (end !== MAGIC) {
    throw new ParquetScanError("truncated", name, `found ${hex(tail.subarray(tail.length - 4))} at byte ${size - 4} where the file must end with "PAR1": the file is truncated or not Parquet`, size - 4);
  }
  const metadataLength = uint32(tail, tail.length - 8);
  const metadataStart = size - 8 - metadataLength;
  if (metadataStart < 4) {
    throw new ParquetScanError("corrupt", name, `the footer says its metadata has ${metadataLength} bytes, but the file has only ${size - MIN_SIZE} between its magic numbers`, size - 8);
  }
  if (metadataLength + 8 > tail.length) tail = yield [metadataStart, metadataLength + 8];
  const footer = tail.subarray(tail.length - metadataLength - 8);
  let metadata: FileMetaData;
  try {
    metadata = parquetMetadata(footer, { parsers: RAW_PARSERS, geoparquet: false });
  } catch (error) {
    throw asScanError(error, name, `the footer metadata (${metadataLength} bytes)`, metadataStart);
  }
  checkMetadata(metadata, name, metadataStart);
  return metadata;
}

/** Every chunk must lie within the file's data, so that no later read can run off its end. */
function checkMetadata(metadata: FileMetaData, name: string, metadataStart: number): void {
  if (!Array.isArray(metadata.schema) || metadata.schema.length === 0 || !Array.isArray(metadata.row_groups)) {
    throw new ParquetScanError("corrupt", name, "the footer metadata has no schema or no row groups", metadataStart);
  }
  metadata.row_groups.forEach((group, g) => {
    if (!Array.isArray(group?.columns)) throw new ParquetScanError("corrupt", name, `row group ${g} has no list of column chunks`, metadataStart);
    for (const chunk of group.columns) {
      const meta = chunk.meta_data;
      if (meta !== undefined && !(Array.isArray(meta.path_in_schema) && meta.path_in_schema.every((part) => typeof part === "string"))) {
        throw new ParquetScanError("corrupt", name, `a column chunk of row group ${g} has no column path`, metadataStart);
      }
      if (meta === undefined) throw new ParquetScanError("unsupported", name, `row group ${g} has a column chunk without metadata (encrypted or external)`, metadataStart);
      if (chunk.file_path !== undefined) throw new ParquetScanError("unsupported", name, `row group ${g} has a column chunk in another file ("${chunk.file_path}")`, metadataStart);
      const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
      const end = start + Number(meta.total_compressed_size);
      if (!(start >= 4 && end <= metadataStart && end >= start)) {
        throw new ParquetScanError("corrupt", name, `column "${meta.path_in_schema.join(".")}" of row group ${g} claims bytes ${start}–${end}, outside the data (bytes 4–${metadataStart})`, metadataStart);
      }
    }
  });
}

function uint32(bytes: Uint8Array, at: number): number {
  return new DataView(bytes.buffer, bytes.byteOffset + at, 4).getUint32(0, true);
}

function hex(bytes: Uint8Array): string {
  return `0x${[...bytes.subarray(0, 4)].map((b) => b.toString(16).padStart(2, "0")).join("")}`;
}
