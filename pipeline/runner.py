"""Run the Dagster materialization from Python: what `pkdata build` and the tests call.

It runs the real job of the code location (not a side path around it), in process, against a Dagster instance
whose home is inside the project (``.dagster_home``, ignored by git) with telemetry off, unless
``DAGSTER_HOME`` says otherwise.
"""

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path

import dagster as dg

from pipeline.settings import PROJECT_ROOT, PipelineSettings

DAGSTER_YAML = """\
# Written by pkdata: local Dagster instance of this project.
telemetry:
  enabled: false
# Runs record INFO and above: the IO manager's DEBUG lines (one per stored or loaded value, some 45 a build) cost
# a write to the run's SQLite storage each and say nothing a step's own events do not.
python_logs:
  python_log_level: INFO
"""
# What earlier versions of pkdata wrote, to be replaced by the above (anything else is the user's: left alone).
_OLDER_YAML = ("# Written by pkdata: local Dagster instance of this project.\ntelemetry:\n  enabled: false\n",)


def _write_config(home: Path) -> None:
    """Write pkdata's ``dagster.yaml`` into ``home`` when there is none, or when the one there is an earlier
    version of pkdata's own, unedited (any other file is the user's, left alone)."""
    home.mkdir(parents=True, exist_ok=True)
    config = home / "dagster.yaml"
    current = config.read_text(encoding="utf-8") if config.exists() else None
    if current is None or current in _OLDER_YAML:
        config.write_text(DAGSTER_YAML, encoding="utf-8")


def ensure_dagster_home() -> Path:
    """Point DAGSTER_HOME at the project's own folder (created with telemetry off) unless it is set."""
    home = Path(os.environ.get("DAGSTER_HOME") or PROJECT_ROOT / ".dagster_home")
    _write_config(home)
    os.environ["DAGSTER_HOME"] = str(home)
    return home


def is_dataset_build(settings: PipelineSettings) -> bool:
    """Whether a build publishes the dataset itself (the default output folder), rather than another folder's
    outputs (an evaluation, a user's own corpus, a test)."""
    return Path(settings.output_dir).resolve() == Path(PipelineSettings().output_dir).resolve()


def instance_for(settings: PipelineSettings) -> dg.DagsterInstance:
    """The Dagster instance a build records its runs in.

    The dataset's own builds go to the project's instance (``DAGSTER_HOME``), which `make dev` shows. A build
    into any other output folder keeps its history in that folder (``<output>/.cache/dagster_home``), so the UI
    never shows an evaluation's or a user's folder as the dataset's state, and materializing the publish asset
    from the UI publishes what was extracted for the dataset."""
    if is_dataset_build(settings):
        ensure_dagster_home()
        return dg.DagsterInstance.get()
    home = Path(settings.output_dir) / ".cache" / "dagster_home"
    _write_config(home)
    return dg.DagsterInstance.from_config(str(home))


