import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Data, Vector } from "apache-arrow";
import { ALL_TYPE_KINDS, arbColumn, sameCell, toPlainValues, type Cell, type GeneratedColumn, type TypeKind } from "@quiver/core/testing";

const NANOS: Record<string, bigint> = { Second: 1_000_000_000n, Millisecond: 1_000_000n, Microsecond: 1_000n, Nanosecond: 1n };
const unitOf = (kind: TypeKind): bigint => NANOS[kind.replace(/^(timestamp|time|duration)/, "")];

function expectSameCells(actual: readonly Cell[], expected: readonly Cell[]): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((cell, i) => {
    if (!sameCell(cell, expected[i])) expect.fail(`row ${i}: got ${fc.stringify(cell)}, expected ${fc.stringify(expected[i])}`);
  });
}

/**
 * The expected value read through arrow-js's own accessors (get, toArray), converted to the
 * normalisation by hand; undefined where arrow-js cannot say it exactly.
 */
function viaArrow(kind: TypeKind, vector: Vector, i: number): Cell | undefined {
  if (!vector.isValid(i)) return null;
  // get() converts dates and timestamps to milliseconds in a double, and throws beyond 2^53.
  if (kind === "dateMillisecond") return undefined;
  if (kind.startsWith("timestamp")) return BigInt(vector.toArray()[i] as bigint) * unitOf(kind);
  const value: unknown = vector.get(i);
  if (kind === "dateDay") return value as number;
  if (kind.startsWith("time") || kind.startsWith("duration")) return BigInt(value as number | bigint) * unitOf(kind);
  if (kind === "decimal128") return BigInt(String(value));
  if (value instanceof Uint8Array) return value.slice();
  return value as Cell;
}

function checkAgainstArrow({ kind, vector, values }: GeneratedColumn): void {
  values.forEach((expected, i) => {
    const actual = viaArrow(kind, vector, i);
    if (actual === undefined) return;
    // arrow-js gives date32 as epoch milliseconds in a double; compare at that precision.
    const wanted = kind === "dateDay" && expected !== null ? Number((expected as bigint) / 1_000_000n) : expected;
    if (!sameCell(actual, wanted)) expect.fail(`${kind} row ${i}: arrow-js reads ${fc.stringify(actual)}, expected ${fc.stringify(wanted)}`);
  });
}

describe.each(ALL_TYPE_KINDS)("arbColumn of kind %s", (kind) => {
  it("reads back as its values, through toPlainValues and through arrow-js", () => {
    fc.assert(
      fc.property(arbColumn({ kinds: [kind] }), (column) => {
        expect(column.kind).toBe(kind);
        expect(column.chunks.length).toBeGreaterThan(0);
        expect(column.vector.data).toEqual(column.chunks);
        for (const chunk of column.chunks) expect(chunk.type).toBe(column.type);
        expect(column.vector.length).toBe(column.values.length);
        expectSameCells(toPlainValues(column.vector), column.values);
        checkAgainstArrow(column);
      }),
      { numRuns: 100 },
    );
  });
});

/** Whether a null slot of a fixed-width or variable-width chunk holds something other than zeros. */
function garbageUnderNull(chunk: Data): boolean {
  for (let i = 0; i < chunk.length; i++) {
    if (chunk.getValid(i)) continue;
    if (chunk.valueOffsets) {
      if (Number(chunk.valueOffsets[i + 1]) > Number(chunk.valueOffsets[i])) return true;
    } else if (chunk.type.toString() !== "Bool") {
      const values = chunk.values as ArrayLike<number | bigint>;
      for (let w = 0; w < chunk.stride; w++) if (Number(values[i * chunk.stride + w]) !== 0) return true;
    }
  }
  return false;
}

