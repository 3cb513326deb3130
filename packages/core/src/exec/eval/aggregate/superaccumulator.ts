/**
 * An exact float accumulator for one group (Neal's "small superaccumulator"): every finite double
 * is an integer count of 2^-1074, split into 32-bit digits that are added into bins of doubles,
 * one bin per 32 bits of position. Adding is a few exact multiplications and three additions, with
 * no data-dependent loop, so ungrouped float sums stay exact at a few nanoseconds per row.
 */
import { isValidAt } from "../../../kernels/validity.js";
import { roundUnits, specialFlag } from "./exact-sum.js";

const BINS = 70;
// Digits are below 2^32, so a bin takes 2^20 additions before it could pass 2^53; carry before.
const CARRY_EVERY = 1 << 20;
const TWO_32 = 2 ** 32;
const TWO_64 = 2 ** 64;
const INVERSE_32 = 2 ** -32;
const INVERSE_64 = 2 ** -64;

/** Per lowest bin, the two factors (each a representable power of two) scaling a value to its units. */
const SCALE_A = new Float64Array(BINS);
const SCALE_B = new Float64Array(BINS);
for (let b = 0; b < BINS; b++) {
  const shift = 1074 - 32 * b;
  SCALE_A[b] = 2 ** Math.ceil(shift / 2);
  SCALE_B[b] = 2 ** Math.floor(shift / 2);
}

export class Superaccumulator {
  private readonly bins = new Float64Array(BINS);
  private pending = 0;
  /** How many values were -0: a zero sum of -0 only is -0. */
  private negativeZeros = 0;
  private count = 0;

  /**
   * Adds the valid finite values of an array, by the exponent bits of their Float64 image.
   * @param values - the values
   * @param length - how many
   * @param validity - aligned validity, or null when all are valid
   * @returns the flags of the non-finite values met (see exact-sum.ts), which are not added
   */
  addAll(values: Float64Array, length: number, validity: Uint8Array | null): number {
    const words = new Uint32Array(values.buffer, values.byteOffset, length * 2);
    const bins = this.bins;
    let flags = 0;
    let pending = this.pending;
    let added = 0;
    for (let r = 0; r < length; r++) {
      if (!isValidAt(validity, 0, r)) continue;
      const x = values[r];
      if (x - x !== 0) {
        flags |= specialFlag(x);
        continue;
      }
      if (x === 0 && 1 / x < 0) this.negativeZeros++;
      const exponent = (words[2 * r + 1] >>> 20) & 0x7ff;
      // The lowest bit of x is at position exponent - 1 (0 for subnormals), in its bin b at 0…31.
      const b = (exponent === 0 ? 0 : exponent - 1) >>> 5;
      const y = x * SCALE_A[b] * SCALE_B[b];
      const high = Math.trunc(y * INVERSE_64);
      const rest = y - high * TWO_64;
      const middle = Math.trunc(rest * INVERSE_32);
      bins[b] += rest - middle * TWO_32;
      bins[b + 1] += middle;
      bins[b + 2] += high;
      added++;
      if (++pending === CARRY_EVERY) {
        this.carry();
        pending = 0;
      }
    }
    this.pending = pending;
    this.count += added;
    return flags;
  }

  /** Whether no value was added. */
  get empty(): boolean {
    return this.count === 0;
  }

  /** Adds another accumulator's sum. */
  addSum(other: Superaccumulator): void {
    this.carry();
    other.carry();
    for (let b = 0; b < BINS; b++) this.bins[b] += other.bins[b];
    this.negativeZeros += other.negativeZeros;
    this.count += other.count;
    this.carry();
  }

  /** The exact sum as a count of 2^-1074 (to combine with other exact sums). */
  units(): bigint {
    let total = 0n;
    for (let b = BINS - 1; b >= 0; b--) total = (total << 32n) + BigInt(this.bins[b]);
    return total;
  }

  /** The correctly rounded sum; -0 when every value was -0. */
  value(): number {
    const units = this.units();
    if (units === 0n) return this.count > 0 && this.negativeZeros === this.count ? -0 : 0;
    return roundUnits(units);
  }

  /** The sum as plain data, for another thread (see Reduction.save). */
  save(): Float64Array {
    this.carry();
    return Float64Array.of(...this.bins, this.negativeZeros, this.count);
  }

  /** Restores what `save` gave. */
  load(saved: Float64Array): void {
    this.bins.set(saved.subarray(0, BINS));
    this.negativeZeros = saved[BINS];
    this.count = saved[BINS + 1];
    this.pending = 0;
  }

  /** Moves each bin's digits above 32 bits into the next bin, so no bin nears 2^53. */
  private carry(): void {
    const bins = this.bins;
    for (let b = 0; b < BINS - 1; b++) {
      const up = Math.trunc(bins[b] * INVERSE_32);
      bins[b] -= up * TWO_32;
      bins[b + 1] += up;
    }
    this.pending = 0;
  }
}
