import { groupAnswerFromRows } from "../group-answers.js";
import type { GroupInput, System } from "../system.js";
import { policyArgs, pythonSelfTimed } from "./numpy.js";

/** S3 in NumPy, which has no group-by: a stable argsort by key, then reduceat over each key's run. */
export const numpyGroupArgmin: System<GroupInput> = {
  name: "numpy",
  variant: "argsort(k, kind='stable'), minimum.reduceat per key run, first position at the min",
  prepare: (input) =>
    pythonSelfTimed({
      script: "numpy_group_argmin.py",
      arrays: [input.keys, input.values],
      args: (data, _out, policy) => [data, input.keys.length, ...policyArgs(policy)],
      report: (json) => {
        const report = json as { groups: [number, number][]; consistent: boolean; samplesMs: number[] };
        return { answer: report.consistent ? groupAnswerFromRows(report.groups) : null, samplesMs: report.samplesMs };
      },
    }),
};
