import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * The path of a data file shipped by the `vega-datasets` package. The package exports only its
 * script entry, so the data folder is found next to it.
 */
export function vegaDataPath(file: string): string {
  const entry = createRequire(import.meta.url).resolve("vega-datasets");
  return join(dirname(entry), "..", "data", file);
}
