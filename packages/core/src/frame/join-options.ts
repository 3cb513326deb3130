import type { JoinSpec } from "../plan/join-builder.js";
import type { JoinHow } from "../plan/nodes.js";

/** How `join` pairs the rows of two frames. */
export interface JoinOptions {
  /** Key columns named alike on both sides. */
  readonly on?: string | readonly string[];
  /** Key columns of the left frame (with `rightOn`, when the names differ). */
  readonly leftOn?: string | readonly string[];
  /** Key columns of the right frame, pairing with `leftOn`. */
  readonly rightOn?: string | readonly string[];
  /**
   * `"inner"` (the default): matching pairs; `"left"`/`"right"`: also the rows of that side
   * without a match, the other side's columns null; `"full"`: both; `"semi"`/`"anti"`: the left
   * rows with / without a match, left columns only; `"cross"`: every pair, no keys.
   */
  readonly how?: JoinHow;
  /** Appended to a right column whose name the left already has (default `"_right"`). */
  readonly suffix?: string;
}

/**
 * The builder's join spec from the user's options.
 * @throws TypeError when both `on` and `leftOn`/`rightOn` are given, or only one of the pair
 */
export function joinSpecOf(options: JoinOptions): JoinSpec {
  const list = (names: string | readonly string[] | undefined): readonly string[] => (names === undefined ? [] : typeof names === "string" ? [names] : names);
  const { on, leftOn, rightOn } = options;
  if (on !== undefined && (leftOn !== undefined || rightOn !== undefined)) throw new TypeError("join: pass either on, or leftOn and rightOn, not both");
  if ((leftOn === undefined) !== (rightOn === undefined)) throw new TypeError("join: leftOn and rightOn go together");
  return {
    how: options.how ?? "inner",
    leftOn: list(on ?? leftOn),
    rightOn: list(on ?? rightOn),
    suffix: options.suffix ?? "_right",
  };
}
