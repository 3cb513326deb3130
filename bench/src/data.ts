/**
 * Seeded generation of benchmark columns, so every run and every system sees the same bytes.
 */

/** mulberry32: a 32-bit PRNG, tiny and fast enough that generation stays well under the timed work. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** Uniform doubles in [-1, 1): the sign mix keeps the comparison from being trivially monotone in bits. */
export function uniformFloat64(n: number, seed: number): Float64Array {
  return fillUniformFloat64(new Float64Array(n), mulberry32(seed));
}

/** Fills `out` with uniform doubles in [-1, 1) drawn from `next`, e.g. one batch of a longer sequence. */
export function fillUniformFloat64(out: Float64Array, next: () => number): Float64Array {
  for (let i = 0; i < out.length; i++) out[i] = next() / 0x80000000 - 1;
  return out;
}

/** Uniform over the whole Int32 range. */
export function uniformInt32(n: number, seed: number): Int32Array {
  const next = mulberry32(seed);
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = next() | 0;
  return out;
}

/** Group keys uniform over 0 … `groups` - 1: every group holds about n / groups rows, spread over the column. */
export function uniformKeys(n: number, groups: number, seed: number): Int32Array {
  const next = mulberry32(seed);
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = next() % groups;
  return out;
}

/** Uniform over the whole Int64 range, filled word by word so no BigInt is built per element. */
export function uniformInt64(n: number, seed: number): BigInt64Array {
  const next = mulberry32(seed);
  const out = new BigInt64Array(n);
  const words = new Uint32Array(out.buffer);
  for (let i = 0; i < words.length; i++) words[i] = next();
  return out;
}

/**
 * An Arrow validity bitmap (LSB first) where each slot is null with probability `nullFraction`.
 * @returns the bitmap and how many slots are null
 */
export function randomValidity(n: number, nullFraction: number, seed: number): { bitmap: Uint8Array; nullCount: number } {
  const next = mulberry32(seed);
  const bitmap = new Uint8Array(Math.ceil(n / 8));
  const threshold = nullFraction * 0x100000000;
  let nullCount = 0;
  for (let i = 0; i < n; i++) {
    if (next() < threshold) nullCount++;
    else bitmap[i >> 3] |= 1 << (i & 7);
  }
  return { bitmap, nullCount };
}

/**
 * Writes `sentinel` under every null slot. Choosing a value that would win the reduction means a
 * system that ignores the bitmap returns a different index and fails the correctness check.
 */
export function fillNullSlots(values: Float64Array, bitmap: Uint8Array, sentinel: number): void {
  for (let i = 0; i < values.length; i++) {
    if (((bitmap[i >> 3] >> (i & 7)) & 1) === 0) values[i] = sentinel;
  }
}

/** `columns` independent uniform double columns, each seeded apart so no two are equal. */
export function uniformFloat64Columns(rows: number, columns: number, seed: number): Float64Array[] {
  return Array.from({ length: columns }, (_, c) => uniformFloat64(rows, seed + 1000 * (c + 1)));
}
