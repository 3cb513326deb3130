import { describe, expect, it } from "vitest";
import { AxisError, ValueError } from "../src/errors.js";
import { argmax, argmin, nanargmax, nanargmin, ndarray } from "../src/ndarray/index.js";
import { SEED, expectThrows } from "./ndarray-helpers.js";

describe("axis", () => {
  it("out of range throws AxisError with NumPy's message", () => {
    expectThrows(() => argmin(SEED, { axis: 2 }), AxisError, "axis 2 is out of bounds for array of dimension 2");
    expectThrows(() => argmin(SEED, { axis: -3 }), AxisError, "axis -3 is out of bounds for array of dimension 2");
    expectThrows(() => nanargmax([1, 2], { axis: 1 }), AxisError, "axis 1 is out of bounds for array of dimension 1");
    expectThrows(() => argmin(5, { axis: 1 }), AxisError, "axis 1 is out of bounds for array of dimension 1");
    expectThrows(() => argmin(5, { axis: -2 }), AxisError, "axis -2 is out of bounds for array of dimension 1");
    const error = (() => {
      try {
        argmax(ndarray(new Float64Array(6), [2, 3]), { axis: 5 });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ValueError);
    expect(error).toMatchObject({ name: "AxisError", axis: 5, ndim: 2 });
  });

  it("a non-integer axis is a TypeError", () => {
    expectThrows(() => argmin(SEED, { axis: 1.5 }), TypeError, "argmin: axis must be an integer or null; got the number 1.5");
    expectThrows(() => argmin(SEED, { axis: NaN }), TypeError, "argmin: axis must be an integer or null; got the number NaN");
    expectThrows(
      () => argmin(SEED, { axis: "0" as unknown as number }),
      TypeError,
      'argmin: axis must be an integer or null; got the string "0"',
    );
    expectThrows(
      () => argmax(SEED, { axis: true as unknown as number }),
      TypeError,
      "argmax: axis must be an integer or null; got the boolean true",
    );
    expectThrows(
      () => nanargmin(SEED, { axis: [0] as unknown as number }),
      TypeError,
      "nanargmin: axis must be an integer or null; got an array",
    );
  });

  it("options must be an object; a bare number gets a hint", () => {
    expectThrows(
      () => argmin(SEED, 1 as never),
      TypeError,
      "argmin: options must be an object such as { axis: 1 }; got the number 1",
    );
    expectThrows(
      () => argmin(SEED, { axes: 1 } as never),
      TypeError,
      'argmin: unknown option "axes"; did you mean "axis"? the options are axis, keepdims and out',
    );
    expectThrows(
      () => argmin(SEED, { keepdims: 1 as unknown as boolean }),
      TypeError,
      'argmin: option "keepdims" must be true or false; got the number 1',
    );
  });
});

describe("inputs", () => {
  it("ragged nesting is a ValueError naming the inhomogeneous shape", () => {
    expectThrows(
      () => argmin([[1, 2], [3]]),
      ValueError,
      "setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. " +
        "The detected shape was (2,) + inhomogeneous part: at [1] found a sequence of length 1 where a sequence of length 2 was expected.",
    );
    expectThrows(
      () => argmin([[1, 2], 3] as never),
      ValueError,
      "setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. " +
        "The detected shape was (2,) + inhomogeneous part: at [1] found the number 3 where a sequence of length 2 was expected.",
    );
    expectThrows(
      () => argmin([[1], [[2]]] as never),
      ValueError,
      "setting an array element with a sequence. The requested array has an inhomogeneous shape after 2 dimensions. " +
        "The detected shape was (2, 1) + inhomogeneous part: at [1, 0] found a sequence of length 1 where a scalar was expected.",
    );
    expectThrows(
      () => argmin([[[1], [2]], [[3], [4, 5]]]),
      ValueError,
      "setting an array element with a sequence. The requested array has an inhomogeneous shape after 2 dimensions. " +
        "The detected shape was (2, 2) + inhomogeneous part: at [1, 1] found a sequence of length 2 where a sequence of length 1 was expected.",
    );
  });

  it("mixed kinds and unsupported elements are TypeErrors naming the positions", () => {
    expectThrows(
      () => argmin([[1, 2], ["a", 3]] as never),
      TypeError,
      'argmin: cannot order a string against a number: the array holds the number 1 at [0, 0] and the string "a" at [1, 0]; all elements must be numbers and bigints, or all booleans, or all strings',
    );
    expectThrows(
      () => argmax([true, 1] as never),
      TypeError,
      "argmax: cannot order a number against a boolean: the array holds the boolean true at [0] and the number 1 at [1]; all elements must be numbers and bigints, or all booleans, or all strings",
    );
    expectThrows(
      () => argmin([1, null] as never),
      TypeError,
      "argmin: unsupported element null at [1]; elements must be numbers, bigints, booleans or strings; use an Arrow Vector for missing values",
    );
    expectThrows(
      () => argmin([{}] as never),
      TypeError,
      "argmin: unsupported element an Object at [0]; elements must be numbers, bigints, booleans or strings",
    );
  });

  it("an unsupported input is a TypeError", () => {
    expectThrows(
      () => argmin(null as never),
      TypeError,
      "argmin: expected nested arrays or a scalar, an NDArray, a typed array, or an Arrow Vector, Data, Table or RecordBatch; got null",
    );
    expectThrows(() => argmin(new Map() as never), TypeError, "argmin: expected nested arrays or a scalar, an NDArray, a typed array, or an Arrow Vector, Data, Table or RecordBatch; got a Map");
  });
});

describe("empty sequences and all-NaN slices", () => {
  it("reducing an axis of length 0 throws ValueError naming the operation", () => {
    expectThrows(() => argmin([]), ValueError, "attempt to get argmin of an empty sequence");
    expectThrows(() => argmax(new Float64Array(0)), ValueError, "attempt to get argmax of an empty sequence");
    const rows0 = ndarray(new Float64Array(0), [0, 3]);
    const cols0 = ndarray(new Float64Array(0), [3, 0]);
    expectThrows(() => argmin(rows0), ValueError, "attempt to get argmin of an empty sequence");
    expectThrows(() => argmin(rows0, { axis: 0 }), ValueError, "attempt to get argmin of an empty sequence");
    expectThrows(() => nanargmin(cols0, { axis: 1 }), ValueError, "attempt to get argmin of an empty sequence");
    expectThrows(() => nanargmax(cols0, { keepdims: true }), ValueError, "attempt to get argmax of an empty sequence");
    expectThrows(() => argmin(ndarray([], [0, 0]), { axis: 1 }), ValueError, "attempt to get argmin of an empty sequence");
  });

  it("nanargmin/nanargmax on a slice of NaN only throw All-NaN slice encountered", () => {
    expectThrows(() => nanargmin([NaN, NaN]), ValueError, "All-NaN slice encountered");
    expectThrows(() => nanargmax(NaN), ValueError, "All-NaN slice encountered");
    expectThrows(() => nanargmax([[NaN, 1], [NaN, NaN]], { axis: 1 }), ValueError, "All-NaN slice encountered");
    expectThrows(() => nanargmin(ndarray(new Float32Array([1, NaN, 2, NaN]), [2, 2]), { axis: 0 }), ValueError, "All-NaN slice encountered");
    expect(argmin([NaN, NaN])).toBe(0);
  });
});
