/**
 * S5 child: Polars scans the IPC file lazily. The second argument picks how the query runs:
 * "engine" is `collectSync({ engine: "streaming" })`, Polars' streaming engine; "flag" is
 * `collect({ streaming: true })`, the streaming switch of the optimisation flags.
 */
import pl from "nodejs-polars";
import { runChild } from "./child-report.js";

await runChild(async (path, [mode]) => {
  const query = pl.scanIPC(path).select(pl.col("x").argMin().alias("i"));
  const result = mode === "flag" ? await query.collect({ streaming: true }) : query.collectSync({ engine: "streaming" });
  return result.getColumn("i").get(0);
});
