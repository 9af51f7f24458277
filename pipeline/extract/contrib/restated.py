"""Stage 10, restatements across sentences: a figure that refers back, by a definite article or a possessive, to
the same sender's same number of the same people told in an earlier sentence is the claim already read, even when
its sentence gives it another verb (the gold keeps one row per claim, guide [C6]).

``drop_restated`` runs on the document's rows after ``reader._unrestated`` (which drops exact repeats): it drops a
row whose figure follows "the", "our", "its" ..., and whose sender, figure (low and high) and class of personnel
equal those of a row of an earlier sentence, whose mission agrees with it (the same, or one of them without any),
unless the two say different things in time: "All in all, around 1,100 troops." then "BRICAB II, which provides
most of the 1,100 Spanish soldiers" (real dev r10_050: one claim); "As of 1 June 2014, Ireland is contributing
approximately 417 Defence Forces personnel" then "The breakdown of the 417 Irish Defence Forces personnel currently
serving overseas" (r8_001). A figure told again without a determiner may be a new claim and is left to the exact
test ("In December 2018, around 600 military personnel were deployed at UNIFIL" then "Spain contributes with 600
men and women", r10_049, where the gold keeps the second's status). Kept: a plan and then its execution ("agrees to send a 250-strong reinforced infantry company"
then "Infantry-company group of 250 personnel ... deploy to Santici Camp", r7_006: two claims), and figures dated
in different years ("At the end of 1992, the NZDF's commitment to Bosnia is 9 personnel" / "At the end of 1993
... remains at 9 personnel", r7_006).
"""

from __future__ import annotations

import re

from pipeline.extract import trace
from pipeline.extract.contrib.common import _TYPE_CLASS
from pipeline.extract.types import Contribution

# A plan, a pledge or an offer and then the movement that carries it out are two claims.
_PROMISES = frozenset({"offered", "pledged", "planned"})
_MOVEMENTS = frozenset({"deployed", "withdrawn"})


# A determiner right before the figure: the figure is one the reader already knows ("the 417 Irish Defence Forces
# personnel", "most of the 1,100 Spanish soldiers", "our 300 troops").
_DEFINITE_BEFORE = re.compile(
    r"\b(?:the|our|its|their|these|those)\s+(?:(?:some|about|around|approximately|nearly)\s+)?$", re.IGNORECASE)


def _refers_back(text: str, row: Contribution) -> bool:
    start = row.quantity.start
    return _DEFINITE_BEFORE.search(text, max(row.sentence.start, start - 30), start) is not None


def _key(row: Contribution) -> tuple:
    q = row.quantity
    return row.contributor_iso3, q.low, q.high, _TYPE_CLASS.get(row.personnel_type)


def _same_claim(first: Contribution, later: Contribution) -> bool:
    if first.mission_acronym and later.mission_acronym and first.mission_acronym != later.mission_acronym:
        return False
    if first.status in _PROMISES and later.status in _MOVEMENTS:
        return False
    if first.as_of is not None and later.as_of is not None and first.as_of.value.year != later.as_of.value.year:
        return False
    return True


def drop_restated(text: str, rows: list[Contribution]) -> list[Contribution]:
    """The document's rows (``text``: the document) without the restatements of a claim an earlier sentence made."""
    first: dict[tuple, list[Contribution]] = {}
    out = []
    for row in rows:
        earlier = [r for r in first.get(_key(row), ()) if r.sentence.index < row.sentence.index]
        if earlier and _refers_back(text, row) and any(_same_claim(r, row) for r in earlier):
            trace.note("document", "row", "restated_claim", pos=row.sentence.start)
            continue
        first.setdefault(_key(row), []).append(row)
        out.append(row)
    return out
