"""Trigger checks that need the sentence's countries and missions (``checked``), and the movements (``movement``):
whether a mission follows "extend" or "contributed to", whether people in uniform move, what a departure leaves.

Type. From the trigger (the sentence scan finds a stem; a small expression of the alternatives that start
with it reads the trigger; they are listed below in priority order). A deployment whose clause speaks of an
evacuation is ``other`` (a noncombatant evacuation is not a peace operation); *joined* is a deployment when a
mission or force follows, else ``other`` (*joined the United Nations*). Ambiguous words are confirmed by what
surrounds them: *extend/renew* and *contributed to/participated in* need a mission right after (``agreed to
extend ECOMIG``, ``has contributed to UNIFIL since 2006``); *replaced/succeeded* a mission or force in the
clause; *adopted* a resolution before it; *closed* a mission as its subject (``UNOCI closed``, ``before it
closed`` in a sentence about a mission), and a closing followed by ``and was replaced by`` is a handover;
*opened/inaugurated* a centre, base or office; *demanded/ordered/asked* a departure after it (``demanded that
the mission leave``); *gone/struck/planned for* a form of *be* before. Movements need people in uniform (or a
country) as subject (``the plane left`` is nothing): leaving or departing *for* a place is a deployment;
leaving a country other than the actor's a withdrawal (``Germany's peacekeepers left Mali``), the actor's own a
deployment; *left/leave* with neither a destination nor a place left is no trigger; arriving or landing in the
actor's own country is a return (withdrawal, ``landed ... in northern Germany``), elsewhere a deployment.
*brought home, flew out, returned home, vacated, must be gone, the departure of, rotated out, exit* are
withdrawals; *paid tribute, laid a wreath, a meeting held, awarded medals, marked the Day* ceremonies and
meetings, *cut its payments, suspend its participation* funding decisions, *took effect, broke out* other;
an outbreak of fighting or violence (``fighting erupted``) is an attack unless the sentence speaks of a war.
*posted to* is a deployment, troops that *crossed into* a country or *the border* intervene. A unit bound
for a mission or a foreign country that departs *from* a place no country finder knows (``the force to
Lebanon departed from Jinan``) deploys; leaving a mission named in full withdraws; vehicles, equipment or
supplies that arrive are ``other``. Round 4: a legislature approving a sending (``approved by the Dáil``,
``Parliament voted to send``) is a pledge, the Security Council approving or voting unanimously a mandate, as
is a mission ``created in`` a year; a person who *has commanded/headed* a force since a date holds an
appointment, a country that takes over command *from* another a handover; *defeated the rebels* and air
power attacking (``NATO aircraft attacked``) intervene; hostages (*seized by, taken hostage*), a convoy that
*struck an IED* and a town that *fell to* rebels are attacks; *sent home* is a withdrawal; a date that
qualifies an agreement, a treaty or an earthquake dates an ``other`` event. A presence
kept since a date (``has had a continuous presence in UNIFIL since 1978``, ``has kept a contingent``,
``a contributor to UN peacekeeping since 1960``) is a deployment dated by the ``since`` date, never by
another. A demand's deadline after the departure it asks for (``asked the mission to complete the withdrawal
... by December 31``) dates a withdrawal. A capitalised noun between capitalised words is part of a name, no
trigger (``the Force Intervention Brigade``).
"""

from __future__ import annotations

import re

from pipeline.extract.ev.common import Clauses, Entity, Trigger, _slice
from pipeline.extract.ev.entities import _COMPASS, DocIndex, _mission_within
from pipeline.extract.ev.mission import _location
from pipeline.extract.ev.rules import Rule, check_table, note
from pipeline.extract.ev.triggers import _CHECK_WINDOW
from pipeline.extract.types import MissionMention

_CARGO = re.compile(r"(?i)\b(?:vehicles|equipment|supplies|shipments?|cargo|aid|vaccines|weapons|ammunition"
                    r"|containers|trucks)\b")
# ---------------------------------------------------------------------------------------------------------

