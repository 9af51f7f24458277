"""Vetoes: dates that date no happening (``DATE_VETOES``, tried before any trigger is bound) and dates
bound to a trigger that still give no row (``BOUND_VETOES``: a statement, a tally since a date, a ceremony, a presence
without a 'since' date, a second date of one happening). The first veto that holds drops the date; the trace
records its name.

Which dates are not events. Citations (the date is followed by ``p. 8``, a URL or *accessed*, sits in a
parenthesis after a publisher's colon, or follows a quoted title or a newspaper's name), datelines
(``NEW YORK, May 22 (Reuters) -``) and *published/updated* stamps, dates inside a quoted title in Title
Case, comparisons (``as many as it had in 2000``, ``than in 2012``, ``compared with 2011``), dates used as
adjectives of a noun (``Beijing's 2004 expansion``, ``the 24 December 2013 resolution``), decades, dates of a
state (``as of December 2020``), and ``until`` dates (``extended the mandate until 31 August 2014`` bounds a
state, it dates no happening); a year in parentheses after a document's number (``2687 (2023)``,
``COMM.1068 (2022)``). A date that qualifies an event noun dates that event (``seized power in a 1994 coup``,
``after the Dec. 1 election``: other; ``the 2012 attacks``: attack; ``the 2011 invasion``: intervention), and
the date of a resolution (``resolution 2098 of 28 March 2013``) dates a mandate, whatever the verb. A
``since`` date does not date a tally of victims (``53 soldiers have been killed since 2013``, ``lost their
lives since``, ``the 71 missions established since 1948``) nor a ceremony (``paid tribute to those who have
died since 1978``); attacks that go on do (``armed groups have killed 500 civilians since 2016``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from pipeline.extract.ev.chronology import colon_entry
from pipeline.extract.ev.common import Trigger
from pipeline.extract.ev.rules import Rule, check_table, note
from pipeline.extract.types import DateMention, Sentence

if TYPE_CHECKING:
    from pipeline.extract.ev.context import SentenceContext

# ---------------------------------------------------------------------------------------------------------

_CITATION_AFTER = re.compile(
    r"(?i)[\s)\]]*[,.;]?\s*(?:pp?\.\s*\d|https?://|www\.|accessed|retrieved|available\s+(?:at|from)|URL\b)"
)
_PUBLICATION = (
    r"(?:Times|Post|News|Journal|Herald|Guardian|Telegraph|Reuters|AFP|AP|Press|Review|Report|Monitor|Agency"
    r"|Institute|Tribune|Gazette|Economist|Daily|Magazine|Radio|Television|BBC|CNN|Xinhua|Bulletin|Quarterly"
    r"|Affairs|Studies|Policy|Paper|Papers|Brief|Briefing|Online|Standard|Chronicle|Observer|Express|Mail)"
)
_CITATION_BEFORE = re.compile(
    rf"(?:[”\"]\s*,?\s*(?:\(?[A-Z][\w.&'’-]*\)?\s*){{1,7}},\s*"
    rf"|,\s*(?:The\s+)?(?:[A-Z][\w.&'’-]*\s+){{0,4}}{_PUBLICATION}\s*(?:\([^()]{{1,30}}\)\s*)?,\s*)$"
)
_PUBLISHED_STAMP = re.compile(r"(?i)\b(?:published|updated|posted|issued|dated|last\s+modified)\s*:?\s*(?:on\s*)?$")
_DATELINE_BEFORE = re.compile(r"\W*(?:[A-Z][A-Za-z.'’/-]*\s*){1,4},\s*$|\W*$")
_DATELINE_AFTER = re.compile(r"(?:,?\s*\d{4})?\s*(?:\([^)]{1,40}\)\s*)?[-–—:]")
_COMPARISON_HINT = re.compile(r"(?i)\b(?:as|than|compared|from|relative|levels?)\b")
_COMPARISON_BEFORE = re.compile(
    r"(?i)\b(?:as\s+(?:many|much|few|little|high|large)\s+as|than|compared\s+(?:with|to)|up\s+from|down\s+from"
    r"|relative\s+to|levels?\s+of)\s+(?:[a-z’']+\s+){0,3}?(?:(?:in|on|at|by|during)\s+)?$"
)
_ADJECTIVE_BEFORE = re.compile(r"(?i)(?:\b(?:the|a|an|its|their|his|her|this|that|these|those|our)|['’]s)\s+$")
_ADJECTIVE_AFTER = re.compile(r"\s+[a-z]")
_STATE_DATE_BEFORE = re.compile(r"(?i)\bas\s+(?:of|at|on)\s+$")
_TITLE_WORD = re.compile(r"\b[A-Za-z][\w’'-]{3,}")
# A date used as the adjective of an event noun dates that event: "seized power in a 1994 coup", "after the
# Dec. 1 election", "the 1994 genocide".
# Up to two names may stand between: "the 2006 Lebanon War" (r4_001), "the 1994 Rwandan genocide" (r4_014), "the
# 1974 Greek Cypriot coup" (r10_087), "the 1956 Suez Canal Crisis" (r9_097).
_EVENT_NOUN_AFTER = re.compile(
    # (famines and the collapse of a state are other: guide E3; real dev r4_004 "the 1992 famine", "the 1991 collapse";
    # a genocide is a massacre: r4_014, r9_056)
    r"\s+(?:(?P<other>(?:[A-Z][\w'’-]+\s+){0,2}?(?i:coups?|elections?|referendum|uprising|revolution|war|crisis"
    r"|independence|earthquake|famines?|collapse)"
    # "the 1974 Disengagement Agreement", "the 2015 peace accord"
    r"|(?:[A-Z][\w-]+\s+|peace\s+){0,2}?(?:[Aa]greements?|[Aa]ccords?|[Tt]reaty|[Cc]ease-?fire))"
    r"|(?P<attack>(?:[A-Z][\w'’-]+\s+){0,2}?(?i:attacks?|massacres?|bombings?|ambush|genocide))"
    r"|(?P<intervention>(?:[A-Z][\w'’-]+\s+){0,2}?(?i:invasion|offensive|intervention))"
    # "since its December 2000 deployment", "the 2016 withdrawal"
    r"|(?P<deployment>deployment|arrival)|(?P<withdrawal>withdrawal|pull-?out|repatriation))\b"
)
# A year in parentheses after a document's number: "resolutions 2628 (2022) of ... and 2687 (2023)",
# "[PSC/PR/COMM.1068 (2022)]".
_DOCUMENT_NUMBER_BEFORE = re.compile(r"[\d.]\d\)?\s*\($")
# The year of a law's title or number: "the Defence (Amendment) (No. 2) Act, 1960 (No. 44 of 1960)" (r3_022), "Act
# 1960", "Act 2006" (r3_006).
_ACT_BEFORE = re.compile(r"\bAct,?\s*$|\bNo\.\s*\d+\s+of\s+$")
# Two dates of one happening: "withdrew ... in 2021 and 2022", "in March and April".
_DATE_PAIR_GAP = re.compile(r"(?i)\s*(?:,|and|or|,\s*and)\s*(?:in\s+|on\s+)?")
# A demand's deadline: "asked the mission to complete the withdrawal ... by December 31".
_DEADLINE_BEFORE = re.compile(r"(?i)\b(?:by|before|no\s+later\s+than)\s+(?:the\s+end\s+of\s+)?$")
_PLURAL_BEFORE = re.compile(r"[a-z]{3,}s\s+$")
_ACTIVE_PERFECT = re.compile(r"(?i)\b(?:have|has|had)\s+$")

class _DateView(NamedTuple):
    """A date of a sentence, with the text before it in the sentence (computed once for all the vetoes)."""

    text: str
    sentence: Sentence
    d: DateMention
    clause_start: int
    before: str


def _veto_until(v: _DateView) -> bool:
    return v.d.kind == "until"


def _veto_decade(v: _DateView) -> bool:
    d = v.d
    return d.kind == "span" and d.end_date is not None and d.surface.rstrip().endswith("s") \
        and d.date.value.year % 10 == 0 and d.end_date.value.year - d.date.value.year == 9


def _veto_citation_after(v: _DateView) -> bool:
    return _CITATION_AFTER.match(v.text, v.d.end, v.sentence.end + 40) is not None


# (Cheap guards before the regexes anchored at the end, which try every position of their window.)
def _veto_citation_before(v: _DateView) -> bool:
    return v.before.rstrip().endswith(",") and _CITATION_BEFORE.search(v.before[-120:]) is not None


# "A request dated 5 February 1996" (r5_018), "the 1297 U.N. Resolution, dated on the 12th of May 2000" (r9_021): a
# document's own date after its noun, no stamp of the page.
_DOCUMENT_DATED = re.compile(r"(?i)\b(?:requests?|resolutions?|letters?|notes?|decisions?|agreements?|memorand\w+"
                             r"|messages?|orders?)\s*,?\s+dated\s*(?:on\s+)?(?:the\s+)?$")


def _veto_published_stamp(v: _DateView) -> bool:
    before = v.before[-40:]
    return v.d.start - v.sentence.start <= 80 and _PUBLISHED_STAMP.search(before) is not None \
        and _DOCUMENT_DATED.search(before) is None


def _veto_publisher(v: _DateView) -> bool:
    open_paren = v.before.rfind("(")
    return open_paren > v.before.rfind(")") and ":" in v.before[open_paren:]


def _veto_dateline(v: _DateView) -> bool:
    return v.d.start - v.sentence.start <= 60 and _DATELINE_BEFORE.fullmatch(v.before) is not None \
        and _DATELINE_AFTER.match(v.text, v.d.end, v.sentence.end) is not None and not colon_entry(v.text, v.d)


def _veto_comparison(v: _DateView) -> bool:
    window = v.text[max(v.clause_start, v.d.start - 80):v.d.start]
    return _COMPARISON_HINT.search(window) is not None and _COMPARISON_BEFORE.search(window) is not None


def _veto_state_date(v: _DateView) -> bool:
    return _STATE_DATE_BEFORE.search(v.before[-12:]) is not None


def _veto_document_number(v: _DateView) -> bool:
    return _DOCUMENT_NUMBER_BEFORE.search(v.before[-12:]) is not None \
        or (v.d.date.precision == "year" and _ACT_BEFORE.search(v.before[-14:]) is not None)


def _veto_adjective(v: _DateView) -> bool:
    return v.d.kind == "point" and _ADJECTIVE_BEFORE.search(v.before[-12:]) is not None \
        and _ADJECTIVE_AFTER.match(v.text, v.d.end) is not None and not _EVENT_NOUN_AFTER.match(v.text, v.d.end)


# An infobox field that only cites or counts: "Partof: the Indonesian invasion of East Timor and the 1999 East
# Timorese crisis" (r4_005), "Partof: the 2016–2017 Gambian constitutional crisis" and "Casualties3: ... (2022)"
# (r4_010): the war a page belongs to and its losses are no happening of the page's operation.
_CONTEXT_FIELD = re.compile(r"[ \t]*-?[ \t]*(?:Part\s?of|Casualties|Strength)\d*\s*:")
# A deadline of a plan: "stated its intent to complete its withdrawal by 2015" (r3_043), "was to have been
# completed by October 2004" (r6_009), "decided to undertake a fundamental review of the mandate of UNOSOM by
# February 1994" (r5_012): the 'by' date of an infinitive is no happening's. Not a demand's deadline ("asked the
# mission to complete the withdrawal by 30 June": bind.deadline), nor a modal's (a plan kept as planned).
_PLAN_BEFORE = re.compile(r"\b[Tt]o\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|some|all|about|over)\b)"
                          r"(?:have\s+been\s+)?[a-z]+")  # "to complete", not "to the Central African Republic"
_DEMAND_BEFORE = re.compile(r"(?i)\b(?:ask|demand|order|request|call|urg|instruct)")


def _veto_context_field(v: _DateView) -> bool:
    line_start = v.text.rfind("\n", 0, v.d.start) + 1
    return _CONTEXT_FIELD.match(v.text, line_start, v.d.start) is not None


def _veto_plan_deadline(v: _DateView) -> bool:
    return _DEADLINE_BEFORE.search(v.before[-24:]) is not None \
        and _PLAN_BEFORE.search(v.text, v.clause_start, v.d.start) is not None \
        and _DEMAND_BEFORE.search(v.before) is None


def _veto_title(v: _DateView) -> bool:
    return _in_title(v.text, v.sentence, v.d)


# Dates that date no happening, in order; the first veto that holds drops the date before any trigger is bound.
DATE_VETOES = check_table((
    Rule("until", "an 'until' date bounds a state", "The Council extended the mandate until 31 August 2014.",
         _veto_until),
    Rule("decade", "a decade is too vague to date an event", "Peacekeepers deployed in the 1990s.", _veto_decade),
    Rule("citation_after", "a citation: the date is followed by 'p. 8', a URL or 'accessed'",
         "Troops deployed, Reuters, 5 May 2013, p. 8.", _veto_citation_after),
    Rule("citation_before", "a citation: the date follows a quoted title or a newspaper's name",
         "Smith, \u201cTroops deployed,\u201d The Guardian, 3 May 2013.", _veto_citation_before),
    Rule("published_stamp", "a 'published'/'updated' stamp", "Published on 12 March 2014: Troops deployed to Mali.",
         _veto_published_stamp),
    Rule("publisher", "a date in a parenthesis after a publisher's colon",
         "Troops deployed (Stockholm, Sweden: SIPRI, November 2009).", _veto_publisher),
    Rule("dateline", "a news dateline", "NEW YORK, May 22 (Reuters) - Troops deployed.", _veto_dateline),
    Rule("comparison", "a comparison: 'as many as in 2000', 'than in 2012', 'compared with 2011'",
         "Nepal has more troops deployed than in 2012.", _veto_comparison),
    Rule("state_date", "'as of December 2020': the date of a state", "As of December 2020, Ghana deployed 2,000.",
         _veto_state_date),
    Rule("document_number", "a year in parentheses after a document's number, or the year of a law's title ('Act, "
         "1960')",
         "The Council renewed the mandate by resolutions 2628 (2022) of 31 March 2022 and 2687 (2023).",
         _veto_document_number),
    Rule("adjective", "a date used as the adjective of a noun that is no event",
         "Beijing's 2004 expansion was deployed.", _veto_adjective),
    Rule("context_field", "an infobox field that cites or counts ('Partof:', 'Casualties:', 'Strength:')",
         "- Partof: the Indonesian invasion of East Timor and the 1999 East Timorese crisis", _veto_context_field),
    Rule("plan_deadline", "the 'by' date of an infinitive (not a demand's): a plan's deadline",
         "Then in July 2010 Poland stated its intent to complete its withdrawal by 2015.", _veto_plan_deadline),
    Rule("title", "a date inside a quoted title in Title Case",
         "Troops deployed, says \u201cPeacekeeping Operations in 2013,\u201d a report.", _veto_title),
))


def date_veto(text: str, sentence: Sentence, d: DateMention, clause_start: int) -> str | None:
    """The name of the first date veto that holds (recorded in the trace), else None."""
    view = _DateView(text, sentence, d, clause_start, text[sentence.start:d.start])
    for rule in DATE_VETOES:
        if rule.fn(view):
            note("date_veto", rule.name, pos=d.start)
            return rule.name
    return None


def _in_title(text: str, sentence: Sentence, d: DateMention) -> bool:
    """The date sits inside a quoted title in Title Case ("“Peacekeeping in 2013,” Journal")."""
    before = text[sentence.start:d.start]
    opening = max(before.rfind("“"), before.rfind('"'))
    if opening < 0 or before.rfind("”") > opening:
        return False
    after = text[d.end:sentence.end]
    closing = min((i for i in (after.find("”"), after.find('"')) if i >= 0), default=-1)
    if closing < 0:
        return False
    quoted = before[opening + 1:] + " " + after[:closing]
    words = _TITLE_WORD.findall(quoted)
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _is_tally(text: str, sentence_start: int, trigger: Trigger) -> bool:
    """ "have been killed", "peacekeepers killed in hostile acts": victims counted (over a "since" span), unlike
    attacks that go on ("attacks have killed 1,000 civilians since 2014", "have attacked positions since August")."""
    word = text[trigger.start:trigger.end].lower()
    before = text[max(sentence_start, trigger.start - 12):trigger.start]
    if word.startswith("lost"):
        return True
    if word.startswith(("kill", "wound", "injur")):
        return _ACTIVE_PERFECT.search(before) is None
    # "71 missions established since 1948": a participle after a plural noun counts what it names
    return word.endswith("ed") and " " not in word and _PLURAL_BEFORE.search(before) is not None


def _veto_statement(sc: SentenceContext, d: DateMention, t: Trigger, previous: tuple | None) -> bool:
    return t.event_type == "statement"


def _veto_since_ceremony(sc: SentenceContext, d: DateMention, t: Trigger, previous: tuple | None) -> bool:
    return d.kind == "since" and t.rule == "ceremony"


# The ceremony trigger's meetings ("held a meeting with", "a summit was held") are happenings; the rest of it
# (tributes, wreaths, commemorations, honours, medals awarded, parades and services held, days and anniversaries
# marked) are ceremonies, which the guide's events exclude.
_MEETING = re.compile(r"(?i)\b(?:meeting|conference|summit|session|debate|talks)\b")


def _veto_ceremony(sc: SentenceContext, d: DateMention, t: Trigger, previous: tuple | None) -> bool:
    """The date in the ceremony's clause or after it ("We commemorated in this nation last week, on 14 September,
    the 60th anniversary", r11_048); not a date before it that the ceremony recalls ("celebrates the founding of the
    People's Liberation Army in 1927, and soldiers ... are commemorating the event", r2_049)."""
    return t.rule == "ceremony" and (d.start > t.start or sc.clauses.of(d.start) == sc.clauses.of(t.start)) \
        and _MEETING.search(sc.text, t.start, t.end) is None


