"""Stage 3, senders: the one nationality whose unit or contribution the sentence names after the figure, when no
sender stands before it: "the deployment of 600 engineers to Namibia in 1989-90 as the Australian contribution to
UNTAG" (real dev r9_081), "Strength: 260 service personnel The Austrian contingent is stationed in southern
Kosovo" (r9_059), "deployed with 26 fellow women peacekeepers to ... (UNISFA) as second-in-command of the Indian
Engagement Platoon" (r10_015). Entered in ``senders.SENDER_RULES`` before ``pronoun``; only when the story has no
other country in focus.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.contrib.common import _in_spans

if TYPE_CHECKING:
    from pipeline.extract.contrib.context import Candidate, SentenceContext

# A nationality right before a unit or a contribution, up to two words apart: "the Australian contribution", "The
# Austrian contingent", "the Indian Engagement Platoon" (not "the German sector").
_UNIT_AFTER = re.compile(
    r"\s+(?:[A-Z][\w-]*\s+){0,2}?(?:contributions?|contingents?|battalions?|companies|company|platoons?|units?|"
    r"detachments?|brigades?|regiments?)\b", re.IGNORECASE)
_NATIONALITY = frozenset({"demonym", "adjective"})
# Another country's unit the figure's personnel relieve, join or work with: "300 soldiers arrived to relieve the
# Indian battalion" does not say they are Indian.
_OTHER_UNIT_BEFORE = re.compile(
    r"\b(?:reliev\w*|replac\w*|succeed\w*|over\s+from|join\w*|alongside|reinforc\w*|support\w*|assist\w*|"
    r"with|train\w*|from|by|to|and|or|than)\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)


def _sender_unit_after(sc: SentenceContext, c: Candidate) -> tuple[list[str], str] | None:
    if any(x.start < c.np_start and not _in_spans(x.start, sc.mission_spans) for x in sc.countries):
        return None  # a country before the figure: the earlier rules read it
    owners = {x.iso3 for x in sc.countries
              if x.start >= c.np_end and x.kind in _NATIONALITY and _UNIT_AFTER.match(sc.text, x.end, x.end + 50)
              and not _OTHER_UNIT_BEFORE.search(sc.text, max(c.np_end, x.start - 40), x.start)}
    if len(owners) != 1:
        return None  # none, or several countries' units: no one sender
    iso3 = owners.pop()
    if sc.focus.country and sc.focus.country != iso3:
        return None  # the story's country is another one
    return [iso3], "unit_after"
