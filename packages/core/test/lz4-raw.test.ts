import fc from "fast-check";
import { compressors } from "hyparquet-compressors";
import { describe, expect, it } from "vitest";
import { encodeLz4Raw } from "../src/io/codecs/lz4-raw.js";

/** hyparquet-compressors' LZ4_RAW decoder: another implementation than the encoder's library. */
const decode = (block: Uint8Array, length: number) => compressors.LZ4_RAW!(block, length);

describe("LZ4_RAW blocks written for Parquet", () => {
  it("decode to the bytes written: random, repetitive, short and empty inputs", () => {
    const arbBytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.tuple(fc.uint8Array({ minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 2000 })).map(([unit, times]) => {
        const out = new Uint8Array(unit.length * times);
        for (let i = 0; i < times; i++) out.set(unit, i * unit.length);
        return out;
      }),
      fc.uint8Array({ minLength: 70_000, maxLength: 70_000 }),
    );
    fc.assert(
      fc.property(arbBytes, (bytes) => {
        const block = encodeLz4Raw(bytes);
        expect(bytes.length === 0 ? block : decode(block, bytes.length)).toEqual(bytes);
      }),
      { numRuns: 200 },
    );
  });

  it("shrinks repetitive bytes, and stores incompressible ones as one run of literals", () => {
    const repetitive = new Uint8Array(10_000).fill(7);
    expect(encodeLz4Raw(repetitive).length).toBeLessThan(100);
    const noise = Uint8Array.from({ length: 1000 }, (_, i) => (i * 2654435761) >>> 24);
    const block = encodeLz4Raw(noise);
    expect(block.length).toBeLessThanOrEqual(noise.length + 1 + Math.ceil(noise.length / 255));
    expect(decode(block, noise.length)).toEqual(noise);
  });
});
