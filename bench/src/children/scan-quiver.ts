/** S5 child: Quiver scans the IPC file by path and reduces it to the argmin of column "x"; an argument sets the threads. */
import { col, scanIpc } from "@quiver/core";
import { runChild } from "./child-report.js";

await runChild(async (path, args) => {
  const options = args[0] === undefined ? {} : { threads: Number(args[0]) };
  const result = await scanIpc(path).select(col("x").argmin().alias("i")).collect(options);
  return result.row(0).i;
});
