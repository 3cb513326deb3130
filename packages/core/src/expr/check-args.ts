/**
 * The checks of expression-building arguments that are not expressions: names, target types and
 * option objects, so a wrong one fails where it is written, naming what was given.
 */
import { DataType } from "apache-arrow";
import { describeValue } from "../types/describe-value.js";
import { isBoolean, oneOf } from "../validate/checks.js";
import { checkOptions, type Spec } from "../validate/options.js";

/** Options of `argmin` and `argmax`. */
export interface ArgExprOptions {
  /** Skip NaN instead of letting it win: `argmin({ skipNaN: true })` is `nanargmin()`. */
  readonly skipNaN?: boolean;
}

const ARG = { skipNaN: isBoolean } as const satisfies Spec<ArgExprOptions>;
const BETWEEN = { closed: oneOf(["both", "left", "right", "none"]) } as const;

/**
 * The options of `argmin` / `argmax` on an expression.
 * @throws TypeError for an unknown key or a non-boolean skipNaN
 */
export const argExprOptions = (options: unknown, operation: string): ArgExprOptions => checkOptions<ArgExprOptions>(options, operation, ARG);

/**
 * The options of `isBetween`.
 * @throws TypeError for an unknown key or a `closed` other than both, left, right, none
 */
export const betweenOptions = (options: unknown): { closed?: "both" | "left" | "right" | "none" } => checkOptions(options, "isBetween", BETWEEN);

/**
 * Checks the name given to `alias`.
 * @throws TypeError for anything but a string
 */
export function aliasName(name: unknown): string {
  if (typeof name === "string") return name;
  throw new TypeError(`alias: expected a column name (a string); got ${describeValue(name)}`);
}

/**
 * Checks the target of `cast`: an apache-arrow DataType (of any copy of the library, by its
 * `typeId`).
 * @throws TypeError for anything else, with the fix for the common slip of a type's name
 */
export function castTarget(to: unknown): DataType {
  if (to instanceof DataType || (typeof to === "object" && to !== null && typeof (to as DataType).typeId === "number")) return to as DataType;
  const hint = typeof to === "string" ? ` (a type's name is not enough: write cast(new Float64()) with Float64 from apache-arrow)` : "";
  throw new TypeError(`cast: expected an Arrow DataType such as new Float64(); got ${describeValue(to)}${hint}`);
}
