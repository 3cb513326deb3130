"""Times NumPy's rolling argmin, the pandas-style formulation: a sliding_window_view of the column
(no copy) and argmin along each window, plus each window's start; one JSON line out.

usage: numpy_rolling_argmin.py DATA ROWS WINDOW OUT WARMUP WARMUP_BUDGET_MS MIN_RUNS MAX_RUNS BUDGET_MS
  DATA  ROWS float64 values, little-endian
  OUT   where the positions go, int32 little-endian, -1 for the first WINDOW - 1 rows
"""

import json
import sys

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from numpy_timing import measure, policy_args


def rolling_argmin(values, window):
    """Per row from WINDOW - 1 on, the frame position of the first smallest value of its window."""
    return sliding_window_view(values, window).argmin(axis=1) + np.arange(len(values) - window + 1)


def main(argv):
    path, rows, window, out = argv[0], int(argv[1]), int(argv[2]), argv[3]
    values = np.fromfile(path, dtype="<f8", count=rows)
    answers, samples = measure(lambda: rolling_argmin(values, window), *policy_args(argv[4:9]))
    first = answers[0]
    np.concatenate([np.full(window - 1, -1), first]).astype("<i4").tofile(out)
    print(json.dumps({"consistent": all(np.array_equal(a, first) for a in answers), "samplesMs": samples}))


if __name__ == "__main__":
    main(sys.argv[1:])
