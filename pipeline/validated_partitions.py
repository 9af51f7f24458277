"""Validation per partition: the row-by-row split of each partition's extracted rows, kept between builds.

The schema split of ``contributions``, ``events`` and ``mission_mentions`` (and the plausibility of the
contributions' figures) looks at one row at a time, but for the duplicates of a primary key and the occurrence
number in a rejected row's id, which look back at the earlier rows of the table. A partition's split is therefore
computed from its own rows alone (:func:`validate_partition`) and kept under ``<root>/<partition>`` with the key
of its inputs (:func:`validated_key`: the extraction's inputs key of the partition and the code of the split); a
build validates again only the partitions whose key changed (one for a new document) and merges the kept ones.

Layout of a partition's folder (the :class:`pipeline.shards.Shards` layout, so that
:class:`pipeline.shards.PartitionedShards` reads the partitions as one corpus in the documents' order)::

    <table>/part-00000.parquet   the partition's valid rows of the table, in its documents' order
    _order.parquet               its documents, with their number of valid rows of each table
    _implausible.parquet         ``rejected_rows`` records of its implausible figures
    _rejected.parquet            ``rejected_rows`` records of its rows that failed their schema, table by table
    _inputs_key                  the key it was written from

The merge gives the split of the whole table (the same valid rows, the same rejected rows and ids) as long as no
two partitions hold the same primary key among their valid rows and no two hold the same rejected row (the same
JSON of the same table): then no row looks back at a row of another partition. :func:`cross_partition_clashes`
checks that with DuckDB over the partitions' files; when it finds any, the caller splits the whole table again
(``pipeline.assets.tables``). Documents never share a ``doc_id`` (discovery refuses a second copy of a content),
and every row's id hashes its ``doc_id``, so that happens only to a corpus built by hand.

Pure Python (pyarrow, DuckDB): no Dagster here.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import shutil
from collections.abc import Mapping, Sequence
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.partitions import KEY_FILE, stored_key
from pipeline.plausibility import split_plausible
from pipeline.publish_files import sql_path
from pipeline.shards import ORDER_FILE, ORDER_TABLES, PartitionedShards, Shards, _RowStream, _window, window_bounds
from pipeline.table_validation import CHUNK_ROWS, ChunkedSplit, write_table
from schemas.arrow import arrow_schema
from schemas.registry import TABLES
from schemas.validation import coerce_frame

VALIDATION_VERSION = "1"
PARTITION_TABLES = ("contributions", "events", "mission_mentions")
IMPLAUSIBLE_FILE = "_implausible.parquet"
REJECTED_FILE = "_rejected.parquet"
VALID_PART = "part-00000.parquet"
# The code the split depends on: its key changes with any of these files.
_CODE = ("schemas", "pipeline/plausibility.py", "pipeline/table_validation.py", "pipeline/validated_partitions.py",
         "pipeline/reconcile")  # the claim ids kept with each partition (pipeline.reconcile.kept)
_ROOT = Path(__file__).resolve().parents[1]


@functools.lru_cache(maxsize=1)
def code_key() -> str:
    """A hash of the source files of the split (``schemas/*.py``, the plausibility bounds, the chunked split)."""
    digest = hashlib.sha256(f"pkdata-validation-{VALIDATION_VERSION}\0".encode())
    for entry in _CODE:
        path = _ROOT / entry
        for file in sorted(path.glob("*.py")) if path.is_dir() else [path]:
            digest.update(f"{file.relative_to(_ROOT)}\0".encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()


def validated_key(extracted: Path, organisation: Mapping[str, str]) -> str | None:
    """The key of a partition's split: the inputs key of its extracted rows (None when it has none: written with
    documents stopped by a bound), the missions' organisations (the plausibility bounds) and :func:`code_key`."""
    extraction = stored_key(extracted)
    if extraction is None:
        return None
    basis = f"{code_key()}\0{extraction}\0{json.dumps(sorted(organisation.items()))}"
    return hashlib.sha256(basis.encode("utf-8", "surrogatepass")).hexdigest()


def _frame(batch: pa.RecordBatch) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(batch.column(c).to_pylist(), dtype=object) for c in batch.schema.names})


def _split_table(name: str, shards: Shards, organisation: Mapping[str, str], path: Path,
                 implausible: list[dict]) -> tuple[np.ndarray, pd.DataFrame]:
    """One table of a partition split as ``pipeline.assets.tables.build_tables`` splits the whole table (the
    contributions as dicts, after their plausibility; the others as frames): whether each input row is valid, and
    the rejected rows of the split."""
    split = ChunkedSplit(name, path)
    kept: list[np.ndarray] = []
    seen: dict[str, int] = {}
    try:
        for batch in shards.batches(name, batch_rows=CHUNK_ROWS):
            if name != "contributions":
                split.add(_frame(batch))
                kept.append(split.last_kept)
                continue
            rows = batch.to_pylist()
            plausible, bad = split_plausible(rows, organisation, seen)
            implausible.extend(bad)
            ids = {id(r) for r in plausible}
            mask = np.fromiter((id(r) in ids for r in rows), dtype=bool, count=len(rows))
            split.add(plausible)
            mask[mask] = split.last_kept
            kept.append(mask)
    except BaseException:
        split.abort()
        raise
    _, rejected = split.close()
    return (np.concatenate(kept) if kept else np.zeros(0, dtype=bool)), rejected


def _per_document(kept: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """The number of kept rows of each document, its rows being ``counts`` consecutive ones."""
    cumulative = np.concatenate([[0], np.cumsum(kept, dtype=np.int64)])
    ends = np.cumsum(counts, dtype=np.int64)
    return cumulative[ends] - cumulative[ends - counts]


def validate_partition(extracted: Path, target: Path, organisation: Mapping[str, str],
                       key: str | None) -> None:
    """Split the rows of one partition's extraction folder into ``target`` (see the module docstring), written
    beside it and renamed into place."""
    extracted, target = Path(extracted), Path(target)
    staging = target.parent / f".{target.name}.staging-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    order = pq.read_table(extracted / ORDER_FILE)
    columns = {"source_name": order.column("source_name")}
    implausible: list[dict] = []
    rejected = []
    for name in PARTITION_TABLES:
        (staging / name).mkdir()
        kept, bad = _split_table(name, Shards(extracted), organisation, staging / name / VALID_PART, implausible)
        columns[name] = pa.array(_per_document(kept, order.column(name).to_numpy().astype(np.int64)), pa.int32())
        rejected.append(bad)
    for table in ORDER_TABLES:
        columns.setdefault(table, pa.array(np.zeros(order.num_rows, dtype=np.int32)))
    pq.write_table(pa.table(columns), staging / ORDER_FILE, compression="zstd")
    write_table("rejected_rows", coerce_frame("rejected_rows", implausible), staging / IMPLAUSIBLE_FILE)
    write_table("rejected_rows", coerce_frame("rejected_rows", pd.concat(rejected, ignore_index=True)),
                staging / REJECTED_FILE)
    if key is not None:
        (staging / KEY_FILE).write_text(key + "\n", encoding="utf-8")
    shutil.rmtree(target, ignore_errors=True)
    os.rename(staging, target)


def validate_partitions(extracted: PartitionedShards, root: Path, organisation: Mapping[str, str]) -> list[str]:
    """Split every partition of ``extracted`` whose folder under ``root`` was not written from its current key;
    the partitions split."""
    done = []
    for partition in extracted.partitions:
        key = validated_key(Path(extracted.root) / partition, organisation)
        if key is None or stored_key(Path(root) / partition) != key:
            validate_partition(Path(extracted.root) / partition, Path(root) / partition, organisation, key)
            done.append(partition)
    return done


def _union(root: Path, partitions: Sequence[str], file: str, columns: str) -> str:
    return " UNION ALL ".join(f"SELECT '{p}' AS p, {columns} FROM read_parquet({sql_path(Path(root) / p / file)})"
                              for p in partitions)


def cross_partition_clashes(root: Path, partitions: Sequence[str]) -> list[str]:
    """What makes the merge of the partitions' splits differ from the split of the whole tables: the tables of
    ``PARTITION_TABLES`` whose primary key is valid in two partitions, or whose rejected rows repeat one of another
    partition (the same JSON); ``rejected_rows`` for those of the implausible figures. Empty: the merge is the
    split."""
    con = duckdb.connect()
    try:
        con.execute("SET memory_limit = '256MB'")
        clashes = []
        for name in PARTITION_TABLES:
            pk = TABLES[name].primary_key[0]
            sql = (f"SELECT 1 FROM ({_union(root, partitions, f'{name}/{VALID_PART}', f'{pk} AS k')}) "
                   f"GROUP BY k HAVING count(DISTINCT p) > 1 LIMIT 1")
            if con.execute(sql).fetchall():
                clashes.append(name)
        for file in (REJECTED_FILE, IMPLAUSIBLE_FILE):
            sql = (f"SELECT DISTINCT table_name FROM ({_union(root, partitions, file, 'table_name, row_json')}) "
                   f"GROUP BY table_name, row_json HAVING count(DISTINCT p) > 1")
            found = [r[0] for r in con.execute(sql).fetchall()]
            clashes.extend(sorted(found) if file == REJECTED_FILE else ["rejected_rows"] * bool(found))
    finally:
        con.close()
    return list(dict.fromkeys(clashes))


def merge_valid(name: str, extracted: PartitionedShards, root: Path, path: Path) -> Path:
    """The partitions' valid rows of ``name`` as one Parquet file in the documents' order, each chunk of
    documents that ``build_tables`` splits at once (``CHUNK_ROWS`` extracted rows) written as one row group: the
    bytes of the whole table's split."""
    valid = PartitionedShards(Path(root), extracted.partitions)
    counts, kept = extracted._counts[name], valid._counts[name]
    streams = [_RowStream(Shards(Path(root) / p).batches(name, None, CHUNK_ROWS)) for p in valid.partitions]
    temporary = path.parent / f".{path.name}.{os.getpid()}.tmp"
    path.parent.mkdir(parents=True, exist_ok=True)
    with pq.ParquetWriter(temporary, arrow_schema(name), compression="zstd") as writer:
        for start, end in window_bounds(counts, CHUNK_ROWS):
            batch = _window(streams, valid._part[start:end], kept[start:end])
            if batch is not None:
                writer.write_table(pa.Table.from_batches([batch]))
    os.replace(temporary, path)
    return path


def rejected_of(root: Path, partitions: Sequence[str], file: str, name: str | None = None) -> list[pd.DataFrame]:
    """The partitions' rejected rows of one kind (``IMPLAUSIBLE_FILE``, ``REJECTED_FILE``), those of table ``name``
    when given, partition by partition."""
    frames = []
    for p in partitions:
        data = pq.read_table(Path(root) / p / file)
        if name is not None:
            data = data.filter(pc.equal(data.column("table_name"), name))
        if data.num_rows:
            frames.append(coerce_frame("rejected_rows", data.to_pandas(types_mapper=None).astype(object)))
    return frames