describe("arbColumn coverage", () => {
  const columns = fc.sample(arbColumn(), { numRuns: 1500, seed: 7 });
  const chunks = columns.flatMap((column) => column.chunks);
  const some = (predicate: (column: GeneratedColumn) => boolean) => columns.some(predicate);
  const ofKind = (...kinds: TypeKind[]) => columns.filter((column) => kinds.includes(column.kind));

  it("makes sliced chunks at offsets not multiple of 8, slack buffers, empty chunks and many chunks", () => {
    expect(chunks.some((chunk) => chunk.offset > 0 && chunk.offset % 8 !== 0)).toBe(true);
    expect(chunks.some((chunk) => chunk.offset >= 8)).toBe(true);
    expect(chunks.some((chunk) => chunk.offset === 0 && !chunk.valueOffsets && chunk.values.length > chunk.length * chunk.stride)).toBe(true);
    expect(some((column) => column.chunks.length > 2 && column.chunks.some((chunk) => chunk.length === 0))).toBe(true);
    expect(ofKind("bool").some((column) => column.chunks.some((chunk) => chunk.offset % 8 !== 0 && chunk.length > 0))).toBe(true);
  });

  it("makes empty, all-null and null-free columns, and bitmaps without nulls", () => {
    expect(some((column) => column.values.length === 0)).toBe(true);
    expect(some((column) => column.values.length > 3 && column.values.every((cell) => cell === null))).toBe(true);
    expect(some((column) => column.values.length > 3 && column.values.every((cell) => cell !== null))).toBe(true);
    expect(chunks.some((chunk) => chunk.length > 0 && chunk.nullCount === 0 && (chunk.nullBitmap?.length ?? 0) > 0)).toBe(true);
  });

  it("puts garbage under nulls", () => {
    const garbage = (kinds: TypeKind[]) => ofKind(...kinds).some((column) => column.chunks.some(garbageUnderNull));
    expect(garbage(["float64"])).toBe(true);
    expect(garbage(["int32", "int64"])).toBe(true);
    expect(garbage(["utf8", "binary"])).toBe(true);
    expect(garbage(["decimal128"])).toBe(true);
  });

  it("makes ties, NaN, -0, infinities and subnormals", () => {
    const cells = (...kinds: TypeKind[]) => ofKind(...kinds).flatMap((column) => column.values);
    const floats = cells("float16", "float32", "float64");
    expect(floats.some((cell) => Number.isNaN(cell))).toBe(true);
    expect(floats.some((cell) => Object.is(cell, -0))).toBe(true);
    expect(floats.some((cell) => cell === -Infinity)).toBe(true);
    expect(floats.some((cell) => typeof cell === "number" && cell !== 0 && Math.abs(cell) < 2.2250738585072014e-308)).toBe(true);
    const ties = (column: GeneratedColumn) => {
      const valid = column.values.filter((cell) => cell !== null).map((cell) => fc.stringify(cell));
      return new Set(valid).size < valid.length;
    };
    expect(ofKind("int64", "float64", "utf8").filter(ties).length).toBeGreaterThan(ofKind("int64", "float64", "utf8").length / 4);
  });

  it("makes 64-bit integers beyond 2^53 and pairs differing only in one 32-bit word", () => {
    const wide = ofKind("int64", "uint64").flatMap((column) => column.values).filter((cell): cell is bigint => typeof cell === "bigint");
    expect(wide.some((cell) => cell === 2n ** 53n + 1n)).toBe(true);
    expect(wide.some((cell) => cell === -(2n ** 63n))).toBe(true);
    expect(wide.some((cell) => cell === 2n ** 64n - 1n)).toBe(true);
    expect(wide.some((cell) => cell < 0n && BigInt.asUintN(32, cell) >= 2n ** 31n)).toBe(true);
  });

  it("makes astral, surrogate-edge and empty strings", () => {
    const strings = ofKind("utf8", "largeUtf8", "dictionary").flatMap((column) => column.values);
    for (const edge of ["😀", "\uff5e", "\ud7ff", "\ue000", ""]) expect(strings).toContain(edge);
  });

  it("makes unsorted dictionaries with duplicate and unused entries, sometimes one per chunk", () => {
    const dictionaries = ofKind("dictionary");
    const entries = (chunk: Data) => toPlainValues(chunk.dictionary!);
    expect(dictionaries.some((column) => new Set(column.chunks.map((chunk) => chunk.dictionary)).size > 1)).toBe(true);
    expect(dictionaries.some((column) => column.chunks.some((chunk) => chunk.dictionary!.data.length > 1))).toBe(true);
    expect(chunks.some((chunk) => chunk.dictionary && new Set(entries(chunk)).size < entries(chunk).length)).toBe(true);
    expect(chunks.some((chunk) => chunk.dictionary && entries(chunk).some((entry, i, all) => i > 0 && (all[i - 1] as string) > (entry as string)))).toBe(true);
    expect(dictionaries.some((column) => column.chunks.some((chunk) => entries(chunk).some((entry) => !column.values.includes(entry))))).toBe(true);
  });

  it("makes negative dates and timestamps and decimals that need the high words", () => {
    expect(ofKind("dateDay", "timestampMillisecond").some((column) => column.values.some((cell) => typeof cell === "bigint" && cell < 0n))).toBe(true);
    expect(ofKind("decimal128").some((column) => column.values.some((cell) => typeof cell === "bigint" && (cell >= 2n ** 64n || cell < -(2n ** 64n))))).toBe(true);
  });
});

describe("arbColumn options", () => {
  it("respects kinds, length bounds and null rates", () => {
    const options = fc.record({
      kinds: fc.subarray([...ALL_TYPE_KINDS], { minLength: 1 }),
      minLength: fc.integer({ min: 0, max: 5 }),
      extra: fc.integer({ min: 0, max: 10 }),
      nullRate: fc.constantFrom("none" as const, "some" as const, "all" as const, "any" as const),
    });
    fc.assert(
      fc.property(options.chain((o) => fc.tuple(fc.constant(o), arbColumn({ ...o, maxLength: o.minLength + o.extra }))), ([o, column]) => {
        expect(o.kinds).toContain(column.kind);
        expect(column.values.length).toBeGreaterThanOrEqual(o.minLength);
        expect(column.values.length).toBeLessThanOrEqual(o.minLength + o.extra);
        if (o.nullRate === "none") expect(column.vector.nullCount).toBe(0);
        if (o.nullRate === "all") expect(column.vector.nullCount).toBe(column.values.length);
      }),
      { numRuns: 200 },
    );
  });

  it("rejects impossible options", () => {
    expect(() => arbColumn({ minLength: 3, maxLength: 2 })).toThrow(RangeError);
    expect(() => arbColumn({ kinds: [] })).toThrow(/at least one/);
    expect(() => arbColumn({ kinds: ["int128" as TypeKind] })).toThrow(/unknown type kind "int128"/);
  });
});
