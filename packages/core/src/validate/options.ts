/**
 * Option objects checked at the API boundary: a misspelt key is an error that suggests the
 * closest valid one (never silently ignored), and each value is checked against what the option
 * accepts before anything runs.
 */
import { closestName } from "../types/closest-name.js";
import { describeValue } from "../types/describe-value.js";

/**
 * A check of one option's value: undefined when it is acceptable, otherwise a phrase saying what
 * is accepted ("true or false").
 */
export type ValueCheck = (value: unknown) => string | undefined;

/** The options an operation takes, each with the check of its value. */
export type OptionSpec = Readonly<Record<string, ValueCheck>>;

/**
 * The spec of an options interface: exactly its keys (`satisfies Spec<Options>` makes a key added
 * to the interface but not to the spec a type error).
 */
export type Spec<T> = Readonly<Record<keyof T, ValueCheck>>;

/**
 * Checks an options object: an object (or undefined/null for none) whose keys are all known
 * and whose present values (undefined counts as absent) pass their checks.
 * @param options - what the caller passed
 * @param operation - how messages start (`"sort"`, `"collect"`)
 * @param spec - the accepted keys and their checks
 * @returns the options as an object (empty when none were given)
 * @throws TypeError naming the unknown key and the closest known one, or the option whose value
 *   is not accepted, what it was given and what it accepts
 * @example checkOptions({ axs: 0 }, "argmin", { axis: isIntegerOrNull }) // TypeError: argmin: unknown option "axs"; did you mean "axis"? …
 */
export function checkOptions<T extends object>(options: unknown, operation: string, spec: OptionSpec): Partial<T> {
  if (options === undefined || options === null) return {};
  if (typeof options !== "object" || Array.isArray(options)) {
    throw new TypeError(`${operation}: options must be an object such as { ${Object.keys(spec)[0]}: … }; got ${describeValue(options)}`);
  }
  const known = Object.keys(spec);
  for (const key of Object.keys(options)) {
    if (known.includes(key)) continue;
    const suggestion = closestName(key, known);
    const hint = suggestion === undefined ? "" : ` did you mean "${suggestion}"?`;
    throw new TypeError(`${operation}: unknown option ${JSON.stringify(key)};${hint} the options are ${listOf(known)}`);
  }
  for (const [key, check] of Object.entries(spec)) {
    const value = (options as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const accepted = check(value);
    if (accepted !== undefined) throw new TypeError(`${operation}: option "${key}" must be ${accepted}; got ${describeValue(value)}`);
  }
  return options as Partial<T>;
}

/**
 * "a, b and c".
 * @param names - the names, at least one
 */
export function listOf(names: readonly string[]): string {
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
