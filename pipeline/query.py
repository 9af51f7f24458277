"""`pkdata sql`: a query against the published DuckDB file, printed as a readable table, CSV or JSON.

The database is opened read-only, so a query can never change the dataset; DuckDB's own box renderer prints the
table (it fits the terminal's width and says how many rows it left out), pyarrow writes CSV, and JSON is one array
of objects with dates as ISO strings.
"""

from __future__ import annotations

import datetime as dt
import decimal
import io
import json
import sys
from pathlib import Path
from typing import IO

import duckdb

DATABASE_FILE = "peacekeeping.duckdb"
FORMATS = ("table", "csv", "json")


class QueryError(RuntimeError):
    """The query could not run, with what to do about it."""


def _json_default(value):
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


def _connect(database: Path) -> duckdb.DuckDBPyConnection:
    if not database.exists():
        raise QueryError(f"no published database at {database}: run `pkdata build` (or `make run`) first")
    try:
        return duckdb.connect(str(database), read_only=True)
    except duckdb.IOException as exc:
        raise QueryError(f"cannot open {database} ({exc}); if a build is publishing right now, try again in a "
                         "moment") from None


def tables_and_views(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [r[0] for r in con.sql("SELECT table_name FROM information_schema.tables ORDER BY table_name").fetchall()]


def run_query(database: Path, sql: str, fmt: str = "table", max_rows: int = 40, out: IO[str] | None = None) -> int:
    """Run ``sql`` on ``database`` and write the result to ``out`` (stdout) in ``fmt``; the number of rows."""
    out = out or sys.stdout
    con = _connect(Path(database))
    try:
        try:
            relation = con.sql(sql)
        except duckdb.Error as exc:
            raise QueryError(f"{exc}\nTables and views: {', '.join(tables_and_views(con))}") from None
        if relation is None:
            raise QueryError("the statement returns no rows: `pkdata sql` runs queries (SELECT, DESCRIBE, SHOW)")
        if fmt == "table":
            relation.show(max_rows=max_rows, max_width=10_000)  # DuckDB prints to the process's stdout
            return len(relation)
        table = relation.to_arrow_table()
        if fmt == "csv":
            import pyarrow.csv as pacsv

            sink = io.BytesIO()
            pacsv.write_csv(table, sink)
            out.write(sink.getvalue().decode("utf-8"))
        else:
            json.dump(table.to_pylist(), out, default=_json_default, ensure_ascii=False, indent=1)
            out.write("\n")
        return table.num_rows
    finally:
        con.close()
