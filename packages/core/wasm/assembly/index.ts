/**
 * Quiver's WebAssembly SIMD kernels for the arg-reduction of dense number columns. The module
 * imports the engine's memory (shared where threads can run): the engine passes the address of a
 * column that lives there, or copies a foreign column block by block into a block buffer it
 * allocated there, and calls one scan per block with the best value so far; the scan answers
 * whether the block beats it and where.
 *
 * Every scan takes `(ptr, n, best)` — the byte address of the block's first value, its number of
 * values, and the best value before the block — and returns -1 (no slot beats `best`), the first
 * index of the block's winning value, or -(k + 2) for a propagating NaN first met at k.
 * Rebuild with `pnpm -C packages/core build:wasm` after editing.
 */

import { scanFloats } from "./floats";
import { scanIntegers } from "./integers";
import { join, scanInt64, SIGNED_MAX, SIGNED_MIN, UNSIGNED_MAX, UNSIGNED_MIN } from "./int64";
import { scanMasked } from "./masked";
import { rowExtremes } from "./rows";

// Floats: argmin/argmax let the first NaN win; nanargmin/nanargmax skip NaN.
export function minF64(ptr: usize, n: i32, best: f64): i32 { return scanFloats<f64>(ptr, n, best, false, false); }
export function maxF64(ptr: usize, n: i32, best: f64): i32 { return scanFloats<f64>(ptr, n, best, true, false); }
export function nanminF64(ptr: usize, n: i32, best: f64): i32 { return scanFloats<f64>(ptr, n, best, false, true); }
export function nanmaxF64(ptr: usize, n: i32, best: f64): i32 { return scanFloats<f64>(ptr, n, best, true, true); }
export function minF32(ptr: usize, n: i32, best: f64): i32 { return scanFloats<f32>(ptr, n, <f32>best, false, false); }
export function maxF32(ptr: usize, n: i32, best: f64): i32 { return scanFloats<f32>(ptr, n, <f32>best, true, false); }
export function nanminF32(ptr: usize, n: i32, best: f64): i32 { return scanFloats<f32>(ptr, n, <f32>best, false, true); }
export function nanmaxF32(ptr: usize, n: i32, best: f64): i32 { return scanFloats<f32>(ptr, n, <f32>best, true, true); }

// Integers of 8 to 32 bits; `best` arrives as a 32-bit word and is narrowed to the lane type.
export function minI32(ptr: usize, n: i32, best: i32): i32 { return scanIntegers<i32>(ptr, n, best, false); }
export function maxI32(ptr: usize, n: i32, best: i32): i32 { return scanIntegers<i32>(ptr, n, best, true); }
export function minU32(ptr: usize, n: i32, best: i32): i32 { return scanIntegers<u32>(ptr, n, <u32>best, false); }
export function maxU32(ptr: usize, n: i32, best: i32): i32 { return scanIntegers<u32>(ptr, n, <u32>best, true); }
export function minI16(ptr: usize, n: i32, best: i32): i32 { return scanIntegers<i16>(ptr, n, <i16>best, false); }
export function maxI16(ptr: usize, n: i32, best: i32): i32 { return scanIntegers<i16>(ptr, n, <i16>best, true); }
export function minU16(ptr: usize, n: i32, best: i32): i32 { return scanIntegers<u16>(ptr, n, <u16>best, false); }
export function maxU16(ptr: usize, n: i32, best: i32): i32 { return scanIntegers<u16>(ptr, n, <u16>best, true); }
export function minI8(ptr: usize, n: i32, best: i32): i32 { return scanIntegers<i8>(ptr, n, <i8>best, false); }
export function maxI8(ptr: usize, n: i32, best: i32): i32 { return scanIntegers<i8>(ptr, n, <i8>best, true); }
export function minU8(ptr: usize, n: i32, best: i32): i32 { return scanIntegers<u8>(ptr, n, <u8>best, false); }
export function maxU8(ptr: usize, n: i32, best: i32): i32 { return scanIntegers<u8>(ptr, n, <u8>best, true); }

// 64-bit integers; `best` arrives as its high and low 32-bit words, so no BigInt crosses over.
export function minI64(ptr: usize, n: i32, hi: i32, lo: i32): i32 { return scanInt64(ptr, n, join(hi, lo), SIGNED_MIN); }
export function maxI64(ptr: usize, n: i32, hi: i32, lo: i32): i32 { return scanInt64(ptr, n, join(hi, lo), SIGNED_MAX); }
export function minU64(ptr: usize, n: i32, hi: i32, lo: i32): i32 { return scanInt64(ptr, n, join(hi, lo), UNSIGNED_MIN); }
export function maxU64(ptr: usize, n: i32, hi: i32, lo: i32): i32 { return scanInt64(ptr, n, join(hi, lo), UNSIGNED_MAX); }

