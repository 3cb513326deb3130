/** The row-position column every lowered relation carries: it orders the rows. */
export const POSITION = "__quiver_pos";

/**
 * The name of a relation's column inside a lowered query: columns go by position (`c0`, `c1`, …),
 * so names that differ only in case — one name to a case-insensitive engine — stay apart; the
 * final SELECT gives them their names.
 */
export const slot = (index: number): string => `c${index}`;
