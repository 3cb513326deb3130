/**
 * The checks of option values and plain arguments, each returning what it accepts when the value
 * is not acceptable (see {@link ValueCheck}).
 */
import type { ValueCheck } from "./options.js";

/** true or false. */
export const isBoolean: ValueCheck = (value) => (typeof value === "boolean" ? undefined : "true or false");

/** A string. */
export const isString: ValueCheck = (value) => (typeof value === "string" ? undefined : "a string");

/** A function. */
export const isFunction: ValueCheck = (value) => (typeof value === "function" ? undefined : "a function");


/** A whole number ≥ 1. */
export const isPositive: ValueCheck = (value) => (Number.isSafeInteger(value) && (value as number) >= 1 ? undefined : "a whole number ≥ 1");

/** A whole number, or null. */
export const isIntegerOrNull: ValueCheck = (value) =>
  value === null || Number.isSafeInteger(value) || typeof value === "bigint" ? undefined : "an integer or null";

/** An AbortSignal (checked by shape, so a signal of another realm is accepted). */
export const isSignal: ValueCheck = (value) =>
  typeof value === "object" && value !== null && typeof (value as AbortSignal).aborted === "boolean" && typeof (value as AbortSignal).addEventListener === "function"
    ? undefined
    : "an AbortSignal";

/** A list of strings. */
export const isStringList: ValueCheck = (value) => (Array.isArray(value) && value.every((v) => typeof v === "string") ? undefined : "an array of strings");

/** true or false, or an array of them (one per key). */
export const isBooleanOrBooleans: ValueCheck = (value) =>
  typeof value === "boolean" || (Array.isArray(value) && value.every((v) => typeof v === "boolean")) ? undefined : "true or false, or an array of them (one per key)";

/**
 * One of a fixed set of strings.
 * @param choices - the accepted strings
 * @returns the check
 * @example oneOf(["file", "stream"])("csv") // 'one of "file" and "stream"'
 */
export function oneOf(choices: readonly string[]): ValueCheck {
  return (value) => (typeof value === "string" && choices.includes(value) ? undefined : `one of ${choices.map((c) => JSON.stringify(c)).join(", ")}`);
}

/** Anything: an option whose value the operation checks itself (`out`). */
export const isAnything: ValueCheck = () => undefined;
