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
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
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
ORDER_FILE = "_order.parquet"
ORDER_TABLES = (*ROW_TABLES, SIGNATURE_ROWS)  # the tables whose rows per document the order file counts

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
        # The documents in the order they came, with their number of rows of each table (ORDER_FILE): what
        # lets the shards of several partitions be read back in the order of one corpus (PartitionedShards).
        self.order: dict[str, list] = {"source_name": [], **{t: [] for t in ORDER_TABLES}}

    def add(self, record: dict, rows: Mapping[str, list[dict]], name: str | None = None) -> None:
        """One document: its ``documents`` record and its rows of each table; ``name``: its source name (the
        record's by default), the key the documents are sorted by."""
        self._extend("documents", [record])
        self.order["source_name"].append(record.get("source_name") if name is None else name)
        for table in (*ROW_TABLES, SIGNATURE_ROWS):
            table_rows = rows.get(table) or []
            self.order[table].append(len(table_rows))
            self._extend(table, table_rows)

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

    def close(self, extra: Mapping[str, str] | None = None) -> Shards:
        """Write what is left, and ``extra`` files (name -> text) into the folder, then put it in place."""
        for table in SHARD_TABLES:
            self._flush(table)
        order = pa.table({"source_name": pa.array(self.order["source_name"], pa.string()),
                          **{t: pa.array(self.order[t], pa.int32()) for t in ORDER_TABLES}})
        pq.write_table(order, self.staging / ORDER_FILE, compression="zstd")
        for name, text in (extra or {}).items():
            (self.staging / name).write_text(text, encoding="utf-8")
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


class _RowStream:
    """The rows of one partition's table, handed out ``n`` at a time in their order."""

    def __init__(self, batches: Iterator[pa.RecordBatch]):
        self.batches = batches
        self.held: list[pa.RecordBatch] = []
        self.n_held = 0

    def take(self, n: int) -> pa.Table:
        while self.n_held < n:
            batch = next(self.batches)
            self.held.append(batch)
            self.n_held += batch.num_rows
        table = pa.Table.from_batches(self.held)
        rest = table.slice(n)
        self.held, self.n_held = rest.to_batches(), rest.num_rows
        return table.slice(0, n)


class PartitionedShards(Shards):
    """The shards of several partitions (``<root>/<partition>/<table>/part-*.parquet``, one :class:`Shards`
    folder per partition, each in the order of its documents) read as one corpus: the rows of every partition,
    in the order of the documents' source names (the order ``pipeline.ingest.inventory.discover`` gives and an
    unpartitioned extraction writes), merged through each folder's ``ORDER_FILE``, a window of documents at a
    time (one ``take`` per record batch: memory holds one batch per partition, never a whole table)."""

    def __init__(self, root: Path, partitions: Sequence[str]):
        missing = [p for p in partitions if not (Path(root) / p / ORDER_FILE).is_file()]
        if missing:
            raise FileNotFoundError(f"partitions never extracted (no {ORDER_FILE}) under {root}: "
                                    f"{', '.join(missing)}; materialize document_extractions for them first")
        orders = [pq.read_table(Path(root) / p / ORDER_FILE) for p in partitions]
        names = [name for order in orders for name in order.column("source_name").to_pylist()]
        # A stable sort of the partitions' names, each partition already sorted: the merge of their orders
        # (two documents share a name only within one partition).
        sequence = np.array(sorted(range(len(names)), key=names.__getitem__), dtype=np.int64)
        part = np.repeat(np.arange(len(orders), dtype=np.int64), [o.num_rows for o in orders])
        per_document = {t: np.concatenate([o.column(t).to_numpy().astype(np.int64) for o in orders]
                                          or [np.zeros(0, np.int64)])[sequence] for t in ORDER_TABLES}
        per_document["documents"] = np.ones(len(names), dtype=np.int64)
        super().__init__(Path(root), {t: int(per_document[t].sum()) for t in SHARD_TABLES})
        # A frozen dataclass: its attributes are set once, here.
        object.__setattr__(self, "partitions", tuple(partitions))
        object.__setattr__(self, "_part", part[sequence])
        object.__setattr__(self, "_counts", per_document)

    def files(self, table: str) -> list[Path]:
        """Every partition's parts of the table (partition by partition: not the corpus's order)."""
        return [f for p in self.partitions for f in Shards(Path(self.root) / p).files(table)]

    def glob(self, table: str) -> str:
        return str(Path(self.root) / "*" / table / "part-*.parquet")

    def batches(self, table: str, columns: list[str] | None = None,
                batch_rows: int = READ_BATCH_ROWS) -> Iterator[pa.RecordBatch]:
        """The table's rows in the corpus's document order, in record batches of about ``batch_rows`` rows (at
        most, unless one document has more)."""
        counts = self._counts[table]
        streams = [_RowStream(Shards(Path(self.root) / p).batches(table, columns, batch_rows))
                   for p in self.partitions]
        for start, end in window_bounds(counts, batch_rows):
            batch = _window(streams, self._part[start:end], counts[start:end])
            if batch is not None:
                yield batch


