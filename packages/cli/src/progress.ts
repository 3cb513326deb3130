import cliProgress from "cli-progress";

/** What a run reports as it reads: cumulative rows and bytes. */
export interface ProgressReport {
  readonly rows: number;
  readonly bytes: number;
}

/** Where a run's progress goes. */
export interface ProgressSink {
  update(progress: ProgressReport): void;
  stop(): void;
}

const SILENT: ProgressSink = { update() {}, stop() {} };
/** Work shorter than this shows no bar at all. */
const SHOW_AFTER_MS = 250;

/**
 * A progress bar on stderr — bytes and rows read, rate, and (with a known size) percentage and
 * ETA — when stderr is a terminal; nothing otherwise, so piped and scripted runs stay clean.
 * @param size - the input's size in bytes, when known
 * @param stream - where to draw (stderr)
 * @returns the sink to feed from `onProgress`, and to stop when the run ends
 */
export function progressBar(size: number | undefined, stream: NodeJS.WriteStream = process.stderr): ProgressSink {
  if (!stream.isTTY) return SILENT;
  const known = size !== undefined && size > 0;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: known
        ? "{bar} {percentage}% | {done} of {size} | {rows} rows | {rate} | ETA {eta_formatted}"
        : "{done} read | {rows} rows | {rate}",
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  const start = Date.now();
  let started = false;
  return {
    update({ rows, bytes }) {
      const elapsed = (Date.now() - start) / 1000;
      const payload = { done: bytesText(bytes), size: known ? bytesText(size) : "", rows: rows.toLocaleString("en-US"), rate: `${bytesText(bytes / Math.max(elapsed, 1e-3))}/s` };
      if (!started && elapsed * 1000 >= SHOW_AFTER_MS) {
        bar.start(known ? size : 1, 0, payload);
        started = true;
      }
      if (started) bar.update(known ? Math.min(bytes, size) : 0, payload);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

/** A byte count in binary units: `812 B`, `1.5 MiB`. */
function bytesText(bytes: number): string {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${Math.round(value)} B` : `${value.toFixed(1)} ${units[unit]}`;
}
