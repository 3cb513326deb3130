import { availableParallelism } from "node:os";

/** The cores this process may run on (Node only). */
export function availableCores(): number {
  return availableParallelism();
}
