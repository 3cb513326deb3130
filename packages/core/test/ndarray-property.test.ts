import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { argmax, argmin, nanargmax, nanargmin, NDArray, ndarray } from "../src/ndarray/index.js";

type Reducer = typeof argmin;
const REDUCERS: readonly (readonly [string, Reducer])[] = [
  ["argmin", argmin],
  ["argmax", argmax],
  ["nanargmin", nanargmin],
  ["nanargmax", nanargmax],
];

// Few distinct values, so ties are common, plus every special value the rules name.
const VALUE = fc.oneof(
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom(NaN, 0, -0, Infinity, -Infinity, 0.5),
);

/** A shape of 0–3 axes of sides 0–4, and data of exactly its size. */
const ARRAY = fc
  .array(fc.integer({ min: 0, max: 4 }), { maxLength: 3 })
  .chain((shape) => {
    const size = shape.reduce((n, side) => n * side, 1);
    return fc.record({
      shape: fc.constant(shape),
      data: fc.array(VALUE, { minLength: size, maxLength: size }),
    });
  });

type Outcome = { readonly value: unknown } | { readonly error: string };

/** A call's result as plain data (NDArrays as nested arrays), or its error's name and message. */
function outcome(call: () => unknown): Outcome {
  try {
    const value = call();
    return { value: value instanceof NDArray ? value.toArray() : value };
  } catch (error) {
    return { error: `${(error as Error).name}: ${(error as Error).message}` };
  }
}

/** Every axis argument valid for `ndim` dimensions, and null. */
function axesOf(ndim: number): (number | null)[] {
  const axes: (number | null)[] = [null];
  for (let axis = -ndim; axis < ndim; axis++) axes.push(axis);
  return axes;
}

/** The contract's rule for one slice, written out plainly. */
function referenceSlice(values: readonly number[], max: boolean, skipNaN: boolean): number | string {
  if (values.length === 0) return "empty";
  let best = -1;
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if (Number.isNaN(v)) {
      if (skipNaN) continue;
      return k;
    }
    if (best < 0 || (max ? v > values[best] : v < values[best])) best = k;
  }
  if (best < 0) return "all-nan";
  return best;
}

/** The reduction of `axis` by collecting each slice's values through explicit multi-indices. */
function reference(shape: readonly number[], data: readonly number[], axis: number | null, name: string): Outcome {
  const max = name.endsWith("max");
  const skipNaN = name.startsWith("nan");
  const fail = (kind: number | string): Outcome | undefined =>
    kind === "empty"
      ? { error: `ValueError: attempt to get ${name.replace(/^nan/, "")} of an empty sequence` }
      : kind === "all-nan"
        ? { error: "ValueError: All-NaN slice encountered" }
        : undefined;
  if (axis === null || shape.length === 0) {
    const index = referenceSlice(data, max, skipNaN);
    return fail(index) ?? { value: index };
  }
  const a = axis < 0 ? axis + shape.length : axis;
  if (shape[a] === 0) return fail("empty") as Outcome;
  const strides = shape.map((_, d) => shape.slice(d + 1).reduce((n, s) => n * s, 1));
  const rest = shape.filter((_, d) => d !== a);
  const results: number[] = [];
  const restSize = rest.reduce((n, s) => n * s, 1);
  for (let r = 0; r < restSize; r++) {
    // The multi-index of result position r, with the reduced axis left out.
    const position: number[] = [];
    let left = r;
    for (let d = rest.length - 1; d >= 0; d--) {
      position.unshift(left % rest[d]);
      left = Math.floor(left / rest[d]);
    }
    position.splice(a, 0, 0);
    const slice: number[] = [];
    for (let k = 0; k < shape[a]; k++) {
      position[a] = k;
      slice.push(data[position.reduce((flat, i, d) => flat + i * strides[d], 0)]);
    }
    const index = referenceSlice(slice, max, skipNaN);
    const failure = fail(index);
    if (failure) return failure;
    results.push(index as number);
  }
  if (rest.length === 0) return { value: results[0] };
  return { value: ndarray(results, rest).toArray() };
}

