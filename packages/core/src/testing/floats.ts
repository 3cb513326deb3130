import fc from "fast-check";
import { Float16, Float32, Float64 } from "apache-arrow";
import { fixedEncoder } from "./encode";
import { defineSpec, type KindSpec } from "./spec";
import type { TypeKind } from "./types";

const f64 = new Float64Array(1);
const f64Bits = new BigUint64Array(f64.buffer);
const f32 = new Float32Array(1);
const f32Bits = new Uint32Array(f32.buffer);

/**
 * The bit pattern of a double.
 * @param value Any number.
 * @returns Its IEEE 754 binary64 bits.
 * @example float64Bits(-0) === 0x8000000000000000n
 */
function float64Bits(value: number): bigint {
  f64[0] = value;
  return f64Bits[0];
}

/**
 * The double with the given bits.
 * @param bits IEEE 754 binary64 bits.
 * @returns The number (any NaN payload reads as NaN).
 * @example float64FromBits(0x7ff0000000000000n) === Infinity
 */
function float64FromBits(bits: bigint): number {
  f64Bits[0] = bits;
  return f64[0];
}

function float32Bits(value: number): number {
  f32[0] = value;
  return f32Bits[0];
}

function float32FromBits(bits: number): number {
  f32Bits[0] = bits;
  return f32[0];
}

/**
 * Decodes an IEEE 754 half-precision value exactly (every half is a double).
 * @param bits The 16 bits.
 * @returns The number.
 * @example halfToNumber(0x3c00) === 1
 */
export function halfToNumber(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >> 10) & 0x1f;
  const fraction = bits & 0x3ff;
  if (exponent === 0) return sign * fraction * 2 ** -24;
  if (exponent === 0x1f) return fraction === 0 ? sign * Infinity : NaN;
  return sign * (1 + fraction / 1024) * 2 ** (exponent - 15);
}

// NaNs with either sign, quiet and signalling, and all-ones payloads: engines that compare bits
// or sort keys must still see NaN.
const NAN64 = [0x7ff8_0000_0000_0000n, 0xfff8_0000_0000_0000n, 0x7ff0_0000_0000_0001n, 0xffff_ffff_ffff_ffffn];
const NAN32 = [0x7fc0_0000, 0xffc0_0000, 0x7f80_0001, 0xffff_ffff];
const NAN16 = [0x7e00, 0xfe00, 0x7c01, 0xffff];

const SPECIAL = [0, -0, Infinity, -Infinity, NaN, 1, -1];
const SPECIAL64 = [...SPECIAL, 5e-324, -5e-324, 2.225073858507201e-308, 2.2250738585072014e-308, Number.MAX_VALUE, -Number.MAX_VALUE, 2 ** 53, 2 ** 53 + 2, 0.1];
const SPECIAL32 = [...SPECIAL, 1.401298464324817e-45, -1.401298464324817e-45, 1.1754942106924411e-38, 1.1754943508222875e-38, 3.4028234663852886e38, -3.4028234663852886e38];
// zeros, infinities, ±1, ±2, ±3, smallest/largest subnormal, smallest normal, ±65504.
const SPECIAL16 = [0x0000, 0x8000, 0x7c00, 0xfc00, 0x3c00, 0xbc00, 0x4000, 0xc000, 0x4200, 0xc200, 0x0001, 0x8001, 0x03ff, 0x0400, 0x7bff, 0xfbff];

function floatBitsArb<B>(specials: fc.Arbitrary<B>, nans: readonly B[], ties: fc.Arbitrary<B>, any: fc.Arbitrary<B>): fc.Arbitrary<B> {
  return fc.oneof(
    { weight: 4, arbitrary: specials },
    { weight: 1, arbitrary: fc.constantFrom(...nans) },
    { weight: 3, arbitrary: ties },
    { weight: 3, arbitrary: any },
  );
}

const smallInts = fc.integer({ min: -3, max: 3 });

const float64Spec = defineSpec<bigint>({
  kind: "float64",
  type: () => new Float64(),
  value: floatBitsArb(fc.constantFrom(...SPECIAL64).map(float64Bits), NAN64, smallInts.map(float64Bits), fc.double().map(float64Bits)),
  garbage: (rng) => (rng.chance(0.5) ? rng.pick([float64Bits(-Infinity), float64Bits(-Number.MAX_VALUE), ...NAN64]) : rng.bits64()),
  cell: float64FromBits,
  encoder: (type) => fixedEncoder(type, { storage: BigUint64Array, width: 1 }),
});

const float32Spec = defineSpec<number>({
  kind: "float32",
  type: () => new Float32(),
  value: floatBitsArb(fc.constantFrom(...SPECIAL32).map(float32Bits), NAN32, smallInts.map(float32Bits), fc.float().map(float32Bits)),
  garbage: (rng) => (rng.chance(0.5) ? rng.pick([float32Bits(-Infinity), 0xff7f_ffff, ...NAN32]) : rng.uint32()),
  cell: float32FromBits,
  encoder: (type) => fixedEncoder(type, { storage: Uint32Array, width: 1 }),
});

const float16Spec = defineSpec<number>({
  kind: "float16",
  type: () => new Float16(),
  value: floatBitsArb(fc.constantFrom(...SPECIAL16), NAN16, fc.constantFrom(0x0000, 0x3c00, 0x4000, 0xbc00), fc.integer({ min: 0, max: 0xffff })),
  garbage: (rng) => (rng.chance(0.5) ? rng.pick([0xfc00, 0xfbff, ...NAN16]) : rng.uint32() & 0xffff),
  cell: halfToNumber,
  encoder: (type) => fixedEncoder(type, { storage: Uint16Array, width: 1 }),
});

/** Specs of the float kinds; raw values are bit patterns. */
export const FLOAT_SPECS: Partial<Record<TypeKind, KindSpec<unknown>>> = {
  float16: float16Spec,
  float32: float32Spec,
  float64: float64Spec,
};
