"""Time ``pipeline.publish.publish`` alone on the tables of a published build.

    .venv/bin/python bench/publish.py --tables outputs --repeat 5

Reads ``<tables>/parquet/*.parquet`` (a build's output folder) as frames, then publishes them ``--repeat`` times
into a fresh temporary folder each time and prints the median and the minimum wall time of a publish and of its
DuckDB part (``_write_duckdb``). Run it under ``strace -f -c -e trace=fsync,fdatasync`` to count the flushes.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import pyarrow.parquet as pq

from pipeline import publish as publishing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tables", type=Path, required=True, help="an output folder with parquet/*.parquet")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    folder = publishing.published_dir(args.tables) / publishing.PARQUET_DIR
    tables = {p.stem: pq.read_table(p).to_pandas() for p in sorted(folder.glob("*.parquet"))}
    duckdb_seconds: list[float] = []
    write_duckdb = publishing._write_duckdb

    def timed(*a, **k):
        start = time.perf_counter()
        write_duckdb(*a, **k)
        duckdb_seconds.append(time.perf_counter() - start)

    publishing._write_duckdb = timed
    totals = []
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory() as out:
            start = time.perf_counter()
            publishing.publish(tables, Path(out))
            totals.append(time.perf_counter() - start)
    rows = sum(len(f) for f in tables.values())
    print(f"{len(tables)} tables, {rows} rows, {args.repeat} publishes")
    print(f"publish: median {statistics.median(totals):.3f} s, min {min(totals):.3f} s")
    print(f"duckdb:  median {statistics.median(duckdb_seconds):.3f} s, min {min(duckdb_seconds):.3f} s")


if __name__ == "__main__":
    main()
