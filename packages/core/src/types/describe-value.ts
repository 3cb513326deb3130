/**
 * Names a value for an error message: its class for objects, its type and value for primitives.
 * @param value - anything
 * @returns a phrase such as "the number 1.5" or "a Float64Array"
 * @example describeValue(new Float64Array(2)) // "a Float64Array"
 */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object" || typeof value === "function") {
    const name = (value as { constructor?: { name?: string } }).constructor?.name;
    // "an" before a vowel sound: a leading vowel (not the "you" of Uint), or a spelled-out capital
    // such as the N of NDArray.
    return name ? `a${/^([AEIO]|U[A-Z]|[FHLMNRSX][A-Z])/.test(name) ? "n" : ""} ${name}` : "an object";
  }
  if (typeof value === "string") return `the string ${JSON.stringify(value)}`;
  if (typeof value === "bigint") return `the bigint ${value}n`;
  return `the ${typeof value} ${String(value)}`;
}