describe("properties", () => {
  it("the typed-array path, the nested-array path and a plain reference agree", () => {
    fc.assert(
      fc.property(ARRAY, ({ shape, data }) => {
        const typed = ndarray(Float64Array.from(data), shape);
        const nested = ndarray(data, shape).toArray();
        // Nested arrays cannot show the sides after a 0 ([] for shape (0, 3)), as in NumPy.
        const zero = shape.indexOf(0);
        const nestedShape = zero < 0 ? shape : shape.slice(0, zero + 1);
        for (const [name, reduce] of REDUCERS) {
          for (const axis of axesOf(shape.length)) {
            const expected = reference(shape, data, axis, name);
            expect(outcome(() => reduce(typed, { axis }))).toEqual(expected);
            if (zero < 0) expect(outcome(() => reduce(nested, { axis }))).toEqual(expected);
          }
          for (const axis of axesOf(nestedShape.length)) {
            expect(outcome(() => reduce(nested, { axis }))).toEqual(reference(nestedShape, data, axis, name));
          }
        }
      }),
    );
  });

  it("keepdims only reinserts the reduced axes", () => {
    fc.assert(
      fc.property(ARRAY, ({ shape, data }) => {
        const typed = ndarray(Float64Array.from(data), shape);
        for (const [, reduce] of REDUCERS) {
          for (const axis of axesOf(shape.length)) {
            const plain = outcome(() => reduce(typed, { axis }));
            const kept = outcome(() => reduce(typed, { axis, keepdims: true }));
            if ("error" in plain) {
              expect(kept).toEqual(plain);
              continue;
            }
            const flat = (v: unknown): unknown[] => [v].flat(Infinity);
            expect("value" in kept && flat(kept.value)).toEqual(flat(plain.value));
            const keptShape = reduce(typed, { axis, keepdims: true }) as unknown as NDArray | number;
            const expectedShape =
              shape.length === 0 ? [] : shape.map((side, d) => (axis === null || d === (axis + shape.length) % shape.length ? 1 : side));
            expect(typeof keptShape === "number" ? [] : keptShape.shape).toEqual(expectedShape);
          }
        }
      }),
    );
  });

  it("argmax(x) equals argmin(-x), and nanargmax(x) equals nanargmin(-x)", () => {
    fc.assert(
      fc.property(ARRAY, fc.boolean(), ({ shape, data }, finite) => {
        const values = finite ? data.map((v) => (Number.isFinite(v) ? v : 1)) : data;
        const x = ndarray(Float64Array.from(values), shape);
        const negated = ndarray(Float64Array.from(values, (v) => -v), shape);
        const rename = (o: Outcome, from: string, to: string): Outcome =>
          "error" in o ? { error: o.error.replace(from, to) } : o;
        for (const axis of axesOf(shape.length)) {
          expect(outcome(() => argmax(x, { axis }))).toEqual(rename(outcome(() => argmin(negated, { axis })), "argmin", "argmax"));
          expect(outcome(() => nanargmax(x, { axis }))).toEqual(
            rename(outcome(() => nanargmin(negated, { axis })), "argmin", "argmax"),
          );
        }
      }),
    );
  });

  it("integer and bigint typed arrays agree with Float64Array on the same integers", () => {
    const integers = fc
      .array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 })
      .chain((shape) => {
        const size = shape.reduce((n, side) => n * side, 1);
        return fc.record({
          shape: fc.constant(shape),
          data: fc.array(fc.integer({ min: -2, max: 2 }), { minLength: size, maxLength: size }),
        });
      });
    fc.assert(
      fc.property(integers, ({ shape, data }) => {
        const forms = [
          ndarray(Float64Array.from(data), shape),
          ndarray(Int8Array.from(data), shape),
          ndarray(BigInt64Array.from(data, BigInt), shape),
          ndarray(data.map(BigInt), shape),
        ];
        for (const [, reduce] of REDUCERS) {
          for (const axis of axesOf(shape.length)) {
            const [first, ...others] = forms.map((form) => outcome(() => reduce(form, { axis })));
            for (const other of others) expect(other).toEqual(first);
          }
        }
      }),
    );
  });
});
