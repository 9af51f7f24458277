"""The document entry point: the prefilter reads closely only what can yield rows, and loses none of them."""

from pathlib import Path

import pytest

from pipeline.extract.document import cue_positions, extract_document, stable_id
from pipeline.extract.missions import MissionMatcher
from pipeline.extract.types import DocumentContext, PartialDate
from pipeline.ingest.inventory import discover
from pipeline.ingest.readers import ingest
from pipeline.reference.catalog import build_mission_catalog
from tests.conftest import ROOT, SEEDS_DIR

MATCHER = MissionMatcher(build_mission_catalog(ROOT / "sources" / "reference"))
DEVSET = ROOT / "tests" / "data" / "devset" / "documents"


def _texts(folder: Path):
    sources, _ = discover(folder)
    for source in sources:
        doc = ingest(source)
        if doc.text is not None:
            yield source.source_name, doc.text, source.manifest.published if source.manifest else None


def _rows(text, published, prefilter):
    rows = extract_document(text, DocumentContext("t", published), MATCHER, prefilter=prefilter)
    return rows.contributions, rows.events, rows.mission_mentions


@pytest.mark.parametrize("name, text, published", [*_texts(SEEDS_DIR), *_texts(DEVSET)],
                         ids=lambda v: v if isinstance(v, str) and len(v) < 60 else "")
def test_prefilter_keeps_every_row_of_annotated_documents(name, text, published):
    fast, full = _rows(text, published, True), _rows(text, published, False)
    assert fast[0] == full[0]  # contributions, exactly
    assert fast[2] == full[2]  # mission mentions, exactly
    # Events: the same events; an actor borrowed from a sentence the prefilter skips may differ ("The militants
    # overran a base": the full reading lends them the previous sentence's country).
    key = ("event_date", "date_precision", "event_type", "char_start", "mission_acronym", "is_planned")
    assert [tuple(e[k] for k in key) for e in fast[1]] == [tuple(e[k] for k in key) for e in full[1]]


def test_a_document_without_cues_yields_nothing_and_reads_nothing():
    text = ("Parliament passed the budget on Tuesday after a long debate. The finance minister said growth would "
            "reach 3 percent in 2014, and 200 delegates attended the vote.")
    assert cue_positions(text) == []
    rows = extract_document(text, DocumentContext("t", PartialDate.parse("2013-05-01")), MATCHER)
    assert (rows.contributions, rows.events, rows.mission_mentions) == ([], [], [])


@pytest.mark.parametrize("text, expected", [
    # a personnel noun next to a figure, a weak word only when a figure stands by it
    ("Nepal sent 300 police to Haiti.", True),
    ("The police said the suspect fled.", False),
    ("A force of 850 arrived.", True),
    ("The storm hit with great force.", False),
    ("Kenyan forces vacated the camp.", True),  # a movement verb of the event rules
    ("The Department of Health closed the clinic.", False),
    # the head nouns added in round s7 (personnel._PERSON_NOUNS) are cues next to a figure only (real dev r8_079)
    ("Finland has a strength of around 200 persons there.", True),
    ("Jordan will send 60 physicians next month.", True),
    ("The persons concerned and the volunteers of the club met the physicians.", False),
])
def test_cues(text, expected):
    assert bool(cue_positions(text)) is expected


def test_a_document_about_an_operation_reads_its_dated_background():
    """ev.prefilter: a word of a background happening near a written year is a cue in a document that names a
    peace operation (real dev r4_007, r4_031, r2_046), not in one that names none, and a year alone is none."""
    background = "On 6 April 1994 the presidents of Rwanda and Burundi were assassinated, sparking the genocide."
    with_mission = "UNAMIR was deployed in Rwanda. The weather was fine. " + background
    cues = cue_positions(with_mission, MATCHER.find_mentions(with_mission, None))
    assert with_mission.index("1994") in cues
    assert cue_positions(background) == []
    plain = "UNAMIR was deployed in Rwanda. The budget of 1994 was spent."
    assert plain.index("1994") not in cue_positions(plain, MATCHER.find_mentions(plain, None))
    events = extract_document(with_mission, DocumentContext("t", None), MATCHER).events
    assert [(e["event_date"].isoformat(), e["event_type"]) for e in events] == [("1994-04-06", "attack")]


def test_stable_id_depends_on_every_part():
    assert stable_id("a", 1) == stable_id("a", 1)
    assert stable_id("a", 1) != stable_id("a", 2)
    assert stable_id("a|b") != stable_id("a", "b")
    assert len(stable_id("x")) == 16


def test_a_mission_that_acts_acts_for_itself():
    """The guide's E6: a mission taking over acts for itself, so neither a country nor the UN is the actor."""
    text = "MINUSMA took over from AFISMA on 1 July 2013."
    events = extract_document(text, DocumentContext("t", PartialDate.parse("2013-08-01")), MATCHER).events
    assert [(e["event_type"], e["actor_iso3"], e["actor_organisation"], e["mission_acronym"]) for e in events] == [
        ("handover", None, None, "MINUSMA")]


def test_a_chronology_of_date_headings_is_read():
    """ev.chronology.heading_cues: date headings on lines of their own, two at least, and the paragraphs under them
    are cues, though they hold no peace-operations word (real dev r3_034, the Foreign Office's Kosovo chronology)."""
    text = ("Chronology\n\n22 May\n\n  Milosevic and four other senior officials indicted by the Tribunal.\n\n"
            "2 June\n\n  Ahtisaari, Chernomyrdin and Talbott agree a text.\n")
    cues = cue_positions(text)
    assert [text[c:c + 6] for c in cues] == ["22 May", "Milose", "2 June", "Ahtisa"]
    events = extract_document(text, DocumentContext("t", PartialDate.parse("1999")), MATCHER).events
    assert [e["event_date"].isoformat() for e in events] == ["1999-05-22", "1999-06-02"]
    assert cue_positions(text.replace("2 June", "Later")) == []  # one heading is a page's date stamp


def test_a_day_told_from_the_sentence_before_is_read_with_it():
    """A sentence dated "the next day" continues the one before (guide E5; real dev r7_003): the prefilter reads it
    after a cue sentence, and the anaphoric day resolves against that sentence's date."""
    text = ("On 25 October 1973 the Council decided to send a 7,000-man U.N. Emergency Force to the area. "
            "The first elements of the new Force arrived in Cairo the next day.")
    events = extract_document(text, DocumentContext("t", PartialDate.parse("1973-11")), MATCHER).events
    assert ("1973-10-26", "deployment") in [(e["event_date"].isoformat(), e["event_type"]) for e in events]
