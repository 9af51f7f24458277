"""The named rules of pipeline.extract.mission_rules and mission_descriptions, each on real dev sentences (the
document ids are cited; the sentences are quoted as written)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract.mission_rules import defined_acronym
from pipeline.extract.missions import MissionMatcher
from pipeline.extract.types import PartialDate
from pipeline.reference.catalog import build_mission_catalog

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def matcher() -> MissionMatcher:
    return MissionMatcher(build_mission_catalog(ROOT / "sources" / "reference"))


def found(matcher: MissionMatcher, text: str, published: str | None) -> list[tuple]:
    when = PartialDate.parse(published) if published else None
    return [(m.acronym, m.surface, m.method) for m in matcher.find_mentions(text, when)]


# --- defined_acronym (veto) -------------------------------------------------------------------------------------
@pytest.mark.parametrize("doc, published, sentence", [
    ("r8_108", None, "The Bangladesh Armed Forces and the Bangladesh Police have been actively involved in a number "
                     "of United Nations Peace Support Operations (UNPSO) since 1988."),
    ("r8_109", None, "The Bangladesh Armed Forces and the Bangladesh Police have been actively involved in a number "
                     "of United Nations Peace Support Operations (UNPSO) since its formation in the 1970s."),
    ("r5_048", "2018", "Of that total, 10,679 served as police officers, 79,063 served as troops or staff officers, "
                       "and 1,316 were U.N. military experts on mission (UNMEM)."),
])
def test_defined_acronym_is_not_a_misspelt_mission(matcher, doc, published, sentence):
    assert found(matcher, sentence, published) == []


def test_defined_acronym_needs_the_phrase_to_spell_it(matcher):
    # r8_018: a misspelling with no phrase of its initials before it stays a misspelt UNTSO.
    text = "We have 11 or 12 peacekeepers as part of the UNSTO, the UN Supervisory Truce Organization, in Israel."
    assert found(matcher, text, "2017-10-16")[0][:2] == ("UNTSO", "UNSTO")
    assert defined_acronym("the Peace Support Operations (UNPSO)", 30, "UNPSO") is False  # PSO only
    assert defined_acronym("United Nations Peace Support Operations (UNPSO)", 41, "UNPSO") is True


# --- eu_operation_is_military -----------------------------------------------------------------------------------
@pytest.mark.parametrize("doc, published, sentence, expected", [
    ("r8_011", "2006-05-09",
     "The main commitments are to the United Nations Mission in Liberia (UNMIL), with 422 personnel, to the NATO-led "
     "International Security presence (KFOR) in Kosovo, with 213 personnel and to EUFOR, the EU-led operation in "
     "Bosnia and Herzegovina, with 60 personnel.",
     ("EUFOR Althea", "EU-led operation in Bosnia and Herzegovina", "definite")),
    ("r8_067", None, "2 December 2004 Present European Union Military Operation in Bosnia and Herzegovina EUFOR Althea",
     ("EUFOR Althea", "European Union Military Operation in Bosnia and Herzegovina", "definite")),
    ("r8_067", None, "European Union Military Operation in Chad and the Central African Republic",
     ("EUFOR Tchad/RCA", "European Union Military Operation in Chad and the Central African Republic", "definite")),
])
def test_eu_operation_is_military(matcher, doc, published, sentence, expected):
    assert expected in found(matcher, sentence, published)
    assert "EUPM" not in {m[0] for m in found(matcher, sentence, published)}


def test_eu_mission_may_still_be_a_police_mission(matcher):
    # The rule reads the head: an EU police mission named after the same place stays itself.
    assert found(matcher, "the EU police mission in Bosnia and Herzegovina", "2010")[0][0] == "EUPM"
