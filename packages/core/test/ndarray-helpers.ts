import { expect } from "vitest";

/** Asserts that `fn` throws an error of exactly this class and message. */
export function expectThrows(fn: () => unknown, type: new (...args: never[]) => Error, message: string): void {
  let error: unknown;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(type);
  expect((error as Error).message).toBe(message);
}

/** NumPy's documentation example, `[[6, 3, 8], [5, 2, 9]]`. */
export const SEED = [
  [6, 3, 8],
  [5, 2, 9],
];
