"""Tests of everything derived from the schema registry: pandera, coercion, rejected rows, Arrow, DuckDB DDL,
the Data Package and the data dictionary."""

from __future__ import annotations

import datetime as dt
import json

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.publish import publish
from schemas import duckdb as ddl
from schemas.arrow import arrow_schema, to_arrow
from schemas.datapackage import (
    data_dictionary_markdown,
    datapackage,
    table_schema,
    validate_datapackage,
    write_datapackage,
)
from schemas.registry import TABLES
from schemas.validation import (
    check_foreign_keys,
    coerce_frame,
    pandera_schema,
    row_json,
    split_valid,
    validate,
)

DOC_ID = "0cfa2f82a8c410f2"
EVIDENCE = '"China has offered between 500 and 600 soldiers," said one senior diplomat yesterday.'


def contribution(**changes) -> dict:
    row = {
        "contribution_id": "a1b2c3d4e5f60718",
        "doc_id": DOC_ID,
        "contributor_iso3": "CHN",
        "mission_acronym": "MINUSMA",
        "scope": "mission",
        "personnel_type": "troops",
        "count_low": 500,
        "count_high": 600,
        "count_best": 550,
        "count_approx": False,
        "status": "offered",
        "as_of_date": dt.date(2013, 5, 23),
        "as_of_precision": "day",
        "evidence": EVIDENCE,
        "char_start": 120,
        "char_end": 206,
        "figure_text": "between 500 and 600",
        "mission_method": "focus",
        "extractor": "contributions/1",
    }
    row.update(changes)
    return row


def document(**changes) -> dict:
    row = {
        "doc_id": DOC_ID,
        "source_name": "000_0cfa2f82a8c410f2",
        "file": "000_0cfa2f82a8c410f2.txt",
        "title": "China offers troops for Mali peacekeeping force",
        "publisher": "Reuters",
        "published_date": dt.date(2013, 5, 24),
        "published_precision": "day",
        "language": "en",
        "media_type": "text/plain",
        "n_bytes": 2450,
        "n_chars": 2431,
        "ingest_status": "ok",
    }
    row.update(changes)
    return row


def mission(**changes) -> dict:
    row = {
        "mission_acronym": "MINUSMA",
        "name": "United Nations Multidimensional Integrated Stabilization Mission in Mali",
        "organisation": "UN",
        "kind": "peacekeeping",
        "host_iso3": ["MLI"],
        "start_date": dt.date(2013, 4, 25),
        "start_precision": "day",
        "end_date": dt.date(2023, 12, 31),
        "end_precision": "day",
        "is_active": False,
        "predecessor": "AFISMA",
        "location": "Bamako",
        "longitude": -8.0,
        "latitude": 12.65,
        "source": "reference snapshot",
        "n_documents": 2,
    }
    row.update(changes)
    return row


# ----------------------------------------------------------------------------------------------------------------
# pandera
# ----------------------------------------------------------------------------------------------------------------


def test_pandera_schema_follows_the_registry():
    for name, table in TABLES.items():
        schema = pandera_schema(name)
        assert list(schema.columns) == table.column_names
        assert schema.strict is True and schema.ordered is True
        assert schema.unique == list(table.primary_key)
        for column in table.columns:
            assert schema.columns[column.name].nullable is column.nullable


def test_valid_rows_pass():
    assert validate("contributions", coerce_frame("contributions", [contribution()])) == []
    assert validate("documents", coerce_frame("documents", [document()])) == []
    assert validate("missions", coerce_frame("missions", [mission()])) == []


