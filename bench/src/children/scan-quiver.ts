/** S5 child: Quiver scans the IPC file by path and reduces it to the argmin of column "x". */
import { col, scanIpc } from "@quiver/core";
import { runChild } from "./child-report.js";

await runChild(async (path) => {
  const result = await scanIpc(path).select(col("x").argmin().alias("i")).collect();
  return result.row(0).i;
});
