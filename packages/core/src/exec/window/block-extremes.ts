/**
 * The van Herk/Gil-Werman scheme for the smallest value of a sliding window of `size` rows, in
 * O(1) per row with about three comparisons and no queue. Rows are cut into blocks of `size`
 * aligned on the first row. A window ending at offset `o` of its block covers the end of the
 * previous block, from offset `o + 1`, and the start of its own up to `o`: its smallest value is
 * the better of the previous block's suffix extreme at `o + 1` (computed backwards once that block
 * is complete) and the running prefix extreme of its own block. The suffix side holds the earlier
 * rows, so it wins ties, and each side keeps the first of its own ties: the answer is the first
 * smallest value of the window.
 *
 * As the window moves through a block, the suffix side only gets worse and the prefix side only
 * better, so the suffix wins up to one crossing row and the prefix from there on: a scan runs the
 * prefix loop alone, finds the crossing by binary search and copies the suffix answers before it.
 *
 * Keys are numbers in a Float64Array; a NaN key is "ignored" (a null, or a NaN the caller answers
 * itself) and never beats a number. Comparisons that check for ignored keys cost a little, so
 * `scan` takes a flag: without it, the caller promises that no ignored key lies within reach of
 * the rows scanned (the rows and the `size - 1` before them). Memory stays within two blocks,
 * allocated as rows arrive, so a window larger than the input costs only the input.
 */

/** The current block, as the prefix loops read and update it. */
interface Block {
  /** Its keys, as far as they have arrived. */
  current: Float64Array;
  /** The position of its first row. */
  base: number;
  /** Its smallest key so far (NaN while all are ignored) and that key's position. */
  prefix: number;
  prefixAt: number;
}

/** The state of a sliding-window minimum over keys that arrive batch after batch. */
export class BlockExtremes {
  private readonly block: Block = { current: new Float64Array(16), base: 0, prefix: NaN, prefixAt: 0 };
  /** Rows of the current block seen. */
  private filled = 0;
  /**
   * The previous block's suffix extremes: `suffix[o]` is the smallest key of its offsets `o` to
   * the end, `suffixAt[o]` its position; one extra slot holds an ignored key, so a window that is
   * exactly the current block compares with nothing. Null until a block is complete.
   */
  private suffix: Float64Array | null = null;
  private suffixAt: Float64Array | null = null;

  /** @param size - the window's rows (the block length), at least 1 */
  constructor(private readonly size: number) {}

  /**
   * Moves the window over the next rows of keys: for each, the position of the first smallest
   * key of the window ending at it, and that key.
   * @param keys - the batch's keys (NaN for ignored rows)
   * @param rows - how many rows of `keys` to scan
   * @param at - receives each row's answer position (meaningless for a window of ignored keys only)
   * @param least - receives each row's smallest key (NaN for a window of ignored keys only)
   * @param aware - whether ignored keys may lie within reach of these rows
   */
  scan(keys: Float64Array, rows: number, at: Float64Array, least: Float64Array, aware: boolean): void {
    const block = this.block;
    for (let from = 0; from < rows;) {
      const offset = this.filled;
      const to = Math.min(rows, from + this.size - offset);
      if (block.current.length < offset + to - from) this.growCurrent(offset + to - from);
      prefixes(keys, from, to, offset, at, least, block, aware);
      if (this.suffix !== null) this.takeSuffix(from, to, offset, at, least, aware);
      this.filled += to - from;
      from = to;
      if (this.filled === this.size) this.completeBlock();
    }
  }

  /** Forgets every row (a new partition). */
  reset(): void {
    Object.assign(this.block, { base: 0, prefix: NaN, prefixAt: 0 });
    this.filled = 0;
    this.suffix = null;
    this.suffixAt = null;
  }

  /**
   * The rows [from, to) hold their block's prefix answers; the first ones, whose windows' suffix
   * side wins, take the suffix answers instead (the winners form a run: see the module's doc).
   */
  private takeSuffix(from: number, to: number, offset: number, at: Float64Array, least: Float64Array, aware: boolean): void {
    const [suffix, suffixAt] = [this.suffix!, this.suffixAt!];
    // The row at i has offset - from + i in its block; its window's suffix side starts one later.
    const shift = offset - from + 1;
    const wins = (i: number) => suffix[i + shift] <= least[i] || (aware && least[i] !== least[i]);
    let [low, high] = [from, to];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (wins(middle)) low = middle + 1;
      else high = middle;
    }
    at.set(suffixAt.subarray(from + shift, low + shift), from);
    least.set(suffix.subarray(from + shift, low + shift), from);
  }

  /** The current block is complete: its suffix extremes replace the previous block's. */
  private completeBlock(): void {
    const { size, block } = this;
    if (this.suffix === null) {
      this.suffix = new Float64Array(size + 1);
      this.suffixAt = new Float64Array(size + 1);
      this.suffix[size] = NaN;
    }
    suffixes(block.current, size, block.base, this.suffix, this.suffixAt!);
    Object.assign(block, { base: block.base + size, prefix: NaN, prefixAt: 0 });
    this.filled = 0;
  }

  private growCurrent(needed: number): void {
    const grown = new Float64Array(Math.min(this.size, Math.max(needed, 2 * this.block.current.length)));
    grown.set(this.block.current.subarray(0, this.filled));
    this.block.current = grown;
  }
}

/** A complete block's suffix extremes, from its last row back; a block's first row is at `base`. */
function suffixes(keys: Float64Array, size: number, base: number, suffix: Float64Array, suffixAt: Float64Array): void {
  let least = NaN;
  let leastAt = 0;
  for (let o = size - 1; o >= 0; o--) {
    const v = keys[o];
    // At least as small wins (the earlier row of a tie); anything beats an ignored key.
    if (v <= least || least !== least) {
      least = v;
      leastAt = base + o;
    }
    suffix[o] = least;
    suffixAt[o] = leastAt;
  }
}

/**
 * The prefix loop over the keys' rows [from, to), which start at `offset` in the block: each row's
 * running extreme and its position, the keys kept for the block's suffixes. Only an `aware` scan
 * checks for ignored keys (a test V8 predicts for free, as `aware` never changes in the loop).
 */
function prefixes(
  keys: Float64Array, from: number, to: number, offset: number, at: Float64Array, least: Float64Array, block: Block, aware: boolean,
): void {
  const { current, base } = block;
  let { prefix, prefixAt } = block;
  if (offset === 0) [prefix, prefixAt] = [keys[from], base];
  for (let i = from, o = offset; i < to; i++, o++) {
    const v = keys[i];
    current[o] = v;
    if (v < prefix || (aware && prefix !== prefix && v === v)) {
      prefix = v;
      prefixAt = base + o;
    }
    at[i] = prefixAt;
    least[i] = prefix;
  }
  block.prefix = prefix;
  block.prefixAt = prefixAt;
}