@pytest.mark.parametrize(
    ("table", "row", "column", "check", "failure_case"),
    [
        ("contributions", contribution(status="promised"), "status",
         "isin(['offered', 'pledged', 'planned', 'deployed', 'serving', 'cumulative', 'withdrawn'])", "promised"),
        ("contributions", contribution(personnel_type="soldiers"), "personnel_type", None, "soldiers"),
        ("contributions", contribution(contributor_iso3=None), "contributor_iso3", "not_nullable", None),
        ("contributions", contribution(count_best=None), "count_best", "not_nullable", None),
        ("contributions", contribution(contributor_iso3="chn"), "contributor_iso3",
         "str_fullmatch('^[A-Z]{3}$')", "chn"),
        # re.match would accept the trailing newline; the registry means a full match.
        ("contributions", contribution(contributor_iso3="CHN\n"), "contributor_iso3",
         "str_fullmatch('^[A-Z]{3}$')", "CHN\n"),
        ("contributions", contribution(doc_id="0CFA2F82A8C410F2"), "doc_id",
         "str_fullmatch('^[0-9a-f]{16}$')", "0CFA2F82A8C410F2"),
        ("contributions", contribution(count_low=-5), "count_low", "greater_than_or_equal_to(0)", -5),
        ("missions", mission(latitude=91.5), "latitude", "less_than_or_equal_to(90)", 91.5),
        ("missions", mission(longitude=-180.5), "longitude", "greater_than_or_equal_to(-180)", -180.5),
        ("missions", mission(organisation="UNO"), "organisation", None, "UNO"),
        ("documents", document(ingest_status="failed"), "ingest_status", "isin(['ok', 'error'])", "failed"),
    ],
)
def test_pandera_catches_each_constraint(table, row, column, check, failure_case):
    failures = validate(table, coerce_frame(table, [row]))
    assert len(failures) == 1
    failure = failures[0]
    assert failure["column"] == column
    assert failure["index"] == 0
    assert failure["failure_case"] == failure_case
    if check is None:
        assert failure["check"].startswith("isin(")
    else:
        assert failure["check"] == check


def test_pandera_catches_duplicate_primary_key_after_the_first():
    frame = coerce_frame("contributions", [contribution(), contribution(evidence="Same id again.")])
    assert validate("contributions", frame) == [
        {"schema_context": "DataFrameSchema", "column": "contribution_id", "check": "multiple_fields_uniqueness",
         "failure_case": "a1b2c3d4e5f60718", "index": 1},
    ]


def test_pandera_catches_duplicate_composite_key_and_unique_column():
    aliases = coerce_frame("mission_aliases", [
        {"mission_acronym": "MINUSMA", "alias": "MINUSMA", "alias_kind": "acronym"},
        {"mission_acronym": "MINUSMA", "alias": "Mali mission", "alias_kind": "variant"},
        {"mission_acronym": "MINUSMA", "alias": "MINUSMA", "alias_kind": "name"},
    ])
    assert [(f["column"], f["check"], f["index"]) for f in validate("mission_aliases", aliases)] == [
        ("mission_acronym", "multiple_fields_uniqueness", 2),
        ("alias", "multiple_fields_uniqueness", 2),
    ]
    docs = coerce_frame("documents", [document(), document(doc_id="1111111111111111")])
    assert validate("documents", docs) == [
        {"schema_context": "Column", "column": "source_name", "check": "field_uniqueness",
         "failure_case": "000_0cfa2f82a8c410f2", "index": 1},
    ]


def test_pandera_catches_wrong_kinds_in_object_columns():
    missions = coerce_frame("missions", [mission()])
    missions["host_iso3"] = pd.Series(["MLI"], dtype=object)
    missions["start_date"] = pd.Series([dt.datetime(2013, 4, 25, 12, 0)], dtype=object)
    failures = validate("missions", missions)
    assert [(f["column"], f["check"]) for f in failures] == [
        ("host_iso3", "is_string_list"),
        ("start_date", "dtype('date')"),
    ]


def test_pandera_is_strict_about_columns():
    frame = coerce_frame("contributions", [contribution()])
    frame["source_name"] = "x"
    failures = validate("contributions", frame)
    assert [(f["check"], f["failure_case"], f["index"]) for f in failures] == [
        ("column_in_schema", "source_name", None),
    ]


