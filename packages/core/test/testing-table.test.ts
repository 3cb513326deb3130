import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DateDay, Decimal, Dictionary, Field, Float16, Int32, Int64, List, TimestampSecond, Utf8,
  makeData, tableFromIPC, tableToIPC, vectorFromArray, Vector,
} from "apache-arrow";
import { arbAxis, arbNested, arbTable, sameCell, toPlainValues, type Cell } from "@quiver/core/testing";

function expectSameCells(actual: readonly Cell[], expected: readonly Cell[]): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((cell, i) => {
    if (!sameCell(cell, expected[i])) expect.fail(`row ${i}: got ${fc.stringify(cell)}, expected ${fc.stringify(expected[i])}`);
  });
}

describe("arbTable", () => {
  it("makes tables whose batches, names and columns are as declared", () => {
    fc.assert(
      fc.property(arbTable(), ({ table, names, columns, kinds, batchLengths }) => {
        const rows = batchLengths.reduce((sum, n) => sum + n, 0);
        expect(new Set(names).size).toBe(names.length);
        expect(table.schema.fields.map((field) => field.name)).toEqual(names);
        expect(kinds.length).toBe(names.length);
        expect(table.numRows).toBe(rows);
        expect(table.batches.map((batch) => batch.numRows)).toEqual(batchLengths);
        if (rows > 0) expect(batchLengths.length).toBeGreaterThan(0);
        for (const batch of table.batches) {
          for (const child of batch.data.children) expect(child.length).toBe(batch.numRows);
        }
        names.forEach((_, j) => {
          expect(columns[j].length).toBe(rows);
          const vector = table.getChildAt(j)!;
          if (batchLengths.length > 0) expect(vector.data.map((chunk) => chunk.length)).toEqual(batchLengths);
          expectSameCells(toPlainValues(vector), columns[j]);
        });
      }),
      { numRuns: 200 },
    );
  });

  it("honours sameKind, column bounds and zero columns or rows", () => {
    fc.assert(
      fc.property(arbTable({ sameKind: true, minColumns: 2, maxColumns: 3 }), ({ kinds }) => {
        expect(kinds.length).toBeGreaterThanOrEqual(2);
        expect(kinds.length).toBeLessThanOrEqual(3);
        expect(new Set(kinds).size).toBe(1);
      }),
      { numRuns: 100 },
    );
    const empty = fc.sample(arbTable({ minColumns: 0, maxColumns: 0, minLength: 3, maxLength: 3 }), 20);
    for (const { table } of empty) expect([table.numCols, table.numRows]).toEqual([0, 3]);
    const noRows = fc.sample(arbTable({ maxLength: 0 }), 50);
    expect(noRows.every(({ table }) => table.numRows === 0)).toBe(true);
    expect(noRows.some(({ batchLengths }) => batchLengths.length === 0)).toBe(true);
  });

  it("mixes kinds and slices the batches' children", () => {
    const tables = fc.sample(arbTable({ minColumns: 3 }), { numRuns: 300, seed: 11 });
    expect(tables.some(({ kinds }) => new Set(kinds).size > 1)).toBe(true);
    const children = tables.flatMap(({ table }) => table.batches.flatMap((batch) => batch.data.children));
    expect(children.some((child) => child.offset % 8 !== 0)).toBe(true);
    expect(tables.some(({ batchLengths }) => batchLengths.length > 2 && batchLengths.includes(0))).toBe(true);
  });

  it("round-trips through IPC streams, and through files when dictionaries are shared", () => {
    fc.assert(
      fc.property(arbTable({ kinds: ["dictionary", "int64", "utf8"], dictionaries: "shared" }), ({ table, columns }) => {
        for (const format of ["stream", "file"] as const) {
          const back = tableFromIPC(tableToIPC(table, format));
          columns.forEach((column, j) => expectSameCells(toPlainValues(back.getChildAt(j)!), column));
        }
      }),
      { numRuns: 100 },
    );
  });
});

/** The shape of a rectangular nested array, or undefined if it is ragged. */
function shapeOf(value: unknown): number[] | undefined {
  if (!Array.isArray(value)) return [];
  const inner = value.map(shapeOf);
  if (inner.some((shape) => shape === undefined || fc.stringify(shape) !== fc.stringify(inner[0]))) return undefined;
  return [value.length, ...(inner[0] ?? [])];
}

