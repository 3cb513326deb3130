/** The NumPy-style API: NDArray and the arg-reductions argmin, argmax, nanargmin, nanargmax. */
export { argmax, argmin, nanargmax, nanargmin } from "./argminmax.js";
export type { ArgInput, ArgOptions, ArgResult, ArrayInput, ArrowInput, IndexArray } from "./extreme.js";
export type { NDElement } from "./elements.js";
export { NDArray, ndarray, type ElementOf, type NDData } from "./ndarray.js";
export type { Nested, NestedInput } from "./nested.js";
export type { OutArray } from "./out.js";
export type { BigIntTypedArray, IntegerTypedArray, NumberTypedArray, TypedArray } from "./typed.js";
