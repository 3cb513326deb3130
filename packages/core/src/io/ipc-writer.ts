/// <reference path="./lz4js.d.ts" />
import { CompressionType, RecordBatchFileWriter, RecordBatchStreamWriter, type RecordBatchWriter } from "apache-arrow";
import { BufferRegion } from "apache-arrow/ipc/metadata/message";
import { compress as lz4Compress } from "lz4js";
import { type Encode, zstdEncoder } from "./codecs/zstd-encode.js";

/**
 * Arrow IPC writers, optionally with compressed bodies. apache-arrow writes the message framing;
 * the buffers are compressed here, each as the format requires: an int64 holding the
 * decompressed length, then the compressed bytes — or -1 and the bytes as they are, when
 * compressing would not make the buffer smaller.
 */

/** The codecs Quiver writes. */
export type IpcCompression = "lz4" | "zstd";

/** Bodies of buffers as apache-arrow's writer lays them out: groups of (prefix, bytes) when compressed. */
interface CompressedBody {
  byteLength: number;
  bufferRegions: BufferRegion[];
  buffers: Uint8Array[];
}

/**
 * A writer of the given IPC format, compressing body buffers with the given codec.
 * @param format - "file" or "stream"
 * @param compression - the codec, or undefined for none
 * @returns the writer
 * @example const writer = await ipcWriter("file", "zstd"); writer.reset(undefined, schema);
 */
export async function ipcWriter(format: "file" | "stream", compression: IpcCompression | undefined): Promise<RecordBatchWriter> {
  if (compression === undefined) return format === "stream" ? new RecordBatchStreamWriter() : new RecordBatchFileWriter();
  const encode = compression === "lz4" ? lz4Encode : await zstdEncoder();
  const compressionType = compression === "lz4" ? CompressionType.LZ4_FRAME : CompressionType.ZSTD;
  const writer = format === "stream" ? new RecordBatchStreamWriter({ compressionType }) : new RecordBatchFileWriter({ compressionType });
  // apache-arrow's own hook takes its codec from a process-wide registry and writes the compressed
  // length where the format wants the decompressed one; this replaces it for this writer only.
  Object.defineProperty(writer, "_compressBodyBuffers", { value: (buffers: ArrayBufferView[]) => compressBody(buffers, encode) });
  return writer;
}

function lz4Encode(bytes: Uint8Array): Uint8Array {
  return Uint8Array.from(lz4Compress(bytes));
}

/** Compresses each buffer behind its length prefix, 8-byte aligned, as the writer then lays them out. */
function compressBody(buffers: ArrayBufferView[], encode: Encode): CompressedBody {
  const out: Uint8Array[] = [];
  const bufferRegions: BufferRegion[] = [];
  let offset = 0;
  for (const buffer of buffers) {
    const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    if (bytes.length === 0) {
      out.push(new Uint8Array(0), new Uint8Array(0));
      bufferRegions.push(new BufferRegion(offset, 0));
      continue;
    }
    const packed = encode(bytes);
    const smaller = packed.length < bytes.length;
    const prefix = new Uint8Array(8);
    new DataView(prefix.buffer).setBigInt64(0, smaller ? BigInt(bytes.length) : -1n, true);
    const stored = smaller ? packed : bytes;
    out.push(prefix, stored);
    bufferRegions.push(new BufferRegion(offset, 8 + stored.length));
    offset += align8(8 + stored.length);
  }
  return { byteLength: offset, bufferRegions, buffers: out };
}

function align8(n: number): number {
  return (n + 7) & ~7;
}
