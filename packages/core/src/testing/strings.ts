import fc from "fast-check";
import { Binary, LargeBinary, LargeUtf8, Utf8, type DataType } from "apache-arrow";
import { varWidthEncoder } from "./encode";
import type { Rng } from "./random";
import { defineSpec, type KindSpec } from "./spec";
import type { TypeKind } from "./types";

const utf8 = new TextEncoder();

/**
 * UTF-8 bytes of a string.
 * @param text A well-formed string (no lone surrogates).
 * @returns Its bytes.
 * @example utf8Bytes("😀").length === 4
 */
export function utf8Bytes(text: string): Uint8Array {
  return utf8.encode(text);
}

// UTF-16 order and UTF-8 (code point) order disagree on "\uff5e" vs "😀"; "\ud7ff" and "\ue000"
// sit on either side of the surrogate range; NUL and prefixes test length-aware comparison.
const EDGE_STRINGS = ["", "a", "b", "ab", "abc", "aa", "a\u0000", "\u0000", "\uff5e", "😀", "\ud7ff", "\ue000", "\uffff", "\u{10ffff}", "é", "e\u0301", "Z", "😀a", "\uff5ea"];
const PREFIXES = ["", "pre", "prefix", "😀", "\uff5e"];
const SUFFIXES = ["", "a", "b", "\u0000", "\uff5e", "😀", "z"];

/**
 * Strings rich in the contract's comparison traps: astral characters, the code points around the
 * surrogate range, empty strings, shared prefixes, and arbitrary well-formed text.
 * @returns The arbitrary.
 * @example fc.sample(edgeStrings(), 5)
 */
export function edgeStrings(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...EDGE_STRINGS) },
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...PREFIXES), fc.constantFrom(...SUFFIXES)).map(([p, s]) => p + s) },
    { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }) },
  );
}

const EDGE_BYTES = [[], [0], [0, 0], [1], [127], [128], [255], [0, 255], [255, 0], [255, 255]].map((b) => Uint8Array.from(b));

/**
 * Byte strings: empty, 0x00 and 0xff edges (signed-byte comparison traps), UTF-8 of edge strings,
 * arbitrary bytes.
 * @returns The arbitrary.
 * @example fc.sample(edgeBinaries(), 5)
 */
function edgeBinaries(): fc.Arbitrary<Uint8Array> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...EDGE_BYTES) },
    { weight: 2, arbitrary: edgeStrings().map(utf8Bytes) },
    { weight: 2, arbitrary: fc.uint8Array({ maxLength: 6 }) },
  );
}

/**
 * A well-formed string for a slot nobody should read; often one that would win a comparison.
 * @param rng Source of randomness.
 * @returns The string.
 * @example garbageString(rng)
 */
export function garbageString(rng: Rng): string {
  if (rng.chance(0.4)) return rng.pick(["", "\u0000", "\u0000\u0000", "!"]);
  return String.fromCharCode(...Array.from({ length: rng.int(1, 6) }, () => rng.int(0x20, 0x7e)));
}

function stringSpec(kind: "utf8" | "largeUtf8"): KindSpec<unknown> {
  const large = kind === "largeUtf8";
  return defineSpec<string>({
    kind,
    type: (): DataType => (large ? new LargeUtf8() : new Utf8()),
    value: edgeStrings(),
    garbage: garbageString,
    cell: (raw) => raw,
    encoder: (type, _cells, rng) => varWidthEncoder(type, utf8Bytes, large, rng),
  });
}

function binarySpec(kind: "binary" | "largeBinary"): KindSpec<unknown> {
  const large = kind === "largeBinary";
  return defineSpec<Uint8Array>({
    kind,
    type: (): DataType => (large ? new LargeBinary() : new Binary()),
    value: edgeBinaries(),
    garbage: (rng) => (rng.chance(0.3) ? new Uint8Array(rng.int(0, 2)) : rng.bytes(rng.int(1, 5))),
    cell: (raw) => raw.slice(),
    encoder: (type, _cells, rng) => varWidthEncoder(type, (raw: Uint8Array) => raw, large, rng),
  });
}

/** Specs of the string and binary kinds. */
export const STRING_SPECS: Partial<Record<TypeKind, KindSpec<unknown>>> = {
  utf8: stringSpec("utf8"),
  largeUtf8: stringSpec("largeUtf8"),
  binary: binarySpec("binary"),
  largeBinary: binarySpec("largeBinary"),
};