# ----------------------------------------------------------------------------------------------------------------
# coerce_frame
# ----------------------------------------------------------------------------------------------------------------


def test_coerce_frame_dtypes_order_and_missing_columns():
    frame = coerce_frame("missions", [{"name": "x", "mission_acronym": "UNMIL", "n_documents": 1}])
    assert list(frame.columns) == TABLES["missions"].column_names
    assert {c: str(t) for c, t in frame.dtypes.items()} == {
        "mission_acronym": "string", "name": "string", "organisation": "string", "lead_iso3": "string",
        "kind": "string",
        "host_iso3": "object", "start_date": "object", "start_precision": "string", "end_date": "object",
        "end_precision": "string", "is_active": "boolean", "predecessor": "string", "successor": "string",
        "location": "string", "longitude": "Float64", "latitude": "Float64", "source": "string",
        "n_documents": "Int64",
    }
    assert frame.loc[0, "host_iso3"] is None
    assert frame.loc[0, "start_date"] is None
    assert frame.loc[0, "is_active"] is pd.NA


def test_coerce_frame_accepts_frames_read_back_from_parquet():
    frame = pd.DataFrame({
        "mission_acronym": ["MINUSMA", "UNMIL"],
        "host_iso3": [np.array(["MLI"], dtype=object), None],
        "start_date": pd.to_datetime(["2013-04-25", None]),
        "end_date": ["2023-12-31", None],
        "n_documents": [2.0, np.nan],
        "latitude": [12.65, np.nan],
        "is_active": [False, True],
    })
    out = coerce_frame("missions", frame)
    assert out["host_iso3"].tolist() == [["MLI"], None]
    assert out["start_date"].tolist() == [dt.date(2013, 4, 25), None]
    assert out["end_date"].tolist() == [dt.date(2023, 12, 31), None]
    assert out["n_documents"].tolist() == [2, pd.NA]
    assert out["latitude"].tolist() == [12.65, pd.NA]
    assert out["is_active"].tolist() == [False, True]
    # list input and frame input give the same frame
    again = coerce_frame("missions", out)
    pd.testing.assert_frame_equal(again, out)


def test_coerce_frame_keeps_equal_length_lists_as_elements():
    out = coerce_frame("missions", [mission(host_iso3=["SDN", "SSD"]), mission(mission_acronym="B",
                                                                                 host_iso3=["CAF", "TCD"])])
    assert out["host_iso3"].tolist() == [["SDN", "SSD"], ["CAF", "TCD"]]


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("count_best", "550", "contributions.count_best: cannot read '550' (str) as int64 (row 0; 1 such value(s) "
                              "in the column)"),
        ("count_best", 550.5, "contributions.count_best: cannot read 550.5 (float) as int64"),
        ("count_best", True, "contributions.count_best: cannot read True (bool) as int64"),
        ("count_approx", "false", "contributions.count_approx: cannot read 'false' (str) as bool"),
        ("as_of_date", "23 May 2013", "contributions.as_of_date: cannot read '23 May 2013' (str) as date"),
        ("as_of_date", dt.datetime(2013, 5, 23, 9, 30),
         "contributions.as_of_date: cannot read datetime.datetime(2013, 5, 23, 9, 30) (datetime) as date"),
        ("contributor_iso3", 156, "contributions.contributor_iso3: cannot read 156 (int) as string"),
    ],
)
def test_coerce_frame_refuses_values_of_the_wrong_kind(column, value, message):
    with pytest.raises(TypeError) as error:
        coerce_frame("contributions", [contribution(**{column: value})])
    assert str(error.value).startswith(message)


