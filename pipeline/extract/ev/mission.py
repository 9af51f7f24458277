"""Binding of the mission and the location of an event.

Mission. An infobox line is about the article's operation (the first mission the article names); a line of a
list of a country's missions is about the mission that opens it; a resolution only cited has none. Else the
subject when it is a mission; else a mission of the date's own clause when the trigger is in another, else a
mission of the trigger's clause, else the nearest of the sentence outside clauses that hold an event of their
own (a mission that began long after the date is skipped). For a handover the mission is the one taking over: a
mention after *from* (the predecessor), or the object of an active *replaced* or of *took over*, is skipped, and
the mission after *absorbed into* or a passive *replaced by* is taken. A handover that names no mission taking
over takes the document's focus mission (the one it mentions most, ties to the first mentioned), unless that is
the one taken over or the handover is "to" someone else. A sentence that names no mission but refers to one
(``the mission``, ``the U.N. force``, ``a UN peacekeeping camp``) takes the mission named last before it (within
1,500 characters), else the focus mission.

Location. The first country after the trigger, in its clause, that *in/to/into/across* introduces or
that is the object of *invaded/attacked*.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, timedelta

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
from pipeline.extract.mission_descriptions import sentence_definite
from pipeline.extract.types import DateMention, MissionMention, Sentence

_TAKE_OVER = re.compile(r"(?i)\bt(?:ook|akes?|aken|aking)\s+over$")
_WHEN_OPENING = re.compile(r"(?i)[\s,;:–—-]*when\b")
_TO_AFTER = re.compile(r"(?i)\s+to\b")
_OBJECT_GAP = re.compile(r"\s+(?:the\s+)?")  # "took over EUFOR", "took over the MINUSMA's bases"
_CAME_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_ONE_MISSION_TYPES = frozenset({"deployment", "mandate", "withdrawal"})
_PAGE_OPENING = 3000  # characters: an article's title, infobox and lead
_BEFORE_START = timedelta(days=183)  # an advance party may come some months before a mission formally begins


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
    event_type: str = ""  # the row's type (the trigger's, once the type rules have run)
    refers: bool | None = None


def _successor(q: _Query) -> str | None:
    """ "was absorbed into UNAMID", "was replaced by MINUJUSTH": the mission after the verb takes over, in the
    clause or, when the clause names none, further in the sentence ("was replaced by an EU Police Mission,
    code-named EUPOL PROXIMA", r4_045)."""
    if q.trigger.rule == "absorbed" or q.passive:
        successor = _mission_within(q.doc, q.trigger.end, q.clause[1]) \
            or _mission_within(q.doc, q.clause[1], q.sentence.end)
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
    named = [m for m in _slice(q.doc.missions, q.doc.mission_starts, *own)
             if not _before_start(q.doc, m.acronym, q.trigger, q.d)]
    return min(named, key=lambda m: (abs(m.start - q.d.start), m.start)).acronym if named else None


def _table_row(q: _Query) -> str | None:
    """A date on a later line than its trigger (a table's heading "Main dispatched countries Period of Operation"
    and its rows, one "sentence" for want of full stops, r2_035): the mission its row names before it, else the
    last row's ("2 United Nations Transitional Authority in Cambodia (UNTAC) Cambodia September 1992 to September
    1993 ...", then "October 1992 to July 1993 Civilian Police 75 persons")."""
    text = q.doc.text
    if q.d.start < q.trigger.end or text.find("\n", q.trigger.end, q.d.start) < 0:
        return None
    line_end = text.find("\n", q.trigger.end, q.d.start)
    named = [m for m in _slice(q.doc.missions, q.doc.mission_starts, line_end, q.d.start)
             if not _before_start(q.doc, m.acronym, q.trigger, q.d)]
    return named[-1].acronym if named else None


def _is_predecessor(q: _Query, m: MissionMention) -> bool:
    """A handover's mission that is taken over: after "from", the object of an active "replaced", or of "took
    over" ("UN Military Force took over EUFOR on 15 March 2009", r1_044)."""
    if m.start < q.trigger.end:
        return False
    text = q.doc.text
    if _TAKE_OVER.search(text, q.trigger.start, q.trigger.end) and _OBJECT_GAP.fullmatch(text, q.trigger.end, m.start):
        return True
    words = _FROM_OR_TO.findall(text, q.trigger.end, m.start)
    if q.trigger.rule == "replace" and not q.passive:  # "ATMIS replaced AMISOM": the object is the predecessor
        return not words or words[-1].lower() != "by"
    return bool(words) and words[-1].lower() == "from"


def _came_from(q: _Query, m: MissionMention) -> bool:
    """A deployment's mission after "from" is the one the contingent left, not the one it joins: "an advance team
    of 25 Nepalese troops who arrived in the country in January from MINUSTAH to support the mission" (r1_002);
    an acronym in brackets after such a name too ("from the UN Stabilization Mission in Haiti (MINUSTAH)")."""
    if q.trigger.event_type != "deployment":
        return False
    text = q.doc.text
    if text[max(0, m.start - 3):m.start].rstrip().endswith("("):
        i = bisect_left(q.doc.mission_starts, m.start)
        name = q.doc.missions[i - 1] if i else None
        if name is not None and not text[name.end:m.start].strip(" ("):
            m = name
    return _CAME_FROM.search(text, max(0, m.start - 12), m.start) is not None


def _nearest_named(q: _Query) -> str | None:
    """The mission nearest the trigger, of its clause first; a mission of another clause counts only when that
    clause has no event of its own; a handover skips its predecessor, a deployment the mission it came from, and
    any event a mission that began long after it ("PMC in the UNDOF operation ... from June 1974 to October 2009
    and PMC in the UNIFIL operation", r5_050: UNDOF, not UNIFIL of 1978)."""
    clauses, clause = q.clauses, q.clause
    busy = {clauses.of(t.start) for t in q.triggers if t is not q.trigger and not _same_when(q, t)} - {clause}
    candidates = [m for m in _slice(q.doc.missions, q.doc.mission_starts, q.sentence.start, q.sentence.end)
                  if clauses.of(m.start) not in busy and not _came_from(q, m)
                  and not _before_start(q.doc, m.acronym, q.trigger, q.d)]
    if q.trigger.event_type == "handover":
        candidates = [m for m in candidates if not _is_predecessor(q, m)]
    in_clause = [m for m in candidates if clause[0] <= m.start < clause[1]]
    pool = in_clause or candidates
    return min(pool, key=lambda m: (abs(m.start - q.trigger.start), m.start)).acronym if pool else None


def _same_when(q: _Query, t: Trigger) -> bool:
    """ "Japan's first substantial participation in a UN peacekeeping operation was in 1989, when 27 electoral
    observers were dispatched to the United Nations Transition Assistance Group (UNTAG)" (r2_039): a "when" clause
    that tells the same kind of happening is the same happening (guide E4), not an event of its own."""
    if t.event_type != q.trigger.event_type:
        return False
    a, _ = q.clauses.of(t.start)
    return _WHEN_OPENING.match(q.doc.text, a) is not None


def _definite_description(q: _Query) -> str | None:
    """An organisation's force or mission that the sentence does not name, with a single host country in the
    sentence: the mission "the <org> mission in <host>" names at the date (the guide's M1, through
    ``mission_descriptions.sentence_definite``): "Joint United Nations and Côte d'Ivoire forces today started
    patrolling ... Abidjan ..., the UN mission said" (r1_010, UNOCI)."""
    doc = q.doc
    if doc.mission_index is None:
        return None
    spans = tuple((m.start, m.end) for m in _slice(doc.missions, doc.mission_starts, q.sentence.start, q.sentence.end))
    # not the actor's or the publisher's country: "In 2007, India became the first country to deploy an all-women
    # contingent to a UN peacekeeping mission" (devset3) is no UNMOGIP
    own = {doc.publisher_iso3, q.subject.iso3 if q.subject is not None else None}
    countries = [c for c in _slice(doc.countries, doc.country_starts, q.sentence.start, q.sentence.end)
                 if c.iso3 not in own]
    return sentence_definite(doc.mission_index, doc.text, q.sentence.start, q.sentence.end, countries, q.d.date,
                             spans)


def _handover_to_un(q: _Query) -> str | None:
    """A handover "to UN peacekeepers/the UN force" with no mission named: the document's focus mission."""
    if q.trigger.event_type == "handover" and q.focus \
            and _GENERIC_UN.search(q.doc.text, q.sentence.start, q.sentence.end):
        return q.focus
    return None


def _handover_focus(q: _Query) -> str | None:
    """A handover whose sentence names no mission that takes over ("It replaced SFOR on 2 December 2004." on the page
    of Operation Althea, r4_021; "In June 2002 the Netherlands took over c" on Operation Amber Fox's, r4_046;
    "UN Military Force took over EUFOR on 15 March 2009" in a story on MINURCAT, r1_044): the document's focus
    mission, unless it is the one taken over, or the handover names who takes over otherwise ("France hopes to hand
    over to African troops")."""
    if q.trigger.event_type != "handover" or not q.focus or _TO_AFTER.match(q.doc.text, q.trigger.end):
        return None
    named = _slice(q.doc.missions, q.doc.mission_starts, q.sentence.start, q.sentence.end)
    return None if any(m.acronym == q.focus and _is_predecessor(q, m) for m in named) else q.focus


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
    while before and _came_from(q, doc.missions[before - 1]):  # not the mission a contingent came from
        before -= 1
    if before and start - doc.missions[before - 1].end <= _ANAPHORA_REACH:
        return doc.missions[before - 1].acronym
    return None


def _focus(q: _Query) -> str | None:
    return q.focus if _refers_to_a_mission(q) else None


# Attacks on people in uniform (or on the UN) in a document about one mission are on that mission's: "Irish troops
# came under fire in the village of Braasheet" (r5_007, UNIFIL), "the abduction and murder of Privates Barrett and
# Smallhorne in the South Lebanon" (r5_007).
_UNIFORMED = re.compile(r"(?i)\b(?:troops|peacekeepers?|soldiers?|privates?|contingents?|battalions?|patrols?"
                        r"|blue\s+helmets|UN)\b")


def _only_mission(q: _Query) -> str | None:
    """A deployment, mandate or withdrawal in a document that names one mission only is that mission's:
    "A new batch of the Egyptian Infantry Battalion consisting of 164 personnel arrived in El Fasher today"
    (r5_034, UNAMID), "It was authorized by the United Nations Security Council on 28 March 2013 through
    Resolution 2098" (r4_014, MONUSCO), "In February 2010, Japan dispatched the SDF Engineering Unit" (r2_047,
    MINUSTAH). Not attacks, interventions and other events, often outside any mission, nor handovers, to whoever
    takes over ("France hopes to hand over to African troops")."""
    if not q.doc.missions:
        return None
    if q.trigger.event_type not in _ONE_MISSION_TYPES and not (
            q.event_type == "attack" and _UNIFORMED.search(q.doc.text, *q.clause) is not None):
        return None
    only = q.doc.missions[0].acronym
    if not all(m.acronym == only for m in q.doc.missions) or _elsewhere(q, only):
        return None
    return only


def _elsewhere(q: _Query, acronym: str) -> bool:
    """Whether the event's sentence places it in a country that is not the mission's host, and in none that is
    (the actor and the publisher aside): "Deployed to Tyre, south of Lebanon since July 2007, this unit ..." and
    "281 personnel are on duty since March 2013, ... for the reconstitution of South Sudan" on a page that names
    only UNOSOM II (r2_034)."""
    index = q.doc.mission_index
    if index is None:
        return False
    hosts = set(index.host_countries(acronym))
    own = {q.doc.publisher_iso3, q.subject.iso3 if q.subject is not None else None}
    placed = {c.iso3 for c in _slice(q.doc.countries, q.doc.country_starts, q.sentence.start, q.sentence.end)
              if c.kind in ("name", "capital") and c.iso3 not in own}
    return bool(placed) and not placed & hosts


_HOST_FOCUS_TYPES = frozenset({"deployment", "withdrawal", "attack"})


def _host_focus(q: _Query) -> str | None:
    """A deployment, withdrawal or attack that names no mission, placed by its sentence in a host country of the
    document's focus mission (by name or capital; the actor and the publisher aside), at a date the mission was
    there: that mission. "The first elements of the new Force arrived in Cairo the next day" in a caption on UNEF
    II (r7_003), "PKO July 1999 International Peace Cooperation Assignment in East Timor" (r2_044, UNAMET), "Joint
    UN-Côte d'Ivoire patrols start today in Abidjan" (r1_010, UNOCI); not where the sentence places it elsewhere
    too (``_elsewhere``)."""
    index = q.doc.mission_index
    if index is None or not q.focus or q.event_type not in _HOST_FOCUS_TYPES or _elsewhere(q, q.focus):
        return None
    own = {q.doc.publisher_iso3, q.subject.iso3 if q.subject is not None else None}
    placed = {c.iso3 for c in _slice(q.doc.countries, q.doc.country_starts, q.sentence.start, q.sentence.end)
              if c.kind in ("name", "capital") and c.iso3 not in own}
    if not placed & set(index.host_countries(q.focus)):
        return None
    return q.focus if any(q.focus in index.missions_hosted_in(h, q.d.date) for h in placed) else None


def _mandate_focus(q: _Query) -> str | None:
    """A Security Council decision with no mission named near it is about the mission the document is about (the
    one it names most): "Security Council resolution 2348 (2017) of 31 March 2017" on a MONUSCO fact sheet
    (r1_024), "It was authorized by the United Nations Security Council on 28 March 2013 through Resolution 2098"
    on the MONUSCO brigade (r4_014)."""
    if q.trigger.event_type != "mandate":
        return None
    words = q.doc.text[q.sentence.start:q.sentence.end]
    # Not another body's decision: "the European Council agreed to set up a military mission" (r5_044, EUTM Mali).
    return q.focus if "Security Council" in words or "esolution" in words else None


def _page_subject(q: _Query) -> str | None:
    """An infobox line (an operation's dates, its commanders' tenures) is about the article's operation: the first
    mission the article names, in its title or its opening ("= Operation Sangaris =", r4_013; "= Unified Task
    Force =", r4_004; "The ECOWAS military intervention in the Gambia or the ECOWAS Mission in The Gambia", r4_010;
    "- Branch: MONUSCO" for a brigade of MONUSCO, r4_014)."""
    if q.trigger.rule != "infobox" or not q.doc.missions or q.doc.missions[0].start >= _PAGE_OPENING:
        return None
    return q.doc.missions[0].acronym


_SECTION_REACH = 800  # characters: a section of a national page, its heading to its key lines


def _line_mission(q: _Query) -> str | None:
    """A line of a list of a country's missions ("ISAF - December 2001 to date", r5_044): the mission that opens
    the line (the trigger), not one of the text before."""
    if q.trigger.rule == "participation_line":
        # the section's heading: the mission named last before the line ("UNDOF - United Nations Disengagement
        # Observer Force" over "Participation: Since MAY 1974", r9_059)
        before = _slice(q.doc.missions, q.doc.mission_starts, max(0, q.trigger.start - _SECTION_REACH), q.trigger.start)
        return before[-1].acronym if before else None
    if q.trigger.rule != "mission_line":
        return None
    m = _mission_within(q.doc, q.trigger.start, q.trigger.end)
    return m.acronym if m is not None else None


# A rule's answer that the event has no mission (the rules after it are not tried).
NO_MISSION = "-"


def _cited_resolution(q: _Query) -> str | None:
    """A dated resolution that the text only cites, type other ("reaffirming its resolution 1308 (2000) of 17 July
    2000", "implement immediately its resolution 338 (1973) of 22 October 1973" in a story on UNDOF, r1_041): it
    does not establish, extend or end the mission the text is about (guide E1), so it has none."""
    return NO_MISSION if q.trigger.rule == "resolution" and q.event_type == "other" else None


# "the Israeli withdrawal", "the subsequent French intervention", "the Cave of the Patriarchs massacre": a proper
# modifier (capitalised words) between a determiner and the noun.
_NAMED_BEFORE = re.compile(r"\b(?:the|its|their)\s+(?:[a-z]+\s+)?(?:[A-Z][\w'’-]*\s+)+$")
_EVENT_NOUN = re.compile(r"(?i)(?:attacks?|assaults?|massacres?|bombings?|ambush(?:es)?|raids?|invasions?|incursions?"
                         r"|interventions?|withdrawals?)\b")
# "Operation Sangaris was a French military intervention", "UNOSOM II was the second phase of the United Nations
# intervention": the noun is what the subject was, not background to it.
_COPULA_BEFORE = re.compile(r"(?i)\b(?:is|was|are|were)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,6}$")
# "the attack on the MINUSMA camp", "the withdrawal from UNIFIL": a mission the noun's preposition introduces.
_OWN_PHRASE = re.compile(r"(?i)\s+(?:of|on|upon|against|from|by|in|at|near)\b[^,;]{0,60}")
_BACKGROUND_TYPES = frozenset({"attack", "intervention", "withdrawal"})


def _background_noun(q: _Query) -> str | None:
    """A named attack, intervention or withdrawal, its noun after a proper modifier ("the Bogoro attack of February
    2003", r4_008; "the Cave of the Patriarchs massacre on 25 February 1994", r4_050; "the subsequent French
    intervention", r4_034; "the Turkish invasion of 1974", r5_047; "the Israeli withdrawal from Lebanon in 2000",
    r4_001), is background to the mission the sentence or the document is about: it takes a mission only from its
    own phrase ("the Israeli attack on the UNIFIL compound"). Not an unnamed one ("Chad, which lost two soldiers in
    an ambush near Aguelhok"), nor what a mission was ("Operation Sangaris was a French military intervention")."""
    text, start = q.doc.text, q.trigger.start
    if q.trigger.rule == "noun" and q.event_type == "other":
        # a background happening dated as its noun's adjective: "the 2006 Lebanon War" (r4_001), "the 1974 Greek
        # Cypriot coup d'état" (r10_087), "the October 1973 war" (r1_041)
        own = _mission_within(q.doc, q.trigger.end, q.clause[1])
        return own.acronym if own is not None and _OWN_PHRASE.fullmatch(text, q.trigger.end, own.start) else NO_MISSION
    if q.event_type not in _BACKGROUND_TYPES or not _EVENT_NOUN.match(text, start) \
            or not _NAMED_BEFORE.search(text, max(q.sentence.start, start - 40), start) \
            or _COPULA_BEFORE.search(text, max(q.sentence.start, start - 80), start):
        return None
    own = _mission_within(q.doc, q.trigger.end, q.clause[1])
    if own is not None and _OWN_PHRASE.fullmatch(text, q.trigger.end, own.start):
        return own.acronym
    return NO_MISSION


# The mission of an event, in order: the first rule that answers wins.
MISSION_RULES = check_table((
    Rule("page_subject", "an infobox line: the first mission the article names (its title or its opening)",
         "= Operation Sangaris =\n\nInfobox\n- Date: 5 December 2013 – 30 October 2016 ()\n", _page_subject),
    Rule("cited_resolution", "a dated resolution only cited (other): no mission",
         "UNDOF patrols the Golan. Calls upon the parties concerned to implement immediately its resolution 338 (1973) "
         "of 22 October 1973;", _cited_resolution),
    Rule("background_noun", "an attack, intervention or a state's withdrawal named by a noun: only a mission of "
         "its own phrase", "UNIFIL patrols the south. The mandate had to be adjusted twice, due to the Israeli "
         "invasion of Lebanon in 1982.", _background_noun),
    Rule("mission_line", "a line of a list of a country's missions: the mission that opens the line",
         "UNTSO was set up in 1948.\n\nCurrent missions\n\nMINURSO - September 1991 — to date \n\nMONUC - June "
         "2001 to date\n", _line_mission),
    Rule("successor", "a mission absorbed into or replaced by another: the one that takes over",
         "MINUSTAH was replaced by MINUJUSTH on 16 October 2017.", _successor),
    Rule("subject", "the subject when it is a mission", "UNMIL closed in March 2018.", _subject_mission),
    Rule("date_clause", "a mission of the date's own clause, when the trigger is in another",
         "Irish troops first deployed to Lebanon in 1978 with UNIFIL, and from 2013 with UNDOF on the Golan.",
         _date_clause),
    Rule("table_row", "a date on a later line than its trigger: the mission named last before it, on its row or "
         "the row before", "Mission Number Name Main dispatched countries Period of Operation Type and Number of "
         "Personnel 1 United Nations Angola Verification Mission II (UNAVEM II) Angola September to October 1992 "
         "Electoral Observers 3 persons\nMonitoring 2 United Nations Transitional Authority in Cambodia (UNTAC) "
         "Cambodia September 1992 to September 1993 Cease-Fire Observers 8 persons\n", _table_row),
    Rule("nearest_named", "the mission nearest the trigger, its clause first, a handover's predecessor skipped",
         "Chinese peacekeepers of UNMISS arrived in Juba on 15 March 2012.", _nearest_named),
    Rule("definite_description", "an organisation's force or mission with a single host country in the sentence: "
         "the one mission of that organisation there at the date",
         "Joint United Nations and Côte d'Ivoire forces today started patrolling Abidjan on 15 December 2004, the UN "
         "mission said.", _definite_description),
    Rule("handover_to_un", "a handover to 'UN peacekeepers' with no mission named: the document's focus mission",
         "MINUSMA was established in April 2013. France hopes to hand over to UN peacekeepers in July 2013.",
         _handover_to_un),
    Rule("handover_focus", "a handover that names no mission taking over: the document's focus mission, unless "
         "taken over", "Operation Amber Fox protected the monitors. Amber Fox had 700 troops. In June 2002 the "
         "Netherlands took over from Germany.", _handover_focus),
    Rule("named_before", "'the mission', 'the U.N. force': the mission named last before the sentence",
         "UNMISS was set up in 2011. The mission deployed to Bor in May 2014.", _named_before),
    Rule("focus", "'the mission' with no mission named near before: the document's focus mission",
         "The mission deployed to Bor in May 2014. UNMISS has 12,000 troops.", _focus),
    Rule("only_mission", "a deployment, mandate or withdrawal in a document that names one mission only",
         "UNAMID has 20,000 troops. A new batch of the Egyptian Infantry Battalion consisting of 164 personnel "
         "arrived in El Fasher on 13 November 2008.", _only_mission),
    Rule("host_focus", "a deployment, withdrawal or attack placed in a host of the document's focus mission then",
         "UNEF II followed UNEF I in the Sinai. UNEF II had 7,000 troops. Finnish troops arrived in Cairo on 26 "
         "October 1973.", _host_focus),
    Rule("mandate_focus", "a Security Council decision with no mission named near it: the document's focus mission",
         "MONUSCO patrols Goma. MONUSCO has 16,000 troops, and MINUSCA 12,000.\n\nSecurity Council resolution 2348 "
         "(2017) of 31 March 2017", _mandate_focus),
))


def _mission(doc: DocIndex, sentence: Sentence, clauses: Clauses, triggers: list[Trigger],
             trigger: Trigger, subject: Entity | None, focus: str | None, d: DateMention,
             event_type: str = "") -> tuple[str | None, str]:
    """The mission of an event and the rule that found it (``MISSION_RULES``, recorded in the trace; "none" when
    no rule answers; ``NO_MISSION``: a rule's answer that the event has none)."""
    passive = trigger.rule == "replace" and _BE_BEFORE.search(
        doc.text, max(sentence.start, trigger.start - 24), trigger.start) is not None
    q = _Query(doc, sentence, clauses, triggers, trigger, subject, focus, d, clauses.of(trigger.start), passive,
               event_type or trigger.event_type)
    for rule in MISSION_RULES:
        found = rule.fn(q)
        if found is not None:
            if found is not NO_MISSION and _before_start(doc, found, trigger, d):
                return None, "before_start"
            note("mission", rule.name, pos=d.start)
            return (None if found is NO_MISSION else found), rule.name
    return None, "none"


def _before_start(doc: DocIndex, acronym: str, trigger: Trigger, d: DateMention) -> bool:
    """An event dated long before its mission began is not the mission's: "The UNDOF was established following
    the October 1973 war" (r1_041; UNDOF began in May 1974), "The origins of the MFO lie in Annex I to the 1979
    Treaty of Peace" (r2_001), China's "first peacekeepers in 1992" in a story on MINUSMA (seed 000). Decisions
    and pledges that precede a mission are kept."""
    start = doc.mission_start.get(acronym)
    if start is None or trigger.event_type in ("mandate", "pledge"):
        return False
    return _period_last_day(d.date) < start - _BEFORE_START


def _period_last_day(when) -> date:
    v = when.value
    if when.precision == "year":
        return date(v.year, 12, 31)
    if when.precision == "month":
        return date(v.year + (v.month == 12), v.month % 12 + 1, 1) - timedelta(days=1)
    return v


def _location(doc: DocIndex, clause: tuple[int, int], trigger: Trigger) -> str | None:
    for e in doc.entities_in(trigger.end, clause[1]):
        if e.iso3 and _LOCATIVE_BEFORE.search(doc.text[max(trigger.start, e.start - 40):e.start]) \
                and not _POSSESSIVE_AFTER.match(doc.text, e.end):  # "in China’s first operation"
            return e.iso3
    return None
