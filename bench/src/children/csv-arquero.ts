/**
 * S8 child: Arquero's loadCSV reads the whole file into a string and parses it (its own parser,
 * types inferred); the first minimum is found by a filter against the column's min.
 */
import * as aq from "arquero";
import { runChild } from "./child-report.js";

type Row = Record<string, number>;

await runChild(async (path) => {
  const table = await aq.loadCSV(path);
  return table.filter((d: Row) => d.delay === aq.op.min(d.delay)).indices()[0];
});
