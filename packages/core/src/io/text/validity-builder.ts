/** An Arrow validity bitmap written row by row, allocated only once a null is met. */
export class ValidityBuilder {
  private bitmap: Uint8Array | null = null;
  /** Nulls written so far. */
  nullCount = 0;

  /** @param length - rows of the column */
  constructor(private readonly length: number) {}

  /** Marks row `row` null. */
  setNull(row: number): void {
    if (this.bitmap === null) this.bitmap = new Uint8Array(Math.ceil(this.length / 8)).fill(0xff);
    this.bitmap[row >> 3] &= ~(1 << (row & 7));
    this.nullCount++;
  }

  /** The bitmap, or null when no row is null. */
  finish(): Uint8Array | null {
    return this.bitmap;
  }
}
