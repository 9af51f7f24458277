"""Tests of the analysts' views (``schemas.views``): each runs on a DuckDB file published from small frames and
returns exactly the expected rows; comments, declared columns, partial databases and the data dictionary."""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd
import pytest

from pipeline.publish import publish
from pipeline.reconcile.claims import build_claims, build_event_claims
from schemas.datapackage import data_dictionary_markdown
from schemas.registry import TABLES
from schemas.views import VIEWS, available_views, describe_views

DOC_A = "aaaaaaaaaaaaaaa1"
DOC_B = "bbbbbbbbbbbbbbb2"
DOC_C = "ccccccccccccccc3"
D = dt.date


def documents() -> list[dict]:
    base = {"language": "en", "media_type": "text/plain", "ingest_status": "ok", "published_precision": "day"}
    return [
        {**base, "doc_id": DOC_A, "source_name": "001_china", "file": "001_china.txt", "n_chars": 900,
         "title": "China offers 500 troops to UN Mali force", "publisher": "PTI", "url": "https://example.org/a",
         "published_date": D(2013, 5, 23)},
        {**base, "doc_id": DOC_B, "source_name": "002_report", "file": "002_report.txt", "n_chars": 5000,
         "published_date": D(2013, 7, 1), "published_precision": "month"},
        {**base, "doc_id": DOC_C, "source_name": "003_broken", "file": "003_broken.pdf", "media_type": "unknown",
         "ingest_status": "error", "ingest_error": "not a PDF", "published_precision": None},
    ]


def contribution(cid, doc_id, start, iso3, mission, scope, kind, best, status, as_of, figure) -> dict:
    return {
        "contribution_id": cid, "doc_id": doc_id, "contributor_iso3": iso3, "mission_acronym": mission,
        "scope": scope, "personnel_type": kind, "count_low": best, "count_high": best, "count_best": best,
        "count_approx": False, "status": status, "as_of_date": as_of, "as_of_precision": "day" if as_of else None,
        "evidence": f"Sentence {cid[-1]}.", "char_start": start, "char_end": start + 12, "figure_text": figure,
        "mission_method": "sentence" if mission else "none", "extractor": "contributions/1",
    }


def contributions() -> list[dict]:
    return [
        contribution("c000000000000001", DOC_A, 10, "CHN", "MINUSMA", "mission", "troops", 500, "offered",
                     D(2013, 5, 23), "500"),
        contribution("c000000000000002", DOC_A, 90, "CHN", "MINUSMA", "mission", "troops", 550, "offered",
                     D(2013, 5, 22), "between 500 and 600"),
        contribution("c000000000000003", DOC_B, 40, "CHN", "MINUSMA", "mission", "troops", 400, "offered",
                     D(2013, 7, 1), "400"),
        contribution("c000000000000004", DOC_B, 70, "NLD", "MINUSMA", "mission", "troops", 395, "deployed",
                     D(2013, 6, 27), "395"),
        contribution("c000000000000005", DOC_A, 300, "CHN", None, "all_un_pko", "troops", 2000, "serving",
                     D(2013, 5, 23), "2,000"),
        contribution("c000000000000006", DOC_B, 900, "GHA", None, "unspecified", "police", 120, "deployed",
                     None, "120"),
    ]


def event(eid, doc_id, start, date, kind, mission) -> dict:
    return {
        "event_id": eid, "doc_id": doc_id, "event_date": date, "date_precision": "day", "event_type": kind,
        "mission_acronym": mission, "is_planned": False, "date_text": str(date), "evidence": "An event.",
        "char_start": start, "char_end": start + 9, "extractor": "events/1",
    }


def mention(mid, doc_id, start, acronym) -> dict:
    return {"mention_id": mid, "doc_id": doc_id, "mission_acronym": acronym, "surface": acronym or "the force",
            "char_start": start, "char_end": start + 7, "method": "acronym" if acronym else "unresolved",
            "score": 1.0}