@contextmanager
def run_history_writes() -> Iterator[None]:
    """Dagster's SQLite run history written without a disk flush per event, while a build runs in this process.

    Dagster's SQLite storage opens a connection for each event it stores (some 200 a build) and closes it after
    one commit. In WAL mode with SQLite's default ``synchronous=FULL`` each commit flushes the log to disk, and the
    close of the database's last connection checkpoints the log into the database and deletes it, flushing again:
    some 1,800 ``fdatasync`` calls a build, seconds of waiting on a busy disk. Here each of those connections to a
    database in WAL mode uses ``synchronous=NORMAL`` (SQLite's advice for WAL: the database stays consistent after
    a crash of the process or of the machine; only the last commits can be lost to a power cut), and one connection
    per database file stays open until the build ends, so that closing Dagster's does not checkpoint each time:
    the log is flushed and checkpointed once, when that connection closes. Some 100 flushes are left (the run's
    database is created in rollback mode before Dagster turns WAL on)."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    held: dict[str, sqlite3.Connection] = {}
    lock = threading.Lock()  # Dagster may store events from more than one thread

    def on_connect(dbapi_connection, _record) -> None:
        if not isinstance(dbapi_connection, sqlite3.Connection):
            return
        if dbapi_connection.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            return  # a rollback journal (a database being created): as Dagster set it
        dbapi_connection.execute("PRAGMA synchronous=NORMAL")
        path = dbapi_connection.execute("PRAGMA database_list").fetchone()[2]
        with lock:
            if path and path not in held:  # "" for an in-memory database
                keep = sqlite3.connect(path, check_same_thread=False)
                keep.execute("SELECT count(*) FROM sqlite_master").fetchall()  # joins the WAL: counts as open
                held[path] = keep

    event.listen(Engine, "connect", on_connect)
    try:
        yield
    finally:
        event.remove(Engine, "connect", on_connect)
        for connection in held.values():
            connection.close()


# Dagster's SQLite storages (run history, event log, schedules): each names SQLAlchemy's ``create_engine`` in its
# module and calls it for every connection it opens.
SQLITE_STORAGE_MODULES = (
    "dagster._core.storage.event_log.sqlite.sqlite_event_log",
    "dagster._core.storage.runs.sqlite.sqlite_run_storage",
    "dagster._core.storage.schedules.sqlite.sqlite_schedule_storage",
)


@contextmanager
def reused_engines() -> Iterator[None]:
    """One SQLAlchemy engine per database for Dagster's SQLite storages, while a build runs in this process.

    Those storages create a new engine for every connection they open (about 1,000 in a build: one or two per
    stored event, and each query of the run history), and a new engine sets up its dialect and starts with an
    empty cache of compiled statements each time: about 1 ms of CPU, a second per build. Here the modules'
    ``create_engine`` hands back the engine it made for the same address and arguments. Nothing else changes:
    the engines keep Dagster's ``NullPool`` (a new SQLite connection for each use, closed after it, so
    ``run_history_writes`` sees each one), the same statements run in the same transactions, and Dagster's
    ``dispose()`` after each use still disposes the pool. A Dagster version whose modules no longer name
    SQLAlchemy's ``create_engine`` is left as it is."""
    import importlib

    import sqlalchemy

    original = sqlalchemy.create_engine
    engines: dict[tuple[str, str], sqlalchemy.Engine] = {}
    lock = threading.Lock()

    def create_engine(*args, **kwargs):
        key = (repr(args), repr(sorted(kwargs.items())))
        with lock:
            if key not in engines:
                engines[key] = original(*args, **kwargs)
            return engines[key]

    patched = []
    for name in SQLITE_STORAGE_MODULES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        if getattr(module, "create_engine", None) is original:
            module.create_engine = create_engine
            patched.append(module)
    try:
        yield
    finally:
        for module in patched:
            module.create_engine = original
        for engine in engines.values():
            engine.dispose()


@dataclass
class BuildResult:
    success: bool
    summary: dict
    run_id: str
    failed_checks: list[str]
    final: bool = False  # every document extracted for good: none stopped by a bound, to be tried again
    # What the run read back instead of building: "from_cache" and "extracted" documents, "official_reused".
    reuse: dict = field(default_factory=dict)


def _metadata(result, node: str, name: str) -> list:
    """The values of one metadata entry of a node's materializations in the run (none when it did not run)."""
    try:
        materializations = result.asset_materializations_for_node(node)
    except Exception:  # noqa: BLE001 - no such step in the run: nothing is known
        return []
    return [m.metadata[name].value if name in m.metadata else None for m in materializations]


def _final(result) -> bool:
    """Whether the run's extraction says no document is left to try again (the ``not_cached`` metadata of every
    partition it ran; a run without the extraction found every partition written for good)."""
    values = _metadata(result, "document_extractions", "not_cached")
    return all(v == 0 for v in values)


def _reuse(result) -> dict:
    """What the run read back: documents from the cache and extracted (summed over the partitions it ran), the
    partitions it ran and kept, whether the official tables were reused."""
    reuse = {}
    for key, name in (("from_cache", "from_cache"), ("extracted", "extracted"), ("partitions", "documents")):
        values = [v for v in _metadata(result, "document_extractions", name) if v is not None]
        if values:
            reuse[key] = len(values) if key == "partitions" else sum(values)
    values = [v for v in _metadata(result, "official_figures", "reused") if v is not None]
    if values:
        reuse["official_reused"] = values[-1]
    return reuse


def stale_partitions(settings: PipelineSettings, inventory=None) -> list[str]:
    """The partitions of ``document_extractions`` whose shards were not written from the current documents,
    catalog and extractor (``pipeline.partitions``): what a build must extract. ``inventory``: the documents
    folder's (``pipeline.assets.sources.take_inventory``, whose hashes are kept between builds, so that it reads
    no unchanged document)."""
    from pipeline.assets.extraction import bounds_of, rows_dir
    from pipeline.assets.sources import take_inventory
    from pipeline.batch import partition_keys
    from pipeline.partitions import PARTITION_KEYS, changed_partitions
    from pipeline.reference.catalog import build_mission_catalog

    try:
        sources = (inventory or take_inventory(settings)).sources
        catalog = build_mission_catalog(Path(settings.reference_dir))
    except Exception:  # noqa: BLE001 - the run's own assets report it: plan every partition
        return list(PARTITION_KEYS)
    return changed_partitions(partition_keys(sources, catalog, bounds_of(settings)), rows_dir(settings))


