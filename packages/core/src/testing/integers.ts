import fc from "fast-check";
import { Decimal, Int16, Int32, Int64, Int8, Uint16, Uint32, Uint64, Uint8, type DataType } from "apache-arrow";
import { fixedEncoder } from "./encode";
import type { Rng } from "./random";
import { defineSpec, type KindSpec } from "./spec";
import type { TypeKind } from "./types";

/**
 * The scale of every generated decimal column, so unscaled values compare across columns.
 * @example Number(cell) / 10 ** DECIMAL_SCALE // the decimal's value as a double
 */
export const DECIMAL_SCALE = 2;
const DECIMAL_LIMIT = 10n ** 38n - 1n;

type SmallIntKind = "int8" | "int16" | "int32" | "uint8" | "uint16" | "uint32";

const SMALL_INTS: Record<SmallIntKind, { make: () => DataType; storage: new (n: number) => ArrayBufferView; bits: number; signed: boolean }> = {
  int8: { make: () => new Int8(), storage: Int8Array, bits: 8, signed: true },
  int16: { make: () => new Int16(), storage: Int16Array, bits: 16, signed: true },
  int32: { make: () => new Int32(), storage: Int32Array, bits: 32, signed: true },
  uint8: { make: () => new Uint8(), storage: Uint8Array, bits: 8, signed: false },
  uint16: { make: () => new Uint16(), storage: Uint16Array, bits: 16, signed: false },
  uint32: { make: () => new Uint32(), storage: Uint32Array, bits: 32, signed: false },
};

/**
 * Integers in [min, max], weighted towards the bounds and a small pool so ties are common.
 * @param min Smallest value.
 * @param max Largest value.
 * @returns The arbitrary.
 * @example boundedInts(-128, 127)
 */
export function boundedInts(min: number, max: number): fc.Arbitrary<number> {
  const edges = [min, min + 1, max - 1, max, 0, 1, Math.max(min, -1)];
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...edges) },
    { weight: 3, arbitrary: fc.integer({ min: Math.max(min, -3), max: Math.min(max, 3) }) },
    { weight: 2, arbitrary: fc.integer({ min, max }) },
  );
}

function smallIntSpec(kind: SmallIntKind): KindSpec<unknown> {
  const { make, storage, bits, signed } = SMALL_INTS[kind];
  const min = signed ? -(2 ** (bits - 1)) : 0;
  const max = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
  return defineSpec<number>({
    kind,
    type: make,
    value: boundedInts(min, max),
    garbage: (rng) => (rng.chance(0.5) ? min : rng.int(min, max)),
    cell: (raw) => raw,
    encoder: (type) => fixedEncoder(type, { storage, width: 1 }),
  });
}

const LOW_WORDS = [0n, 1n, 0x7fff_ffffn, 0x8000_0000n, 0xffff_fffen, 0xffff_ffffn];

/**
 * 64-bit integers that stress exact comparison: 2^53 neighbours, the type's bounds, and values
 * built from a few high and low words, so pairs differ only in the low or only in the high 32
 * bits, and negatives often have a large (unsigned) low word.
 * @param signed Int64 when true, UInt64 when false.
 * @returns The arbitrary.
 * @example wideInts(true)
 */
export function wideInts(signed: boolean): fc.Arbitrary<bigint> {
  const min = signed ? -(2n ** 63n) : 0n;
  const max = signed ? 2n ** 63n - 1n : 2n ** 64n - 1n;
  const p53 = 2n ** 53n;
  const edges = signed
    ? [min, min + 1n, max, 0n, 1n, -1n, p53, p53 + 1n, -p53, -p53 - 1n, -(2n ** 32n), -(2n ** 31n) - 1n]
    : [0n, 1n, max, max - 1n, p53, p53 + 1n, 2n ** 63n, 2n ** 63n - 1n, 2n ** 32n, 2n ** 32n - 1n];
  const highs = signed ? [-(2n ** 31n), -2n, -1n, 0n, 1n, 2n ** 31n - 1n] : [0n, 1n, 2n, 0x7fff_ffffn, 0x8000_0000n, 0xffff_ffffn];
  const wrap = (v: bigint) => (signed ? BigInt.asIntN(64, v) : BigInt.asUintN(64, v));
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...edges) },
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...highs), fc.constantFrom(...LOW_WORDS)).map(([h, l]) => wrap((h << 32n) | l)) },
    { weight: 2, arbitrary: fc.bigInt({ min: signed ? -3n : 0n, max: 3n }) },
    { weight: 2, arbitrary: fc.bigInt({ min, max }) },
  );
}

function wideIntSpec(kind: "int64" | "uint64"): KindSpec<unknown> {
  const signed = kind === "int64";
  return defineSpec<bigint>({
    kind,
    type: () => (signed ? new Int64() : new Uint64()),
    value: wideInts(signed),
    garbage: (rng) => {
      const bits = rng.chance(0.5) ? (signed ? 1n << 63n : 0n) : rng.bits64();
      return signed ? BigInt.asIntN(64, bits) : bits;
    },
    cell: (raw) => raw,
    encoder: (type) => fixedEncoder(type, { storage: signed ? BigInt64Array : BigUint64Array, width: 1 }),
  });
}

/**
 * Unscaled decimal128 values within precision 38, including ones that need the high words and
 * pairs that differ only in the high or only in the low 64 bits.
 * @returns The arbitrary.
 * @example decimals()
 */
export function decimals(): fc.Arbitrary<bigint> {
  const two64 = 2n ** 64n;
  const edges = [0n, 1n, -1n, DECIMAL_LIMIT, -DECIMAL_LIMIT, two64, two64 - 1n, -two64, -two64 - 1n, 2n ** 63n, 2n ** 96n, -(2n ** 96n)];
  const words = fc.tuple(fc.constantFrom(-3n, -1n, 0n, 1n, 2n ** 40n), fc.constantFrom(0n, 1n, 2n ** 63n, two64 - 1n));
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...edges) },
    { weight: 2, arbitrary: words.map(([high, low]) => high * two64 + low) },
    { weight: 2, arbitrary: fc.bigInt({ min: -300n, max: 300n }) },
    { weight: 2, arbitrary: fc.bigInt({ min: -DECIMAL_LIMIT, max: DECIMAL_LIMIT }) },
  );
}

const decimalSpec = defineSpec<bigint>({
  kind: "decimal128",
  type: () => new Decimal(DECIMAL_SCALE, 38, 128),
  value: decimals(),
  garbage: (rng: Rng) => BigInt.asIntN(128, (rng.bits64() << 64n) | rng.bits64()),
  cell: (raw) => raw,
  encoder: (type) =>
    fixedEncoder<bigint>(type, {
      storage: BigUint64Array,
      width: 2,
      write: (storage, index, raw) => {
        storage[2 * index] = BigInt.asUintN(64, raw);
        storage[2 * index + 1] = BigInt.asUintN(64, raw >> 64n);
      },
    }),
});

/** Specs of the integer kinds and decimal128. */
export const INTEGER_SPECS: Partial<Record<TypeKind, KindSpec<unknown>>> = {
  int8: smallIntSpec("int8"),
  int16: smallIntSpec("int16"),
  int32: smallIntSpec("int32"),
  uint8: smallIntSpec("uint8"),
  uint16: smallIntSpec("uint16"),
  uint32: smallIntSpec("uint32"),
  int64: wideIntSpec("int64"),
  uint64: wideIntSpec("uint64"),
  decimal128: decimalSpec,
};
