"""Execute course notebooks in place, top to bottom, with a cell timeout.

    python scripts/run_notebooks.py notebooks/it/01_*.ipynb notebooks/fr/01_*.ipynb

Why this script rather than ``jupyter nbconvert --execute``: it always sets a cell timeout
(headless execution of widget cells can stall, upstream nbclient#312), retries a notebook
once when a cell times out, does not store widget state (so GitHub, nbviewer and HTML
exports fall back to each demo's static image instead of an empty widget placeholder), and
drops volatile metadata so that re-execution gives the same file.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellTimeoutError

CELL_TIMEOUT = 60  # seconds; a lesson cell takes well under 5 s


def clean(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Drop widget state and per-run metadata."""
    nb.metadata.pop("widgets", None)
    nb.metadata["kernelspec"] = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
    nb.metadata["language_info"] = {"name": "python", "pygments_lexer": "ipython3"}
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        if cell.cell_type == "code":
            for out in cell.get("outputs", []):
                out.get("metadata", {}).pop("transient", None)
    return nb


def execute(path: Path, timeout: int = CELL_TIMEOUT, retries: int = 1) -> float:
    """Execute the notebook at ``path`` in its own folder and write it back; return seconds."""
    nb = nbformat.read(path, as_version=4)
    for attempt in range(retries + 1):
        client = NotebookClient(
            nb,
            timeout=timeout,
            kernel_name="python3",
            resources={"metadata": {"path": str(path.parent)}},
            store_widget_state=False,
            record_timing=False,
        )
        t0 = time.perf_counter()
        try:
            client.execute()
            break
        except CellTimeoutError:
            if attempt == retries:
                raise
            print(f"{path}: a cell timed out, retrying once", file=sys.stderr)
    elapsed = time.perf_counter() - t0
    nbformat.validate(nb)
    nbformat.write(clean(nb), path)
    return elapsed


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="+", type=Path)
    parser.add_argument("--timeout", type=int, default=CELL_TIMEOUT, help="cell timeout in seconds")
    args = parser.parse_args(argv)
    for path in args.notebooks:
        seconds = execute(path, timeout=args.timeout)
        print(f"{path} executed in {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
