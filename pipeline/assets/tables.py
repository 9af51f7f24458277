"""Validated tables: extracted rows coerced to the registry's types and split into valid and rejected rows.

Nothing is dropped silently: rows that fail their pandera schema, implausible figures (``pipeline.plausibility``)
and the problems of the document inventory
(a manifest row naming a missing file, a broken manifest line...), all land in ``rejected_rows`` with a reason.
"""

import hashlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

import dagster as dg
import numpy as np
import pandas as pd
import pyarrow.parquet as pq

from pipeline.assets.monitoring import column_schema
from pipeline.assets.sources import DocumentInventory
from pipeline.batch import SIGNATURE_ROWS, CorpusResult
from pipeline.official_cache import ValidatedOfficial
from pipeline.partitions import PARTITION_KEYS
from pipeline.plausibility import split_plausible
from pipeline.reconcile.claims import claim_key, event_key, iter_claims, iter_event_claims
from pipeline.reconcile.grouping import file_records, grouped_records
from pipeline.reconcile.kept import build_kept, forget, keep
from pipeline.reconcile.stories import story_ids
from pipeline.reference.catalog import MissionCatalog
from pipeline.reference.official import OfficialFigures
from pipeline.settings import PipelineSettings
from pipeline.shards import PartitionedShards, trim_heap
from pipeline.table_validation import (
    CHUNK_ROWS,
    file_foreign_key_failures,
    file_schema_failures,
    schema_failures,
    split_chunks,
    write_table,
)
from pipeline.validated_partitions import (
    IMPLAUSIBLE_FILE,
    PARTITION_TABLES,
    REJECTED_FILE,
    cross_partition_clashes,
    merge_valid,
    rejected_of,
    validate_partitions,
)
from schemas.validation import coerce_frame, split_valid

EXTRACTED_TABLES = ("documents", "contributions", "events", "mission_mentions")
CATALOG_TABLES = ("missions", "mission_aliases")
OFFICIAL_TABLES = ("official_contributions", "mission_strength")
RECONCILED_TABLES = ("claims", "event_claims")
KEPT_FOLDER = "_claims"  # under the partitions' splits: the claims kept between builds (pipeline.reconcile.kept)
TABLE_NAMES = (*EXTRACTED_TABLES, *CATALOG_TABLES, *OFFICIAL_TABLES)
ALL_TABLES = (*TABLE_NAMES, *RECONCILED_TABLES, "rejected_rows")


