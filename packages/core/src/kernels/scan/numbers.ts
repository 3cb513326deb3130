import { perArrayClass, specialise } from "../specialise.js";
import { isValidAt } from "../validity.js";
import { wasmDenseLoop } from "../wasm/dense-numbers.js";
import { wasmMaskedLoop } from "../wasm/masked-numbers.js";
import { type DenseLoop, denseMax, denseMin, type MaskedLoop, maskedMax, maskedMin } from "./number-loops.js";
import { NO_CANDIDATE, type ScanMode, type ScanResult } from "./scan-result.js";

/** Typed arrays whose elements read as JS numbers. */
export type NumberArray =
  | Float64Array
  | Float32Array
  | Int32Array
  | Int16Array
  | Int8Array
  | Uint32Array
  | Uint16Array
  | Uint8Array;

/**
 * Arg-reduces a chunk of number-valued slots (floats, and integers of 32 bits or fewer).
 *
 * Fast paths: a long chunk runs in WebAssembly SIMD when the engine has it (see
 * wasm/dense-numbers.ts, and wasm/masked-numbers.ts for a chunk with nulls); a shorter one runs
 * a dense loop that tests eight slots per branch, or, with nulls, skips all-null validity bytes
 * and takes the eight-slot test on all-valid ones.
 * Min and max have loops of their own so the hot loop carries no direction logic, and each
 * typed-array class has its own copy of the loops (see specialise.ts).
 * @param values - the slots, indexed from 0 (Arrow's sliced-values convention)
 * @param bitmap - validity bitmap, or null when the chunk has no nulls
 * @param offset - bit offset of slot 0 in `bitmap`
 * @param length - number of slots
 * @param mode - min or max, NaN propagating or skipped
 */
export function scanNumbers(
  values: ArrayLike<number>,
  bitmap: Uint8Array | null,
  offset: number,
  length: number,
  mode: ScanMode,
): ScanResult {
  const first = firstCandidate(values, bitmap, offset, length, mode.skipNaN);
  if (first.index < 0 || first.isNaN) return first;
  const start = first.index;
  const loops = loopsFor(values);
  const index =
    bitmap === null
      ? (wasmDenseLoop(values, length - start, mode.max) ?? (mode.max ? loops.denseMax : loops.denseMin))(values, start, length, mode.skipNaN)
      : (wasmMaskedLoop(values, length - start, mode.max) ?? (mode.max ? loops.maskedMax : loops.maskedMin))(values, bitmap, offset, start, length, mode.skipNaN);
  if (index < 0) return { index: -index - 1, isNaN: true, sawNaN: true };
  return { index, isNaN: false, sawNaN: first.sawNaN };
}

/**
 * The first valid slot that can win: any value, or the first NaN when NaN propagates. NaN met
 * before it (when skipped) is reported so an all-NaN chunk is told from an all-null one.
 */
function firstCandidate(
  values: ArrayLike<number>,
  bitmap: Uint8Array | null,
  offset: number,
  length: number,
  skipNaN: boolean,
): ScanResult {
  let sawNaN = false;
  for (let i = 0; i < length; i++) {
    if (!isValidAt(bitmap, offset, i)) continue;
    const x = values[i];
    if (x === x) return { index: i, isNaN: false, sawNaN };
    if (!skipNaN) return { index: i, isNaN: true, sawNaN: true };
    sawNaN = true;
  }
  return sawNaN ? { ...NO_CANDIDATE, sawNaN } : NO_CANDIDATE;
}

interface NumberLoops {
  readonly denseMin: DenseLoop;
  readonly denseMax: DenseLoop;
  readonly maskedMin: MaskedLoop;
  readonly maskedMax: MaskedLoop;
}

const SAMPLE = Float64Array.of(2, 1, 3, 0, 5, 6, 7, 8, 9, 10);
const ALL_VALID = Uint8Array.of(255, 255);

const loopsFor = perArrayClass<NumberLoops>(() => ({
  denseMin: specialise(denseMin, (f) => expectIndex(f(SAMPLE, 0, 10, false), 3)),
  denseMax: specialise(denseMax, (f) => expectIndex(f(SAMPLE, 0, 10, false), 9)),
  maskedMin: specialise(maskedMin, (f) => expectIndex(f(SAMPLE, ALL_VALID, 0, 0, 10, false), 3)),
  maskedMax: specialise(maskedMax, (f) => expectIndex(f(SAMPLE, ALL_VALID, 0, 0, 10, false), 9)),
}));

function expectIndex(actual: number, expected: number): void {
  if (actual !== expected) throw new Error(`specialised loop returned ${actual}, expected ${expected}`);
}
