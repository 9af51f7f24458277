"""Binding of the mission and the location of an event.

Mission. The subject when it is a mission; else a mission of the date's own clause when the trigger is in
another, else a mission of the trigger's clause, else the nearest of the sentence outside clauses that hold an
event of their own. For a handover the mission is the one taking over: a mention after *from* (the
predecessor), or the object of an active *replaced*, is skipped, and the mission after *absorbed into* or a
passive *replaced by* is taken. A handover "to UN peacekeepers/the UN force" with no mission named takes the
document's focus mission (the one it mentions most, ties to the first mentioned). A sentence that names no
mission but refers to one (``the mission``, ``the U.N. force``, ``a UN peacekeeping camp``) takes the mission
named last before it (within 1,500 characters), else the focus mission.

Location. The first country after the trigger, in its clause, that *in/to/into/across* introduces or
that is the object of *invaded/attacked*.
"""

from __future__ import annotations

from bisect import bisect_left

from pipeline.extract.ev.common import Clauses, Entity, Trigger, _slice
from pipeline.extract.ev.entities import (
    _ANAPHORA_REACH,
    _FROM_OR_TO,
    _GENERIC_MISSION,
    _GENERIC_UN,
    _LOCATIVE_BEFORE,
    _POSSESSIVE_AFTER,
    DocIndex,
    _mission_within,
)
from pipeline.extract.ev.triggers import _BE_BEFORE
from pipeline.extract.types import DateMention, MissionMention, Sentence


def _mission(doc: DocIndex, sentence: Sentence, clauses: Clauses, triggers: list[Trigger],
             trigger: Trigger, subject: Entity | None, focus: str | None, d: DateMention) -> str | None:
    text = doc.text
    clause = clauses.of(trigger.start)
    passive = trigger.rule == "replace" and _BE_BEFORE.search(
        text, max(sentence.start, trigger.start - 24), trigger.start) is not None
    if trigger.rule == "absorbed" or passive:
        # "was absorbed into UNAMID", "was replaced by MINUJUSTH": the mission after the verb takes over.
        successor = _mission_within(doc, trigger.end, clause[1])
        if successor is not None:
            return successor.acronym
    if subject is not None and subject.mission:
        return subject.mission
    own = clauses.of(d.start)
    if own != clause:
        # "deployed to Mali in 2013, ... and from 2016 with MINUSMA": the date's own clause names its mission.
        named = _slice(doc.missions, doc.mission_starts, *own)
        if named:
            return min(named, key=lambda m: (abs(m.start - d.start), m.start)).acronym
    # A mission of another clause counts only when that clause has no event of its own.
    busy = {clauses.of(t.start) for t in triggers if t is not trigger} - {clause}
    candidates = [m for m in _slice(doc.missions, doc.mission_starts, sentence.start, sentence.end)
                  if clauses.of(m.start) not in busy]
    if trigger.event_type == "handover":
        active_replace = trigger.rule == "replace" and not passive

        def is_predecessor(m: MissionMention) -> bool:
            if m.start < trigger.end:
                return False
            words = _FROM_OR_TO.findall(text, trigger.end, m.start)
            if active_replace:  # "ATMIS replaced AMISOM": the object is the predecessor
                return not words or words[-1].lower() != "by"
            return bool(words) and words[-1].lower() == "from"
        candidates = [m for m in candidates if not is_predecessor(m)]
    in_clause = [m for m in candidates if clause[0] <= m.start < clause[1]]
    pool = in_clause or candidates
    if pool:
        return min(pool, key=lambda m: (abs(m.start - trigger.start), m.start)).acronym
    if trigger.event_type == "handover" and focus and _GENERIC_UN.search(text, sentence.start, sentence.end):
        return focus
    words = text[sentence.start:sentence.end]
    if ("ission" in words or "orce" in words or "peration" in words or "UN " in words or "U.N." in words
            or "United Nations" in words) and _GENERIC_MISSION.search(words.lower()):
        # "the mission", "the U.N. force", "a UN peacekeeping camp": the mission named last before the sentence
        # (not far before), else the one the document is about.
        before = bisect_left(doc.mission_starts, sentence.start)
        if before and sentence.start - doc.missions[before - 1].end <= _ANAPHORA_REACH:
            return doc.missions[before - 1].acronym
        return focus
    return None


def _location(doc: DocIndex, clause: tuple[int, int], trigger: Trigger) -> str | None:
    for e in doc.entities_in(trigger.end, clause[1]):
        if e.iso3 and _LOCATIVE_BEFORE.search(doc.text[max(trigger.start, e.start - 40):e.start]) \
                and not _POSSESSIVE_AFTER.match(doc.text, e.end):  # "in China’s first operation"
            return e.iso3
    return None
