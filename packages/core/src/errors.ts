/**
 * Error classes thrown by Quiver. Their names and messages follow NumPy where NumPy defines the
 * case, so code ported from NumPy can match on `error.name`.
 */

/** A value is of the right type but not acceptable, e.g. an empty sequence or an all-NaN slice. */
export class ValueError extends Error {
  override name = "ValueError";
}

/** An `axis` argument is out of range for the array it applies to. */
export class AxisError extends ValueError {
  override name = "AxisError";
  /** The axis that was asked for. */
  readonly axis: number;
  /** The number of dimensions of the array. */
  readonly ndim: number;

  /**
   * @param axis - the axis that was asked for
   * @param ndim - the number of dimensions of the array
   */
  constructor(axis: number, ndim: number) {
    super(`axis ${axis} is out of bounds for array of dimension ${ndim}`);
    this.axis = axis;
    this.ndim = ndim;
  }
}

/** A column name that does not exist; the message lists the columns and the closest name. */
export class ColumnNotFoundError extends Error {
  override readonly name = "ColumnNotFoundError";
  /** The name that was asked for. */
  readonly column: string;
  /** The closest existing name, if any is close enough to be a likely typo. */
  readonly suggestion: string | undefined;
  /** The names that exist. */
  readonly available: readonly string[];

  /**
   * @param column - the unknown name
   * @param available - the names that exist
   * @param suggestion - the closest existing name
   */
  constructor(column: string, available: readonly string[], suggestion: string | undefined) {
    const hint = suggestion === undefined ? "" : ` Did you mean "${suggestion}"?`;
    const list = available.length === 0 ? "none" : available.map((n) => `"${n}"`).join(", ");
    super(`column "${column}" not found.${hint} Available columns: ${list}.`);
    this.column = column;
    this.suggestion = suggestion;
    this.available = available;
  }
}

/**
 * The message NumPy gives when an arg-reduction meets an axis of length zero. NumPy's nan
 * variants delegate to argmin/argmax here, so `nanargmin` reports "argmin" as NumPy does.
 */
export const EMPTY_SEQUENCE = (op: string): string => `attempt to get ${op.replace(/^nan/, "")} of an empty sequence`;

/** The message NumPy gives when nanargmin/nanargmax meets a slice of NaN only. */
export const ALL_NAN_SLICE = "All-NaN slice encountered";
