"""Benchmark the slider demos the way a front end drives them (not a test).

For every demo of the course, each slider is moved through its range and back; the time
from the value change to the new frame being ready to send (model, and the dynamic artists
written as the live layer's SVG: the observer runs synchronously and assigns the SVG to the
overlay widget; when an axis that is not live rescales, the background layer is redrawn and
encoded too) is measured, with the frame's size in bytes. The same moves are replayed on a naive ``interact``-style
callback that rebuilds the figure each time and renders it as the inline backend does
(``print_figure`` with a tight bounding box), measured in the same run as the reference.

    python benchmarks/demos.py [--moves 40] [--projector]

Prints one line per demo:
    <demo> median_ms=<x> p95_ms=<y> naive_median_ms=<z> speedup=<z/x> overlay_kb=<median> frames=<n>

The whole path as a person sees it (browser, Voilà and JupyterLab) is measured by
benchmarks/browser_latency.py.
Goal (issue 3): median <= 25 ms, p95 <= 50 ms, and at least 4x faster than the naive reference.
"""
from __future__ import annotations

import argparse
import os
import time

os.environ.setdefault("MPLBACKEND", "Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from IPython.core.pylabtools import print_figure  # noqa: E402

import course_lib as cl  # noqa: E402
from course_lib import demos, plots  # noqa: E402


def slider_path(spec, moves: int) -> list:
    """Values a hand would visit: up through the range and back down."""
    grid = spec.grid()  # the slider's own positions (what a front end can send)
    n = max(2, moves // 2)
    idx = np.unique(np.round(np.linspace(0, len(grid) - 1, n)).astype(int))
    up = [grid[i] for i in idx]
    return up + up[::-1]


def naive_frame(demo, params) -> bytes:
    """What `interact` + inline backend does: build a new figure, render it, close it."""
    ax = plots._draw(demo.view_cls, None, **params)
    png = print_figure(ax.figure, "png", bbox_inches="tight")
    plt.close(ax.figure)
    return png


def bench(name: str, moves: int) -> dict:
    demo = demos.DEMOS[name]()
    live, naive, sizes = [], [], []
    for spec in demo.specs:
        for value in slider_path(spec, moves):
            if value == demo.sliders[spec.name].value:
                continue
            t0 = time.perf_counter()
            demo.sliders[spec.name].value = value  # the front end's change; the observer renders
            live.append(time.perf_counter() - t0)
            sizes.append(len(demo.overlay.value.encode()))
        demo.sliders[spec.name].value = spec.default
    # naive reference: same kind of moves, fewer of them (it is slow)
    for spec in demo.specs:
        for value in slider_path(spec, max(6, moves // 4)):
            params = {**demo.params(), spec.name: value}
            t0 = time.perf_counter()
            naive_frame(demo, params)
            naive.append(time.perf_counter() - t0)
    live_ms, naive_ms = np.array(live) * 1e3, np.array(naive) * 1e3
    return {
        "median_ms": float(np.median(live_ms)),
        "p95_ms": float(np.percentile(live_ms, 95)),
        "naive_median_ms": float(np.median(naive_ms)),
        "frames": len(live_ms),
        "overlay_kb": float(np.median(sizes)) / 1000,
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark the course's slider demos.")
    parser.add_argument("--moves", type=int, default=40, help="slider values visited per slider")
    parser.add_argument("--projector", action="store_true", help="measure in projector style")
    args = parser.parse_args(argv)
    cl.set_language("it")
    cl.use_projector_style(args.projector)
    for name in demos.DEMOS:
        r = bench(name, args.moves)
        print(f"{name} median_ms={r['median_ms']:.1f} p95_ms={r['p95_ms']:.1f} "
              f"naive_median_ms={r['naive_median_ms']:.1f} speedup={r['naive_median_ms'] / r['median_ms']:.1f}x "
              f"overlay_kb={r['overlay_kb']:.1f} frames={r['frames']}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
