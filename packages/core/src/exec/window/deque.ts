/**
 * The monotonic deque of a rolling argmin: the candidates for the extreme of a sliding window, as
 * (row position, value) pairs in row order whose values never get worse from front to back. A new
 * value drops every candidate at the back it strictly beats (those can never win again: the new
 * one is better and stays longer), and equal values stay behind the older one, so the front is
 * always the extreme with the first position among ties. Each row enters and leaves once: O(1)
 * amortised per row. With `better` always false it is a plain queue of positions. The ring is
 * `positions` and `values` of a power-of-two length, the entries `count` slots from `head`.
 */
export class MonotonicDeque<T> {
  private positions = new Float64Array(16);
  private values = new Array<T>(16);
  private head = 0;
  private count = 0;

  /** @param better - whether a value strictly beats another (a < b for argmin) */
  constructor(private readonly better: (a: T, b: T) => boolean) {}

  /** How many candidates are held. */
  get size(): number {
    return this.count;
  }

  /** The front candidate's position (the window's extreme). */
  get frontPosition(): number {
    return this.positions[this.head];
  }

  /** The front candidate's value. */
  get frontValue(): T {
    return this.values[this.head];
  }

  /** Drops front candidates at positions before `start`, the window's first row. */
  evictBefore(start: number): void {
    const mask = this.positions.length - 1;
    while (this.count > 0 && this.positions[this.head] < start) {
      this.head = (this.head + 1) & mask;
      this.count--;
    }
  }

  /** Adds the newest row's value, dropping the candidates it beats. */
  push(position: number, value: T): void {
    let mask = this.positions.length - 1;
    while (this.count > 0 && this.better(value, this.values[(this.head + this.count - 1) & mask])) this.count--;
    if (this.count === this.positions.length) mask = this.grow();
    const slot = (this.head + this.count) & mask;
    this.positions[slot] = position;
    this.values[slot] = value;
    this.count++;
  }

  /** Empties the deque (a new partition). */
  clear(): void {
    this.head = 0;
    this.count = 0;
  }

  /**
   * Doubles the ring (its length stays a power of two), keeping the candidates in order.
   * @returns the new index mask
   */
  private grow(): number {
    const length = this.positions.length;
    const positions = new Float64Array(2 * length);
    const values = new Array<T>(2 * length);
    for (let k = 0; k < this.count; k++) {
      positions[k] = this.positions[(this.head + k) & (length - 1)];
      values[k] = this.values[(this.head + k) & (length - 1)];
    }
    this.positions = positions;
    this.values = values;
    this.head = 0;
    return 2 * length - 1;
  }
}
