"""Claims kept between builds (issue 12): only the claim keys whose rows or sources changed are built again.

A claim (``claims``, ``event_claims``) is a function of its key's rows and of the story and publication date of
their documents, whatever the rows' order (``pipeline.reconcile.claims``), and its row of the table is its schema
split's outcome. With a partitioned build (``pipeline.validated_partitions``):

1. each partition's valid rows get their claim id (the hash of their claim key) once, kept in the partition's folder
   (``_ids_<table>.parquet``, with the partition's key): a build computes them only for the partitions split again;
2. the ids are merged in the corpus's order (as the valid rows are), so the claims' order, that of their keys' first
   appearance, is ``pyarrow.compute.unique`` of that column;
3. DuckDB gives each claim id a fingerprint of its rows (the columns the claims read) and of their documents' story
   and date; a claim whose fingerprint equals the one kept from the previous build is copied from the previous
   build's file, the others are built (from their rows alone) and split against the schema;
4. the rows are written in the order of step 2, ``CHUNK_ROWS`` claims per row group, as the whole build writes them.

The kept state (``<cache>/<table>.parquet``, the previous claims; ``<cache>/<table>.fp.parquet``, their
fingerprints; both with :func:`code_key`) is only written when no claim was rejected, so the copied rows are valid
ones; a build with a rejected claim, or without kept state, builds every claim (the caller's whole path).

Pure Python (pyarrow, DuckDB): no Dagster here.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.partitions import stored_key
from pipeline.reconcile.claims import _hash, claim_key, event_key, iter_claims, iter_event_claims
from pipeline.reconcile.grouping import table_records
from pipeline.shards import PartitionedShards, _RowStream, _window
from pipeline.table_validation import CHUNK_ROWS, split_chunks
from pipeline.validated_partitions import VALID_PART, code_key
from schemas.arrow import arrow_schema

KEY_META = b"pkdata_key"


def _claim_id(row) -> str:
    return _hash("claim", *claim_key(row))


def _event_claim_id(row) -> str:
    return _hash("event", *event_key(row))


# claims table -> (rows' table, id column of the claims, id of a row's claim, builder of claims from buckets)
RECONCILED = {
    "claims": ("contributions", "claim_id", _claim_id, iter_claims),
    "event_claims": ("events", "event_claim_id", _event_claim_id, iter_event_claims),
}


def _stored(path: Path) -> str | None:
    try:
        meta = pq.read_schema(path).metadata or {}
    except (OSError, pa.ArrowInvalid):
        return None
    value = meta.get(KEY_META)
    return value.decode() if value else None


def _with_key(table: pa.Table, key: str) -> pa.Table:
    return table.replace_schema_metadata({**(table.schema.metadata or {}), KEY_META: key.encode()})


def partition_ids(folder: Path, source: str, columns: Sequence[str], claim_id: Callable) -> Path:
    """The claim id of each valid row of ``source`` in one partition's folder, in its rows' order: kept in
    ``_ids_<source>.parquet`` and computed again only when the partition's key (``_inputs_key``) changed."""
    folder = Path(folder)
    path = folder / f"_ids_{source}.parquet"
    key = stored_key(folder)
    if key is not None and _stored(path) == key:
        return path
    rows = table_records(pq.read_table(folder / source / VALID_PART, columns=list(columns)))
    table = pa.table({"id": pa.array([claim_id(r) for r in rows], pa.string())})
    if key is not None:
        table = _with_key(table, key)
    temporary = path.parent / f".{path.name}.{os.getpid()}.tmp"
    pq.write_table(table, temporary, compression="zstd")
    os.replace(temporary, path)
    return path


def merged_ids(extracted: PartitionedShards, root: Path, source: str, columns: Sequence[str],
               claim_id: Callable) -> pa.Array:
    """The claim id of every valid row of ``source``, in the corpus's order (that of the merged valid rows)."""
    valid = PartitionedShards(Path(root), extracted.partitions)
    files = [partition_ids(Path(root) / p, source, columns, claim_id) for p in valid.partitions]
    streams = [_RowStream(pq.ParquetFile(f).iter_batches(batch_size=CHUNK_ROWS)) for f in files]
    batch = _window(streams, valid._part, valid._counts[source])
    return pa.array([], pa.string()) if batch is None else batch.column(0)


