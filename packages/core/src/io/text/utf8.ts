import { isUtf8 } from "#platform";
import type { Data } from "apache-arrow";
import type { ColumnContext } from "./column-context.js";

const fatal = new TextDecoder("utf-8", { fatal: true });

/**
 * Checks that a Utf8 column built from spans holds UTF-8, in one pass over its bytes; only when it
 * does not are the rows decoded one by one to find the first bad one.
 * @param data - the column, built from `ctx`
 * @param bad - told of each row whose field is not UTF-8
 */
export function checkUtf8(data: Data, ctx: ColumnContext, bad: (row: number, start: number, end: number) => void): void {
  if (isUtf8(data.values as Uint8Array)) return;
  const offsets = data.valueOffsets as Int32Array;
  const values = data.values as Uint8Array;
  for (let row = 0; row < data.length; row++) {
    try {
      fatal.decode(values.subarray(offsets[row], offsets[row + 1]));
    } catch {
      const i = row * ctx.spans.width + ctx.slot;
      bad(row, ctx.spans.starts[i], ctx.spans.ends[i]);
    }
  }
}
