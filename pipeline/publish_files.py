"""Publishing tables given as Parquet files (what ``validated_tables`` hands on): checked and written in chunks.

* :func:`check_files`: every row against its pandera schema, chunk by chunk; the primary keys and unique columns
  across the whole table, and the foreign keys, through DuckDB over the files. ``PublishError`` (of
  ``pipeline.publish``) lists the first problems.
* :func:`write_sorted`: the table sorted by its ``sort_by`` then its primary key in DuckDB (which spills to disk
  beyond :data:`DUCKDB_MEMORY`), taken in Arrow record batches and written with one ``ParquetWriter``, row group
  by row group. The bytes are those of ``pyarrow.parquet.write_table`` on the whole sorted Arrow table: the same
  row groups of the same rows, each written from one contiguous chunk, with the same settings.

Pure Python (DuckDB, pyarrow): no Dagster here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from schemas import duckdb as ddl
from schemas.arrow import arrow_schema
from schemas.registry import TABLES
from schemas.validation import validate

__all__ = ["DUCKDB_MEMORY", "check_files", "sql_path", "write_sorted"]

DUCKDB_MEMORY = "256MB"
CHECK_CHUNK_ROWS = 20_000
_MAX_REPORTED = 10


def sql_path(path: Path) -> str:
    """A path as a SQL string literal."""
    return "'" + str(path).replace("'", "''") + "'"


def _connect(spill: Path | None = None) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(f"SET memory_limit = '{DUCKDB_MEMORY}'")
    if spill is not None:
        con.execute(f"SET temp_directory = {sql_path(spill)}")
    return con


def _sort_keys(name: str) -> list[str]:
    spec = TABLES[name]
    return list(spec.sort_by) + [k for k in spec.primary_key if k not in spec.sort_by]


def _duplicates(con: duckdb.DuckDBPyConnection, name: str, path: Path) -> list[str]:
    """The primary key's and unique columns' values found more than once in a file."""
    spec = TABLES[name]
    groups = [list(spec.primary_key)] if spec.primary_key else []
    groups += [[c.name] for c in spec.columns if c.unique and (c.name,) != spec.primary_key]
    problems = []
    for columns in groups:
        cols = ", ".join(ddl.quote(c) for c in columns)
        rows = con.execute(f"SELECT {cols}, count(*) FROM read_parquet({sql_path(path)}) GROUP BY ALL "
                           f"HAVING count(*) > 1 ORDER BY ALL LIMIT {_MAX_REPORTED}").fetchall()
        problems += [f"{name}: {', '.join(columns)}: unique ({list(r[:-1])!r} in {r[-1]} rows)" for r in rows]
    return problems


def _schema_problems(name: str, path: Path, rows: bool = True) -> list[str]:
    """The file's columns and types against the registry's; with ``rows``, the rows failing their pandera schema,
    chunk by chunk (the uniqueness across chunks is :func:`_duplicates`')."""
    from pipeline.table_validation import read_frames

    expected = arrow_schema(name)
    found = pq.read_schema(path)
    if found.names != expected.names or found.types != expected.types:
        return [f"{name}: columns {found.names} of types {[str(t) for t in found.types]} are not the registry's"]
    if not rows:
        return []
    problems, offset = [], 0
    for frame in read_frames(name, path, CHECK_CHUNK_ROWS):
        failures = validate(name, frame)
        problems += [f"{name}: {f['column']}: {f['check']} ({f['failure_case']!r}, row {offset + (f['index'] or 0)})"
                     for f in failures[:_MAX_REPORTED]]
        offset += len(frame)
        if len(problems) >= _MAX_REPORTED:
            break
    return problems


def check_files(files: Mapping[str, Path], order: Sequence[str], rows: bool = True) -> None:
    """Raise ``PublishError`` when a table's file holds invalid rows or the files break a foreign key.

    ``rows=False``: the files' rows were each split against their schema already (``validated_tables``, whose
    blocking checks passed): only their columns, the uniqueness of their keys and the foreign keys are checked
    (DuckDB over the files), not every row again with pandera (three quarters of a publish's time)."""
    from pipeline.publish import PublishError
    from pipeline.table_validation import file_foreign_key_failures

    problems: list[str] = []
    con = _connect()
    try:
        for name in order:
            problems += _schema_problems(name, files[name], rows)
            problems += _duplicates(con, name, files[name])
    finally:
        con.close()
    for f in file_foreign_key_failures(files, names=list(order))[:_MAX_REPORTED]:
        problems.append(f"{f['table']}: {', '.join(f['columns'])} = {f['value']} not in "
                        f"{f['ref_table']} ({f['n_rows']} row(s))")
    if problems:
        raise PublishError("cannot publish invalid tables (run split_valid first):\n  " + "\n  ".join(problems))


def write_sorted(name: str, source: Path, target: Path, spill: Path, row_group_size: int,
                 options: Mapping[str, Any]) -> int:
    """Write the rows of ``source`` sorted (``sort_by``, then the primary key, ascending, nulls last: the order of
    Arrow's ``sort_by``) to ``target`` with ``options`` in row groups of ``row_group_size``; the number of rows."""
    schema = arrow_schema(name)
    keys = _sort_keys(name)
    order = (" ORDER BY " + ", ".join(f"{ddl.quote(k)} ASC NULLS LAST" for k in keys)) if keys else ""
    columns = ", ".join(ddl.quote(c) for c in schema.names)
    con = _connect(spill / ".duckdb_spill")
    n = 0
    try:
        reader = con.sql(f"SELECT {columns} FROM read_parquet({sql_path(source)}){order}").to_arrow_reader(
            row_group_size)
        with pq.ParquetWriter(target, schema, **options) as writer:
            pending: list[pa.RecordBatch] = []
            held = 0
            for batch in reader:
                pending.append(batch)
                held += batch.num_rows
                while held >= row_group_size:
                    group = pa.Table.from_batches(pending)
                    writer.write_table(_group(group.slice(0, row_group_size), schema), row_group_size=row_group_size)
                    rest = group.slice(row_group_size)
                    pending, held = rest.to_batches(), rest.num_rows
                    n += row_group_size
            if held or n == 0:
                rest = pa.Table.from_batches(pending, schema=reader.schema)
                writer.write_table(_group(rest, schema), row_group_size=row_group_size)
                n += held
    finally:
        con.close()
    return n


def _group(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """One row group's rows in the published schema, each column one contiguous chunk."""
    return table.combine_chunks().cast(schema)
