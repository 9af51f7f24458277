"""The date an undated document's mission mention is read at: the year the text last wrote before it.

A name or an acronym that several missions share is the one active at the publication date
(``MissionIndex._pick``); a document without one (a photo caption, an encyclopaedia page, a fact sheet) still
dates what it tells: "Three days later, on 25 October, it decided to send a 7,000-man U.N. Emergency Force
(UNEF)" after "... 1973 ..." is UNEF II (r7_003), "UNEF" in a Canadian history of 1956 is UNEF I (r1_026).
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from collections import Counter

from pipeline.extract.types import PartialDate

_YEAR = re.compile(r"(?<![\w$€£/.,-])(?:19|20)\d\d(?![\d%\w])")
REACH = 3000  # characters: a year further back dates nothing here


class YearsBefore:
    """The written years of a text, looked up by position."""

    def __init__(self, text: str):
        found = [(m.start(), int(m.group())) for m in _YEAR.finditer(text)]
        self._starts = [p for p, _ in found]
        self._years = [y for _, y in found]

    def at(self, position: int) -> PartialDate | None:
        """The last year written before ``position`` (within ``REACH``), as a year-precision date."""
        i = bisect_right(self._starts, position) - 1
        if i < 0 or position - self._starts[i] > REACH:
            return None
        return PartialDate.parse(str(self._years[i]))


def when_for(published: PartialDate | None, years: YearsBefore | None, position: int) -> PartialDate | None:
    """The publication date, else the year the text last wrote before ``position``."""
    if published is not None or years is None:
        return published
    return years.at(position)


def one_reading(found: list, shared: list) -> list:
    """In an undated document, every mention of an acronym several missions share means what most of them were
    read as: "UNEF" three times in 1973 and once after "since 1948" is UNEF II throughout (r7_003)."""
    by_surface: dict[str, Counter] = {}
    for f in shared:
        by_surface.setdefault(f.surface, Counter())[f.acronym] += 1
    chosen = {s: c.most_common(1)[0][0] for s, c in by_surface.items() if len(c) > 1}
    if not chosen:
        return found
    return [dataclasses.replace(f, acronym=chosen[f.surface]) if f in shared and f.surface in chosen else f
            for f in found]
