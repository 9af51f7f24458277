"""Candidate rules for shapes the newer documents use (real dev round r8), kept apart from ``candidates`` (at its
size limit) and entered in its table ``CANDIDATE_RULES``.

``members_deployed``: "members" alone is no personnel noun ("188 members" of a parliament or a club; "500 ADF
members" on border protection), but members said to be deployed, serving or sent are a contingent: "Among the 15
ADF members deployed to Operation Aslan – Australia's contribution to the United Nations Mission in South Sudan"
(real dev r8_006), "The 500 members were deployed to help out in the short term" (r8_024).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract import personnel

if TYPE_CHECKING:
    from pipeline.extract.contrib.context import SentenceContext
    from pipeline.extract.types import Quantity

# The figure's noun phrase: up to four capitalised words (a force's name or acronym: "ADF", "Canadian Armed
# Forces"), then "members" and a participle of deployment, with a verb of being between.
_MEMBERS_DEPLOYED = re.compile(
    r"\s+(?P<mods>(?:[A-Z][\w\u2019'.-]*\s+){0,4})(?P<noun>members)\s+(?:(?:are|were|is|was|have\s+been|had\s+been)"
    r"\s+)?(?:(?:currently|now|still|all|typically|usually)\s+)?(?:deployed|serving|stationed|posted|sent|"
    r"dispatched)\b")


def _rule_members_deployed(sc: SentenceContext, q: Quantity, clause: tuple[int, int]):
    m = _MEMBERS_DEPLOYED.match(sc.text, q.end, clause[1])
    if m is None:
        return None
    head = personnel.HeadNoun("troops", m.start("noun"), m.end("noun"), m.group("noun"),
                              tuple(m.group("mods").split()))
    return head, "members_deployed"
