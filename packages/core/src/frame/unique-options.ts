import type { UniqueKeep } from "../plan/unique.js";
import { isStringList, isString, oneOf } from "../validate/checks.js";
import { checkOptions, type Spec } from "../validate/options.js";

/** Which rows `unique` keeps. */
export interface UniqueOptions {
  /** The columns that decide duplicates (all columns by default). */
  readonly subset?: string | readonly string[];
  /**
   * `"first"` (the default) or `"any"`: the first row of each set of duplicates; `"last"`: the
   * last; `"none"`: only the rows that have no duplicate. The kept rows stay in input order.
   */
  readonly keep?: UniqueKeep;
}

const UNIQUE = {
  subset: (value: unknown) => (isString(value) === undefined ? undefined : isStringList(value)),
  keep: oneOf(["first", "last", "any", "none"]),
} as const satisfies Spec<UniqueOptions>;

/**
 * The checked options of `unique`.
 * @throws TypeError for an unknown key or a value of the wrong kind
 */
export function uniqueOptions(options: unknown): { subset: readonly string[] | undefined; keep: UniqueKeep } {
  const checked = checkOptions<UniqueOptions>(options, "unique", UNIQUE);
  const subset = typeof checked.subset === "string" ? [checked.subset] : checked.subset;
  return { subset, keep: checked.keep ?? "first" };
}