def _veto_since_tally(sc: SentenceContext, d: DateMention, t: Trigger, previous: tuple | None) -> bool:
    return d.kind == "since" and _is_tally(sc.text, sc.sentence.start, t)


def _veto_presence_without_since(sc: SentenceContext, d: DateMention, t: Trigger, previous: tuple | None) -> bool:
    return t.rule == "presence_since" and d.kind != "since"


def _veto_date_pair(sc: SentenceContext, d: DateMention, t: Trigger, previous: tuple | None) -> bool:
    return previous is not None and previous[1] == t \
        and _DATE_PAIR_GAP.fullmatch(sc.text, previous[0].end, d.start) is not None


# A happening still to come, right before its verb or noun: "are expected to arrive", "is due to deploy", "will
# begin to deploy", "expecting the arrival of", "a larger deployment due later this month" (guide: future
# happenings are no events). Not "would" (reported speech of a past decision) and not pledges or mandates, whose
# announcement is the happening.
# An adverb may come between ("are also scheduled to start arriving in Sierra Leone this week", r8_118), and
# "begin"/"start" take a gerund as well as an infinitive.
_FUTURE_VERB_BEFORE = re.compile(
    r"(?i)\b(?:(?:is|are|was|were|be|been)\s+(?:(?:also|now|still|already|\w+ly)\s+)?(?:expected|due|scheduled|set"
    r"|slated|poised|planned)\s+to|expect(?:s|ed|ing)?\s+(?:[\w’'-]+\s+){1,5}?to|due\s+to)"
    r"\s+(?:\w+ly\s+)?(?:(?:begin|start)\s+(?:to\s+)?|be\s+)?$"
)
_FUTURE_NOUN_BEFORE = re.compile(r"(?i)\bexpect(?:s|ed|ing)?\s+(?:the|an?)\s+$")
_FUTURE_NOUN_AFTER = re.compile(r"(?i)\s+(?:(?:is|are)\s+)?(?:due|expected|scheduled)\b(?!\s+to\b)")
_ANNOUNCED_BEFORE = re.compile(r"(?i)\b(?:announc|decid|decision|agree)")
_FUTURE_TYPES = frozenset({"deployment", "withdrawal", "handover", "other"})


