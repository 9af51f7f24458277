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
    # Footnote letters glued to names (UN annex tables); a Total line of a country table gives nothing.
    ("Countries providing military personnel to UNFICYP (as at 20 June 2019)\nCountry Military personnel\n"
     "Chilea 14\nHungaryb 11\nSlovakia 241\n Total 266\na Part of the Argentinian contingent.\n",
     [("CHL", "UNFICYP", "troops", 14, "serving", "2019-06-20"),
      ("HUN", "UNFICYP", "troops", 11, "serving", "2019-06-20"),
      ("SVK", "UNFICYP", "troops", 241, "serving", "2019-06-20")]),
    # Only a total: generic peacekeepers; a caption for all operations gives the all-UN scope.
    ("Top contributors to all UN peacekeeping operations, December 2015\nCountry Total\n"
     "Ethiopia 8,296\nIndia 7,798\nPakistan 7,533\n",
     [("ETH", "all_un_pko", "peacekeepers", 8296, "serving", "2015-12"),
      ("IND", "all_un_pko", "peacekeepers", 7798, "serving", "2015-12"),
      ("PAK", "all_un_pko", "peacekeepers", 7533, "serving", "2015-12")]),
    # Thousands grouped with a thin space, as in the PDF layer of UN reports ("1\u2009250").
    ("Military and police personnel of MINUSCA, as at 30 April 2021\nCountry Troops Police Total\n"
     "Rwanda 1\u2009250 420 1\u2009670\nZambia 930 140 1\u2009070\nEgypt 1\u2009010 280 1\u2009290\n",
     [("RWA", "MINUSCA", "troops", 1250, "serving", "2021-04-30"), ("RWA", "MINUSCA", "police", 420, "serving", "2021-04-30"),
      ("ZMB", "MINUSCA", "troops", 930, "serving", "2021-04-30"), ("ZMB", "MINUSCA", "police", 140, "serving", "2021-04-30"),
      ("EGY", "MINUSCA", "troops", 1010, "serving", "2021-04-30"), ("EGY", "MINUSCA", "police", 280, "serving", "2021-04-30")]),
    # An annex table as a PDF text layer gives it: one header cell per line (a label broken over lines, the first
    # column's header far above the first row), thousands grouped by plain spaces, dashes for empty cells; the
    # Total column tells "1 204" (one figure) from "1" and "204" (two cells).
    ("Annex\nUnited Nations Interim Force in Lebanon: military strength\nas at 31 January 2019\n\nCountry\n"
     "Military\nexperts on\nmission\nStaff\nofficers\nTroops\nTotal\n\n"
     "Indonesia \u2013 22 1 274 1 296\nItaly 2 31 1 056 1 089\nGhana \u2013 8 862 870\n",
     [("IDN", "UNIFIL", "staff_officers", 22, "serving", "2019-01-31"),
      ("IDN", "UNIFIL", "troops", 1274, "serving", "2019-01-31"),
      ("ITA", "UNIFIL", "observers", 2, "serving", "2019-01-31"),
      ("ITA", "UNIFIL", "staff_officers", 31, "serving", "2019-01-31"),
      ("ITA", "UNIFIL", "troops", 1056, "serving", "2019-01-31"),
      ("GHA", "UNIFIL", "staff_officers", 8, "serving", "2019-01-31"),
      ("GHA", "UNIFIL", "troops", 862, "serving", "2019-01-31")]),
    # Space-grouped figures without a Total column to check them against: no row rather than a guess (a row with
    # as many cells as labels is read as it stands).
    ("Military personnel of UNIFIL\nCountry Staff officers Troops\nItaly 31 1 056\nGhana 8 862\n",
     [("GHA", "UNIFIL", "staff_officers", 8, "serving", "2016-09-30"),
      ("GHA", "UNIFIL", "troops", 862, "serving", "2016-09-30")]),
    # Columns that cannot be told apart (three figures, two labels): no row rather than a wrong one.
    ("Deployment to UNMISS\nCountry Troops Police\nKenya 700 20 720\nChina 1,000 15 1,015\n", []),
    # A single line with a country and a figure is no table; neither are lines of non-countries.
    ("Kenya 700\nThe rest follows.", []),
    ("Table 3\nResolution 2100 2013\nChapter 7 2\n", []),
])
def test_tables(text, expected):
    assert sorted(table_rows(text)) == sorted(expected)


