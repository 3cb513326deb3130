/**
 * Reading enough of the start of a text input to learn its schema: a sample that grows until it
 * holds what the format needs (a CSV header record, some NDJSON lines) or the whole input.
 */
import type { TextErrorClass } from "./errors.js";
import type { Sample, TextInput } from "./text-input.js";

/** How a format learns its layout from a sample. */
export interface SampleReading<T> {
  /** What a too-short sample lacks, for the error, e.g. "the header record". */
  readonly what: string;
  /** The layout, or undefined when the sample is too short to tell. */
  describe(sample: Sample): T | undefined;
}

const FIRST_SAMPLE = 1 << 20;
const MAX_SAMPLE = 64 << 20;

function tooLong(input: TextInput, reading: SampleReading<unknown>, errors: TextErrorClass): Error {
  return new errors("bad-header", input.name, { offset: 0 }, `found no end of ${reading.what} in the first ${MAX_SAMPLE >> 20} MiB; expected a shorter one`);
}

/**
 * The layout of an input, read from growing samples.
 * @throws the format's error when the layout needs more than 64 MiB
 */
export async function readSampled<T>(input: TextInput, reading: SampleReading<T>, errors: TextErrorClass, signal?: AbortSignal): Promise<T> {
  for (let size = FIRST_SAMPLE; size <= MAX_SAMPLE; size *= 4) {
    const layout = reading.describe(await input.sample(size, signal));
    if (layout !== undefined) return layout;
  }
  throw tooLong(input, reading, errors);
}

/** The same as {@link readSampled}, synchronously, for a path or bytes. */
export function readSampledSync<T>(input: TextInput, reading: SampleReading<T>, errors: TextErrorClass): T {
  for (let size = FIRST_SAMPLE; size <= MAX_SAMPLE; size *= 4) {
    const layout = reading.describe(input.sampleSync!(size));
    if (layout !== undefined) return layout;
  }
  throw tooLong(input, reading, errors);
}
