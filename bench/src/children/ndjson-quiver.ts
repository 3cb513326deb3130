/** S8 NDJSON child: Quiver scans the NDJSON by path (types inferred) and reduces it to the argmin of "delay". */
import { col, scanNdjson } from "@quiver/core";
import { runChild } from "./child-report.js";

await runChild(async (path) => {
  const result = await scanNdjson(path).select(col("delay").argmin().alias("i")).collect();
  return result.row(0).i;
});
