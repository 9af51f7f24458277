"""Candidate rules for shapes the newer documents use (real dev round r8), kept apart from ``candidates`` (at its
size limit) and entered in its table ``CANDIDATE_RULES``.

``commitment_is``: a figure that is the predicate of a commitment, a contribution or a contingent, with no noun of
its own: "Our total commitment to Lebanon is 210 with additional personnel serving in Sector West" (Irish Defence
Forces, real dev r2_016), "At IMATT's formation in 2002 the total UK military commitment was 360" (r3_037),
"Ireland's commitment under the United Nations Stand-by Arrangements System (UNSAS) is 850" (r8_011).

``members_deployed``: "members" alone is no personnel noun ("188 members" of a parliament or a club; "500 ADF
members" on border protection), but members said to be deployed, serving or sent are a contingent: "Among the 15
ADF members deployed to Operation Aslan – Australia's contribution to the United Nations Mission in South Sudan"
(real dev r8_006), "The 500 members were deployed to help out in the short term" (r8_024).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract import personnel
from pipeline.extract.contrib.changes_to import _rule_grows_to
from pipeline.extract.contrib.context import _may_count_people
from pipeline.extract.contrib.rules import Rule

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


# "<commitment> [to|in|under ...] is|was|stands at [about] <figure>": the subject's head and the copula right before
# the figure, in its clause.
_COMMITMENT_IS = re.compile(
    r"\b(?P<noun>(?:(?P<military>military|troop)\s+)?(?:commitment|contribution|contingent|presence))"
    r"(?:\s+(?:to|in|with|under|at)\s+[^,.;:\d]{1,90}?)?\s+(?:is|was|stands\s+at|stood\s+at|remains\s+at|"
    r"remained\s+at|totals|totalled|totaled)\s+(?:now\s+|currently\s+|still\s+)?"
    r"(?:(?:about|some|around|approximately|nearly|over|just\s+over|up\s+to)\s+)?$",
    re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\b")
_CLAUSE_AFTER = re.compile(r"\s+(?:which|who|that|while|but)\b")  # "is 850 which represents 10% of ..."
_COMMITMENT_REACH = 130  # characters before the figure that hold the subject and its copula


def _rule_commitment_is(sc: SentenceContext, q: Quantity, clause: tuple[int, int]):
    m = _COMMITMENT_IS.search(sc.text, max(sc.sent.start, q.start - _COMMITMENT_REACH), q.start)
    if m is None or _OF_AFTER.match(sc.text, q.end) or \
            not (_may_count_people(sc.text, q.end) or _CLAUSE_AFTER.match(sc.text, q.end)):
        return None  # not "is now one of the most extensive", nor "is 12 vehicles"
    ptype = "troops" if m.group("military") else "peacekeepers"
    head = personnel.HeadNoun(ptype, q.start, q.end, m.group("noun"), ())
    return head, "commitment_is"


# Entered in ``candidates.CANDIDATE_RULES`` after shared_noun, before bare (grows_to: ``changes_to``).
NEWER_SHAPE_RULES = (
    Rule("members_deployed", "members said to be deployed or serving: 'the 15 ADF members deployed to Operation "
         "Aslan' (real dev r8_006, r8_024)", _rule_members_deployed),
    Rule("commitment_is", "a figure with no noun, the predicate of a commitment: 'Our total commitment to Lebanon is "
         "210' (real dev r2_016, r3_037, r8_011)", _rule_commitment_is),
    Rule("grows_to", "a figure with no noun, the new size of a contingent that changes: 'UK contingent due to rise to "
         "over 19,000', 'that number will reduce to around 7,000' (real dev r3_036, r3_038; ``changes_to``)",
         _rule_grows_to),
)
