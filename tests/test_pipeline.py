"""The whole road, through the real Dagster job: documents in, validated Parquet and DuckDB out."""

import csv
import datetime as dt
import hashlib
import json
import logging
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.runner import run_build
from pipeline.settings import PipelineSettings
from schemas.registry import TABLES
from tests.conftest import GOLD_DIR, SEEDS_DIR, query

TABLE_NAMES = sorted(TABLES)


def build(documents: Path, output: Path, **kwargs):
    result = run_build(PipelineSettings(documents_dir=str(documents), output_dir=str(output), workers=1, **kwargs))
    assert result.success, result.failed_checks
    return result


@pytest.fixture(scope="module")
def seeds_output(tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("seeds_output")
    build(SEEDS_DIR, output)
    return output


def test_every_table_is_published_as_parquet_and_in_duckdb(seeds_output):
    for name in TABLE_NAMES:
        assert (seeds_output / "parquet" / f"{name}.parquet").is_file()
    tables = {r[0] for r in query(seeds_output, "SELECT table_name FROM duckdb_tables()")}
    assert set(TABLE_NAMES) <= tables
    assert query(seeds_output, "SELECT count(*) FROM documents WHERE ingest_status = 'ok'") == [(2,)]


def test_seed_contributions_in_duckdb(seeds_output):
    rows = query(seeds_output, """
        SELECT d.source_name, c.contributor_iso3, coalesce(c.mission_acronym, c.scope), c.personnel_type,
               c.count_low, c.count_high, c.count_approx, c.status
        FROM contributions c JOIN documents d USING (doc_id)
        ORDER BY d.source_name, c.char_start, c.count_low""")
    assert rows == [
        ("000_0cfa2f82a8c410f2", "CHN", "MINUSMA", "troops", 500, None, True, "offered"),
        ("000_0cfa2f82a8c410f2", "CHN", "MINUSMA", "troops", 500, 600, False, "offered"),
        ("000_0cfa2f82a8c410f2", "CHN", "MINUSMA", "engineers", 155, None, True, "planned"),
        ("000_0cfa2f82a8c410f2", "CHN", "all_un_pko", "troops", 2000, 2000, True, "serving"),
        ("002_fdb4b3e7f5745b0a", "CHN", "MINUSMA", "peacekeepers", 400, 400, True, "planned"),
        ("002_fdb4b3e7f5745b0a", "CHN", "UNMISS", "infantry", 50, 50, True, "deployed"),
        ("002_fdb4b3e7f5745b0a", "CHN", "MINUSMA", "infantry", 50, 75, True, "planned"),
        ("002_fdb4b3e7f5745b0a", "CHN", "all_un_pko", "peacekeepers", 1650, 1650, False, "serving"),
        ("002_fdb4b3e7f5745b0a", "CHN", "all_un_pko", "troops", 22000, 22000, True, "cumulative"),
    ]


def test_rows_carry_provenance_spans_into_the_document_text(seeds_output):
    docs = {r[0]: r[1] for r in query(seeds_output, "SELECT doc_id, file FROM documents")}
    for table in ("contributions", "events"):
        for doc_id, start, end, evidence, extractor in query(
                seeds_output, f"SELECT doc_id, char_start, char_end, evidence, extractor FROM {table}"):
            text = (SEEDS_DIR / docs[doc_id]).read_text("utf-8")
            assert " ".join(text[start:end].split()) == evidence
            assert extractor


def test_duckdb_carries_keys_and_comments(seeds_output):
    comments = dict(query(seeds_output, "SELECT table_name, comment FROM duckdb_tables()"))
    assert comments["contributions"].startswith("One row per quantified claim")
    col = query(seeds_output, "SELECT comment FROM duckdb_columns() WHERE table_name = 'contributions' "
                              "AND column_name = 'status'")
    assert col and "offered" in col[0][0]
    constraints = query(seeds_output, "SELECT constraint_type FROM duckdb_constraints() "
                                      "WHERE table_name = 'contributions'")
    assert ("PRIMARY KEY",) in constraints and ("FOREIGN KEY",) in constraints


def test_missions_catalog_is_published_with_mention_counts(seeds_output):
    rows = dict(query(seeds_output, "SELECT mission_acronym, n_documents FROM missions WHERE n_documents > 0"))
    assert rows == {"MINUSMA": 2, "AFISMA": 1, "UNMISS": 1, "MINURSO": 1, "UNFICYP": 1}


def test_seed_claims_and_the_first_peacekeepers_conflict(seeds_output):
    """The seeds' first Chinese peacekeepers, in 1990 (one document) and in 1992 (the other): one conflict."""
    assert query(seeds_output, """
        SELECT actor, event_type, is_first, first_date, last_date, dates, is_conflict, n_sources
        FROM event_claims WHERE is_conflict""") == [
        ("CHN", "deployment", True, dt.date(1990, 1, 1), dt.date(1992, 1, 1), ["1990: 1 source", "1992: 1 source"],
         True, 2)]
    # Two sentences of one story offer 500+ and 500-600 soldiers in May 2013: one claim, no conflict.
    assert query(seeds_output, """
        SELECT count_low, count_high, count_most_backed, figures, is_conflict, n_rows, n_sources FROM claims
        WHERE mission_acronym = 'MINUSMA' AND status = 'offered'""") == [
        (500, 600, 500, ["500+: 1 source", "550 (500-600): 1 source"], False, 2, 1)]
    assert query(seeds_output, "SELECT count(*) FROM official_contributions") == [(81407,)]


def test_two_builds_give_byte_identical_parquet(tmp_path, seeds_output):
    # A fresh output folder (so a fresh extraction cache) against the module's build.
    other = tmp_path / "again"
    build(SEEDS_DIR, other)
    for name in TABLE_NAMES:
        a = (seeds_output / "parquet" / f"{name}.parquet").read_bytes()
        b = (other / "parquet" / f"{name}.parquet").read_bytes()
        assert hashlib.sha256(a).hexdigest() == hashlib.sha256(b).hexdigest(), name


def test_bad_input_is_recorded_and_the_rest_goes_on(tmp_path, seeds_copy):
    docs = seeds_copy
    (docs / "empty.txt").write_bytes(b"")
    (docs / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (docs / "latin1.txt").write_bytes("Le Népal a envoyé 850 soldats au Liban.".encode("latin-1"))
    (docs / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj <<\ngarbage")
    (docs / "notes.docx").write_bytes(b"PK\x03\x04 not really a docx")
    with (docs / "manifest.csv").open("a", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["ghost", "ghost.txt", "", "", "", "2013-05-01", "day", "en", ""])
        w.writerow(["escape", "../../etc/passwd", "", "", "", "", "", "en", ""])
        w.writerow(["000_0cfa2f82a8c410f2", "000_0cfa2f82a8c410f2.txt", "dup", "", "", "", "", "en", ""])
        w.writerow(["latin1", "latin1.txt", "", "", "", "2013-13-45", "day", "fr", ""])
    output = tmp_path / "out"
    build(docs, output)
    status = dict(query(output, "SELECT source_name, ingest_status || ': ' || coalesce(ingest_error, '') "
                                "FROM documents"))
    assert status["empty"].startswith("error: empty file")
    assert status["binary"].startswith("error: binary file")
    assert status["broken"].startswith("error:") and "PDF" in status["broken"]
    assert status["notes"].startswith("error: unsupported file type")
    assert status["ghost"].startswith("error: file not found")
    assert status["latin1"].startswith("ok")
    assert status["000_0cfa2f82a8c410f2"].startswith("ok")
    rejected = query(output, "SELECT check_name, reason FROM rejected_rows")
    reasons = " | ".join(f"{c}: {r}" for c, r in rejected)
    assert "path outside the documents folder" in reasons
    assert "duplicate" in reasons
    assert "2013-13-45" in reasons
    # The good documents still give all their rows: the seeds' nine, and the French sentence of the Latin-1 file,
    # read by the French lexicons (pipeline.extract.lang) once decoded.
    assert query(output, "SELECT count(*) FROM contributions") == [(10,)]
    assert query(output, "SELECT contributor_iso3, count_low FROM contributions c JOIN documents d USING (doc_id) "
                         "WHERE d.source_name = 'latin1'") == [("NPL", 850)]


def test_cli_build_prints_a_summary(tmp_path):
    result = CliRunner().invoke(main, ["build", "--documents", str(SEEDS_DIR), "--output", str(tmp_path / "o"),
                                       "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "contributions            9" in result.output
    assert "Documents rejected: 0" in result.output
    meta = json.loads((tmp_path / "o" / "run_metadata.json").read_text())
    assert meta["tables"]["contributions"] == 9


def test_eval_on_the_seeds_is_perfect_for_contributions_and_missions(tmp_path):
    result = CliRunner().invoke(main, ["eval", "--documents", str(SEEDS_DIR), "--gold", str(GOLD_DIR),
                                       "--output", str(tmp_path / "e"), "--json", "--min-f1", "0.8"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    for table in ("contributions", "missions"):
        assert scores[table]["precision"] == 1.0 and scores[table]["recall"] == 1.0, scores[table]
    assert scores["events"]["recall"] >= 0.9 and scores["events"]["precision"] >= 0.8, scores["events"]


def test_eval_min_f1_fails_below_threshold(tmp_path):
    gold = tmp_path / "gold"
    shutil.copytree(GOLD_DIR, gold)
    # A gold row the extractor cannot find makes recall, so F1, drop below 1.
    with (gold / "missions.csv").open("a", encoding="utf-8") as fh:
        fh.write("000_0cfa2f82a8c410f2,UNIFIL,LBN\n")
    result = CliRunner().invoke(main, ["eval", "--documents", str(SEEDS_DIR), "--gold", str(gold),
                                       "--output", str(tmp_path / "e"), "--min-f1", "0.99"])
    assert result.exit_code == 1
    assert "missed" in result.output and "UNIFIL" in result.output


def test_eval_warns_when_documents_fail(tmp_path):
    docs = tmp_path / "docs"
    shutil.copytree(SEEDS_DIR, docs)
    (docs / "broken.txt").write_bytes(b"\x00\x01\x02\xff" * 64)
    with (docs / "manifest.csv").open("a", encoding="utf-8") as fh:
        fh.write("broken,broken.txt,,,,2013-05-23,day,en,binary on purpose\n")
    result = CliRunner().invoke(main, ["eval", "--documents", str(docs), "--gold", str(GOLD_DIR),
                                       "--output", str(tmp_path / "e")])
    assert result.exit_code == 0, result.output
    assert "warning: 1 of 3 documents failed and count as predicting nothing: broken:" in result.output


def test_a_failed_blocking_check_stops_publishing_and_is_named(tmp_path, monkeypatch):
    """A foreign key that points nowhere fails its blocking check: nothing is published, and the build says
    which check failed."""
    from pipeline.assets import tables

    monkeypatch.setattr(tables, "file_foreign_key_failures",
                        lambda files: [{"table": "contributions", "column": "mission_acronym", "value": "NOPE"}])
    result = run_build(PipelineSettings(documents_dir=str(SEEDS_DIR), output_dir=str(tmp_path / "o"), workers=1))
    assert not result.success
    assert result.failed_checks == ["contributions:foreign_keys"]
    assert not (tmp_path / "o" / "peacekeeping.duckdb").exists()


def test_a_table_that_fails_its_schema_fails_its_blocking_check_with_the_failure_cases(tmp_path, monkeypatch):
    """The schema checks report what validated_tables found (its metadata), without loading the tables: a
    failure found there fails the table's blocking check, with the failure cases in the check's metadata, and
    nothing is published."""
    import dagster as dg

    from pipeline.assets import tables
    from pipeline.assets.checks import table_checks
    from pipeline.runner import instance_for

    inputs = table_checks.node_def.input_defs  # the checks wait for the tables but load none of them
    assert len(inputs) == 11 and all(i.dagster_type.is_nothing for i in inputs)
    case = {"schema_context": "Column", "column": "doc_id", "check": "str_matches", "failure_case": "x", "index": 0}
    file_schema_failures = tables.file_schema_failures
    monkeypatch.setattr(tables, "file_schema_failures",
                        lambda name, path: [case] if name == "documents" else file_schema_failures(name, path))
    settings = PipelineSettings(documents_dir=str(SEEDS_DIR), output_dir=str(tmp_path / "o"), workers=1)
    result = run_build(settings)
    assert not result.success
    assert result.failed_checks == ["documents:documents_schema"]
    assert not (tmp_path / "o" / "peacekeeping.duckdb").exists()
    evaluations = {e.dagster_event.event_specific_data.check_name: e.dagster_event.event_specific_data
                   for e in instance_for(settings).all_logs(result.run_id,
                                                            of_type=dg.DagsterEventType.ASSET_CHECK_EVALUATION)}
    assert evaluations["documents_schema"].metadata["failures"].value == 1
    assert evaluations["documents_schema"].metadata["failure_cases"].value == [case]
    assert evaluations["missions_schema"].passed and evaluations["missions_schema"].metadata["failures"].value == 0


def test_pkdata_sql_prints_a_table_csv_json_and_clear_errors(tmp_path):
    """`pkdata sql` on a real build of the seeds: the three formats, a bad query, a missing database."""
    import json as _json

    from click.testing import CliRunner

    from pipeline.cli import do_build, main

    out = tmp_path / "out"
    do_build(Path(__file__).parents[1] / "sources" / "documents", out, workers=1, quiet=True)
    runner = CliRunner()
    query = "SELECT contributor_iso3, status, count_low FROM contributions WHERE count_low >= 2000 ORDER BY count_low"
    csv_out = runner.invoke(main, ["sql", query, "--output", str(out), "--csv"])
    assert csv_out.exit_code == 0, csv_out.output
    assert csv_out.output.splitlines() == ['"contributor_iso3","status","count_low"', '"CHN","serving",2000',
                                           '"CHN","cumulative",22000']
    as_json = runner.invoke(main, ["sql", query, "--output", str(out), "--json"])
    assert _json.loads(as_json.output)[1] == {"contributor_iso3": "CHN", "status": "cumulative", "count_low": 22000}
    bad = runner.invoke(main, ["sql", "SELECT * FROM nope", "--output", str(out)])
    assert bad.exit_code == 1 and "Table with name nope does not exist" in bad.output
    assert "Tables and views: " in bad.output and "contributions, documents" in bad.output
    missing = runner.invoke(main, ["sql", "SELECT 1", "--output", str(tmp_path / "none")])
    assert missing.exit_code == 1 and "run `pkdata build`" in missing.output
    version = runner.invoke(main, ["--version"])
    assert version.output.startswith("pkdata, version ")


def test_pkdata_help_does_not_import_dagster():
    """The help answers at once: the command line imports Dagster only for the commands that build."""
    import subprocess
    import sys

    code = "import sys, pipeline.cli; print('dagster' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_the_direct_extraction_gives_the_rows_a_build_publishes(seeds_output):
    """The score guard and `pkdata eval --direct` score what a Dagster build publishes, row for row."""
    from pipeline.cli import published_predictions
    from pipeline.eval_runs import predict_folder

    direct = predict_folder(SEEDS_DIR)
    built = published_predictions(seeds_output)

    def key(row: dict) -> str:
        return repr(sorted(row.items()))

    for table in direct:
        assert sorted(map(key, direct[table])) == sorted(map(key, built[table])), table
    assert len(direct["contributions"]) == 9 and len(direct["events"]) == 14


def test_tables_show_their_schema_and_rows_in_dagster_and_a_sharp_fall_warns(tmp_path):
    """Table schemas and row counts are materialization metadata; the row-count check warns when a table falls
    below half of its previous build; a build into another folder keeps its runs in that folder's instance."""
    import dagster as dg

    from pipeline.runner import instance_for, run_build
    from pipeline.settings import PipelineSettings

    docs = tmp_path / "docs"
    shutil.copytree(SEEDS_DIR, docs)
    settings = PipelineSettings(documents_dir=str(docs), output_dir=str(tmp_path / "out"), workers=1)
    first = run_build(settings)
    assert first.success
    instance = instance_for(settings)
    assert instance.get_run_by_id(first.run_id) is not None  # recorded in the folder's own instance
    assert str(tmp_path / "out") in str(instance.root_directory)
    assert dg.DagsterInstance.get().get_run_by_id(first.run_id) is None  # not in the project's
    # The run records INFO and above: no DEBUG line of the IO manager per stored value (a SQLite write each).
    logs = instance.all_logs(first.run_id)
    lines = [e for e in logs if not e.is_dagster_event]  # log lines, as against Dagster's events
    assert lines and min(e.level for e in lines) >= logging.INFO  # the extraction's progress lines are INFO
    assert not [e for e in logs if "using PickledObjectFilesystemIOManager" in (e.user_message or "")]
    record = instance.fetch_materializations(dg.AssetKey("contributions"), limit=1).records[0]
    metadata = record.asset_materialization.metadata
    assert metadata["dagster/row_count"].value == 9
    columns = [c.name for c in metadata["dagster/column_schema"].value.columns]
    assert columns[:3] == ["contribution_id", "doc_id", "contributor_iso3"]

    (docs / "002_fdb4b3e7f5745b0a.txt").unlink()  # the report: 5 of the 9 figures
    second = run_build(settings)
    assert second.success  # a warning, not a failure
    assert "contributions:contributions_row_count" in second.failed_checks  # the warning, with its figures
    assert "documents:documents_row_count" not in second.failed_checks  # 2 -> 1 document: half is not below


def test_pkdata_writes_its_dagster_config_and_leaves_a_users_alone(tmp_path):
    """A home without a config, or with an older one pkdata wrote, gets pkdata's (telemetry off, runs recording
    INFO and above); a config of the user's own is never touched."""
    from pipeline.runner import DAGSTER_YAML, _write_config

    _write_config(tmp_path / "new")
    assert (tmp_path / "new" / "dagster.yaml").read_text(encoding="utf-8") == DAGSTER_YAML
    assert "python_log_level: INFO" in DAGSTER_YAML and "enabled: false" in DAGSTER_YAML
    old, user = tmp_path / "old", tmp_path / "user"
    older = DAGSTER_YAML.splitlines()[0] + "\ntelemetry:\n  enabled: false\n"  # what pkdata wrote before
    for home, text in ((old, older), (user, older + "run_launcher:\n  module: my.launcher\n")):
        home.mkdir()
        (home / "dagster.yaml").write_text(text, encoding="utf-8")
        _write_config(home)
    assert (old / "dagster.yaml").read_text(encoding="utf-8") == DAGSTER_YAML
    assert (user / "dagster.yaml").read_text(encoding="utf-8") == older + "run_launcher:\n  module: my.launcher\n"


def test_run_history_writes_flush_once_per_build_not_per_event(tmp_path):
    """While a build runs, Dagster's SQLite connections (a new one per event) commit with synchronous=NORMAL and
    closing one does not checkpoint the write-ahead log; the log is checkpointed into the database at the end."""
    import sqlalchemy as sa
    from sqlalchemy.pool import NullPool

    from pipeline.runner import run_history_writes

    path = tmp_path / "runs.db"
    url = f"sqlite:///{path}"

    def store(value: int) -> int:
        """As Dagster's SQLite storage stores an event: a new engine, one commit, closed; the synchronous mode."""
        engine = sa.create_engine(url, poolclass=NullPool)
        with engine.connect() as conn, conn.begin():
            conn.execute(sa.text("INSERT INTO events VALUES (:v)"), {"v": value})
            mode = conn.execute(sa.text("PRAGMA synchronous")).scalar()
        engine.dispose()
        return mode

    with sa.create_engine(url, poolclass=NullPool).connect() as conn:
        conn.execute(sa.text("PRAGMA journal_mode=WAL"))
        conn.execute(sa.text("CREATE TABLE events (v INTEGER)"))
        conn.commit()
    assert store(0) == 2  # FULL, SQLite's default: a flush per commit
    wal = tmp_path / "runs.db-wal"
    assert not wal.exists()  # the last connection closed: checkpointed and deleted
    with run_history_writes():
        assert [store(v) for v in (1, 2, 3)] == [1, 1, 1]  # NORMAL
        assert wal.exists() and wal.stat().st_size > 0  # not checkpointed at each close
    assert not wal.exists()  # checkpointed once, at the end
    assert store(4) == 2  # outside a build, as before
    with sqlite3.connect(path) as conn:
        assert [v for (v,) in conn.execute("SELECT v FROM events ORDER BY v")] == [0, 1, 2, 3, 4]


def test_the_published_dataset_has_a_freshness_policy_of_a_day():
    from pipeline.definitions import defs

    spec = defs.resolve_assets_def("published_dataset").specs_by_key
    policy = next(iter(spec.values())).freshness_policy
    assert policy is not None and policy.fail_window.to_timedelta().total_seconds() == 26 * 3600


def test_reused_engines_hand_dagsters_sqlite_storages_one_engine_per_database(tmp_path):
    """While a build runs, each of Dagster's SQLite storage modules gets back the engine it made for the same
    database and arguments (instead of a new engine per connection); other arguments get their own, and after
    the build the modules create engines as before."""
    import importlib

    import sqlalchemy as sa
    from sqlalchemy.pool import NullPool

    from pipeline.runner import SQLITE_STORAGE_MODULES, reused_engines

    modules = [importlib.import_module(name) for name in SQLITE_STORAGE_MODULES]
    url = f"sqlite:///{tmp_path / 'runs.db'}"
    assert all(m.create_engine is sa.create_engine for m in modules)
    with reused_engines():
        engines = [m.create_engine(url, poolclass=NullPool) for m in modules]
        assert all(e is engines[0] for e in engines)
        other = modules[0].create_engine(url, poolclass=NullPool, connect_args={"timeout": 5})
        assert other is not engines[0]
        with engines[0].connect() as conn:
            assert conn.execute(sa.text("SELECT 1")).scalar() == 1
    assert all(m.create_engine is sa.create_engine for m in modules)
    assert modules[0].create_engine(url, poolclass=NullPool) is not engines[0]


def test_the_inventory_is_handed_on_within_a_run_not_unpickled(tmp_path, monkeypatch):
    """The steps that take the document inventory get the object the run's ``document_inventory`` step returned
    (``pipeline.run_values``): its pickle (75 MB and 6 s of CPU to load at 200,000 documents) is still written for
    other runs, but not read back within the run; nothing is remembered once the run ends."""
    import pickle

    import dagster as dg
    from dagster._core.storage.fs_io_manager import PickledObjectFilesystemIOManager

    from pipeline import run_values
    from pipeline.assets import sources

    read_from_files, handed = [], []
    load_from_path = PickledObjectFilesystemIOManager.load_from_path

    def recording(self, context, path):
        read_from_files.append(context.asset_key)
        return load_from_path(self, context, path)

    monkeypatch.setattr(PickledObjectFilesystemIOManager, "load_from_path", recording)
    inner_load = run_values._RunValues.load_input

    def loaded(self, context):
        value = inner_load(self, context)
        if context.asset_key == dg.AssetKey("document_inventory"):
            handed.append((value, next(iter(sources._PLANNED.values()), None)))
        return value

    monkeypatch.setattr(run_values._RunValues, "load_input", loaded)
    settings = PipelineSettings(documents_dir=str(SEEDS_DIR), output_dir=str(tmp_path / "out"), workers=1)
    assert run_build(settings).success
    assert dg.AssetKey("document_inventory") not in read_from_files
    assert len(handed) == 2  # document_extractions and validated_tables
    assert all(value is planned for value, planned in handed)  # the very object the run planned with
    assert not run_values._MEMO
    stored = pickle.loads((tmp_path / "out" / ".cache" / "dagster" / "document_inventory").read_bytes())
    assert stored == handed[0][0]  # written for other runs, as before