def test_coerce_frame_refuses_other_bad_input():
    with pytest.raises(TypeError, match=r"^contributions\.count_best: cannot read 9223372036854775808 \(int\)"):
        coerce_frame("contributions", [contribution(count_best=2**63)])
    with pytest.raises(TypeError, match=r"^missions\.host_iso3: cannot read \['MLI', 466\] \(list\) as list<string>"):
        coerce_frame("missions", [mission(host_iso3=["MLI", 466])])
    with pytest.raises(TypeError, match=r"^missions\.start_date: cannot read Timestamp\('2013-04-25 08:00:00'\)"):
        coerce_frame("missions", pd.DataFrame({"start_date": pd.to_datetime(["2013-04-25 08:00"])}))
    frame = pd.DataFrame([[1, 2]], columns=["n_documents", "n_documents"])
    with pytest.raises(ValueError, match=r"^missions: repeated columns: n_documents$"):
        coerce_frame("missions", frame)
    with pytest.raises(KeyError, match="unknown table 'contribution'"):
        coerce_frame("contribution", [])


def test_coerce_frame_round_trips_through_parquet(tmp_path):
    frame = coerce_frame("missions", [mission(), mission(mission_acronym="UNMIL", host_iso3=None, start_date=None,
                                                         latitude=None, is_active=True)])
    pq.write_table(to_arrow("missions", frame), tmp_path / "m.parquet")
    back = coerce_frame("missions", pq.read_table(tmp_path / "m.parquet").to_pandas())
    pd.testing.assert_frame_equal(back, frame)
    assert validate("missions", back) == []


def test_coerce_frame_refuses_unknown_columns():
    with pytest.raises(ValueError, match=r"^contributions: columns not in the registry: source_name, who$"):
        coerce_frame("contributions", [contribution(who="China", source_name="x")])


def test_coerce_frame_of_no_rows():
    frame = coerce_frame("events", [])
    assert frame.shape == (0, len(TABLES["events"].columns))
    assert str(frame["char_start"].dtype) == "Int64"
    assert validate("events", frame) == []


# ----------------------------------------------------------------------------------------------------------------
# split_valid
# ----------------------------------------------------------------------------------------------------------------


def test_split_valid_returns_exact_rejected_rows():
    rows = [
        contribution(),
        contribution(contribution_id="1111111111111111", status="promised", contributor_iso3=None),
        contribution(evidence="China has offered 500 troops."),  # duplicate primary key
        contribution(contribution_id="2222222222222222", count_low="five hundred"),
        contribution(contribution_id="3333333333333333", count_high=-1),
    ]
    valid, rejected = split_valid("contributions", rows)
    assert valid["contribution_id"].tolist() == ["a1b2c3d4e5f60718"]
    assert len(valid) + len(rejected) == len(rows)
    assert list(rejected.columns) == TABLES["rejected_rows"].column_names
    assert validate("rejected_rows", rejected) == []
    assert rejected["table_name"].tolist() == ["contributions"] * 4
    assert rejected["doc_id"].tolist() == [DOC_ID] * 4
    assert rejected["check_name"].tolist() == [
        "contributor_iso3.not_nullable; status.isin",
        "contribution_id.unique",
        "count_low.coerce",
        "count_high.greater_than_or_equal_to",
    ]
    assert rejected["reason"].tolist() == [
        "contributor_iso3: not_nullable failed for null; status: isin(['offered', 'pledged', 'planned', "
        "'deployed', 'serving', 'cumulative', 'withdrawn']) failed for 'promised'",
        "contribution_id: duplicate primary key (contribution_id='a1b2c3d4e5f60718') of an earlier row",
        "count_low: cannot read 'five hundred' (str) as int64",
        "count_high: greater_than_or_equal_to(0) failed for -1",
    ]
    unreadable = json.loads(rejected["row_json"].iloc[2])
    assert unreadable["count_low"] == "five hundred"
    assert unreadable["as_of_date"] == "2013-05-23"
    assert list(unreadable) == sorted(unreadable)
    assert rejected["row_json"].iloc[1] == row_json(contribution(evidence="China has offered 500 troops."))
    assert rejected["rejected_id"].str.fullmatch(r"[0-9a-f]{16}").all()


