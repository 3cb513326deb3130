/**
 * A small seeded generator for the parts of a generated column that only need to be arbitrary,
 * not shrinkable: garbage under nulls, padding around slices, dictionary layouts. fast-check
 * draws the seed, so a failing case still replays exactly.
 */
export class Rng {
  private state: number;

  /**
   * Starts a sequence.
   * @param seed Any integer; equal seeds give equal sequences.
   * @example new Rng(42).int(0, 9)
   */
  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /**
   * Draws a float in [0, 1) (mulberry32).
   * @returns The next value.
   * @example rng.next() < 0.5
   */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /**
   * Draws an integer in [min, max].
   * @param min Smallest value.
   * @param max Largest value, at least `min`.
   * @returns The integer.
   * @example rng.int(1, 6)
   */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /**
   * Draws true with probability `p`.
   * @param p Probability in [0, 1].
   * @returns The outcome.
   * @example if (rng.chance(0.3)) { ... }
   */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /**
   * Picks one item uniformly.
   * @param items A non-empty list.
   * @returns One of `items`.
   * @example rng.pick([NaN, -Infinity])
   */
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }

  /**
   * Draws 32 random bits.
   * @returns An unsigned 32-bit integer.
   * @example rng.uint32() & 0xff
   */
  uint32(): number {
    return Math.floor(this.next() * 4294967296) >>> 0;
  }

  /**
   * Draws 64 random bits.
   * @returns An unsigned 64-bit bigint.
   * @example BigInt.asIntN(64, rng.bits64())
   */
  bits64(): bigint {
    return (BigInt(this.uint32()) << 32n) | BigInt(this.uint32());
  }

  /**
   * Draws random bytes.
   * @param length How many.
   * @returns Fresh bytes.
   * @example rng.bytes(3)
   */
  bytes(length: number): Uint8Array {
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i++) out[i] = this.uint32() & 0xff;
    return out;
  }

  /**
   * Shuffles in place (Fisher–Yates).
   * @param items The list to shuffle.
   * @returns `items`.
   * @example rng.shuffle([1, 2, 3])
   */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }
}
