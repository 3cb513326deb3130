/**
 * The scalar kinds an NDArray may hold and how a flat array of them is prepared for comparison.
 *
 * Numbers and bigints are one kind because JS `<` orders them against each other exactly (no
 * rounding through Number); booleans order false < true; strings order by code point, which JS
 * `<` on UTF-16 code units gets wrong, so they take a comparator. Any other mix has no order.
 */
import { formatIndex, unravel } from "./shape.js";
import { isTypedArray, type TypedArray } from "./typed.js";
import { describeValue } from "../types/describe-value.js";

/** A value an NDArray may hold. */
export type NDElement = number | bigint | boolean | string;

/** The comparison families; one array holds one of them. */
export type ElementKind = "numeric" | "boolean" | "string";

/** Flat data ready for an arg-reduction loop. */
export type Comparable =
  | { readonly kind: "ordered"; readonly values: ArrayLike<number | bigint> }
  | { readonly kind: "string"; readonly values: ArrayLike<string> };

function kindOf(value: unknown): ElementKind | undefined {
  switch (typeof value) {
    case "number":
    case "bigint":
      return "numeric";
    case "boolean":
      return "boolean";
    case "string":
      return "string";
    default:
      return undefined;
  }
}

const KIND_NAMES: Record<ElementKind, string> = {
  numeric: "a number",
  boolean: "a boolean",
  string: "a string",
};

/**
 * Checks that a plain array holds scalars of one kind and returns that kind ("numeric" when
 * empty, as NumPy makes an empty list float64).
 * @param data - the flat elements in C order
 * @param shape - the array's shape, to name positions in messages
 * @param context - the operation, to start messages with
 * @returns the kind of every element
 * @throws TypeError naming the first unsupported element, or the first two elements of different kinds
 * @example checkElements([1, 2n, 3.5], [3], "argmin") // "numeric"
 */
export function checkElements(
  data: readonly unknown[],
  shape: readonly number[],
  context: string,
): ElementKind {
  const at = (i: number): string => formatIndex(unravel(i, shape));
  let kind: ElementKind | undefined;
  let first = 0;
  for (let i = 0; i < data.length; i++) {
    const k = kindOf(data[i]);
    if (k === undefined) {
      const hint = data[i] === null || data[i] === undefined ? "; use an Arrow Vector for missing values" : "";
      throw new TypeError(
        `${context}: unsupported element ${describeValue(data[i])} at ${at(i)}; elements must be numbers, bigints, booleans or strings${hint}`,
      );
    }
    if (kind === undefined) {
      kind = k;
      first = i;
    } else if (k !== kind) {
      throw new TypeError(
        `${context}: cannot order ${KIND_NAMES[k]} against ${KIND_NAMES[kind]}: the array holds ${describeValue(data[first])} at ${at(first)} and ${describeValue(data[i])} at ${at(i)}; all elements must be numbers and bigints, or all booleans, or all strings`,
      );
    }
  }
  return kind ?? "numeric";
}

/**
 * Prepares flat data for the reduction loops: typed arrays as they are, booleans as 0/1 bytes so
 * they share the numeric loop, strings for the code-point comparator.
 * @param data - a typed array or a plain array of scalars
 * @param shape - the array's shape, to name positions in messages
 * @param context - the operation, to start messages with
 * @returns the data tagged with the loop that orders it
 * @example comparableOf([true, false], [2], "argmin") // { kind: "ordered", values: Uint8Array [1, 0] }
 */
export function comparableOf(
  data: TypedArray | readonly unknown[],
  shape: readonly number[],
  context: string,
): Comparable {
  if (isTypedArray(data)) return { kind: "ordered", values: data };
  const kind = checkElements(data, shape, context);
  if (kind === "string") return { kind: "string", values: data as readonly string[] };
  if (kind === "boolean") return { kind: "ordered", values: Uint8Array.from(data as readonly boolean[], Number) };
  return { kind: "ordered", values: data as readonly (number | bigint)[] };
}