def test_split_valid_is_stable_and_ids_are_distinct_for_identical_rows():
    rows = [contribution(status="promised"), contribution(status="promised")]
    _, first = split_valid("contributions", rows)
    _, second = split_valid("contributions", rows)
    pd.testing.assert_frame_equal(first, second)
    assert first["rejected_id"].nunique() == 2


def test_split_valid_keeps_the_first_valid_occurrence_of_a_key():
    # The first occurrence is rejected for its status, so the second is no duplicate and is kept.
    rows = [contribution(status="promised"), contribution(evidence="Second sentence.")]
    valid, rejected = split_valid("contributions", rows)
    assert valid["evidence"].tolist() == ["Second sentence."]
    assert rejected["check_name"].tolist() == ["status.isin"]


def test_split_valid_composite_key_reason():
    rows = [
        {"mission_acronym": "MINUSMA", "alias": "MINUSMA", "alias_kind": "acronym"},
        {"mission_acronym": "MINUSMA", "alias": "MINUSMA", "alias_kind": "name"},
    ]
    valid, rejected = split_valid("mission_aliases", rows)
    assert len(valid) == 1
    assert rejected["check_name"].tolist() == ["mission_acronym+alias.unique"]
    assert rejected["reason"].tolist() == [
        "mission_acronym+alias: duplicate primary key (mission_acronym='MINUSMA', alias='MINUSMA') of an earlier row"
    ]
    assert rejected["doc_id"].isna().all()


def test_split_valid_rejects_unreadable_lists_and_tables_without_doc_id():
    valid, rejected = split_valid("missions", [mission(host_iso3="MLI"), mission(mission_acronym="UNMIL")])
    assert valid["mission_acronym"].tolist() == ["UNMIL"]
    assert rejected[["doc_id", "check_name", "reason"]].to_dict("records") == [
        {"doc_id": None, "check_name": "host_iso3.coerce", "reason": "host_iso3: cannot read 'MLI' (str) as list<string>"}
    ]
    assert json.loads(rejected["row_json"].iloc[0])["host_iso3"] == "MLI"


def test_split_valid_all_valid():
    valid, rejected = split_valid("contributions", pd.DataFrame([contribution()]))
    assert len(valid) == 1 and len(rejected) == 0
    pd.testing.assert_frame_equal(valid, coerce_frame("contributions", [contribution()]))


# ----------------------------------------------------------------------------------------------------------------
# Foreign keys
# ----------------------------------------------------------------------------------------------------------------


def test_check_foreign_keys():
    tables = {
        "documents": coerce_frame("documents", [document()]),
        "contributions": coerce_frame("contributions", [
            contribution(),
            contribution(contribution_id="1111111111111111", doc_id="ffffffffffffffff"),
            contribution(contribution_id="2222222222222222", doc_id="ffffffffffffffff"),
        ]),
        "missions": coerce_frame("missions", [mission()]),
        "mission_aliases": coerce_frame("mission_aliases", [
            {"mission_acronym": "MINUSMA", "alias": "MINUSMA", "alias_kind": "acronym"},
            {"mission_acronym": "AFISMA", "alias": "ASISMA", "alias_kind": "variant"},
        ]),
    }
    assert check_foreign_keys(tables) == [
        {"table": "mission_aliases", "columns": ["mission_acronym"], "ref_table": "missions",
         "ref_columns": ["mission_acronym"], "value": ["AFISMA"], "n_rows": 1, "first_index": 1},
        {"table": "contributions", "columns": ["doc_id"], "ref_table": "documents", "ref_columns": ["doc_id"],
         "value": ["ffffffffffffffff"], "n_rows": 2, "first_index": 1},
    ]
    tables["contributions"] = tables["contributions"].iloc[:1]
    tables["mission_aliases"] = tables["mission_aliases"].iloc[:1]
    assert check_foreign_keys(tables) == []
    # a referenced table that is not given is not checked
    assert check_foreign_keys({"contributions": coerce_frame("contributions", [contribution()])}) == []


