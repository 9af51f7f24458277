"""Chronologies: lists of dated entries, where the date opens a line and the entry states what happened.

Two layouts. An entry line that opens with its date and a colon ("• 20 August 2009: Afghan Presidential and
Provincial Council elections", NATO's ISAF chronology), and a date on a line of its own that heads the paragraph
under it ("9 June" / "Military Technical Agreement signed between KFOR and FRY ...", the Foreign Office's Kosovo
chronology). The annotators give every entry a row, ``other`` when no trigger names the happening, so the date of
an entry binds to the entry even without a trigger (``bind.chronology``), and it is no dateline
(``vetoes.dateline``). A heading is read together with the sentence under it (``merge_headings``) when the
document has at least two of them: a single date on a line of its own is more often a page's date stamp.

Infoboxes (Wikipedia's summary lines, kept as "- Date: 20 September 1999 – 28 February 2000" or glued as
"Date26 March 1993 – 28 March 1995"): the date of an operation's ``Date``/``Dates``/``Time`` line is its start,
a deployment, or an intervention when the article calls the operation a military intervention or a one-nation-led
military operation (guide E7: Turquoise, Sangaris); "Status: Completed on 30 June 1964" is its end, a
withdrawal. ``date_line_cues`` makes the prefilter read these lines, the chronology entry lines and the date headings with
the paragraphs under them (``heading_cues``; they hold no peace-operations word: real dev r3_034).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from pipeline.extract.types import DateMention, Sentence

# What may stand between the start of a line and an entry's date: white space and list bullets.
_LINE_OPENING = re.compile(r"[ \t•·*▪◦–—-]*")
_COLON_AFTER = re.compile(r"[ \t]*:(?!\d)")
_LINE_END_AFTER = re.compile(r"[ \t]*(?:\n|$)")
_HEADING = re.compile(r"[\s•·*▪◦–—-]*")
_MIN_HEADINGS = 2
_HEADING_MAX = 40  # characters: a heading is a date and a bullet at most
# An infobox key right before the date, at the start of a line ("- Date: ", "Date", "- Dates: ", "- Time: ").
_INFOBOX_START = re.compile(r"(?im)^[ \t]*(?:-[ \t]*)?(?P<key>Dates?|Time|Status:[ \t]*Completed[ \t]+on)[ \t]*:?[ \t]*"
                            r"(?=\d|(?:January|February|March|April|May|June|July|August|September|October|November"
                            r"|December)\b)")
# "a French military intervention", "a French-led military operation", "a French military operation" (one state's
# operation abroad: guide E7).
_INTERVENTION_LEAD = re.compile(r"(?i)\bmilitary\s+intervention\b|-led\s+military\s+operation\b"
                                r"|\b(?:a|an)\s+(?-i:[A-Z][a-z]+(?:an|ese|ish|ch|i))\s+military\s+operation\b")
_LEAD = 3000
# The opening of a line that the prefilter must read, up to its colon (see date_line_cues).
_CUE_LINE = re.compile(
    r"[ \t•·*▪◦–—-]*(?:(?:Year[ \t]+)?(?:Commander|Leader)\d*|Dates?|Time|Status|\d{1,2}[ \t]+(?:January|February"
    r"|March|April|May|June|July|August|September|October|November|December)(?:[ \t]+\d{4})?)[ \t]*:"
)
_CUE_LINE_REACH = 40
# A list of a country's missions, one a line: "MINURSO - September 1991 — to date", "EUTM (Mali) - February 2013
# to date": the date after the mission's name (and a dash) is the start of the country's participation.
_MISSION_LINE_GAP = re.compile(r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*[-–—:][ \t]*")
_TO_DATE_AFTER = re.compile(r"[ \t]*(?:[-–—][ \t]*)?(?:to[ \t-]+date|present)\b")
# The same list with the mission's full name first and its acronym in parentheses, the years right after and
# nothing else on the line: "• UN Operation in Congo (ONUC) 1960–1964", "• UN Transitional Administration in East
# Timor (UNTAET) 1999-to-date" (a copy of Wikipedia's Pakistan Army page, real dev r12_045). The name holds no
# figure and no sentence's end; the parenthesis closes right before the years.
_NAMED_LINE_NAME = re.compile(r"[ \t•·*▪◦–—-]*[A-Z][^\d\n.;:()]{2,90}\($")
_NAMED_LINE_GAP = re.compile(r"\)[ \t]+")
# A tenure line of an infobox: "- Commander1: ... General Francisco Soriano (5 December 2013 - 17 June 2014), ...",
# "- Year Leader1: 1996-1997": each tenure is an appointment at its start (guide E7).
_TENURE_LINE = re.compile(r"(?im)^[ \t]*-[ \t]*(?:Year[ \t]+)?(?:Commander|Leader)\d*[ \t]*:")
# A line of a list of office holders: "Mohamed Sahnoun (Algeria) April 1992 - November 1992", "Jonathan T. Howe
# (United States) March 1993 - [see UNOSOM II]" (the UN's fact sheets: real dev r6_019): a name, the holder's
# country in parentheses, then the tenure; an appointment at its start (guide E7, as a tenure line).
_HOLDER_LINE = re.compile(r"[ \t]*(?:[A-Z][\w.'’-]*[ \t]+){1,6}\([A-Z][\w .'’-]{1,40}\)[ \t]*")
_TENURE_DASH = re.compile(r"[ \t]*[-–—]")
# A unit's infobox ("- Dates: April 2013–present") dates a deployment only for a unit of a peace operation.
_UN_ALLEGIANCE = re.compile(r"(?im)^[ \t]*-?[ \t]*Allegiance:[ \t]*United\s+Nations\b")


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


def _is_heading(text: str, sentence: Sentence, inside: list[DateMention]) -> bool:
    """The sentence is one date (``inside``: its dates) on a line of its own."""
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
    starts = [d.start for d in dates]

    def dates_in(s: Sentence) -> list[DateMention]:
        return dates[bisect_left(starts, s.start):bisect_left(starts, s.end)]

    headings = {i for i, s in enumerate(sentences[:-1])
                if s.end - s.start <= _HEADING_MAX and _is_heading(text, s, dates_in(s))}
    if len(headings) < _MIN_HEADINGS:
        return sentences, frozenset()
    merged: list[Sentence] = []
    merged_starts = set()
    skip = -1
    for i, s in enumerate(sentences):
        if i == skip:
            continue
        if i in headings:
            under = sentences[i + 1]
            if i + 1 not in headings and not dates_in(under):
                merged.append(Sentence(s.index, s.start, under.end, f"{s.evidence} {under.evidence}"))
                merged_starts.add(s.start)
                skip = i + 1
                continue
        merged.append(s)
    return merged, frozenset(merged_starts)


# A date on a line of its own ("22 May", "7-8 June", "10 June 1999"): a chronology's heading, read with the paragraph
# under it (merge_headings). Found by one expression that starts with a line break, which the engine skips to.
_HEADING_LINE = re.compile(
    r"\n[ \t]*\d{1,2}(?:[-–]\d{1,2})?[ \t]+(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)(?:[ \t]+\d{4})?[ \t]*\r?\n\s*(?=\S)"
)


def heading_cues(text: str) -> list[int]:
    """The starts of the date headings of a chronology and of the paragraphs under them, when there are two
    headings at least (as merge_headings reads them): cues for the prefilter."""
    found = [(m.start() + 1, m.end()) for m in _HEADING_LINE.finditer(text)]
    if len(found) < _MIN_HEADINGS:
        return []
    return [p for pair in found for p in pair]


def date_line_cues(text: str) -> list[int]:
    """The starts of the infobox lines that date an operation, of the commanders' tenure lines and of the
    chronology entry lines (cues for the prefilter: these lines need hold no peace-operations word). Each such
    line has a colon near its start: a scan for colons, then one anchored match per colon, is several times faster
    than multi-line expressions over the whole text."""
    found = []
    position = text.find(":")
    while position >= 0:
        line_start = text.rfind("\n", 0, position) + 1
        if position - line_start <= _CUE_LINE_REACH and _CUE_LINE.match(text, line_start, position + 1):
            found.append(line_start)
        position = text.find(":", position + 1)
    found += _glued_date_lines(text)
    return found + heading_cues(text) if "\n" in text else found


# An infobox line whose key is glued to its date, its colon lost in the copy: "Date11 January 2013 – 15 July 2014"
# (a Wikipedia copy of Operation Serval, real dev r4_002).
_GLUED_DATE_LINE = re.compile(r"[ \t•·*▪◦–—-]*Dates?\d")


def _glued_date_lines(text: str) -> list[int]:
    found = []
    position = text.find("Date")
    while position >= 0:
        line_start = text.rfind("\n", 0, position) + 1
        if _GLUED_DATE_LINE.match(text, line_start, position + 6) and position - line_start <= _CUE_LINE_REACH:
            found.append(line_start)
        position = text.find("Date", position + 4)
    return found


def infobox_kind(text: str, d: DateMention) -> str | None:
    """The event type an infobox line gives its date (see the module docstring), None when the date is no
    infobox line's."""
    line_start = text.rfind("\n", 0, d.start) + 1
    if d.kind == "span" and _TENURE_LINE.match(text, line_start) is not None:
        return "appointment"
    if (d.kind == "span" or _TENURE_DASH.match(text, d.end)) and _HOLDER_LINE.fullmatch(text, line_start, d.start):
        return "appointment"
    m = _INFOBOX_START.match(text, line_start)
    if m is None or m.end() != d.start:
        return None
    key = m.group("key")
    if key.startswith("Status"):
        return "withdrawal"
    if key == "Dates" and _UN_ALLEGIANCE.search(text, 0, _LEAD) is None:
        return None  # a national unit's years of existence ("Dates: 1920–Present")
    return "intervention" if _INTERVENTION_LEAD.search(text, 0, _LEAD) else "deployment"


