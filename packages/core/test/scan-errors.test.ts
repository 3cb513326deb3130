import { createReadStream, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import {
  CompressionType, Message, RecordBatchFileWriter, RecordBatchStreamWriter, Table, Utf8,
  compressionRegistry, tableToIPC, vectorFromArray,
} from "apache-arrow";
import { Footer } from "apache-arrow/ipc/metadata/file";
import { ColumnNotFoundError, ValueError } from "../src/errors.js";
import { type IpcInput, IpcScanError, openIpcSource } from "../src/io/scan/index.js";

const dir = mkdtempSync(join(tmpdir(), "quiver-scan-errors-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** Open file descriptors of this process, to prove an error leaves none behind (Linux). */
function openFds(): number {
  return existsSync("/proc/self/fd") ? readdirSync("/proc/self/fd").length : 0;
}

/** Opens and fully scans an input; returns the error it fails with. */
async function failure(input: IpcInput, columns?: string[]): Promise<IpcScanError> {
  try {
    const source = await openIpcSource(input);
    for await (const batch of source.batches({ columns })) void batch;
  } catch (error) {
    expect(error).toBeInstanceOf(IpcScanError);
    return error as IpcScanError;
  }
  throw new Error("expected the scan to fail");
}

/** A table whose record batch bodies are large enough to cut in the middle of. */
function table(batches = 4, rows = 1000): Table {
  const parts = Array.from({ length: batches }, (_, b) => {
    const x = vectorFromArray(Float64Array.from({ length: rows }, (_, i) => b * rows + i));
    const name = vectorFromArray(Array.from({ length: rows }, (_, i) => `n${i}`), new Utf8());
    return new Table({ x, name }).batches[0];
  });
  return new Table(parts);
}

/** Where each message of an IPC stream starts and where its body lies. */
function messagesOf(stream: Uint8Array, from = 0): { start: number; bodyStart: number; bodyLength: number; type: string }[] {
  const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  const out = [];
  for (let offset = from; ; ) {
    const length = view.getInt32(offset + 4, true);
    if (length === 0) return out;
    const message = Message.decode(stream.subarray(offset + 8, offset + 8 + length));
    const type = message.isRecordBatch() ? "batch" : message.isDictionaryBatch() ? "dictionary" : "schema";
    out.push({ start: offset, bodyStart: offset + 8 + length, bodyLength: message.bodyLength, type });
    offset += 8 + length + message.bodyLength;
  }
}

describe("openIpcSource errors name the input, the byte and what was expected", () => {
  it("a missing file names its path", async () => {
    const path = join(dir, "nope", "trips.arrow");
    const error = await failure(path);
    expect(error.code).toBe("not-found");
    expect(error.message).toBe(`${path}: cannot open: no such file`);
    expect((await failure("https://example.com/x.arrow")).message).toMatch(/pass new URL/);
  });

  it("a directory is refused", async () => {
    expect((await failure(dir)).message).toBe(`${dir}: is a directory; expected an Arrow IPC file`);
  });

  it("non-Arrow input names what was found at byte 0 and what was expected", async () => {
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]);
    const path = file("archive.arrow", zip);
    const expected = `not Arrow IPC: found 50 4b 03 04 14 00 00 00 ("PK......") at byte 0; expected "ARROW1" (41 52 52 4f 57 31) for an Arrow IPC file or ff ff ff ff for an Arrow IPC stream`;
    expect((await failure(path)).message).toBe(`${path}: ${expected}`);
    expect((await failure(zip)).message).toBe(`<Uint8Array of 10 bytes>: ${expected}`);
    expect((await failure(createReadStream(path))).message).toBe(`${path}: ${expected}`);
    expect((await failure(new Response(zip))).code).toBe("not-arrow");
    const empty = await failure(new Uint8Array(0));
    expect(empty.message).toMatch(/^<Uint8Array of 0 bytes>: empty input: found no bytes at byte 0; expected "ARROW1"/);
    expect((await failure(Readable.from([]))).message).toMatch(/empty input/);
    expect((await failure(new TextEncoder().encode("x,y\n1,2\n"))).message).toMatch(/found 78 2c 79 0a 31 2c 32 0a \("x,y\.1,2\."\) at byte 0/);
  });

  it("an IPC file cut inside a record batch body names the batch, its body and the byte where data ran out", async () => {
    const bytes = tableToIPC(table(), "file");
    const footerLength = new DataView(bytes.buffer, bytes.byteOffset).getInt32(bytes.length - 10, true);
    const footer = Footer.decode(bytes.subarray(bytes.length - 10 - footerLength, bytes.length - 10));
    const block = footer.getRecordBatch(2)!;
    const bodyStart = block.offset + block.metaDataLength;
    const cut = bodyStart + 100;
    const path = file("trips.arrow", bytes.slice(0, cut));
    const expected = `truncated at byte ${cut}: record batch 2 body needs ${block.bodyLength} bytes from byte ${bodyStart}`;
    const before = openFds();
    const error = await failure(path);
    expect(error.message).toBe(`${path}: ${expected}`);
    expect(error.code).toBe("truncated");
    expect(error.offset).toBe(cut);
    expect(openFds()).toBeLessThanOrEqual(before);
    expect((await failure(bytes.slice(0, cut))).message).toBe(`<Uint8Array of ${cut} bytes>: ${expected}`);
    // A Readable of a file without a leading Schema message is spooled, then diagnosed the same way.
    expect((await failure(createReadStream(path))).message).toBe(`${path}: ${expected}`);
  });

  it("an IPC file cut inside its footer says the footer is incomplete", async () => {
    const bytes = tableToIPC(table(), "file");
    const cut = bytes.length - 20;
    const path = file("footer.arrow", bytes.slice(0, cut));
    const error = await failure(path);
    expect(error.code).toBe("truncated");
    expect(error.message).toMatch(new RegExp(`^${path}: truncated at byte ${cut}: the messages end at byte \\d+, but the footer that should follow is incomplete`));
    expect((await failure(Uint8Array.from([0x41, 0x52, 0x52, 0x4f, 0x57, 0x31]))).message).toBe(
      "<Uint8Array of 6 bytes>: truncated at byte 6: file header needs 8 bytes from byte 0",
    );
  });

  it("a stream cut inside a message's metadata, length prefix or body names the byte and the structure", async () => {
    const bytes = tableToIPC(table(), "stream");
    const messages = messagesOf(bytes);
    const batch = messages.filter((m) => m.type === "batch")[1];
    const inMetadata = batch.start + 20;
    const inPrefix = batch.start + 6;
    const inBody = batch.bodyStart + 64;
    const metadataLength = batch.bodyStart - batch.start - 8;
    for (const input of [(b: Uint8Array) => b, (b: Uint8Array) => Readable.from([b.subarray(0, 50), b.subarray(50)])]) {
      expect((await failure(input(bytes.slice(0, inMetadata)))).message).toMatch(
        new RegExp(`: truncated at byte ${inMetadata}: message metadata needs ${metadataLength} bytes from byte ${batch.start + 8}$`),
      );
      expect((await failure(input(bytes.slice(0, inPrefix)))).message).toMatch(
        new RegExp(`: truncated at byte ${inPrefix}: message length prefix needs 4 bytes from byte ${batch.start + 4}$`),
      );
      expect((await failure(input(bytes.slice(0, inBody)))).message).toMatch(
        new RegExp(`: truncated at byte ${inBody}: record batch 1 body needs ${batch.bodyLength} bytes from byte ${batch.bodyStart}$`),
      );
    }
    const path = file("cut.stream", bytes.slice(0, inBody));
    expect((await failure(path, ["name"])).message).toBe(`${path}: truncated at byte ${inBody}: record batch 1 body needs ${batch.bodyLength} bytes from byte ${batch.bodyStart}`);
  });

  it("a body that declares compression but stores its buffers raw (length -1) reads as written", async () => {
    // Fake codecs that pass arrow-js's header checks; their output is longer than the input, so
    // the writer stores buffers raw, but the messages still declare the compression.
    const frame = (magic: number[]) => ({ encode: (data: Uint8Array) => Uint8Array.from([...magic, 0x40, 0, 0, ...data]), decode: (data: Uint8Array) => data });
    compressionRegistry.set(CompressionType.LZ4_FRAME, frame([4, 34, 77, 24]));
    compressionRegistry.set(CompressionType.ZSTD, frame([40, 181, 47, 253]));
    try {
      const written = table(2, 10);
      const bytes = RecordBatchFileWriter.writeAll(written, { compressionType: CompressionType.LZ4_FRAME }).toUint8Array(true);
      const stream = RecordBatchStreamWriter.writeAll(written, { compressionType: CompressionType.ZSTD }).toUint8Array(true);
      for (const input of [file("lz4.arrow", bytes), Readable.from([stream])]) {
        const source = await openIpcSource(input);
        const rows: unknown[] = [];
        for await (const batch of source.batches()) rows.push(...batch.toArray().map((r) => r.toJSON()));
        expect(rows).toEqual(written.toArray().map((r) => r.toJSON()));
      }
    } finally {
      compressionRegistry.set(CompressionType.LZ4_FRAME, {});
      compressionRegistry.set(CompressionType.ZSTD, {});
    }
  });

  it("an unknown projected column lists the columns and the closest name; a repeated one is refused", async () => {
    const source = await openIpcSource(tableToIPC(table(), "file"));
    expect(() => source.batches({ columns: ["nmae"] })).toThrow(ColumnNotFoundError);
    expect(() => source.batches({ columns: ["nmae"] })).toThrow('column "nmae" not found. Did you mean "name"? Available columns: "x", "name".');
    expect(() => source.batches({ columns: ["x", "x"] })).toThrow(ValueError);
    await source.close();
  });

  it("a stream input scans once; a closed source refuses to scan", async () => {
    const source = await openIpcSource(Readable.from([tableToIPC(table(), "stream")]));
    for await (const batch of source.batches()) void batch;
    expect(() => source.batches()).toThrow(/can be scanned once/);
    const path = await openIpcSource(file("again.arrow", tableToIPC(table(), "file")));
    await path.close();
    expect(() => path.batches()).toThrow(/the source is closed/);
  });

  it("odd inputs: HTTP errors, string chunks, values that are not inputs", async () => {
    expect((await failure(new Response("nope", { status: 404, statusText: "Not Found" }))).message).toBe(
      "<fetch Response>: HTTP 404 Not Found; expected a 2xx response with Arrow IPC bytes",
    );
    const text = Readable.from(["ARROW1"], { objectMode: true });
    expect((await failure(text)).message).toMatch(/yielded a string \(was the stream given an encoding\?\) at byte 0; expected Uint8Array chunks/);
    await expect(openIpcSource(42 as unknown as IpcInput)).rejects.toThrow(/cannot read Arrow IPC from a number/);
  });

  it("leaves nothing open after an error: file handles are closed, streams destroyed", async () => {
    const bytes = tableToIPC(table(), "stream");
    const cut = file("leak.stream", bytes.slice(0, bytes.length - 100));
    const before = openFds();
    for (let i = 0; i < 5; i++) await failure(cut);
    await failure(file("garbage.bin", new Uint8Array(64).fill(7)));
    expect(openFds()).toBeLessThanOrEqual(before);
    const stream = createReadStream(cut);
    await failure(stream);
    expect(stream.destroyed).toBe(true);
    if (!stream.closed) await once(stream, "close");
    expect(openFds()).toBeLessThanOrEqual(before);
  });

  it("IpcScanError carries the code, the input's name and the offset", async () => {
    const error = await failure(Uint8Array.from([1, 2, 3, 4]));
    expect(error.name).toBe("IpcScanError");
    expect([error.code, error.source, error.offset]).toEqual(["not-arrow", "<Uint8Array of 4 bytes>", 0]);
  });
});
