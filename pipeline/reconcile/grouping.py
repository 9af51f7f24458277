"""Rows of a Parquet file grouped by a key without holding every row in Python (issue 12, memory).

``grouped_records`` reads a table's file twice: once batch by batch to number each row's group (groups numbered in
order of first appearance, one 8-byte integer per row), then once per bucket of whole groups (consecutive group
numbers, at most about ``bucket_rows`` rows), yielding each bucket's rows in file order as read-only records.
Grouping a bucket's rows by the same key therefore gives the groups, and each group's rows, in exactly the order
that grouping all rows at once gives: the reconciled claims built bucket by bucket are the same rows in the same
order as before, while only one bucket of rows is ever held as Python objects.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Hashable, Iterator, Mapping
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

BATCH_ROWS = 20_000
BUCKET_ROWS = 10_000


class Record:
    """One row as a read-only mapping of a few columns (``row["x"]``, ``row.get("x")``), in a fraction of the
    memory of a dict per row."""

    __slots__ = ("_index", "_values")

    def __init__(self, index: dict[str, int], values: tuple):
        self._index, self._values = index, values

    def __getitem__(self, key: str):
        return self._values[self._index[key]]

    def get(self, key: str, default=None):
        i = self._index.get(key)
        return default if i is None else self._values[i]


def _column_values(column: pa.ChunkedArray | pa.Array) -> list:
    """A column as Python values; a string column's repeated values are one object each (a mission acronym, a
    status, a doc_id shared by its rows)."""
    if not pa.types.is_string(column.type):
        return column.to_pylist()
    if isinstance(column, pa.ChunkedArray):
        column = column.combine_chunks()
    encoded = column.dictionary_encode()
    uniques = [*encoded.dictionary.to_pylist(), None]
    return [uniques[i] for i in encoded.indices.fill_null(-1).to_numpy(zero_copy_only=False).tolist()]


def table_records(table: pa.Table | pa.RecordBatch) -> list[Record]:
    """The rows of an Arrow table (or record batch) as read-only records."""
    index = {name: i for i, name in enumerate(table.column_names)}
    values = [_column_values(table.column(i)) for i in range(table.num_columns)]
    return [Record(index, row) for row in zip(*values)]


def file_records(path: Path, columns: tuple[str, ...]) -> list[Record]:
    """Some columns of a Parquet file as read-only records."""
    return table_records(pq.read_table(path, columns=list(columns)))


def _buckets(sizes: np.ndarray, bucket_rows: int) -> list[tuple[int, int]]:
    """Ranges [lo, hi) of consecutive group numbers holding at most ``bucket_rows`` rows (or one larger group)."""
    bounds, start, total = [], 0, 0
    for group, size in enumerate(sizes.tolist()):
        if total and total + size > bucket_rows:
            bounds.append((start, group))
            start, total = group, 0
        total += size
    if len(sizes):
        bounds.append((start, len(sizes)))
    return bounds


def grouped_records(path: Path, columns: tuple[str, ...], key: Callable[[Mapping], Hashable],
                    bucket_rows: int = BUCKET_ROWS, batch_rows: int = BATCH_ROWS) -> Iterator[list[Record]]:
    """The rows of ``path`` (``columns`` of it) in buckets of whole groups of ``key``: groups in order of first
    appearance, each group's rows in file order."""
    file = pq.ParquetFile(path)
    group_of: dict[Hashable, int] = {}
    groups = array("q")
    for batch in file.iter_batches(batch_size=batch_rows, columns=list(columns)):
        groups.extend(group_of.setdefault(key(row), len(group_of)) for row in table_records(batch))
    n_groups = len(group_of)
    del group_of
    numbers = np.frombuffer(groups, dtype=np.int64) if len(groups) else np.zeros(0, dtype=np.int64)
    for lo, hi in _buckets(np.bincount(numbers, minlength=n_groups), bucket_rows):
        inside = (numbers >= lo) & (numbers < hi)
        parts, offset = [], 0
        for batch in file.iter_batches(batch_size=batch_rows, columns=list(columns)):
            mask = inside[offset:offset + batch.num_rows]
            offset += batch.num_rows
            if mask.any():
                parts.append(batch.filter(pa.array(mask)))
        yield table_records(pa.Table.from_batches(parts))
