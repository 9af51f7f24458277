"""Validation of the tables in chunks, and what the blocking checks report about them.

**Chunks.** The extracted tables are split into valid and rejected rows chunk by chunk (:class:`ChunkedSplit`):
each chunk is coerced and checked with pandera (``schemas.validation.row_reasons``), the duplicates of the
primary key and of the unique columns are found across chunks with a set of the keys seen so far, and the valid
rows are appended to the table's Parquet file. The outcome is the one of ``schemas.validation.split_valid`` on
the whole table (same rejected rows, same ids, same valid rows in the same order), without the whole table as a
frame. Every validated table is handed on as a Parquet file (Arrow schema of ``schemas.arrow``, rows in their
input order): :func:`write_table` for the small ones.

**What the blocking checks report.** The rows of every table but ``rejected_rows`` went through the split (the
official tables when their cache was filled): each row that failed its schema is in ``rejected_rows`` with its
reason, so the rows that are left pass it. What the split does not vouch for is checked here:

* each table's columns, their order and their types: its pandera schema on an empty frame of it
  (:func:`schema_failures`), or the Arrow schema of its file (:func:`file_schema_failures`);
* ``rejected_rows``, which is put together rather than split: every row against its schema;
* the foreign keys between the tables: ``schemas.validation.check_foreign_keys`` on frames, DuckDB over the
  Parquet files (:func:`file_foreign_key_failures`, the same failure cases).

The blocking checks (``pipeline.assets.checks``) read the result from the materialization metadata of the tables
instead of loading and validating the tables again.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.publish_files import sql_path
from schemas.arrow import arrow_schema, coerced_to_arrow
from schemas.registry import TABLES
from schemas.validation import (
    _coerce,
    check_foreign_keys,
    coerce_frame,
    duplicate_reason,
    rejected_records,
    row_reasons,
    validate,
)

__all__ = ["FK_TABLES", "FULLY_VALIDATED", "ChunkedSplit", "arrow_of", "file_foreign_key_failures",
           "file_schema_failures", "foreign_key_failures", "frame_of", "read_frames", "schema_failures",
           "write_table"]

# Tables whose rows are validated here (not split by ``split_valid``).
FULLY_VALIDATED = ("rejected_rows",)
# The tables whose foreign keys are checked (the reconciled tables refer to rows of these).
FK_TABLES = ("contributions", "documents", "events", "mission_mentions", "missions", "mission_aliases",
             "official_contributions", "mission_strength")
CHUNK_ROWS = 20_000


def schema_failures(name: str, frame: pd.DataFrame) -> list[dict]:
    """Failure cases of a validated table (``schemas.validation.validate``'s records): its structure (columns,
    order, dtypes), and every row for the tables of ``FULLY_VALIDATED``. Empty: the table passes."""
    return validate(name, frame if name in FULLY_VALIDATED else frame.iloc[:0])


def foreign_key_failures(tables: Mapping[str, pd.DataFrame]) -> list[dict]:
    """Foreign-key failure cases among the ``FK_TABLES`` of ``tables`` (``check_foreign_keys``' records)."""
    return check_foreign_keys({name: tables[name] for name in FK_TABLES if name in tables})


# --------------------------------------------------------------------------------------------------------------
# Arrow <-> frames, Parquet files
# --------------------------------------------------------------------------------------------------------------


def frame_of(name: str, data: pa.Table | pa.RecordBatch) -> pd.DataFrame:
    """Arrow rows of a table as its coerced frame (``schemas.validation`` conventions: no NaN for a missing
    integer, dates as ``datetime.date``)."""
    raw = pd.DataFrame({c: pd.Series(data.column(c).to_pylist(), dtype=object) for c in data.schema.names})
    return coerce_frame(name, raw)


def arrow_of(name: str, frame: pd.DataFrame) -> pa.Table:
    """A coerced frame as an Arrow table of ``arrow_schema(name)`` (``schemas.arrow.to_arrow`` without coercing
    again)."""
    return coerced_to_arrow(name, frame)


def _temporary(path: Path) -> Path:
    return path.parent / f".{path.name}.{os.getpid()}.tmp"


def write_table(name: str, frame: pd.DataFrame, path: Path) -> Path:
    """A coerced frame as the table's Parquet file (written beside it, then renamed into place)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(arrow_of(name, frame), _temporary(path), compression="zstd")
    os.replace(_temporary(path), path)
    return path


def read_frames(name: str, path: Path, chunk_rows: int = CHUNK_ROWS,
                columns: list[str] | None = None) -> Iterator[pd.DataFrame]:
    """A table's Parquet file as coerced frames of at most ``chunk_rows`` rows, in file order."""
    parquet = pq.ParquetFile(path)
    for batch in parquet.iter_batches(batch_size=chunk_rows, columns=columns):
        raw = pd.DataFrame({c: pd.Series(batch.column(c).to_pylist(), dtype=object) for c in batch.schema.names})
        yield raw if columns is not None else coerce_frame(name, raw)


# --------------------------------------------------------------------------------------------------------------
# Chunked split
# --------------------------------------------------------------------------------------------------------------


class ChunkedSplit:
    """``split_valid`` over a table given in chunks (:meth:`add`), the valid rows written to ``path``.

    For tables with a one-column primary key (the extracted tables): duplicates are found with one set per
    unique key (the primary key first, then the unique columns in registry order, as pandera reports them).
    """

    def __init__(self, name: str, path: Path):
        self.table = TABLES[name]
        if len(self.table.primary_key) != 1:
            raise ValueError(f"{name}: a chunked split needs a one-column primary key")
        pk = self.table.primary_key[0]
        self.keys = [pk, *(c.name for c in self.table.columns if c.unique and c.name != pk)]
        self.seen_keys: dict[str, set] = {k: set() for k in self.keys}
        self.seen_json: dict[str, int] = {}
        self.rejected: list[pd.DataFrame] = []
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.writer = pq.ParquetWriter(_temporary(self.path), arrow_schema(name), compression="zstd")
        self.n_valid = 0
        self.last_kept = np.zeros(0, dtype=bool)  # of the rows of the last ``add``: which were valid

    def add(self, rows: list[dict] | pd.DataFrame) -> None:
        """The next rows of the table, in input order."""
        frame, raw, bad = _coerce(self.table, rows)
        reasons = row_reasons(self.table, frame, raw, bad)
        survivors = frame[~frame.index.isin(list(reasons))]
        columns = [survivors[k].tolist() for k in self.keys]
        for i, values in zip(survivors.index.tolist(), zip(*columns)):
            recs = []
            for key, value, seen in zip(self.keys, values, self.seen_keys.values()):
                if value in seen:
                    recs.append({"column": key, "failure_case": value})
                else:
                    seen.add(value)
            if recs:
                reasons[i] = [duplicate_reason(self.table, recs)]
        records = rejected_records(self.table, frame, raw, bad, reasons, self.seen_json)
        if records:
            self.rejected.append(coerce_frame("rejected_rows", records))
        valid = frame.drop(index=sorted(reasons)).reset_index(drop=True)
        self.last_kept = np.ones(len(frame), dtype=bool)
        self.last_kept[list(reasons)] = False
        if len(valid):
            self.writer.write_table(arrow_of(self.table.name, valid))
            self.n_valid += len(valid)

    def abort(self) -> None:
        """Close the writer and remove the unfinished file."""
        self.writer.close()
        _temporary(self.path).unlink(missing_ok=True)

    def close(self) -> tuple[Path, pd.DataFrame]:
        """The valid rows' file and the rejected rows (in the shape of ``rejected_rows``, in input order)."""
        self.writer.close()
        os.replace(_temporary(self.path), self.path)
        rejected = (pd.concat(self.rejected, ignore_index=True) if self.rejected
                    else coerce_frame("rejected_rows", []))
        return self.path, rejected


def split_chunks(name: str, chunks: Iterable[list[dict] | pd.DataFrame], path: Path) -> tuple[Path, pd.DataFrame]:
    """:class:`ChunkedSplit` of ``chunks``: the valid rows' file and the rejected rows."""
    split = ChunkedSplit(name, path)
    try:
        for chunk in chunks:
            split.add(chunk)
    except BaseException:
        split.abort()
        raise
    return split.close()


# --------------------------------------------------------------------------------------------------------------
# Checks of the files
# --------------------------------------------------------------------------------------------------------------


def file_schema_failures(name: str, path: Path) -> list[dict]:
    """:func:`schema_failures` of a table's Parquet file: its Arrow columns and types against the registry's
    (one failure case per column that differs), and every row for the tables of ``FULLY_VALIDATED``."""
    expected = arrow_schema(name)
    found = pq.read_schema(path)
    failures = []
    for i, field in enumerate(expected):
        other = found.field(field.name) if field.name in found.names else None
        if other is None or other.type != field.type or found.names.index(field.name) != i:
            failures.append({"schema_context": "DataFrameSchema", "column": field.name,
                             "check": f"arrow_type({field.type}) at position {i}",
                             "failure_case": None if other is None else str(other.type), "index": None})
    failures.extend({"schema_context": "DataFrameSchema", "column": None, "check": "column_in_schema",
                     "failure_case": extra, "index": None} for extra in found.names if extra not in expected.names)
    if failures or name not in FULLY_VALIDATED:
        return failures
    offset, out = 0, []
    for frame in read_frames(name, path):
        out.extend({**f, "index": None if f["index"] is None else f["index"] + offset}
                   for f in validate(name, frame))
        offset += len(frame)
    return out


def file_foreign_key_failures(files: Mapping[str, Path], names: Iterable[str] = FK_TABLES) -> list[dict]:
    """:func:`foreign_key_failures` of tables given as Parquet files (name -> path), through DuckDB (never a
    table in memory): the records of ``check_foreign_keys``, in its order. Only the tables of ``names``."""
    files = {name: files[name] for name in names if name in files}
    failures: list[dict] = []
    con = duckdb.connect()
    try:
        con.execute("SET memory_limit = '256MB'")
        con.execute("SET preserve_insertion_order = false")
        for name, table in TABLES.items():
            if name not in files:
                continue
            for fk in table.foreign_keys:
                if fk.table not in files:
                    continue
                columns = ", ".join(f'c."{c}"' for c in fk.columns)
                not_null = " AND ".join(f'c."{c}" IS NOT NULL' for c in fk.columns)
                match = " AND ".join(f'p."{r}" = c."{c}"' for c, r in zip(fk.columns, fk.ref_columns))
                rows = con.execute(
                    f"SELECT {columns}, count(*), min(c.file_row_number) AS first "
                    f"FROM read_parquet({sql_path(files[name])}, file_row_number = true) c "
                    f"WHERE {not_null} AND NOT EXISTS (SELECT 1 FROM read_parquet({sql_path(files[fk.table])}) p "
                    f"WHERE {match}) GROUP BY ALL ORDER BY first").fetchall()
                failures.extend({"table": name, "columns": list(fk.columns), "ref_table": fk.table,
                                 "ref_columns": list(fk.ref_columns), "value": list(row[:len(fk.columns)]),
                                 "n_rows": int(row[-2]), "first_index": int(row[-1])} for row in rows)
    finally:
        con.close()
    return failures