# ----------------------------------------------------------------------------------------------------------------
# Arrow
# ----------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "column", "arrow_type"),
    [
        ("contributions", "contributor_iso3", pa.string()),
        ("contributions", "count_best", pa.int64()),
        ("contributions", "count_approx", pa.bool_()),
        ("contributions", "as_of_date", pa.date32()),
        ("missions", "latitude", pa.float64()),
        ("missions", "host_iso3", pa.list_(pa.string())),
    ],
)
def test_arrow_types(table, column, arrow_type):
    assert arrow_schema(table).field(column).type == arrow_type


def test_arrow_schema_metadata():
    schema = arrow_schema("contributions")
    assert schema.names == TABLES["contributions"].column_names
    field = schema.field("contributor_iso3")
    assert field.nullable is False
    assert field.metadata[b"description"] == b"ISO 3166-1 alpha-3 code of the contributing country."
    assert field.metadata[b"nullable"] == b"false"
    assert json.loads(field.metadata[b"constraints"]) == {"pattern": "^[A-Z]{3}$"}
    assert schema.field("mission_acronym").nullable is True
    assert schema.metadata[b"table"] == b"contributions"
    assert schema.metadata[b"description"] == TABLES["contributions"].description.encode()
    assert json.loads(schema.metadata[b"primary_key"]) == ["contribution_id"]
    assert schema.pandas_metadata is None


def test_to_arrow_values():
    table = to_arrow("missions", [mission()])
    assert table.schema == arrow_schema("missions")
    row = table.to_pylist()[0]
    assert row["host_iso3"] == ["MLI"]
    assert row["start_date"] == dt.date(2013, 4, 25)
    assert row["successor"] is None
    assert table.schema.pandas_metadata is None
    assert to_arrow("contributions", [contribution()]).column("as_of_date").type == pa.date32()


def test_to_arrow_refuses_nulls_in_required_columns():
    with pytest.raises(ValueError, match=r"^contributions\.status: 1 null\(s\) in a non-nullable column$"):
        to_arrow("contributions", [contribution(status=None)])


# ----------------------------------------------------------------------------------------------------------------
# DuckDB
# ----------------------------------------------------------------------------------------------------------------


def test_creation_order_puts_referenced_tables_first():
    order = ddl.creation_order()
    assert sorted(order) == sorted(TABLES)
    for name in order:
        for fk in TABLES[name].foreign_keys:
            assert order.index(fk.table) < order.index(name)
    assert ddl.creation_order(["contributions", "documents"]) == ["documents", "contributions"]


def test_ddl_runs_and_comments_are_visible():
    con = duckdb.connect()
    ddl.create_tables(con)
    tables = dict(con.sql("SELECT table_name, comment FROM duckdb_tables() WHERE NOT internal").fetchall())
    assert tables == {name: t.description for name, t in TABLES.items()}
    columns = con.sql(
        "SELECT table_name, column_name, data_type, is_nullable, comment FROM duckdb_columns() WHERE NOT internal"
    ).fetchall()
    expected = sorted(
        (name, c.name, ddl.DUCKDB_TYPES[c.type], c.nullable, c.description)
        for name, t in TABLES.items() for c in t.columns
    )
    assert sorted(columns) == expected
    constraints = set(con.sql(
        "SELECT table_name, constraint_type, constraint_text FROM duckdb_constraints() "
        "WHERE constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY')"
    ).fetchall())
    assert ("contributions", "PRIMARY KEY", "PRIMARY KEY(contribution_id)") in constraints
    assert ("contributions", "FOREIGN KEY", "FOREIGN KEY (doc_id) REFERENCES documents(doc_id)") in constraints
    assert ("mission_aliases", "PRIMARY KEY", "PRIMARY KEY(mission_acronym, alias)") in constraints


