"""A contingent that changes to a new size, told with an intransitive verb: "UK contingent due to rise to over
19,000" (real dev r3_036), "that number will reduce to around 7,000 by mid-October" (r3_038), "as the Kenyan
contingent builds up to around 1000 troops" (r8_118), "Irelands contribution will also reduce to 8 personnel from
March 2023" (r10_084), "The Australian Defence Forces contingent increased to 502 personnel" (r2_022).

Two rules read the shape: a candidate rule for the figure with no noun of its own (``grows_to``, entered in
``candidates.CANDIDATE_RULES`` through ``candidates_deployed.NEWER_SHAPE_RULES``), and a status rule (``change_to``
in ``statuses.STATUS_RULES``): the size still to be reached (a modal, "due to", a verb in the present) is a plan;
the size reached ("increased to 502") is the standing total, as the running total of "bringing to 400" is.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract import lexicon, personnel
from pipeline.extract.contrib.context import _may_count_people

if TYPE_CHECKING:
    from pipeline.extract.contrib.context import Candidate, SentenceContext
    from pipeline.extract.contrib.statuses import Reading
    from pipeline.extract.types import Quantity

_RUNNING_TYPES = lexicon.labels("running_types")

# The noun whose size changes, what may stand between it and its verb (a modal, "due to", an adverb), the verb, "to"
# and the words that may qualify the new size.
_CHANGES_TO = re.compile(
    r"\b(?P<np>(?:(?:[A-Z][\w\u2019'.-]*|its|their|our|the|that|this)\s+){0,3})"
    r"(?P<noun>contingent|contribution|presence|deployment|force|number|strength)s?\s+"
    r"(?P<aux>(?:(?:will|would|shall|should|could|may|is|are|was|were|has|have|had|also|now|then|due|expected|set|"
    r"likely|planned|to|be|been|being|further|gradually|eventually|ultimately|soon|steadily)\s+){0,4})"
    r"(?P<verb>rise|rises|rising|rose|risen|grow|grows|growing|grew|grown|increase|increases|increasing|increased|"
    r"build\s+up|builds\s+up|building\s+up|built\s+up|reduce|reduces|reducing|reduced|fall|falls|falling|fell|fallen|"
    r"drop|drops|dropping|dropped|decrease|decreases|decreasing|decreased|expand|expands|expanding|expanded|shrink|"
    r"shrinks|shrinking|shrank|shrunk)\s+to\s+"
    r"(?:(?:a\s+total\s+of|about|some|around|roughly|nearly|approximately|more\s+than|over|just\s+over|almost|"
    r"between)\s+)?$")
_REACH = 120  # characters before the figure that hold the noun, its verb and "to"
# The size still to be reached: a modal or "due/expected/set/likely to" before the verb, or a verb in the present.
_STILL_TO_COME = re.compile(r"\b(?:will|would|shall|should|could|may|due|expected|set|likely|planned|to)\b")
_PRESENT = re.compile(r"(?:s|ing)(?:\s+up)?$")


def _change_before(text: str, q_start: int, lo: int) -> re.Match | None:
    if text.rfind(" to ", max(lo, q_start - 30), q_start) < 0:
        return None  # cheap gate: no "to" right before the figure
    return _CHANGES_TO.search(text, max(lo, q_start - _REACH), q_start)


def _rule_grows_to(sc: SentenceContext, q: Quantity, clause: tuple[int, int]):
    m = _change_before(sc.text, q.start, clause[0])
    if m is None or m.group("noun") in ("number", "strength") and not m.group("np").strip() or \
            not _may_count_people(sc.text, q.end):
        return None  # "the number of ... will rise to 40" counts what it names; "to 12 vehicles" counts things
    noun = m.group("noun").lower()
    head = personnel.HeadNoun(_RUNNING_TYPES.get(noun, "peacekeepers"), m.start("noun"), m.end("noun"),
                              m.group("noun"), (), False, m.start("np") if m.group("np") else m.start("noun"))
    return head, "grows_to"


def _st_change_to(sc: SentenceContext, c: Candidate, r: Reading) -> str | None:
    if r.st != "serving":
        return None
    m = _change_before(sc.text, c.q.start, c.clause[0])
    if m is None:
        return None
    if not (_STILL_TO_COME.search(m.group("aux")) or _PRESENT.search(m.group("verb"))):
        return None  # "increased to 502 personnel": the size reached, standing
    r.st, r.cue = "planned", "change_to"
    return r.cue


# "that number will reduce to around 7,000" (real dev r3_038, after "The UK contribution ... is currently some
# 10,000"): the number of the story's country, whatever country the sentence names elsewhere ("the 1st Battalion
# Irish Guards" is a British regiment).
_ANAPHORIC = frozenset({"that", "this"})


def _sender_anaphoric_size(sc: SentenceContext, c: Candidate) -> tuple[list[str], str] | None:
    if c.rule != "grows_to" or not sc.focus.country:
        return None
    first = sc.text[c.np_start:c.head.start].split()[:1]
    if not first or first[0].lower() not in _ANAPHORIC:
        return None
    return [sc.focus.story_country()], "anaphoric_size"
