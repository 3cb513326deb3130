/**
 * Walking an Arrow validity bitmap by runs of valid slots, so kernels run their dense loop over
 * whole runs and skip all-null bytes without testing each bit.
 */

/** Visits a run [start, end) of valid slots; returns false to stop the walk early. */
export type RunVisitor = (start: number, end: number) => boolean;

/**
 * Calls `visit` for each maximal run of valid slots among `length` slots starting at bit `offset`.
 * A null bitmap means every slot is valid (one run).
 * @param bitmap - Arrow validity bitmap (LSB first), or null when there are no nulls
 * @param offset - bit position of slot 0 (the Data's offset)
 * @param length - number of slots
 * @param visit - called once per run, in order
 */
export function forEachValidRun(
  bitmap: Uint8Array | null,
  offset: number,
  length: number,
  visit: RunVisitor,
): void {
  if (length === 0) return;
  if (bitmap === null) {
    visit(0, length);
    return;
  }
  let runStart = -1;
  let i = 0;
  while (i < length) {
    const bit = offset + i;
    if ((bit & 7) === 0 && i + 8 <= length) {
      const byte = bitmap[bit >> 3];
      if (byte === 0xff) {
        if (runStart < 0) runStart = i;
        i += 8;
        continue;
      }
      if (byte === 0) {
        if (runStart >= 0 && !visit(runStart, i)) return;
        runStart = -1;
        i += 8;
        continue;
      }
    }
    if ((bitmap[bit >> 3] >> (bit & 7)) & 1) {
      if (runStart < 0) runStart = i;
    } else if (runStart >= 0) {
      if (!visit(runStart, i)) return;
      runStart = -1;
    }
    i++;
  }
  if (runStart >= 0) visit(runStart, length);
}

/** True when slot `i` of a Data with this bitmap and offset holds a value. */
export function isValidAt(bitmap: Uint8Array | null, offset: number, i: number): boolean {
  if (bitmap === null) return true;
  const bit = offset + i;
  return ((bitmap[bit >> 3] >> (bit & 7)) & 1) === 1;
}

/** The validity bitmap a kernel should honour: null when the Data has no nulls. */
export function validityOf(data: { nullCount: number; nullBitmap: Uint8Array | null | undefined }): Uint8Array | null {
  return data.nullCount > 0 && data.nullBitmap ? data.nullBitmap : null;
}
