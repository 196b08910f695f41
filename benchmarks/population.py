"""Benchmark of :func:`course_lib.population.simulate_population` (a script, not a test).

Usage::

    python benchmarks/population.py

For N = 10^4, 10^5, 10^6 recipients and T = 52 weekly periods (2 sends per week) it
prints one line per N:

* ``time_s``: best wall time of 3 runs (``time.perf_counter``), without tracing;
* ``peak_mb``: peak of traced Python/numpy allocations during one extra run
  (``tracemalloc``; numpy reports its array buffers to tracemalloc);
* ``rss_delta_mb``: growth of the process's maximum resident set size
  (``resource.getrusage(...).ru_maxrss``) across all runs of that N, i.e. how much the
  high-water mark of the whole process rose (0 when an earlier, larger peak covers it).
"""
from __future__ import annotations

import resource
import sys
import time
import tracemalloc

import numpy as np

from course_lib.population import simulate_population


def _maxrss_mb() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return r / 2**20 if sys.platform == "darwin" else r / 2**10  # bytes on macOS, KiB on Linux


def main() -> None:
    T = 52
    sends = np.full(T, 2.0)
    simulate_population(sends, 1_000)  # warm-up (imports, numpy dispatch)
    for n in (10**4, 10**5, 10**6):
        rss0 = _maxrss_mb()
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            simulate_population(sends, n)
            best = min(best, time.perf_counter() - t0)
        tracemalloc.start()
        simulate_population(sends, n)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rss_delta = _maxrss_mb() - rss0
        print(
            f"population N={n} T={T} time_s={best:.3f} "
            f"peak_mb={peak / 2**20:.1f} rss_delta_mb={rss_delta:.1f}"
        )


if __name__ == "__main__":
    main()
