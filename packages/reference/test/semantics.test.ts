// Pins every row of the argmin contract's "Everywhere" table on the 1-D oracle, and its group-by rules.
import { describe, expect, it } from "vitest";
import { type Cell, type RefArgOptions, ValueError, refArgReduce, refGroupArgReduce } from "../src/index.js";

const argmin: RefArgOptions = {};
const argmax: RefArgOptions = { max: true };
const nanargmin: RefArgOptions = { skipNaN: true };
const nanargmax: RefArgOptions = { skipNaN: true, max: true };
const big = 2n ** 53n;

type Row = [name: string, cells: Cell[], options: RefArgOptions, expected: number | null];

const rows: Row[] = [
  ["ties: first of a run", [3, 3, 3, 3, 2, 2, 2, 2], argmin, 4],
  ["ties: argmax first of a run", [2, 2, 2, 2, 3, 3, 3, 3], argmax, 4],
  ["ties: argmax first at the start", [3, 3, 1, 3], argmax, 0],
  ["NaN propagates", [3, NaN, 1, NaN], argmin, 1],
  ["NaN propagates in argmax", [3, NaN, 1, NaN], argmax, 1],
  ["NaN beats -Infinity", [-Infinity, NaN], argmin, 1],
  ["NaN beats +Infinity in argmax", [Infinity, NaN], argmax, 1],
  ["nanargmin skips NaN", [3, NaN, 1, NaN], nanargmin, 2],
  ["nanargmax skips NaN", [3, NaN, 1, NaN], nanargmax, 0],
  ["nanargmin skips NaN for real, unlike NumPy", [NaN, Infinity], nanargmin, 1],
  ["nanargmax skips NaN for real, unlike NumPy", [NaN, -Infinity], nanargmax, 1],
  ["nulls are skipped", [3, null, 1, null], argmin, 2],
  ["nulls are skipped in argmax", [null, 1, null, 3], argmax, 3],
  ["all null gives null", [null, null], argmin, null],
  ["all null gives null in nanargmax", [null, null], nanargmax, null],
  ["empty gives null", [], argmin, null],
  ["nulls first, then NaN propagates", [null, NaN, 1], argmin, 1],
  ["nulls first, then NaN is skipped", [null, NaN, 1], nanargmin, 2],
  ["0 and -0 are equal", [0, -0], argmin, 0],
  ["-0 and 0 are equal", [-0, 0], argmin, 0],
  ["0 and -0 are equal in argmax", [-0, 0], argmax, 0],
  ["Infinities are ordinary", [Infinity, -Infinity, -Infinity, 1], argmin, 1],
  ["Infinities are ordinary in argmax", [1, Infinity, Infinity], argmax, 1],
  ["false < true", [true, false, false], argmin, 1],
  ["true is the max", [false, true, true], argmax, 1],
  ["strings by UTF-8 bytes", ["\uff5e", "😀"], argmin, 0],
  ["strings by UTF-8 bytes in argmax", ["😀", "\uff5e"], argmax, 0],
  ["a string prefix sorts first", ["ab", "a", "abc"], argmin, 1],
  ["binary by bytes", [Uint8Array.of(2), Uint8Array.of(1, 255), Uint8Array.of(1)], argmin, 2],
  ["Int64 exact", [big + 1n, big], argmin, 1],
  ["Int64 exact in argmax", [big, big + 1n], argmax, 1],
  ["bigint against double, exact", [big + 1n, 2 ** 53], argmin, 1],
  ["double against bigint, exact", [2 ** 53, big + 1n], argmax, 1],
];

describe("the contract's table on refArgReduce", () => {
  it.each(rows)("%s", (_name, cells, options, expected) => {
    expect(refArgReduce(cells, options)).toBe(expected);
  });

  it("defaults to argmin", () => {
    expect(refArgReduce([2, 1, 1])).toBe(1);
  });

  it.each([
    [[NaN, NaN], nanargmin],
    [[NaN], nanargmax],
    [[null, NaN, null], nanargmin],
  ] as [Cell[], RefArgOptions][])("nan variants throw on an all-NaN slice %#", (cells, options) => {
    expect(() => refArgReduce(cells, options)).toThrow(ValueError);
    expect(() => refArgReduce(cells, options)).toThrow("All-NaN slice encountered");
  });

  it("an all-NaN slice is an answer for plain argmin", () => {
    expect(refArgReduce([NaN, NaN], argmin)).toBe(0);
    expect(refArgReduce([null, NaN, NaN], argmax)).toBe(1);
  });

  it("rejects slices mixing kinds, even when a NaN would answer first", () => {
    expect(() => refArgReduce([NaN, "a"])).toThrow(TypeError);
    expect(() => refArgReduce([1, true])).toThrow(/position 0 is numeric but position 1 is boolean/);
  });

  it("rejects values that are not cells", () => {
    expect(() => refArgReduce([1, undefined as unknown as Cell])).toThrow(TypeError);
    expect(() => refArgReduce([{} as unknown as Cell])).toThrow(/is not a cell/);
  });
});

describe("the contract's group-by rules on refGroupArgReduce", () => {
  it("counts positions within the group, groups in first-row order", () => {
    expect(refGroupArgReduce([["a", "b", "a", "b", "a"]], [3, 1, 2, 1, 2])).toEqual([
      { keys: ["a"], index: 1 },
      { keys: ["b"], index: 0 },
    ]);
  });

  it("makes one group of null keys, one of NaN keys, one of -0 and 0; binary keys by bytes", () => {
    const groups = refGroupArgReduce([[NaN, null, 0, -0, NaN, null, 1, 0]], [5, 4, 3, 9, 1, 8, 0, 2]);
    expect(groups.map((g) => g.index)).toEqual([1, 0, 2, 0]);
    expect(groups.map((g) => g.keys[0])).toEqual([NaN, null, 0, 1]);
    const bytes = refGroupArgReduce([[Uint8Array.of(1), Uint8Array.of(1, 0), Uint8Array.of(1)]], [2, 0, 1]);
    expect(bytes.map((g) => g.index)).toEqual([1, 0]);
  });

  it("keys of several columns must all match", () => {
    const groups = refGroupArgReduce([["a", "a", "a"], [1, 2, 1]], [4, 3, 2]);
    expect(groups).toEqual([{ keys: ["a", 1], index: 1 }, { keys: ["a", 2], index: 0 }]);
  });

  it("applies the null and NaN rules per group and reports an all-NaN group's error", () => {
    const groups = refGroupArgReduce([["x", "y", "x", "y"]], [null, NaN, null, 1], nanargmin);
    expect(groups).toEqual([
      { keys: ["x"], index: null },
      { keys: ["y"], index: 1 },
    ]);
    expect(refGroupArgReduce([["x", "y"]], [NaN, 1], nanargmin)[0].index).toEqual({ error: "ValueError: All-NaN slice encountered" });
    expect(refGroupArgReduce([["x", "x"]], [1, NaN], argmin)[0].index).toBe(1);
  });
});
