import { readFileSync } from "node:fs";
import { type Data, type Table, tableFromIPC } from "apache-arrow";
import { groupAnswer } from "../group-answers.js";
import { type FlightsInput, type System, timed } from "../system.js";

const utf8 = new TextDecoder();

/** The string at row `i` of a Utf8 chunk. */
const textAt = (chunk: Data, i: number): string =>
  utf8.decode(chunk.values.subarray(chunk.valueOffsets[i] as number, chunk.valueOffsets[i + 1] as number));

/** Per origin: its key, the position of its smallest delay among its long flights, that flight's destination. */
interface FlightsAnswer {
  readonly origins: string[];
  readonly positions: number[];
  readonly destinations: string[];
}

/** The typed arrays of one batch's column, after checking it has no nulls (the loop does not test them). */
function chunkOf(table: Table, batch: number, name: string): Data {
  const chunk = table.batches[batch].getChild(name)!.data[0];
  if (chunk.nullCount > 0) throw new Error(`column ${name} has nulls, which the plain loop does not handle`);
  return chunk;
}

/**
 * One pass over each batch's arrays: Int64 distance and delay as BigInt64Array, origin and
 * destination as Utf8 offsets and bytes. A Map from origin to group slot, as in S3's loop.
 */
function longFlightsLoop(table: Table, minDistance: number): FlightsAnswer {
  const min = BigInt(minDistance);
  const slotOf = new Map<string, number>();
  const origins: string[] = [];
  const sizes: number[] = [];
  const best: bigint[] = [];
  const positions: number[] = [];
  const destinations: string[] = [];
  for (let b = 0; b < table.batches.length; b++) {
    const distance = chunkOf(table, b, "distance").values as BigInt64Array;
    const delay = chunkOf(table, b, "delay").values as BigInt64Array;
    const origin = chunkOf(table, b, "origin");
    const destination = chunkOf(table, b, "destination");
    for (let i = 0; i < distance.length; i++) {
      if (distance[i] <= min) continue;
      const key = textAt(origin, i);
      let slot = slotOf.get(key);
      if (slot === undefined) {
        slot = origins.length;
        slotOf.set(key, slot);
        origins.push(key);
        sizes.push(0);
        best.push(delay[i]);
        positions.push(0);
        destinations.push(textAt(destination, i));
      }
      const position = sizes[slot]++;
      if (delay[i] < best[slot]) {
        best[slot] = delay[i];
        positions[slot] = position;
        destinations[slot] = textAt(destination, i);
      }
    }
  }
  return { origins, positions, destinations };
}

/** S6's baseline: read the whole file with apache-arrow, then the hand-written loop. */
export const plainFlightsLoop: System<FlightsInput> = {
  name: "plain-loop",
  variant: "tableFromIPC(readFileSync(path)), for over each batch's BigInt64Arrays and Utf8 bytes, Map origin → slot",
  prepare: (input) =>
    timed(
      () => longFlightsLoop(tableFromIPC(readFileSync(input.path)), input.minDistance),
      (result) => groupAnswer(result.origins, result.positions, result.destinations),
    ),
};
