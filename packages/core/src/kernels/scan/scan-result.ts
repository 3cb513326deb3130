/**
 * What scanning one chunk tells the accumulator: the local winner and what NaN it met.
 * `index` is -1 when the chunk held no candidate (all null, empty, or NaN only when skipping NaN).
 */
export interface ScanResult {
  readonly index: number;
  /** The winner is a NaN (NaN propagates: the first NaN beats every value). */
  readonly isNaN: boolean;
  /** A non-null NaN was seen (tells nanargmin an all-NaN slice from an all-null one). */
  readonly sawNaN: boolean;
}

/** How a scan picks its winner. */
export interface ScanMode {
  readonly max: boolean;
  readonly skipNaN: boolean;
}

export const NO_CANDIDATE: ScanResult = { index: -1, isNaN: false, sawNaN: false };