# Who can move, land or leave: people in uniform and the pronouns that stand for them ("the plane left" is no
# deployment, "the storm left ten dead" no withdrawal).
_MOVERS = re.compile(
    r"(?i)\b(?:troops|soldiers|servicemen|peacekeepers|personnel|police|policemen|officers|contingents?|battalions?"
    r"|compan(?:y|ies)|units?|forces|observers|engineers|medics|marines|sailors|staff|detachments?|platoons?"
    r"|brigades?|rotations?|flights?|blue\s+helmets|experts|members|advance\s+part(?:y|ies)|main\s+body"
    r"|echelons?|batch(?:es)?|they|we)\b"
)
# What a departure leaves, when it is no country: "left the country", "vacated the area".
_PLACE_LEFT = re.compile(
    r"(?i)\s+(?:the\s+)?(?:country|mission|mission\s+area|area|region|base|camp|theatre|theater)\b"
)
# A destination: "left for Jerusalem", "departed ... for Beirut", "leave for the mission area".
_DESTINATION = re.compile(r"\bfor\s+(?:the\s+)?(?:[A-Z]|mission\b|deployment\b|operations?\b)")
_TO_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$")
_FROM_AFTER = re.compile(r"\s+(?:back\s+)?from\b")
_PLACE_NAME_AFTER = re.compile(r"\s+(?:from\s+)?(?:the\s+)?[A-Z][a-z]")  # "departed Timbuktu", "left from Gao"
# Between a departure verb and the country it leaves: "left Mali", "departed from northern Mali".
# A noun's mover may stand between: "a temporary relocation of its peacekeepers from Eritrea" (r10_009).
_OBJECT_GAP = re.compile(
    r"(?i)\s+(?:of\s+(?:its|their|the)\s+(?:[\w’'-]+\s+){1,3}?from\s+|from\s+)?(?:the\s+)?(?:(?:" + _COMPASS
    + r")\w*\s+)?$"
)
# A closing mission: "UNMIL closed", "the mission was closed", "before it closed", "MINUSTAH, which closed".
# An operation by its code name closes or starts too ("Operation ASLAN formally commenced on 23 September 2011",
# r8_007), and any adverb may come between ("effectively", "formally").
# A place may follow the noun: "The multinational NATO peace operation on the territory of Kosovo was launched on
# 12 July 1999" (r8_080).
_CLOSER_BEFORE = re.compile(
    r"(?i)\b(?:missions?|operations?|force|office|it|which)(?:\s+(?-i:[A-Z][\w-]*)){0,3}\)?"
    r"(?:\s+(?:on|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?-i:[A-Z][\w-]*))?\s+"
    r"(?:(?:was|were|has|had|been|is|then|\w+ly)\s+)*$"
)
_CLOSER_REACH = 60
_CLOSER_GAP = re.compile(r"(?i)[\s,()]*(?:which\s+)?(?:(?:was|were|has|had|been|formally|officially|finally)\s+)*")
_MISSION_NOUN = re.compile(r"(?i)\b(?:missions?|operations?|peacekeep\w*|force)\b")
_FORCE_WORDS = re.compile(
    r"(?i)\b(?:missions?|operations?|forces?|troops|soldiers|contingents?|battalions?|peacekeep\w*|units?)\b"
)
_REPLACED_BY = re.compile(
    r"(?i)[\s,]*and\s+(?:was|were|has\s+been|had\s+been|is)\s+(?:\w+ly\s+)?(?:replaced|succeeded|superseded)\b"
)
_MISSION_AFTER = 70  # characters after "extend", "contributed to", "the closure of" in which a mission must start

def _mission_follows(doc: DocIndex, index: int, t: Trigger, a: int, b: int) -> bool:
    return _mission_within(doc, t.end, min(b, t.end + _MISSION_AFTER)) is not None


def _place_follows(doc: DocIndex, index: int, t: Trigger, a: int, b: int) -> bool:
    return any(e.iso3 or e.mission for e in doc.entities_in(t.end, min(b, t.end + 30)))


def _force_in_clause(doc: DocIndex, index: int, t: Trigger, a: int, b: int) -> bool:
    return _mission_within(doc, a, b) is not None or _FORCE_WORDS.search(doc.text, a, b) is not None


