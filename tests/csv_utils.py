"""Shared by the data tests: read a course CSV as rows, and write a (corrupted) copy of one."""
import csv
from pathlib import Path


def read_rows(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def write_rows(path: Path, rows: list[dict], fieldnames=None) -> None:
    """Write ``rows`` as the course writes its CSVs (UTF-8, "\\n" line ends, a header row)."""
    fieldnames = fieldnames or list(rows[0])
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=fieldnames, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
