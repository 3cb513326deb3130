/**
 * Exact float summation: the running sum is kept exactly and rounded once at the end, so a float
 * sum does not depend on how rows were split into batches or in which grouping partial sums were
 * merged — streamed, chunked and collected runs agree to the last bit. Normally the sum is a list
 * of non-overlapping doubles (Shewchuk's algorithm, as Python's math.fsum); once values come
 * near the top of the double range, where that list could overflow, it becomes one bigint count
 * of 2^-1074 (the smallest double), which cannot. Non-finite values are kept apart as flags.
 */

import { grown } from "../../../kernels/grown.js";

/** Flags of the non-finite values a sum met. */
export const SAW_NAN = 1;
export const SAW_POSITIVE_INFINITY = 2;
export const SAW_NEGATIVE_INFINITY = 4;

// Below this magnitude the running sums of Shewchuk's loop stay under 2^1024.
const SAFE = 2 ** 1022;

/** The exact sum of finite doubles. */
export class ExactSum {
  private partials: number[] = [];
  /** The whole sum in units of 2^-1074, once some magnitude exceeded SAFE; null before. */
  private fixed: bigint | null = null;

  /** The sum as plain data, for another thread (see Reduction.save). */
  save(): { partials: number[]; fixed: bigint | null } {
    return { partials: this.partials, fixed: this.fixed };
  }

  /** Restores what `save` gave. */
  load(saved: { partials: number[]; fixed: bigint | null }): this {
    ({ partials: this.partials, fixed: this.fixed } = saved);
    return this;
  }

  /** Adds a finite number. */
  add(value: number): void {
    const top = this.partials.length === 0 ? 0 : this.partials[this.partials.length - 1];
    if (this.fixed === null && Math.abs(value) <= SAFE && Math.abs(top) <= SAFE) {
      addPartial(this.partials, value);
      return;
    }
    this.fixed = (this.fixed ?? 0n) + this.drainPartials() + toFixed(value);
  }

  /** Adds an exact count of 2^-1074. */
  addUnits(units: bigint): void {
    this.fixed = (this.fixed ?? 0n) + this.drainPartials() + units;
  }

  /** Adds another exact sum. */
  addSum(other: ExactSum): void {
    for (const p of other.partials) this.add(p);
    if (other.fixed !== null) this.fixed = (this.fixed ?? 0n) + this.drainPartials() + other.fixed;
  }

  /** The correctly rounded sum (ties to even); 0 for no values. */
  value(): number {
    if (this.fixed === null) return roundPartials(this.partials);
    return roundUnits(this.units());
  }

  /** The exact sum as a count of 2^-1074. */
  units(): bigint {
    return (this.fixed ?? 0n) + this.partials.reduce((s, p) => s + toFixed(p), 0n);
  }

  private drainPartials(): bigint {
    const total = this.partials.reduce((s, p) => s + toFixed(p), 0n);
    this.partials = [];
    return total;
  }
}

/** Partials kept inline per group; a group needing more spills into an ExactSum of its own. */
const INLINE = 6;

/**
 * The exact sums of many groups. The usual case runs inline on one flat array of partials (a few
 * per group are enough for data of similar magnitudes); a group whose partials outgrow that, or
 * whose values come near overflow, continues in an ExactSum of its own.
 */
export class ExactSums {
  private used = new Uint8Array(0);
  private partials = new Float64Array(0);
  private spilled: (ExactSum | undefined)[] = [];

  /** Makes room for `groups` groups. */
  resize(groups: number): void {
    this.used = grown(this.used, groups);
    this.partials = grown(this.partials, groups * INLINE);
  }

