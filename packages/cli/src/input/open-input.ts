import { fstatSync, statSync } from "node:fs";
import type { Readable } from "node:stream";
import { type LazyFrame, scanCsv, scanIpc, scanNdjson, scanParquet } from "@quiver/core";
import { type Format, formatOf, formatOfBytes } from "./formats.js";
import { peekStream } from "./peek-stream.js";

/** A file (or standard input) opened as a lazy query, its schema read. */
export interface Input {
  /** The query over the whole input. */
  readonly frame: LazyFrame;
  /** The format it is read as. */
  readonly format: Format;
  /** Its size in bytes when known (a file, or standard input redirected from one). */
  readonly size: number | undefined;
}

type Scan = (source: string | Readable, name: string) => LazyFrame;

/** How each format is scanned; the command reads every format the engine scans. */
const SCANS: Readonly<Record<Format, Scan>> = {
  ipc: (source, name) => scanIpc(source, { name }),
  parquet: (source, name) => scanParquet(source, { name }),
  csv: (source, name) => scanCsv(source, { name }),
  ndjson: (source, name) => scanNdjson(source, { name }),
};

/**
 * Opens a path, or standard input for `-`, as a lazy query and reads its schema.
 * @param path - a file path, or `-`
 * @param formatFlag - the `--format` value, if given; else the extension (or, on standard input,
 *   the first bytes) tells
 * @param signal - aborts reading the schema
 * @returns the opened input
 * @throws CliError (bad usage) for a format it cannot tell or read; the scan's own errors for a
 *   missing or malformed file
 */
export async function openInput(path: string, formatFlag: string | undefined, signal: AbortSignal): Promise<Input> {
  const flagged = formatOf(path, formatFlag);
  let source: string | Readable = path;
  let format = flagged;
  if (path === "-") {
    const { head, stream } = await peekStream(process.stdin);
    source = stream;
    format ??= formatOfBytes(head);
  }
  const frame = SCANS[format!](source, path === "-" ? "<stdin>" : path);
  await frame.collectSchema({ signal });
  return { frame, format: format!, size: sizeOf(path) };
}

/** The byte size of a file, or of standard input when it is a regular file. */
function sizeOf(path: string): number | undefined {
  try {
    const stats = path === "-" ? fstatSync(0) : statSync(path);
    return stats.isFile() ? stats.size : undefined;
  } catch {
    return undefined;
  }
}
