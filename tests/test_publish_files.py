"""Publishing tables handed on as Parquet files (pipeline.publish_files): the same bytes as publishing frames,
written in row groups from a DuckDB sort, and the same refusals of invalid tables."""

from __future__ import annotations

import duckdb
import pyarrow.parquet as pq
import pytest

import pipeline.publish as publisher
from pipeline.publish import PublishError, publish
from pipeline.table_validation import write_table
from schemas.validation import coerce_frame
from tests.test_publish import DOC_A, DOC_B, contribution, frames


def _rejected() -> list[dict]:
    # rejected_rows sorts by table_name, doc_id (nullable: nulls last) and rejected_id
    return [{"rejected_id": f"{i:016x}", "table_name": table, "doc_id": doc, "check_name": "x", "reason": "y",
             "row_json": "{}"}
            for i, (table, doc) in enumerate([("events", None), ("contributions", DOC_B), ("contributions", None),
                                              ("contributions", DOC_A), ("documents", None), ("events", DOC_A)])]


def _many_contributions() -> list[dict]:
    rows = [contribution(f"c{i:015x}", DOC_A if i % 3 else DOC_B, 1000 - i, 500, 600) for i in range(7)]
    rows += [contribution(f"d{i:015x}", DOC_B, 5, 500, 600, figure_text=f"{i % 2}") for i in range(4)]
    return rows


def _database_rows(output, table: str) -> list[tuple]:
    con = duckdb.connect(str(output / "peacekeeping.duckdb"), read_only=True)
    try:
        return con.execute(f"SELECT * FROM {table}").fetchall()  # in insertion order
    finally:
        con.close()


def _files(tables: dict, folder) -> dict[str, str]:
    return {name: str(write_table(name, coerce_frame(name, frame), folder / f"{name}.parquet"))
            for name, frame in tables.items()}


def test_published_files_are_the_bytes_of_published_frames_over_several_row_groups(tmp_path, monkeypatch):
    monkeypatch.setattr(publisher, "ROW_GROUP_SIZE", 3)  # 11 contributions: row groups of 3, 3, 3, 2
    tables = frames(contributions=_many_contributions(), rejected_rows=_rejected())
    from_frames = publish(tables, tmp_path / "frames")
    from_files = publish(_files(tables, tmp_path / "in"), tmp_path / "files")
    # The DuckDB file's bytes are not stable from one build to the next: its rows are compared instead.
    assert {k: v for k, v in from_files["files"].items() if k.startswith("parquet/")} == {
        k: v for k, v in from_frames["files"].items() if k.startswith("parquet/")}
    assert {k: v for k, v in from_files.items() if k not in ("build", "files")} == {
        k: v for k, v in from_frames.items() if k not in ("build", "files")}
    for table in ("contributions", "rejected_rows"):
        assert _database_rows(tmp_path / "files", table) == _database_rows(tmp_path / "frames", table)
    published = pq.ParquetFile(tmp_path / "files" / "parquet" / "contributions.parquet")
    assert [published.metadata.row_group(i).num_rows for i in range(published.num_row_groups)] == [3, 3, 3, 2]
    rejected = pq.read_table(tmp_path / "files" / "parquet" / "rejected_rows.parquet").to_pylist()
    assert [(r["table_name"], r["doc_id"]) for r in rejected] == [
        ("contributions", DOC_A), ("contributions", DOC_B), ("contributions", None), ("documents", None),
        ("events", DOC_A), ("events", None)]


def test_an_empty_table_file_is_published_as_an_empty_table_file(tmp_path):
    tables = frames()
    from_frames = publish(tables, tmp_path / "frames")
    from_files = publish(_files(tables, tmp_path / "in"), tmp_path / "files")
    assert from_files["files"]["parquet/events.parquet"] == from_frames["files"]["parquet/events.parquet"]
    assert from_files["events"] == 0


def test_invalid_files_are_refused_before_a_build_is_made(tmp_path):
    tables = frames()
    duplicate = frames(contributions=[*tables["contributions"].to_dict("records"),
                                      tables["contributions"].iloc[0].to_dict()])
    orphan = frames(contributions=[contribution("b000000000000009", "ffffffffffffffff", 1, 5, 5)])
    for rows_validated in (False, True):  # files of validated_tables: keys and foreign keys are still checked
        with pytest.raises(PublishError, match="contribution_id"):
            publish(_files(duplicate, tmp_path / "dup"), tmp_path / "out", rows_validated=rows_validated)
        with pytest.raises(PublishError, match="ffffffffffffffff"):
            publish(_files(orphan, tmp_path / "orphan"), tmp_path / "out", rows_validated=rows_validated)
    assert not (tmp_path / "out" / "current").exists()
    with pytest.raises(TypeError, match="frames or Parquet files"):
        publish({**tables, "events": str(tmp_path / "orphan" / "events.parquet")}, tmp_path / "out")