def _veto_future(sc: SentenceContext, d: DateMention, t: Trigger, previous: tuple | None) -> bool:
    if t.event_type not in _FUTURE_TYPES or t.rule == "ceremony":
        return False
    text = sc.text
    a = sc.clauses.of(t.start)[0]
    before = text[max(a, t.start - 60):t.start]
    if _ANNOUNCED_BEFORE.search(before):
        return False  # "announced their plans to withdraw in 2009": the announcement is dated
    return _FUTURE_VERB_BEFORE.search(before) is not None or _FUTURE_NOUN_BEFORE.search(before) is not None \
        or _FUTURE_NOUN_AFTER.match(text, t.end, sc.sentence.end) is not None


# A light verb of arrangement in the present: "An additional 350 Kenyan soldiers are due in Sierra Leone this week",
# "the first members of the Indian contingent are expected on Tuesday" (r8_118), "the inauguration ... which is
# slated for February" (r8_025): what is arranged is still to come (guide E2); "was planned for" stays (the past of
# a plan, "took place" is no arrangement).
_ARRANGEMENT = ("planned", "scheduled", "slated", "due", "set", "expected")
_PRESENT_BE_BEFORE = re.compile(r"(?i)\b(?:is|are|am|will\s+be)\s+(?:(?:also|now|still|\w+ly)\s+)?$")


