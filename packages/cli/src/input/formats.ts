import { extname } from "node:path";
import { CliError, EXIT } from "../errors.js";

/** The file formats the command reads and writes. */
export const FORMATS = ["ipc", "parquet", "csv", "ndjson"] as const;
/** One file format. */
export type Format = (typeof FORMATS)[number];

const EXTENSIONS: Readonly<Record<string, Format>> = {
  ".arrow": "ipc",
  ".arrows": "ipc",
  ".ipc": "ipc",
  ".feather": "ipc",
  ".parquet": "parquet",
  ".pq": "parquet",
  ".csv": "csv",
  ".ndjson": "ndjson",
  ".jsonl": "ndjson",
};

/**
 * The format of a file: the one named by a flag, else the one its extension says.
 * @param path - the file's path
 * @param flag - the `--format`/`--to` value, if given
 * @returns the format, or undefined when neither tells (standard input)
 * @throws CliError (bad usage) for an unknown flag value or extension
 */
export function formatOf(path: string, flag: string | undefined): Format | undefined {
  if (flag !== undefined) {
    const format = (FORMATS as readonly string[]).includes(flag) ? (flag as Format) : EXTENSIONS[`.${flag}`];
    if (format === undefined) throw new CliError(`unknown format "${flag}"; the formats are ${FORMATS.join(", ")}`, EXIT.badUsage);
    return format;
  }
  if (path === "-") return undefined;
  const format = EXTENSIONS[extname(path).toLowerCase()];
  if (format === undefined) {
    throw new CliError(`cannot tell the format of ${path} from its extension; name it with --format (${FORMATS.join(", ")})`, EXIT.badUsage);
  }
  return format;
}

/**
 * The format bytes start with: Arrow IPC (file or stream), Parquet, NDJSON (a `{`), else CSV.
 * @param head - the first bytes of the input
 * @returns the format they look like
 */
export function formatOfBytes(head: Uint8Array): Format {
  const text = new TextDecoder().decode(head.subarray(0, 6));
  if (text === "ARROW1" || (head.length >= 4 && head[0] === 0xff && head[1] === 0xff && head[2] === 0xff && head[3] === 0xff)) return "ipc";
  if (text.startsWith("PAR1")) return "parquet";
  const first = new TextDecoder().decode(head.subarray(0, 64)).trimStart()[0];
  return first === "{" ? "ndjson" : "csv";
}