def test_a_lead_in_line_gives_the_status_and_a_cell_its_unit():
    # r4_034_afisma-2013-revision: "committed" in the line that leads into the table; "120 - Engineer Company";
    # the date of the paragraph of prose above is not the table's.
    text = ("After an unexpected advance by the rebel forces in early January 2013 ECOWAS decided to deploy the "
            "AFISMA forces. The first commander of AFISMA is Nigerian.\n\n"
            "The following forces have been committed to AFISMA:\n\n\nCountry Personnel\n Benin\n300\n"
            " Ghana\n120 - Engineer Company\n Guinea\n144\n")
    assert sorted(table_rows(text, "2013-01-17")) == sorted([
        ("BEN", "AFISMA", "peacekeepers", 300, "pledged", "2013-01-17"),
        ("GHA", "AFISMA", "engineers", 120, "pledged", "2013-01-17"),
        ("GIN", "AFISMA", "peacekeepers", 144, "pledged", "2013-01-17"),
    ])


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


# --- tables and lists keyed by mission: one country's personnel per mission -------------------------------------

def own_rows(text: str, published: str = "2018-03-15") -> list[tuple]:
    """The rows this module gives (not the sentence rules'), as (contributor, mission or scope, type, count,
    status, as_of)."""
    rows = extract_document(text, DocumentContext("t", PartialDate.parse(published)), MATCHER).contributions
    return sorted((r["contributor_iso3"], r["mission_acronym"] or r["scope"], r["personnel_type"], r["count_low"],
                   r["status"], r["as_of_date"].isoformat()[:{"day": 10, "month": 7, "year": 4}[r["as_of_precision"]]])
                  for r in rows if r["extractor"].startswith("tables"))


@pytest.mark.parametrize("text, expected", [
    # Columns per personnel type, a caption naming the contributor and the date, zero cells, a Total line over
    # UN missions only (the all-UN figure per column).
    ("Table 2: Ghanaian uniformed personnel in UN peacekeeping operations, 30 June 2018\n"
     "Mission      Troops    Police    Experts on mission\n"
     "MINUSMA      150       12        4\n"
     "UNMISS       700       0         3\n"
     "UNISFA       0         0         5\n"
     "Total        850       12        12\n"
     "Source: DPKO.\n",
     [("GHA", "MINUSMA", "troops", 150, "serving", "2018-06-30"),
      ("GHA", "MINUSMA", "police", 12, "serving", "2018-06-30"),
      ("GHA", "MINUSMA", "observers", 4, "serving", "2018-06-30"),
      ("GHA", "UNMISS", "troops", 700, "serving", "2018-06-30"),
      ("GHA", "UNMISS", "observers", 3, "serving", "2018-06-30"),
      ("GHA", "UNISFA", "observers", 5, "serving", "2018-06-30"),
      ("GHA", "all_un_pko", "troops", 850, "serving", "2018-06-30"),
      ("GHA", "all_un_pko", "police", 12, "serving", "2018-06-30"),
      ("GHA", "all_un_pko", "observers", 12, "serving", "2018-06-30")]),
    # A location column, one generic personnel column, a headquarters line (staff officers, no mission).
    ("Table 4   Nepalese Peacekeepers on Duty (as of May 2019)\n\n"
     "Mission     Country                       Number of personnel\n"
     "UNIFIL      Lebanon                       870\n"
     "MONUSCO     Democratic Republic of Congo  1,020\n"
     "DPKO        UN Headquarters, New York     5\n"
     "Total                                     1,895\n",
     [("NPL", "UNIFIL", "peacekeepers", 870, "serving", "2019-05"),
      ("NPL", "MONUSCO", "peacekeepers", 1020, "serving", "2019-05"),
      ("NPL", "unspecified", "staff_officers", 5, "serving", "2019-05"),
      ("NPL", "all_un_pko", "peacekeepers", 1895, "serving", "2019-05")]),
    # A Total over UN and NATO missions is no all-UN figure.
    ("Austrian soldiers abroad, 2017\nMission Personnel\nUNIFIL 300\nKFOR 20\nTotal 320\n",
     [("AUT", "UNIFIL", "peacekeepers", 300, "serving", "2017"),
      ("AUT", "KFOR", "peacekeepers", 20, "serving", "2017"),
      ("AUT", "unspecified", "peacekeepers", 320, "serving", "2017")]),
])
def test_mission_tables(text, expected):
    assert own_rows(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # The contributor is the country the sentences name as sender, not the host in parentheses; the date is the
    # publication month; an "other missions" item has no mission.
    ("Sweden currently has 420 soldiers serving abroad. The main deployments are:\n"
     "- MINUSMA (Mali) – 250 personnel\n"
     "- KFOR (Kosovo) – 8 personnel\n"
     "- Other missions and HQ posts – 12 personnel\n\nThe minister thanked them.",
     [("SWE", "MINUSMA", "peacekeepers", 250, "serving", "2018-03"),
      ("SWE", "KFOR", "peacekeepers", 8, "serving", "2018-03"),
      ("SWE", "unspecified", "peacekeepers", 12, "serving", "2018-03")]),
    # The item's noun gives the type; an "as of" date before the list gives the date; a colon separates.
    ("As of 1 January 2020, Norway has 90 police officers and soldiers in UN missions:\n"
     "• UNMISS (South Sudan): 35 police officers\n"
     "• UNTSO – 6 military observers\n"
     "• MINUSMA – 49 troops\n",
     [("NOR", "UNMISS", "police", 35, "serving", "2020-01-01"),
      ("NOR", "UNTSO", "observers", 6, "serving", "2020-01-01"),
      ("NOR", "MINUSMA", "troops", 49, "serving", "2020-01-01")]),
])
def test_mission_lists(text, expected):
    assert own_rows(text) == sorted(expected)


