"""What the stages share: the rule version, the ``Trigger`` and ``Entity`` records, a sentence's ``Clauses`` and the
patterns of clause openings and state verbs."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

VERSION = "events.v10"  # v5: the extractor column names the chain of rules that made the row; v6-v10: rules of the real dev split


_RELATIVE_OPENING = re.compile(r"(?i)\W*(?:which|who|that)\b")
_LEADING_FILLER = re.compile(r"[\W\d]*$")
_HAS_WORD = re.compile(r"[^\W\d_]{2,}")
_COMMA_CLAUSE = re.compile(r"(?i),\s+(?!and\b|but\b|or\b)")
_PARTICIPLE = re.compile(r"(?i)(?:[a-z]+ed|set|sent|led|held|founded|known)\b")
_MISSION_SUBJECT = re.compile(
    r"(?i)[\s,;:–—-]*(?:(?:and|but|while|whereas|where|when|since|after|before|until|once|as|because|although"
    r"|though|if)\s+)?(?:the|this|that)\s+"
    r"(?:(?:U\.N\.|UN|United\s+Nations"
    r"|AU|African\s+Union|peacekeeping|hybrid|regional|joint)\s+){0,2}(?:mission|force|operation)\b"
)
_DEFINITE = re.compile(r"(?i)\b(?:the|this|that|these|those|its|their|his|her|our)\b")
_RELATIVE_BETWEEN = re.compile(r"(?i)\b(?:that|which)\b")
_CLAUSE_LEAD = re.compile(r"(?i)[\s,;:()–—-]*(?:(?:and|but|then|or)\s+)?(?:\w+ly\s+)?")
# Verbs of a state: a date in a clause that has one and no event trigger dates the state ("today comprises 44
# observers", "which had 2,000 troops in February"). "has"/"had" only when no participle follows (a perfect).
_STATE_VERB = re.compile(
    r"(?i)\b(?:compris(?:es|ed|e)|includ(?:es|ed|e)|consist(?:s|ed)|remain(?:s|ed)|contain(?:s|ed)|host(?:s|ed)"
    r"|(?:number(?:s|ed)|total(?:s|led|ed)|stands\s+at|stood\s+at)(?=\s+(?:about\s+|some\s+|around\s+|nearly\s+"
    r"|more\s+than\s+|over\s+)?\d)"
    r"|ha(?:s|ve|d)(?!\s+(?:\w+ly\s+|not\s+|also\s+|since\s+|already\s+|long\s+)?(?:been|[a-z]+(?:ed|en|wn)"
    r"|sent|led|left|lost|made|fought|begun|taken|held|won|spent|paid|built|brought|put|set|cut|come|become|run"
    r"|gone|done|had|got|grown|seen|flown|drawn)\b))\b"
)

# ---------------------------------------------------------------------------------------------------------
# Dates that are not events

@dataclass(frozen=True, slots=True)
class Entity:
    """A possible actor: a country, an organisation or a mission."""

    start: int
    end: int
    iso3: str | None = None
    organisation: str | None = None
    mission: str | None = None


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    event_type: str  # an event type, or "statement"
    rule: str


# ---------------------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------------------


def _slice(items: list, starts: list[int], start: int, end: int) -> list:
    """The items (sorted by start) that lie inside [start, end)."""
    return [x for x in items[bisect_left(starts, start):bisect_left(starts, end)] if x.end <= end]

class Clauses:
    """The clause spans of a sentence, with their starts for bisection."""

    __slots__ = ("spans", "starts")

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = spans
        self.starts = [a for a, _ in spans]

    def __len__(self) -> int:
        return len(self.spans)

    def __getitem__(self, i: int) -> tuple[int, int]:
        return self.spans[i]

    def index(self, position: int) -> int:
        return max(0, bisect_right(self.starts, position) - 1)

    def of(self, position: int) -> tuple[int, int]:
        return self.spans[self.index(position)]
