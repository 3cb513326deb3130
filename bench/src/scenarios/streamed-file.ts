import { cachedFile } from "../files/cache.js";
import { FILE_BATCH_ROWS, writeFloat64Ipc } from "../files/float64-ipc.js";
import { type FileInput, type Scenario, skippedSystem } from "../system.js";
import { childProcessSystem } from "../systems/child-process.js";

const SEED = 0x5eed;
// Bump when the file's layout changes, so a stale cached file is not reused.
const FORMAT_VERSION = 1;

const DUCKDB_SKIP =
  "DuckDB reads Arrow IPC files only through its arrow extension (read_arrow), which is not built in " +
  "and cannot be downloaded without network access";
const NUMPY_SKIP =
  "NumPy has no Arrow IPC reader of its own; reading the file through pyarrow would time Arrow C++, not NumPy";

/** S5: argmin of a Float64 column streamed from an Arrow IPC file, each system in its own process. */
export const STREAMED_FILE_SCENARIOS: readonly Scenario<FileInput>[] = [
  {
    name: "S5 argmin, streamed IPC file",
    description:
      `First index of the minimum of uniform doubles in an Arrow IPC file of ${FILE_BATCH_ROWS.toLocaleString("en-US")}-row ` +
      "record batches, written once to the OS temp folder and reused. Each run is a fresh process per system " +
      "(Node running the system's script bundled by esbuild into one file), timed from spawn to exit, so the " +
      "time includes start-up and imports (the note gives the query alone); peak RSS is the process's own " +
      "peak resident set (VmHWM on Linux). The file is in the page cache after the untimed first run. Memory-mapped file pages count " +
      "towards a process's RSS.",
    shape: { full: { rows: 100_000_000, columns: 1 }, quick: { rows: 10_000_000, columns: 1 } },
    makeInput: async ({ rows }) => ({
      path: await cachedFile(`s5-float64-${rows}-seed${SEED}-v${FORMAT_VERSION}.arrow`, (path) => writeFloat64Ipc(path, rows, SEED)),
    }),
    systems: [
      childProcessSystem("plain-loop", "apache-arrow RecordBatchReader.from(fileHandle), for over each batch's Float64Array", "scan-arrow-js.ts"),
      childProcessSystem("quiver", 'scanIpc(path).select(col("x").argmin()).collect()', "scan-quiver.ts"),
      childProcessSystem("quiver", 'scanIpc(path).select(col("x").argmin()).collect({ threads: 1 })', "scan-quiver.ts", ["1"]),
      childProcessSystem("quiver", 'scanIpc(path).select(col("x").argmin()).collect({ threads: 2 })', "scan-quiver.ts", ["2"]),
      childProcessSystem("polars", 'scanIPC(path).select(col("x").argMin()).collectSync({ engine: "streaming" })', "scan-polars.ts", ["engine"]),
      childProcessSystem("polars", "scanIPC(path).select(col(\"x\").argMin()).collect({ streaming: true })", "scan-polars.ts", ["flag"]),
      skippedSystem("duckdb", "read_arrow(path)", DUCKDB_SKIP),
      skippedSystem("numpy", "np.argmin over the file's batches", NUMPY_SKIP),
    ],
  },
];
