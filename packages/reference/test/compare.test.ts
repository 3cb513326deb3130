import { describe, expect, it } from "vitest";
import { type Cell, compareCells, isNaNCell } from "../src/index.js";

const sign = (a: Cell, b: Cell): number => Math.sign(compareCells(a, b));
const big = 2n ** 53n;

describe("compareCells", () => {
  it("orders numbers with <, so -0 equals 0 and infinities are ordinary", () => {
    expect(sign(1, 2)).toBe(-1);
    expect(sign(2, 1)).toBe(1);
    expect(sign(0, -0)).toBe(0);
    expect(sign(-Infinity, -1e308)).toBe(-1);
    expect(sign(Infinity, 1e308)).toBe(1);
  });

  it("orders bigints and mixes them with numbers exactly", () => {
    expect(sign(big + 1n, big)).toBe(1);
    expect(sign(2 ** 53, big + 1n)).toBe(-1);
    expect(sign(big + 1n, 2 ** 53)).toBe(1);
    expect(sign(2 ** 53, big)).toBe(0);
    expect(sign(2.5, 2n)).toBe(1);
    expect(sign(2.5, 3n)).toBe(-1);
    expect(sign(-2.5, -2n)).toBe(-1);
    expect(sign(-2.5, -3n)).toBe(1);
    expect(sign(-0, 0n)).toBe(0);
    expect(sign(Infinity, 2n ** 2000n)).toBe(1);
    expect(sign(-Infinity, -(2n ** 2000n))).toBe(-1);
    expect(sign(1e300, 10n ** 300n)).toBe(1); // the double 1e300 is slightly above 10^300
  });

  it("orders booleans false < true", () => {
    expect(sign(false, true)).toBe(-1);
    expect(sign(true, true)).toBe(0);
  });

  it("orders strings by code point (UTF-8 bytes), not UTF-16 units", () => {
    expect("\uff5e" < "😀").toBe(false); // what JavaScript `<` would get wrong
    expect(sign("\uff5e", "😀")).toBe(-1);
    expect(sign("a", "ab")).toBe(-1);
    expect(sign("b", "ab")).toBe(1);
    expect(sign("é", "é")).toBe(0);
    expect(sign("", "a")).toBe(-1);
  });

  it("orders binary lexicographically, a proper prefix first", () => {
    expect(sign(Uint8Array.of(1, 2), Uint8Array.of(1, 3))).toBe(-1);
    expect(sign(Uint8Array.of(1), Uint8Array.of(1, 0))).toBe(-1);
    expect(sign(Uint8Array.of(255), Uint8Array.of(1, 0))).toBe(1);
    expect(sign(new Uint8Array(0), new Uint8Array(0))).toBe(0);
  });

  it("refuses incompatible kinds, nulls and NaN", () => {
    expect(() => compareCells("1", 1)).toThrow(TypeError);
    expect(() => compareCells(true, 1)).toThrow(TypeError);
    expect(() => compareCells("a", Uint8Array.of(97))).toThrow(TypeError);
    expect(() => compareCells(null, 1)).toThrow(TypeError);
    expect(() => compareCells(NaN, 1)).toThrow(TypeError);
  });
});

describe("isNaNCell", () => {
  it("is true only for the number NaN", () => {
    expect(isNaNCell(NaN)).toBe(true);
    for (const c of [null, 0, Infinity, 0n, "NaN", false, new Uint8Array(0)] as Cell[]) {
      expect(isNaNCell(c)).toBe(false);
    }
  });
});