def missions() -> list[dict]:
    base = {"organisation": "UN", "kind": "peacekeeping", "start_precision": "day", "is_active": False,
            "source": "reference snapshot"}
    return [
        {**base, "mission_acronym": "MINUSMA", "name": "United Nations Multidimensional Integrated Stabilization "
         "Mission in Mali", "host_iso3": ["MLI"], "start_date": D(2013, 4, 25), "end_date": D(2023, 12, 31),
         "end_precision": "day", "n_documents": 2},
        {**base, "mission_acronym": "UNMIL", "name": "United Nations Mission in Liberia", "host_iso3": ["LBR"],
         "start_date": D(2003, 9, 19), "n_documents": 0},
    ]


def rejected() -> list[dict]:
    return [
        {"rejected_id": "f000000000000002", "table_name": "contributions", "doc_id": DOC_A,
         "check_name": "status.isin", "reason": "status: 'promised' is not one of the statuses",
         "row_json": '{"status": "promised"}'},
        {"rejected_id": "f000000000000001", "table_name": "documents", "doc_id": None,
         "check_name": "missing_file", "reason": "the manifest names 004_gone.txt, which is not in the folder",
         "row_json": '{"source_name": "004_gone"}'},
    ]


def official(month, iso3, mission, category, count) -> dict:
    return {"month": month, "contributor_iso3": iso3, "mission_acronym": mission, "category": category,
            "count": count, "female_count": None, "source": "test"}


def official_contributions() -> list[dict]:
    return [
        # China in MINUSMA from 2013-10 (after the offers of May and the plan of July); 2014-05 is after the
        # six months from the first deployment.
        official(D(2013, 10, 1), "CHN", "MINUSMA", "troops", 7),
        official(D(2013, 12, 1), "CHN", "MINUSMA", "troops", 157),
        official(D(2014, 1, 1), "CHN", "MINUSMA", "troops", 402),
        official(D(2014, 5, 1), "CHN", "MINUSMA", "troops", 450),
        # China over all missions in 2013-05: its UNMIL figures.
        official(D(2013, 5, 1), "CHN", "UNMIL", "troops", 1580),
        official(D(2013, 5, 1), "CHN", "UNMIL", "experts_on_mission", 33),
        official(D(2013, 5, 1), "CHN", "UNMIL", "individual_police", 32),
        official(D(2013, 5, 1), "CHN", "UNMIL", "total", 1645),
        # The Netherlands in MINUSMA: no count for 2013-06, the nearest is 2013-08 (two months after).
        official(D(2013, 8, 1), "NLD", "MINUSMA", "troops", 380),
        official(D(2013, 10, 1), "NLD", "MINUSMA", "troops", 500),
    ]


def frames(**overrides) -> dict[str, pd.DataFrame]:
    events = [event("e000000000000001", DOC_B, 100, D(2013, 7, 1), "handover", "MINUSMA"),
              event("e000000000000002", DOC_A, 500, D(2012, 1, 1), "deployment", "UNMISS"),
              event("e000000000000003", DOC_A, 600, D(2013, 4, 25), "mandate", "MINUSMA")]
    tables = {
        "documents": documents(),
        "missions": missions(),
        "mission_aliases": [{"mission_acronym": "MINUSMA", "alias": "MINUSMA", "alias_kind": "acronym"}],
        "contributions": contributions(),
        "events": events,
        "mission_mentions": [mention("d000000000000001", DOC_A, 20, "MINUSMA"),
                             mention("d000000000000002", DOC_A, 95, "MINUSMA"),
                             mention("d000000000000003", DOC_B, 45, "MINUSMA"),
                             mention("d000000000000004", DOC_B, 400, None)],
        "rejected_rows": rejected(),
        "official_contributions": official_contributions(),
        "mission_strength": [],
        "claims": build_claims(contributions(), documents()),
        "event_claims": build_event_claims(events, documents()),
    }
    tables.update(overrides)
    return {name: pd.DataFrame(rows, columns=TABLES[name].column_names) if not rows else pd.DataFrame(rows)
            for name, rows in tables.items()}


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    folder = tmp_path_factory.mktemp("views")
    publish(frames(), folder)
    con = duckdb.connect(str(folder / "peacekeeping.duckdb"), read_only=True)
    yield con
    con.close()


def rows(con, view: str) -> list[tuple]:
    return con.execute(f'SELECT * FROM "{view}"').fetchall()


