import type { AsofJoinSpec } from "../plan/asof-builder.js";
import type { AsofStrategy } from "../kernels/join/asof-search.js";
import { isAnything, isString, isStringList, oneOf } from "../validate/checks.js";
import { checkOptions, type Spec } from "../validate/options.js";

/** How `joinAsof` pairs each left row with a right row. */
export interface AsofJoinOptions {
  /** The as-of key, named alike on both sides. */
  readonly on?: string;
  /** The left's as-of key (with `rightOn`, when the names differ). */
  readonly leftOn?: string;
  /** The right's as-of key, pairing with `leftOn`. */
  readonly rightOn?: string;
  /** Columns (named alike on both sides) whose values must be equal, as an equi-join's keys. */
  readonly by?: string | readonly string[];
  /**
   * `"backward"` (the default): the last right row whose key is at or below the left key;
   * `"forward"`: the first at or above; `"nearest"`: the closest, ties to the first row.
   */
  readonly strategy?: AsofStrategy;
  /** The largest distance between matched keys, in the key's units (days for a date, the timestamp's unit). */
  readonly tolerance?: number;
  /** Appended to a right column whose name the left already has (default `"_right"`). */
  readonly suffix?: string;
}

const names = (value: unknown) => (isString(value) === undefined ? undefined : isStringList(value));
const ASOF = {
  on: isString,
  leftOn: isString,
  rightOn: isString,
  by: names,
  strategy: oneOf(["backward", "forward", "nearest"]),
  tolerance: isAnything,
  suffix: isString,
} as const satisfies Spec<AsofJoinOptions>;

/**
 * The builder's as-of spec from the user's options.
 * @throws TypeError for unknown options, values of the wrong kind, or keys given both ways or not at all
 */
export function asofSpecOf(options: unknown): AsofJoinSpec {
  const checked = checkOptions<AsofJoinOptions>(options, "joinAsof", ASOF);
  const { on, leftOn, rightOn } = checked;
  if (on !== undefined && (leftOn !== undefined || rightOn !== undefined)) throw new TypeError("joinAsof: pass either on, or leftOn and rightOn, not both");
  const left = on ?? leftOn;
  const right = on ?? rightOn;
  if (left === undefined || right === undefined) throw new TypeError("joinAsof needs its key: pass on, or leftOn and rightOn");
  const by = checked.by === undefined ? [] : typeof checked.by === "string" ? [checked.by] : checked.by;
  return { leftOn: left, rightOn: right, byLeft: by, byRight: by, strategy: checked.strategy ?? "backward", tolerance: checked.tolerance ?? null, suffix: checked.suffix ?? "_right" };
}