def inventory_problem_rows(problems) -> list[dict]:
    """Inventory problems in the shape of ``rejected_rows``.

    Ids hash the problem's content; two problems with the same content (a manifest fault reported twice) get the
    occurrence number in the hash too, so ids cannot collide and stay the same from build to build.
    """
    rows = []
    seen: Counter = Counter()
    for p in problems:
        row_json = p.get("row_json") or ""
        basis = f"inventory\n{p.get('source_name')}\n{p.get('check')}\n{p.get('reason')}\n{row_json}"
        seen[basis] += 1
        if seen[basis] > 1:
            basis += f"\n#{seen[basis]}"
        digest = hashlib.sha256(basis.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        rows.append({"rejected_id": digest, "table_name": "documents", "doc_id": None,
                     "check_name": p.get("check") or "inventory", "reason": p.get("reason") or "", "row_json": row_json})
    return rows


def _signatures(corpus: CorpusResult) -> dict:
    """doc_id -> MinHash signature: rows of one numpy matrix per record batch of the shards (not a Python list of
    ints per document), or the in-memory lists."""
    if corpus.shards is None:
        return {r["doc_id"]: r["minhash"] for r in corpus.table_rows(SIGNATURE_ROWS)}
    signatures: dict = {}
    for batch in corpus.shards.batches(SIGNATURE_ROWS, batch_rows=CHUNK_ROWS):
        column = batch.column("minhash")
        values = column.values.to_numpy(zero_copy_only=False).astype(np.uint64)  # offsets index the whole child
        offsets = column.offsets.to_numpy()
        for i, (doc_id, valid) in enumerate(zip(batch.column("doc_id").to_pylist(), column.is_valid().to_pylist())):
            signatures[doc_id] = values[offsets[i]:offsets[i + 1]] if valid else None
    return signatures


def _stories(corpus: CorpusResult) -> dict[str, str]:
    """doc_id -> story_id (near-duplicate texts share one), from the documents' ids and dates and the signatures."""
    if corpus.shards is not None:
        documents = corpus.shards.arrow("documents", ["doc_id", "published_date"]).to_pylist()
    else:
        documents = corpus.table_rows("documents")
    return story_ids(documents, _signatures(corpus))


def with_story_ids(corpus: CorpusResult) -> Iterator[list[dict]]:
    """The ``documents`` rows with their ``story_id``, in chunks (the corpus's own records stay as they are)."""
    stories = _stories(corpus)
    for chunk in _extracted_chunks(corpus, "documents", as_frames=False):
        documents = [dict(d) for d in chunk] if corpus.shards is None else chunk
        for d in documents:
            d["story_id"] = stories.get(d["doc_id"])
        yield documents


# The materialization metadata in which ``validated_tables`` leaves the result of each blocking check, and the
# asset that carries the foreign keys' one.
CHECK_METADATA = {"schema": "checks/schema", "foreign_keys": "checks/foreign_keys"}
FK_ASSET = "contributions"
MAX_FAILURE_CASES = 20


def _failure_metadata(failures: list[dict]) -> dg.MetadataValue:
    """A check's result as metadata: the number of failure cases and the first ``MAX_FAILURE_CASES``."""
    return dg.MetadataValue.json({"failures": len(failures), "failure_cases": failures[:MAX_FAILURE_CASES]})


def _slices(rows: list, size: int = CHUNK_ROWS) -> Iterator[list]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def _chunks(rows: Iterable[dict], size: int = CHUNK_ROWS) -> Iterator[list[dict]]:
    """Rows in lists of ``size`` (the last one shorter), as ``_slices`` cuts a list."""
    rows = iter(rows)
    while chunk := list(islice(rows, size)):
        yield chunk


def _extracted_chunks(corpus: CorpusResult, name: str, as_frames: bool) -> Iterator[list[dict] | pd.DataFrame]:
    """The rows of an extracted table in chunks, in document order: record batches of the shards (frames of
    Python objects, or dicts), or slices of the in-memory rows."""
    if corpus.shards is None:
        yield from _slices(corpus.table_rows(name))
        return
    for batch in corpus.shards.batches(name, batch_rows=CHUNK_ROWS):
        if as_frames:
            yield pd.DataFrame({c: pd.Series(batch.column(c).to_pylist(), dtype=object)
                                for c in batch.schema.names})
        else:
            yield batch.to_pylist()


def _plausible_chunks(corpus: CorpusResult, catalog: MissionCatalog,
                      implausible: list[pd.DataFrame]) -> Iterator[list[dict]]:
    """The contributions in chunks, without the implausible figures (those go to ``implausible``): a figure
    above what any contingent or mission has ever had is rejected with its bound, never published."""
    organisation = {m["mission_acronym"]: m["organisation"] for m in catalog.missions}
    seen: dict[str, int] = {}
    rejected: list[dict] = []
    for rows in _extracted_chunks(corpus, "contributions", as_frames=False):
        kept, bad = split_plausible(rows, organisation, seen)
        rejected.extend(bad)
        yield kept
    implausible.append(coerce_frame("rejected_rows", rejected))


def _missions(corpus: CorpusResult, catalog: MissionCatalog) -> list[dict]:
    """The catalog's missions with the number of documents that mention each."""
    if corpus.shards is not None:
        pairs = set()
        for batch in corpus.shards.batches("mission_mentions", ["doc_id", "mission_acronym"], CHUNK_ROWS):
            pairs.update((m["doc_id"], m["mission_acronym"]) for m in batch.to_pylist() if m["mission_acronym"])
    else:
        pairs = {(m["doc_id"], m["mission_acronym"]) for m in corpus.table_rows("mission_mentions")
                 if m["mission_acronym"]}
    docs_per_mission = Counter(acronym for _, acronym in pairs)
    return [{**m, "n_documents": docs_per_mission.get(m["mission_acronym"], 0)} for m in catalog.missions]


def _whole_split(name: str, corpus: CorpusResult, catalog: MissionCatalog,
                 official: OfficialFigures | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The split of a small table (the catalog's, the official figures), in one piece."""
    if isinstance(official, ValidatedOfficial) and name in official.valid:
        return official.valid[name], official.rejected[name]
    if name == "missions":
        rows = _missions(corpus, catalog)
    elif name == "mission_aliases":
        rows = list(catalog.aliases)
    elif official is None:
        rows = []
    else:
        rows = official.contributions if name == "official_contributions" else official.mission_strength
    return split_valid(name, rows)


# What the claims read of the valid rows (``pipeline.reconcile.claims``; of the evidence, only an event's is read).
CLAIM_INPUTS = {
    "documents": ("doc_id", "published_date", "story_id"),
    "contributions": ("contribution_id", "doc_id", "contributor_iso3", "mission_acronym", "scope", "personnel_type",
                      "count_low", "count_high", "count_best", "count_approx", "status", "as_of_date",
                      "as_of_precision"),
    "events": ("event_id", "doc_id", "event_date", "date_precision", "actor_iso3", "actor_organisation",
               "event_type", "mission_acronym", "is_planned", "evidence"),
}


@dataclass
class BuiltTables:
    """The validated tables as Parquet files (name -> path), their row counts, and ``rejected_rows`` as a frame
    (also in its file); the partitions whose split was computed again (``pipeline.validated_partitions``), and
    whether the kept splits of the partitions were merged (else every table was split whole); how many claims of
    each reconciled table were built (None: every one; else the others were kept, ``pipeline.reconcile.kept``)."""

    files: dict[str, Path]
    rows: dict[str, int]
    rejected: pd.DataFrame
    validated: list[str] = field(default_factory=list)
    merged: bool = False
    claims_built: dict[str, int | None] = field(default_factory=dict)


def _partition_splits(corpus: CorpusResult, catalog: MissionCatalog,
                      validated: Path | None) -> tuple[list[str], bool]:
    """Each partition's split of ``PARTITION_TABLES`` brought up to date under ``validated``: the partitions
    split again, and whether their merge is the split of the whole tables (no clash across partitions)."""
    if validated is None or not isinstance(corpus.shards, PartitionedShards):
        return [], False
    organisation = {m["mission_acronym"]: m["organisation"] for m in catalog.missions}
    done = validate_partitions(corpus.shards, validated, organisation)
    return done, not cross_partition_clashes(validated, corpus.shards.partitions)


def _split_extracted(name: str, corpus: CorpusResult, catalog: MissionCatalog, path: Path,
                     implausible: list[pd.DataFrame], merged: Path | None) -> tuple[Path, pd.DataFrame]:
    """The split of an extracted table: merged from the partitions' kept splits (``merged``: their folder), or
    computed over the whole table chunk by chunk."""
    if merged is not None and name in PARTITION_TABLES:
        partitions = corpus.shards.partitions
        if name == "contributions":
            implausible.extend(rejected_of(merged, partitions, IMPLAUSIBLE_FILE))
        bad = rejected_of(merged, partitions, REJECTED_FILE, name)
        return (merge_valid(name, corpus.shards, merged, path),
                pd.concat(bad, ignore_index=True) if bad else coerce_frame("rejected_rows", []))
    if name == "documents":
        chunks = with_story_ids(corpus)
    elif name == "contributions":
        chunks = _plausible_chunks(corpus, catalog, implausible)
    else:
        chunks = _extracted_chunks(corpus, name, as_frames=True)
    return split_chunks(name, chunks, path)


def _reconciled(name: str, files: dict[str, Path], folder: Path, corpus: CorpusResult,
                merged: Path | None) -> tuple[Path, pd.DataFrame, int | None]:
    """A reconciled table's file and rejected rows: with the partitions' splits merged (``merged``: their folder),
    the claims kept from the previous build and only those whose rows or sources changed built again
    (``pipeline.reconcile.kept``); else, or without kept claims, every claim built, bucket by bucket. Also the
    number of claims built (None: every one)."""
    path = folder / f"{name}.parquet"
    if merged is not None:
        cache = Path(merged) / KEPT_FOLDER
        built, fp = build_kept(name, files, CLAIM_INPUTS, corpus.shards, merged, cache, path)
        if built is not None:
            keep(name, cache, path, fp)
            return path, coerce_frame("rejected_rows", []), built
    source, key, build = {"claims": ("contributions", claim_key, iter_claims),
                          "event_claims": ("events", event_key, iter_event_claims)}[name]
    documents = file_records(files["documents"], CLAIM_INPUTS["documents"])
    buckets = grouped_records(files[source], CLAIM_INPUTS[source], key)
    path, bad = split_chunks(name, _chunks(build(buckets, documents)), path)
    if merged is not None and len(bad):
        forget(name, Path(merged) / KEPT_FOLDER)  # kept claims are valid ones only
    elif merged is not None:
        keep(name, Path(merged) / KEPT_FOLDER, path, fp)
    return path, bad, None


def build_tables(corpus: CorpusResult, catalog: MissionCatalog, inventory: DocumentInventory,
                 official: OfficialFigures | None, folder: Path, validated: Path | None = None) -> BuiltTables:
    """All published tables, validated, plus ``rejected_rows``, as Parquet files in ``folder``. The reconciled
    tables (``claims``, ``event_claims``) are built from the valid rows of ``contributions``, ``events`` and
    ``documents``.

    One table at a time; the extracted tables chunk by chunk (``pipeline.table_validation.ChunkedSplit``): read
    from the extraction's shards, split into valid rows (appended to the table's file) and rejected rows. With
    ``validated`` (a folder) and a partitioned extraction, the split of ``contributions``, ``events`` and
    ``mission_mentions`` is kept per partition there and computed again only for the partitions whose rows
    changed (``pipeline.validated_partitions``); the outcome is the same."""
    folder = Path(folder)
    files: dict[str, Path] = {}
    rows: dict[str, int] = {}
    rejected = [coerce_frame("rejected_rows", inventory_problem_rows(inventory.problems))]
    implausible: list[pd.DataFrame] = []
    splits: dict[str, pd.DataFrame] = {}
    done, merged = _partition_splits(corpus, catalog, validated)
    claims_built: dict[str, int | None] = {}
    for name in TABLE_NAMES:
        path = folder / f"{name}.parquet"
        if name in EXTRACTED_TABLES:
            files[name], splits[name] = _split_extracted(name, corpus, catalog, path, implausible,
                                                         validated if merged else None)
            rows[name] = pq.ParquetFile(path).metadata.num_rows
        else:
            ok, splits[name] = _whole_split(name, corpus, catalog, official)
            files[name], rows[name] = write_table(name, ok, path), len(ok)
    rejected.extend(implausible)
    rejected.extend(splits[name] for name in TABLE_NAMES)  # the order rejected_rows always had
    for name in RECONCILED_TABLES:
        files[name], bad, claims_built[name] = _reconciled(name, files, folder, corpus, validated if merged else None)
        rows[name] = pq.ParquetFile(files[name]).metadata.num_rows
        rejected.append(bad)
    all_rejected = coerce_frame("rejected_rows", pd.concat(rejected, ignore_index=True))
    files["rejected_rows"] = write_table("rejected_rows", all_rejected, folder / "rejected_rows.parquet")
    rows["rejected_rows"] = len(all_rejected)
    return BuiltTables(files, rows, all_rejected, done, merged, claims_built)


def tables_dir(settings: PipelineSettings) -> Path:
    """Where ``validated_tables`` writes the tables it hands on (``<output>/.cache/tables``)."""
    return Path(settings.output_dir) / ".cache" / "tables"


def validated_dir(settings: PipelineSettings) -> Path:
    """Where ``validated_tables`` keeps each partition's split (``<output>/.cache/validated/<partition>``)."""
    return Path(settings.output_dir) / ".cache" / "validated"


def extracted_corpus(settings: PipelineSettings) -> CorpusResult:
    """The rows of every partition of ``document_extractions`` (``<output>/.cache/rows/<partition>``), read as one
    corpus in the documents' order (``pipeline.shards.PartitionedShards``)."""
    from pipeline.assets.extraction import rows_dir

    return CorpusResult([], 0, 0, 0.0, shards=PartitionedShards(rows_dir(settings), PARTITION_KEYS))


@dg.multi_asset(
    group_name="tables",
    outs={name: dg.AssetOut(description=f"The validated `{name}` table: the path of its Parquet file.")
          for name in ALL_TABLES},
    # Every partition of the extraction: the tables are built from all their shards, whichever ran last.
    deps=[dg.AssetDep("document_extractions", partition_mapping=dg.AllPartitionMapping())],
)
def validated_tables(context: dg.AssetExecutionContext, settings: PipelineSettings,
                     mission_catalog: MissionCatalog, document_inventory: DocumentInventory,
                     official_figures: OfficialFigures):
    trim_heap()
    built = build_tables(extracted_corpus(settings), mission_catalog, document_inventory, official_figures,
                         tables_dir(settings), validated_dir(settings))
    context.log.info(f"validation: {len(built.validated)} partition(s) split again "
                     f"({', '.join(built.validated) or 'none'}); "
                     f"{'partition splits merged' if built.merged else 'whole tables split'}; claims built "
                     + ", ".join(f"{k}: {'all' if v is None else v}" for k, v in built.claims_built.items()))
    trim_heap()
    rejected = built.rejected
    foreign_keys = file_foreign_key_failures(built.files)
    for name in ALL_TABLES:
        n_rejected = int((rejected["table_name"] == name).sum()) if name != "rejected_rows" else 0
        # What the blocking checks report (pipeline.assets.checks): computed here, once, not by loading the tables
        # again (pipeline.table_validation).
        failures = (schema_failures(name, rejected) if name == "rejected_rows"
                    else file_schema_failures(name, built.files[name]))
        checks = {CHECK_METADATA["schema"]: _failure_metadata(failures)}
        if name == FK_ASSET:
            checks[CHECK_METADATA["foreign_keys"]] = _failure_metadata(foreign_keys)
        n = built.rows[name]
        # The output is the file's path: the table itself is never pickled.
        yield dg.Output(str(built.files[name]), output_name=name, metadata={
            "rows": n, "rejected_rows": n_rejected, "dagster/row_count": n, "path": str(built.files[name]),
            "dagster/column_schema": column_schema(name), **checks})
