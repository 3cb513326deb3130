import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { Message, Table, Utf8, tableToIPC, vectorFromArray } from "apache-arrow";
import { type IpcInput, type IpcScanProgress, openIpcSource } from "../src/io/scan/index.js";

const dir = mkdtempSync(join(tmpdir(), "quiver-scan-abort-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function openFds(): number {
  return existsSync("/proc/self/fd") ? readdirSync("/proc/self/fd").length : 0;
}

function table(batches: number, rows: number): Table {
  return new Table(
    Array.from({ length: batches }, (_, b) => {
      const x = vectorFromArray(Float64Array.from({ length: rows }, (_, i) => b * rows + i));
      const s = vectorFromArray(Array.from({ length: rows }, (_, i) => `v${i}`), new Utf8());
      return new Table({ x, s }).batches[0];
    }),
  );
}

/** Where the first record batch message of an IPC stream ends. */
function afterFirstBatch(stream: Uint8Array): number {
  const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  for (let offset = 0; ; ) {
    const length = view.getInt32(offset + 4, true);
    const message = Message.decode(stream.subarray(offset + 8, offset + 8 + length));
    offset += 8 + length + message.bodyLength;
    if (message.isRecordBatch()) return offset;
  }
}

/** An input that delivers `head` and then never delivers anything again, until cancelled. */
function stalled(head: Uint8Array): { input: AsyncIterable<Uint8Array>; cancelled: () => boolean } {
  let cancelled = false;
  const input: AsyncIterable<Uint8Array> = {
    [Symbol.asyncIterator]: () => {
      let sent = false;
      return {
        next: () => (sent ? new Promise<IteratorResult<Uint8Array>>(() => undefined) : ((sent = true), Promise.resolve({ done: false, value: head }))),
        return: async () => {
          cancelled = true;
          return { done: true, value: undefined };
        },
      };
    },
  };
  return { input, cancelled: () => cancelled };
}

function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === "AbortError";
}

async function abortedWith(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected an AbortError");
}

describe("AbortSignal ends a scan promptly with an AbortError and releases the input", () => {
  it("a signal that already fired stops the scan before any batch, and releases a stream input", async () => {
    const controller = new AbortController();
    controller.abort();
    const readable = Readable.from([tableToIPC(table(3, 10), "stream")]);
    const source = await openIpcSource(readable);
    const iterator = source.batches({ signal: controller.signal })[Symbol.asyncIterator]();
    expect(isAbortError(await abortedWith(iterator.next()))).toBe(true);
    expect(readable.destroyed).toBe(true);
  });

  it("a scan waiting on a stalled stream rejects as soon as the signal fires and cancels the stream", async () => {
    const bytes = tableToIPC(table(3, 100), "stream");
    const { input, cancelled } = stalled(bytes.subarray(0, afterFirstBatch(bytes)));
    const source = await openIpcSource(input);
    const controller = new AbortController();
    const iterator = source.batches({ signal: controller.signal })[Symbol.asyncIterator]();
    expect((await iterator.next()).value.numRows).toBe(100);
    const pending = iterator.next();
    setTimeout(() => controller.abort(), 20);
    const started = Date.now();
    const error = await abortedWith(pending);
    expect(isAbortError(error)).toBe(true);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(cancelled()).toBe(true);
  });

  it("opening a stalled stream can be aborted too, and a timeout signal also gives an AbortError", async () => {
    const { input, cancelled } = stalled(Uint8Array.of(0xff, 0xff, 0xff, 0xff));
    const error = await abortedWith(openIpcSource(input, { signal: AbortSignal.timeout(30) }));
    expect(isAbortError(error)).toBe(true);
    expect((error as Error & { cause?: Error }).cause?.name).toBe("TimeoutError");
    expect(cancelled()).toBe(true);
  });

  it("aborting a file scan between batches closes the handle at once; the path can be scanned again", async () => {
    const path = join(dir, "abort.arrow");
    writeFileSync(path, tableToIPC(table(5, 1000), "file"));
    const source = await openIpcSource(path);
    const before = openFds();
    const controller = new AbortController();
    const iterator = source.batches({ signal: controller.signal, columns: ["x"] })[Symbol.asyncIterator]();
    expect((await iterator.next()).done).toBe(false);
    controller.abort();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(openFds()).toBeLessThanOrEqual(before);
    expect(isAbortError(await abortedWith(iterator.next()))).toBe(true);
    let rows = 0;
    for await (const batch of source.batches({ columns: ["s"] })) rows += batch.numRows;
    expect(rows).toBe(5000);
  });

  it("breaking out of a scan closes the file and cancels a stream", async () => {
    const path = join(dir, "break.arrow");
    writeFileSync(path, tableToIPC(table(5, 100), "stream"));
    const before = openFds();
    const source = await openIpcSource(path);
    for await (const batch of source.batches()) if (batch.numRows > 0) break;
    expect(openFds()).toBeLessThanOrEqual(before);
    const readable = Readable.from([tableToIPC(table(5, 100), "stream")]);
    for await (const batch of (await openIpcSource(readable)).batches()) if (batch.numRows > 0) break;
    expect(readable.destroyed).toBe(true);
  });
});

describe("onProgress", () => {
  const inputs: [string, (bytes: Uint8Array) => IpcInput][] = [
    ["path", (bytes) => {
      const path = join(dir, `progress-${bytes.length}.arrow`);
      writeFileSync(path, bytes);
      return path;
    }],
    ["bytes", (bytes) => bytes],
    ["readable", (bytes) => Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)])],
  ];
  for (const format of ["file", "stream"] as const) {
    for (const [kind, make] of inputs) {
      it(`reports cumulative rows and bytes after each batch (${format} from ${kind})`, async () => {
        const bytes = tableToIPC(table(7, 300), format);
        const seen: IpcScanProgress[] = [];
        const rows: number[] = [];
        const source = await openIpcSource(make(bytes));
        for await (const batch of source.batches({ columns: ["x"], onProgress: (p) => seen.push({ ...p }) })) rows.push(batch.numRows);
        expect(seen.length).toBe(7);
        expect(seen.map((p) => p.rows)).toEqual(rows.map((_, i) => 300 * (i + 1)));
        seen.slice(1).forEach((p, i) => expect(p.bytes).toBeGreaterThan(seen[i].bytes));
        expect(seen[6].bytes).toBeLessThanOrEqual(bytes.length);
        expect(seen[0].bytes).toBeGreaterThan(0);
      });
    }
  }
});
