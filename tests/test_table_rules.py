"""The table rules, walked: every rule of ``table_rules.TABLE_RULES`` (and every output it names) has a case that
names it and gives the rows it expects; the shapes it must not read give no row. Cases are excerpts of the real
dev documents they cite."""

from __future__ import annotations

import pytest

from pipeline.extract.document import extract_document
from pipeline.extract.missions import MissionMatcher
from pipeline.extract.table_rules import TABLE_RULES
from pipeline.extract.types import DocumentContext, PartialDate
from pipeline.reference.catalog import build_mission_catalog
from tests.conftest import ROOT

MATCHER = MissionMatcher(build_mission_catalog(ROOT / "sources" / "reference"))


def rows(text: str, published: str) -> list[dict]:
    return extract_document(text, DocumentContext("t", PartialDate.parse(published)), MATCHER).contributions


def short(row: dict) -> tuple:
    cut = {"day": 10, "month": 7, "year": 4}[row["as_of_precision"]] if row["as_of_date"] else 0
    return (row["contributor_iso3"], row["mission_acronym"] or row["scope"], row["personnel_type"], row["count_low"],
            row["status"], row["as_of_date"].isoformat()[:cut] if row["as_of_date"] else "")


# (the rule's output the case names, text, publication date, the rows of that rule)
CASES = [
    # r3_015_uk-lords-ifor-sfor-contingents-1998: a header of missions, a repeated header, footnote markers
    # ("2Did not contribute to IFOR"), a force that had ended (IFOR, 1996) dated by its last year.
    ("mission_columns",
     ("The figures below are assembled from a variety of sources and give troop numbers in the Former Yugoslavia "
     "as a whole rather than in Bosnia alone.\n\nIFOR SFOR\nUnited States 22,000 8,500\nUnited Kingdom 11,500 5,200\n"
     "France 7,800 113,500\n"
     "\nIFOR SFOR\nGreece 250 210\nRepublic of Ireland 2 60\nBulgaria 3 30\nNotes:\n1Includes dedicated reserve "
     "force based in France.\n2Did not contribute to IFOR.\n3Figures not available.\n"),
     "1998-01-26",
     [("FRA", "IFOR", "troops", 7800, "serving", "1996"), ("USA", "IFOR", "troops", 22000, "serving", "1996"), ("USA", "SFOR", "troops", 8500, "serving", "1998-01-26"),
      ("GBR", "IFOR", "troops", 11500, "serving", "1996"), ("GBR", "SFOR", "troops", 5200, "serving", "1998-01-26"),
      ("GRC", "IFOR", "troops", 250, "serving", "1996"), ("GRC", "SFOR", "troops", 210, "serving", "1998-01-26"),
      ("IRL", "SFOR", "troops", 60, "serving", "1998-01-26"), ("BGR", "SFOR", "troops", 30, "serving", "1998-01-26")]),
    # A header of one mission is a table of one column: a country per line under each mission's name, the
    # caption's date for all (composed: the shape the lead's count of test losses names, "a country per line under a
    # mission header").
    ("mission_columns",
     ("Troop contributors to UN missions in the Middle East, as of 30 June 2019\n\nUNIFIL\nGhana 870\nItaly 1,100\n"
      "UNDOF\nNepal 340\nIreland 130\n"),
     "2019-07-10",
     [("GHA", "UNIFIL", "troops", 870, "serving", "2019-06-30"), ("ITA", "UNIFIL", "troops", 1100, "serving", "2019-06-30"),
      ("NPL", "UNDOF", "troops", 340, "serving", "2019-06-30"), ("IRL", "UNDOF", "troops", 130, "serving", "2019-06-30")]),
    # r7_005_onumoz-contingents-1994: two columns flattened pair by pair; a cell alone under two countries
    # ("1,459 troops" under "Bangladesh Ireland") is nobody's; a block of one country takes all its cells.
    ("country_pairs",
     ("At 31 March 1994, ONUMOZ had a strength of 6,108 troops, 370 military observers and 274 civilian policemen. "
     "The force was made up of the following contingents:\n\nArgentina Hungary\n40 troops 10 civpol\n"
     "8 UNMOs 23 UNMOs\nBangladesh Ireland\n25 civpol 20 civpol\n1,459 troops\n30 UNMOs\nUnited States\n5 troops\n"),
     "1994-04-26",
     [("ARG", "ONUMOZ", "troops", 40, "serving", "1994-03-31"), ("HUN", "ONUMOZ", "police", 10, "serving", "1994-03-31"),
      ("ARG", "ONUMOZ", "observers", 8, "serving", "1994-03-31"),
      ("HUN", "ONUMOZ", "observers", 23, "serving", "1994-03-31"),
      ("BGD", "ONUMOZ", "police", 25, "serving", "1994-03-31"), ("IRL", "ONUMOZ", "police", 20, "serving", "1994-03-31"),
      ("USA", "ONUMOZ", "troops", 5, "serving", "1994-03-31")]),
    # r13_003_wikimili-ramsi: an infobox's strength, each country's name a label ("Australia:") over its cells, one
    # country a block; the host's own police ("Solomon Islands:") are no contribution (figures of the host composed).
    ("country_pairs",
     ("The Regional Assistance Mission to Solomon Islands (RAMSI) was created in 2003.\n\nStrength\n\n"
      "Solomon Islands:\n1,150 police\nAustralia:\n7200 soldiers\n1700 police\nNew Zealand:\n160 soldiers\n"),
     "2003-08",
     [("AUS", "RAMSI", "troops", 7200, "serving", "2003"), ("AUS", "RAMSI", "police", 1700, "serving", "2003"),
      ("NZL", "RAMSI", "troops", 160, "serving", "2003")]),
    # r1_032_sg-report-unifil-august-1982: sub-headings type their rows ("Infantry battalions"; others troops).
    ("composition_list",
     ("3. As of 11 August 1982, the composition .of UNIFIL was as follows:\n\nInfantry battalions\n\nFiji 628\n\n"
     "France 595\n\nHeadquarters camp command\n\nGhana 140\n\nIreland 51\n\nLogistics units\n\nItaly 34\n\n"
     "In addition to the above personnel, UNIFIL has been assisted by 87 military observers of the United Nations "
     "Truce Supervision Organization (UNTSO).\n"),
     "1982-08-13",
     [("FJI", "UNIFIL", "infantry", 628, "serving", "1982-08-11"), ("FRA", "UNIFIL", "infantry", 595, "serving", "1982-08-11"),
      ("GHA", "UNIFIL", "troops", 140, "serving", "1982-08-11"), ("IRL", "UNIFIL", "troops", 51, "serving", "1982-08-11"),
      ("ITA", "UNIFIL", "troops", 34, "serving", "1982-08-11")]),
    # r6_002_unispal-unifil-composition-report-1982: the first sub-heading on the caption's line.
    ("composition_list",
     ("2. The composition of UNIFIL as of 3 June 1982 was as follows: Infantry battalions\n\nFiji 628\n\n"
     "France 595\n\nHeadquarters camp command\n\nGhana 140\n"),
     "1982-06-10",
     [("FJI", "UNIFIL", "infantry", 628, "serving", "1982-06-03"), ("FRA", "UNIFIL", "infantry", 595, "serving", "1982-06-03"),
      ("GHA", "UNIFIL", "troops", 140, "serving", "1982-06-03")]),
    # r1_030_sg-report-undof-s-11563-add1-1975: no sub-heading; lines that name no country end the list.
    ("composition_list",
     ("2.   The composition of UNDOF on 20 January 1975 was as follows:\n\nAustria 511\n\nCanada 157\n\nPeru 353\n\n"
     "Poland  81\n\nHeadquarters staff on secondment\n\n   from UNEF  11\n\n1,202\n"),
     "1975-01-21",
     [("AUT", "UNDOF", "troops", 511, "serving", "1975-01-20"), ("CAN", "UNDOF", "troops", 157, "serving", "1975-01-20"),
      ("PER", "UNDOF", "troops", 353, "serving", "1975-01-20"), ("POL", "UNDOF", "troops", 81, "serving", "1975-01-20")]),
    # r1_037_sg-report-undof-november-1990 prints its rows with dotted leaders and a footnote mark
    # ("......156 a/"; the names are lost in that text layer): the same rows with their names (figures composed).
    ("composition_list",
     ("2. The composition of UNDOF as of November 1990 was as follows:\n\nAustria........................532\n"
      "Canada ....................... 224\nPoland ....................... 156 a/\n\n"
      "a/ Including one officer deployed as a military adviser.\n"),
     "1990-11-23",
     [("AUT", "UNDOF", "troops", 532, "serving", "1990-11"), ("CAN", "UNDOF", "troops", 224, "serving", "1990-11"),
      ("POL", "UNDOF", "troops", 156, "serving", "1990-11")]),
    # A table flattened column by column (guide C7; composed figures): the names, then the figures in the same
    # order, then their subtotal; blank lines between cells; a footnote mark after a figure; a sub-heading types
    # the group under it.
    ("column_stack",
     ("2. As of November 1992, the composition of UNDOF was as follows:\n\n\nAustria\nCanada\nFinland\nPoland\n"
      "450\n180\n350\n130 a/\n1 110\nUnited Nations military observers\n(detailed from UNTSO)\n5\n1 115\n"),
     "1992-11-19",
     [("AUT", "UNDOF", "troops", 450, "serving", "1992-11"), ("CAN", "UNDOF", "troops", 180, "serving", "1992-11"),
      ("FIN", "UNDOF", "troops", 350, "serving", "1992-11"), ("POL", "UNDOF", "troops", 130, "serving", "1992-11")]),
    ("column_stack",
     ("The composition of UNIFIL as of 1 May 1986 was as follows:\n\nInfantry battalions\n\nFiji\n\nGhana\n\n"
      "Ireland\n\n620\n\n550\n\n660\n\nLogistic units\n\nItaly\n\nNorway\n\n40\n\n190\n\nTotal\n\n2 060\n"),
     "1986-05-10",
     [("FJI", "UNIFIL", "infantry", 620, "serving", "1986-05-01"), ("GHA", "UNIFIL", "infantry", 550, "serving", "1986-05-01"),
      ("IRL", "UNIFIL", "infantry", 660, "serving", "1986-05-01"), ("ITA", "UNIFIL", "troops", 40, "serving", "1986-05-01"),
      ("NOR", "UNIFIL", "troops", 190, "serving", "1986-05-01")]),
    # r3_047_ie-dail-wa-un-missions-personnel-1999: the figure on the line after the mission's label; the
    # contributor from the question ("Irish troops"), the date from the caption.
    ("mission_label_figure",
     ("146 Mr. Dennehy asked the Minister for Defence the number of Irish troops serving on United Nations peace "
     "keeping duties.\n\nMembers of the Permanent Defence Force serving with UN missions at 10 June 1999\n\n"
     "UN Missions\n\n(i)UNIFIL (United Nations Interim Force in Lebanon)\n\n609\n\n"
     "v(iii)UNFICYP (United Nations Peacekeeping Force in Cyprus)\n\n20\n\n"
     "ii(iv)UNIKOM (United Nations Iraq Kuwait Observer Mission)\n\n5\n"),
     "1999-06-15",
     [("IRL", "UNIFIL", "troops", 609, "serving", "1999-06-10"), ("IRL", "UNFICYP", "troops", 20, "serving", "1999-06-10"),
      ("IRL", "UNIKOM", "troops", 5, "serving", "1999-06-10")]),
    # r8_011_kildarestreet-wrans-overseas-missions-may-2006: the figure after a single blank, right after the
    # mission's name spelt out in parentheses (the dev text breaks off after the first item; the second composed).
    ("mission_label_figure",
     ("Members of the Permanent Defence Force serving Overseas as of 01 May, 2006\n1. UN Missions\n"
      "(i)UNIFIL (United Nations Interim Force in Lebanon) 5\n"
      "(ii) UNTSO (United Nations Truce Supervision Organisation) 12\n"),
     "2006-05-09",
     [("IRL", "UNIFIL", "troops", 5, "serving", "2006-05-01"), ("IRL", "UNTSO", "troops", 12, "serving", "2006-05-01")]),
    # The same list as the Dail's written answers of 2002 print it (oireachtas.ie, Dail 19 June 2002, not in the
    # corpus; figures composed): each enumerator on a line of its own, the caption above "1." and "UN Missions".
    ("mission_label_figure",
     ("The total number of Defence Forces personnel currently serving overseas is 518.\n"
      "Members of the Permanent Defence Force serving overseas with effect from 17 June\n\n1.\n\nUN Missions\n\n"
      "(i)\n\nUNIFIL (United Nations Interim Force in Lebanon)\n\n6\n\n(ii)\n\n"
      "UNTSO (United Nations Truce Supervision Organisation) \u2013 Israel, Syria and Lebanon\n\n11\n\nTotal\n\n17\n"),
     "2002-06-19",
     [("IRL", "UNIFIL", "troops", 6, "serving", "2002-06-17"), ("IRL", "UNTSO", "troops", 11, "serving", "2002-06-17")]),
    # The same as a table with a first-column header and an "Experts" column (experts on mission).
    ("mission_column",
     ("Table 2. U.S. Personnel in UN Peacekeeping Operations, as of December 31, 2012\n\n"
      "Mission Police Troops Experts\nMINUSTAH 9 4 0\nUNMIL 12 0 5\n"),
     "2013-02-01",
     [("USA", "MINUSTAH", "police", 9, "serving", "2012-12-31"), ("USA", "MINUSTAH", "troops", 4, "serving", "2012-12-31"),
      ("USA", "UNMIL", "police", 12, "serving", "2012-12-31"), ("USA", "UNMIL", "observers", 5, "serving", "2012-12-31")]),
    # r2_012_can-dnd-current-operations-2013: the figure at the end of its label's line, after a wide gap; the
    # contributor the sentence rules read; "authorized for each deployed task force" is what is deployed there.
    ("mission_label_figure",
     ("In expeditionary operations, a task force comprises all the Canadian Armed Forces personnel and assets "
      "committed to a specific mission.\n\n"
      "More than 1,300 Canadian soldiers, sailors, airmen and airwomen are currently serving with task forces "
     "deployed on expeditionary operations.\n\nThe figures quoted on this page represent the number of personnel "
     "authorized for each deployed task force.\n\n\nTask Force Port-au-Prince Operation HAMLET Canada's participation "
     "in the United Nations Stabilization Mission in Haiti (MINUSTAH)  39\nTask Force DRC Operation CROCODILE "
     "Canada's contribution to the United Nations Stabilization Mission in the Democratic Republic of the Congo "
     "(MONUSCO)  9\n"),
     "2013-10-01",
     [("CAN", "MINUSTAH", "troops", 39, "serving", "2013-10-01"),
      ("CAN", "MONUSCO", "troops", 9, "serving", "2013-10-01")]),
    # r2_035_jpn-mofa-pko-participation-table-1997: a record of dispatches, one row per line (each line begins with
    # the previous row's duties); the mission last named, the period's start, the kind of personnel.
    ("dispatch_record",
     ("(a special organization of the Prime Minister's Office) - Japanese Participation in International "
     "Peacekeeping Operations under the International Peace Cooperation Law (as of April 1, 1997)\n"
     "Mission Number Name Main dispatched countries Period of Operation Type and Number of Personnel Primary Duties "
     "1 United Nations Angola Verification Mission II (UNAVEM II) Angola September to October 1992 Electoral "
     "Observers 3 persons\nMonitoring to ensure the fair conduct of presidential and legislative elections 2 United "
     "Nations Transitional Authority in Cambodia (UNTAC) Cambodia September 1992 to September 1993 Cease-Fire "
     "Observers 8 persons on two occasions\nAdvising and training police in administrative work September 1992 to "
     "September 1993 Self-Defense Forcesengineering units 600 persons on two occasions\n"),
     "1997-04",
     [("JPN", "UNAVEM II", "observers", 3, "deployed", "1992-09"), ("JPN", "UNTAC", "observers", 8, "deployed", "1992-09"),
      ("JPN", "UNTAC", "engineers", 600, "deployed", "1992-09")]),
    # r5_043_voa-2013-african-force-mali-commitments: the caption names the personnel and that they are commitments;
    # "each" gives the figure to every country of the item; an item's own cue ("on the ground") wins; the
    # mission the sentence rules read (none is named before the list).
    ("caption_list",
     ("Ivory Coast U.N. Ambassador Youssoufou Bamba says nearly 1,000 troops already are in the African-led "
     "International Support Mission to Mali (AFISMA).\n\nForeign Troop Commitments to Mali\n\n"
     "  \u2022 France 2,000 on the ground\n  \u2022 Chad to send 2,000\n"
     "  \u2022 Burkina Faso, Niger have committed 500 each\n  \u2022 Guinea and Ghana are also sending troops\n"),
     "2013-01-22",
     [("FRA", "AFISMA", "troops", 2000, "serving", "2013-01-22"), ("TCD", "AFISMA", "troops", 2000, "pledged", "2013-01-22"),
      ("BFA", "AFISMA", "troops", 500, "pledged", "2013-01-22"), ("NER", "AFISMA", "troops", 500, "pledged", "2013-01-22")]),
    # r13_011_liquisearch-finnish-df-peacekeeping: lists keyed by mission, the figure in parentheses, the type the
    # item's noun or the lead-in's; the words after a comma are not read ("is to be lowered to less than 50").
    ("mission_paren_list",
     ("Finland has taken part in peacekeeping operations since 1956.\n\n"
      "International operations Finland is participating by deploying military units:\n\n"
      "  \u2022 SKJK KFOR in Kosovo (250, is to be lowered to less than 50 by the end of 2010)\n"
      "  \u2022 SKJA ISAF in Afghanistan (165 )\n\n"
      "International operations Finland is participating by deploying staff officers:\n\n"
      "  \u2022 EUFOR in Bosnia and Herzegovina (5 staff officer)\n  \u2022 UNMIL in Liberia (2)\n"
      "  \u2022 UNMIS in Sudan (1)\n"),
     "2010-03",
     [("FIN", "KFOR", "troops", 250, "serving", "2010-03"), ("FIN", "ISAF", "troops", 165, "serving", "2010-03"),
      ("FIN", "EUFOR Althea", "staff_officers", 5, "serving", "2010-03"),
      ("FIN", "UNMIL", "staff_officers", 2, "serving", "2010-03"), ("FIN", "UNMIS", "staff_officers", 1, "serving", "2010-03")]),
    # The rules that were there before (tests/test_tables.py has their full cases).
    ("column",
     ("Uniformed personnel of UNIFIL by contributing country, as at 31 August 2016\nCountry Troops Total\n"
     "Italy 1,095 1,095\nGhana 869 869\n"),
     "2016-09-30",
     [("ITA", "UNIFIL", "troops", 1095, "serving", "2016-08-31"), ("GHA", "UNIFIL", "troops", 869, "serving", "2016-08-31")]),
    # A "nil" cell is an empty one, as a dash is (composed).
    ("column",
     ("Uniformed personnel of UNIFIL by contributing country, as at 31 August 2016\nCountry Troops Police Total\n"
     "Italy 1,095 nil 1,095\nGhana 869 \u2013 869\nIndia nil 12 12\n"),
     "2016-09-30",
     [("ITA", "UNIFIL", "troops", 1095, "serving", "2016-08-31"), ("GHA", "UNIFIL", "troops", 869, "serving", "2016-08-31"),
      ("IND", "UNIFIL", "police", 12, "serving", "2016-08-31")]),
    # Column labels in the tables' own abbreviations, the cell nouns of r7_005 ("40 troops 10 civpol", "8 UNMOs")
    # (composed table).
    ("column",
     ("Contributions to ONUMOZ by country, as at 31 March 1994\nCountry Troops Civpol UNMOs Total\n"
      "Argentina 40 10 8 58\nHungary \u2013 10 23 33\n"),
     "1994-04-26",
     [("ARG", "ONUMOZ", "troops", 40, "serving", "1994-03-31"), ("ARG", "ONUMOZ", "police", 10, "serving", "1994-03-31"),
      ("ARG", "ONUMOZ", "observers", 8, "serving", "1994-03-31"), ("HUN", "ONUMOZ", "police", 10, "serving", "1994-03-31"),
      ("HUN", "ONUMOZ", "observers", 23, "serving", "1994-03-31")]),
    ("mission_column",
     ("Table 2: Ghanaian uniformed personnel in UN peacekeeping operations, 30 June 2018\nMission Troops Police\n"
     "MINUSMA 150 12\nUNMISS 700 3\n"),
     "2018-07-15",
     [("GHA", "MINUSMA", "troops", 150, "serving", "2018-06-30"), ("GHA", "MINUSMA", "police", 12, "serving", "2018-06-30"),
      ("GHA", "UNMISS", "troops", 700, "serving", "2018-06-30"), ("GHA", "UNMISS", "police", 3, "serving", "2018-06-30")]),
    ("mission_item",
     ("As of 1 January 2020, Norway has 90 police officers and soldiers in UN missions:\n"
     "• UNMISS (South Sudan): 35 police officers\n• MINUSMA – 49 troops\n"),
     "2020-02-01",
     [("NOR", "UNMISS", "police", 35, "serving", "2020-01-01"), ("NOR", "MINUSMA", "troops", 49, "serving", "2020-01-01")]),
]


