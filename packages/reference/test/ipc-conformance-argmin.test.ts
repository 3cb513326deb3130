import { readdirSync } from "node:fs";
import { join } from "node:path";
import { openIpcSource, readIpc } from "@quiver/core";
import { type Data, Type, type Vector } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { type Cell, refArgReduce } from "../src/index.js";

/**
 * Every orderable column of Arrow's integration files (apache/arrow-testing, committed under
 * packages/core/test/data): Quiver's argmin and argmax of the column as read equal the
 * reference's over the same cells. (That the cells themselves equal the corpus's golden JSON is
 * packages/core/test/ipc-conformance.test.ts.)
 */
const root = join(import.meta.dirname, "../../core/test/data/arrow-testing/data/arrow-ipc-stream/integration");
const files = readdirSync(root)
  .filter((dir) => dir !== "1.0.0-bigendian")
  .flatMap((dir) => readdirSync(join(root, dir)).filter((f) => f.endsWith(".arrow_file")).map((f) => join(dir, f)));

/** The reference's cell for row i of a column Quiver orders, or undefined for a type it does not. */
function cellsOf(vector: Vector): Cell[] | undefined {
  const type = vector.type.typeId;
  const raw = [Type.Date, Type.Time, Type.Timestamp, Type.Duration].includes(type);
  const plain = [Type.Int, Type.Float, Type.Bool, Type.Utf8, Type.LargeUtf8, Type.Binary, Type.LargeBinary].includes(type);
  const strings = type === Type.Dictionary && [Type.Utf8, Type.LargeUtf8].includes((vector.type as { dictionary: { typeId: Type } }).dictionary.typeId);
  if (!raw && !plain && !strings) return undefined;
  if (!raw) return Array.from({ length: vector.length }, (_, k) => vector.get(k) as Cell);
  // Temporal values as stored (the reference compares them exactly), not as JS Dates.
  return vector.data.flatMap((data: Data) =>
    Array.from({ length: data.length }, (_, i): Cell => (data.getValid(i) ? BigInt(data.values[data.offset + i]) : null)),
  );
}

describe("argmin and argmax of the integration files' columns equal the reference's", () => {
  let compared = 0;

  it.each(files)("%s", async (file) => {
    const df = await readIpc(join(root, file));
    expect(df.columns).toEqual((await openIpcSource(join(root, file))).schema.fields.map((f) => f.name));
    for (const name of df.columns) {
      const cells = cellsOf(df.col(name).vector);
      if (cells === undefined) continue;
      expect([df.col(name).argmin(), df.col(name).argmax()], `${file}: ${name}`).toEqual([refArgReduce(cells), refArgReduce(cells, { max: true })]);
      compared += 1;
    }
  });

  it("compared every orderable column", () => {
    console.log(`arrow-testing integration: argmin/argmax of ${compared} orderable columns equal the reference`);
    expect(compared).toBeGreaterThan(100);
  });
});