def test_v_contributions_by_country(database):
    """Sums add claims, not rows: the offers of 500 and 550 in one month are one claim (most backed: 500)."""
    assert rows(database, "v_contributions_by_country") == [
        # contributor, mission or scope, class, status, year, claims, rows, docs, sources, conflicts,
        # sum, min, max, first period, last period
        ("CHN", "MINUSMA", "troops", "offered", 2013, 2, 3, 2, 2, 0, 900, 400, 500, D(2013, 5, 1), D(2013, 7, 1)),
        ("CHN", "all_un_pko", "troops", "serving", 2013, 1, 1, 1, 1, 0, 2000, 2000, 2000, D(2013, 5, 1),
         D(2013, 5, 1)),
        ("GHA", "unspecified", "police", "deployed", None, 1, 1, 1, 1, 0, 120, 120, 120, None, None),
        ("NLD", "MINUSMA", "troops", "deployed", 2013, 1, 1, 1, 1, 0, 395, 395, 395, D(2013, 6, 1), D(2013, 6, 1)),
    ]


def test_v_claims_vs_official(database):
    """Each claim against the UN's count: its month or the nearest within three, plans against the first
    months after deployment, all missions summed, and the reason when nothing is compared."""
    plan = "plan: highest count of the six months from the first deployment reported after it (2013-10)"
    assert database.execute(
        "SELECT contribution_id, official_category, official_month, months_apart, official_count, official_total, "
        "ratio, flag, basis FROM v_claims_vs_official").fetchall() == [
        ("c000000000000002", "troops", D(2014, 1, 1), 8, 402, None, 1.368, "higher", plan),
        ("c000000000000001", "troops", D(2014, 1, 1), 8, 402, None, 1.244, "higher", plan),
        ("c000000000000005", "troops", D(2013, 5, 1), 0, 1580, 1645, 1.266, "higher", "count of the claim's month"),
        ("c000000000000003", "troops", D(2014, 1, 1), 6, 402, None, 0.995, "agrees", plan),
        ("c000000000000006", "police", None, None, None, None, None, "no official figure",
         "not compared: no mission or scope"),
        ("c000000000000004", "troops", D(2013, 8, 1), 2, 380, None, 1.039, "agrees",
         "nearest reported month: 2013-08"),
    ]


def test_v_contribution_sources(database):
    title = "China offers 500 troops to UN Mali force"
    a = ("001_china", title, "PTI", "https://example.org/a", D(2013, 5, 23))
    b = ("002_report", None, None, None, D(2013, 7, 1))
    assert rows(database, "v_contribution_sources") == [
        ("CHN", "MINUSMA", "mission", "troops", "offered", 550, "between 500 and 600", D(2013, 5, 22), *a,
         "Sentence 2.", 90, "c000000000000002", DOC_A),
        ("CHN", "MINUSMA", "mission", "troops", "offered", 500, "500", D(2013, 5, 23), *a,
         "Sentence 1.", 10, "c000000000000001", DOC_A),
        ("CHN", None, "all_un_pko", "troops", "serving", 2000, "2,000", D(2013, 5, 23), *a,
         "Sentence 5.", 300, "c000000000000005", DOC_A),
        ("CHN", "MINUSMA", "mission", "troops", "offered", 400, "400", D(2013, 7, 1), *b,
         "Sentence 3.", 40, "c000000000000003", DOC_B),
        ("GHA", None, "unspecified", "police", "deployed", 120, "120", None, *b,
         "Sentence 6.", 900, "c000000000000006", DOC_B),
        ("NLD", "MINUSMA", "mission", "troops", "deployed", 395, "395", D(2013, 6, 27), *b,
         "Sentence 4.", 70, "c000000000000004", DOC_B),
    ]


def test_v_document_yield(database):
    assert rows(database, "v_document_yield") == [
        # source, title, published, media type, status, error, chars, contributions, events, mentions,
        # missions, rejected, doc_id
        ("001_china", "China offers 500 troops to UN Mali force", D(2013, 5, 23), "text/plain", "ok", None, 900,
         3, 2, 2, 1, 1, DOC_A),
        ("002_report", None, D(2013, 7, 1), "text/plain", "ok", None, 5000, 3, 1, 2, 1, 0, DOC_B),
        ("003_broken", None, None, "unknown", "error", "not a PDF", None, 0, 0, 0, 0, 0, DOC_C),
    ]