def fingerprints(rows_file: Path, columns: Sequence[str], ids: pa.Array, documents_file: Path) -> pa.Table:
    """Claim id -> fingerprint (an md5 over its rows' ``columns`` and their documents' story and date), by DuckDB:
    an md5 per row, the group's sorted and hashed again (32 bytes a row held, not the rows' JSON)."""
    con = duckdb.connect()
    try:
        con.execute("SET memory_limit = '512MB'")
        rows = pq.read_table(rows_file, columns=list(columns)).append_column("_id", ids)
        documents = pq.read_table(documents_file, columns=["doc_id", "published_date", "story_id"])
        con.register("r", rows)
        con.register("d", documents)
        return con.sql(
            "SELECT _id AS id, md5(string_agg(h, ',' ORDER BY h)) AS fp FROM ("
            " SELECT r._id, md5(to_json(r) || chr(31) || coalesce(to_json(d), 'null')) AS h"
            " FROM r LEFT JOIN d ON r.doc_id = d.doc_id) GROUP BY _id").to_arrow_table()
    finally:
        con.close()


def _write(table: pa.Table, name: str, path: Path) -> Path:
    temporary = path.parent / f".{path.name}.{os.getpid()}.tmp"
    path.parent.mkdir(parents=True, exist_ok=True)
    with pq.ParquetWriter(temporary, arrow_schema(name), compression="zstd") as writer:
        for start in range(0, table.num_rows, CHUNK_ROWS):
            writer.write_table(table.slice(start, CHUNK_ROWS).combine_chunks())
    os.replace(temporary, path)
    return path


def _chunks(rows: Iterator[dict]) -> Iterator[list[dict]]:
    chunk: list[dict] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == CHUNK_ROWS:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def keep(name: str, cache: Path, path: Path, fp: pa.Table) -> None:
    """Keep the claims' file ``path`` and their fingerprints under ``cache`` for the next build."""
    cache = Path(cache)
    cache.mkdir(parents=True, exist_ok=True)
    # The fingerprints go first and come back last: a build stopped in between leaves no kept state, never a
    # file whose claims do not match the fingerprints beside it.
    (cache / f"{name}.fp.parquet").unlink(missing_ok=True)
    shutil.copyfile(path, cache / f".{name}.tmp")
    os.replace(cache / f".{name}.tmp", cache / f"{name}.parquet")
    pq.write_table(_with_key(fp, code_key()), cache / f".{name}.fp.tmp")
    os.replace(cache / f".{name}.fp.tmp", cache / f"{name}.fp.parquet")


def forget(name: str, cache: Path) -> None:
    for file in (f"{name}.parquet", f"{name}.fp.parquet"):
        (Path(cache) / file).unlink(missing_ok=True)


def build_kept(name: str, files: dict[str, Path], columns: dict[str, tuple[str, ...]], extracted: PartitionedShards,
               root: Path, cache: Path, path: Path) -> tuple[int | None, pa.Table]:
    """The claims of ``name`` written to ``path`` from the kept ones and those whose fingerprint changed: the number
    of claims built (None when there is no kept state or a built claim was rejected: nothing written to ``path``
    then, the caller builds every claim), and the fingerprints (to :func:`keep`)."""
    source, id_column, claim_id, build = RECONCILED[name]
    ids = merged_ids(extracted, root, source, columns[source], claim_id)
    fp = fingerprints(files[source], columns[source], ids, files["documents"])
    kept_fp_file, kept_file = Path(cache) / f"{name}.fp.parquet", Path(cache) / f"{name}.parquet"
    if _stored(kept_fp_file) != code_key() or not kept_file.is_file():
        return None, fp
    order = pc.unique(ids)
    kept_fp = pq.read_table(kept_fp_file)
    joined = fp.join(kept_fp, "id", join_type="left outer", right_suffix="_kept")
    same = pc.fill_null(pc.equal(joined.column("fp"), joined.column("fp_kept")), False)
    stale = joined.filter(pc.invert(same)).column("id")
    rows = pq.read_table(files[source], columns=list(columns[source]))
    rows = rows.filter(pc.is_in(ids, value_set=stale.combine_chunks()))
    documents = pq.read_table(files["documents"], columns=list(columns["documents"]))
    documents = documents.filter(pc.is_in(documents.column("doc_id"), value_set=rows.column("doc_id").unique()))
    built_file = path.parent / f".{name}.built.{os.getpid()}.parquet"
    try:
        _, bad = split_chunks(name, _chunks(build([table_records(rows)], table_records(documents))), built_file)
        built = pq.read_table(built_file)
    finally:
        built_file.unlink(missing_ok=True)
    if len(bad):
        return None, fp
    previous = pq.read_table(kept_file)
    previous = previous.filter(pc.invert(pc.is_in(previous.column(id_column), value_set=stale.combine_chunks())))
    both = pa.concat_tables([previous, built])
    where = pc.index_in(order, value_set=both.column(id_column).combine_chunks())
    if where.null_count:
        return None, fp
    _write(both.take(where), name, path)
    return built.num_rows, fp
