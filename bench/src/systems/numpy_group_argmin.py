"""Times a NumPy group-by argmin on keys and values the Node benchmark wrote; one JSON line out.

NumPy has no group-by. The stable sort by key keeps each group's rows in their original order, so
a row's position in its run of the sorted array is its position within the group; per run, the
minimum (np.minimum.reduceat), then the first position holding it.

usage: numpy_group_argmin.py DATA ROWS WARMUP WARMUP_BUDGET_MS MIN_RUNS MAX_RUNS BUDGET_MS
  DATA  ROWS int32 keys, then ROWS float64 values, little-endian
"""

import json
import sys

import numpy as np

from numpy_timing import measure, policy_args


def group_argmin(keys, values):
    """[(key, position within the group of its first smallest value)] for every key."""
    order = np.argsort(keys, kind="stable")
    sorted_keys = keys[order]
    sorted_values = values[order]
    n = len(keys)
    starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
    sizes = np.diff(np.r_[starts, n])
    minima = np.minimum.reduceat(sorted_values, starts)
    at_min = np.where(sorted_values == np.repeat(minima, sizes), np.arange(n), n)
    first = np.minimum.reduceat(at_min, starts)
    return list(zip(sorted_keys[starts].tolist(), (first - starts).tolist()))


def main(argv):
    path, rows = argv[0], int(argv[1])
    keys = np.fromfile(path, dtype="<i4", count=rows)
    values = np.fromfile(path, dtype="<f8", count=rows, offset=4 * rows)
    answers, samples = measure(lambda: group_argmin(keys, values), *policy_args(argv[2:7]))
    first = answers[0]
    print(json.dumps({"groups": first, "consistent": all(a == first for a in answers), "samplesMs": samples}))


if __name__ == "__main__":
    main(sys.argv[1:])
