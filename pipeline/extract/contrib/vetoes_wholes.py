"""Vetoes of figures that count something other than one sender's contribution: a force of many nations as a
whole (many_nations), a thing counted after "one more" (more_things), a mission's component (component_size), what
a mission or a force as a whole consists of (mission_size), the size of each of several groups (size_per_group).
They stand in ``vetoes.VETOES`` with the others; each comment names the real dev sentences it was written from.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract import lexicon

if TYPE_CHECKING:
    from pipeline.extract.contrib.context import Candidate, SentenceContext

_APPROX = r"(?:(?:some|about|around|roughly|nearly|approximately|almost|over|more\s+than|up\s+to|just)\s+)*"
_MANY = (r"(?:\d+|" + lexicon.alternation(lexicon.number_words_between(2, 99)) +
         r"|several|many|various|numerous|a\s+dozen|dozens\s+of|scores\s+of)")


# -- more_things: "one more feather in its cap" ---------------------------------------------------------------------
# A figure without a noun of its own read from the group named before it ("deployed 45 more", "to supply 60 more
# from UK police forces", r3_040; "followed by three more in December", r7_006) counts that group only when the
# word after "more" leaves it free; a noun there is what it counts: "will have one more feather in its cap"
# (r10_042), "has now had one more feather in its cap" (r10_043), "two more reconnaissance missions" (r9_012).
# A participle after it still counts people: "500 more committed" (r5_043).
_MORE_AFTER = re.compile(r"\s+more\b", re.IGNORECASE)


def _veto_more_things(sc: SentenceContext, c: Candidate) -> bool:
    # context imports vetoes (its casualty words): read from it when the veto first runs
    from pipeline.extract.contrib.context import _NEXT_WORD, _may_count_people

    if c.head.start != c.q.start:  # a figure with a personnel noun of its own
        return False
    more = _MORE_AFTER.match(sc.text, c.q.end, c.clause[1])
    if more is None:
        return False
    word = _NEXT_WORD.match(sc.text, more.end(), more.end() + 60)
    return word is not None and not word.group(1).endswith("ed") and not _may_count_people(sc.text, more.end())


# -- many_nations: the size of a force drawn from many nations -------------------------------------------------------
# "The Eastern Multinational Brigade led by Spain ... is made up of around 3500 troops of 9 different nationalities"
# (r10_049), "allowing Australia to integrate into the 73-nation force of 18,000 personnel" (r8_006), "The task
# force, led by 28,000 US troops, included international contributions from dozens of armed forces, totaling
# around 37,000 troops" (r4_004: the 28,000 are the United States' own, the 37,000 everyone's). The leader's or a
# member's own figure stays ("led by 28,000 US troops"; "Spain contributes with 600 men and women", r10_049).
_NATIONALITIES_AFTER = re.compile(r"[\s,]+(?:of|from)\s+" + _APPROX + _MANY + r"\s+(?:different\s+)?nationalities\b",
                                  re.IGNORECASE)
_NATION_FORCE_BEFORE = re.compile(
    r"\b" + _MANY + r"[\s-]+nations?\s+(?:force|coalition|mission|brigade|operation|contingent)\s+"
    r"(?:of|with|numbering|totall?ing)\s+" + _APPROX + r"$"
    r"|\b(?:from|of)\s+" + _MANY + r"\s+(?:other\s+|different\s+)?(?:countries|nations|armed\s+forces|contributors)\b"
    r"[^.;:]{0,40}?\b(?:totall?ing|totall?ed|in\s+all|altogether|for\s+a\s+total\s+of)\s+" + _APPROX + r"$",
    re.IGNORECASE)


# The words the many_nations patterns need, for one cheap test of the sentence (most have none).
_MANY_NATIONS_WORDS = re.compile(r"nationalities|nations?\b|countries|armed\s+forces|contributors", re.IGNORECASE)


def _veto_many_nations(sc: SentenceContext, c: Candidate) -> bool:
    if not sc.in_sentence(_MANY_NATIONS_WORDS):
        return False
    if _NATIONALITIES_AFTER.match(sc.text, c.np_end, c.clause[1]) is not None:
        return True
    return _NATION_FORCE_BEFORE.search(sc.text, max(sc.sent.start, c.q.start - 160), c.q.start) is not None


# -- component_size: the size of a mission's component ---------------------------------------------------------------
# A mission's military or police component is drawn from many countries: "The police compo- nent has 65 personnel
# (including 12 members of An Gárda Síochana)" (r10_085; the gold keeps Ireland's 12, not the 65), "UNTAC's military
# component comprised some 16,000 personnel from 32 countries" (r2_022), "reduced the military component to 3,342
# troops" (r10_009).
# A country's own figure named with it stays: "Reinforcing the UNMISS military component in South Sudan, 266
# Nepalese peacekeepers arrived in Juba" (r1_002).
# The component is the figure's subject or the thing brought to it, with nothing but its verb between: not "Brazil,
# which led MINUSTAH's military component for 13 years and rotated some 37 000 troops through the mission"
# (devset7: Brazil's own total).
_COMPONENT_BEFORE = re.compile(
    r"\b(?:military|police|civilian|uniformed|troop|observer)\s+compo-?\s?nents?\b(?:\s+of\s+[^,.;:()]{1,40}?)?\s*,?\s+"
    r"(?:(?:now|currently|then|still)\s+)?(?:has|had|have|comprised?|comprises|comprising|consist(?:s|ed)?\s+of|"
    r"numbers|numbered|totall?(?:s|ed)|stands\s+at|stood\s+at|is|was|of|to|at|with)\s+" + _APPROX + r"$",
    re.IGNORECASE)


_COMPONENT_WORD = re.compile(r"compo-?\s?nent", re.IGNORECASE)


def _veto_component_size(sc: SentenceContext, c: Candidate) -> bool:
    if not sc.in_sentence(_COMPONENT_WORD):
        return False
    m = _COMPONENT_BEFORE.search(sc.text, max(c.clause[0], c.q.start - 100), c.q.start)
    if m is None:
        return False
    return not any(m.start() <= k.start < c.np_end for k in sc.countries)


# -- mission_size: what a mission or a force as a whole consists of -------------------------------------------------
# "the Security Council's decision to establish a mission for war-shattered Liberia consisting of up to 15,000
# military personnel and up to 1,115 civilian police officers" (r1_023), "The mission, consisting of 2,870 troops
# from South Africa, Mozambique and Ethiopia" (r4_011), "a joint force consisting of more than 19,000 military
# personnel" (r6_013), 'The "multilateral" force consisted of 2,500 troops, 32 from Senegal and the rest French'
# (r4_007: the gold keeps Senegal's 32, not the 2,500). A country named with the force or its figure makes it that
# country's: "The first contingent consisted of 1,074 troops" (r8_110) names a contingent, not a force, and "a
# 3,000-strong French force" (r4_012) its nationality. An operation is often a country's own: "Operation Catalyst
# comprises approximately 800 personnel" (r2_018, Australia's).
_MISSION_CONSISTS = re.compile(
    r"\b(?:mission|force)\b,?\s+(?:[^.;:,]{0,50}?\s+)?(?:consist(?:s|ed|ing)\s+of|compris(?:es|ed|ing)(?:\s+of)?|"
    r"composed\s+of|made\s+up\s+of|numbering|totall?ing)\s+" + _APPROX +
    # the second figure of the make-up: "consisting of up to 15,000 military personnel and up to 1,115 civilian police"
    r"(?:\d[\d,]*\s+(?:[\w-]+\s+){1,3}and\s+" + _APPROX + r")?$", re.IGNORECASE)


_MISSION_CONSISTS_WORDS = re.compile(r"consist|compris|composed|made\s+up|numbering|totall?ing", re.IGNORECASE)


def _veto_mission_size(sc: SentenceContext, c: Candidate) -> bool:
    if not sc.in_sentence(_MISSION_CONSISTS_WORDS):
        return False
    m = _MISSION_CONSISTS.search(sc.text, max(sc.sent.start, c.q.start - 120), c.q.start)
    if m is None:
        return False
    # a country before the force's noun ("the Kenyan force") or in the figure's noun phrase ("300 Kenyan troops");
    # one between them is the place ("a mission for war-shattered Liberia consisting of")
    return not any(m.start() - 40 <= k.start < m.start() or c.q.start <= k.start < c.np_end for k in sc.countries)


# -- size_per_group: the size of each of several groups ---------------------------------------------------------------
# "Japan dispatched a total of 10 SDF personnel in two groups of five as staff officers" (r2_037: the gold keeps the
# 10), "It continued uninterrupted from 1960 to 1964 with four Independent Army Supply Corps companies, each
# consisting of about 100 personnel" (r8_111), as "three movement control units of 48 SDF personnel each" (r2_037,
# veto size_per_unit). One group's size stays: "a contingent of 14 service members" (r9_060).
_GROUPS = r"(?:groups|rotations|batches|contingents|teams|units|shifts|tranches|waves|increments|companies|platoons)"
_GROUP_SIZE_BEFORE = re.compile(
    r"\bin\s+" + _MANY + r"\s+" + _GROUPS + r"\s+of\s+" + _APPROX + r"$"
    r"|\b" + _MANY + r"\s+(?:[\w-]+\s+){0,4}?" + _GROUPS + r",?\s+each\s+(?:consisting\s+of|comprising|made\s+up\s+of|"
    r"numbering|of|with)\s+" + _APPROX + r"$", re.IGNORECASE)
_GROUP_WORDS = re.compile(_GROUPS, re.IGNORECASE)


def _veto_size_per_group(sc: SentenceContext, c: Candidate) -> bool:
    if not sc.in_sentence(_GROUP_WORDS):
        return False
    return _GROUP_SIZE_BEFORE.search(sc.text, max(sc.sent.start, c.q.start - 120), c.q.start) is not None
