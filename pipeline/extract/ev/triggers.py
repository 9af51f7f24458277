"""Trigger rules: the words that name a happening, and the event type they give.

``TRIGGER_RULES`` is the ordered table of the trigger rules (a name, a doc line and an example each); their cues
are data, ``data/event_triggers.csv`` (read and validated by ``cues.load_triggers``): one regular expression per
row, rows in priority order (at one position the first rule wins, so "took over command" is an appointment before
it is a handover, "offered to send" a pledge before a deployment). Each pattern starts with a literal stem; the
stems make the anchor trie of the sentence scan (``clauses``), and at a stem only the alternatives that can start
there are tried (one small expression per stem).

A match is read as a trigger unless a reading veto (``READING_VETOES``: a letter sent, a participle that modifies
a noun, a word of a name, a compound adjective, the topic of talks, a trend) or the text check of its rule
(``TEXT_CHECKS``: "adopted" after a resolution, "opened" a centre ...) says otherwise. The checks that need the
sentence's countries and missions are in ``checks``.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from pipeline.extract import lexicon
from pipeline.extract.ev.common import _LEADING_FILLER, Trigger
from pipeline.extract.ev.cues import load_triggers, stem
from pipeline.extract.ev.rules import Rule, check_table, note
from pipeline.extract.ev.vetoes import _ADJECTIVE_AFTER

# The trigger rules in priority order; the event type of each and its patterns are in data/event_triggers.csv.
TRIGGER_RULES = check_table((
    Rule("pledge_announced", "an announcement that a country would send: a statement (a pledge only when dated, "
         "see bind.reported_sending)", "In May 2014 Kenya announced that it would send 1,000 police officers."),
    Rule("command", "taking or holding the command of a force: an appointment (a handover between countries, "
         "see kinds)", "Major General Diarra assumed command of the force on 1 March 2014."),
    Rule("served_as", "serving as a force's head", "He served as Force Commander of UNIFIL from 2014."),
    Rule("became", "becoming a force's head", "In May 2016 she became the head of mission."),
    Rule("appointed", "an appointment, a nomination, a swearing-in",
         "The Secretary-General appointed a new Special Representative on 3 May 2016."),
    Rule("offer", "an offer, a pledge, a promise or a legislature's approval of a sending",
         "Rwanda offered in June 2013 to send a battalion."),
    Rule("handover", "a handover, a transfer of authority, a re-hatting",
         "On 1 July 2013, MINUSMA took over from AFISMA."),
    Rule("replace", "a mission or force replacing another (checked: a mission or a force in the clause)",
         "ATMIS replaced AMISOM on 1 April 2022."),
    Rule("absorbed", "a mission absorbed into another: the one after 'into' takes over",
         "AMIS was absorbed into UNAMID on 31 December 2007."),
    Rule("mandate_end", "a mission's mandate that expired or lapsed: the mission's end, a withdrawal (a mandate that "
         "ended after a resolution is the Council's: mandate)",
         "The United Nations Mission of Observers in Tajikistan (UNMOT) was a peacekeeping mission established by the "
         "United Nations Security Council in December 1994, and its mandate expired in May 2000."),
    Rule("relations", "diplomatic relations established: other", "The two countries established relations in 1992."),
    Rule("mandate", "a mission established, authorised, extended or renewed; a Council vote",
         "The Security Council established UNMISS in July 2011."),
    Rule("adopted", "'adopted' after a resolution (checked)",
         "Resolution 2100, adopted in April 2013, set up MINUSMA."),
    Rule("extend_mission", "extending or renewing a mission named right after (checked)",
         "ECOWAS agreed in 2000 to extend ECOMIG."),
    Rule("mission_founded", "a mission founded or formed in a year (checked: a mission is its subject): a mandate",
         "The United Nations Interim Force in Lebanon (UNIFIL) was formed in 1978."),
    Rule("intervention", "an intervention, an invasion, a war waged, an offensive launched",
         "France intervened in Mali in January 2013."),
    Rule("attack", "an attack, an ambush, killing, a hostage taking",
         "Peacekeepers were attacked near Kidal on 5 May 2019."),
    Rule("struck", "'struck' after a form of 'be' (checked)", "A convoy was struck on Monday near Gao."),
    Rule("withdrawal", "a withdrawal, a pull-out, a repatriation, a drawdown, a return home",
         "Sweden withdrew its contingent from Mali in 2022."),
    Rule("council_change", "the Security Council or a resolution changing a force's strength or mandate: 'resolution "
         "1560 reduced the military component', 'approved an increase' (checked: the Council before it)",
         "On 12 Sep 2004, Security Council resolution 1560 reduced the military component of UNMEE to 3,342 troops."),
    Rule("gone", "'must be gone' (checked: after a form of 'be')", "The mission must be gone by 31 December 2023."),
    Rule("closure", "a mission closing (checked: a mission closes)", "UNMIL closed in March 2018."),
    Rule("presence_since", "a presence kept since a date: a deployment dated by the 'since' date",
         "Ghana has had a continuous presence in UNIFIL since 1978."),
    Rule("join_mission", "joining a mission or a force: a deployment", "Ghana joined the mission in 1978."),
    Rule("participation_line", "a national page's key line of a mission, 'Participation:' and a date: the start of "
         "the country's deployment", "UNDOF - United Nations Disengagement Observer Force\n\nParticipation: Since MAY "
         "1974 Strength: 470 service personnel\n"),
    Rule("deploy", "a deployment, a dispatch, a sending, a rotation, operations begun",
         "Nigeria deployed 1,200 troops to Mali in January."),
    Rule("mission_start", "a mission or an operation that started, commenced, operated from or has existed since a "
         "date (checked: a mission is its subject)", "Operation Barkhane is an anti-insurgent operation in the "
         "Sahel, which commenced 1 August 2014."),
    Rule("contributor", "having been a contributor since a date (checked: a country or a mission follows)",
         "Fiji has been a troop contributor since 1978."),
    Rule("presence", "having been in a country or a mission (checked: one follows)",
         "Kenyan troops have been in Somalia since 2011."),
    Rule("contribute_mission", "contributing to, participating in or leading a mission named right after (checked)",
         "Togo has contributed to UNIFIL since 2006."),
    Rule("arrive", "arriving, landing, returning to or from: a deployment or a return home (see checks.movement)",
         "Chinese peacekeepers arrived in Juba on 15 March 2012."),
    Rule("depart", "departing, leaving: a deployment or a withdrawal (see checks.movement)",
         "The battalion left for Lebanon on 2 May 2006."),
    Rule("ceremony", "a tribute, a wreath, a commemoration, a meeting or ceremony held: other",
         "The mission paid tribute to fallen peacekeepers on 29 May 2020."),
    Rule("funding", "payments cut or participation suspended: other",
         "The government suspended its payments in March 2016."),
    Rule("opening", "a centre, a base or an office opened (checked)", "The training centre opened in 2004."),
    Rule("request_noun", "a request or an appeal for assistance made or received: other (its actor: the requester, "
         "see typed_actors.requester)", "On 24 May this year, we received a request for assistance from the "
         "government of East Timor."),
    Rule("demand", "a demand that a force leave or stop (checked)",
         "The junta demanded in June that the mission leave."),
    Rule("outbreak", "a conflict breaking out (fighting that erupts is an attack, see kinds)",
         "The conflict broke out in 2003."),
    Rule("other", "other dated happenings: joining an organisation, an agreement signed, elections, a coup, a visit",
         "The agreement was signed on 20 June 2015."),
    Rule("light", "light verbs ('took place', 'is planned for'): they date the event noun of their clause",
         "The transfer of authority took place on 1 July 2013."),
    Rule("threat", "a threat, a vow or a refusal: a statement, what it announces is no happening",
         "In May 2022 the junta threatened to expel the mission."),
    Rule("born", "a birth date: a biography, not an event", "Born in 1965, General Diop joined the army."),
    Rule("statement", "a statement verb: the date dates the statement (see bind for what a statement announces)",
         "The minister said on Monday that the troops were safe."),
))

# (type, rule, branches) in priority order, from the data file; the table above must name the same rules.
_TRIGGERS = load_triggers()
if tuple(r for _, r, _ in _TRIGGERS) != tuple(r.name for r in TRIGGER_RULES):
    raise ValueError("data/event_triggers.csv and TRIGGER_RULES must list the same rules in the same order")
TRIGGER_TYPES = {rule: kind for kind, rule, _ in _TRIGGERS}
_stem = stem

# (type, rule, ((branch, its stem), ...)) in priority order: each branch's stem worked out once.
_BRANCH_STEMS = tuple((kind, rule, tuple((b, _stem(b)) for b in branches)) for kind, rule, branches in _TRIGGERS)
_STEMS = sorted({s for _, _, branches in _BRANCH_STEMS for _, s in branches})
STEM_SET = frozenset(_STEMS)


@functools.cache
def _trigger_expression(word: str) -> re.Pattern:
    """The trigger alternatives that can start where the sentence scan found ``word`` (a stem, lower case):
    those whose stem and ``word`` are prefixes of one another, in priority order. One small expression per stem,
    instead of the whole table tried at every stem, keeps the scan fast. The case-insensitive expressions run only
    where the sentence scan finds a stem, and each is compiled the first time its stem is found (a document uses
    a few dozen of the some 230): importing the rules costs no compilation of the rest."""
    groups = []
    for kind, rule, branches in _BRANCH_STEMS:
        chosen = [b for b, s in branches if s.startswith(word) or word.startswith(s)]
        if chosen:
            groups.append(f"(?P<{kind}__{rule}>{'|'.join(chosen)})")
    return re.compile(r"(?i)(?:" + "|".join(groups) + r")\b")


# A present participle is a predicate only after an auxiliary or an aspect verb (two words at most before it).
_AUXILIARY_BEFORE = re.compile(
    r"(?i)\b(?:is|are|was|were|be|been|being|am|began|begin|begins|beginning|started|starts|start|continues?|"
    r"continued|kept|keeps|stopped|ended|resumed|will|would)\s+(?:\w+\s+)?$"
)
_MAIL_BEFORE = re.compile(
    r"(?i)\b(?:letters?|messages?|notes?|reports?|requests?|invitations?|e-?mails?|statements?)\s+(?:\w+\s+)?$"
)
# A past participle after a determiner and before a noun is an adjective ("Ghana's deployed personnel"); not "that".
_DETERMINERS = lexicon.word_set("participle_determiners")


def _is_determiner(before: str) -> bool:
    """The word that ends ``before`` (white space after it) is a determiner or a possessive."""
    if not before[-1:].isspace():
        return False
    words = before.rsplit(None, 1)
    word = words[-1] if words else ""
    return word.lower() in _DETERMINERS or word.endswith(("'s", "’s"))


class _Reading(NamedTuple):
    """A trigger match being read: the sentence ``text[start:end]``, the match, its words."""

    text: str
    m: re.Match
    start: int
    end: int
    kind: str
    first: str  # the first word, lower case
    one_word: bool


def _veto_mail(r: _Reading) -> bool:
    p = r.m.start()
    return r.first in ("sent", "send", "sends", "sending") \
        and _MAIL_BEFORE.search(r.text[max(r.start, p - 30):p]) is not None


# "the signing of the Oslo II Accord": a gerund after "the" and before "of" is the act named as a noun, no modifier.
_GERUND_NOUN = re.compile(r"(?i)\bthe\s+$")


def _veto_modifier(r: _Reading) -> bool:
    if r.kind == "statement" or not r.first.endswith("ing") or r.first == "meeting":
        return False
    before = r.text[max(r.start, r.m.start() - 40):r.m.start()]
    if r.one_word and r.text.startswith(" of ", r.m.end()) and _GERUND_NOUN.search(before):
        return False
    return not _AUXILIARY_BEFORE.search(before) and not _LEADING_FILLER.match(before)


def _veto_name(r: _Reading) -> bool:
    p, text = r.m.start(), r.text
    return text[p].isupper() and not r.first.endswith(("ed", "s")) and _CAPITALISED_AFTER.match(text, r.m.end()) \
        is not None and _CAPITALISED_BEFORE.search(text, max(r.start, p - 30), p) is not None \
        and bool(text[r.start:p].strip())


def _veto_compound(r: _Reading) -> bool:
    p = r.m.start()
    return r.first.endswith("ed") and p > r.start and r.text[p - 1] == "-"


def _veto_adjective(r: _Reading) -> bool:
    p = r.m.start()
    return r.one_word and r.first.endswith("ed") and _ADJECTIVE_AFTER.match(r.text, r.m.end()) is not None \
        and _is_determiner(r.text[max(r.start, p - 16):p])


def _veto_topic(r: _Reading) -> bool:
    before = r.text[max(r.start, r.m.start() - 40):r.m.start()]
    return (" on " in before or " about " in before or " over " in before or " regarding " in before
            or " concerning " in before) and _TOPIC_BEFORE.search(before) is not None


def _veto_trend(r: _Reading) -> bool:
    return r.first == "attacks" and _TREND_AFTER.match(r.text, r.m.end()) is not None


# "under the mandate of the United Nations" (r4_007), "Under the current mandate" (r8_076), "the UN mandated
# International Force" (r3_029): a mandate held or given as a frame, no decision of the sentence.
_UNDER_BEFORE = re.compile(r"(?i)\b(?:under|within|outside)\s+(?:[\w’'.-]+\s+){0,3}$")
_UN_BEFORE = re.compile(r"(?:\bUN|\bU\.N\.|United\s+Nations|Security\s+Council)\s+$")


def _veto_frame(r: _Reading) -> bool:
    if r.first not in ("mandate", "mandated"):
        return False
    before = r.text[max(r.start, r.m.start() - 40):r.m.start()]
    return _UNDER_BEFORE.search(before) is not None or (r.first == "mandated" and _UN_BEFORE.search(before) is not None)


# What makes a trigger match no trigger, in order (the first that holds is recorded in the trace).
READING_VETOES = check_table((
    Rule("mail", "a letter or a message sent: no sending of troops", "A letter sent on 3 May 2013 asked for help.",
         _veto_mail),
    Rule("modifier", "a present participle with no auxiliary modifies a noun",
         "Peacekeepers participating in the parade on 29 May 2014 were honoured.", _veto_modifier),
    Rule("name", "a capitalised word between capitalised words is part of a name",
         "The Force Intervention Brigade was created in March 2013.", _veto_name),
    Rule("compound", "'-led', '-backed': a compound adjective", "The African-led mission began in December 2013.",
         _veto_compound),
    Rule("adjective", "a past participle after a determiner is an adjective",
         "Ghana's deployed personnel numbered 800 in 2014.", _veto_adjective),
    Rule("topic", "the topic of talks or a report ('talks on the withdrawal')",
         "Talks on the withdrawal began in March 2021.", _veto_topic),
    Rule("trend", "'attacks ... increased': a trend, not an attack", "Attacks on peacekeepers increased in 2022.",
         _veto_trend),
    Rule("frame", "'under the mandate of the UN', 'the UN mandated force': a mandate as a frame, no decision",
         "The force operated under the mandate of the United Nations in 1994.", _veto_frame),
))


def _trigger_at(text: str, position: int, start: int, end: int, stem: str) -> Trigger | None:
    """The trigger starting at ``position`` (where the scan found ``stem``) of the sentence ``text[start:end]``."""
    m = _trigger_expression(stem).match(text, position, end)
    if m is None:
        return None
    kind, rule = m.lastgroup.split("__")
    words = m.group().split(None, 1)
    reading = _Reading(text, m, start, end, kind, words[0].lower(), len(words) == 1)
    for veto in READING_VETOES:
        if veto.fn(reading):
            note("trigger_veto", veto.name, pos=position)
            return None
    check = TEXT_CHECKS.get(rule)
    if check is not None and not check.fn(text, m, start, end):
        note("trigger_check", check.name, pos=position)
        return None
    note("trigger", rule, pos=position)
    return Trigger(m.start(), m.end(), kind, rule)


# Rules whose trigger word is ambiguous: the words around it decide (the checks that need the countries and
# missions of the sentence are in _checked).
_BE_BEFORE = re.compile(r"(?i)\b(?:be|been|is|are|was|were)\s+(?:\w+\s+)?$")
_RESOLUTION_BEFORE = re.compile(r"(?i)\bresolutions?\b")
_LEAVE_NOUN_BEFORE = re.compile(r"(?i)\b(?:on|annual|sick|maternity|paternity|home|of|a|the|their|his|her)\s+$")
_INSTITUTION = re.compile(
    r"(?i)\b(?:cent(?:re|er)s?|schools?|academy|academies|colleges?|institutes?|bases?|camps?|offices?|headquarters"
    r"|hospitals?|clinics?|facilit(?:y|ies)|embass(?:y|ies)|consulates?|hubs?|depots?|memorials?|airports?)\b"
)
_DEMAND_AFTER = re.compile(
    r"(?i)\b(?:leave|leaves|withdraw\w*|depart\w*|quit|exit|pull\s+out|go\s+home|expel\w*|departure|closure|halt"
    r"|suspen\w+|stop|freeze|end)\b"
)
_CHECK_WINDOW = 120
_COMPLETED = re.compile(
    r"(?i)\b(?:had|has|have)\s+(?:now\s+|successfully\s+|finally\s+|already\s+)?(?:completed|finished|concluded)"
    r"\s+(?:the\s+|its\s+|their\s+)?"
)
_TOPIC_BEFORE = re.compile(
    r"(?i)\b(?:talks|debates?|discussions?|negotiations?|consultations?|reports?|briefings?|meetings?|conferences?"
    r"|statements?|letters?|stud(?:y|ies)|reviews?|questions?|concerns?)\s+(?:on|about|over|regarding|concerning)"
    r"\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w’'-]+\s+)?$"
)
_TREND_AFTER = re.compile(
    r"(?i)(?:\s+(?:on|against)(?:\s+[\w’'-]+){1,3}?)?\s+(?:have\s+|has\s+)?(?:increased|rose|risen|fell|fallen"
    r"|declined|doubled|tripled|decreased|dropped|surged|grew|grown)\b"
)
# A capitalised noun between capitalised words is part of a name ("the Force Intervention Brigade").
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w.’'-]*\s+$")
_CAPITALISED_AFTER = re.compile(r"\s+[A-Z]")


def _after_be(text: str, m: re.Match, start: int, end: int) -> bool:
    return _BE_BEFORE.search(text, max(start, m.start() - 24), m.start()) is not None


def _light_after_be(text: str, m: re.Match, start: int, end: int) -> bool:
    """ "took place" always; "planned for" only as a predicate ("is planned for March", not "a plan for")."""
    return not m.group().lower().startswith(("planned", "scheduled", "slated", "due", "set", "expected")) \
        or _after_be(text, m, start, end)


def _after_resolution(text: str, m: re.Match, start: int, end: int) -> bool:
    return _RESOLUTION_BEFORE.search(text, max(start, m.start() - 80), m.start()) is not None


def _not_a_leave_noun(text: str, m: re.Match, start: int, end: int) -> bool:
    """ "on leave", "annual leave", "a departure from the text" are no movements of troops."""
    word = m.group().lower()
    if not (word.startswith("leav") or word == "departure"):
        return True
    before = _LEAVE_NOUN_BEFORE.search(text, max(start, m.start() - 12), m.start())
    if before is None:
        return True
    return word == "departure" and before.group().split()[0].lower() in ("the", "their", "his", "her")


# The Council or its resolution as the subject of a change of strength, not the body asked for one ("asked the
# Security Council to boost the capacity", r1_010; "recommended that the Council increase").
_COUNCIL_BEFORE = re.compile(r"(?:\bSecurity\s+Council|\b[Rr]esolutions?\b|\bUNSCR\b|\bSCR\b)")
_ASKED_BETWEEN = re.compile(r"(?i)\b(?:ask\w*|request\w*|recommend\w*|urg\w*|call\w*\s+on|propos\w*|invit\w*)\b")


def _council_changes(text: str, m: re.Match, start: int, end: int) -> bool:
    """ "Security Council resolution 1560 reduced the military component" (r10_009), "the Security Council
    approved an increase in the strength of UNIFIL" (r6_002): the Council, or a resolution, within the clause
    before the word, and no request between."""
    window = max(start, m.start() - 90)
    council = None
    for council in _COUNCIL_BEFORE.finditer(text, window, m.start()):
        pass
    if council is None:
        return False
    between = text[council.end():m.start()]
    return not any(c in between for c in ".;") and _ASKED_BETWEEN.search(between) is None \
        and _ASKED_BETWEEN.search(text, window, council.start()) is None


def _names_an_institution(text: str, m: re.Match, start: int, end: int) -> bool:
    return _INSTITUTION.search(text, max(start, m.start() - 80), min(end, m.end() + 50)) is not None


def _demands_a_departure(text: str, m: re.Match, start: int, end: int) -> bool:
    return m.group().lower().startswith("expel") \
        or _DEMAND_AFTER.search(text, m.end(), min(end, m.end() + _CHECK_WINDOW)) is not None


# The rules whose trigger word is ambiguous, each with the check of the words around it that confirms it (a
# failed check is recorded in the trace under the rule's name).
TEXT_CHECKS = {r.name: r for r in check_table((
    Rule("adopted", "'adopted' only after a resolution", "The plan adopted in April 2013 was ambitious.",
         _after_resolution),
    Rule("opening", "'opened' only a centre, a base, an office", "The market opened in 2004.",
         _names_an_institution),
    Rule("demand", "a demand only that a force leave or stop", "The union demanded in June 2014 higher wages.",
         _demands_a_departure),
    Rule("depart", "'leave', 'departure' not as nouns ('on leave')", "He went on leave in May 2014.",
         _not_a_leave_noun),
    Rule("council_change", "a change of strength only with the Council or a resolution before it, not asked of it",
         "In May 2004 the Secretary-General asked the Security Council to boost the capacity of UNOCI.",
         _council_changes),
    Rule("gone", "'gone' only after a form of 'be'", "The snow had gone by March 2014.", _after_be),
    Rule("struck", "'struck' only after a form of 'be'", "The deal struck in May 2014 held.", _after_be),
    Rule("light", "'planned for' only after a form of 'be'", "The meeting planned for 3 May 2014 was cancelled.",
         _light_after_be),
))}
