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
from dataclasses import dataclass

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
from pipeline.extract.ev.rules import Rule, check_table, note
from pipeline.extract.ev.triggers import _BE_BEFORE
from pipeline.extract.types import DateMention, MissionMention, Sentence


@dataclass(slots=True)
class _Query:
    """The trigger whose mission is looked for; ``clause``: the trigger's clause; ``passive``: a passive
    "was replaced by"; ``refers``: whether the sentence refers to a mission ("the mission"), computed once."""

    doc: DocIndex
    sentence: Sentence
    clauses: Clauses
    triggers: list[Trigger]
    trigger: Trigger
    subject: Entity | None
    focus: str | None
    d: DateMention
    clause: tuple[int, int]
    passive: bool
    refers: bool | None = None


def _successor(q: _Query) -> str | None:
    """ "was absorbed into UNAMID", "was replaced by MINUJUSTH": the mission after the verb takes over."""
    if q.trigger.rule == "absorbed" or q.passive:
        successor = _mission_within(q.doc, q.trigger.end, q.clause[1])
        if successor is not None:
            return successor.acronym
    return None


def _subject_mission(q: _Query) -> str | None:
    return q.subject.mission if q.subject is not None and q.subject.mission else None


def _date_clause(q: _Query) -> str | None:
    """ "deployed to Mali in 2013, ... and from 2016 with MINUSMA": the date's own clause names its mission."""
    own = q.clauses.of(q.d.start)
    if own == q.clause:
        return None
    named = _slice(q.doc.missions, q.doc.mission_starts, *own)
    return min(named, key=lambda m: (abs(m.start - q.d.start), m.start)).acronym if named else None


def _is_predecessor(q: _Query, m: MissionMention) -> bool:
    """A handover's mission that is taken over: after "from", or the object of an active "replaced"."""
    if m.start < q.trigger.end:
        return False
    words = _FROM_OR_TO.findall(q.doc.text, q.trigger.end, m.start)
    if q.trigger.rule == "replace" and not q.passive:  # "ATMIS replaced AMISOM": the object is the predecessor
        return not words or words[-1].lower() != "by"
    return bool(words) and words[-1].lower() == "from"


def _nearest_named(q: _Query) -> str | None:
    """The mission nearest the trigger, of its clause first; a mission of another clause counts only when that
    clause has no event of its own; a handover skips its predecessor."""
    clauses, clause = q.clauses, q.clause
    busy = {clauses.of(t.start) for t in q.triggers if t is not q.trigger} - {clause}
    candidates = [m for m in _slice(q.doc.missions, q.doc.mission_starts, q.sentence.start, q.sentence.end)
                  if clauses.of(m.start) not in busy]
    if q.trigger.event_type == "handover":
        candidates = [m for m in candidates if not _is_predecessor(q, m)]
    in_clause = [m for m in candidates if clause[0] <= m.start < clause[1]]
    pool = in_clause or candidates
    return min(pool, key=lambda m: (abs(m.start - q.trigger.start), m.start)).acronym if pool else None


def _handover_to_un(q: _Query) -> str | None:
    """A handover "to UN peacekeepers/the UN force" with no mission named: the document's focus mission."""
    if q.trigger.event_type == "handover" and q.focus \
            and _GENERIC_UN.search(q.doc.text, q.sentence.start, q.sentence.end):
        return q.focus
    return None


def _refers_to_a_mission(q: _Query) -> bool:
    if q.refers is None:
        words = q.doc.text[q.sentence.start:q.sentence.end]
        q.refers = ("ission" in words or "orce" in words or "peration" in words or "UN " in words
                    or "U.N." in words or "United Nations" in words) \
            and _GENERIC_MISSION.search(words.lower()) is not None
    return q.refers


def _named_before(q: _Query) -> str | None:
    """ "the mission", "the U.N. force", "a UN peacekeeping camp": the mission named last before the sentence (not
    far before)."""
    if not _refers_to_a_mission(q):
        return None
    doc, start = q.doc, q.sentence.start
    before = bisect_left(doc.mission_starts, start)
    if before and start - doc.missions[before - 1].end <= _ANAPHORA_REACH:
        return doc.missions[before - 1].acronym
    return None


def _focus(q: _Query) -> str | None:
    return q.focus if _refers_to_a_mission(q) else None


# The mission of an event, in order: the first rule that answers wins.
MISSION_RULES = check_table((
    Rule("successor", "a mission absorbed into or replaced by another: the one that takes over",
         "MINUSTAH was replaced by MINUJUSTH on 16 October 2017.", _successor),
    Rule("subject", "the subject when it is a mission", "UNMIL closed in March 2018.", _subject_mission),
    Rule("date_clause", "a mission of the date's own clause, when the trigger is in another",
         "Irish troops first deployed to Lebanon in 1978 with UNIFIL, and from 2013 with UNDOF on the Golan.",
         _date_clause),
    Rule("nearest_named", "the mission nearest the trigger, its clause first, a handover's predecessor skipped",
         "Chinese peacekeepers of UNMISS arrived in Juba on 15 March 2012.", _nearest_named),
    Rule("handover_to_un", "a handover to 'UN peacekeepers' with no mission named: the document's focus mission",
         "MINUSMA was established in April 2013. France hopes to hand over to UN peacekeepers in July 2013.",
         _handover_to_un),
    Rule("named_before", "'the mission', 'the U.N. force': the mission named last before the sentence",
         "UNMISS was set up in 2011. The mission deployed to Bor in May 2014.", _named_before),
    Rule("focus", "'the mission' with no mission named near before: the document's focus mission",
         "The mission deployed to Bor in May 2014. UNMISS has 12,000 troops.", _focus),
))


def _mission(doc: DocIndex, sentence: Sentence, clauses: Clauses, triggers: list[Trigger],
             trigger: Trigger, subject: Entity | None, focus: str | None, d: DateMention) -> tuple[str | None, str]:
    """The mission of an event and the rule that found it (``MISSION_RULES``, recorded in the trace; "none" when
    no rule answers)."""
    passive = trigger.rule == "replace" and _BE_BEFORE.search(
        doc.text, max(sentence.start, trigger.start - 24), trigger.start) is not None
    q = _Query(doc, sentence, clauses, triggers, trigger, subject, focus, d, clauses.of(trigger.start), passive)
    for rule in MISSION_RULES:
        found = rule.fn(q)
        if found is not None:
            note("mission", rule.name, pos=d.start)
            return found, rule.name
    return None, "none"


def _location(doc: DocIndex, clause: tuple[int, int], trigger: Trigger) -> str | None:
    for e in doc.entities_in(trigger.end, clause[1]):
        if e.iso3 and _LOCATIVE_BEFORE.search(doc.text[max(trigger.start, e.start - 40):e.start]) \
                and not _POSSESSIVE_AFTER.match(doc.text, e.end):  # "in China’s first operation"
            return e.iso3
    return None
