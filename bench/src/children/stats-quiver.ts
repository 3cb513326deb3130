/** S7 child: Quiver's argmin of "x" over the Parquet file, row groups chosen by the statistics. */
import { col, scanParquet } from "@quiver/core";
import { runChild } from "./child-report.js";

await runChild(async (path) => {
  const result = await scanParquet(path).select(col("x").argmin()).collect();
  return result.row(0).x;
});