def _mission_closes(doc: DocIndex, index: int, t: Trigger, a: int, b: int) -> bool:
    """A mission (or an operation, a force) is the subject: it closes, or it starts."""
    return _closes_a_mission(doc, t, a, b, doc.sentences[index].start)


def _people_move(doc: DocIndex, index: int, t: Trigger, a: int, b: int) -> bool:
    return _moves_people(doc, t, doc.body_start(index), b)


def _people_land(doc: DocIndex, index: int, t: Trigger, a: int, b: int) -> bool:
    # ("arrived" keeps its unchecked reading; "landed", "returned", "reached" need people in uniform)
    return doc.text[t.start:t.start + 4].lower() not in ("land", "retu", "reac") or _people_move(doc, index, t, a, b)


# The trigger rules whose words the sentence's countries and missions confirm, each with its check (a failed
# check drops the trigger and is recorded in the trace under the check's name).
CONTEXT_CHECKS = {rule: check for rule, check in (
    ("extend_mission", Rule("extend_mission", "'extend' only with a mission right after",
                            "The government agreed in May 2014 to extend its support.", _mission_follows)),
    ("contribute_mission", Rule("contribute_mission", "'contributed to' only with a mission right after",
                                "Ghana contributed to the fund in 2014.", _mission_follows)),
    ("presence", Rule("presence", "'been in' only with a country or a mission right after",
                      "The minister has been in office since 2014.", _place_follows)),
    ("replace", Rule("replace", "'replaced' only with a mission or a force in the clause",
                     "The minister was replaced in May 2014.", _force_in_clause)),
    ("closure", Rule("closure", "'closed' only when a mission closes", "The border closed in May 2014.",
                     _mission_closes)),
    ("mission_founded", Rule("mission_founded", "'founded', 'formed' only when a mission is",
                             "The club was founded in 1978.", _mission_closes)),
    ("mission_start", Rule("mission_start", "'started', 'commenced', 'operated from' only when a mission starts",
                           "The talks started in May 2014.", _mission_closes)),
    ("depart", Rule("depart_movers", "leaving only for people in uniform (or a country, a mission) that move",
                    "The plane left on 5 May 2014.", _people_move)),
    ("arrive", Rule("land_movers", "landing, returning or reaching a place only for people in uniform that move",
                    "The plane landed on 5 May 2014.", _people_land)),
)}
check_table(tuple(CONTEXT_CHECKS.values()))


def _checked(doc: DocIndex, index: int, clauses: Clauses, triggers: list[Trigger]) -> list[Trigger]:
    """The triggers of a sentence whose ambiguous words the countries and missions around them confirm."""
    out = []
    for t in triggers:
        check = CONTEXT_CHECKS.get(t.rule)
        if check is not None and not check.fn(doc, index, t, *clauses.of(t.start)):
            note("context_check", check.name, pos=t.start)
            continue
        out.append(t)
    # "ordered the spokesperson to leave the country", "threatened to pull out": the departure is what the demand
    # asks for or the threat announces, not a happening of its own.
    for demand in [t for t in out if t.rule in ("demand", "threat")]:
        clause = clauses.of(demand.start)
        out = [t for t in out if not (demand.end <= t.start < clause[1] and t.start - demand.end <= _CHECK_WINDOW
                                      and t.event_type not in ("statement", "other"))]
    return out


def _closes_a_mission(doc: DocIndex, t: Trigger, a: int, b: int, sentence_start: int) -> bool:
    """ "UNOCI closed in June 2017", "the mission was closed", "before it closed" (in a sentence that names a
    mission before), "the closure of UNMIL"."""
    text = doc.text
    if text[t.start:t.end].lower() == "closure":
        return _mission_within(doc, t.end, min(b, t.end + 40)) is not None
    window = max(a, t.start - 40)
    # the last mission before the verb: "the Resolute Support Mission (RSM) was launched" (r13_012)
    named = _slice(doc.missions, doc.mission_starts, window, t.start)[-1:]
    if named and _CLOSER_GAP.fullmatch(text, named[0].end, t.start):
        return True  # "UNOCI closed", "MINUSTAH, which closed"
    if _CLOSER_BEFORE.search(text, max(a, t.start - _CLOSER_REACH), t.start) is None:
        return False
    return _mission_within(doc, sentence_start, t.start) is not None \
        or _MISSION_NOUN.search(text, sentence_start, t.start) is not None


