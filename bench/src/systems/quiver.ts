import { type ArgExtremeOptions, argExtremeOfVector } from "@quiver/core";
import type { System } from "../system.js";

/** Quiver's public arg-reduction on the Arrow vector, as a library user would call it. */
export function quiverArgExtreme(options: ArgExtremeOptions = {}): System {
  return {
    name: "quiver",
    variant: options.max ? "argExtremeOfVector(v, { max: true })" : "argExtremeOfVector(v)",
    run: (input) => {
      const index = argExtremeOfVector(input.vector, options);
      // A null answer is a failure of the system, reported as an index no loop can return.
      return index ?? -1;
    },
  };
}
