"""Atomic publishing of a release: Parquet files and a DuckDB database, built from the schema registry.

Layout of ``output_dir``::

    parquet/<table>.parquet   one file per table (Arrow schema of ``schemas.arrow``, deterministic bytes)
    peacekeeping.duckdb       every table, created from ``schemas.duckdb`` (PK, FK, CHECK, comments), and the
                              analysts' views of ``schemas.views`` whose tables are all published (with comments)
    run_metadata.json         wall-clock facts of the run (``write_run_metadata``); never inside the tables

Atomicity: everything is built in a staging folder inside ``output_dir`` (``.staging-<pid>``, on the same file
system, so renames are atomic), then each Parquet file and finally the database are moved into place with
``os.replace``. A reader sees either the previous or the new version of each file, never a half-written one,
and a crash before the moves leaves the previous release untouched. A staging folder left by a crash is removed
by the next publish (when the process that made it is gone).

Determinism of the Parquet bytes: rows sorted by the table's ``sort_by`` then its primary key, no pandas
metadata, no wall-clock values, fixed compression (zstd, level 3), fixed row-group size and format version.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from schemas import duckdb as ddl
from schemas.arrow import to_arrow
from schemas.datapackage import sha256_file
from schemas.registry import TABLES
from schemas.validation import check_foreign_keys, coerce_frame, validate
from schemas.views import create_views

__all__ = [
    "DUCKDB_FILE", "PARQUET_DIR", "RUN_METADATA_FILE", "STAGING_PREFIX", "PublishError", "publish", "write_run_metadata",
    "sha256_file", "fsync_file", "pid_alive", "remove_stale_staging",
]

PARQUET_DIR = "parquet"
DUCKDB_FILE = "peacekeeping.duckdb"
RUN_METADATA_FILE = "run_metadata.json"
STAGING_PREFIX = ".staging-"

ROW_GROUP_SIZE = 64 * 1024
COMPRESSION = "zstd"
COMPRESSION_LEVEL = 3
PARQUET_VERSION = "2.6"

_MAX_REPORTED_FAILURES = 10


class PublishError(ValueError):
    """The tables cannot be published as given (invalid rows or broken foreign keys)."""


def fsync_file(path: Path) -> None:
    """Flush a file's bytes to disk (before it is renamed into place)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sorted(name: str, table: pa.Table) -> pa.Table:
    spec = TABLES[name]
    keys = list(spec.sort_by) + [k for k in spec.primary_key if k not in spec.sort_by]
    if not keys or table.num_rows < 2:
        return table
    # Arrow's sort is stable, so rows equal on every key keep their input order.
    return table.sort_by([(k, "ascending") for k in keys])


def _write_parquet(table: pa.Table, path: Path) -> None:
    """Write one Parquet file with fixed settings (so that the same table gives the same bytes)."""
    pq.write_table(
        table,
        path,
        compression=COMPRESSION,
        compression_level=COMPRESSION_LEVEL,
        row_group_size=ROW_GROUP_SIZE,
        version=PARQUET_VERSION,
        use_dictionary=True,
        write_statistics=True,
        store_schema=True,
    )
    fsync_file(path)


def _write_duckdb(tables: Mapping[str, pa.Table], path: Path) -> None:
    """Create every table from the registry DDL (with comments), load it from its Arrow table, add the views."""
    con = duckdb.connect(str(path))
    try:
        order = ddl.create_tables(con, tables)
        for name in order:
            columns = ", ".join(ddl.quote(c) for c in tables[name].column_names)
            con.register("_release_source", tables[name])
            try:
                con.execute(f"INSERT INTO {ddl.quote(name)} ({columns}) SELECT {columns} FROM _release_source")
            finally:
                con.unregister("_release_source")
        create_views(con, order)
        con.execute("CHECKPOINT")
    finally:
        con.close()
    fsync_file(path)