@pytest.mark.parametrize("text", [
    # A results table, a budget list, casualties, years, a budget table, a fatalities table.
    "Premier League table\nClub Won Drawn\nArsenal 3 1\nChelsea 2 2\n",
    "Ireland's contribution to the budgets:\n• UNIFIL – $480 million\n• MINUSMA – $1,183 million\n",
    "Kenya has 400 troops in Somalia. Losses by mission:\n• MINUSMA (Mali) – 14 killed\n• UNIFIL – 3 fatalities\n",
    "Brazil has 250 troops abroad.\nMission Established Closed\nUNAVEM 1989 1991\nONUMOZ 1992 1994\n",
    "Italy has 1,100 troops in Lebanon.\nMission Budget (US$ million)\nUNIFIL 480\nMINUSMA 1,183\n",
    "Chad has 1,400 troops in Mali.\nMission Troops killed\nMINUSMA 14\nUNIFIL 3\n",
    # A list of dates; a list of missions with no country anywhere; an item whose figure is not the whole claim.
    "Finland has 180 soldiers abroad. Its missions began:\n• UNIFIL – 1978\n• MINUSMA (Mali) – 2013\n",
    "Where the blue helmets serve:\n• UNIFIL (Lebanon) – 10,000 personnel\n• UNDOF – 1,100 personnel\n",
    "Spain has 600 troops abroad:\n• UNIFIL – 600 troops, down from 1,100 in 2010\n",
    # A prose line that starts with an acronym; a mission table with no contributor anywhere.
    "UNMISS said 12 people died in the attack on the camp on Tuesday.\n",
    "Mission Troops\nUNIFIL 100\nUNDOF 20\n",
])
def test_no_rows_from_other_lists_and_tables(text):
    assert own_rows(text) == []


def test_a_lead_in_line_gives_the_table_its_status():
    # Real dev r4_034 (AFISMA, January 2013): the line above the table says the forces are committed (pledged),
    # through the header and the rows before a break in the table; a table with no such line is serving.
    text = ("The African-led International Support Mission to Mali (AFISMA) is an ECOWAS mission.\n\n"
            "The following forces have been committed to AFISMA:\n\n\nCountry Personnel\n Benin\n300\n"
            " Burkina Faso\n500\n Ghana\n120 - Engineer Company\n Guinea\n144\n Niger\n500\n")
    rows = table_rows(text, "2013-01-17")
    assert {(iso3, status) for iso3, _, _, _, status, _ in rows} >= {("BEN", "pledged"), ("NER", "pledged")}
    assert all(status == "pledged" for *_, status, _ in rows)
    plain = text.replace("The following forces have been committed to AFISMA:\n", "")
    assert {status for *_, status, _ in table_rows(plain, "2013-01-17")} == {"serving"}


@pytest.mark.parametrize("text", [
    "Country Troops Police\nRwanda 2,750 425\n",
    "Table 1\n  Troop-contributing countries\tTotal\nMEMBER STATES 4\n\tnations\nCountryside 3\n",
    "As at 31 May:\nPolice-contributing country Police\nPERSONNEL COUNTRY 3\ncontributors 2",
    # letters whose other case is not ASCII ("ı" matches "i", "ſ" matches "s" case-insensitively); "İ" lowers to
    # two characters, which moves the offsets of the lower-cased text
    "Memo\nnatıons 3\nmember ſtates 4\ncountrıes 5\n",
    "İstanbul\nCountry Troops\nTurkey 12\n",
    "no header here: country, nation\n- Country list\n",
])
def test_header_spans_are_those_of_the_header_pattern(text):
    """``_header_spans`` finds exactly ``_HEADER.finditer``'s spans (a speed-up that must change nothing)."""
    from pipeline.extract import tables
    expected = [m.span() for m in tables._HEADER.finditer(text)]
    assert tables._header_spans(text) == expected
    assert expected or text.startswith("no header")
