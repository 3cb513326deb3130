/**
 * Conversion between nested JS arrays and flat C-ordered data plus a shape, with NumPy's
 * detection of ragged ("inhomogeneous") nesting.
 */
import { ValueError } from "../errors.js";
import { formatIndex, formatShape, sizeOf } from "./shape.js";
import { isTypedArray, type TypedArray } from "./typed.js";
import { describeValue } from "../types/describe-value.js";

/** A scalar, or arrays of arrays of it to any depth. */
export type Nested<T> = T | Nested<T>[];

/** Nested arrays as accepted on input: typed arrays count as innermost rows. */
export type NestedInput<T> = T | TypedArray | readonly NestedInput<T>[];

/** Flat C-ordered elements (a Float64Array when all are numbers) and the shape they came in. */
export interface Flattened {
  readonly data: Float64Array | unknown[];
  readonly shape: number[];
}

type Sequence = ArrayLike<unknown>;

function isSequence(value: unknown): value is Sequence {
  return Array.isArray(value) || isTypedArray(value);
}

/**
 * Flattens nested arrays in C order. The shape is read down the first elements, then every
 * branch must match it, which is how NumPy finds the depth at which an array turns ragged.
 * @param value - a scalar (0-d) or nested arrays
 * @returns the elements and the shape: a Float64Array when every element is a number (so the
 *   reduction takes its typed loop), else a plain array of the elements, unchecked
 * @throws ValueError naming the depth and position where the nesting stops being rectangular
 * @example flattenNested([[1, 2], [3, 4]]) // { data: Float64Array [1, 2, 3, 4], shape: [2, 2] }
 */
export function flattenNested(value: unknown): Flattened {
  const shape: number[] = [];
  for (let node = value; isSequence(node); node = node[0]) {
    shape.push(node.length);
    if (node.length === 0) break;
  }
  // Numbers go straight into a Float64Array sized once (growing a plain array of 10^7 elements
  // costs more than the reduction); the first other element moves them to a plain array.
  let numbers: Float64Array | undefined = new Float64Array(sizeOf(shape));
  let others: unknown[] | undefined;
  let filled = 0;
  const store = (element: unknown): void => {
    if (numbers !== undefined && typeof element === "number") {
      numbers[filled++] = element;
      return;
    }
    if (others === undefined) {
      others = Array.from((numbers as Float64Array).subarray(0, filled));
      numbers = undefined;
    }
    others.push(element);
  };
  const path: number[] = [];
  const ragged = (depth: number, found: string, expected: string): ValueError =>
    new ValueError(
      `setting an array element with a sequence. The requested array has an inhomogeneous shape after ${depth} dimensions. ` +
        `The detected shape was ${formatShape(shape.slice(0, depth))} + inhomogeneous part: ` +
        `at ${formatIndex(path)} found ${found} where ${expected} was expected.`,
    );
  const visit = (node: unknown, depth: number): void => {
    if (depth === shape.length) {
      if (isSequence(node)) throw ragged(depth, `a sequence of length ${node.length}`, "a scalar");
      store(node);
      return;
    }
    const expected = `a sequence of length ${shape[depth]}`;
    if (!isSequence(node)) throw ragged(depth, describeValue(node), expected);
    if (node.length !== shape[depth]) throw ragged(depth, `a sequence of length ${node.length}`, expected);
    if (depth === shape.length - 1) {
      // The innermost rows are read in plain loops, without path bookkeeping per element, and
      // runs of numbers are copied through locals (closure variables are slow in a hot loop).
      let i = 0;
      if (numbers !== undefined) {
        const target = numbers;
        let at = filled;
        for (; i < node.length; i++) {
          const element = node[i];
          if (typeof element !== "number") break;
          target[at++] = element;
        }
        filled = at;
      }
      for (; i < node.length; i++) {
        const element = node[i];
        if (isSequence(element)) {
          path.push(i);
          throw ragged(depth + 1, `a sequence of length ${element.length}`, "a scalar");
        }
        store(element);
      }
      return;
    }
    for (let i = 0; i < node.length; i++) {
      path.push(i);
      visit(node[i], depth + 1);
      path.pop();
    }
  };
  visit(value, 0);
  return { data: numbers ?? (others as unknown[]), shape };
}

/**
 * Builds nested arrays from flat C-ordered data (the inverse of {@link flattenNested}); the 0-d
 * shape gives the single element itself.
 * @param data - at least `product(shape)` elements
 * @param shape - the sides, outermost first
 * @returns nested plain arrays
 * @example nest([1, 2, 3, 4, 5, 6], [2, 3]) // [[1, 2, 3], [4, 5, 6]]
 */
export function nest<T>(data: ArrayLike<T>, shape: readonly number[]): Nested<T> {
  if (shape.length === 0) return data[0];
  let offset = 0;
  const build = (depth: number): Nested<T>[] => {
    const side = shape[depth];
    const level = new Array<Nested<T>>(side);
    for (let i = 0; i < side; i++) level[i] = depth === shape.length - 1 ? data[offset++] : build(depth + 1);
    return level;
  };
  return build(0);
}
