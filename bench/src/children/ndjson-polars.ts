/** S8 NDJSON child: Polars scans the newline-delimited JSON lazily; argMin gives the first minimum. */
import pl from "nodejs-polars";
import { runChild } from "./child-report.js";

await runChild(async (path) => {
  const result = pl.scanJson(path).select(pl.col("delay").argMin().alias("i")).collectSync();
  return result.getColumn("i").get(0);
});
