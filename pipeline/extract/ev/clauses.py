"""The sentence scan: one pass over a sentence finds its clause boundaries (punctuation, conjunctions, relative
pronouns; "and" only before an auxiliary; never inside a date), the triggers (at the stems of ``triggers``) and the
organisations it names (``data/word_lists.csv``, list ``event_organisations``)."""

from __future__ import annotations

import re

from pipeline.extract import lexicon
from pipeline.extract.ev.common import Clauses, Entity, Trigger
from pipeline.extract.ev.triggers import _STEMS, STEM_SET, _trigger_at
from pipeline.extract.regex_trie import word_trie
from pipeline.extract.types import DateMention

# ---------------------------------------------------------------------------------------------------------
# Clauses
# ---------------------------------------------------------------------------------------------------------

_BOUNDARY_WORDS = lexicon.words("clause_boundaries")
_DATE_PREPOSITIONS = frozenset({"since", "after", "before", "until"})
# One scan of a sentence finds clause boundaries (punctuation, conjunctions, relative pronouns; "and" only
# before an auxiliary: "and has since stepped up") and the places where a trigger can start. One case-sensitive
# trie of words and stems (with capitalised variants): much faster than a case-insensitive alternation.
# The organisations that act in events (``data/word_lists.csv``, list ``event_organisations``), as written: names of
# several words in Title Case ("United Nations"), the others in capitals ("UN", "U.N.").
_ORGANISATIONS = lexicon.labels("event_organisations")


def _written(word: str) -> str:
    if " " in word:
        return r"\s+".join(part.capitalize() for part in word.split())
    return re.escape(word.upper())


_ORGANISATION = "(?:" + "|".join(_written(w) for w in _ORGANISATIONS) + r")(?!\w)"
_SENTENCE_SCAN = re.compile(
    r"\b(?:(?P<org>" + _ORGANISATION + r")|(?P<and>[Aa]nd(?=\s+(?i:has|have|had|was|were|is|are|will|would|later|then"
    r"|also|subsequently)\b))|(?P<word>"
    + word_trie(w for word in (*_BOUNDARY_WORDS, *_STEMS) for w in (word, word.capitalize()))
    + r"))|[;:,\s](?:(?<=[;:])\s|(?<=,)(?=\s)|(?<=\D,)(?=\d)|(?<=\s)[-–—]\s)"  # ",1 which": not "4,000"
)
_BOUNDARY_SET = frozenset(_BOUNDARY_WORDS)
_WORD_CHAR = re.compile(r"\w")
_ORGANISATION_RE = re.compile(r"\b" + _ORGANISATION)

def _scan(text: str, start: int, end: int,
          dates: list[DateMention]) -> tuple[Clauses, list[Trigger], list[Entity]]:
    """Clause spans of ``text[start:end]`` (no boundary inside a date expression), its triggers and the
    organisations it names, in one pass."""
    cuts = [start]
    triggers: list[Trigger] = []
    organisations: list[Entity] = []
    last_end = start
    next_date = 0
    n_dates = len(dates)
    for m in _SENTENCE_SCAN.finditer(text, start, end):
        p = m.start()
        while next_date < n_dates and dates[next_date].end <= p:
            next_date += 1
        if next_date < n_dates and dates[next_date].start <= p:
            continue  # inside a date
        group = m.lastgroup
        if group == "org":
            # (also inside a trigger: "approved by the Council of the European Union" names who approved)
            organisations.append(_organisation(m))
            continue
        if p < last_end:
            continue  # inside a trigger already read
        if group == "word":
            word = m.group()
            lowered = word.lower()
            whole = not _WORD_CHAR.match(text, m.end())
            if whole and lowered in _BOUNDARY_SET:
                if lowered in _DATE_PREPOSITIONS and any(0 <= d.start - m.end() <= 2 for d in dates):
                    continue  # "since January 2013": a preposition of the date, not a conjunction
            else:
                # A boundary word that starts a longer word ("but" of "butter") is no trigger stem either.
                trigger = _trigger_at(text, p, start, end, lowered) if lowered in STEM_SET else None
                if trigger is not None:
                    triggers.append(trigger)
                    last_end = trigger.end
                continue
        if p > cuts[-1]:
            cuts.append(p)
    cuts.append(end)
    return Clauses([(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]), triggers, organisations


def _organisation(m: re.Match) -> Entity:
    return Entity(m.start(), m.end(), organisation=_ORGANISATIONS[" ".join(m.group().lower().split())])