def _check(frames: Mapping[str, pd.DataFrame]) -> None:
    problems = []
    for name, frame in frames.items():
        failures = validate(name, frame)
        problems.extend(f"{name}: {f['column']}: {f['check']} ({f['failure_case']!r}, row {f['index']})"
                        for f in failures[:_MAX_REPORTED_FAILURES])
    for f in check_foreign_keys(frames)[:_MAX_REPORTED_FAILURES]:
        problems.append(f"{f['table']}: {', '.join(f['columns'])} = {f['value']} not in "
                        f"{f['ref_table']} ({f['n_rows']} row(s))")
    if problems:
        raise PublishError("cannot publish invalid tables (run split_valid first):\n  " + "\n  ".join(problems))


def pid_alive(pid: int) -> bool:
    """Whether a process with this id exists (one we may not signal counts as alive)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_staging(output_dir: Path) -> None:
    """Remove the ``.staging-<pid>`` folders in ``output_dir`` of this process or of processes that are gone
    (left behind by a crash). ``pipeline.release`` uses it for its own staging folders too."""
    for path in sorted(output_dir.glob(STAGING_PREFIX + "*")):
        suffix = path.name[len(STAGING_PREFIX):]
        if path.is_dir() and suffix.isdigit() and (int(suffix) == os.getpid() or not pid_alive(int(suffix))):
            shutil.rmtree(path, ignore_errors=True)


def publish(tables: Mapping[str, pd.DataFrame], output_dir: Path) -> dict:
    """Publish ``tables`` (registry name -> frame) as a release in ``output_dir``; see the module docstring.

    The frames are coerced and must be valid (``schemas.validation.validate`` and ``check_foreign_keys``),
    else ``PublishError`` is raised before anything is written. The release replaces the previous one: Parquet
    files of registry tables missing from ``tables`` are removed after the new files are in place.

    Returns ``{table: n_rows, ..., "files": {relative path: sha256}}``.
    """
    unknown = sorted(set(tables) - set(TABLES))
    if unknown:
        raise KeyError(f"unknown table(s): {', '.join(unknown)}")
    order = ddl.creation_order(tables)
    frames = {name: coerce_frame(name, tables[name]) for name in order}
    _check(frames)

    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    remove_stale_staging(output_dir)
    staging = output_dir / f"{STAGING_PREFIX}{os.getpid()}"
    try:
        (staging / PARQUET_DIR).mkdir(parents=True)
        arrow_tables = {name: _sorted(name, to_arrow(name, frames[name])) for name in order}
        files: dict[str, str] = {}
        for name in order:
            relative = f"{PARQUET_DIR}/{name}.parquet"
            _write_parquet(arrow_tables[name], staging / relative)
            files[relative] = sha256_file(staging / relative)
        _write_duckdb(arrow_tables, staging / DUCKDB_FILE)
        files[DUCKDB_FILE] = sha256_file(staging / DUCKDB_FILE)

        (output_dir / PARQUET_DIR).mkdir(exist_ok=True)
        for relative in files:
            if relative == DUCKDB_FILE:
                continue
            os.replace(staging / relative, output_dir / relative)
        # A write-ahead log beside the old database belongs to it: it must not be replayed into the new one.
        (output_dir / f"{DUCKDB_FILE}.wal").unlink(missing_ok=True)
        os.replace(staging / DUCKDB_FILE, output_dir / DUCKDB_FILE)
        for name in TABLES:
            if name not in tables:
                (output_dir / PARQUET_DIR / f"{name}.parquet").unlink(missing_ok=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)

    summary: dict[str, Any] = {name: arrow_tables[name].num_rows for name in order}
    summary["files"] = dict(sorted(files.items()))
    return summary


def _json_default(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"not JSON serialisable: {value!r}")


def write_run_metadata(output_dir: Path, info: Mapping[str, Any]) -> Path:
    """Write ``info`` (run time, durations, counts, versions...) to ``output_dir/run_metadata.json``, atomically.

    This file is the only place for wall-clock values of a run. Dates and datetimes are written ISO.
    """
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    target = output_dir / RUN_METADATA_FILE
    temporary = output_dir / f".{RUN_METADATA_FILE}.{os.getpid()}.tmp"
    temporary.write_text(
        json.dumps(dict(info), sort_keys=True, indent=2, ensure_ascii=False, default=_json_default) + "\n",
        encoding="utf-8",
    )
    os.replace(temporary, target)
    return target
