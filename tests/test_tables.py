"""Contributor tables flattened into lines: each cell a row of its own, with the column's personnel type."""

import pytest

from pipeline.extract.document import extract_document
from pipeline.extract.missions import MissionMatcher
from pipeline.extract.types import DocumentContext, PartialDate
from pipeline.reference.catalog import build_mission_catalog
from tests.conftest import ROOT

MATCHER = MissionMatcher(build_mission_catalog(ROOT / "sources" / "reference"))


def table_rows(text: str, published: str = "2016-09-30") -> list[tuple]:
    rows = extract_document(text, DocumentContext("t", PartialDate.parse(published)), MATCHER).contributions
    return [(r["contributor_iso3"], r["mission_acronym"] or r["scope"], r["personnel_type"], r["count_low"],
             r["status"], r["as_of_date"].isoformat()[:{"day": 10, "month": 7, "year": 4}[r["as_of_precision"]]])
            for r in rows]


@pytest.mark.parametrize("text, expected", [
    # Header on one line, footnote digit glued to a name, a caption with mission and date.
    ("Table 2\nUniformed personnel of UNIFIL by contributing country, as at 31 August 2016\n"
     "Country Troops Staff officers Total\n"
     "Italy 1,095 30 1,125\n"
     "Indonesia7 1,284 12 1,296\n"
     "Ghana 869 5 874\n",
     [("ITA", "UNIFIL", "troops", 1095, "serving", "2016-08-31"), ("ITA", "UNIFIL", "staff_officers", 30, "serving", "2016-08-31"),
      ("IDN", "UNIFIL", "troops", 1284, "serving", "2016-08-31"), ("IDN", "UNIFIL", "staff_officers", 12, "serving", "2016-08-31"),
      ("GHA", "UNIFIL", "troops", 869, "serving", "2016-08-31"), ("GHA", "UNIFIL", "staff_officers", 5, "serving", "2016-08-31")]),
    # One header cell per line; police columns; a zero cell gives no row.
    ("Contributors to MINUSCA (police)\nCountry\nFormed police units\nIndividual police\n"
     "Rwanda 420 25\nCameroon 280 0\nSenegal 140 18\n",
     [("RWA", "MINUSCA", "formed_police_unit", 420, "serving", "2016-09-30"),
      ("RWA", "MINUSCA", "police", 25, "serving", "2016-09-30"),
      ("CMR", "MINUSCA", "formed_police_unit", 280, "serving", "2016-09-30"),
      ("SEN", "MINUSCA", "formed_police_unit", 140, "serving", "2016-09-30"),
      ("SEN", "MINUSCA", "police", 18, "serving", "2016-09-30")]),
    # Only a total: generic peacekeepers; a caption for all operations gives the all-UN scope.
    ("Top contributors to all UN peacekeeping operations, December 2015\nCountry Total\n"
     "Ethiopia 8,296\nIndia 7,798\nPakistan 7,533\n",
     [("ETH", "all_un_pko", "peacekeepers", 8296, "serving", "2015-12"),
      ("IND", "all_un_pko", "peacekeepers", 7798, "serving", "2015-12"),
      ("PAK", "all_un_pko", "peacekeepers", 7533, "serving", "2015-12")]),
    # Columns that cannot be told apart (three figures, two labels): no row rather than a wrong one.
    ("Deployment to UNMISS\nCountry Troops Police\nKenya 700 20 720\nChina 1,000 15 1,015\n", []),
    # A single line with a country and a figure is no table; neither are lines of non-countries.
    ("Kenya 700\nThe rest follows.", []),
    ("Table 3\nResolution 2100 2013\nChapter 7 2\n", []),
])
def test_tables(text, expected):
    assert sorted(table_rows(text)) == sorted(expected)


def test_a_figure_a_sentence_rule_read_is_not_read_twice():
    text = ("Nepal 850 troops\nIndia 900 troops\n")
    rows = extract_document(text, DocumentContext("t", PartialDate.parse("2016-01-01")), MATCHER).contributions
    assert len([r for r in rows if r["count_low"] == 850]) <= 1


def test_every_cell_on_its_own_line():
    text = ("Military and police personnel in MONUSCO as of 30 June 2016\nCountry\nTroops\nPolice\nTotal\n"
            "Pakistan\n3,446\n4\n3,450\nIndia\n2,627\n145\n2,772\nBangladesh\n1,703\n311\n2,014\n"
            "Source: DPKO.\n")
    assert sorted(table_rows(text)) == sorted([
        ("PAK", "MONUSCO", "troops", 3446, "serving", "2016-06-30"),
        ("PAK", "MONUSCO", "police", 4, "serving", "2016-06-30"),
        ("IND", "MONUSCO", "troops", 2627, "serving", "2016-06-30"),
        ("IND", "MONUSCO", "police", 145, "serving", "2016-06-30"),
        ("BGD", "MONUSCO", "troops", 1703, "serving", "2016-06-30"),
        ("BGD", "MONUSCO", "police", 311, "serving", "2016-06-30"),
    ])
