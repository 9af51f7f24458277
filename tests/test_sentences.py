"""Sentence splitting: spans, evidence strings as the gold writes them, PDF layout noise."""

import csv
from pathlib import Path

import pytest

from pipeline.extract.sentences import fold_whitespace, split_sentences

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "sources" / "documents"
GOLD = ROOT / "tests" / "data" / "gold" / "seeds"


def evidences(text: str) -> list[str]:
    return [s.evidence for s in split_sentences(text)]


@pytest.mark.parametrize("text, expected", [
    ("China sent troops. Nepal sent police.", ["China sent troops.", "Nepal sent police."]),
    # Abbreviations and initials do not end sentences.
    ("The U.N. force grew. Gen. Li Wei took command.", ["The U.N. force grew.", "Gen. Li Wei took command."]),
    ("Jane A. Doe wrote it. It was read.", ["Jane A. Doe wrote it.", "It was read."]),
    ("It arrived on Jan. 14 in Bamako. Troops followed.", ["It arrived on Jan. 14 in Bamako.", "Troops followed."]),
    # Footnote markers glued to the closing punctuation stay with their sentence.
    ("rebels were ousted from the country.2 China has 1,650 peacekeepers.",
     ["rebels were ousted from the country.2", "China has 1,650 peacekeepers."]),
    ("to the UN Mission in South Sudan (UNMISS).5 However, the unit left.",
     ["to the UN Mission in South Sudan (UNMISS).5", "However, the unit left."]),
    ("as it had in 2000.8 China has deployed troops.", ["as it had in 2000.8", "China has deployed troops."]),
    # Decimals and commas with footnotes do not end sentences.
    ("It costs 2.5 million dollars. Next.", ["It costs 2.5 million dollars.", "Next."]),
    # Thousands grouped by a full stop are no footnote marker (real dev r10_089).
    ("In total more than 26.000 Austrian peacekeepers joined.", ["In total more than 26.000 Austrian peacekeepers joined."]),
    ("It has peacekeepers in UN PKOs,7 more than before.", ["It has peacekeepers in UN PKOs,7 more than before."]),
    # Quotes.
    ('"We have detail," said a diplomat. "We do not."', ['"We have detail," said a diplomat.', '"We do not."']),
    ("He asked: why? Nobody knew!", ["He asked: why?", "Nobody knew!"]),
])
def test_sentence_boundaries(text, expected):
    assert evidences(text) == expected


def test_wrapped_pdf_lines_join_and_blank_lines_inside_a_sentence():
    text = ("China plans to provide approximately 400 peacekeepers to the UN Multidimensional Integrated \n"
            "Stabilization Mission in Mali (MINUSMA),1 which took over peacekeeping responsibilities from the \n"
            "African-led International Support Mission in Mali (AFISMA) on July 1. ASISMA had been providing \n"
            "security since January 2013.\n\n"
            "o Since January 2009, the PLA Navy has sustained counterpiracy operations in the Gulf of \n\n"
            "Aden (GOA) to protect Chinese commercial shipping interests. \n")
    assert evidences(text) == [
        "China plans to provide approximately 400 peacekeepers to the UN Multidimensional Integrated "
        "Stabilization Mission in Mali (MINUSMA),1 which took over peacekeeping responsibilities from the "
        "African-led International Support Mission in Mali (AFISMA) on July 1.",
        "ASISMA had been providing security since January 2013.",
        "Since January 2009, the PLA Navy has sustained counterpiracy operations in the Gulf of Aden (GOA) to "
        "protect Chinese commercial shipping interests.",
    ]


def test_headings_are_their_own_sentences_in_news_text():
    text = ("China has offered to send more than 500 soldiers to the UN force in Mali, diplomats said.\n"
            "More From This Section\n"
            '"China has offered between 500 and 600 soldiers," said one senior diplomat yesterday.\n')
    assert evidences(text)[1:] == ["More From This Section",
                                   '"China has offered between 500 and 600 soldiers," said one senior diplomat '
                                   "yesterday."]


def test_bullets_and_footnote_stars_are_stripped_from_spans():
    text = "Intro line that is long enough to set the typical width of this text here.\n* Since 2004, China sent FPUs.\n"
    sents = split_sentences(text)
    assert sents[-1].evidence == "Since 2004, China sent FPUs."
    assert text[sents[-1].start:sents[-1].end] == "Since 2004, China sent FPUs."


def test_spans_point_into_the_text():
    text = SEEDS.joinpath("002_fdb4b3e7f5745b0a.txt").read_text("utf-8")
    for s in split_sentences(text):
        assert fold_whitespace(text[s.start:s.end]) == s.evidence
        assert s.start < s.end


@pytest.mark.parametrize("start, end", [(0, None), (120, 900), (457, 2000), (1000, None)])
def test_offset_places_the_sentences_of_a_slice_in_the_document(start, end):
    text = SEEDS.joinpath("002_fdb4b3e7f5745b0a.txt").read_text("utf-8")
    piece = text[start:end]
    moved = split_sentences(piece, start)
    assert [(s.index, s.start - start, s.end - start, s.evidence) for s in moved] == \
        [(s.index, s.start, s.end, s.evidence) for s in split_sentences(piece)]
    assert all(fold_whitespace(text[s.start:s.end]) == s.evidence for s in moved)


def test_every_gold_evidence_is_one_sentence():
    found = {}
    for path in SEEDS.glob("*.txt"):
        found[path.stem] = set(evidences(path.read_text("utf-8")))
    for table in ("contributions", "events"):
        with (GOLD / f"{table}.csv").open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                assert row["evidence"] in found[row["source_name"]], row["evidence"]


def test_empty_and_blank_text():
    assert split_sentences("") == []
    assert split_sentences(" \n\n \t") == []


def test_hyphenated_line_break_is_joined_in_evidence():
    assert fold_whitespace("field-\ntest equipment") == "field-test equipment"
