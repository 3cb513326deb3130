/** S8 child: Polars scans the CSV lazily with its streaming engine; argMin gives the first minimum. */
import pl from "nodejs-polars";
import { runChild } from "./child-report.js";

await runChild(async (path) => {
  const result = pl.scanCSV(path).select(pl.col("delay").argMin().alias("i")).collectSync({ engine: "streaming" });
  return result.getColumn("i").get(0);
});
