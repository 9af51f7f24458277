"""Extracted rows as Parquet shards: written batch by batch while documents are extracted, read back in chunks.

Layout of a shard folder (``<output>/.cache/rows`` for a build)::

    <table>/part-00000.parquet, part-00001.parquet, ...    rows in the order of the documents, for each of
                                                            :data:`SHARD_TABLES`

A shard holds at most ``rows_per_shard`` rows (``SIGNATURE_ROWS_PER_SHARD`` for the signatures); reading the parts in name order gives the rows in document order
(the order ``extract_corpus`` got its sources in), whatever order the batches finished in. Columns follow the
registry's Arrow schema (``schemas.arrow``) with every field nullable, so that a row that breaks its schema
still reaches ``split_valid`` and ``rejected_rows``. Readers take the rows in record batches
(:meth:`Shards.batches`) or through DuckDB (:meth:`Shards.glob`: ``read_parquet('<root>/<table>/*.parquet')``),
never the whole corpus as Python objects unless they ask for it (:meth:`Shards.rows`, :meth:`Shards.frame`).

Pure Python (pyarrow): no Dagster here.
"""

from __future__ import annotations

import ctypes
import os
import shutil
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from schemas.arrow import arrow_schema

ROW_TABLES = ("contributions", "events", "mission_mentions")
# Not a table: each document's MinHash signature, kept with its rows so that stories are found without reading
# the texts again (``pipeline.reconcile.stories``).
SIGNATURE_ROWS = "story_signature"
SHARD_TABLES = ("documents", *ROW_TABLES, SIGNATURE_ROWS)
ROWS_PER_SHARD = 20_000
# A signature row is a list of 128 integers, some 5 kB as Python objects while it waits in the writer's buffer:
# fewer of them per shard (a buffer of at most some 10 MB instead of 100 MB).
SIGNATURE_ROWS_PER_SHARD = 2_000
READ_BATCH_ROWS = 8_192

_SIGNATURE_SCHEMA = pa.schema([pa.field("doc_id", pa.string()), pa.field("minhash", pa.list_(pa.int64()))])


def shard_schema(table: str) -> pa.Schema:
    """The columns of a table's shards: the registry's Arrow types, every field nullable, no metadata."""
    if table == SIGNATURE_ROWS:
        return _SIGNATURE_SCHEMA
    return pa.schema([pa.field(f.name, f.type, nullable=True) for f in arrow_schema(table)])


def trim_heap() -> None:
    """Give the C heap's free memory back to the system (glibc's ``malloc_trim``; nothing elsewhere): after a
    step that let go of many Python objects, the freed pages otherwise stay in the process's resident memory."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


class ShardWriter:
    """Takes the documents' rows in document order and writes each table's rows as Parquet parts.

    The parts go to a staging folder beside ``root``; :meth:`close` writes what is left and puts the folder in
    place of ``root`` (the rows of one extraction, never a mix of two), then returns the :class:`Shards`.
    """

    def __init__(self, root: Path, rows_per_shard: int = ROWS_PER_SHARD,
                 signature_rows_per_shard: int = SIGNATURE_ROWS_PER_SHARD):
        self.root = Path(root)
        self.staging = self.root.parent / f".{self.root.name}.staging-{os.getpid()}"
        shutil.rmtree(self.staging, ignore_errors=True)
        for table in SHARD_TABLES:
            (self.staging / table).mkdir(parents=True)
        self.rows_per_shard = dict.fromkeys(SHARD_TABLES, rows_per_shard)
        self.rows_per_shard[SIGNATURE_ROWS] = min(rows_per_shard, signature_rows_per_shard)
        self.buffers: dict[str, list[dict]] = {t: [] for t in SHARD_TABLES}
        self.counts: dict[str, int] = dict.fromkeys(SHARD_TABLES, 0)
        self.parts: dict[str, int] = dict.fromkeys(SHARD_TABLES, 0)

    def add(self, record: dict, rows: Mapping[str, list[dict]]) -> None:
        """One document: its ``documents`` record and its rows of each table."""
        self._extend("documents", [record])
        for table in (*ROW_TABLES, SIGNATURE_ROWS):
            self._extend(table, rows.get(table) or [])

    def _extend(self, table: str, rows: list[dict]) -> None:
        buffer = self.buffers[table]
        buffer.extend(rows)
        if len(buffer) >= self.rows_per_shard[table]:
            self._flush(table)

    def _flush(self, table: str) -> None:
        buffer = self.buffers[table]
        if not buffer:
            return
        data = pa.Table.from_pylist(buffer, schema=shard_schema(table))
        pq.write_table(data, self.staging / table / f"part-{self.parts[table]:05d}.parquet", compression="zstd")
        self.parts[table] += 1
        self.counts[table] += len(buffer)
        buffer.clear()

    def close(self) -> Shards:
        for table in SHARD_TABLES:
            self._flush(table)
        shutil.rmtree(self.root, ignore_errors=True)
        os.rename(self.staging, self.root)
        return Shards(self.root, dict(self.counts))


@dataclass(frozen=True)
class Shards:
    """Where one extraction's rows are, and how many of each table: what the extraction asset hands on."""

    root: Path
    counts: dict[str, int] = field(default_factory=dict)

    def files(self, table: str) -> list[Path]:
        """The table's parts, in document order."""
        return sorted((Path(self.root) / table).glob("part-*.parquet"))

    def glob(self, table: str) -> str:
        """The table's parts for DuckDB's ``read_parquet``."""
        return str(Path(self.root) / table / "part-*.parquet")

    def batches(self, table: str, columns: list[str] | None = None,
                batch_rows: int = READ_BATCH_ROWS) -> Iterator[pa.RecordBatch]:
        """The table's rows in record batches of at most ``batch_rows``, in document order."""
        for path in self.files(table):
            yield from pq.ParquetFile(path).iter_batches(batch_size=batch_rows, columns=columns)

    def arrow(self, table: str, columns: list[str] | None = None) -> pa.Table:
        """The whole table (or some of its columns) as one Arrow table."""
        schema = shard_schema(table)
        if columns is not None:
            schema = pa.schema([schema.field(c) for c in columns])
        return pa.Table.from_batches(list(self.batches(table, columns)), schema=schema)

    def rows(self, table: str) -> list[dict]:
        """The whole table as Python dicts (every column, nulls as None)."""
        return [row for batch in self.batches(table) for row in batch.to_pylist()]

    def frame(self, table: str) -> pd.DataFrame:
        """The whole table as a frame of Python objects (what ``schemas.validation`` reads: no NaN for a
        missing integer, dates as ``datetime.date``)."""
        data = self.arrow(table)
        return pd.DataFrame({name: pd.Series(data.column(name).to_pylist(), dtype=object)
                             for name in data.column_names})