def test_v_rejections(database):
    assert rows(database, "v_rejections") == [
        ("contributions", "status.isin", "status: 'promised' is not one of the statuses", "001_china",
         '{"status": "promised"}', "f000000000000002", DOC_A),
        ("documents", "missing_file", "the manifest names 004_gone.txt, which is not in the folder", None,
         '{"source_name": "004_gone"}', "f000000000000001", None),
    ]


def test_v_mission_activity(database):
    assert rows(database, "v_mission_activity") == [
        # UNMIL has no activity; UNMISS is named by an event but missing from the catalog.
        # MINUSMA: 4 rows, 3 claims (the offers of 500 and 550 in May 2013 are one).
        ("MINUSMA", "United Nations Multidimensional Integrated Stabilization Mission in Mali", "UN",
         D(2013, 4, 25), D(2023, 12, 31), 2, 3, 4, 3, 2, 2, D(2013, 4, 25), D(2013, 7, 1)),
        ("UNMISS", None, None, None, None, 0, 0, 0, 0, 0, 1, D(2012, 1, 1), D(2012, 1, 1)),
    ]


def test_views_carry_their_comments(database):
    comments = dict(database.execute("SELECT view_name, comment FROM duckdb_views() WHERE NOT internal").fetchall())
    assert comments == {name: view.description for name, view in VIEWS.items()}
    column_comments = database.execute(
        "SELECT column_name, comment FROM duckdb_columns() WHERE table_name = 'v_rejections' "
        "ORDER BY column_index").fetchall()
    assert column_comments == list(VIEWS["v_rejections"].columns)


@pytest.mark.parametrize("name", list(VIEWS))
def test_declared_columns_are_the_output_columns(name):
    assert [column for column, _ in describe_views()[name]] == VIEWS[name].column_names


@pytest.mark.parametrize("name", list(VIEWS))
def test_views_read_only_the_tables_they_declare(tmp_path, name):
    """A database holding only the declared tables gets the view, and the view runs."""
    tables = {t: frames()[t] for t in VIEWS[name].tables}
    publish(tables, tmp_path)
    con = duckdb.connect(str(tmp_path / "peacekeeping.duckdb"), read_only=True)
    try:
        created = [r[0] for r in con.execute(
            "SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY view_name").fetchall()]
        assert name in created
        con.execute(f'SELECT * FROM "{name}"').fetchall()
    finally:
        con.close()


def test_a_partial_database_gets_only_the_views_it_can_answer(tmp_path):
    assert available_views(["contributions"]) == []
    assert available_views(["contributions", "documents"]) == ["v_contribution_sources"]
    assert available_views() == list(VIEWS)
    publish({"contributions": frames()["contributions"], "documents": frames()["documents"]}, tmp_path)
    con = duckdb.connect(str(tmp_path / "peacekeeping.duckdb"), read_only=True)
    try:
        assert sorted(r[0] for r in con.execute(
            "SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()) == ["v_contribution_sources"]
    finally:
        con.close()


def test_views_of_empty_tables_return_no_rows(tmp_path):
    empty = {name: [] for name in TABLES}
    publish(frames(**empty), tmp_path)
    con = duckdb.connect(str(tmp_path / "peacekeeping.duckdb"), read_only=True)
    try:
        assert {name: rows(con, name) for name in VIEWS} == {name: [] for name in VIEWS}
    finally:
        con.close()


def test_parquet_files_stay_tables_only(tmp_path):
    publish(frames(), tmp_path)
    assert sorted(p.stem for p in (tmp_path / "parquet").iterdir()) == sorted(TABLES)


def test_the_data_dictionary_lists_every_view_with_columns_types_and_sql():
    text = data_dictionary_markdown()
    views_part = text[text.index("\n## Views\n"):]
    for name, view in VIEWS.items():
        assert f"\n### {name}\n\n{view.description}\n" in views_part
        assert f"CREATE VIEW {name} AS\n{view.sql};\n```" in views_part
    assert "| `count_sum` | BIGINT | Sum over the claims of their most backed figure. |" in views_part
    assert "| `first_event_date` | DATE | Earliest event_date. |" in views_part
    assert "- Reads: [`rejected_rows`](#rejected_rows), [`documents`](#documents)" in views_part
    assert "| ? |" not in views_part
