"""Anaphoric days (guide E5): "the next day", "the following day", "on the same day", "that day" point to the date
given last before them, within a few sentences, and resolve against it as relative dates resolve against the
publication date ("The first elements of the new Force arrived in Cairo the next day", after "on 25 October";
"Major-General Bengt Liljestrand assumed command of UNEF on the same day", after "until 20 August 1975").

The date finder resolves no such expression (it knows no antecedent); the events add them to a document's dates
before the stages run. Only a day-precision antecedent counts: "the next day" after "in 1973" fixes no day.

Narrative years: in a text without a publication date (an encyclopaedia article), a month or day written without
a year ("On 6 April, clashes ... began", "concluded in August") resolves to nothing in the date finder; the
events read it in the year of the last date before it whose year is written, as a reader does.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date, timedelta

from pipeline.extract.dates import find_dates
from pipeline.extract.types import DateMention, PartialDate, Sentence

# Before "day": "the next", "the following", "on the same", "that".
_ANAPHORIC_BEFORE = re.compile(r"(?i)(?:\bon\s+)?\b(?:the\s+(?P<next>following|next)|(?:the|that)\s+same|that)\s+$")
_CUES = ("next", "following", "same", "that")  # cheap test before the expression
_WINDOW = 24
_REACH = 400  # characters back to the antecedent


def with_anaphoric_days(text: str, sentences: list[Sentence], dates: list[DateMention]) -> list[DateMention]:
    """``dates`` with the anaphoric days of ``sentences`` added, each resolved against its antecedent, in order.
    (A scan for the word "day" with ``str.find``, then a look behind it: many times faster than an expression
    tried at every position.)"""
    if not sentences or "day" not in text:
        return dates
    added = []
    starts = [d.start for d in dates]
    sentence_starts = [s.start for s in sentences]
    position, end_of_text = text.find(" day", sentences[0].start), sentences[-1].end
    while 0 <= position < end_of_text:
        start, end = position + 1, position + 4
        position = text.find(" day", end)
        if end < len(text) and (text[end].isalnum() or text[end] == "_"):
            continue  # "days", "daylight"
        window = text[max(0, start - _WINDOW):start].lower()
        if not any(cue in window for cue in _CUES):
            continue
        before = _ANAPHORIC_BEFORE.search(text, max(0, start - _WINDOW), start)
        if before is None:
            continue
        k = bisect_right(sentence_starts, before.start()) - 1
        if k < 0 or end > sentences[k].end:
            continue  # not in a sentence that is read
        i = bisect_left(starts, before.start())
        if i < len(starts) and starts[i] < end:
            continue  # inside a date expression
        antecedent = dates[i - 1] if i > 0 else None
        if antecedent is None or before.start() - antecedent.end > _REACH or antecedent.date.precision != "day":
            continue
        value = antecedent.date.value + timedelta(days=1 if before.group("next") is not None else 0)
        added.append(DateMention(before.start(), end, text[before.start():end], PartialDate(value, "day"),
                                 relative=True))
    if not added:
        return dates
    return sorted([*dates, *added], key=lambda d: d.start)


_MONTH_NAME = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b\.?")
_NOT_NARRATIVE = re.compile(r"(?i)\b(?:last|next|this|coming|ago)\b")


def with_narrative_years(text: str, sentences: list[Sentence], dates: list[DateMention],
                         published: PartialDate | None) -> list[DateMention]:
    """``dates`` with, in a text without a publication date, the months and days written without a year in the
    year of the last date before them that writes its year (module docstring); in order."""
    if published is not None or not dates:
        return dates
    added = []
    written = [d for d in dates if not d.relative]
    starts = [d.start for d in written]
    taken = [(d.start, d.end) for d in dates]
    for s in sentences:
        k = bisect_left(starts, s.start) - 1
        if k < 0 or _MONTH_NAME.search(text, s.start, s.end) is None:
            continue
        year = PartialDate(date(written[k].date.value.year, 1, 1), "year")
        for d in find_dates(text[s.start:s.end], year):
            start, end = d.start + s.start, d.end + s.start
            if not d.relative or d.date.precision == "year" or _NOT_NARRATIVE.search(d.surface) \
                    or _MONTH_NAME.search(d.surface) is None or any(a < end and start < b for a, b in taken):
                continue
            added.append(DateMention(start, end, d.surface, d.date, d.end_date, True, d.kind))
    if not added:
        return dates
    return sorted([*dates, *added], key=lambda d: d.start)
