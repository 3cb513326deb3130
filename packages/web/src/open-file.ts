import { type LazyFrame, scanCsv, scanIpc, scanParquet } from "@quiver/core";

/** How each file extension the page accepts is scanned. A File is read with `Blob.slice`. */
const SCANS: Readonly<Record<string, (file: File) => LazyFrame>> = {
  arrow: (file) => scanIpc(file),
  arrows: (file) => scanIpc(file),
  feather: (file) => scanIpc(file),
  ipc: (file) => scanIpc(file),
  parquet: (file) => scanParquet(file),
  csv: (file) => scanCsv(file),
};

/**
 * A lazy query over a dropped or chosen file, by its extension.
 * @param file - the file
 * @returns the scan; nothing is read yet
 * @throws Error naming the file when its extension is not one the page reads
 */
export function scanFile(file: File): LazyFrame {
  const extension = file.name.slice(file.name.lastIndexOf(".") + 1).toLowerCase();
  const scan = SCANS[extension];
  if (scan === undefined) throw new Error(`${file.name}: expected an Arrow (.arrow), Parquet (.parquet) or CSV (.csv) file`);
  return scan(file);
}
