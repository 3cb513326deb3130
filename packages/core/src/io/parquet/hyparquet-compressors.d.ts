declare module "hyparquet-compressors" {
  import type { Compressors } from "hyparquet";
  /** Decompressors for every Parquet codec hyparquet does not decode itself. */
  export const compressors: Compressors;
}
