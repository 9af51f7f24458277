"""Tests of the atomic publisher: deterministic Parquet bytes, the DuckDB file, crash safety, run metadata."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

import pipeline.publish as publisher
from pipeline.publish import PublishError, publish, sha256_file, write_run_metadata
from schemas.arrow import arrow_schema
from schemas.registry import TABLES

DOC_A = "0cfa2f82a8c410f2"
DOC_B = "fdb4b3e7f5745b0a"


def documents() -> list[dict]:
    base = {"language": "en", "media_type": "text/plain", "ingest_status": "ok", "published_precision": "day"}
    return [
        {**base, "doc_id": DOC_B, "source_name": "002_fdb4b3e7f5745b0a", "file": "002_fdb4b3e7f5745b0a.txt",
         "published_date": dt.date(2013, 6, 27)},
        {**base, "doc_id": DOC_A, "source_name": "000_0cfa2f82a8c410f2", "file": "000_0cfa2f82a8c410f2.txt",
         "published_date": dt.date(2013, 5, 24)},
    ]


def contribution(cid: str, doc_id: str, start: int, low: int | None, high: int | None, **changes) -> dict:
    row = {
        "contribution_id": cid, "doc_id": doc_id, "contributor_iso3": "CHN", "mission_acronym": "MINUSMA",
        "scope": "mission", "personnel_type": "troops", "count_low": low, "count_high": high,
        "count_best": (low + high) // 2 if low is not None and high is not None else (low or high),
        "count_approx": low is None or high is None, "status": "offered", "as_of_date": dt.date(2013, 5, 23),
        "as_of_precision": "day", "evidence": "China has offered between 500 and 600 soldiers.",
        "char_start": start, "char_end": start + 47, "figure_text": f"{low}..{high}", "mission_method": "focus",
        "extractor": "contributions/1",
    }
    row.update(changes)
    return row


def contributions() -> list[dict]:
    return [
        contribution("b000000000000002", DOC_A, 300, 500, 600),
        contribution("b000000000000001", DOC_A, 10, 500, None),
        contribution("b000000000000003", DOC_B, 50, 395, 395, status="deployed", as_of_date=dt.date(2013, 6, 27),
                     contributor_iso3="NLD"),
    ]


def missions() -> list[dict]:
    return [{
        "mission_acronym": "MINUSMA",
        "name": "United Nations Multidimensional Integrated Stabilization Mission in Mali",
        "organisation": "UN", "kind": "peacekeeping", "host_iso3": ["MLI"], "start_date": dt.date(2013, 4, 25),
        "start_precision": "day", "is_active": False, "source": "reference snapshot", "n_documents": 2,
    }]


def frames(**overrides) -> dict[str, pd.DataFrame]:
    tables = {
        "documents": documents(),
        "missions": missions(),
        "mission_aliases": [{"mission_acronym": "MINUSMA", "alias": "MINUSMA", "alias_kind": "acronym"}],
        "contributions": contributions(),
        "events": [],
        "mission_mentions": [],
        "rejected_rows": [],
        "official_contributions": [],
        "mission_strength": [],
        "claims": [],
        "event_claims": [],
    }
    tables.update(overrides)
    return {name: pd.DataFrame(rows) for name, rows in tables.items()}


def snapshot(directory) -> dict[str, str]:
    """Every file under a directory (relative path -> sha256) and every symbolic link (-> its target)."""
    return {
        str(path.relative_to(directory)): "-> " + os.readlink(path) if path.is_symlink() else sha256_file(path)
        for path in sorted(directory.rglob("*")) if path.is_file() or path.is_symlink()
    }


def test_publish_summary_and_files(tmp_path):
    summary = publish(frames(), tmp_path)
    assert {k: v for k, v in summary.items() if k not in ("files", "build")} == {
        "documents": 2, "missions": 1, "mission_aliases": 1, "contributions": 3, "events": 0,
        "mission_mentions": 0, "rejected_rows": 0, "official_contributions": 0, "mission_strength": 0, "claims": 0,
        "event_claims": 0,
    }
    assert summary["files"] == {
        **{f"parquet/{name}.parquet": sha256_file(tmp_path / "parquet" / f"{name}.parquet") for name in TABLES},
        "peacekeeping.duckdb": sha256_file(tmp_path / "peacekeeping.duckdb"),
    }
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "builds", "current", "parquet", "peacekeeping.duckdb", "run_metadata.json"]
    assert os.readlink(tmp_path / "current") == f"builds/{summary['build']}"
    assert os.readlink(tmp_path / "peacekeeping.duckdb") == "current/peacekeeping.duckdb"
    metadata = json.loads((tmp_path / "run_metadata.json").read_text())
    assert metadata["files"] == summary["files"] and metadata["build"] == summary["build"]
    assert metadata["tables"]["contributions"] == 3


def test_same_frames_give_byte_identical_parquet(tmp_path):
    first = publish(frames(), tmp_path / "a")
    shuffled = frames(contributions=contributions()[::-1], documents=documents()[::-1])
    second = publish(shuffled, tmp_path / "b")
    again = publish(frames(), tmp_path / "a")
    parquet = {k: v for k, v in first["files"].items() if k.startswith("parquet/")}
    assert parquet == {k: v for k, v in second["files"].items() if k.startswith("parquet/")}
    assert parquet == {k: v for k, v in again["files"].items() if k.startswith("parquet/")}


def test_parquet_bytes_do_not_depend_on_the_process(tmp_path):
    here = publish(frames(), tmp_path / "here")
    script = (
        "import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]); "
        "from test_publish import frames; from pipeline.publish import publish; publish(frames(), Path(sys.argv[2]))"
    )
    tests_dir = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(tests_dir)
    env = {**os.environ, "PYTHONHASHSEED": "12345", "PYTHONPATH": root}
    subprocess.run([sys.executable, "-c", script, tests_dir, str(tmp_path / "there")], check=True, env=env, cwd=root)
    there = snapshot(publisher.published_dir(tmp_path / "there"))
    assert {k: v for k, v in here["files"].items() if k.startswith("parquet/")} == {
        k: v for k, v in there.items() if k.startswith("parquet/")}


def test_parquet_files_hold_sorted_rows_and_the_registry_schema(tmp_path):
    publish(frames(), tmp_path)
    table = pq.read_table(tmp_path / "parquet" / "contributions.parquet")
    assert table.schema == arrow_schema("contributions")
    assert table.schema.metadata == arrow_schema("contributions").metadata
    assert table.schema.pandas_metadata is None
    assert table.column("contribution_id").to_pylist() == ["b000000000000001", "b000000000000002",
                                                           "b000000000000003"]
    assert table.column("count_high").to_pylist() == [None, 600, 395]
    assert table.column("as_of_date").to_pylist()[2] == dt.date(2013, 6, 27)
    metadata = pq.ParquetFile(tmp_path / "parquet" / "contributions.parquet").metadata
    assert metadata.row_group(0).column(0).compression == "ZSTD"
    assert pq.read_table(tmp_path / "parquet" / "documents.parquet").column("source_name").to_pylist() == [
        "000_0cfa2f82a8c410f2", "002_fdb4b3e7f5745b0a"]


def test_duckdb_holds_every_table_with_keys_and_comments(tmp_path):
    publish(frames(), tmp_path)
    con = duckdb.connect(str(tmp_path / "peacekeeping.duckdb"), read_only=True)
    try:
        counts = {name: con.sql(f'SELECT count(*) FROM "{name}"').fetchall()[0][0] for name in TABLES}
        assert counts == {"documents": 2, "missions": 1, "mission_aliases": 1, "contributions": 3, "events": 0,
                          "mission_mentions": 0, "rejected_rows": 0, "official_contributions": 0,
                          "mission_strength": 0, "claims": 0, "event_claims": 0}
        assert con.sql(
            "SELECT contribution_id, contributor_iso3, count_low, count_high, status FROM contributions "
            "ORDER BY contribution_id"
        ).fetchall() == [
            ("b000000000000001", "CHN", 500, None, "offered"),
            ("b000000000000002", "CHN", 500, 600, "offered"),
            ("b000000000000003", "NLD", 395, 395, "deployed"),
        ]
        assert con.sql("SELECT host_iso3 FROM missions").fetchall() == [(["MLI"],)]
        constraints = set(con.sql(
            "SELECT table_name, constraint_text FROM duckdb_constraints() "
            "WHERE constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY')"
        ).fetchall())
        assert {
            ("contributions", "PRIMARY KEY(contribution_id)"),
            ("contributions", "FOREIGN KEY (doc_id) REFERENCES documents(doc_id)"),
            ("mission_aliases", "FOREIGN KEY (mission_acronym) REFERENCES missions(mission_acronym)"),
            ("events", "FOREIGN KEY (doc_id) REFERENCES documents(doc_id)"),
        } <= constraints
        comment = con.sql(
            "SELECT comment FROM duckdb_columns() WHERE table_name = 'contributions' AND column_name = 'status'"
        ).fetchall()[0][0]
        assert comment == TABLES["contributions"].column("status").description
        assert con.sql("SELECT comment FROM duckdb_tables() WHERE table_name = 'missions'").fetchall()[0][0] == \
            TABLES["missions"].description
    finally:
        con.close()


def test_crash_in_the_middle_leaves_the_previous_release(tmp_path, monkeypatch):
    publish(frames(), tmp_path)
    before = snapshot(tmp_path)
    real_writer = publisher._write_parquet
    written = []

    def crash_after_first_file(table, path):
        if written:
            raise OSError("disk full")
        real_writer(table, path)
        written.append(path)

    monkeypatch.setattr(publisher, "_write_parquet", crash_after_first_file)
    newer = frames(contributions=contributions()[:1])
    with pytest.raises(OSError, match="disk full"):
        publish(newer, tmp_path)
    assert len(written) == 1
    assert snapshot(tmp_path) == before
    assert pq.read_table(tmp_path / "parquet" / "contributions.parquet").num_rows == 3
    con = duckdb.connect(str(tmp_path / "peacekeeping.duckdb"), read_only=True)
    assert con.sql("SELECT count(*) FROM contributions").fetchall()[0][0] == 3
    con.close()

    monkeypatch.setattr(publisher, "_write_parquet", real_writer)
    summary = publish(newer, tmp_path)
    assert summary["contributions"] == 1
    assert pq.read_table(tmp_path / "parquet" / "contributions.parquet").num_rows == 1
    assert not list(tmp_path.glob(".staging-*"))


def test_a_reader_of_the_previous_release_is_not_disturbed(tmp_path):
    publish(frames(), tmp_path)
    old_reader = duckdb.connect(str(tmp_path / "peacekeeping.duckdb"), read_only=True)
    try:
        publish(frames(contributions=contributions()[:1]), tmp_path)
        assert old_reader.sql("SELECT count(*) FROM contributions").fetchall() == [(3,)]
    finally:
        old_reader.close()
    new_reader = duckdb.connect(str(tmp_path / "peacekeeping.duckdb"), read_only=True)
    assert new_reader.sql("SELECT count(*) FROM contributions").fetchall() == [(1,)]
    new_reader.close()


def test_a_stale_write_ahead_log_is_not_replayed_into_the_new_database(tmp_path):
    publish(frames(), tmp_path)
    (tmp_path / "peacekeeping.duckdb.wal").write_bytes(b"log of the previous database")
    publish(frames(), tmp_path)
    assert not (tmp_path / "peacekeeping.duckdb.wal").exists()
    con = duckdb.connect(str(tmp_path / "peacekeeping.duckdb"), read_only=True)
    assert con.sql("SELECT count(*) FROM documents").fetchall() == [(2,)]
    con.close()


def test_stale_staging_folders_are_removed(tmp_path):
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(done.stdout)
    stale = tmp_path / f".staging-{dead_pid}"
    (stale / "parquet").mkdir(parents=True)
    (stale / "parquet" / "contributions.parquet").write_bytes(b"half written")
    own = tmp_path / f".staging-{os.getpid()}"
    own.mkdir()
    live = tmp_path / ".staging-1"  # pid 1 is always alive: another publisher may be at work there
    live.mkdir()
    publish(frames(), tmp_path)
    assert not stale.exists()
    assert not own.exists()
    assert live.exists()


def test_invalid_tables_are_refused_before_anything_is_written(tmp_path):
    publish(frames(), tmp_path)
    before = snapshot(tmp_path)
    bad_status = contributions() + [contribution("b000000000000009", DOC_A, 900, 10, 10, status="promised")]
    with pytest.raises(PublishError, match=r"contributions: status: isin\(.*\) \('promised', row 3\)"):
        publish(frames(contributions=bad_status), tmp_path)
    orphan = contributions() + [contribution("b000000000000009", "ffffffffffffffff", 900, 10, 10)]
    with pytest.raises(PublishError, match=r"contributions: doc_id = \['ffffffffffffffff'\] not in documents"):
        publish(frames(contributions=orphan), tmp_path)
    with pytest.raises(KeyError, match="contribution"):
        publish({"contribution": pd.DataFrame()}, tmp_path)
    assert snapshot(tmp_path) == before


def test_a_release_without_a_table_removes_its_old_file(tmp_path):
    publish(frames(), tmp_path)
    tables = frames()
    del tables["mission_mentions"]
    summary = publish(tables, tmp_path)
    assert "mission_mentions" not in summary
    assert not (tmp_path / "parquet" / "mission_mentions.parquet").exists()
    assert (tmp_path / "parquet" / "contributions.parquet").exists()


def test_a_partial_release(tmp_path):
    summary = publish({"contributions": pd.DataFrame(contributions())}, tmp_path)
    assert summary["contributions"] == 3
    assert sorted(summary["files"]) == ["parquet/contributions.parquet", "peacekeeping.duckdb"]
    con = duckdb.connect(str(tmp_path / "peacekeeping.duckdb"), read_only=True)
    assert con.sql("SELECT count(*) FROM contributions").fetchall() == [(3,)]
    con.close()


def test_write_run_metadata(tmp_path):
    path = write_run_metadata(tmp_path, {
        "started_at": dt.datetime(2024, 6, 1, 12, 0, 5),
        "n_documents": 2,
        "version": "0.1.0",
        "reference_date": dt.date(2024, 6, 1),
    })
    assert path == tmp_path / "run_metadata.json"
    assert path.read_text() == (
        '{\n  "n_documents": 2,\n  "reference_date": "2024-06-01",\n  "started_at": "2024-06-01T12:00:05",\n'
        '  "version": "0.1.0"\n}\n'
    )
    assert json.loads(path.read_text())["n_documents"] == 2
    assert [p.name for p in tmp_path.iterdir()] == ["run_metadata.json"]


# ----------------------------------------------------------------------------------------------------------------
# Whole-set publishing: a kill after each step leaves one whole build behind the stable paths
# ----------------------------------------------------------------------------------------------------------------

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KILL_AFTER = """
import os, signal, sys
import pipeline.publish as publisher
from tests.test_publish import contributions, frames
step = sys.argv[2]
publisher._ON_STEP = lambda name: os.kill(os.getpid(), signal.SIGKILL) if name == step else None
publisher.publish(frames(contributions=contributions()[:1]), sys.argv[1], {"run_id": "second"})
"""


def whole_build(output) -> str:
    """The run id of the build the stable paths show, after checking that every file is that build's."""
    metadata = json.loads((output / "run_metadata.json").read_text())
    for relative, digest in metadata["files"].items():
        assert sha256_file(output / relative) == digest, relative
    con = duckdb.connect(str(output / "peacekeeping.duckdb"), read_only=True)
    try:
        n = con.sql("SELECT count(*) FROM contributions").fetchall()[0][0]
    finally:
        con.close()
    assert n == metadata["tables"]["contributions"]
    assert pq.read_table(output / "parquet" / "contributions.parquet").num_rows == n
    return metadata["run_id"]


