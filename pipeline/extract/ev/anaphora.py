"""Anaphoric days (guide E5): "the next day", "the following day", "on the same day", "that day" point to the date
given last before them, within a few sentences, and resolve against it as relative dates resolve against the
publication date ("The first elements of the new Force arrived in Cairo the next day", after "on 25 October";
"Major-General Bengt Liljestrand assumed command of UNEF on the same day", after "until 20 August 1975").

The date finder resolves no such expression (it knows no antecedent); the events add them to a document's dates
before the stages run. Only a day-precision antecedent counts: "the next day" after "in 1973" fixes no day.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import timedelta

from pipeline.extract.types import DateMention, PartialDate, Sentence

_ANAPHORIC_DAY = re.compile(
    r"(?i)\b(?:on\s+)?(?:the\s+(?P<next>following|next)\s+day|the\s+day\s+after|(?:the|that)\s+same\s+day"
    r"|that\s+day)\b"
)
_REACH = 400  # characters back to the antecedent


def with_anaphoric_days(text: str, sentences: list[Sentence], dates: list[DateMention]) -> list[DateMention]:
    """``dates`` with the anaphoric days of ``sentences`` added, each resolved against its antecedent, in order."""
    added = []
    starts = [d.start for d in dates]
    for s in sentences:
        for m in _ANAPHORIC_DAY.finditer(text, s.start, s.end):
            i = bisect_left(starts, m.start())
            if i < len(starts) and starts[i] < m.end():
                continue  # inside a date expression
            antecedent = next((d for d in reversed(dates[:i]) if d.end <= m.start()), None)
            if antecedent is None or m.start() - antecedent.end > _REACH or antecedent.date.precision != "day":
                continue
            day = antecedent.date.value + timedelta(days=1 if (m.group("next") or "after" in m.group().lower())
                                                    else 0)
            added.append(DateMention(m.start(), m.end(), m.group(), PartialDate(day, "day"), relative=True))
    if not added:
        return dates
    return sorted([*dates, *added], key=lambda d: d.start)
