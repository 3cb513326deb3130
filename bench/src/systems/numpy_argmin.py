"""Times np.argmin on data the Node benchmark wrote, and reports back as one JSON line.

The data arrives as raw little-endian bytes so NumPy sees exactly the values every other system
saw; regenerating them here would test a second generator, not the same question.

usage: numpy_argmin.py DATA DTYPE ROWS COLS ORDER OUT WARMUP WARMUP_BUDGET_MS MIN_RUNS MAX_RUNS BUDGET_MS
  DTYPE   f8, i4 or i8 (little-endian)
  COLS    1 for a single column (argmin of the vector); more for a matrix stored column by
          column, reduced along axis 1 (per row: the position of the smallest column)
  ORDER   F keeps the column-major layout as written (no copy); C copies it to row-major first
  OUT     where the axis-1 positions go, as int32 bytes (unused for a single column)
"""

import json
import sys

import numpy as np

from numpy_timing import measure, policy_args


def load(path, dtype, rows, cols, order):
    flat = np.fromfile(path, dtype="<" + dtype)
    if cols == 1:
        return flat
    # Column c occupies flat[c * rows:(c + 1) * rows], so the (cols, rows) C-order view transposed
    # is the (rows, cols) Fortran-order matrix.
    matrix = flat.reshape(cols, rows).T
    return np.ascontiguousarray(matrix) if order == "C" else matrix


def main(argv):
    path, dtype, rows, cols, order, out = argv[:6]
    rows, cols = int(rows), int(cols)
    data = load(path, dtype, rows, cols, order)
    reduce = (lambda: int(np.argmin(data))) if cols == 1 else (lambda: np.argmin(data, axis=1))
    answers, samples = measure(reduce, *policy_args(argv[6:11]))

    first = answers[0]
    if cols == 1:
        consistent = all(a == first for a in answers)
        answer = first
    else:
        consistent = all(np.array_equal(a, first) for a in answers)
        first.astype("<i4").tofile(out)
        answer = None
    print(
        json.dumps(
            {
                "answer": answer,
                "consistent": consistent,
                "samplesMs": samples,
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1:])
