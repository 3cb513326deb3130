/** S7 child: Polars' lazy scan of the Parquet file and argMin of "x". */
import pl from "nodejs-polars";
import { runChild } from "./child-report.js";

await runChild(async (path) => {
  const result = pl.scanParquet(path).select(pl.col("x").argMin()).collectSync();
  return result.getColumn("x").get(0);
});