  /** Adds a finite number to group g. */
  add(g: number, value: number): void {
    const spill = this.spilled[g];
    if (spill !== undefined) return spill.add(value);
    const p = this.partials;
    const base = g * INLINE;
    const n = this.used[g];
    if (Math.abs(value) > SAFE || (n > 0 && Math.abs(p[base + n - 1]) > SAFE)) return this.spill(g).add(value);
    let x = value;
    let kept = 0;
    for (let j = 0; j < n; j++) {
      let y = p[base + j];
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) p[base + kept++] = lo;
      x = hi;
    }
    if (kept === INLINE) {
      this.used[g] = kept;
      return this.spill(g).add(x);
    }
    p[base + kept] = x;
    this.used[g] = kept + 1;
  }

  /** Adds an exact count of 2^-1074 to group g. */
  addUnits(g: number, units: bigint): void {
    this.spill(g).addUnits(units);
  }

  /** Whether group g has had no value. */
  isEmpty(g: number): boolean {
    return (g >= this.used.length || this.used[g] === 0) && this.spilled[g] === undefined;
  }

  /** Adds group h of another table to group g of this one. */
  addGroup(g: number, other: ExactSums, h: number): void {
    for (let j = 0; j < other.used[h]; j++) this.add(g, other.partials[h * INLINE + j]);
    const spill = other.spilled[h];
    if (spill !== undefined) this.spill(g).addSum(spill);
  }

  /** The correctly rounded sum of group g (with `extra` units of 2^-1074 added). */
  value(g: number, extra = 0n): number {
    const n = g < this.used.length ? this.used[g] : 0;
    const spill = this.spilled[g];
    const inline = Array.from(this.partials.subarray(g * INLINE, g * INLINE + n));
    if (spill === undefined && extra === 0n) return roundPartials(inline);
    const units = (spill?.units() ?? 0n) + inline.reduce((s, p) => s + toFixed(p), 0n) + extra;
    return roundUnits(units);
  }

  /** The sums as plain data, for another thread (see Reduction.save). */
  save(): unknown {
    return { used: this.used, partials: this.partials, spilled: this.spilled.map((sum) => sum?.save() ?? null) };
  }

  /** Restores what `save` gave. */
  load(state: unknown): void {
    const saved = state as { used: Uint8Array<ArrayBuffer>; partials: Float64Array<ArrayBuffer>; spilled: (ReturnType<ExactSum["save"]> | null)[] };
    this.used = saved.used;
    this.partials = saved.partials;
    this.spilled = saved.spilled.map((s) => (s === null ? undefined : new ExactSum().load(s)));
  }

  /** Moves group g's inline partials into an ExactSum. */
  private spill(g: number): ExactSum {
    let sum = this.spilled[g];
    if (sum === undefined) {
      sum = new ExactSum();
      for (let j = 0; j < this.used[g]; j++) sum.add(this.partials[g * INLINE + j]);
      this.used[g] = 0;
      this.spilled[g] = sum;
    }
    return sum;
  }
}

/**
 * The flag of a non-finite value.
 * @param value - NaN or ±Infinity
 */
export function specialFlag(value: number): number {
  if (value !== value) return SAW_NAN;
  return value > 0 ? SAW_POSITIVE_INFINITY : SAW_NEGATIVE_INFINITY;
}

/** The value a sum's non-finite flags force (NaN wins; +∞ with -∞ is NaN), or undefined. */
export function specialValue(flags: number): number | undefined {
  if (flags & SAW_NAN || (flags & SAW_POSITIVE_INFINITY && flags & SAW_NEGATIVE_INFINITY)) return NaN;
  if (flags & SAW_POSITIVE_INFINITY) return Infinity;
  if (flags & SAW_NEGATIVE_INFINITY) return -Infinity;
  return undefined;
}

/** Shewchuk's step: adds x to non-overlapping partials of increasing magnitude, exactly. */
function addPartial(partials: number[], value: number): void {
  let x = value;
  let kept = 0;
  for (let j = 0; j < partials.length; j++) {
    let y = partials[j];
    if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
    const hi = x + y;
    const lo = y - (hi - x);
    if (lo !== 0) partials[kept++] = lo;
    x = hi;
  }
  partials.length = kept;
  partials.push(x);
}

/** The correctly rounded sum of partials, as math.fsum rounds it. */
function roundPartials(partials: readonly number[]): number {
  let n = partials.length;
  if (n === 0) return 0;
  let hi = partials[--n];
  let lo = 0;
  while (n > 0) {
    const x = hi;
    const y = partials[--n];
    hi = x + y;
    lo = y - (hi - x);
    if (lo !== 0) break;
  }
  // Round half to even across the remaining partials.
  if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
    const y = lo * 2;
    const x = hi + y;
    if (y === x - hi) hi = x;
  }
  return hi;
}

const view = new DataView(new ArrayBuffer(8));

/** A finite double as an exact count of 2^-1074. */
function toFixed(x: number): bigint {
  view.setFloat64(0, x);
  const high = view.getUint32(0);
  const exponent = (high >>> 20) & 0x7ff;
  let mantissa = (BigInt(high & 0xfffff) << 32n) | BigInt(view.getUint32(4));
  // A normal double is (2^52 + fraction) · 2^(exponent - 1075); a subnormal one fraction · 2^-1074.
  if (exponent !== 0) mantissa = (mantissa | (1n << 52n)) << BigInt(exponent - 1);
  return high >>> 31 ? -mantissa : mantissa;
}

/** A count of 2^-1074 rounded to the nearest double (ties to even); ±Infinity beyond the range. */
export function roundUnits(units: bigint): number {
  const magnitude = units < 0n ? -units : units;
  const bits = magnitude.toString(2).length;
  let scaled: bigint = magnitude;
  let exponent = -1074;
  if (bits > 60) {
    // Keep 60 bits and a sticky bit for the rest: Number() then rounds to 53 bits as if it saw all.
    const shift = BigInt(bits - 60);
    const rest = magnitude & ((1n << shift) - 1n);
    scaled = (magnitude >> shift) | (rest === 0n ? 0n : 1n);
    exponent += bits - 60;
  }
  // Up to 60 bits the value is either subnormal and exact, or normal and scaled exactly.
  const value = Number(scaled) * 2 ** exponent;
  return units < 0n ? -value : value;
}
