"""The extraction asset: every document ingested and read by the rules, in parallel batches, with a cache.

The rows go to Parquet shards (``<output>/.cache/rows``, ``pipeline.shards``) as the batches come back; the
asset's value is where they are (a :class:`~pipeline.batch.CorpusResult` without rows), not the rows.

Only documents whose bytes, manifest row, extractor version or mission catalog changed are extracted; the rest
are read back from the cache (``<output>/.cache/extractions`` unless ``PKDATA_CACHE_DIR`` says otherwise). The
materialization's metadata says how many of each, and names the extracted ones.

Progress: a bar (documents done, rate, time left) on the terminal the process was started from, when there is
one, and a log line at most every ``LOG_EVERY_SECONDS`` in any case, so that the Dagster UI and a log file show
it too.
"""

import os
import time
from pathlib import Path

import dagster as dg
from tqdm import tqdm

from pipeline.assets.sources import DocumentInventory
from pipeline.batch import Bounds, CorpusResult, Progress, extract_corpus, prune_cache
from pipeline.engines import engine_for
from pipeline.reference.catalog import MissionCatalog
from pipeline.settings import PipelineSettings

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
    """Where a build's extracted rows are written as Parquet shards: inside its own output folder."""
    return Path(settings.output_dir) / ".cache" / "rows"


@dg.asset(group_name="extraction",
          description="Rows extracted from each document (contributions, events, mission mentions); unchanged "
                      "documents are read back from the extraction cache.")
def document_extractions(context: dg.AssetExecutionContext, settings: PipelineSettings,
                         document_inventory: DocumentInventory, mission_catalog: MissionCatalog) -> CorpusResult:
    sources = document_inventory.sources
    report = ProgressReport(context.log.info)
    engine = engine_for(settings.scheduler)
    context.log.info(f"extraction runs on {engine.describe()}")
    try:
        result = extract_corpus(
            sources, mission_catalog, cache_dir=settings.cache_path(),
            workers=settings.worker_count(), batch_size=settings.batch_size, progress=report,
            bounds=Bounds(settings.work_budget or None, settings.document_seconds or None, settings.memory_budget_mb),
            engine=engine,
            shard_dir=rows_dir(settings),
        )
    finally:
        report.close()
    # A cache of its own (the default, inside the output folder) serves this corpus only: what no document
    # uses any more can go. A cache shared through PKDATA_CACHE_DIR is left alone.
    pruned = 0 if settings.cache_dir else prune_cache(settings.cache_path(), sources, mission_catalog)
    assert result.shards is not None
    counts = result.shards.counts
    names = list(result.extracted[:MAX_NAMES])
    if len(result.extracted) > MAX_NAMES:
        names.append(f"... and {len(result.extracted) - MAX_NAMES} more")
    context.add_output_metadata({
        "documents": len(sources), "extracted": result.n_extracted, "from_cache": result.n_cached,
        "extracted_documents": dg.MetadataValue.json(names), "cache_entries_pruned": pruned,
        # Documents stopped by a bound are not cached: the next build tries them again (pipeline.uptodate).
        "not_cached": result.n_not_cached,
        "seconds": round(result.seconds, 3),
        "contributions": counts["contributions"], "events": counts["events"],
        "mission_mentions": counts["mission_mentions"],
        "rows_dir": dg.MetadataValue.path(str(result.shards.root)),
    })
    return result
