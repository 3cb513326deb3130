/**
 * Monomorphic copies of hot loops. V8 optimises a function for the typed-array classes it has
 * seen; once one loop has run over Float64Array, Int32Array and Float32Array alike, every element
 * access goes through a slower polymorphic path (measured here: 0.43 → 0.70 ns per float64
 * element). Each typed-array class therefore gets its own copy of the loop, compiled from the same
 * source, so there is still one definition to read and test.
 */

/** A function whose source refers to nothing outside itself, so it can be recompiled alone. */
type SelfContained = (...args: never[]) => unknown;

/**
 * A fresh copy of a self-contained function, with its own optimisation state; the original when
 * the environment forbids compiling code (a Content-Security-Policy) or the copy misbehaves.
 * @param fn - the function to copy; it must not refer to imports or outer variables
 * @param check - runs the copy once on a small input; if it throws, the original is used instead
 */
export function specialise<F extends SelfContained>(fn: F, check: (copy: F) => void): F {
  try {
    const copy = new Function(`"use strict"; return (${fn.toString()});`)() as F;
    check(copy);
    return copy;
  } catch {
    return fn;
  }
}

/**
 * One value per typed-array class, made on first use: the per-class copies of a family of loops.
 * @param make - builds the value for a class (the constructor) the first time it is seen
 */
export function perArrayClass<T>(make: (arrayClass: unknown) => T): (values: object) => T {
  const byClass = new Map<unknown, T>();
  return (values) => {
    let entry = byClass.get(values.constructor);
    if (entry === undefined) {
      entry = make(values.constructor);
      byClass.set(values.constructor, entry);
    }
    return entry;
  };
}
