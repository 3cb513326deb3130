/**
 * sum and mean. Integer and Bool sums are exact (held as doubles that are flushed into a bigint
 * before they could lose a unit; 64-bit values split into their two 32-bit words), then wrap to
 * the 64-bit output as NumPy and Polars do; float sums are exact until one final rounding (see
 * exact-sum.ts); decimal sums are exact bigints. Rows with null are skipped, and a group with no
 * value gives null for both sum and mean, as in SQL (Polars gives a sum of 0): "no value" stays
 * distinguishable from "values adding up to zero". mean is Float64. A decimal sum that overflows
 * its output's storage throws a RangeError.
 */
import { type Data, type DataType, type Decimal, Type } from "apache-arrow";
import { argKernelFor } from "../../../kernels/arg-kernel.js";
import { isValidAt } from "../../../kernels/validity.js";
import { boolBits, countClear, setBit, validityBits } from "../bitmaps.js";
import { valuesData } from "../build.js";
import { isSignedInt, numbersOf, numericStorageOf } from "../numbers.js";
import { ExactSums, specialFlag, specialValue } from "./exact-sum.js";
import { Superaccumulator } from "./superaccumulator.js";
import { grown } from "../../../kernels/grown.js";
import { groupsAfterMerge, idsOrZeros, type Reduction, sameKind, target } from "./reduction.js";

type SumKind = "float" | "int" | "int64" | "decimal";

/** What `save` gives. */
interface SumState {
  readonly groups: number;
  readonly counts: Float64Array<ArrayBuffer>;
  readonly low: Float64Array<ArrayBuffer>;
  readonly high: Float64Array<ArrayBuffer>;
  readonly carry: bigint[];
  readonly flags: Uint8Array<ArrayBuffer>;
  readonly sums: unknown;
  readonly whole: Float64Array;
}

// Doubles hold integers exactly below 2^53; flushing above 2^52 leaves room for one more 2^32 word.
const LIMIT = 2 ** 52;

export class SumReduction implements Reduction {
  private readonly kind: SumKind;
  private readonly signed: boolean;
  private groups = 0;
  private counts = new Float64Array(0);
  private low = new Float64Array(0);
  private high = new Float64Array(0);
  private carry: bigint[] = [];
  private readonly sums = new ExactSums();
  /** Group 0's float values when they come ungrouped (the fast exact path). */
  private readonly whole = new Superaccumulator();
  private flags = new Uint8Array(0);

  /**
   * @param inputType - the summed values' type: integer, float, Bool or decimal
   * @param mean - true for mean, false for sum
   * @param type - the output type
   */
  constructor(private readonly inputType: DataType, private readonly mean: boolean, readonly type: DataType) {
    const storage = numericStorageOf(inputType);
    this.kind = inputType.typeId === Type.Decimal ? "decimal" : inputType.typeId === Type.Float ? "float" : storage === "bigint" ? "int64" : "int";
    this.signed = storage === "bigint" && isSignedInt(inputType);
  }

  update(groupIds: Int32Array | null, args: readonly Data[], groupCount: number): void {
    const [x] = args;
    this.resize(groupCount);
    const ids = idsOrZeros(groupIds, x.length);
    const validity = validityBits(x);
    const { counts, low, high, flags, sums } = this;
    const valid = (r: number) => isValidAt(validity, 0, r);
    if (this.kind === "float" && groupIds === null) {
      const numbers = numbersOf(x);
      const values = numbers instanceof Float64Array ? numbers : Float64Array.from({ length: x.length }, (_, r) => numbers[r]);
      flags[0] |= this.whole.addAll(values, x.length, validity);
      counts[0] += x.length - (validity === null ? 0 : countClear(validity, x.length));
    } else if (this.kind === "float") {
      const values = numbersOf(x);
      for (let r = 0; r < x.length; r++) {
        if (!valid(r)) continue;
        const g = ids[r];
        const v = values[r];
        counts[g]++;
        if (v - v === 0) sums.add(g, v);
        else flags[g] |= specialFlag(v);
      }
    } else if (this.kind === "int") {
      const bits = x.typeId === Type.Bool ? boolBits(x) : null;
      const values = x.values as ArrayLike<number>;
      for (let r = 0; r < x.length; r++) {
        if (!valid(r)) continue;
        const g = ids[r];
        counts[g]++;
        low[g] += bits === null ? values[r] : (bits[r >> 3] >> (r & 7)) & 1;
        if (low[g] > LIMIT || low[g] < -LIMIT) this.flush(g);
      }
    } else if (this.kind === "int64") {
      const words = new Int32Array(x.values.buffer, x.values.byteOffset, x.length * 2);
      for (let r = 0; r < x.length; r++) {
        if (!valid(r)) continue;
        const g = ids[r];
        counts[g]++;
        low[g] += words[2 * r] >>> 0;
        high[g] += this.signed ? words[2 * r + 1] : words[2 * r + 1] >>> 0;
        if (low[g] > LIMIT || high[g] > LIMIT || high[g] < -LIMIT) this.flush(g);
      }
    } else {
      const kernel = argKernelFor(this.inputType);
      for (let r = 0; r < x.length; r++) {
        if (!valid(r)) continue;
        const g = ids[r];
        counts[g]++;
        this.carry[g] = (this.carry[g] ?? 0n) + (kernel.read(x, r) as bigint);
      }
    }
  }

