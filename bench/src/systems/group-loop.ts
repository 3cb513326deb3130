import { groupAnswer } from "../group-answers.js";
import { type GroupInput, type System, timed } from "../system.js";

/** Each group's key and the position, within the group, of its first smallest value. */
interface GroupArgmin {
  readonly keys: number[];
  readonly positions: number[];
}

/**
 * One pass over the typed arrays, as a user would write it: a Map from key to group slot, and per
 * slot the group's size so far, its smallest value and that value's position in the group.
 */
function groupArgmin(keys: Int32Array, values: Float64Array): GroupArgmin {
  const slotOf = new Map<number, number>();
  const groupKeys: number[] = [];
  const sizes: number[] = [];
  const best: number[] = [];
  const positions: number[] = [];
  for (let i = 0; i < keys.length; i++) {
    const slot = slotOf.get(keys[i]);
    if (slot === undefined) {
      slotOf.set(keys[i], groupKeys.length);
      groupKeys.push(keys[i]);
      sizes.push(1);
      best.push(values[i]);
      positions.push(0);
      continue;
    }
    const position = sizes[slot]++;
    if (values[i] < best[slot]) {
      best[slot] = values[i];
      positions[slot] = position;
    }
  }
  return { keys: groupKeys, positions };
}

/** S3's baseline: the hand-written group-by argmin. */
export const plainGroupLoop: System<GroupInput> = {
  name: "plain-loop",
  variant: "for over Int32Array keys and Float64Array values, Map key → group slot",
  prepare: (input) =>
    timed(
      () => groupArgmin(input.keys, input.values),
      (result) => groupAnswer(result.keys, result.positions),
    ),
};
