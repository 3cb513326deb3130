/**
 * S8 child: papaparse streams the file (a Node ReadStream, so it is never one string), typing
 * values dynamically, and a step callback keeps the first minimum of "delay".
 */
import { createReadStream } from "node:fs";
import Papa from "papaparse";
import { runChild } from "./child-report.js";

await runChild(
  (path) =>
    new Promise<number>((resolve, reject) => {
      let row = 0;
      let best = Infinity;
      let at = -1;
      Papa.parse<Record<string, number>>(createReadStream(path), {
        header: true,
        dynamicTyping: true,
        skipEmptyLines: true,
        step: (result) => {
          const delay = result.data.delay;
          if (delay < best) {
            best = delay;
            at = row;
          }
          row++;
        },
        complete: () => resolve(at),
        error: reject,
      });
    }),
);
