/** S8 child: Quiver scans the CSV by path (types inferred) and reduces it to the argmin of "delay". */
import { col, scanCsv } from "@quiver/core";
import { runChild } from "./child-report.js";

await runChild(async (path) => {
  const result = await scanCsv(path).select(col("delay").argmin().alias("i")).collect();
  return result.row(0).i;
});
