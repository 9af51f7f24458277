"""Whether two published output folders hold the same dataset: the proof that a change to publishing (or to
anything before it) left the outputs as they were.

    .venv/bin/python bench/compare_builds.py /tmp/before /tmp/after

Compares every Parquet file's SHA-256 (from each build's ``run_metadata.json``), and the two DuckDB databases
table by table and view by view: their names, columns and types, comments, constraints and every row (in a
fixed order). The DuckDB file's own bytes differ between two builds of the same inputs, so they are not compared.
Exit status 1 when anything differs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import duckdb

from pipeline.publish import DUCKDB_FILE, RUN_METADATA_FILE, published_dir

_CATALOG = {
    "tables": "SELECT table_name, comment FROM duckdb_tables() ORDER BY ALL",
    "views": "SELECT view_name, comment, sql FROM duckdb_views() WHERE NOT internal ORDER BY ALL",
    "columns": "SELECT table_name, column_name, data_type, comment, is_nullable FROM duckdb_columns() "
               "WHERE NOT internal ORDER BY ALL",
    "constraints": "SELECT table_name, constraint_type, constraint_text FROM duckdb_constraints() ORDER BY ALL",
}


def _parquet_hashes(folder: Path) -> dict[str, str]:
    files = json.loads((folder / RUN_METADATA_FILE).read_text(encoding="utf-8"))["files"]
    return {k: v for k, v in files.items() if k != DUCKDB_FILE}


def _database(folder: Path) -> dict[str, list]:
    con = duckdb.connect(str(folder / DUCKDB_FILE), read_only=True)
    try:
        content = {name: con.execute(sql).fetchall() for name, sql in _CATALOG.items()}
        names = [r[0] for r in content["tables"]] + [r[0] for r in content["views"]]
        for name in names:
            content[f"rows of {name}"] = con.execute(f'SELECT * FROM "{name}" ORDER BY ALL').fetchall()
    finally:
        con.close()
    return content


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    args = parser.parse_args()
    before, after = published_dir(args.before), published_dir(args.after)
    differences = []
    if _parquet_hashes(before) != _parquet_hashes(after):
        differences.append("Parquet files")
    one, two = _database(before), _database(after)
    differences += [key for key in sorted(set(one) | set(two)) if one.get(key) != two.get(key)]
    n_rows = sum(len(v) for k, v in one.items() if k.startswith("rows of "))
    print(f"{len(_parquet_hashes(before))} Parquet files; DuckDB: {len(one['tables'])} tables, "
          f"{len(one['views'])} views, {n_rows} rows compared")
    print("different: " + ", ".join(differences) if differences else "identical")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
