import { execFileSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { commandOutput } from "../process-runs.js";
import { type ColumnInput, type MatrixInput, type Runner, type RunPolicy, type SelfTimedReport, skipped, type System } from "../system.js";

const PYTHON = process.env.PYTHON ?? "python3";

let probe: { version: string } | { reason: string } | undefined;

/** Python's NumPy version, or why NumPy cannot run here; asked once per process. */
export function numpyProbe(): { version: string } | { reason: string } {
  if (probe) return probe;
  if (os.endianness() !== "LE") return (probe = { reason: "the data files are written little-endian and this machine is not" });
  try {
    const out = execFileSync(PYTHON, ["-c", "import numpy, sys; print(numpy.__version__, sys.version.split()[0])"], {
      stdio: "pipe",
      timeout: 30_000,
    });
    const [numpy, python] = out.toString().trim().split(" ");
    probe = { version: `NumPy ${numpy} on Python ${python}` };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    probe = { reason: code === "ENOENT" ? `${PYTHON} not found` : `${PYTHON} cannot import numpy` };
  }
  return probe;
}

/** Writes arrays one after another as raw bytes, which is the platform's (little-endian) order. */
function writeRaw(path: string, arrays: readonly ArrayBufferView[]): void {
  const fd = openSync(path, "w");
  try {
    for (const a of arrays) writeSync(fd, new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  } finally {
    closeSync(fd);
  }
}

function dtypeOf(values: ColumnInput["values"]): string {
  if (values instanceof Float64Array) return "f8";
  if (values instanceof Int32Array) return "i4";
  return "i8";
}

/** A NumPy script to run on arrays the benchmark writes for it. */
export interface PythonJob {
  /** A file beside this one. */
  readonly script: string;
  /** Written one after another to the data file, as raw bytes. */
  readonly arrays: readonly ArrayBufferView[];
  /** The script's arguments, given the data file, a file it may write, and the timing policy. */
  args(data: string, out: string, policy: RunPolicy): (string | number)[];
  /** Its report from its JSON line (and the file it wrote). */
  report(json: unknown, out: string): SelfTimedReport;
}

/** Writes the job's data, then on `measure` runs the script, which times NumPy in its own process. */
export function pythonSelfTimed(job: PythonJob): Runner {
  const found = numpyProbe();
  if ("reason" in found) return skipped(found.reason);
  const dir = mkdtempSync(join(os.tmpdir(), "quiver-bench-numpy-"));
  const data = join(dir, "data.bin");
  const out = join(dir, "out.bin");
  writeRaw(data, job.arrays);
  const script = fileURLToPath(new URL(`./${job.script}`, import.meta.url));
  return {
    kind: "self-timed",
    measure: async (policy: RunPolicy): Promise<SelfTimedReport> => {
      // -B: importing numpy_timing.py must not leave a __pycache__ folder in the sources.
      const args = ["-B", script, ...job.args(data, out, policy)].map(String);
      return job.report(JSON.parse(await commandOutput(PYTHON, args)), out);
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The timing policy as the scripts take it: WARMUP WARMUP_BUDGET_MS MIN_RUNS MAX_RUNS BUDGET_MS. */
export const policyArgs = (policy: RunPolicy): number[] => [
  policy.warmupRuns,
  policy.warmupBudgetMs,
  policy.minRuns,
  policy.maxRuns,
  policy.budgetMs,
];

/** A file of little-endian int32 values, copied into an array of its own. */
export function int32File(path: string): Int32Array {
  const bytes = readFileSync(path);
  return new Int32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

interface ArgminJob {
  readonly arrays: readonly ArrayBufferView[];
  readonly dtype: string;
  readonly rows: number;
  readonly cols: number;
  readonly order: "C" | "F";
}

/** numpy_argmin.py on one column or a matrix. */
function argminJob(job: ArgminJob): Runner {
  return pythonSelfTimed({
    script: "numpy_argmin.py",
    arrays: job.arrays,
    args: (data, out, policy) => [data, job.dtype, job.rows, job.cols, job.order, out, ...policyArgs(policy)],
    report: (json, out) => {
      const report = json as { answer: number | null; consistent: boolean; samplesMs: number[] };
      const answer = job.cols === 1 ? report.answer : int32File(out);
      return { answer: report.consistent ? answer : null, samplesMs: report.samplesMs };
    },
  });
}

/**
 * `np.argmin(a)` over the column as one contiguous array (NumPy has neither nulls nor chunks).
 * @param note - what the variant should say about how the data differs from the others' form
 */
export function numpyArgMin(note?: string): System<ColumnInput> {
  return {
    name: "numpy",
    variant: note ? `np.argmin(a), ${note}` : "np.argmin(a)",
    prepare: (input) =>
      input.validity
        ? skipped("NumPy has no nulls (a NaN fill or a masked array asks another question)")
        : argminJob({ arrays: [input.values], dtype: dtypeOf(input.values), rows: input.n, cols: 1, order: "F" }),
  };
}

/** `np.argmin(m, axis=1)` on the rows × columns matrix, in the given memory order. */
export function numpyRows(order: "C" | "F"): System<MatrixInput> {
  return {
    name: "numpy",
    variant: `np.argmin(m, axis=1), ${order === "F" ? "Fortran (column-major) order, as a table stores it" : "C (row-major) order copy"}`,
    prepare: (input) => argminJob({ arrays: input.columns, dtype: "f8", rows: input.rows, cols: input.columns.length, order }),
  };
}