@pytest.mark.parametrize("output, text, published, expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_each_rule_reads_its_shape(output, text, published, expected):
    got = [short(r) for r in rows(text, published) if r["extractor"].split(":", 1)[-1].split("(")[0] == output]
    assert sorted(got) == sorted(expected)


def test_every_table_rule_has_a_case():
    named = {c[0] for c in CASES}
    missing = sorted(n for rule in TABLE_RULES for n in rule.names if n not in named)
    assert not missing, f"table rules with no case that names them (add one to CASES): {missing}"


def test_a_table_rule_replaces_what_the_sentence_rules_read_in_its_block():
    # r7_005: read as one run-on sentence, "Argentina Hungary 40 troops 10 civpol 8 UNMOs 23 UNMOs Australia India
    # 16 civpol 916 troops" gave 916 troops to Argentina.
    text = ("At 31 March 1994, ONUMOZ had a strength of 6,108 troops. The force was made up of the following "
            "contingents:\n\nArgentina Hungary\n40 troops 10 civpol\nAustralia India\n16 civpol 916 troops\n")
    got = {(r["contributor_iso3"], r["count_low"]) for r in rows(text, "1994-04-26")}
    assert ("IND", 916) in got and ("ARG", 916) not in got


@pytest.mark.parametrize("text", [
    # Casualties and money under the same layouts.
    "Fatalities by mission, 1998\n\nIFOR SFOR\nUnited States 2 1\nFrance 5 3\n",
    "The budget of UNIFIL was as follows:\n\nItaly 480\n\nFrance 320\n",
    ("Contributions assessed for ONUMOZ were made up of the following:\n\nArgentina Hungary\n40 troops 10 civpol\n"
    "Australia India\n16 civpol 916 troops\n"),
    # A header of missions over lines that name no country; a chronology of missions and years.
    "IFOR SFOR\nPersonnel costs 480 500\nOperational costs 100 120\n",
    ("Irish troops have served abroad. Members of the Defence Forces deployed since:\n\n(i)UNIFIL (Lebanon)\n\n1978\n\n"
    "(ii)UNFICYP (Cyprus)\n\n1964\n"),
    # Losses in a record of dispatches.
    ("Japanese personnel in UN operations\nUNTAC Cambodia 1993 Fatalities 2 persons\nONUMOZ Mozambique 1994 Deaths "
    "1 persons\n"),
    # Bulleted lists: losses, money, years, two countries and no "each", a caption that names no personnel.
    "Peacekeepers killed in Mali\n\u2022 Chad 54\n\u2022 Togo 12\n",
    "Pledges to the AFISMA trust fund\n\u2022 Japan $120 million\n\u2022 United States $96 million\n",
    "Troop contributors since\n\u2022 Chad 2013\n\u2022 Niger 2014\n",
    "Troop commitments\n\u2022 Chad and Niger 2,500\n\u2022 Benin, Togo 1,100\n",
    "Medal tally\n\u2022 Kenya 12\n\u2022 Ethiopia 9\n",
    # r5_044 (Irish Defence Forces, current missions): a mission line with its years, no figure of people.
    "Current missions\n\nMINURSO - September 1991 \u2014 to date\nKFOR - August 1999 to date\nISAF - December 2001 to date\n",
    "Irish troops killed on UN service, by mission:\nUNIFIL (Lebanon) 47\nONUC (Congo) 26\n",
    "UN budgets, 2013 (million US dollars):\nUNIFIL (Lebanon) 545\nUNDOF (Golan) 48\n",
    # The same column layout with years, and with fewer figures than missions.
    ("Irish troops have served abroad. Members of the Defence Forces deployed since:\n\n(i)UNIFIL (Lebanon)\n"
     "(ii)UNFICYP (Cyprus)\n\n1978\n1964\n"),
    "Irish troops serving with UN missions:\n\nUNIFIL (Lebanon)\nUNFICYP (Cyprus)\nUNTSO\n\n609\n20\n\nSource: DoD\n",
    # Columns of names and figures that are not one figure per name: fewer figures, two columns of figures (the
    # figure after them not their sum), years, losses, no mission named.
    "The composition of UNDOF was as follows:\n\nAustria\nCanada\nPoland\n\n530\n220\n",
    "The composition of UNDOF was as follows:\n\nAustria\nCanada\n\n530\n220\n12\n9\n",
    "UNDOF contingents, by year of arrival:\n\nAustria\nCanada\nPoland\n\n1974\n1974\n1975\n",
    "UNDOF personnel killed on duty, by contingent:\n\nAustria\nCanada\nPoland\n\n5\n2\n3\n",
    "The composition of the force was as follows:\n\nAustria\nCanada\nPoland\n\n530\n220\n150\n",
    # Lists keyed by mission with a figure in parentheses that counts no people of the lead-in's country: years,
    # losses, a lead-in that names no country.
    "Missions Finland has taken part in with its troops:\n\u2022 UNIFIL in Lebanon (1982)\n\u2022 UNFICYP in Cyprus (1964)\n",
    "Finnish peacekeepers killed on duty:\n\u2022 UNIFIL in Lebanon (12)\n\u2022 UNFICYP in Cyprus (20)\n",
    "Finnish troops serving abroad:\n\u2022 UNIFIL in Lebanon (2 killed)\n\u2022 UNFICYP in Cyprus (5 km)\n",
    "Operations with troops deployed:\n\u2022 UNIFIL in Lebanon (250)\n\u2022 KFOR in Kosovo (165)\n",
    # One mission's name over places, or over losses.
    "UNIFIL\nNaqoura 120\nTyre 300\n",
    "Peacekeepers killed in 2019, by mission\n\nUNIFIL\nGhana 2\nItaly 1\n",
    # Losses per mission, figures at the ends of the lines.
    ("Irish troops killed on UN service, by mission:\nUnited Nations Interim Force in Lebanon (UNIFIL)  47\n"
    "United Nations Operation in the Congo (ONUC)  26\n"),
])
def test_no_rows_from_other_shapes(text):
    new = {"mission_columns", "country_pairs", "composition_list", "mission_label_figure", "dispatch_record",
           "caption_list", "column_stack", "mission_paren_list"}
    assert [r for r in rows(text, "1998-01-26") if r["extractor"].split(":", 1)[-1] in new] == []


def test_a_mission_table_in_a_national_answer_is_the_publishers_own():
    # A Dail answer's table that names no country (constructed on r6_014's missions): the answering minister's state
    # sends its rows, not the contributor the sentence rules name most (Ghana, in a sentence about another country).
    text = ("The Minister was asked about Ghana's role. Ghana has 800 troops in UNMIL and 300 troops in UNOCI.\n\n"
            "Full details of all personnel currently serving overseas are listed in the following tabular "
            "statement.\n\nTabular statement\n\nMission Location Personnel\nKFOR Kosovo 12\nMINURSO Western Sahara 3\n")
    ctx = DocumentContext("t", PartialDate.parse("2013-05-07"), publisher="Houses of the Oireachtas")
    got = {(r["contributor_iso3"], r["mission_acronym"], r["count_low"])
           for r in extract_document(text, ctx, MATCHER).contributions if r["extractor"].startswith("tables.")}
    assert got == {("IRL", "KFOR", 12), ("IRL", "MINURSO", 3)}