// Row axis: per row, the column of the extreme among `ncols` columns whose addresses are the u32s
// at `table`; the winners go to the i32s at `out`; returns how many rows had no winner (all NaN,
// NaN skipped).
export function rowMinF64(table: usize, ncols: i32, rows: i32, out: usize, skipNaN: bool): i32 { return rowExtremes<f64>(table, ncols, rows, out, false, skipNaN, 0); }
export function rowMaxF64(table: usize, ncols: i32, rows: i32, out: usize, skipNaN: bool): i32 { return rowExtremes<f64>(table, ncols, rows, out, true, skipNaN, 0); }
export function rowMinF32(table: usize, ncols: i32, rows: i32, out: usize, skipNaN: bool): i32 { return rowExtremes<f32>(table, ncols, rows, out, false, skipNaN, 0); }
export function rowMaxF32(table: usize, ncols: i32, rows: i32, out: usize, skipNaN: bool): i32 { return rowExtremes<f32>(table, ncols, rows, out, true, skipNaN, 0); }
export function rowMinI32(table: usize, ncols: i32, rows: i32, out: usize, skipNaN: bool): i32 { return rowExtremes<i32>(table, ncols, rows, out, false, skipNaN, 0); }
export function rowMaxI32(table: usize, ncols: i32, rows: i32, out: usize, skipNaN: bool): i32 { return rowExtremes<i32>(table, ncols, rows, out, true, skipNaN, 0); }
export function rowMinU32(table: usize, ncols: i32, rows: i32, out: usize, skipNaN: bool): i32 { return rowExtremes<u32>(table, ncols, rows, out, false, skipNaN, 0); }
export function rowMaxU32(table: usize, ncols: i32, rows: i32, out: usize, skipNaN: bool): i32 { return rowExtremes<u32>(table, ncols, rows, out, true, skipNaN, 0); }
export function rowMinI64(table: usize, ncols: i32, rows: i32, out: usize, skipNaN: bool): i32 { return rowExtremes<i64>(table, ncols, rows, out, false, skipNaN, SIGNED_MIN); }
export function rowMaxI64(table: usize, ncols: i32, rows: i32, out: usize, skipNaN: bool): i32 { return rowExtremes<i64>(table, ncols, rows, out, false, skipNaN, SIGNED_MAX); }
export function rowMinU64(table: usize, ncols: i32, rows: i32, out: usize, skipNaN: bool): i32 { return rowExtremes<i64>(table, ncols, rows, out, false, skipNaN, UNSIGNED_MIN); }
export function rowMaxU64(table: usize, ncols: i32, rows: i32, out: usize, skipNaN: bool): i32 { return rowExtremes<i64>(table, ncols, rows, out, false, skipNaN, UNSIGNED_MAX); }

// Columns with nulls: `(ptr, n, bits, shift, best)`, value i valid when bit `shift + i` of the
// bytes at `bits` is set; the result as the dense scans'.
export function maskedMinF64(ptr: usize, n: i32, bits: usize, shift: u32, best: f64): i32 { return scanMasked<f64>(ptr, n, bits, shift, best, false, false); }
export function maskedMaxF64(ptr: usize, n: i32, bits: usize, shift: u32, best: f64): i32 { return scanMasked<f64>(ptr, n, bits, shift, best, true, false); }
export function maskedNanMinF64(ptr: usize, n: i32, bits: usize, shift: u32, best: f64): i32 { return scanMasked<f64>(ptr, n, bits, shift, best, false, true); }
export function maskedNanMaxF64(ptr: usize, n: i32, bits: usize, shift: u32, best: f64): i32 { return scanMasked<f64>(ptr, n, bits, shift, best, true, true); }
export function maskedMinF32(ptr: usize, n: i32, bits: usize, shift: u32, best: f64): i32 { return scanMasked<f32>(ptr, n, bits, shift, <f32>best, false, false); }
export function maskedMaxF32(ptr: usize, n: i32, bits: usize, shift: u32, best: f64): i32 { return scanMasked<f32>(ptr, n, bits, shift, <f32>best, true, false); }
export function maskedNanMinF32(ptr: usize, n: i32, bits: usize, shift: u32, best: f64): i32 { return scanMasked<f32>(ptr, n, bits, shift, <f32>best, false, true); }
export function maskedNanMaxF32(ptr: usize, n: i32, bits: usize, shift: u32, best: f64): i32 { return scanMasked<f32>(ptr, n, bits, shift, <f32>best, true, true); }
export function maskedMinI32(ptr: usize, n: i32, bits: usize, shift: u32, best: i32): i32 { return scanMasked<i32>(ptr, n, bits, shift, best, false, false); }
export function maskedMaxI32(ptr: usize, n: i32, bits: usize, shift: u32, best: i32): i32 { return scanMasked<i32>(ptr, n, bits, shift, best, true, false); }
export function maskedMinU32(ptr: usize, n: i32, bits: usize, shift: u32, best: i32): i32 { return scanMasked<u32>(ptr, n, bits, shift, <u32>best, false, false); }
export function maskedMaxU32(ptr: usize, n: i32, bits: usize, shift: u32, best: i32): i32 { return scanMasked<u32>(ptr, n, bits, shift, <u32>best, true, false); }