def _moves_people(doc: DocIndex, t: Trigger, body: int, clause_end: int) -> bool:
    """A movement verb counts when people in uniform (or a country, a mission) move; "left"/"leave" also need
    where to or what they leave."""
    text = doc.text
    mover = _MOVERS.search(text, body, t.start) is not None or bool(doc.entities_in(body, t.start))
    if not mover:
        return False
    word = text[t.start:t.end].lower()
    if word.startswith(("depart", "land", "return", "reach", "relocat")):
        return True
    return _DESTINATION.search(text, t.end, clause_end) is not None or _left_country(doc, t, clause_end) is not None \
        or _PLACE_LEFT.match(text, t.end) is not None or _left_mission(doc, t) is not None


def _left_country(doc: DocIndex, t: Trigger, clause_end: int) -> str | None:
    """The country a departure leaves: "left Mali", "departed from northern Mali"."""
    for e in doc.entities_in(t.end, min(clause_end, t.end + 40)):
        if e.iso3 and _OBJECT_GAP.match(doc.text[t.end:e.start]) is not None:
            return e.iso3
        break
    return None


def _left_mission(doc: DocIndex, t: Trigger) -> MissionMention | None:
    """The mission a departure leaves: "left the G5 Sahel", "left MINUSMA", "left the UN Disengagement Observer
    Force" (a mission named in full: it starts within a few words, however long it is)."""
    named = _mission_within(doc, t.end, t.end + 120)
    if named is not None and re.fullmatch(r"\s+(?:the\s+)?", doc.text[t.end:named.start]):
        return named
    return None


def _movement(doc: DocIndex, t: Trigger, clause: tuple[int, int], subject: Entity | None) -> tuple[str, str]:
    """Deployment or withdrawal for a movement: leaving for a place is a deployment, leaving the host country a
    withdrawal; arriving or landing in one's own country is a return home."""
    text = doc.text
    # With no country as subject, a state's own document speaks of its own forces ("all the personnel have returned
    # to Japan", r2_047, Japan's Ministry of Defence).
    actor = subject.iso3 if subject is not None and subject.iso3 else doc.publisher_iso3
    word = text[t.start:t.end].lower()
    if t.rule == "arrive" and _CARGO.search(text, clause[0], t.start) and not _MOVERS.search(text, clause[0], t.start):
        return "other", "cargo"  # "Some 20 vehicles arrived by ship": equipment, not a deployment of people
    if t.rule == "arrive":
        if word.startswith("return") and _FROM_AFTER.match(text, t.end):
            return "withdrawal", "return"  # "returned from Lebanon"
        location = _location(doc, clause, t)
        if location is not None and location == actor:
            return "withdrawal", "return"  # "landed in northern Germany", "returned to Dublin"
        return "deployment", "arrive"
    if _DESTINATION.search(text, t.end, clause[1]) is not None:
        return "deployment", "depart"
    left = _left_country(doc, t, clause[1])
    if left is not None:
        return ("deployment", "depart") if left == actor else ("withdrawal", "departure")
    if _FROM_AFTER.match(text, t.end) and any(
            (e.mission or (e.iso3 and e.iso3 != actor))
            and _TO_BEFORE.search(text, max(clause[0], e.start - 6), e.start)
            for e in doc.entities_in(clause[0], t.start)):
        # "the 21st batch of the Chinese force to Lebanon departed from Jinan": a unit bound for a mission or a
        # foreign country leaves a home city (a place that no country finder knows).
        return "deployment", "depart"
    if word == "departure" or _PLACE_LEFT.match(text, t.end) is not None or _left_mission(doc, t) is not None \
            or _PLACE_NAME_AFTER.match(text, t.end) is not None:
        return "withdrawal", "departure"  # "departed Timbuktu": a place that is not home, left for no destination
    return "deployment", "depart"