def _veto_arrangement(sc: SentenceContext, d: DateMention, t: Trigger, previous: tuple | None) -> bool:
    text = sc.text
    return t.rule == "light" and text[t.start:t.end].lower().startswith(_ARRANGEMENT) \
        and _PRESENT_BE_BEFORE.search(text, max(sc.sentence.start, t.start - 30), t.start) is not None


# Dates bound to a trigger that still date no happening, in order (``previous``: the date and trigger of the
# sentence's last row).
def _veto_request_elsewhere(sc: SentenceContext, d: DateMention, trigger: Trigger, previous: tuple | None) -> bool:
    """A request takes no date of a later clause: "In response to France's request for assistance dating to
    November 2015, Finland will expand its participation ... between 1 April 2017 and 31 August 2018" (r9_055): the
    later date is the expansion's, not the request's."""
    return trigger.rule == "request_noun" and sc.clauses.index(d.start) > sc.clauses.index(trigger.start)


BOUND_VETOES = check_table((
    Rule("statement", "a statement, a threat, a vow, a birth: the date dates no happening",
         "The minister said on Monday that the troops were safe.", _veto_statement),
    Rule("since_ceremony", "a ceremony for those who died since a date", "The mission paid tribute to those who "
         "have died since 1978.", _veto_since_ceremony),
    Rule("ceremony", "a ceremony in the date's own clause (a tribute, a commemoration, a medal parade, a day "
         "marked; not a meeting held): no event (guide: ceremonies, commemorations and medal parades are not events)",
         "The Force Commander honoured 800 Ghanaian peacekeepers at a medal parade on 3 May 2014.", _veto_ceremony),
    Rule("since_tally", "victims counted since a date: a tally, no one happening",
         "53 soldiers have been killed since 2013.", _veto_since_tally),
    Rule("presence_without_since", "a presence kept at a date that is no 'since' date is a state",
         "Since 2006 Ghana has kept a battalion in Lebanon, and in 2010 it kept two battalions there.",
         _veto_presence_without_since),
    Rule("future", "a happening still to come, right before its trigger: 'are expected to arrive', 'is due to "
         "deploy', 'expecting the arrival of', 'a deployment due later this month'",
         "More personnel of the same battalion comprising of 326 are expected to arrive on 14 and 15 November 2008.",
         _veto_future),
    Rule("arrangement", "a light verb of arrangement in the present ('are due in', 'are expected on', 'is slated "
         "for'): a happening still to come", "An additional 350 Kenyan soldiers are due in Sierra Leone this week.",
         _veto_arrangement),
    Rule("request_elsewhere", "a request takes no date of a later clause", "In response to France's request for "
         "assistance dating to November 2015, Finland will expand its participation in the UN's UNIFIL operation in "
         "Lebanon by around 160 soldiers between 1 April 2017 and 31 August 2018.", _veto_request_elsewhere),
    Rule("date_pair", "two dates of one happening give one row, dated by the first",
         "Sweden withdrew its troops in 2021 and 2022.", _veto_date_pair),
))


def bound_veto(sc: SentenceContext, d: DateMention, trigger: Trigger, previous: tuple | None) -> str | None:
    """The name of the first veto of ``BOUND_VETOES`` that holds (recorded in the trace), else None."""
    for rule in BOUND_VETOES:
        if rule.fn(sc, d, trigger, previous):
            note("veto", rule.name, pos=d.start)
            return rule.name
    return None