@pytest.mark.parametrize("step", publisher.PUBLISH_STEPS)
def test_a_kill_after_each_publish_step_leaves_one_whole_build(tmp_path, step):
    publish(frames(), tmp_path, {"run_id": "first"})
    done = subprocess.run([sys.executable, "-c", KILL_AFTER, str(tmp_path), step], cwd=ROOT,
                          capture_output=True, text=True)
    assert done.returncode == -9, done.stderr
    expected = "first" if step in ("staged", "renamed") else "second"
    assert whole_build(tmp_path) == expected
    # The next publish cleans up what the killed one left and publishes a whole build again.
    summary = publish(frames(), tmp_path, {"run_id": "third"})
    assert whole_build(tmp_path) == "third"
    builds = sorted(p.name for p in (tmp_path / "builds").iterdir())
    assert len(builds) == publisher.KEEP_BUILDS and summary["build"] in builds


def test_first_publish_over_the_per_file_layout_of_earlier_versions(tmp_path):
    (tmp_path / "parquet").mkdir()
    (tmp_path / "parquet" / "contributions.parquet").write_bytes(b"old")
    (tmp_path / "peacekeeping.duckdb").write_bytes(b"old")
    (tmp_path / "run_metadata.json").write_text("{}")
    publish(frames(), tmp_path, {"run_id": "new"})
    assert whole_build(tmp_path) == "new"
    assert (tmp_path / "parquet").is_symlink()
    assert not list(tmp_path.glob(".legacy-*"))


