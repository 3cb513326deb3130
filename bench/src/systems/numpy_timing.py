"""The run-count rule and timing loop every NumPy script of the benchmark shares.

Same rule as the Node harness: warm-up runs (fewer once they pass their budget), then as many
timed runs as fit the budget at the warm-up pace, within the bounds.
"""

import statistics
import time


def measure(reduce, warmup, warmup_budget_ms, min_runs, max_runs, budget_ms):
    """Runs `reduce` untimed up to `warmup` times (at least once, fewer past `warmup_budget_ms`),
    then timed; returns (answers, samples_ms)."""

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
        if sum(warm_ms) > warmup_budget_ms:
            break
    runs = min(max_runs, max(min_runs, round(budget_ms / max(statistics.median(warm_ms), 1e-3))))
    samples = []
    for _ in range(runs):
        result, ms = timed()
        answers.append(result)
        samples.append(ms)
    return answers, samples


def policy_args(argv):
    """WARMUP WARMUP_BUDGET_MS MIN_RUNS MAX_RUNS BUDGET_MS as numbers."""
    warmup, warmup_budget_ms, min_runs, max_runs, budget_ms = argv
    return int(warmup), float(warmup_budget_ms), int(min_runs), int(max_runs), float(budget_ms)
