"""What validated_tables checks for the blocking checks (pipeline.table_validation): a table's structure, every
row of rejected_rows, the foreign keys."""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.table_validation import (
    ChunkedSplit,
    arrow_of,
    file_foreign_key_failures,
    file_schema_failures,
    foreign_key_failures,
    schema_failures,
    split_chunks,
    write_table,
)
from schemas.validation import coerce_frame, split_valid


def _missions() -> list[dict]:
    return [{"mission_acronym": "MINUSMA", "name": "Mission in Mali", "organisation": "UN", "kind": "peacekeeping",
             "host_iso3": ["MLI"], "start_date": None, "start_precision": None, "is_active": True,
             "source": "reference snapshot", "n_documents": 1}]


def test_a_split_table_passes_and_a_wrong_dtype_or_a_missing_column_fails():
    valid, rejected = split_valid("missions", _missions())
    assert len(valid) == 1 and rejected.empty
    assert schema_failures("missions", valid) == []
    wrong = valid.assign(n_documents=valid["n_documents"].astype("float64"))
    assert [(f["column"], f["failure_case"]) for f in schema_failures("missions", wrong)] == [
        ("n_documents", "float64")]
    missing = valid.drop(columns=["name"])
    assert ("column_in_dataframe", "name") in {(f["check"], f["failure_case"])
                                               for f in schema_failures("missions", missing)}


def test_every_row_of_rejected_rows_is_validated():
    row = {"rejected_id": "0123456789abcdef", "table_name": "documents", "doc_id": None, "check_name": "inventory",
           "reason": "missing file", "row_json": "{}"}
    assert schema_failures("rejected_rows", coerce_frame("rejected_rows", [row])) == []
    bad = coerce_frame("rejected_rows", [row, {**row, "rejected_id": "not a hash"}])
    failures = schema_failures("rejected_rows", bad)
    assert [(f["column"], f["failure_case"], f["index"]) for f in failures] == [("rejected_id", "not a hash", 1)]


def test_a_foreign_key_that_points_nowhere_is_reported_once_per_key():
    missions = coerce_frame("missions", _missions())
    aliases = coerce_frame("mission_aliases", [
        {"mission_acronym": "MINUSMA", "alias": "MINUSMA", "alias_kind": "acronym"},
        {"mission_acronym": "NOPE", "alias": "Nope", "alias_kind": "acronym"}])
    assert foreign_key_failures({"missions": missions, "mission_aliases": aliases.iloc[:1]}) == []
    failures = foreign_key_failures({"missions": missions, "mission_aliases": aliases})
    assert [(f["table"], f["value"], f["n_rows"]) for f in failures] == [("mission_aliases", ["NOPE"], 1)]


def _chunked(name: str, rows: list[dict], size: int, path) -> tuple[list[dict], list[dict]]:
    valid_path, rejected = split_chunks(name, (rows[i:i + size] for i in range(0, len(rows), size)), path)
    return pq.read_table(valid_path).to_pylist(), rejected.to_dict("records")


def _whole(name: str, rows: list[dict]) -> tuple[list[dict], list[dict]]:
    valid, rejected = split_valid(name, rows)
    return arrow_of(name, valid).to_pylist(), rejected.to_dict("records")


def test_a_split_in_chunks_is_the_split_of_the_whole_table(tmp_path):
    """Duplicates across chunks (the primary key, the unique source_name, both), a duplicate of a row that is
    itself rejected for another reason (not a first occurrence), the same rejected row in two chunks (its
    occurrence in the id): the rows and ids of split_valid, whatever the chunk size."""
    base = {"file": "f.txt", "language": "en", "media_type": "text/plain", "ingest_status": "ok"}
    a, b, c, d = "a" * 16, "b" * 16, "c" * 16, "d" * 16
    documents = [{**base, "doc_id": a, "source_name": "x"}, {**base, "doc_id": "bad", "source_name": "w"},
                 {**base, "doc_id": a, "source_name": "y"}, {**base, "doc_id": b, "source_name": "x"},
                 {**base, "doc_id": "bad", "source_name": "w"}, {**base, "doc_id": a, "source_name": "x"},
                 {**base, "doc_id": c, "source_name": "w"}, {**base, "doc_id": d, "source_name": "z",
                                                             "n_bytes": "many"}]
    whole = _whole("documents", documents)
    assert len(whole[0]) == 2 and len(whole[1]) == 6  # a/x and c/w kept
    for size in (1, 2, 3, 8):
        assert _chunked("documents", documents, size, tmp_path / f"documents-{size}.parquet") == whole


def test_a_split_in_chunks_of_frames_is_the_split_of_the_whole_table(tmp_path):
    with pytest.raises(ValueError, match="one-column primary key"):
        ChunkedSplit("mission_aliases", tmp_path / "aliases.parquet")
    rows = [{"mention_id": f"{i % 5:016x}", "doc_id": "a" * 16, "mission_acronym": "MINUSMA", "surface": "MINUSMA",
             "char_start": i, "char_end": i + 1, "method": "acronym", "score": 1.0 if i != 7 else -1.0} for i in range(12)]
    whole = _whole("mission_mentions", rows)
    chunks = [pd.DataFrame(rows[i:i + 4], dtype=object) for i in range(0, 12, 4)]
    valid_path, rejected = split_chunks("mission_mentions", chunks, tmp_path / "mentions.parquet")
    assert (pq.read_table(valid_path).to_pylist(), rejected.to_dict("records")) == whole


def test_the_checks_of_files_report_what_the_checks_of_frames_report(tmp_path):
    missions = coerce_frame("missions", _missions())
    aliases = coerce_frame("mission_aliases", [
        {"mission_acronym": m, "alias": a, "alias_kind": "acronym"}
        for m, a in [("MINUSMA", "A"), ("NOPE", "B"), ("MINUSMA", "C"), ("NADA", "D"), ("NOPE", "E")]])
    frames = {"missions": missions, "mission_aliases": aliases}
    files = {name: write_table(name, frame, tmp_path / f"{name}.parquet") for name, frame in frames.items()}
    assert file_foreign_key_failures(files) == foreign_key_failures(frames)
    assert [(f["value"], f["n_rows"], f["first_index"]) for f in file_foreign_key_failures(files)] == [
        (["NOPE"], 2, 1), (["NADA"], 1, 3)]
    assert file_schema_failures("missions", files["missions"]) == []
    pq.write_table(pa.table({"mission_acronym": ["X"], "name": [1]}), tmp_path / "wrong.parquet")
    failures = file_schema_failures("missions", tmp_path / "wrong.parquet")
    assert ("name", "int64") in {(f["column"], f["failure_case"]) for f in failures}
    assert ("organisation", None) in {(f["column"], f["failure_case"]) for f in failures}
