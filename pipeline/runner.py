"""Run the Dagster materialization from Python: what `pkdata build` and the tests call.

It runs the real job of the code location (not a side path around it), in process, against a Dagster instance
whose home is inside the project (``.dagster_home``, ignored by git) with telemetry off, unless
``DAGSTER_HOME`` says otherwise.
"""

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
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
    """Whether the run's extraction says no document is left to try again (its ``not_cached`` metadata)."""
    values = _metadata(result, "document_extractions", "not_cached")
    return bool(values) and all(v == 0 for v in values)


def _reuse(result) -> dict:
    reuse = {}
    for key, node, name in (("from_cache", "document_extractions", "from_cache"),
                            ("extracted", "document_extractions", "extracted"),
                            ("official_reused", "official_figures", "reused")):
        values = [v for v in _metadata(result, node, name) if v is not None]
        if values:
            reuse[key] = values[-1]
    return reuse


def run_build(settings: PipelineSettings, instance: dg.DagsterInstance | None = None,
              log_level: str = "WARNING") -> BuildResult:
    """Materialise every asset and run every check once, in this process, holding the output folder's lock
    (``pipeline.locking.OutputLocked`` when another build holds it)."""
    from pipeline.definitions import make_definitions
    from pipeline.locking import output_lock

    with output_lock(Path(settings.output_dir), settings.documents_dir, "pkdata build"):
        return _run(settings, instance, log_level, make_definitions)


def _run(settings: PipelineSettings, instance: dg.DagsterInstance | None, log_level: str,
         make_definitions) -> BuildResult:
    with reused_engines():
        if instance is None:
            instance = instance_for(settings)
        defs = make_definitions(settings)
        job = defs.resolve_job_def("build_dataset")
        run_config = {"loggers": {"console": {"config": {"log_level": log_level}}}}
        with run_history_writes():
            result = job.execute_in_process(instance=instance, raise_on_error=False, run_config=run_config)
    failed = [f"{e.asset_key.to_user_string()}:{e.check_name}"
              for e in result.get_asset_check_evaluations() if not e.passed]
    summary = {}
    if result.success:
        summary = result.output_for_node("published_dataset")
    return BuildResult(result.success, summary, result.run_id, failed, result.success and _final(result),
                       _reuse(result))
