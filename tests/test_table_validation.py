"""What validated_tables checks for the blocking checks (pipeline.table_validation): a table's structure, every
row of rejected_rows, the foreign keys."""

from __future__ import annotations

from pipeline.table_validation import foreign_key_failures, schema_failures
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
