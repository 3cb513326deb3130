"""The run-count rule and timing loop every NumPy script of the benchmark shares.

Same rule as the Node harness: warm-up runs, then as many timed runs as fit the budget at the
warm-up pace, within the bounds.
"""

import statistics
import time


def measure(reduce, warmup, min_runs, max_runs, budget_ms):
    """Runs `reduce` untimed `warmup` times (at least once), then timed; returns (answers, samples_ms)."""

    def timed():
        start = time.perf_counter_ns()
        result = reduce()
        return result, (time.perf_counter_ns() - start) / 1e6

    answers = []
    warm_ms = []
    for _ in range(max(1, warmup)):
        result, ms = timed()
        answers.append(result)
        warm_ms.append(ms)
    runs = min(max_runs, max(min_runs, round(budget_ms / max(statistics.median(warm_ms), 1e-3))))
    samples = []
    for _ in range(runs):
        result, ms = timed()
        answers.append(result)
        samples.append(ms)
    return answers, samples


def policy_args(argv):
    """WARMUP MIN_RUNS MAX_RUNS BUDGET_MS as numbers."""
    warmup, min_runs, max_runs, budget_ms = argv
    return int(warmup), int(min_runs), int(max_runs), float(budget_ms)
