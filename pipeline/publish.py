"""Whole-set publishing of a build: Parquet files, a DuckDB database and run_metadata.json, built from the schema
registry, made visible together by one pointer swap.

Layout of ``output_dir``::

    builds/<build id>/                  one folder per build, never changed once in place
      parquet/<table>.parquet           one file per table (Arrow schema of ``schemas.arrow``, deterministic bytes)
      peacekeeping.duckdb               every table, created from ``schemas.duckdb`` (PK, FK, CHECK, comments), and
                                        the analysts' views of ``schemas.views`` whose tables are all published
      run_metadata.json                 facts of the run, row counts, every file's SHA-256 (wall-clock values
                                        live only here, never inside the tables)
    current -> builds/<build id>        the one pointer, a symbolic link replaced atomically
    parquet -> current/parquet          the stable paths users open, links through ``current``
    peacekeeping.duckdb -> current/peacekeeping.duckdb
    run_metadata.json -> current/run_metadata.json

Atomicity of the whole set: a build is written into ``builds/.staging-<pid>`` (same file system), renamed to
``builds/<build id>`` when complete, and published by pointing ``current`` at it with one ``os.replace`` of a
symbolic link. Before that swap every path shows the previous build; after it, the new one: the tables, the
database and the metadata of two builds are never seen side by side through ``current``. A reader that opens
several files should resolve ``current`` once (:func:`published_dir`) and read from that folder. The stable
links are made once (on the first publish, or over the per-file layout of earlier versions). The two newest
builds are kept (a reader of the previous one is not cut off); older ones, and staging folders of processes that
are gone, are removed by the next publish. Steps: :data:`PUBLISH_STEPS`.

Determinism of the Parquet bytes: rows sorted by the table's ``sort_by`` then its primary key, no pandas
metadata, no wall-clock values, fixed compression (zstd, level 3), fixed row-group size and format version.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.publish_files import DUCKDB_MEMORY, check_files, sql_path, write_sorted
from schemas import duckdb as ddl
from schemas.arrow import to_arrow
from schemas.datapackage import sha256_file
from schemas.registry import TABLES
from schemas.validation import check_foreign_keys, coerce_frame, validate
from schemas.views import create_views

__all__ = [
    "BUILDS_DIR", "CURRENT_LINK", "DUCKDB_FILE", "PARQUET_DIR", "PUBLISH_STEPS", "RUN_METADATA_FILE", "STAGING_PREFIX",
    "PublishError", "publish", "published_dir", "write_run_metadata", "sha256_file", "fsync_file", "pid_alive",
    "remove_stale_staging",
]

PARQUET_DIR = "parquet"
DUCKDB_FILE = "peacekeeping.duckdb"
RUN_METADATA_FILE = "run_metadata.json"
STAGING_PREFIX = ".staging-"
BUILDS_DIR = "builds"
CURRENT_LINK = "current"
STABLE_NAMES = (PARQUET_DIR, DUCKDB_FILE, RUN_METADATA_FILE)
KEEP_BUILDS = 2  # the current build and the one before, which a reader may still have open

# Steps of a publish, in order; ``_ON_STEP(name)`` is called after each (a fault-injection point for the tests
# and bench/crash.py, None otherwise).
PUBLISH_STEPS = ("staged", "renamed", "swapped", "linked", "pruned")
_ON_STEP: Callable[[str], None] | None = None

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


# Fixed settings of the published Parquet files (so that the same table gives the same bytes); row groups of
# ROW_GROUP_SIZE rows.
PARQUET_OPTIONS = {"compression": COMPRESSION, "compression_level": COMPRESSION_LEVEL, "version": PARQUET_VERSION,
                   "use_dictionary": True, "write_statistics": True, "store_schema": True}


def _write_parquet(table: pa.Table, path: Path) -> None:
    """Write one Parquet file with fixed settings (so that the same table gives the same bytes)."""
    pq.write_table(table, path, row_group_size=ROW_GROUP_SIZE, **PARQUET_OPTIONS)
    fsync_file(path)


def _write_duckdb(tables: Mapping[str, pa.Table | Path], path: Path) -> None:
    """Create every table from the registry DDL (with comments) and the views, then load each table from its
    Arrow table or its published Parquet file (``read_parquet``, streaming).

    The schema in one transaction: DuckDB flushes its log once, at the commit, instead of once per statement
    (some 260 CREATE and COMMENT statements). Then each table's INSERT is a transaction of its own: a transaction
    holding every table's rows could not commit within ``DUCKDB_MEMORY`` at 200,000 documents (3.4 million rows:
    "failed to pin block", bench/README.md round s8), one table at a time it can. The staging folder is thrown
    away when anything fails, so the published set stays whole either way. The checkpoint then writes the
    database file."""
    con = duckdb.connect(str(path), config={"memory_limit": DUCKDB_MEMORY})
    try:
        con.execute("BEGIN TRANSACTION")
        order = ddl.create_tables(con, tables)
        create_views(con, order)
        con.execute("COMMIT")
        for name in order:
            if isinstance(tables[name], Path):
                columns = ", ".join(ddl.quote(c) for c in TABLES[name].column_names)
                con.execute(f"INSERT INTO {ddl.quote(name)} ({columns}) SELECT {columns} "
                            f"FROM read_parquet({sql_path(tables[name])})")
                continue
            columns = ", ".join(ddl.quote(c) for c in tables[name].column_names)
            con.register("_release_source", tables[name])
            try:
                con.execute(f"INSERT INTO {ddl.quote(name)} ({columns}) SELECT {columns} FROM _release_source")
            finally:
                con.unregister("_release_source")
        con.execute("CHECKPOINT")
    finally:
        con.close()
    fsync_file(path)


def _key_columns(name: str) -> list[str]:
    """The columns of ``name`` that a foreign key reads, as a referring or a referred table."""
    columns = [c for fk in TABLES[name].foreign_keys for c in fk.columns]
    columns += [c for table in TABLES.values() for fk in table.foreign_keys if fk.table == name
                for c in fk.ref_columns]
    return list(dict.fromkeys(columns))


def _prepare(tables: Mapping[str, pd.DataFrame], order: list[str]) -> dict[str, pa.Table]:
    """Each table coerced, checked against its schema and turned into its sorted Arrow table, one at a time (a
    table's frame of Python objects is let go before the next is read: only its key columns are kept, for the
    foreign keys); ``PublishError`` for invalid rows or broken foreign keys."""
    problems: list[str] = []
    arrow_tables: dict[str, pa.Table] = {}
    keys: dict[str, pd.DataFrame] = {}
    for name in order:
        frame = coerce_frame(name, tables[name])
        failures = validate(name, frame)
        problems.extend(f"{name}: {f['column']}: {f['check']} ({f['failure_case']!r}, row {f['index']})"
                        for f in failures[:_MAX_REPORTED_FAILURES])
        keys[name] = frame[_key_columns(name)]
        if not failures:
            arrow_tables[name] = _sorted(name, to_arrow(name, frame))
        del frame
    for f in check_foreign_keys(keys)[:_MAX_REPORTED_FAILURES]:
        problems.append(f"{f['table']}: {', '.join(f['columns'])} = {f['value']} not in "
                        f"{f['ref_table']} ({f['n_rows']} row(s))")
    if problems:
        raise PublishError("cannot publish invalid tables (run split_valid first):\n  " + "\n  ".join(problems))
    return arrow_tables


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


def publish(tables: Mapping[str, pd.DataFrame | str | os.PathLike], output_dir: Path,
            metadata: Mapping[str, Any] | None = None, rows_validated: bool = False) -> dict:
    """Publish ``tables`` (registry name -> frame, or the path of its Parquet file) as a new build of
    ``output_dir``; see the module docstring. Files are read in chunks and written streaming
    (``pipeline.publish_files``), never a whole table in memory; frames and files are not mixed.

    The frames are coerced and must be valid (``schemas.validation.validate`` and ``check_foreign_keys``),
    else ``PublishError`` is raised before anything is written. ``metadata`` (run id, times, folders...) goes
    into the build's ``run_metadata.json`` with the row counts and every file's SHA-256. Tables missing from
    ``tables`` are simply not in the new build.

    ``rows_validated``: files whose every row passed its schema already (``validated_tables``): their columns,
    keys and foreign keys are checked, not every row again (``pipeline.publish_files.check_files``).

    Returns ``{table: n_rows, ..., "files": {relative path: sha256}, "build": build id}``.
    """
    unknown = sorted(set(tables) - set(TABLES))
    if unknown:
        raise KeyError(f"unknown table(s): {', '.join(unknown)}")
    order = ddl.creation_order(tables)
    from_files = bool(tables) and all(isinstance(t, (str, os.PathLike)) for t in tables.values())
    if not from_files and any(isinstance(t, (str, os.PathLike)) for t in tables.values()):
        raise TypeError("publish takes frames or Parquet files, not both")
    if from_files:
        sources = {name: Path(tables[name]) for name in order}
        check_files(sources, order, rows=not rows_validated)
    else:
        arrow_tables = _prepare(tables, order)

    output_dir = Path(output_dir)
    builds = output_dir / BUILDS_DIR
    builds.mkdir(parents=True, exist_ok=True)
    remove_stale_staging(output_dir)  # left by the per-file publisher of earlier versions
    remove_stale_staging(builds)
    staging = builds / f"{STAGING_PREFIX}{os.getpid()}"
    try:
        (staging / PARQUET_DIR).mkdir(parents=True)
        files: dict[str, str] = {}
        counts = {}
        for name in order:
            relative = f"{PARQUET_DIR}/{name}.parquet"
            if from_files:
                counts[name] = write_sorted(name, sources[name], staging / relative, staging, ROW_GROUP_SIZE,
                                             PARQUET_OPTIONS)
                fsync_file(staging / relative)
            else:
                _write_parquet(arrow_tables[name], staging / relative)
                counts[name] = arrow_tables[name].num_rows
            files[relative] = sha256_file(staging / relative)
        _write_duckdb({name: staging / f"{PARQUET_DIR}/{name}.parquet" for name in order} if from_files
                      else arrow_tables, staging / DUCKDB_FILE)
        files[DUCKDB_FILE] = sha256_file(staging / DUCKDB_FILE)
        files = dict(sorted(files.items()))
        build_id = _new_build_id(builds, files)
        _write_json(staging / RUN_METADATA_FILE, {**(metadata or {}), "build": build_id, "tables": counts,
                                                  "files": files})
        _step("staged")
        os.rename(staging, builds / build_id)
        fsync_dir(builds)
        _step("renamed")
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    # A write-ahead log beside the stable path belongs to the database it points at now: never replay it
    # into the new one.
    (output_dir / f"{DUCKDB_FILE}.wal").unlink(missing_ok=True)
    _point(output_dir / CURRENT_LINK, f"{BUILDS_DIR}/{build_id}")
    fsync_dir(output_dir)
    _step("swapped")
    _link_stable_paths(output_dir)
    _step("linked")
    _prune_builds(builds, build_id)
    _step("pruned")
    return {**counts, "files": files, "build": build_id}


def _step(name: str) -> None:
    """A named point of the publish: tests and ``bench/crash.py`` kill the process here (``_ON_STEP``)."""
    if _ON_STEP is not None:
        _ON_STEP(name)


def _new_build_id(builds: Path, files: Mapping[str, str]) -> str:
    """``<UTC time>-<hash of the files>``: sorts by time, says whether two builds hold the same bytes."""
    digest = hashlib.sha256("".join(f"{k}={v}\n" for k, v in files.items()).encode()).hexdigest()[:8]
    base = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime()) + f"-{digest}"
    build_id, n = base, 1
    while (builds / build_id).exists():
        build_id, n = f"{base}.{n}", n + 1
    return build_id


def _point(link: Path, target: str) -> None:
    """Make ``link`` a symbolic link to ``target`` with one atomic rename (a temporary link moved over it)."""
    temporary = link.parent / f".{link.name}.{os.getpid()}.tmp"
    if temporary.is_symlink() or temporary.exists():
        temporary.unlink()
    os.symlink(target, temporary)
    os.replace(temporary, link)


def _link_stable_paths(output_dir: Path) -> None:
    """``parquet``, ``peacekeeping.duckdb`` and ``run_metadata.json`` as links through ``current``.

    Made once: after that only ``current`` moves. Files and folders of the per-file layout of earlier versions
    are replaced (a folder is moved aside first: a link cannot be renamed over a folder).
    """
    for name in STABLE_NAMES:
        path = output_dir / name
        target = f"{CURRENT_LINK}/{name}"
        if path.is_symlink() and os.readlink(path) == target:
            continue
        aside = None
        if path.is_dir() and not path.is_symlink():
            aside = output_dir / f".legacy-{name}-{os.getpid()}"
            os.rename(path, aside)
        _point(path, target)
        if aside is not None:
            shutil.rmtree(aside, ignore_errors=True)


def _prune_builds(builds: Path, keep_id: str) -> None:
    """Remove the builds older than the newest ``KEEP_BUILDS`` (a reader of the previous one is not cut off)."""
    done = sorted(p.name for p in builds.iterdir() if p.is_dir() and not p.name.startswith("."))
    keep = set(done[-KEEP_BUILDS:]) | {keep_id}
    for name in done:
        if name not in keep:
            shutil.rmtree(builds / name, ignore_errors=True)


def published_dir(output_dir: Path) -> Path:
    """The folder of the build that ``output_dir/current`` points at, resolved once (read a whole set from it);
    ``output_dir`` itself for outputs of the per-file layout of earlier versions."""
    output_dir = Path(output_dir)
    link = output_dir / CURRENT_LINK
    if link.is_symlink():
        return output_dir / os.readlink(link)
    return output_dir


def fsync_dir(path: Path) -> None:
    """Flush a folder's entries (a rename) where the platform allows it (not on Windows)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _json_default(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"not JSON serialisable: {value!r}")


def _write_json(target: Path, info: Mapping[str, Any]) -> None:
    temporary = target.parent / f".{target.name}.{os.getpid()}.tmp"
    temporary.write_text(
        json.dumps(dict(info), sort_keys=True, indent=2, ensure_ascii=False, default=_json_default) + "\n",
        encoding="utf-8",
    )
    fsync_file(temporary)
    os.replace(temporary, target)


def write_run_metadata(output_dir: Path, info: Mapping[str, Any]) -> Path:
    """Write ``info`` (run time, durations, counts, versions...) as the current build's ``run_metadata.json``,
    atomically (``output_dir/run_metadata.json`` without a current build).

    ``publish`` writes it with the build; this rewrites it. It is the only place for wall-clock values of a
    run. Dates and datetimes are written ISO.
    """
    folder = published_dir(output_dir)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / RUN_METADATA_FILE
    _write_json(target, info)
    return Path(output_dir) / RUN_METADATA_FILE
