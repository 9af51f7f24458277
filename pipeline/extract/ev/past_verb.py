"""The last binding: a dated clause with no trigger whose finite past verb the date dates (an ``other`` event).

The annotators give a row to every dated happening of a document about peace operations (one that names a
mission: the rule is tried only there, as the prefilter reads background years only there), the background too
(guide E3): "In 1980 leftist groups formed the FMLN" (r2_038), "Portugal abandoned its sovereignty over
Timor-Leste in 1974" (r2_044), "the North Atlantic Council agreed on 16 April 2003 to expand NATO's support"
(r3_050), "A 21-year conflict between the north and south ended in 2005" (r5_038), "It was disbanded on October
10, 2008" (r4_039). The trigger table names the happenings of peace operations; this rule, tried after every other
binding, takes any past-tense verb of the date's own clause that is a predicate: a regular ``-ed`` form or an
irregular past (``PAST_FORMS``), not a participle used as an adjective (after a determiner, or one of
``ADJECTIVAL``: "based", "so-called"), not a state ("was 360"). The sentence scan of ``rows`` reads a dated
sentence without a trigger only when ``has_past_verb`` finds one.
"""

from __future__ import annotations

import re

from pipeline.extract import lexicon
from pipeline.extract.ev.common import Clauses, Trigger
from pipeline.extract.ev.participation import operation_kind, participation_kind
from pipeline.extract.ev.vetoes import _DEADLINE_BEFORE
from pipeline.extract.types import DateMention

# Irregular past forms of verbs of happenings (the regular ones end in -ed).
PAST_FORMS = (
    "met", "began", "fell", "won", "took", "gave", "became", "came", "went", "broke", "lost",
    "rose", "fought", "spent", "drew", "built", "hit", "sent", "led", "overthrew", "wrote",
    "sought", "chose", "froze", "brought", "bought", "caught", "taught", "grew", "shot", "split",
    "stole", "swore", "woke", "undertook", "withdrew", "overran", "beat", "bore", "ran", "saw", "told",
)
# Participles that are adjectives or states far more often than happenings ("based in", "so-called",
# "armed groups", "concerned", "expected" is a plan: vetoes.future).
ADJECTIVAL = frozenset((
    "based", "called", "named", "related", "concerned", "united", "armed", "limited", "detailed", "advanced",
    "dedicated", "expected", "required", "proposed", "planned", "scheduled", "used", "needed", "interested",
    "involved", "skilled", "trained", "equipped", "mixed", "combined", "registered", "integrated", "unified",
    "increased", "reduced", "estimated", "continued", "improved", "centred", "centered", "located", "situated",
    "entitled", "titled", "headed", "authorised", "authorized", "mandated", "tasked", "composed", "comprised",
    "deemed", "considered", "regarded", "intended", "designed", "supposed", "allowed", "classified", "listed",
    "occupied", "disputed", "displaced", "wounded", "injured", "killed", "red", "bed", "need", "speed", "feed",
    "seed", "creed", "breed", "shed", "hundred", "sacred", "kindred", "wicked", "naked", "rugged", "ragged",
    "aged", "learned", "beloved", "blessed", "cursed", "crooked", "wretched", "dogged", "jagged", "dated",
    "mixed", "supported", "led", "backed", "owned", "funded", "sponsored", "organised", "organized", "hosted",
    "committed", "qualified", "experienced", "talented", "noted", "reported", "said", "stated", "added",
    # states, not happenings ("existed from 2002 to 2008", "lasted between 1996 and 1998", "remained a member")
    "lasted", "existed", "remained", "stayed", "consisted", "amounted", "totalled", "totaled", "numbered",
    "included", "contained", "comprised", "seemed", "appeared", "belonged", "owned", "lived", "hoped", "wanted",
    "wished", "believed", "understood", "knew", "thought", "stood", "topped", "ranked", "served", "uniformed",
    # ceremonies are no events (guide): "paraded", "celebrated", "decorated"
    "paraded", "celebrated", "commemorated", "honoured", "honored", "decorated", "awarded", "marked", "attended",
    # a parliamentary question's heading ("HL Deb 26 January 1998 ... Lord Wallace asked Her Majesty's Government:")
    "asked",
))
# Past verbs of going and serving give a deployment ("Burundi also airlifted a seventh battalion into the Central
# African Republic in December 2013", r2_007; "the 41st Battalion ... which went to Cyprus in April, 1964",
# r7_001; "have participated ... since 1958", r2_015). Not "served": a biography's posts are no deployments.
DEPLOYMENT_FORMS = frozenset(("airlifted", "went", "participated", "landed", "sailed", "flew", "stationed",
                              "relocated", "rotated", "posted", "embarked"))