def _insert(con, name: str, rows: list[dict]) -> None:
    con.register("rows_to_insert", to_arrow(name, rows))
    try:
        con.execute(f'INSERT INTO "{name}" SELECT * FROM rows_to_insert')
    finally:
        con.unregister("rows_to_insert")


def test_ddl_enforces_keys_and_checks():
    con = duckdb.connect()
    ddl.create_tables(con)
    _insert(con, "documents", [document()])
    _insert(con, "contributions", [contribution()])
    with pytest.raises(duckdb.ConstraintException, match="foreign key"):
        _insert(con, "contributions", [contribution(contribution_id="1111111111111111", doc_id="ffffffffffffffff")])
    with pytest.raises(duckdb.ConstraintException, match="PRIMARY KEY|primary key|Duplicate key"):
        _insert(con, "contributions", [contribution()])
    with pytest.raises(duckdb.ConstraintException, match="CHECK"):
        con.execute("UPDATE contributions SET status = 'promised'")
    with pytest.raises(duckdb.ConstraintException, match="CHECK"):
        con.execute("UPDATE contributions SET contributor_iso3 = 'CHN1'")
    assert con.sql("SELECT contributor_iso3, count_low, count_high, status, as_of_date FROM contributions"
                   ).fetchall() == [("CHN", 500, 600, "offered", dt.date(2013, 5, 23))]


def test_ddl_of_a_subset_leaves_out_references_to_absent_tables():
    assert "REFERENCES" in ddl.ddl("contributions")
    assert "REFERENCES" not in ddl.ddl("contributions", ["contributions", "missions"])
    con = duckdb.connect()
    assert ddl.create_tables(con, ["contributions"]) == ["contributions"]
    _insert(con, "contributions", [contribution()])
    assert con.sql("SELECT count(*) FROM contributions").fetchall() == [(1,)]


def test_ddl_quotes_reserved_words():
    assert '"check_name" VARCHAR NOT NULL' in ddl.ddl("rejected_rows")  # every identifier is quoted
    assert ddl.comments("contributions")[0] == (
        'COMMENT ON TABLE "contributions" IS \'One row per quantified claim that a country sends, offers or has '
        "personnel in peacekeeping.';"
    )
    assert ddl.literal("it's") == "'it''s'"


# ----------------------------------------------------------------------------------------------------------------
# Data Package and data dictionary
# ----------------------------------------------------------------------------------------------------------------

EXTRA = {
    "licenses": [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
                  "title": "Creative Commons Attribution 4.0"}],
    "sources": [{"title": "News articles and UN press releases"}],
    "created": "2024-06-01T12:00:00Z",
    "code_commit": "c2e94a2",
}


def _release(tmp_path, **tables):
    frames = {"documents": [document()], "missions": [mission()], "contributions": [contribution()],
              "mission_aliases": [{"mission_acronym": "MINUSMA", "alias": "MINUSMA", "alias_kind": "acronym"}],
              "events": [], "mission_mentions": [], "rejected_rows": [], "official_contributions": [],
              "mission_strength": [], "claims": [], "event_claims": []}
    frames.update(tables)
    publish({k: pd.DataFrame(v, columns=TABLES[k].column_names) if not v else pd.DataFrame(v)
             for k, v in frames.items()}, tmp_path)
    return tmp_path


