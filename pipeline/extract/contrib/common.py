"""Shared pieces of the contribution stages: clause boundaries, the word before a place, the subject country of
a clause, list leads, and the patterns and name sets that more than one stage reads.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from pipeline.extract import lexicon
from pipeline.extract.types import (
    CountryMention,
    Sentence,
)
from schemas.vocabularies import PERSONNEL_CLASSES

VERSION = "contributions.v28"


# Clause boundaries inside a sentence. A relative clause set off by commas (", which leads the UN force in
# Haiti,") is one boundary as a whole: what follows it continues the main clause.
# Verbs and auxiliaries that tell a new clause's subject from a list item: ", and Fiji has offered ...".
_FINITE = (r"(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|shall|should|plans|intends|"
           r"sent|sends|deployed|deploys|pledged|pledges|offered|offers|contributed|contributes|provided|provides|"
           r"withdrew|withdraws|pulled|pulls|brought|brings|maintains|keeps|said|says|announced|agreed|decided)\b")


_CLAUSE_BREAK = re.compile(
    r",\s*(?:which|who|whose|where)\b[^,;.]*(?:,|(?=;))|;|\bbut\b|"
    # A subordinate clause after a comma, a footnote marker or a time span: ",21 weeks before SAMIM became ...".
    r",\d{0,3}\s*(?:(?:days|weeks|months|years|shortly|soon|just|long|only)\s+)?"
    r"(?:which|who|whose|where|while|whereas|although|though|after|before|when|as|until)\b|\bthough\b|\bwhile\b|"
    # ", and the government has pledged": a new subject after a comma (a footnote marker may stand before it).
    r",\d{0,3}\s*and\s+(?=(?:the|it|they|its|their|this|these)\s)|"
    # ", and Benin has offered ...", ": Kenya has roughly 3,600 soldiers there": a named subject and its verb.
    r"(?:,\d{0,3}\s*and|:)\s+(?=(?-i:(?:[A-Z][\w\u2019'.-]*\s+){1,4})" + _FINITE + r")",
    re.IGNORECASE,
)


# A country after these words is where personnel go or come from, not who sends them; also the host of the
# mission they serve in ("to Mali", "for Juba", "left South Sudan", "pulled out of Mali").
_DESTINATION_WORDS = lexicon.word_set("destination")


# Who speaks for a country: "Speaking for Pakistan", "on behalf of the Netherlands".
_ON_BEHALF = re.compile(
    r"\b(?:speaking|spoke|speaks)\s+for\s+(?:the\s+)?$|\bbehalf\s+of\s+(?:the\s+)?$|"
    # "The speaker for Ghana said that his country ...", "the representative of Nepal"
    r"\b(?:speaker|delegate|representative|ambassador|envoy|minister|spokes(?:man|woman|person)|delegation|"
    r"president|prime\s+minister|chief|head)\s+(?:for|of)\s+(?:the\s+)?$",
    re.IGNORECASE)


# Departures, and the words before the place they leave ("left Accra", "departed from Kathmandu").
_DEPARTURE_CUES = ("left", "leav", "depart", "set off", "set out")


_LEAVING_WORDS = lexicon.word_set("leaving")


# Nor is a country after these words the subject ("talks with Mali", "overtaken Pakistan as").
_NOT_SUBJECT_WORDS = lexicon.word_set("not_subject")


# Words skipped between such a word and the country: "to the Central African Republic", "in northern Mali".
_PLACE_MODIFIERS = frozenset({"the", *lexicon.words("compass")})


_WORDS_BEFORE = re.compile(r"[\w'\u2019-]+")


# The end of a sentence: a full stop, question or exclamation mark after a word in lower case or a digit ("had
# already left. Britain ..."), not an abbreviation ("U.N. Mali").
_SENTENCE_END = re.compile(r"[a-z0-9)\"\u201d\u2019][.!?][\"\u201d\u2019]?\s")


def _word_before(text: str, pos: int) -> str:
    """The word before ``pos`` in its sentence, lower-cased, skipping "the" and compass adjectives ("to the
    northern"); "out of" reads as one word. A backward look at 40 characters: cheaper than a regex anchored at
    ``pos``."""
    start = max(0, pos - 40)
    if text.find(".", start, pos) >= 0:
        for end in _SENTENCE_END.finditer(text, start, pos):
            start = end.end()
    words = _WORDS_BEFORE.findall(text, start, pos)
    while words and words[-1].lower() in _PLACE_MODIFIERS:
        words.pop()
    if not words:
        return ""
    word = words[-1].lower()
    if word == "of" and len(words) > 1 and words[-2].lower() == "out":
        return "out of"
    return word


def _is_destination(text: str, pos: int) -> bool:
    """Whether a place at ``pos`` is where personnel go or leave ("to Mali", "out of Somalia")."""
    word = _word_before(text, pos)
    return word in _DESTINATION_WORDS or word == "out of"


_PRONOUN_SUBJECT = re.compile(r"\b(?:it|they|its|their|(?:the|his|her|my) (?:country|government|nation))\b",
                              re.IGNORECASE)


_ORG_SUBJECT = re.compile(
    r"\b(?:UN|U\.N\.|United Nations|African Union|AU|ECOWAS|EU|European Union|NATO|mission|force|operation|"
    r"Secretary-General|Security Council|the organi[sz]ation)\b"
)


# A country that labels a list item: "- Lebanon: 870 infantry (UNIFIL)".
_LABEL_AFTER = re.compile(r"\s*:")


# "Burundi and Gabon have each contributed": countries joined as one subject.
_COORDINATION = re.compile(r"\s*(?:,\s*and|,|and|&)\s+(?:the\s+)?")


_EACH = re.compile(r"\beach\b", re.IGNORECASE)


# "three of them Irish officers", "two of whom": a part of a group named before, in the same sentence.
_PARTITIVE_PART = re.compile(
    r"\s*of\s+(?:them|those|these|whom|the\s+(?:personnel|troops|soldiers|peacekeepers|officers|contingent|"
    r"battalion|unit|force|members|team|group|deployment))\b", re.IGNORECASE)


# "bringing to 400 the number of", "raising the number of ... to 400": the running total after a movement.
_RUNNING_VERB = (r"(?:bring|brings|bringing|brought|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|tak(?:e|es|ing)|took|"
                 r"swell(?:s|ed|ing)?|boost(?:s|ed|ing)?|lift(?:s|ed|ing)?|push(?:es|ed|ing)?)")


_CHANGE_VERB = r"\b(?:up|down|rising|risen|falling|fallen|increased|decreased|reduced|cut)\s+from"


_CHANGED_FROM = re.compile(
    _CHANGE_VERB + r"\s+(?:(?:about|some|around|nearly|roughly|just\s+over|over|more\s+than)\s+)?$", re.IGNORECASE)


_CHANGED_FROM_ANYWHERE = re.compile(_CHANGE_VERB + r"\b", re.IGNORECASE)


_TO = frozenset({"to"})


# Statuses of a group still to come, which its parts share; those after which a departure is outbound.
_PLANS = frozenset({"planned", "pledged", "offered"})


_OUTBOUND = frozenset({"deployed", "planned", "pledged", "offered"})


# Sender rules that carry the last figure's country over, and with it the scope of that figure.
_CARRIED_SENDERS = frozenset({"pronoun", "continuation", "speaker_focus"})


_PROMISES = frozenset({"pledged", "offered"})


_DIGIT = re.compile(r"(?<![\w])\d")  # a figure, not the digit of a name ("G5")


# A list's lead-in line ("Highlights of the commitments announced include:") and its items (bullets or "Country:"
# labels): the lead says what the items are when they have no verb of their own.
_LEAD_LINE = re.compile(r"\n[ \t]*([^\n]{8,300}):[ \t]*\n")


_ITEM_LINE = re.compile(r"[ \t]*(?:[\u2022\u25aa\u25cf\u2023\u2013\u2014*-]|\(?[a-z0-9]{1,2}[.)]|"
                        r"[A-Z][\w\u2019' .-]{1,40}:)")


_LEAD_STATUS = lexicon.cue_patterns("lead_status")


_LEAD_REACH = 3000


_UNREAD = object()  # a lazily computed attribute not computed yet (None is a value)


def _list_lead(text: str, pos: int) -> str | None:
    """The status a list's lead-in line gives the item that holds ``pos``, when every line between the lead and
    the item is an item too (or blank); None when the item is not in such a list or the lead says nothing."""
    line_start = text.rfind("\n", 0, pos) + 1
    if not _ITEM_LINE.match(text, line_start):
        return None
    lead = None
    for lead in _LEAD_LINE.finditer(text, max(0, line_start - _LEAD_REACH), line_start + 1):
        pass
    if lead is None:
        return None
    for line in text[lead.end():line_start].split("\n"):
        if line.strip() and not _ITEM_LINE.match(line) and not line.startswith((" ", "\t")):
            return None  # a paragraph between: not the lead of this list
    for st, cue in _LEAD_STATUS:
        if cue.search(lead.group(1)):
            return st
    return None


def _in_spans(pos: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _slice(items: Sequence, starts: list[int], start: int, end: int) -> list:
    """Items (sorted by ``start``) whose start lies in [start, end)."""
    return list(items[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)])


def _clause_breaks(text: str, sent: Sentence) -> list[tuple[int, int]]:
    """The spans of the clause boundaries of a sentence (document offsets), found once per sentence."""
    return [m.span() for m in _CLAUSE_BREAK.finditer(text, sent.start, sent.end)]


def _clause_bounds(sent: Sentence, breaks: Sequence[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The clause of the sentence that holds ``pos`` (document offsets), given its ``_clause_breaks``."""
    start, end = sent.start, sent.end
    for b_start, b_end in breaks:
        if b_end <= pos:
            start = b_end
        elif b_start > pos:
            end = b_start
            break
        else:  # inside a relative clause set off by commas: that clause
            return b_start + 1, b_end - 1
    return start, end


# Mission rules that name the mission or the scope in the sentence itself, and those that name nothing.
_EXPLICIT_MISSION = frozenset({"sentence", "scope_words"})


_IMPLICIT_MISSION = frozenset({"document_focus", "none", "generic_missions", "unnamed_focus", "sole_mission"})


# Figure rules for figures without a noun of their own, which count the group named before them.
_BARE_RULES = frozenset({"anaphoric", "partitive", "bare_object", "bare_subject", "bare_coordinated",
                         "bare_predicate", "bare_ranked", "own_total"})


# The matching classes of personnel types (``tests/data/gold/README.md``).
_TYPE_CLASS = {t: i for i, cls in enumerate(PERSONNEL_CLASSES) for t in cls}


def _subject_country(text: str, countries: Sequence[CountryMention], before: int,
                     mission_spans: Sequence[tuple[int, int]]) -> CountryMention | None:
    """The first country named before ``before`` that can be the sender: not a destination ("to Mali"), not
    part of a mission's name, not the object of a comparison or of "with"."""
    excluded_end: int | None = None
    for i, c in enumerate(countries):
        if c.start >= before:
            break
        if _is_line_label(text, c) and any(
                o.start < before and not _is_line_label(text, o) and not _in_spans(o.start, mission_spans)
                and _word_before(text, o.start) not in _DESTINATION_WORDS for o in countries[i + 1:]):
            continue  # "FINLAND and IRELAND - Finland will send 250": the line's own subject, not its label
        if _in_spans(c.start, mission_spans):
            continue
        word = _word_before(text, c.start)
        if word == "and" and _BETWEEN_AND.search(text, max(0, c.start - 60), c.start):
            excluded_end = c.end
            continue  # "the ceasefire between Hizbollah and Israel" (UN News, UNIFIL): the object of "between"
        if word in _DESTINATION_WORDS or word in _NOT_SUBJECT_WORDS or word == "out of":
            if not (word == "for" or word == "of") or not _ON_BEHALF.search(text, max(0, c.start - 30), c.start):
                excluded_end = c.end
                continue  # but "Speaking for Pakistan, the representative said his country had ..."
        if excluded_end is not None and _JOINED.fullmatch(text, excluded_end, c.start):
            excluded_end = c.end
            continue  # "units from Nigeria and Nepal": the second country is governed by the same "from"
        return c
    return None


_BETWEEN_AND = re.compile(r"\bbetween\s+(?:the\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3}?\s+and\s+(?:the\s+)?$",
                          re.IGNORECASE)


def _is_line_label(text: str, c: CountryMention) -> bool:
    """Whether a country labels its line ("BANGLADESH - Has offered ...", "Chad: 1,400", "- Lebanon: 870 ...")."""
    line_start = text.rfind("\n", 0, c.start) + 1
    label = _LINE_LABEL.match(text, line_start)
    return label is not None and c.end <= label.end()


_LINE_LABEL = re.compile(r"[ \t]*(?:[-*\u2022\u2013][ \t]*)?[A-Z][\w'.]*(?:[ \t]+[A-Z][\w'.]*){0,3}"
                         r"(?:[ \t]+(?:and|AND|&)[ \t]+[A-Z][\w'.]*(?:[ \t]+[A-Z][\w'.]*){0,3})?"
                         r"[ \t]*[-\u2013\u2014:][ \t]")


_JOINED = re.compile(r"\s*,?\s*(?:and|or)\s+(?:the\s+)?")  # not a bare comma: "In Mali, Chad has deployed"

