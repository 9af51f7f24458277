"""The extraction asset: every document ingested and read by the rules, in parallel batches, with a cache.

Partitioned: a document belongs to one of 16 partitions, a stable hash shard of its source name
(``pipeline.partitions``, which says why not by the date it was added). Each partition's rows go to Parquet shards
of its own (``<output>/.cache/rows/<partition>``, ``pipeline.shards``) as the batches come back; the asset has no
value for Dagster to store (the files are its output), and ``validated_tables`` reads every partition's shards
(``AllPartitionMapping``). A run may cover one partition (a new document: its partition alone), a range of them
or all (a backfill, ``pkdata build`` on a new folder): ``BackfillPolicy.single_run`` makes a backfill one run, in
which one pool of processes (or the Dask cluster) extracts the documents of every partition in it.

A partition whose folder was written from the same inputs (``pipeline.partitions.partition_inputs``: the cache
key and manifest line of each of its documents) is left as it is, without reading its cached extractions.

Only documents whose bytes, manifest row, extractor version or mission catalog changed are extracted; the rest
are read back from the cache (``<output>/.cache/extractions`` unless ``PKDATA_CACHE_DIR`` says otherwise). The
materialization's metadata says how many of each, and names the extracted ones.

Progress: a bar (documents done, rate, time left) on the terminal the process was started from, when there is
one, and a log line at most every ``LOG_EVERY_SECONDS`` in any case, so that the Dagster UI and a log file show
it too.
"""

import os
import shutil
import time
import warnings
from pathlib import Path

import dagster as dg
from tqdm import tqdm

from pipeline.assets.sources import DocumentInventory
from pipeline.batch import Bounds, CorpusResult, ExtractionCache, Progress, extract_corpus, partition_keys, prune_cache
from pipeline.engines import engine_for
from pipeline.partitions import PARTITION_KEYS, partition_of, stored_key
from pipeline.reference.catalog import MissionCatalog
from pipeline.settings import PipelineSettings
from pipeline.shards import SHARD_TABLES, stored_cache_keys

LOG_EVERY_SECONDS = 10.0
MAX_NAMES = 20  # extracted documents named in the metadata


def _terminal_fd() -> int | None:
    """A copy of the standard error descriptor when it is a terminal, else None.

    Taken when the code location is loaded: while a step runs, Dagster points the process's standard error at
    the step's compute log, where a progress bar would only fill a file.
    """
    try:
        return os.dup(2) if os.isatty(2) else None
    except OSError:
        return None


_TERMINAL_FD = _terminal_fd()


class ProgressReport:
    """Shows an extraction's :class:`~pipeline.batch.Progress`: a tqdm bar on a terminal, periodic log lines."""

    def __init__(self, log, every: float = LOG_EVERY_SECONDS, stream=None):
        """``stream``: where the bar goes when it is a terminal; by default the terminal the process started in."""
        self.log = log
        self.every = every
        if stream is None and _TERMINAL_FD is not None:
            stream = os.fdopen(_TERMINAL_FD, "w", closefd=False)
        self.stream = stream
        self.bar: tqdm | None = None
        self.last_log = float("-inf")

    def __call__(self, p: Progress) -> None:
        if self.bar is None:
            interactive = self.stream is not None and hasattr(self.stream, "isatty") and self.stream.isatty()
            self.bar = tqdm(total=p.to_extract, desc="extracting", unit="doc", file=self.stream,
                            disable=not interactive or p.to_extract == 0, leave=False,
                            mininterval=0)  # one update per batch: draw each one
            self.log(f"extraction: {p.total:,} documents, {p.cached:,} from cache, {p.to_extract:,} to extract")
        self.bar.update(p.done - self.bar.n)
        now = time.monotonic()
        finished = p.done >= p.to_extract
        if p.done and (finished or now - self.last_log >= self.every):
            self.last_log = now
            self.log(f"extraction: {p.describe()}")

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
        if self.stream is not None and hasattr(self.stream, "flush"):
            self.stream.flush()


def rows_dir(settings: PipelineSettings) -> Path:
    """Where a build's extracted rows are written as Parquet shards, a folder per partition: inside its own
    output folder."""
    return Path(settings.output_dir) / ".cache" / "rows"


DOCUMENT_PARTITIONS = dg.StaticPartitionsDefinition(list(PARTITION_KEYS))
# One run for a range of partitions (a backfill, or `pkdata build` in a new folder): one pool of processes extracts
# them all. The asset returns no value for an IO manager to store (its shard folders are the output), which is
# what a single-run backfill requires.
SINGLE_RUN = dg.BackfillPolicy.single_run()


def bounds_of(settings: PipelineSettings) -> Bounds:
    return Bounds(settings.work_budget or None, settings.document_seconds or None, settings.memory_budget_mb)


def _drop_unpartitioned(root: Path) -> None:
    """Remove the shards of an extraction from before the partitions (``<root>/<table>``), if any."""
    for table in SHARD_TABLES:
        shutil.rmtree(root / table, ignore_errors=True)