def test_table_schema():
    schema = table_schema("contributions")
    fields = {f["name"]: f for f in schema["fields"]}
    assert fields["contributor_iso3"] == {
        "name": "contributor_iso3", "type": "string",
        "description": "ISO 3166-1 alpha-3 code of the contributing country.",
        "constraints": {"required": True, "pattern": "[A-Z]{3}"},
    }
    assert fields["count_low"]["type"] == "integer"
    assert fields["count_low"]["constraints"] == {"minimum": 0}
    assert fields["as_of_date"]["type"] == "date"
    assert fields["contribution_id"]["constraints"]["unique"] is True
    assert schema["primaryKey"] == ["contribution_id"]
    assert schema["foreignKeys"] == [{"fields": ["doc_id"], "reference": {"resource": "documents",
                                                                          "fields": ["doc_id"]}}]
    assert {f["name"]: f["type"] for f in table_schema("missions")["fields"]}["host_iso3"] == "array"


def test_datapackage_descriptor(tmp_path):
    _release(tmp_path)
    descriptor = datapackage(tmp_path / "parquet", "0.1.0", EXTRA)
    assert descriptor["profile"] == "tabular-data-package"
    assert descriptor["version"] == "0.1.0"
    assert descriptor["licenses"] == EXTRA["licenses"]
    assert descriptor["code_commit"] == "c2e94a2"
    assert [r["name"] for r in descriptor["resources"]] == list(TABLES)
    resource = descriptor["resources"][3]
    assert resource["name"] == "contributions"
    assert resource["path"] == "parquet/contributions.parquet"
    assert resource["format"] == "parquet"
    assert resource["mediatype"] == "application/vnd.apache.parquet"
    assert resource["bytes"] == (tmp_path / "parquet" / "contributions.parquet").stat().st_size
    assert resource["hash"].startswith("sha256:") and len(resource["hash"]) == 7 + 64
    with pytest.raises(ValueError, match="extra may not set version"):
        datapackage(tmp_path / "parquet", "0.1.0", {"version": "2"})


def test_datapackage_passes_frictionless(tmp_path):
    _release(tmp_path)
    path = write_datapackage(tmp_path, "0.1.0", EXTRA)
    assert path == tmp_path / "datapackage.json"
    assert validate_datapackage(path) == []


def test_frictionless_validation_catches_bad_data_and_descriptors(tmp_path):
    _release(tmp_path)
    path = write_datapackage(tmp_path, "0.1.0", EXTRA)
    descriptor = json.loads(path.read_text())
    # Data that break the schema (written behind the publisher's back).
    contributions = to_arrow("contributions", [contribution(doc_id="ffffffffffffffff")])
    contributions = contributions.set_column(2, contributions.schema.field(2), pa.array(["chn"]))
    pq.write_table(contributions, tmp_path / "parquet" / "contributions.parquet")
    errors = validate_datapackage(path)
    assert errors[0].startswith("contributions: bytes: expected ")
    assert errors[1].startswith("contributions: hash: expected sha256:")
    assert errors[2:] == [
        'contributions: row 2, field contributor_iso3: constraint-error: constraint "pattern" is "[A-Z]{3}"',
        'contributions: row 2: foreign-key: for "doc_id": values "ffffffffffffffff" not found in the lookup '
        'table "documents" as "doc_id"',
    ]
    descriptor["resources"][0]["schema"]["fields"][0]["type"] = "text"
    path.write_text(json.dumps(descriptor))
    assert validate_datapackage(path) == ['descriptor: field-error: field type "text" is not supported']


def test_data_dictionary_markdown():
    text = data_dictionary_markdown()
    for name, table in TABLES.items():
        assert f"\n## {name}\n\n{table.description}\n" in text
    assert "- Primary key: `mission_acronym`, `alias`" in text
    assert "- Foreign key: `doc_id` references [`documents`](#documents) (`doc_id`)" in text
    assert ("| `contributor_iso3` | string | yes | matches `^[A-Z]{3}$` | "
            "ISO 3166-1 alpha-3 code of the contributing country. |") in text
    assert "| `latitude` | float64 | no | >= -90; <= 90 | Latitude of the headquarters. |" in text
    assert "| `count_low` | int64 | no | >= 0 | Lower figure (null for 'up to N'). |" in text
