"""Stage 2, vetoes: what marks a candidate as no contribution (``VETOES``, in order: casualties, an authorised
strength, a request, a national army, a total drawn from many countries ...). A veto drops the candidate and the
trace records its name (``rules.tracing``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract import lexicon, personnel
from pipeline.extract.contrib.rules import Rule, check_table, note
from pipeline.extract.contrib.vetoes_wholes import (
    _veto_component_size,
    _veto_many_nations,
    _veto_mission_size,
    _veto_more_things,
    _veto_size_per_group,
)
from pipeline.extract.regex_trie import word_trie

if TYPE_CHECKING:
    from pipeline.extract.contrib.context import Candidate, SentenceContext

# Matched on lower-cased text, as a prefix tree (several times faster than an alternation with IGNORECASE).
_CASUALTY = re.compile(r"\b(?:" + word_trie(lexicon.words("casualty")) + r"|lost(?!\s+contact))\b")


_AUTHORISED = re.compile(
    r"\b(?:authori[sz](?:ed|es|ing|ation)|ceiling|mandated (?:strength|size)|maximum strength|full strength|"
    r"authorized strength|troop strength of|strength of|capped at|cap of)\b",
    re.IGNORECASE,
)


# Not a request answered: "At the request of the United Nations, Japan dispatched four civilian police officers",
# "In response to a request from the United Nations, Japan dispatched two civilian police officers", "On the
# request of the Secretary-General ... we immediately made available ... over 600 men" (real dev).
_REQUEST = re.compile(
    r"\b(?:ask(?:ed|s|ing)?|request(?:ed|s|ing)?(?!\s+(?:of|from)\b)|needs?|needed|seek(?:s|ing)?|sought|looking for|call(?:ed|s)? for|"
    r"appeal(?:ed|s)? for|short of|lacks?|lacking)\b",
    re.IGNORECASE,
)


# Personnel being made ready, not yet contributed: "100 police officers have been trained for deployment".
_NOT_YET = re.compile(r"\b(?:(?:have|has|had)\s+been|were|was|are\s+being|being)\s+(?:trained|recruited|screened)\b|"
                      r"\btrained\s+for\b|"
                      # Trainees, not a contingent: "China will train 2,000 peacekeepers from other countries".
                      r"\b(?:will|to|would|shall|and)\s+(?:help\s+)?train\b|\btrain(?:s|ed|ing)\s+(?:up\s+to\s+)?(?=\d)",
                      re.IGNORECASE)


# The words ``_FORCE_SIZE`` needs, for a cheap test of a whole sentence.
_FORCE_SIZE_WORDS = re.compile(r"\b(?:armed\s+forces|army|military|defen[cs]e\s+forces?)\b", re.IGNORECASE)


# A military exercise, not a peace operation: "The exercise involved 760 Chinese troops".
_EXERCISE = re.compile(r"\b(?:exercises?|drills?|war\s+games|manoeuvres|maneuvers)\b", re.IGNORECASE)


# A country's forces as a whole: "Gambia's armed forces number only about 2,500 personnel".
_FORCE_SIZE = re.compile(
    r"\b(?:armed\s+forces|army|military|defen[cs]e\s+forces?)\s+(?:now\s+|currently\s+|only\s+)?"
    r"(?:numbers?|totals?|stands?\s+at|comprises?)\s+(?:(?:only|about|some|around|roughly|nearly|just|over)\s+)*$",
    re.IGNORECASE)


# A country's own armed forces, not a contingent abroad: "The Nepali Army has 95,000 active soldiers".
_NATIONAL_FORCE = re.compile(
    r"\b(?:active(?:[\s-]duty)?|standing army|under arms|reservists?|reserve|conscripts?|paramilitar(?:y|ies))\b",
    re.IGNORECASE,
)


# "Each of the 12 Nepali battalions has 850 soldiers": a size per unit, not a contribution.
_DISTRIBUTIVE = re.compile(r"\b(?:each|every)\s+(?:of\s+|[a-z]+\s+(?:has|have|had|is|was|numbers|comprises))",
                           re.IGNORECASE)


_EACH_AFTER = re.compile(r"\s+each\b", re.IGNORECASE)


_UNITS_OF = re.compile(r"\b(?:" + personnel.UNIT_RE.pattern + r")\s+of\s+(?:some\s+|about\s+|around\s+)?$",
                       re.IGNORECASE)


# "22,000 personnel from six countries": a total drawn from several countries is nobody's contribution.
_MANY_SENDERS_AFTER = re.compile(
    # "12,000 troops and 1,700 police from dozens of countries": both figures are the mission's.
    r"(?:\s+and\s+(?:about\s+|some\s+|around\s+|nearly\s+)?\d[\d,]*\s+[\w-]+(?:\s+[\w-]+)?)?"
    r"[\s,]+(?:(?:drawn|coming|contributed)\s+)?(?:from|by)\s+(?:more\s+than\s+|over\s+|some\s+|about\s+|around\s+|"
    r"nearly\s+|almost\s+|at\s+least\s+|up\s+to\s+)?(?:\d+|"
    + lexicon.alternation(lexicon.number_words_between(2, 12)) + r"|[a-z]+teen|"
    + lexicon.alternation(lexicon.number_words_between(20, 20, (30, 40, 50, 60)))
    + r"|a\s+dozen|dozens\s+of|several|many|various|different|"
    r"numerous)\s+(?:other\s+|different\s+|(?:troop-|police-)?contributing\s+|member\s+|african\s+|"
    r"european\s+|asian\s+)?(?:countries|nations|states)\b",
    re.IGNORECASE,
)


_OF_THE_BEFORE = re.compile(r"\bof\s+(?:the|its|their|this|that)\s+$", re.IGNORECASE)



# -- the veto table: what marks a candidate as no contribution ------------------------------------------------------
# Each searched near the figure only when its sentence has it at all (``SentenceContext.in_sentence``: one search
# per sentence instead of one per figure, most sentences have none).

def _veto_unit_named(sc: SentenceContext, c: Candidate) -> bool:
    return c.rule == "unit_size" and \
        _OF_THE_BEFORE.search(sc.text, max(c.clause[0], c.q.start - 12), c.q.start) is not None and \
        any(c.clause[0] <= f_end <= c.q.start for _, f_end in sc.figures)


def _veto_casualty(sc: SentenceContext, c: Candidate) -> bool:
    start = sc.sent.start
    return sc.in_sentence(_CASUALTY) and _CASUALTY.search(sc.lowered, c.lo - start, c.hi - start) is not None


# A strength that is a national contingent's, not a mission's ceiling: "the total strength of the South African
# contingent was 1,045" (real dev r9_014), "With the current strength of more than 330 peacekeepers, the Korean
# contingent to UNIFIL" (r9_016), "increase the strength of the Finnish contingent in the FCR to about 200" (r6_017),
# "the UNIFIL operation in which Finland has a strength of around 200 persons" (r8_079). Not "The TMG's strength
# of approximately 250 personnel", "ONUMOZ had a strength of 6,108 troops".
_BARE_STRENGTH = re.compile(r"(?:troop\s+)?strength\s+of", re.IGNORECASE)
_CONTINGENT_AFTER = re.compile(r"\s+contingent\b", re.IGNORECASE)
_HAS_A_STRENGTH = re.compile(r"\s+(?:has|had|have)\s+a\s+strength\s+of\b", re.IGNORECASE)


def _national_strength(sc: SentenceContext, c: Candidate) -> bool:
    """Whether the clause gives a country's contingent its strength: "the <country> contingent" in the clause, or
    "<country> has a strength of"."""
    return any(c.clause[0] <= k.start and k.end <= c.clause[1] and
               (_CONTINGENT_AFTER.match(sc.text, k.end) or _HAS_A_STRENGTH.match(sc.text, k.end))
               for k in sc.countries)


def _veto_authorised(sc: SentenceContext, c: Candidate) -> bool:
    if not sc.in_sentence(_AUTHORISED):
        return False
    m = _AUTHORISED.search(sc.text, c.clause[0], min(c.clause[1], c.np_end + 30))
    return m is not None and not (_BARE_STRENGTH.fullmatch(m.group()) and _national_strength(sc, c))


def _veto_size_per_unit(sc: SentenceContext, c: Candidate) -> bool:
    return _EACH_AFTER.match(sc.text, c.np_end) is not None and \
        _UNITS_OF.search(sc.text, max(c.clause[0], c.q.start - 40), c.q.start) is not None


def _veto_national_force(sc: SentenceContext, c: Candidate) -> bool:
    return sc.in_sentence(_NATIONAL_FORCE) and _NATIONAL_FORCE.search(sc.text, c.np_start, c.np_end) is not None


def _veto_distributive(sc: SentenceContext, c: Candidate) -> bool:
    return sc.in_sentence(_DISTRIBUTIVE) and _DISTRIBUTIVE.search(sc.text, c.clause[0], c.np_start) is not None


def _veto_not_yet(sc: SentenceContext, c: Candidate) -> bool:
    return sc.in_sentence(_NOT_YET) and _NOT_YET.search(sc.text, c.lo, c.hi) is not None


def _veto_many_senders(sc: SentenceContext, c: Candidate) -> bool:
    return _MANY_SENDERS_AFTER.match(sc.text, c.np_end, sc.sent.end) is not None


def _veto_exercise(sc: SentenceContext, c: Candidate) -> bool:
    return sc.in_sentence(_EXERCISE) and _EXERCISE.search(sc.text, c.clause[0], c.clause[1]) is not None


def _veto_force_size(sc: SentenceContext, c: Candidate) -> bool:
    return sc.in_sentence(_FORCE_SIZE_WORDS) and _FORCE_SIZE.search(sc.text, c.clause[0], c.np_start) is not None


def _veto_request(sc: SentenceContext, c: Candidate) -> bool:
    return c.clause_status(sc.text)[0] not in ("offered", "pledged") and \
        _REQUEST.search(sc.text, c.clause[0], c.np_start) is not None


# A mission's or a force's whole size after a change: "to boost UN force numbers to almost 10,000" (r1_001),
# "bringing the operation's uniformed strength to nearly 4,500" (r1_017), "which would bring the size of the UN
# Mission close to the 17,500 military personnel" (r5_025), "bringing the total number of troops by the end of
# November to over 12,000" (r7_010). Not a country's own ("the strength of the Finnish contingent", "its total",
# "bringing to 400 the number of Kenyans"): no country named between, no possessive.
_MISSION_TOTAL = re.compile(
    r"\b(?:bring|brings|bringing|brought|boost(?:s|ed|ing)?|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|"
    r"mak(?:e|es|ing))\b[^.;:\d]{0,60}?\b(?:numbers?|strength|size|total(?:\s+force)?|total\s+number\s+of\s+"
    r"(?:troops|personnel|peacekeepers|forces))\b[^.;:\d]{0,50}$",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"\b(?:its|their|our|his|her)\b", re.IGNORECASE)


def _veto_mission_total(sc: SentenceContext, c: Candidate) -> bool:
    if not sc.in_sentence(_MISSION_TOTAL_WORDS):
        return False
    m = _MISSION_TOTAL.search(sc.text, max(c.clause[0], c.q.start - 140), c.q.start)
    return m is not None and _POSSESSIVE.search(m.group()) is None and \
        not any(m.start() <= k.start < c.q.start for k in sc.countries)


_MISSION_TOTAL_WORDS = re.compile(r"\b(?:numbers?|strength|size|total)\b", re.IGNORECASE)


# The parts of a total serving overseas by armed service: "Of the 439 personnel serving overseas, 427 are Army, 2 are
# Naval Service and 10 are Air Corps personnel" (real dev r6_014), "The breakdown of the 417 Irish Defence Forces
# personnel currently serving overseas is 376 Army, 32 Air Corps and 9 Naval Service" (r8_001): a national total
# over all missions split by service, not contributions (gold keeps the total only). A unit's make-up in one mission
# stays: "a Movement Control Group comprising seven RAN, 16 Army and seven RAAF personnel joined UNTAC" (r2_022).
_BRANCH_AFTER = re.compile(r"\s+(?:(?:are|is)\s+)?(?:" + lexicon.alternation(lexicon.words("service_branches")) +
                           r")\b(?!\s+(?:of|in|and\s+police)\b)", re.IGNORECASE)
_OVERSEAS_WORDS = re.compile(r"\b(?:overseas|abroad)\b", re.IGNORECASE)


def _veto_service_breakdown(sc: SentenceContext, c: Candidate) -> bool:
    return _BRANCH_AFTER.match(sc.text, c.q.end, c.clause[1]) is not None and sc.in_sentence(_OVERSEAS_WORDS) and \
        not any(m.acronym for m in sc.missions)


VETOES = check_table((
    Rule("unit_named", "'the remaining 520 members of the 700-strong battalion': the unit named, not a new figure",
         _veto_unit_named),
    Rule("casualty", "casualties, the dead honoured, people held or freed near the figure", _veto_casualty),
    Rule("authorised", "an authorised strength, a ceiling: 'authorised to deploy up to 12,000'", _veto_authorised),
    Rule("mission_total", "a mission's or force's whole size after a change: 'to boost UN force numbers to almost "
         "10,000', 'bringing the operation's uniformed strength to nearly 4,500'", _veto_mission_total),
    Rule("size_per_unit", "'two units of 140 officers each': a size per unit", _veto_size_per_unit),
    Rule("national_force", "a country's own forces: 'The Nepali Army has 95,000 active soldiers'",
         _veto_national_force),
    Rule("distributive", "'Each of the 12 Nepali battalions has 850 soldiers': a size per unit", _veto_distributive),
    Rule("not_yet", "personnel being made ready: '100 police officers have been trained for deployment'",
         _veto_not_yet),
    Rule("many_senders", "'22,000 personnel from six countries': a total nobody contributes alone",
         _veto_many_senders),
    Rule("many_nations", "the size of a force of many nations: '3500 troops of 9 different nationalities', 'the "
         "73-nation force of 18,000 personnel' (real dev r10_049, r8_006, r4_004)", _veto_many_nations),
    Rule("component_size", "the size of a mission's component: 'The police component has 65 personnel' (real dev "
         "r10_085, r2_022, r10_009, r1_002)", _veto_component_size),
    Rule("mission_size", "what a mission or a force as a whole consists of: 'a mission for Liberia consisting of up "
         "to 15,000 military personnel' (real dev r1_023, r4_011, r6_013, r4_007)", _veto_mission_size),
    Rule("size_per_group", "the size of each of several groups: 'in two groups of five', 'four ... companies, each "
         "consisting of about 100 personnel' (real dev r2_037, r8_111)", _veto_size_per_group),
    Rule("more_things", "'will have one more feather in its cap': a noun after 'N more' is what the figure counts "
         "(real dev r10_042, r10_043)", _veto_more_things),
    Rule("exercise", "a military exercise: 'The exercise involved 760 Chinese troops'", _veto_exercise),
    Rule("force_size", "a country's forces as a whole: 'Gambia's armed forces number only about 2,500'",
         _veto_force_size),
    Rule("request", "a request, a need: 'the UN asked for 3,000 more troops' (not an offer or pledge)",
         _veto_request),
    Rule("service_breakdown", "the parts of a total serving overseas by armed service: '376 Army, 32 Air Corps "
         "and 9 Naval Service' (real dev r6_014, r8_001)", _veto_service_breakdown),
))


def veto(sc: SentenceContext, c: Candidate) -> str | None:
    """The name of the first veto that holds for the candidate, else None."""
    for rule in VETOES:
        if rule.fn(sc, c):
            note("veto", rule.name, rule.name, c.q.start)
            return rule.name
    return None
