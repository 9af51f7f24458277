"""Stage 3, senders: the country whose forces a document is about, for a definite unit told before any sender is
in focus: "The 700-strong battalion, consisting of infantry and artillery personnel, scouts and engineers, arrived
in four groups in November" after "soldiers of the Chinese Peacekeeping Infantry Battalion" (real dev r2_049), "The
first contingent consisted of 1,074 troops" after "a group of peacekeepers drawn from the Indonesian military"
(r8_110). Entered in ``senders.SENDER_RULES`` before ``pronoun``, which gives no sender without a focus.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.extract.contrib.context import Candidate, SentenceContext

# A nationality right before a word of armed forces, up to three words apart: "Chinese peacekeepers", "the
# Indonesian military", "the Chinese Peacekeeping Infantry Battalion".
_FORCE_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:military|army|armed\s+forces|forces?|battalions?|contingents?|units?|troops|soldiers|"
    r"peacekeepers|peacekeeping\s+(?:force|contingent|unit|battalion))\b", re.IGNORECASE)
_NATIONALITY = frozenset({"demonym", "adjective"})
# A definite noun phrase, the figure's own or its sentence's subject: "The 700-strong battalion", "The first
# contingent consisted of 1,074 troops".
_DEFINITE = re.compile(r"(?:the|its)\s", re.IGNORECASE)


def _force_owners(sc: SentenceContext) -> list[tuple[int, str]]:
    """Where the document names a nationality's forces, and the nationality, found once per document."""
    owners = getattr(sc.doc, "_force_owners", None)
    if owners is None:
        text = sc.text
        owners = [(x.start, x.iso3) for x in sc.doc.countries
                  if x.kind in _NATIONALITY and _FORCE_AFTER.match(text, x.end, x.end + 60)]
        sc.doc._force_owners = owners
    return owners


def _sender_story_force(sc: SentenceContext, c: Candidate) -> tuple[list[str], str] | None:
    if sc.focus.country or sc.home is not None or sc.focus.senders or \
            not (_DEFINITE.match(sc.text, c.np_start) or _DEFINITE.match(sc.text, sc.sent.start)):
        return None
    before = {iso3 for start, iso3 in _force_owners(sc) if start < sc.sent.start}
    if len(before) != 1:
        return None  # none, or several countries' forces: no one story country
    return [before.pop()], "story_force"
