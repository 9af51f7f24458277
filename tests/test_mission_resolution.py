"""Mission resolution as contributions and events use it, on sentences of the real dev split: the mission a
contingent of soldiers joins in a host with a police-only mission, and the single mission of a document."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract.document import extract_document
from pipeline.extract.missions import MissionMatcher
from pipeline.extract.types import DocumentContext, PartialDate
from pipeline.reference.catalog import build_mission_catalog

ROOT = Path(__file__).resolve().parents[1]
MATCHER = MissionMatcher(build_mission_catalog(ROOT / "sources" / "reference"))


def contributions(text: str, published: str) -> list[tuple]:
    rows = extract_document(text, DocumentContext("t", PartialDate.parse(published)), MATCHER).contributions
    return [(r["contributor_iso3"], r["mission_acronym"], r["personnel_type"], r["count_low"]) for r in rows]


@pytest.mark.parametrize("published, text, expected", [
    # r3_040 (1999): soldiers in Kosovo serve with KFOR, not UNMIK (police and administration only)
    ("1999-07", "Peacekeeping in Kosovo. UK now has 10,400 troops in Kosovo out of eventual total of 13,000.",
     ("GBR", "KFOR", "troops", 10400)),
    # r3_037 (2004): a standing military presence in Kosovo is KFOR's
    ("2004-06-17", ("UN peacekeeping and Kosovo. Over the past two years the UK standing military presence in "
                    "Kosovo has reduced from approximately 1,200 personnel."), ("GBR", "KFOR", None, 1200)),
    # police sent to Kosovo still join UNMIK
    ("2004-06-17", "UN peacekeeping and Kosovo. Germany sent 120 police officers to Kosovo.",
     ("DEU", "UNMIK", "police", 120)),
])
def test_soldiers_do_not_join_a_police_only_mission(published, text, expected):
    rows = contributions(text, published)
    iso3, mission, ptype, low = expected
    assert any(r[0] == iso3 and r[1] == mission and r[3] == low and (ptype is None or r[2] == ptype)
               for r in rows), rows
