/** Systems that run as a process per run (S5): a bundled child script of this package, run by Node. */
import { statSync } from "node:fs";
import { bundledChild } from "../bundle-child.js";
import { type ChildCommand, measureProcesses } from "../process-runs.js";
import type { Answer, FileInput, System } from "../system.js";

/** The command that runs `script` (a file of src/children) on `input`'s file with Node. */
async function nodeChild(script: string, input: FileInput, args: readonly string[]): Promise<ChildCommand> {
  return { file: process.execPath, args: [await bundledChild(script), input.path, ...args] };
}

/** An index a child printed (a number, or a 64-bit integer as a string or number); -1 for none. */
function indexFromChild(raw: unknown): Answer {
  return raw === null || raw === undefined ? -1 : Number(raw);
}

/**
 * A system timed as whole processes, one per run, each running `script` on the scenario's file;
 * the note gives the file's throughput. The bundle is built while preparing, untimed.
 * @param args - further arguments of the script, e.g. a mode
 */
export function childProcessSystem(name: string, variant: string, script: string, args: readonly string[] = []): System<FileInput> {
  return {
    name,
    variant,
    prepare: async (input) => {
      const command = await nodeChild(script, input, args);
      const bytes = statSync(input.path).size;
      return { kind: "self-timed", measure: (policy) => measureProcesses(command, policy, indexFromChild, bytes) };
    },
  };
}
