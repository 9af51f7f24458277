"""Contribution rules, judged on hand-written sentences: the real extraction chain, the exact rows.

Every case of ``tests/data/contribution_sentences.py`` runs through ``extract_document`` (sentences, countries,
missions, dates, figures, then the contribution rules) with a publication date, and its rows are compared, in
order, to the rows an analyst reads in the text by the annotation guide (``tests/data/gold/README.md``). A case
stands in a document about peace operations (under a headline that says so) unless it says otherwise.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract import status
from pipeline.extract.document import extract_document
from pipeline.extract.missions import MissionMatcher
from pipeline.extract.types import DocumentContext, PartialDate
from pipeline.reference.catalog import build_mission_catalog
from schemas.vocabularies import ALL_UN_PKO, PERSONNEL_TYPES, STATUSES
from tests.data.contribution_sentences import ALL_CASES, HEADLINE, Case, Row

ROOT = Path(__file__).resolve().parents[1]
MATCHER = MissionMatcher(build_mission_catalog(ROOT / "sources" / "reference"))


def extracted(text: str, published: str, publisher: str | None = None) -> list[Row]:
    """The contribution rows of ``text`` published on ``published`` (by ``publisher``), as comparable tuples."""
    ctx = DocumentContext("t", PartialDate.parse(published), publisher=publisher)
    rows = extract_document(text, ctx, MATCHER).contributions
    out = []
    for r in rows:
        mission = r["mission_acronym"] or (ALL_UN_PKO if r["scope"] == "all_un_pko" else None)
        as_of = PartialDate(r["as_of_date"], r["as_of_precision"]).iso() if r["as_of_date"] else None
        out.append(Row(r["contributor_iso3"], mission, r["personnel_type"], r["count_low"], r["count_high"],
                       r["count_approx"], r["status"], as_of))
    return out


def _params(cases: list[Case]) -> list:
    return [
        pytest.param(c.published, HEADLINE + c.text if c.about_peace else c.text, c.rows, c.publisher, id=c.id,
                     marks=[pytest.mark.xfail(strict=True, reason=c.xfail)] if c.xfail else [])
        for c in cases
    ]


@pytest.mark.parametrize(("published", "text", "expected", "publisher"), _params(ALL_CASES))
def test_rows(published: str, text: str, expected: list[Row], publisher: str | None) -> None:
    assert extracted(text, published, publisher) == expected


def test_case_table_is_well_formed() -> None:
    """The expected rows themselves follow the vocabularies and formats of the guide, and ids are unique."""
    ids = [c.id for c in ALL_CASES]
    assert len(ids) == len(set(ids))
    for case in ALL_CASES:
        PartialDate.parse(case.published)
        for row in case.rows:
            assert row.personnel_type in PERSONNEL_TYPES, case.id
            assert row.status in STATUSES, case.id
            assert row.low is not None or row.high is not None, case.id
            assert row.low is None or row.high is None or row.low <= row.high, case.id
            PartialDate.parse(row.as_of)


# (clause, the figure's noun phrase in it, expected status, expected cue): where cues are read, and which wins.
STATUS_CASES = [
    # a subordinate clause's subject takes its own predicate (real dev r2_022, r2_039)
    ("This process began in 1989 when two Australian officers were deployed to Thailand and Cambodia",
     "two Australian officers", "deployed", "deployed"),
    ("The first participation was in 1989, when 27 electoral observers were dispatched to UNTAG",
     "27 electoral observers", "deployed", "dispatched"),
    ("The camp was built while 300 troops were deployed in Juba", "300 troops", "deployed", "deployed"),
    # "is to" / "are to" before a name or an article is a destination, not a plan (real dev r6_009, r1_026)
    ("The main commitments are to KFOR in Kosovo, with 213 personnel", "213 personnel", "serving", ""),
    ("Nepal is to send 300 troops", "300 troops", "planned", "is to"),
    # "the departure of" a contingent, with no place after the cue: the story tells where (real dev r1_036)
    ("a ceremony to mark the imminent departure of the 264-strong Kenyan contingent", "264-strong Kenyan contingent",
     "departure", "departure of"),
    # an extended employment is a decision for the coming period (real dev r5_052)
    ("The President has extended the employment of 1495 members of the SANDF", "1495 members of the SANDF",
     "planned", "extended the employment"),
    # the predicate follows a bracketed aside after the subject (real dev r7_006, r2_023)
    ("Infantry-company group of 250 personnel (known as Kiwi Company) deploy to Santici Camp near Vitez",
     "Infantry-company group of 250 personnel", "deployed", "deploy"),
    ("A 30-strong Movement Control Group (MCG) from the Australian Defence Force, including seven Air Force "
     "members, joined the UN Transitional Authority in Cambodia (UNTAC)", "A 30-strong Movement Control Group",
     "deployed", "joined"),
    ("China has offered to send more than 500 soldiers", "more than 500 soldiers", "offered", "offered"),
    ("Nepal will send 850 troops", "850 troops", "planned", "will"),
    ("Japan will withdraw its 330 engineers", "330 engineers", "withdrawn", "withdraw"),
    ("About 800 Nigerian troops have been pulled out of Mali", "About 800 Nigerian troops", "withdrawn",
     "pulled out"),
    ("Ethiopia pulled about 3,000 of its soldiers out of Somalia", "about 3,000 of its soldiers", "withdrawn",
     "pulled about 3,000 of its soldiers out"),
    ("The first batch of 120 peacekeepers left Accra for South Sudan", "120 peacekeepers", "deployed", "left"),
    ("The last 300 engineers left South Sudan", "300 engineers", "withdrawn", "left"),
    ("Nepal currently contributes 5,000 peacekeepers", "5,000 peacekeepers", "serving", "currently"),
    ("Nepal has deployed 850 troops to Mali", "850 troops", "deployed", "deployed"),
    ("China has deployed 22,000 troops to UN PKOs in total", "22,000 troops", "cumulative", "in total"),
    ("Zambia currently has a total of 900 troops", "a total of 900 troops", "serving", "currently"),
    ("Ghana has contributed a total of 80,000 troops", "80,000 troops", "cumulative", "a total of"),
    ("The unit, with 290 engineers, has been based in Bor since 2013", "290 engineers", "serving",
     "has been based"),
    ("India has sent 180,000 troops to UN missions since 1950", "180,000 troops", "cumulative", "since 1950"),
    ("Several hundred gendarmes are deployed in Mali", "Several hundred gendarmes", "serving", "are deployed"),
    ("with 7,800 uniformed personnel deployed", "7,800 uniformed personnel", "serving", ""),
    ("UNMIL said 400 police officers would be repatriated by June", "400 police officers", "withdrawn",
     "repatriated"),
    ("At least 155 of the troops are expected to be engineers", "At least 155 of the troops", "planned",
     "expected"),
    ("The deployment of 400 engineers was delayed until 2014", "400 engineers", "planned", "delayed"),
    ("Senegal is ready to send 500 gendarmes", "500 gendarmes", "offered", "ready to send"),
    ("Rwanda has pledged a 140-strong formed police unit", "140-strong formed police unit", "pledged", "pledged"),
    ("The contingent, including 20 engineers, will leave for Bamako", "20 engineers", "planned", "will"),
    ("In May, 500 troops arrived", "500 troops", "deployed", "arrived"),
    # an offer of something other than people is no offer of the figure (real dev r10_003, r9_093, r2_042); an
    # offer of people, of a unit or of an act stays (r3_013, r8_022, r5_025)
    ("some 15 military experts from Britain arrived in Freetown on Saturday to offer \u201cadvice and guidance\u201d",
     "some 15 military experts", "deployed", "arrived"),
    ("the Government are prepared to offer up to 20 UK military observers", "up to 20 UK military observers",
     "offered", "prepared to offer"),
    ("Nepal is also considering offering a battalion of 800 troops", "800 troops", "offered", "offering"),
    ("Fiji offers to send 200 soldiers", "200 soldiers", "offered", "offers"),
    # "a total of" with a verb of serving in the present is today's total (real dev r10_048); in the past a sum
    ("A total of 729 Egyptian officers and police personnel serve in U.N. peacekeeping operations",
     "729 Egyptian officers and police personnel", "serving", "serve"),
    ("A total of 2,000 Irish troops served in UNIFIL", "2,000 Irish troops", "cumulative", "A total of"),
]


@pytest.mark.parametrize(("clause", "phrase", "expected", "cue"), STATUS_CASES)
def test_figure_status(clause: str, phrase: str, expected: str, cue: str) -> None:
    start = clause.index(phrase)
    assert status.figure_status(clause, start, start + len(phrase)) == (expected, cue)


# Mission rule host (``scope._named_there``): an undated figure sent to a place takes the mission the document
# names there, not the place's latest mission.
NAMED_THERE_CASES = [
    # r5_028 (undated VOA story): AMIS, named by a definite description, not UNAMID
    ("More than 200 Rwandan troops will assume peacekeeping duties under the African Union. Altogether, seven "
     "countries are expected to contribute troops to the African Union's peacekeeping force in Darfur. Rwanda's "
     "foreign minister said that 241 Rwandan soldiers are headed to Darfur.", "AMIS"),
    # r7_006 (NZDF timeline, dates on lines of their own): UNPROFOR, not UNPF
    ("The United Nations makes a formal request to the New Zealand Government requesting NZ Defence contribute "
     "personnel to UNPROFOR. New Zealand Government agrees to send a 250-strong reinforced infantry company to "
     "Bosnia.", "UNPROFOR"),
    # the same with no mission named: the place's own
    ("Peacekeeping news. Rwanda's foreign minister said that 241 Rwandan soldiers are headed to Darfur.", "UNAMID"),
]


@pytest.mark.parametrize(("text", "mission"), NAMED_THERE_CASES)
def test_undated_place_takes_the_mission_the_document_names(text: str, mission: str) -> None:
    rows = extract_document(text, DocumentContext("t", None), MATCHER).contributions
    assert [r["mission_acronym"] for r in rows if r["count_low"] in (241, 250)] == [mission]