describe("arbNested and arbAxis", () => {
  it("makes rectangular arrays within the bounds, of one element type", () => {
    const options = fc.record({
      maxDims: fc.integer({ min: 0, max: 4 }),
      maxSide: fc.integer({ min: 0, max: 4 }),
      element: fc.constantFrom("number" as const, "bigint" as const, "boolean" as const, "string" as const, "any" as const),
    });
    fc.assert(
      fc.property(options.chain((o) => fc.tuple(fc.constant(o), arbNested(o))), ([o, nested]) => {
        const shape = shapeOf(nested);
        expect(shape).toBeDefined();
        expect(shape!.length).toBeLessThanOrEqual(o.maxDims);
        for (const side of shape!) expect(side).toBeLessThanOrEqual(o.maxSide);
        const types = new Set([nested].flat(Infinity).map((element) => typeof element));
        expect(types.size).toBeLessThanOrEqual(1);
        if (o.element !== "any" && types.size === 1) expect([...types]).toEqual([o.element]);
      }),
      { numRuns: 300 },
    );
    const samples = fc.sample(arbNested({ element: "any" }), { numRuns: 300, seed: 3 });
    expect(new Set(samples.filter((s) => !Array.isArray(s)).map((s) => typeof s)).size).toBeGreaterThan(1);
    expect(samples.some((s) => shapeOf(s)!.length === 3 && [s].flat(Infinity).length > 8)).toBe(true);
  });

  it("makes null, valid (negative too) and out-of-range axes", () => {
    for (const ndim of [0, 1, 2, 3]) {
      const axes = fc.sample(arbAxis(ndim), { numRuns: 300, seed: ndim });
      expect(axes.every((axis) => axis === null || Number.isInteger(axis))).toBe(true);
      expect(axes).toContain(null);
      expect(axes.some((axis) => axis !== null && (axis >= Math.max(ndim, 1) || axis < -Math.max(ndim, 1)))).toBe(true);
      if (ndim > 0) for (let axis = -ndim; axis < ndim; axis++) expect(axes).toContain(axis);
    }
  });
});

describe("toPlainValues and sameCell", () => {
  it("normalise vectors built by arrow-js itself", () => {
    expectSameCells(toPlainValues(vectorFromArray([2n ** 53n + 1n, null, -1n], new Int64())), [2n ** 53n + 1n, null, -1n]);
    expectSameCells(toPlainValues(vectorFromArray([1, null, -0, 0.5], new Float16())), [1, null, -0, 0.5]);
    expectSameCells(toPlainValues(vectorFromArray(["b", "a", null, "b"], new Dictionary(new Utf8(), new Int32()))), ["b", "a", null, "b"]);
    expectSameCells(toPlainValues(vectorFromArray([-86_400_000, 86_400_000], new DateDay())), [-86_400_000_000_000n, 86_400_000_000_000n]);
    const stamps = makeData({ type: new TimestampSecond(), data: BigInt64Array.of(-2n, 3n) });
    expectSameCells(toPlainValues(new Vector([stamps])), [-2_000_000_000n, 3_000_000_000n]);
    const decimals = makeData({ type: new Decimal(2, 38, 128), data: Uint32Array.of(0xffff_ffff, 0xffff_ffff, 0xffff_ffff, 0xffff_ffff, 0, 0, 1, 0) });
    expectSameCells(toPlainValues(new Vector([decimals])), [-1n, 2n ** 64n]);
    expectSameCells(toPlainValues(vectorFromArray([1, 2, 3, 4, 5], new Int32()).slice(1, 4)), [2, 3, 4]);
  });

  it("rejects unsupported types", () => {
    const lists = vectorFromArray([[1]], new List(new Field("item", new Int32())));
    expect(() => toPlainValues(lists)).toThrow(/unsupported type List/);
  });

  it("compares with Object.is and bytes bytewise", () => {
    expect(sameCell(NaN, NaN)).toBe(true);
    expect(sameCell(0, -0)).toBe(false);
    expect(sameCell(1n, 1n)).toBe(true);
    expect(sameCell(Uint8Array.of(1, 2), Uint8Array.of(1, 2))).toBe(true);
    expect(sameCell(Uint8Array.of(1, 2), Uint8Array.of(1))).toBe(false);
    expect(sameCell(null, 0)).toBe(false);
  });
});
