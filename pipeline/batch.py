"""Extraction of many documents: batches in parallel processes, with a per-document cache.

A document is extracted again only when something that can change its rows changed: its bytes, its manifest
entry, the extractor version or the mission catalog. Everything else is read back from the cache, so adding one
document to a large corpus extracts one document. The unit of parallel work is a batch of documents, so that a
million documents make a few thousand tasks, not a million. Progress (documents done, rate, time left) goes to a
callback as :class:`Progress` after each batch; :func:`prune_cache` removes the entries of documents that are
gone.

Pure Python: the Dagster assets call :func:`extract_corpus`; so can anything else.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import as_completed
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.bounds import (
    DEFAULT_DOCUMENT_SECONDS,
    DEFAULT_MEMORY_BUDGET_MB,
    WallClockExceeded,
    memory_estimate,
    wall_clock_guard,
)
from pipeline.engines import LOCAL, Engine
from pipeline.extract.types import DocumentContext
from pipeline.extract.version import DEFAULT_WORK_BUDGET, EXTRACTOR_VERSION, learned_model_hash
from pipeline.ingest.inventory import SourceFile
from pipeline.ingest.readers import ingest
from pipeline.partitions import by_partition, partition_inputs
from pipeline.reconcile import stories
from pipeline.reference.catalog import MissionCatalog
from pipeline.shards import (
    ROW_TABLES,
    SHARD_TABLES,
    SIGNATURE_ROWS,
    PartitionWriter,
    Shards,
    ShardWriter,
    shard_schema,
)
from schemas.registry import TABLES

if TYPE_CHECKING:
    from pipeline.extract.missions import MissionMatcher

__all__ = ["ROW_TABLES", "SIGNATURE_ROWS", "Bounds", "CorpusResult", "DocumentResult", "ExtractionCache", "Progress",
           "cache_key", "extract_corpus", "extract_one", "partition_keys", "prune_cache"]

_DATE_COLUMNS = {name: {c.name for c in TABLES[name].columns if c.type == "date"}
                 for name in ("documents", *ROW_TABLES)}


@dataclass
class DocumentResult:
    """Everything one document yields: its ``documents`` row and the rows of each extracted table."""

    source_name: str
    record: dict
    rows: dict[str, list[dict]] = field(default_factory=dict)
    seconds: float = 0.0
    cacheable: bool = True  # False for a document stopped by a bound: the next build tries it again


@dataclass
class CorpusResult:
    """What an extraction gave: the documents' results in memory, or (``shards``) only where their rows were
    written (``pipeline.shards``), with ``documents`` left empty."""

    documents: list[DocumentResult]
    n_extracted: int
    n_cached: int
    seconds: float
    extracted: tuple[str, ...] = ()  # source names of the documents extracted in this run (not from the cache)
    shards: Shards | None = None
    n_not_cached: int = 0  # documents stopped by a bound: not cached, the next build tries them again
    not_cached_by_partition: dict[str, int] = field(default_factory=dict)  # the same, partition by partition

    def table_rows(self, name: str) -> list[dict]:
        """The rows of a table, in document order (read back from the shards when they were written)."""
        if self.shards is not None:
            return self.shards.rows(name)
        if name == "documents":
            return [d.record for d in self.documents]
        return [row for d in self.documents for row in d.rows.get(name, [])]


@dataclass(frozen=True)
class Progress:
    """Where an extraction stands: ``done`` of ``to_extract`` documents extracted after ``seconds``, besides
    ``cached`` documents read back from the cache (``total`` = ``cached`` + ``to_extract``)."""

    total: int
    cached: int
    to_extract: int
    done: int
    seconds: float

    @property
    def rate(self) -> float:
        """Documents extracted per second so far (0 before the first batch is back)."""
        return self.done / self.seconds if self.done and self.seconds > 0 else 0.0

    @property
    def seconds_left(self) -> float | None:
        """Time left at the rate so far; None before the first batch is back."""
        if self.done >= self.to_extract:
            return 0.0
        return (self.to_extract - self.done) / self.rate if self.rate else None

    def describe(self) -> str:
        """"extracted 1,280/10,000 documents (40,000 from cache), 52.1 docs/s, about 2 min 47 s left"."""
        text = f"extracted {self.done:,}/{self.to_extract:,} documents"
        if self.cached:
            text += f" ({self.cached:,} from cache)"
        if self.rate:
            text += f", {self.rate:.1f} docs/s"
        left = self.seconds_left
        if left is not None and self.done < self.to_extract:
            text += f", about {_duration(left)} left"
        return text


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


def cache_key(source: SourceFile, catalog_hash: str) -> str:
    """What a document's rows depend on: extractor version, learned model, catalog, bytes and manifest entry.

    The manifest line a row stands on is left out: inserting a row above it changes no extraction (the
    ``documents`` row's ``manifest_row`` is set again on a cache hit).
    """
    manifest = source.manifest
    meta = repr(sorted((k, v) for k, v in vars(manifest).items() if k != "line")) if manifest is not None else ""
    parts = (EXTRACTOR_VERSION, learned_model_hash(), stories.SIGNATURE_VERSION, catalog_hash, source.source_name, source.rel_path,
             source.content_sha256 or "", str(source.n_bytes), source.problem or "", meta)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def _to_json(obj):
    if isinstance(obj, date):
        return obj.isoformat()
    raise TypeError(f"cannot serialise {type(obj).__name__}")


def _dates_back(table: str, row: dict) -> dict:
    for col in _DATE_COLUMNS.get(table, ()):
        if isinstance(row.get(col), str):
            row[col] = date.fromisoformat(row[col])
    return row


class ExtractionCache:
    """One JSON file per document and cache key, written atomically; safe to share between processes."""

    def __init__(self, root: Path | None):
        self.root = root

    def _path(self, key: str) -> Path:
        assert self.root is not None
        return self.root / key[:2] / f"{key}.json"

    def has(self, key: str) -> bool:
        return self.root is not None and self._path(key).is_file()

    def get(self, key: str) -> dict | None:
        if self.root is None:
            return None
        try:
            payload = json.loads(self._path(key).read_text("utf-8"))
        except (OSError, ValueError):
            return None
        payload["record"] = _dates_back("documents", payload["record"])
        payload["rows"] = {t: [_dates_back(t, r) for r in rows] for t, rows in payload["rows"].items()}
        return payload

    def keys(self) -> set[str]:
        """The keys of every entry in the cache."""
        if self.root is None or not self.root.is_dir():
            return set()
        return {p.stem for p in self.root.glob("??/*.json")}

    def remove(self, keys: Iterable[str]) -> int:
        """Remove the entries of ``keys``; returns how many were there."""
        removed = 0
        for key in keys:
            try:
                self._path(key).unlink()
                removed += 1
            except FileNotFoundError:
                pass
        return removed

    def put(self, key: str, record: dict, rows: dict[str, list[dict]]) -> None:
        if self.root is None:
            return
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps({"record": record, "rows": rows}, default=_to_json, sort_keys=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(data)
        os.replace(tmp, path)


@dataclass(frozen=True)
class Bounds:
    """What one document may cost: rules' work units, wall-clock seconds (the last guard), and the memory budget
    the workers share (see ``pipeline.bounds``)."""

    work_budget: int | None = DEFAULT_WORK_BUDGET
    document_seconds: float | None = DEFAULT_DOCUMENT_SECONDS
    memory_budget_mb: int = DEFAULT_MEMORY_BUDGET_MB


# One matcher per worker process, built once by the pool's initializer (``pipeline.engines``).
_MATCHER: MissionMatcher | None = None


def load_rules() -> None:
    """Import the extraction rules (some 1,000 regular expressions compiled, about 0.5 s of CPU). Only a process
    that extracts a document needs them: a build whose documents all come from the cache, or the code location
    loaded by ``dagster dev``, never pays for them. Called before a pool of local processes starts, so that
    forked workers find them loaded."""
    import pipeline.extract.document  # noqa: F401


def extract_document(*args, **kwargs):
    """``pipeline.extract.document.extract_document``, the rules loaded at its first call."""
    from pipeline.extract.document import extract_document as extract

    return extract(*args, **kwargs)


def _init_worker(catalog: MissionCatalog) -> None:
    from pipeline.extract.missions import MissionMatcher

    global _MATCHER
    _MATCHER = MissionMatcher(catalog)


def extract_one(source: SourceFile, matcher: MissionMatcher, max_text_chars: int = 20_000_000,
                bounds: Bounds = Bounds()) -> DocumentResult:
    """Ingest and extract one document; bad input gives an error record and no rows, never an exception.

    A document beyond its work budget or the wall-clock guard gets an error record saying so (not cached)."""
    t0 = time.perf_counter()
    try:
        with wall_clock_guard(bounds.document_seconds):
            result = _extract_one(source, matcher, max_text_chars, bounds.work_budget)
    except WallClockExceeded:
        reason = (f"took longer than {bounds.document_seconds:g} s, the wall-clock guard: the document stalls "
                  "the rules or its reader; split it, remove it, or raise PKDATA_DOCUMENT_SECONDS")
        record = ingest(replace(source, problem=reason)).record  # an error record, nothing read
        result = DocumentResult(source.source_name, record, {t: [] for t in ROW_TABLES}, cacheable=False)
    result.seconds = time.perf_counter() - t0
    return result


def _extract_one(source: SourceFile, matcher: MissionMatcher, max_text_chars: int,
                 work_budget: int | None) -> DocumentResult:
    from pipeline.extract.document import WorkBudgetExceeded

    cacheable = True
    doc = ingest(source, max_text_chars=max_text_chars)
    record = doc.record
    rows: dict[str, list[dict]] = {t: [] for t in ROW_TABLES}
    if doc.text is not None and record.get("ingest_status") == "ok":
        published = source.manifest.published if source.manifest is not None else None
        if published is None and record.get("published_date") is not None and record.get("published_precision"):
            from pipeline.extract.types import PartialDate
            published = PartialDate(record["published_date"], record["published_precision"])
        ctx = DocumentContext(doc_id=record["doc_id"], published=published, language=record.get("language") or "en",
                              publisher=record.get("publisher"), url=record.get("url"))
        try:
            extracted = extract_document(doc.text, ctx, matcher, work_budget=work_budget)
        except WorkBudgetExceeded as exc:
            record = {**record, "ingest_status": "error", "ingest_error": str(exc)}
            cacheable = False
        except Exception as exc:  # a rule bug must not sink the corpus: record it on the document
            record = {**record, "ingest_status": "error", "ingest_error": f"extraction failed: {exc!r}"}
        else:
            rows = {"contributions": extracted.contributions, "events": extracted.events,
                    "mission_mentions": extracted.mission_mentions}
        minhash = stories.signature(doc.text)
        if minhash is not None:
            rows[SIGNATURE_ROWS] = [{"doc_id": record["doc_id"], "minhash": minhash}]
    return DocumentResult(source.source_name, record, rows, cacheable=cacheable)


def _run_batch(batch: Sequence[SourceFile], keys: Sequence[str], cache_root: str | None,
               bounds: Bounds = Bounds()) -> list[DocumentResult]:
    assert _MATCHER is not None
    cache = ExtractionCache(Path(cache_root) if cache_root else None)
    out = []
    for source, key in zip(batch, keys):
        result = extract_one(source, _MATCHER, bounds=bounds)
        if result.cacheable:
            cache.put(key, result.record, result.rows)
        out.append(result)
    return out


def memory_refusal(source: SourceFile, bounds: Bounds) -> SourceFile:
    """``source`` with a problem when reading it would take more than the whole memory budget."""
    if source.problem is not None or source.path is None:
        return source
    need = memory_estimate(source.n_bytes, source.path.suffix)
    if need <= bounds.memory_budget_mb * 1_000_000:
        return source
    return replace(source, problem=f"too large to read within the memory budget: needs about {need / 1e6:,.0f} "
                                   f"MB, budget {bounds.memory_budget_mb:,} MB (PKDATA_MEMORY_BUDGET_MB); split "
                                   "the document or raise the budget")


def _is_large(source: SourceFile, bounds: Bounds, workers: int) -> bool:
    """Whether reading ``source`` takes more than one worker's share of the memory budget."""
    if source.path is None:
        return False
    return memory_estimate(source.n_bytes, source.path.suffix) > bounds.memory_budget_mb * 1_000_000 / workers


def _batches(items: Sequence, size: int) -> Iterator[Sequence]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


class _InOrder:
    """Hands the documents' results to ``sink`` in the order of the sources, each as soon as every one before it
    is in: extracted ones as their batch comes back (``pending``), cached ones read when their turn comes (``load``),
    so that only the batches that finished early wait in memory."""

    def __init__(self, cached: Sequence[bool], load: Callable[[int], DocumentResult],
                 sink: Callable[[DocumentResult], None]):
        self.cached = cached
        self.load = load
        self.sink = sink
        self.pending: dict[int, DocumentResult] = {}
        self.next = 0

    def drain(self) -> None:
        while self.next < len(self.cached):
            if self.cached[self.next]:
                result = self.load(self.next)
            elif self.next in self.pending:
                result = self.pending.pop(self.next)
            else:
                return
            self.sink(result)
            self.next += 1


def extract_corpus(
    sources: Sequence[SourceFile],
    catalog: MissionCatalog,
    cache_dir: Path | None = None,
    workers: int = 1,
    batch_size: int = 64,
    progress: Callable[[Progress], None] | None = None,
    bounds: Bounds = Bounds(),
    engine: Engine = LOCAL,
    shard_dir: Path | None = None,
    partitions: Sequence[str] | None = None,
    inputs_keys: Mapping[str, str] | None = None,
) -> CorpusResult:
    """Extract every source, reusing cached results; batches run in ``workers`` processes (1: in this one), or
    on ``engine`` (``pipeline.engines``: a Dask cluster takes every batch).

    ``progress`` is called once before the first batch and after every batch. Results come back in the order
    of ``sources`` whatever order the batches finish in. ``bounds``: what one document may cost; documents
    above a worker's share of the memory budget are read one at a time after the others.

    ``shard_dir``: the rows are written there as Parquet shards (``pipeline.shards``), in the order of
    ``sources``, as the batches come back, instead of being kept: the result's ``shards`` says where and its
    ``documents`` is empty, so memory does not grow with the corpus. Cached documents are read from the cache
    when their turn comes.

    ``partitions`` (with ``shard_dir``): each document's rows go to the folder of its partition,
    ``<shard_dir>/<partition>`` (``pipeline.partitions``), one for each of ``partitions`` (every source must fall
    in one of them), and ``shards`` reads them all in the order of ``sources``. ``inputs_keys``: partition ->
    the key written into its folder (``pipeline.partitions.partition_inputs``) when none of its documents was
    stopped by a bound.
    """
    t0 = time.perf_counter()
    cache = ExtractionCache(cache_dir)
    catalog_hash = catalog.content_hash()
    sources = [memory_refusal(source, bounds) for source in sources]
    keys = [cache_key(source, catalog_hash) for source in sources]
    # By position: two sources may share a source_name (a recorded error), never a position.
    cached = [cache.has(key) for key in keys]
    todo = [(i, sources[i], keys[i]) for i in range(len(sources)) if not cached[i]]
    total, n_cached = len(sources), len(sources) - len(todo)
    done = 0
    late: list[str] = []  # cache entries that could not be read back: extracted when their turn came
    t_extract = time.perf_counter()

    def load(i: int) -> DocumentResult:
        source = sources[i]
        hit = cache.get(keys[i])
        if hit is None:
            late.append(source.source_name)
            if _MATCHER is None:
                _init_worker(catalog)
            return _run_batch([source], [keys[i]], str(cache_dir) if cache_dir else None, bounds)[0]
        record = hit["record"]
        if source.manifest is not None:
            record["manifest_row"] = source.manifest.line
        return DocumentResult(source.source_name, record, hit["rows"])

    documents: list[DocumentResult] = []
    writer: ShardWriter | PartitionWriter | None = None
    if shard_dir is not None:
        writer = ShardWriter(shard_dir) if partitions is None else PartitionWriter(shard_dir, partitions)
    n_not_cached = 0
    position = 0  # the sink sees the documents in the order of the sources

    def sink(result: DocumentResult) -> None:
        nonlocal n_not_cached, position
        n_not_cached += not result.cacheable
        if writer is None:
            documents.append(result)
        elif isinstance(writer, PartitionWriter):
            writer.add(result.record, result.rows, result.source_name, keys[position], result.cacheable)
        else:
            writer.add(result.record, result.rows)
        position += 1

    ordered = _InOrder(cached, load, sink)

    def report() -> None:
        if progress:
            progress(Progress(total, n_cached, len(todo), done, time.perf_counter() - t_extract))

    def collect(batch: Sequence[tuple[int, SourceFile, str]], batch_results: list[DocumentResult]) -> None:
        nonlocal done
        for (i, _, _), r in zip(batch, batch_results):
            ordered.pending[i] = r
        # The list is also the value of its batch's future, which the pool's loop keeps until every batch is
        # done: emptied here, the rows written to the shards are let go now, not at the end of the extraction.
        batch_results.clear()
        ordered.drain()
        done += len(batch)
        report()

    report()
    ordered.drain()  # the cached documents before the first one to extract
    large = [t for t in todo if _is_large(t[1], bounds, workers)]
    small = [t for t in todo if not _is_large(t[1], bounds, workers)]
    cache_root = str(cache_dir) if cache_dir else None
    _run_batches(small, workers, batch_size, catalog, cache_root, bounds, collect, engine=engine)
    # Each of these may take more than one worker's share of the memory: one at a time, in a process of its own.
    _run_batches(large, workers, 1, catalog, cache_root, bounds, collect, pool_size=1, engine=engine)
    ordered.drain()
    extracted = tuple(s.source_name for _, s, _ in todo) + tuple(late)
    return CorpusResult(documents, n_extracted=len(extracted), n_cached=n_cached - len(late),
                        seconds=time.perf_counter() - t0, extracted=extracted,
                        shards=_close(writer, inputs_keys), n_not_cached=n_not_cached,
                        not_cached_by_partition=dict(writer.not_cached) if isinstance(writer, PartitionWriter) else {})


def _close(writer: ShardWriter | PartitionWriter | None, inputs_keys: Mapping[str, str] | None) -> Shards | None:
    if writer is None:
        return None
    return writer.close(inputs_keys) if isinstance(writer, PartitionWriter) else writer.close()


def _run_batches(todo: Sequence[tuple[int, SourceFile, str]], workers: int, batch_size: int,
                 catalog: MissionCatalog, cache_root: str | None, bounds: Bounds, collect,
                 pool_size: int | None = None, engine: Engine = LOCAL) -> None:
    """Run ``todo`` in batches, in a pool of processes when ``workers`` > 1 and there is more than one batch's
    worth (``pool_size`` processes, default ``workers``), or on a remote engine, else in this process."""
    if not todo:
        return
    if engine.remote or (workers > 1 and (len(todo) > batch_size or pool_size == 1)):
        if not engine.remote:
            load_rules()
        with engine.executor(pool_size or workers, _init_worker, (catalog,)) as pool:
            futures = {pool.submit(_run_batch, [s for _, s, _ in b], [k for _, _, k in b], cache_root, bounds): b
                       for b in _batches(todo, batch_size)}
            for fut in as_completed(futures):
                collect(futures[fut], fut.result())
        return
    _init_worker(catalog)
    for b in _batches(todo, batch_size):
        collect(b, _run_batch([s for _, s, _ in b], [k for _, _, k in b], cache_root, bounds))


def prune_cache(cache_dir: Path, sources: Sequence[SourceFile], catalog: MissionCatalog) -> int:
    """Remove the cache entries that no document of ``sources`` uses any more (removed or changed documents,
    older extractor versions or catalogs); returns how many were removed. Only for a cache that serves this
    one corpus: entries of another documents folder sharing it would go too."""
    cache = ExtractionCache(cache_dir)
    catalog_hash = catalog.content_hash()
    keep = {cache_key(s, catalog_hash) for s in sources}
    return cache.remove(sorted(cache.keys() - keep))


def partition_keys(sources: Sequence[SourceFile], catalog: MissionCatalog, bounds: Bounds = Bounds()) -> dict[str, str]:
    """Every partition's inputs key (``pipeline.partitions.partition_inputs``): what its shard folder is written
    from. Equal keys, equal rows: a partition whose folder holds its key needs no extraction, not even a read of
    the cache."""
    catalog_hash = catalog.content_hash()
    schema = "".join(f"{table}:{shard_schema(table)}\n" for table in SHARD_TABLES)
    keys = {}
    for partition, positions in by_partition(s.source_name for s in sources).items():
        parts = []
        for i in positions:
            source = memory_refusal(sources[i], bounds)
            line = source.manifest.line if source.manifest is not None else None
            parts.append((source.source_name, cache_key(source, catalog_hash), line))
        keys[partition] = partition_inputs(parts, schema)
    return keys