def run_scope(stale: list[str]) -> dict:
    """The arguments of ``execute_in_process`` for a build that must extract the ``stale`` partitions: the one
    partition, or the range from the first to the last (one run; partitions in between that did not change are
    kept as they are), or, when none changed, every asset but the extraction."""
    from pipeline.partitions import key_range

    span = key_range(stale)
    if span is None:
        from pipeline.definitions import ASSETS

        keys = [key for asset in ASSETS for key in asset.keys if key != dg.AssetKey("document_extractions")]
        return {"asset_selection": keys}
    if span[0] == span[1]:
        return {"partition_key": span[0]}
    return {"tags": {"dagster/asset_partition_range_start": span[0], "dagster/asset_partition_range_end": span[1]}}


def run_build(settings: PipelineSettings, instance: dg.DagsterInstance | None = None,
              log_level: str = "WARNING", every_partition: bool = False) -> BuildResult:
    """Materialise every asset and run every check once, in this process, holding the output folder's lock
    (``pipeline.locking.OutputLocked`` when another build holds it). Of the extraction, only the partitions whose
    documents changed run (:func:`stale_partitions`, :func:`run_scope`): all of them in a new output folder, one
    when a document was added; ``every_partition``: all of them (``pkdata build --force``: those whose inputs
    did not change are still kept as they are, and say so)."""
    from pipeline.definitions import make_definitions
    from pipeline.locking import output_lock

    with output_lock(Path(settings.output_dir), settings.documents_dir, "pkdata build"):
        return _run(settings, instance, log_level, make_definitions, every_partition)


def _run(settings: PipelineSettings, instance: dg.DagsterInstance | None, log_level: str,
         make_definitions, every_partition: bool = False) -> BuildResult:
    with reused_engines():
        if instance is None:
            instance = instance_for(settings)
        defs = make_definitions(settings)
        job = defs.resolve_job_def("build_dataset")
        run_config = {"loggers": {"console": {"config": {"log_level": log_level}}}}
        from pipeline.assets.sources import planned_inventory, take_inventory
        from pipeline.partitions import PARTITION_KEYS
        from pipeline.run_values import forget_run_values

        try:
            inventory = take_inventory(settings)
        except Exception:  # noqa: BLE001 - the run's document_inventory reports it
            inventory = None
        scope = run_scope(list(PARTITION_KEYS) if every_partition else stale_partitions(settings, inventory))
        # The run's document_inventory is the one just taken: the folder is walked once per build.
        with run_history_writes(), planned_inventory(settings, inventory) if inventory else nullcontext():
            try:
                result = job.execute_in_process(instance=instance, raise_on_error=False, run_config=run_config,
                                                **scope)
            finally:
                forget_run_values()  # the inventory handed from step to step (pipeline.run_values)
    failed = [f"{e.asset_key.to_user_string()}:{e.check_name}"
              for e in result.get_asset_check_evaluations() if not e.passed]
    summary = {}
    if result.success:
        summary = result.output_for_node("published_dataset")
    return BuildResult(result.success, summary, result.run_id, failed, result.success and _final(result),
                       _reuse(result))


def extraction_summary(instance: dg.DagsterInstance, run_id: str) -> dict:
    """The extraction's metadata in one run, over the partitions it ran: ``partitions`` (those run, in order),
    ``reused`` (those kept as they were), the sums of ``documents``, ``extracted``, ``from_cache``,
    ``not_cached`` and ``cache_entries_pruned``, ``extracted_documents`` (sorted) and ``seconds`` (the
    extraction's, once). A run without the extraction gives empty lists and zeros."""
    records = instance.get_records_for_run(run_id, of_type=dg.DagsterEventType.ASSET_MATERIALIZATION,
                                           limit=10_000).records
    summary: dict = {"partitions": [], "reused": [], "extracted_documents": [], "seconds": 0.0,
                     **dict.fromkeys(("documents", "extracted", "from_cache", "not_cached", "cache_entries_pruned"), 0)}
    for record in records:
        materialization = record.event_log_entry.asset_materialization
        if materialization is None or materialization.asset_key != dg.AssetKey("document_extractions"):
            continue
        meta = {k: v.value for k, v in materialization.metadata.items()}
        summary["partitions"].append(materialization.partition)
        if meta.get("reused"):
            summary["reused"].append(materialization.partition)
        for name in ("documents", "extracted", "from_cache", "not_cached", "cache_entries_pruned"):
            summary[name] += meta.get(name) or 0
        summary["extracted_documents"] += meta.get("extracted_documents") or []
        summary["seconds"] = max(summary["seconds"], meta.get("seconds") or 0.0)
    summary["partitions"].sort()
    summary["reused"].sort()
    summary["extracted_documents"].sort()
    return summary