def test_stale_build_staging_folders_are_removed(tmp_path):
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = tmp_path / "builds" / f".staging-{int(done.stdout)}"
    stale.mkdir(parents=True)
    publish(frames(), tmp_path)
    assert not stale.exists()


def test_publish_keeps_of_each_table_only_the_columns_its_foreign_keys_read():
    """Tables are checked and turned into Arrow one at a time (issue 12): the frames let go, only these stay."""
    from pipeline.publish import _key_columns

    assert _key_columns("documents") == ["doc_id"]  # referred to by contributions, events, mentions
    assert _key_columns("contributions") == ["doc_id"]  # refers to documents
    assert _key_columns("missions") == ["mission_acronym"]  # referred to by the aliases and official tables
    assert _key_columns("claims") == []


class _RecordingConnection:
    """A DuckDB connection that records the statements executed on it."""

    def __init__(self, connection, statements: list[str]):
        self._connection, self._statements = connection, statements

    def execute(self, sql, *args):
        self._statements.append(" ".join(sql.split()[:2]).upper())
        return self._connection.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._connection, name)


def test_the_duckdb_schema_is_written_in_one_transaction_and_each_table_in_its_own(tmp_path, monkeypatch):
    """Every CREATE and COMMENT of the database (tables and views) is inside one BEGIN ... COMMIT, so DuckDB
    flushes its log once for them instead of once per statement; then each table's INSERT commits on its own (one
    transaction of every table's rows did not fit DuckDB's memory limit at 200,000 documents); the checkpoint
    comes last; the file holds everything."""
    statements: list[str] = []
    connect = duckdb.connect
    monkeypatch.setattr(publisher, "duckdb", type("Module", (), {
        "connect": staticmethod(lambda *a, **k: _RecordingConnection(connect(*a, **k), statements))}))
    publish(frames(), tmp_path)
    commit = statements.index("COMMIT")
    assert statements[0] == "BEGIN TRANSACTION"
    assert statements.count("BEGIN TRANSACTION") == 1 and statements.count("COMMIT") == 1
    assert {s.split()[0] for s in statements[1:commit]} == {"CREATE", "COMMENT"}
    assert statements[commit + 1:-1] == ["INSERT INTO"] * len(TABLES)
    assert statements[-1] == "CHECKPOINT"
    con = duckdb.connect(str(tmp_path / "peacekeeping.duckdb"), read_only=True)
    try:
        assert con.sql("SELECT count(*) FROM contributions").fetchall() == [(3,)]
        assert con.sql("SELECT count(*) FROM duckdb_views() WHERE NOT internal").fetchall()[0][0] > 0
    finally:
        con.close()
