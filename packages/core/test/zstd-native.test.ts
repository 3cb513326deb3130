import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nativeZstd } from "#platform";
import { concatBytes } from "../src/io/concat-bytes.js";
import { decodeZstd, decodeZstdAsync, loadZstd } from "../src/io/codecs/zstd.js";
import { zstdEncoder } from "../src/io/codecs/zstd-encode.js";
import { zstdOutputBound } from "../src/io/codecs/zstd-frames.js";

const RUNS = Number(process.env.QUIVER_RUNS ?? 200);
const BLOCK = 128 * 1024;

/** Bytes that compress: runs of a few values, with noise, up to a few blocks long. */
const arbPayload = fc
  .array(fc.record({ byte: fc.integer({ min: 0, max: 255 }), repeat: fc.integer({ min: 1, max: 40_000 }), noise: fc.uint8Array({ maxLength: 300 }) }), { maxLength: 12 })
  .map((runs) => concatBytes(runs.flatMap(({ byte, repeat, noise }) => [new Uint8Array(repeat).fill(byte), noise])));

/** Byte-for-byte equality, without the deep comparison's cost per element. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

/** One ZSTD frame (no content size, one window byte) of `blocks` RLE blocks of 128 KiB each. */
function rleBomb(blocks: number): Uint8Array {
  const out = [0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x58];
  for (let i = 0; i < blocks; i++) {
    const header = (i === blocks - 1 ? 1 : 0) | (1 << 1) | (BLOCK << 3);
    out.push(header & 0xff, (header >> 8) & 0xff, (header >> 16) & 0xff, 0x41);
  }
  return Uint8Array.from(out);
}

describe("ZSTD decoding, native and WebAssembly", () => {
  it("has the native decoder in Node", () => {
    expect(nativeZstd).toBeDefined();
  });

  it("gives the bytes compressed, synchronously and on the thread pool, with a bound from the block headers", async () => {
    await loadZstd();
    const encode = await zstdEncoder();
    await fc.assert(
      fc.asyncProperty(arbPayload, fc.integer({ min: 0, max: 3 }), async (payload, frames) => {
        // One or more frames end to end, as a container may hold.
        const pieces = Array.from({ length: frames + 1 }, (_, i) => payload.subarray(Math.floor((i * payload.length) / (frames + 1)), Math.floor(((i + 1) * payload.length) / (frames + 1))));
        const body = concatBytes(pieces.map((piece) => encode(piece)));
        const bound = zstdOutputBound(body);
        expect(bound).toBeDefined();
        expect(bound!).toBeGreaterThanOrEqual(payload.length);
        expect(bound!).toBeLessThanOrEqual(payload.length + (frames + 1) * BLOCK);
        expect(sameBytes(decodeZstd(body, payload.length), payload)).toBe(true);
        expect(sameBytes(await decodeZstdAsync(body, payload.length), payload)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("refuses damaged frames with an Error, or gives exactly the declared size, on both paths", async () => {
    await loadZstd();
    const encode = await zstdEncoder();
    await fc.assert(
      fc.asyncProperty(arbPayload, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }), fc.nat(), async (payload, flips, cut) => {
        const body = Uint8Array.from(encode(payload));
        for (const [at, byte] of flips) if (body.length > 0) body[at % body.length] = byte;
        const damaged = body.subarray(0, body.length - (cut % 3 === 0 ? cut % Math.max(1, body.length) : 0));
        for (const decode of [() => decodeZstd(damaged, payload.length), () => decodeZstdAsync(damaged, payload.length)]) {
          const result = await Promise.resolve().then(decode).then(
            (out) => out.length,
            (error: unknown) => (error instanceof Error ? "error" : "not an Error"),
          );
          expect([payload.length, "error"]).toContain(result);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("bounds frames from their block headers, and leaves malformed ones unbounded", () => {
    expect(zstdOutputBound(rleBomb(3))).toBe(3 * BLOCK);
    expect(zstdOutputBound(rleBomb(3).subarray(0, 10))).toBeUndefined();
    expect(zstdOutputBound(Uint8Array.of(1, 2, 3, 4, 5))).toBeUndefined();
    // A skippable frame adds nothing.
    const skippable = Uint8Array.of(0x50, 0x2a, 0x4d, 0x18, 2, 0, 0, 0, 9, 9);
    expect(zstdOutputBound(skippable)).toBe(0);
  });

  it("does not hand a frame that decodes far past its declared size to the growing native decoder", async () => {
    await loadZstd();
    // 8,000 RLE blocks: a gigabyte from 32 KB. Declared as 100 bytes, it is refused, not decoded.
    const bomb = rleBomb(8000);
    expect(() => decodeZstd(bomb, 100)).toThrow(Error);
    await expect(decodeZstdAsync(bomb, 100)).rejects.toThrow(Error);
  });
});
