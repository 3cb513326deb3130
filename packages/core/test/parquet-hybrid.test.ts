import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeHybrid, isOneRun } from "../src/io/parquet/hybrid.js";

const RUNS = Number(process.env.QUIVER_RUNS ?? 300);

type Run = { readonly packed: false; readonly value: number; readonly count: number } | { readonly packed: true; readonly values: readonly number[] };

function varint(out: number[], value: number): void {
  while (value >= 0x80) {
    out.push((value & 0x7f) | 0x80);
    value = Math.floor(value / 128);
  }
  out.push(value);
}

/** The runs written as Parquet writes them: RLE runs with their value in whole bytes, bit-packed runs in groups of eight. */
function encode(runs: readonly Run[], width: number): number[] {
  const out: number[] = [];
  for (const run of runs) {
    if (!run.packed) {
      varint(out, run.count * 2);
      for (let i = 0; i < (width + 7) >> 3; i++) out.push(Math.floor(run.value / 2 ** (8 * i)) & 0xff);
      continue;
    }
    const groups = Math.ceil(run.values.length / 8);
    varint(out, groups * 2 + 1);
    const bytes = new Array<number>(groups * width).fill(0);
    run.values.forEach((value, i) => {
      for (let b = 0; b < width; b++) if (Math.floor(value / 2 ** b) % 2 === 1) bytes[(i * width + b) >> 3] |= 1 << ((i * width + b) & 7);
    });
    out.push(...bytes);
  }
  return out;
}

const arbRuns = (width: number) => {
  const value = fc.integer({ min: 0, max: 2 ** width - 1 });
  const run: fc.Arbitrary<Run> = fc.oneof(
    fc.record({ packed: fc.constant(false as const), value, count: fc.integer({ min: 1, max: 300 }) }),
    fc.record({ packed: fc.constant(true as const), values: fc.array(value, { minLength: 1, maxLength: 80 }) }),
  );
  return fc.array(run, { minLength: 1, maxLength: 8 });
};

describe("the RLE/bit-packed hybrid decoder", () => {
  it("gives the values written, for every width, wherever the runs lie in the page", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 32 }).chain((width) => fc.tuple(fc.constant(width), arbRuns(width))),
        fc.nat({ max: 5 }),
        fc.nat({ max: 5 }),
        fc.boolean(),
        ([width, runs], before, after, bytesOut) => {
          const encoded = encode(runs, width);
          const page = Uint8Array.from([...new Array<number>(before).fill(0xa5), ...encoded, ...new Array<number>(after).fill(0x5a)]);
          // A bit-packed run is padded with zeros to whole groups of eight; the last run's padding is not asked for.
          const written = runs.flatMap((run, i) =>
            run.packed ? [...run.values, ...new Array<number>(i === runs.length - 1 ? 0 : (8 - (run.values.length % 8)) % 8).fill(0)] : new Array<number>(run.count).fill(run.value),
          );
          const out = bytesOut && width <= 8 ? new Uint8Array(written.length) : new Int32Array(written.length);
          decodeHybrid(page, before, before + encoded.length, width, out);
          // An Int32Array holds values of 32 bits as their signed reading.
          expect([...out]).toEqual([...(out instanceof Uint8Array ? Uint8Array.from(written) : Int32Array.from(written, (v) => v | 0))]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("knows a single RLE run of one value covering the page, and nothing else", () => {
    const oneRun = (runs: Run[], count: number, cut = 0) => {
      const levels = Uint8Array.from(encode(runs, 1));
      return isOneRun(levels, 0, levels.length - cut, 1, count, 1);
    };
    expect(oneRun([{ packed: false, value: 1, count: 100 }], 100)).toBe(true);
    expect(oneRun([{ packed: false, value: 1, count: 100 }], 60)).toBe(true);
    expect(oneRun([{ packed: false, value: 1, count: 100 }], 101)).toBe(false);
    expect(oneRun([{ packed: false, value: 0, count: 100 }], 100)).toBe(false);
    expect(oneRun([{ packed: true, values: new Array<number>(8).fill(1) }], 8)).toBe(false);
    expect(oneRun([{ packed: false, value: 1, count: 50 }, { packed: false, value: 1, count: 50 }], 100)).toBe(false);
    // The run's value must lie within the levels' bytes.
    expect(oneRun([{ packed: false, value: 1, count: 100 }], 100, 1)).toBe(false);
  });
});