def _prune(settings: PipelineSettings, result: CorpusResult | None, stale: list[str], old: dict,
           sources, catalog: MissionCatalog) -> int:
    """Remove the cache entries the rewritten partitions no longer use (their old cache keys less their new
    ones); every entry no document uses when a partition has no record of its old keys. A cache shared through
    PKDATA_CACHE_DIR is left alone."""
    if settings.cache_dir or result is None:
        return 0
    if any(old[p] is None for p in stale):
        return prune_cache(settings.cache_path(), sources, catalog)
    root = rows_dir(settings)
    gone = set().union(*(old[p] - (stored_cache_keys(root / p) or set()) for p in stale))
    return ExtractionCache(settings.cache_path()).remove(sorted(gone))


def _names(names: list[str]) -> list[str]:
    out = list(names[:MAX_NAMES])
    if len(names) > MAX_NAMES:
        out.append(f"... and {len(names) - MAX_NAMES} more")
    return out


def _extract(context, settings: PipelineSettings, sources, catalog: MissionCatalog, stale: list[str],
             keys: dict[str, str]) -> CorpusResult:
    """Extract the documents of the ``stale`` partitions into their folders."""
    wanted = set(stale)
    selected = [s for s in sources if partition_of(s.source_name) in wanted]
    report = ProgressReport(context.log.info)
    engine = engine_for(settings.scheduler)
    context.log.info(f"extraction of partitions {', '.join(stale)} runs on {engine.describe()}")
    try:
        return extract_corpus(
            selected, catalog, cache_dir=settings.cache_path(),
            workers=settings.worker_count(), batch_size=settings.batch_size, progress=report,
            bounds=bounds_of(settings), engine=engine,
            shard_dir=rows_dir(settings), partitions=stale, inputs_keys=keys,
        )
    finally:
        report.close()


def _partition_metadata(context, requested: list[str], stale: list[str], keys: dict[str, str], sources,
                        result: CorpusResult | None, pruned: int, root: Path) -> None:
    """The metadata of each partition's materialization: its documents, extracted and from the cache, whether
    it was kept as it was."""
    counts = dict.fromkeys(requested, 0)
    for s in sources:
        partition = partition_of(s.source_name)
        if partition in counts:
            counts[partition] += 1
    extracted: dict[str, list[str]] = {p: [] for p in requested}
    for name in result.extracted if result else ():
        extracted[partition_of(name)].append(name)
    for partition in requested:
        n_extracted = len(extracted[partition])
        context.add_asset_metadata({
            "documents": counts[partition], "extracted": n_extracted, "from_cache": counts[partition] - n_extracted,
            "extracted_documents": dg.MetadataValue.json(_names(extracted[partition])),
            # Kept as it was: written from the same inputs by an earlier run.
            "reused": partition not in stale,
            # Documents stopped by a bound are not cached: the next build tries them again (pipeline.uptodate).
            "not_cached": result.not_cached_by_partition.get(partition, 0) if result else 0,
            # Pruned by this run (reported on the first partition it ran, not counted twice).
            "cache_entries_pruned": pruned if stale and partition == stale[0] else 0,
            "seconds": round(result.seconds, 3) if result and partition in stale else 0.0,
            "inputs_key": keys[partition][:16],
            "rows_dir": dg.MetadataValue.path(str(root / partition)),
        }, partition_key=partition)


def materialize_partitions(context, settings: PipelineSettings, inventory: DocumentInventory,
                           catalog: MissionCatalog) -> None:
    """Extract the run's partitions (``context.partition_keys``) whose folder was not written from their current
    inputs, into their folders; prune what the cache no longer needs; report each partition."""
    sources = inventory.sources
    root = rows_dir(settings)
    requested = list(context.partition_keys)
    keys = partition_keys(sources, catalog, bounds_of(settings))
    stale = [p for p in requested if stored_key(root / p) != keys[p]]
    old = {p: stored_cache_keys(root / p) for p in stale}
    result = _extract(context, settings, sources, catalog, stale, keys) if stale else None
    _drop_unpartitioned(root)
    pruned = _prune(settings, result, stale, old, sources, catalog)
    _partition_metadata(context, requested, stale, keys, sources, result, pruned, root)


# Dagster calls `backfill_policy` beta and says so at every import of the code location: not here.
with warnings.catch_warnings():
    warnings.simplefilter("ignore", dg.BetaWarning)

    @dg.asset(group_name="extraction", partitions_def=DOCUMENT_PARTITIONS, backfill_policy=SINGLE_RUN,
              description="Rows extracted from each document (contributions, events, mission mentions), partition "
                          "by partition (a stable hash shard of the source name) into Parquet shards; unchanged "
                          "partitions are kept, unchanged documents read back from the extraction cache.")
    def document_extractions(context: dg.AssetExecutionContext, settings: PipelineSettings,
                             document_inventory: DocumentInventory, mission_catalog: MissionCatalog) -> None:
        materialize_partitions(context, settings, document_inventory, mission_catalog)