# The lead of an article with an infobox: its first paragraph of prose (a line of 80 characters or more that no
# list mark, heading mark or infobox key opens), up to the end of its first sentence.
_LEAD_PARAGRAPH = re.compile(r"(?m)^(?![ \t]*[-=•*|])[^\n:]{0,40}(?:[^\n:]|:(?!\s))[^\n]{79,}")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
# A lead that defines the page's subject, before any photo caption ("(Top) A French Dassault Rafale ... refuels ...
# on 17 March 2013."): "Operation Serval (French: Opération Serval) was a French military operation in Mali." (r4_002)
_DEFINITION_LEAD = re.compile(r"(?m)^(?![ \t]*[-=•*|(])[^\n.]{0,120}?\s(?:is|was)\s+(?:a|an)\s[^\n]{40,}")


def page_lead(text: str) -> tuple[int, int] | None:
    """The first sentence of an article's lead (the paragraph that says what the page's operation was: "Operation
    Sangaris was a French military intervention in the Central African Republic, from late 2013 till 2016."), in
    the article's opening; None when there is none."""
    m = _DEFINITION_LEAD.search(text, 0, _LEAD) or _LEAD_PARAGRAPH.search(text, 0, _LEAD)
    if m is None:
        return None
    end = _SENTENCE_END.search(text, m.start(), m.end())
    return m.start(), end.end() if end is not None else m.end()


def mission_line(text: str, d: DateMention, mission_start: int, mission_end: int) -> bool:
    """The date follows, on its line, a mission's name that opens the line and a dash, and runs "to date" or to
    a second date: a line of a list of the missions a country serves in; or the mission's acronym in parentheses
    after its full name, and the years end the line (``_NAMED_LINE_NAME``)."""
    line_start = text.rfind("\n", 0, d.start) + 1
    if _LINE_OPENING.fullmatch(text, line_start, mission_start) is not None \
            and _MISSION_LINE_GAP.fullmatch(text, mission_end, d.start) is not None:
        return d.kind == "span" or _TO_DATE_AFTER.match(text, d.end) is not None
    if _NAMED_LINE_NAME.fullmatch(text, line_start, mission_start) is None \
            or _NAMED_LINE_GAP.fullmatch(text, mission_end, d.start) is None:
        return False
    after = _TO_DATE_AFTER.match(text, d.end)
    if d.kind != "span" and after is None:
        return False
    return _LINE_END_AFTER.match(text, after.end() if after is not None else d.end) is not None