def window_bounds(counts: np.ndarray, batch_rows: int) -> Iterator[tuple[int, int]]:
    """Consecutive runs ``[start, end)`` of documents, in order, whose rows (``counts`` per document) make about
    ``batch_rows`` each: whole documents only, at least one per run (more rows only when one document has more)."""
    cumulative = np.cumsum(counts)
    start, total = 0, len(counts)
    while start < total:
        base = int(cumulative[start - 1]) if start else 0
        end = max(int(np.searchsorted(cumulative, base + batch_rows, side="right")), start + 1)
        yield start, end
        start = end


def _window(streams: list[_RowStream], part: np.ndarray, counts: np.ndarray) -> pa.RecordBatch | None:
    """The rows of a window of documents (their partitions ``part``, their numbers of rows ``counts``) in the
    window's order: each partition's rows of the window (consecutive in its own shards) taken at once,
    concatenated partition by partition, and put back in the documents' order with one ``take``."""
    n = int(counts.sum())
    if n == 0:
        return None
    per_part = np.bincount(part, weights=counts, minlength=len(streams)).astype(np.int64)
    pieces = [streams[i].take(int(k)) for i, k in enumerate(per_part) if k]
    # Sorted by partition (stably), the documents' rows lie one after the other as in the concatenation.
    by_part = np.argsort(part, kind="stable")
    sorted_counts = counts[by_part]
    starts = np.empty_like(counts)
    starts[by_part] = np.cumsum(sorted_counts) - sorted_counts
    first_row = np.cumsum(counts) - counts
    indices = np.repeat(starts, counts) + (np.arange(n) - np.repeat(first_row, counts))
    merged = pa.concat_tables(pieces).take(pa.array(indices))
    return merged.combine_chunks().to_batches(max_chunksize=n)[0]


CACHE_KEYS_FILE = "_cache_keys"  # in a partition's folder: the extraction cache entries its documents came from


class PartitionWriter:
    """A :class:`ShardWriter` per partition (``<root>/<partition>``): each document's rows go to the folder of its
    partition (``pipeline.partitions.partition_of`` of its name), in the order they come. Each writer buffers
    fewer rows than a lone one would, so that all of them together hold about as much."""

    def __init__(self, root: Path, partitions: Sequence[str], rows_per_shard: int = ROWS_PER_SHARD,
                 signature_rows_per_shard: int = SIGNATURE_ROWS_PER_SHARD):
        self.root = Path(root)
        self.partitions = tuple(partitions)
        share = max(1, len(self.partitions))
        self.writers = {p: ShardWriter(self.root / p, max(1_000, rows_per_shard // share),
                                       max(100, signature_rows_per_shard // share)) for p in self.partitions}
        self.cache_keys: dict[str, list[str]] = {p: [] for p in self.partitions}
        # Documents stopped by a bound, per partition: such a partition gets no inputs key (tried again next time).
        self.not_cached: dict[str, int] = dict.fromkeys(self.partitions, 0)

    def add(self, record: dict, rows: Mapping[str, list[dict]], name: str, cache_key: str,
            cacheable: bool = True) -> None:
        from pipeline.partitions import partition_of

        partition = partition_of(name)
        self.writers[partition].add(record, rows, name=name)
        self.cache_keys[partition].append(cache_key)
        self.not_cached[partition] += not cacheable

    def close(self, inputs_keys: Mapping[str, str] | None = None) -> PartitionedShards:
        """Put every partition's folder in place, each with its cache keys and, when every one of its documents
        was extracted for good, the inputs key it was written from (``pipeline.partitions.KEY_FILE``)."""
        from pipeline.partitions import KEY_FILE

        for partition, writer in self.writers.items():
            extra = {CACHE_KEYS_FILE: "".join(f"{k}\n" for k in self.cache_keys[partition])}
            if inputs_keys and partition in inputs_keys and not self.not_cached[partition]:
                extra[KEY_FILE] = inputs_keys[partition] + "\n"
            writer.close(extra)
        return PartitionedShards(self.root, self.partitions)


def stored_cache_keys(folder: Path) -> set[str] | None:
    """The cache keys a partition's folder was written from; None when it has no record of them."""
    try:
        return set((Path(folder) / CACHE_KEYS_FILE).read_text(encoding="utf-8").split())
    except OSError:
        return None
