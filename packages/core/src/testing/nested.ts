import fc from "fast-check";
import { wideInts } from "./integers";
import { edgeStrings } from "./strings";

type ElementKind = "number" | "bigint" | "boolean" | "string";

/** Options of {@link arbNested}. */
export interface NestedOptions {
  /** Most dimensions; default 3 (0 gives a bare scalar). */
  maxDims?: number;
  /** Longest side; default 4. */
  maxSide?: number;
  /** Element type; `"any"` picks one per array (arrays stay homogeneous). Default `"number"`. */
  element?: ElementKind | "any";
}

const NUMBERS = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(0, -0, NaN, Infinity, -Infinity, 5e-324, -5e-324, Number.MAX_VALUE, 2 ** 53, 2 ** 53 + 2) },
  { weight: 4, arbitrary: fc.integer({ min: -3, max: 3 }) },
  { weight: 2, arbitrary: fc.double() },
);

const ELEMENTS: Record<ElementKind, fc.Arbitrary<unknown>> = {
  number: NUMBERS,
  bigint: wideInts(true),
  boolean: fc.boolean(),
  string: edgeStrings(),
};

function reshape(flat: readonly unknown[], shape: readonly number[], at = 0): unknown {
  if (shape.length === 0) return flat[at];
  const [side, ...rest] = shape;
  const stride = rest.reduce((product, n) => product * n, 1);
  return Array.from({ length: side }, (_, i) => reshape(flat, rest, at + i * stride));
}

/**
 * Generates rectangular nested JavaScript arrays, NumPy-style input: 0 to `maxDims` dimensions
 * (0 = a scalar), each side 0 to `maxSide`, with the edge-case values of the contract (NaN, -0,
 * ±Infinity, ties; 64-bit integers beyond 2^53; astral strings). A side of 0 hides the sides after
 * it, as `[]` cannot tell them.
 * @param options Dimension and side bounds and the element type.
 * @returns The arbitrary.
 * @example fc.sample(arbNested({ maxDims: 2, element: "number" }), 1) // e.g. [[[1, NaN], [-0, 1]]]
 */
export function arbNested(options: NestedOptions = {}): fc.Arbitrary<unknown> {
  const maxDims = options.maxDims ?? 3;
  const maxSide = options.maxSide ?? 4;
  const element = options.element ?? "number";
  if (!(Number.isInteger(maxDims) && maxDims >= 0 && Number.isInteger(maxSide) && maxSide >= 0)) {
    throw new RangeError(`maxDims and maxSide must be non-negative integers, got ${maxDims} and ${maxSide}`);
  }
  const kind = element === "any" ? fc.constantFrom<ElementKind>("number", "bigint", "boolean", "string") : fc.constant(element);
  const shape = fc.array(fc.integer({ min: 0, max: maxSide }), { maxLength: maxDims });
  return fc.tuple(kind, shape).chain(([k, dims]) => {
    const size = dims.reduce((product, n) => product * n, 1);
    return fc.array(ELEMENTS[k], { minLength: size, maxLength: size }).map((flat) => reshape(flat, dims));
  });
}

/**
 * Generates an `axis` argument for an array of `ndim` dimensions: `null`, mostly valid axes
 * (negatives included), and sometimes out-of-range ones, near the bounds or far off. For `ndim` 0
 * the integers drawn are 0, -1, 1 and -2 and the far ones; NumPy accepts 0 and -1 on 0-d arrays,
 * so the caller decides what each means.
 * @param ndim Dimensions of the array.
 * @returns The arbitrary.
 * @example fc.sample(arbAxis(2), 5) // e.g. [null, 1, -2, 0, 2]
 */
export function arbAxis(ndim: number): fc.Arbitrary<number | null> {
  if (!(Number.isInteger(ndim) && ndim >= 0)) throw new RangeError(`ndim must be a non-negative integer, got ${ndim}`);
  const outside = fc.constantFrom(ndim, ndim + 1, -ndim - 1, -ndim - 2, 2 ** 31, -(2 ** 31), Number.MAX_SAFE_INTEGER);
  const inside = ndim === 0 ? fc.constantFrom(0, -1) : fc.integer({ min: -ndim, max: ndim - 1 });
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 4, arbitrary: inside },
    { weight: 1, arbitrary: outside },
  );
}
