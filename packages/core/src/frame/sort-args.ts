/**
 * The arguments of `sort`: the keys, and the per-key directions read from the options.
 */
import type { Expr } from "../expr/index.js";
import type { SortDirection } from "../kernels/sort/sort-indices.js";
import { exprOrNameArgs } from "../validate/arguments.js";
import { isBooleanOrBooleans } from "../validate/checks.js";
import { checkOptions, type Spec } from "../validate/options.js";

/** How `sort` orders each key: one setting for every key, or one per key. */
export interface SortOptions {
  /** Largest first (default false). */
  readonly descending?: boolean | readonly boolean[];
  /** Nulls after every value (default true), whatever the direction. */
  readonly nullsLast?: boolean | readonly boolean[];
}

const SORT = { descending: isBooleanOrBooleans, nullsLast: isBooleanOrBooleans } as const satisfies Spec<SortOptions>;

/**
 * Checks and reads the arguments of `sort`.
 * @param by - a key or a list of keys: expressions or column names
 * @param options - descending and nullsLast, each one value or one per key
 * @returns the key expressions and each key's direction
 * @throws TypeError for a key that is not an expression or name, an unknown option or a
 *   non-boolean setting; RangeError when a per-key list's length differs from the keys'
 */
export function sortArgs(by: unknown, options: unknown): { keys: Expr[]; directions: SortDirection[] } {
  const keys = exprOrNameArgs(Array.isArray(by) ? by : [by], "sort");
  if (keys.length === 0) throw new TypeError("sort: expected at least one key (a column name or an expression)");
  const checked = checkOptions<SortOptions>(options, "sort", SORT);
  const descending = perKey(checked.descending ?? false, keys.length, "descending");
  const nullsLast = perKey(checked.nullsLast ?? true, keys.length, "nullsLast");
  return { keys, directions: keys.map((_, i) => ({ descending: descending[i], nullsLast: nullsLast[i] })) };
}

function perKey(setting: boolean | readonly boolean[], keys: number, name: string): readonly boolean[] {
  if (typeof setting === "boolean") return Array.from({ length: keys }, () => setting);
  if (setting.length !== keys) throw new RangeError(`sort: ${name} has ${setting.length} entries for ${keys} keys`);
  return setting;
}