  merge(other: Reduction, mapping: Int32Array | null): void {
    const that = sameKind(this, other);
    this.resize(groupsAfterMerge(mapping, that.groups, this.groups));
    for (let h = 0; h < that.groups; h++) {
      const g = target(mapping, h);
      this.counts[g] += that.counts[h];
      this.carry[g] = (this.carry[g] ?? 0n) + that.total(h);
      this.flags[g] |= that.flags[h];
      this.sums.addGroup(g, that.sums, h);
      if (h === 0 && !that.whole.empty) {
        if (g === 0) this.whole.addSum(that.whole);
        else this.sums.addUnits(g, that.whole.units());
      }
    }
  }

  finish(groupCount: number): Data {
    const decimal = this.type.typeId === Type.Decimal;
    const words = decimal ? (this.type as Decimal).bitWidth / 32 : 1;
    const values = new (this.type.ArrayType as new (n: number) => { [i: number]: number | bigint } & ArrayBufferView)(groupCount * words);
    const validity = new Uint8Array((groupCount + 7) >> 3);
    for (let g = 0; g < groupCount; g++) {
      if (!(this.counts[g] > 0)) continue;
      setBit(validity, g);
      if (decimal) writeDecimal(values as Uint32Array, g, words, this.total(g), this.type);
      else values[g] = this.valueOf(g);
    }
    return valuesData(this.type, groupCount, values, validity);
  }

  save(): unknown {
    const { groups, counts, low, high, carry, flags } = this;
    return { groups, counts, low, high, carry, flags, sums: this.sums.save(), whole: this.whole.save() };
  }

  load(state: unknown): void {
    const saved = state as SumState;
    ({ groups: this.groups, counts: this.counts, low: this.low, high: this.high, carry: this.carry, flags: this.flags } = saved);
    this.sums.load(saved.sums);
    this.whole.load(saved.whole);
  }

  /** The finished value of a group that has values, for a number or 64-bit integer output. */
  private valueOf(g: number): number | bigint {
    const n = this.counts[g];
    if (this.kind === "float") return (specialValue(this.flags[g]) ?? this.floatSum(g)) / (this.mean ? n : 1);
    const total = this.total(g);
    if (this.mean) return this.kind === "decimal" ? Number(total) / 10 ** (this.inputType as Decimal).scale / n : Number(total) / n;
    return this.type.ArrayType === (BigUint64Array as unknown) ? BigInt.asUintN(64, total) : BigInt.asIntN(64, total);
  }

  /** The correctly rounded float sum of a group, from its grouped and ungrouped values. */
  private floatSum(g: number): number {
    if (g !== 0 || this.whole.empty) return this.sums.value(g);
    return this.sums.isEmpty(0) ? this.whole.value() : this.sums.value(0, this.whole.units());
  }

  /** The exact integer sum of a group (0n for floats, which keep an ExactSum instead). */
  private total(g: number): bigint {
    return (this.carry[g] ?? 0n) + BigInt(this.high[g]) * 2n ** 32n + BigInt(this.low[g]);
  }

  private flush(g: number): void {
    this.carry[g] = this.total(g);
    this.low[g] = 0;
    this.high[g] = 0;
  }

  private resize(groupCount: number): void {
    this.groups = Math.max(this.groups, groupCount);
    this.counts = grown(this.counts, this.groups);
    this.low = grown(this.low, this.groups);
    this.high = grown(this.high, this.groups);
    this.flags = grown(this.flags, this.groups);
    if (this.kind === "float") this.sums.resize(this.groups);
  }
}

/**
 * Writes a bigint as `words` little-endian two's-complement 32-bit words at slot g.
 * @throws RangeError when it does not fit: a wrapped decimal would be a wrong amount, not a
 *   modular one, so decimals do not wrap as integers do
 */
function writeDecimal(out: Uint32Array, g: number, words: number, value: bigint, type: DataType): void {
  if (BigInt.asIntN(words * 32, value) !== value) {
    throw new RangeError(`the sum ${value} (unscaled) does not fit ${String(type)}, which holds ${words * 32}-bit values`);
  }
  let v = BigInt.asUintN(words * 32, value);
  for (let k = 0; k < words; k++) {
    out[g * words + k] = Number(v & 0xffffffffn);
    v >>= 32n;
  }
}