_PAST_VERB = re.compile(
    r"(?<![\w'’-])(?:(?:[A-Za-z][a-z]+-)?[A-Za-z]?[a-z]{2,}ed|" + "|".join(sorted(set(PAST_FORMS), key=len, reverse=True)) + r")(?![\w'’-])"
)
_DETERMINERS = lexicon.word_set("participle_determiners")
_WORD_BEFORE = re.compile(r"([\w'’-]+)\s+$")
# A participle right before a noun-like lowercase word and after no auxiliary is read as an adjective only after a
# determiner (see _DETERMINERS); "to", modals and "not yet" make it no happening.
_NOT_HAPPENED_BEFORE = frozenset(("to", "will", "would", "could", "should", "may", "might", "must", "shall", "not",
                                  "never", "if", "unless", "be"))
# After a preposition or a possessive, a participle is an adjective ("in approved budgets", "Ghana's deployed
# personnel"); so is one between a figure and its noun ("22,000 uniformed personnel").
_ADJECTIVE_SLOT_BEFORE = frozenset(("in", "of", "for", "with", "by", "on", "at", "from", "into", "among",
                                    "between", "than", "as"))
_OPENER = re.compile(r"[\W\d]*(?:(?:[Ii]n|[Oo]n|[Bb]y|[Ii]n\s+(?:early|mid|late)(?:-|\s+)?)\s+)?")
_FORMED_POLICE = re.compile(r"\s+police\b", re.I)  # "a formed police unit" is a kind of unit
_FIGURE_OR_POSSESSIVE = re.compile(r"(?:\d|['’]s?)$")


# A document about peace operations: one that names a mission, or whose text speaks of peacekeeping.
_PEACE_OPERATIONS = re.compile(r"(?i)peace[\s-]?keep|peace\s+(?:operation|support|mission)")


def about_peace_operations(text: str, missions: list) -> bool:
    return bool(missions) or _PEACE_OPERATIONS.search(text) is not None


def _predicate(text: str, m: re.Match, start: int) -> bool:
    word = m.group().lower()
    if word in ADJECTIVAL or (word == "formed" and _FORMED_POLICE.match(text, m.end())):
        return False
    before = _WORD_BEFORE.search(text, max(start, m.start() - 30), m.start())
    if before is None:
        return True
    if word[0] != m.group()[0]:
        return False  # capitalised inside a clause: a name ("Ahmed"), only a clause's first word is a verb
    previous = before.group(1).lower()
    if _FIGURE_OR_POSSESSIVE.search(previous) and word.endswith("ed"):
        return False
    return previous not in _DETERMINERS and previous not in _NOT_HAPPENED_BEFORE \
        and not (word.endswith("ed") and previous in _ADJECTIVE_SLOT_BEFORE)


def past_verb_in(text: str, start: int, end: int) -> re.Match | None:
    """The first finite past verb of ``text[start:end]`` read as a predicate, else None."""
    for m in _PAST_VERB.finditer(text, start, end):
        if _predicate(text, m, start):
            return m
    return None


def has_past_verb(text: str, start: int, end: int) -> bool:
    return past_verb_in(text, start, end) is not None


def past_verb_trigger(text: str, clauses: Clauses, triggers: list[Trigger], d: DateMention) -> Trigger | None:
    """The ``other`` trigger of a clause with no trigger of its own: its first past verb; a date that opens the
    sentence in a clause of its own ("In 1974, Portugal abandoned ...") dates the clause after it. Not for a
    deadline ("decided to reduce the strength ... by 30 June 2016")."""
    i = clauses.index(d.start)
    a, b = clauses[i]
    if _DEADLINE_BEFORE.search(text, max(a, d.start - 20), d.start):
        return None
    if i == 0 and i + 1 < len(clauses) and _OPENER.fullmatch(text, a, d.start) and past_verb_in(text, a, b) is None:
        a, b = clauses[i + 1]
    if any(a <= t.start < b for t in triggers):
        return None
    m = past_verb_in(text, a, b)
    if m is None:
        return None
    # an operation's act later in the clause wins over a participle before it ("the French frigate Nivôse attached
    # to Operation Atalanta captured 11 suspected pirates", r15_041)
    operation = next((v for v in _PAST_VERB.finditer(text, m.start(), b) if operation_kind(text, a, v)), None)
    if operation is not None:
        return Trigger(operation.start(), operation.end(), "deployment", "past_verb")
    kind = "deployment" if m.group().lower() in DEPLOYMENT_FORMS else \
        participation_kind(text, clauses[0][0], m) or "other"
    return Trigger(m.start(), m.end(), kind, "past_verb")
