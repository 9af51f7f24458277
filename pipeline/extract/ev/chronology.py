"""Chronologies: lists of dated entries, where the date opens a line and the entry states what happened.

Two layouts. An entry line that opens with its date and a colon ("• 20 August 2009: Afghan Presidential and
Provincial Council elections", NATO's ISAF chronology), and a date on a line of its own that heads the paragraph
under it ("9 June" / "Military Technical Agreement signed between KFOR and FRY ...", the Foreign Office's Kosovo
chronology). The annotators give every entry a row, ``other`` when no trigger names the happening, so the date of
an entry binds to the entry even without a trigger (``bind.chronology``), and it is no dateline
(``vetoes.dateline``). A heading is read together with the sentence under it (``merge_headings``) when the
document has at least two of them: a single date on a line of its own is more often a page's date stamp.
"""

from __future__ import annotations

import re

from pipeline.extract.types import DateMention, Sentence

# What may stand between the start of a line and an entry's date: white space and list bullets.
_LINE_OPENING = re.compile(r"[ \t•·*▪◦–—-]*")
_COLON_AFTER = re.compile(r"[ \t]*:(?!\d)")
_LINE_END_AFTER = re.compile(r"[ \t]*(?:\n|$)")
_HEADING = re.compile(r"[\s•·*▪◦–—-]*")
_MIN_HEADINGS = 2


def _opens_line(text: str, d: DateMention) -> bool:
    line_start = text.rfind("\n", 0, d.start) + 1
    return _LINE_OPENING.fullmatch(text, line_start, d.start) is not None


def chronology_entry(text: str, sentence: Sentence, d: DateMention, headings: frozenset[int]) -> bool:
    """The date opens a line and a colon follows it, or it heads the paragraph read with it (its sentence's
    start is among ``headings``, from ``merge_headings``): it dates a chronology entry."""
    if d.kind not in ("point", "span") or not _opens_line(text, d):
        return False
    return _COLON_AFTER.match(text, d.end) is not None or (sentence.start in headings and d.start < sentence.start + 8)


def colon_entry(text: str, d: DateMention) -> bool:
    """The date opens a line and a colon follows it ("• 23 September 2008: The UN Security Council adopts ...")."""
    return d.kind in ("point", "span") and _opens_line(text, d) and _COLON_AFTER.match(text, d.end) is not None


def _is_heading(text: str, sentence: Sentence, dates: list[DateMention]) -> bool:
    inside = [d for d in dates if sentence.start <= d.start < sentence.end]
    if len(inside) != 1:
        return False
    d = inside[0]
    return _HEADING.fullmatch(text, sentence.start, d.start) is not None \
        and _HEADING.fullmatch(text, d.end, sentence.end) is not None and _LINE_END_AFTER.match(text, d.end) is not None


def merge_headings(text: str, sentences: list[Sentence], dates: list[DateMention]
                   ) -> tuple[list[Sentence], frozenset[int]]:
    """The sentences, each date heading read with the sentence under it (one sentence), when the document has
    at least two headings and the sentence under a heading holds no date of its own; and the starts of the
    merged headings."""
    headings = {i for i, s in enumerate(sentences[:-1]) if _is_heading(text, s, dates)}
    if len(headings) < _MIN_HEADINGS:
        return sentences, frozenset()
    merged: list[Sentence] = []
    starts = set()
    skip = -1
    for i, s in enumerate(sentences):
        if i == skip:
            continue
        if i in headings:
            under = sentences[i + 1]
            if i + 1 not in headings and not any(under.start <= d.start < under.end for d in dates):
                merged.append(Sentence(s.index, s.start, under.end, f"{s.evidence} {under.evidence}"))
                starts.add(s.start)
                skip = i + 1
                continue
        merged.append(s)
    return merged, frozenset(starts)
