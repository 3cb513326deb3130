/**
 * Group ids of small-integer keys through a direct lookup table (key − base → id + 1), the fast
 * path of grouping by an integer column: one array read per row instead of a hash lookup. Keys
 * spanning more than `MAX_SPAN` values do not fit; the caller then falls back to hashing.
 */
export const MAX_SPAN = 1 << 22;

export class IntegerKeyTable {
  private base = 0;
  private slots = new Int32Array(0);

  /** Makes room for keys in [low, high]; false when the span would exceed MAX_SPAN. */
  cover(low: number, high: number): boolean {
    const size = this.slots.length;
    const newLow = size === 0 ? low : Math.min(low, this.base);
    const newHigh = size === 0 ? high : Math.max(high, this.base + size - 1);
    if (newHigh - newLow + 1 > MAX_SPAN) return false;
    if (size !== 0 && newLow === this.base && newHigh === this.base + size - 1) return true;
    const slots = new Int32Array(newHigh - newLow + 1);
    if (size !== 0) slots.set(this.slots, this.base - newLow);
    this.slots = slots;
    this.base = newLow;
    return true;
  }

  /**
   * Looks up (or assigns, through `next`) the id of every valid key of a batch.
   * @param keys - the key values (within the covered range where valid)
   * @param length - number of rows
   * @param isValid - validity of each row, or null when all are valid
   * @param nullId - the id to give null rows (called only if there is one)
   * @param next - assigns the id of a key seen for the first time
   * @param out - receives the id of each row
   */
  assign(
    keys: ArrayLike<number>,
    length: number,
    isValid: ((r: number) => boolean) | null,
    nullId: () => number,
    next: (key: number) => number,
    out: Int32Array,
  ): void {
    const slots = this.slots;
    const base = this.base;
    for (let r = 0; r < length; r++) {
      if (isValid !== null && !isValid(r)) {
        out[r] = nullId();
        continue;
      }
      const key = keys[r];
      let id = slots[key - base] - 1;
      if (id < 0) {
        id = next(key);
        slots[key - base] = id + 1;
      }
      out[r] = id;
    }
  }

  /** Every key in the table with its id, to move them into a hash map. */
  entries(): [number, number][] {
    const out: [number, number][] = [];
    this.slots.forEach((slot, i) => {
      if (slot > 0) out.push([this.base + i, slot - 1]);
    });
    return out;
  }
}
