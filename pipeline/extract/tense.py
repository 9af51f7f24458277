"""Tense of a clause, by markers: whether the clause around a date or an event speaks of the future.

``clause_is_future(text, start, end)`` and ``is_future_text(fragment)`` (re-exported by ``pipeline.extract.dates``,
which resolves a month named without a year by it; the event rules use it too). A marker test, not a parse; the
rules are in the docstring of ``pipeline.extract.dates``.
"""

from __future__ import annotations

import re

from pipeline.extract.regex_trie import word_trie

__all__ = ["clause_is_future", "is_future_text"]

# Clause-level tense markers (see clause_is_future).
_FUTURE_PHRASES = (
    "will", "shall", "won't", "wo not", "going to", "plan to", "plans to", "planning to", "planned", "intend to",
    "intends to", "hope to", "hopes to", "hoping to", "expect to", "expects to", "aim to", "aims to", "would",
    "could", "might", "upcoming", "forthcoming", "next", "later this", "seek to", "seeks to", "prepare to",
    "prepares to", "supposed to", "required to", "obliged to", "expires", "prévoit", "devrait", "sera", "seront",
)
# Run on lower-cased text: a case-sensitive prefix trie is three times faster than a case-insensitive
# alternation, and tense is tested for every resolved month and every event.
_FUTURE_RE = re.compile(
    rf"\b(?:{word_trie(_FUTURE_PHRASES)}|(?:is|are|be|was|were)\s+(?:expected|due|scheduled|set(?!\s+up\b)|slated|poised|to)\s"
    r"|must(?!\s+have\b)|va\s|vont\s)|'ll\b"
)
_MAY_RE = re.compile(r"\bmay\b")  # on the text as written: lower-case "may" only, "May" is a month
# Backwards: the clause before a point runs back to a punctuation mark that white space follows.
# (Parentheses do not break a clause: "will take over from AFISMA (the AU force) on 1 July".)
_CLAUSE_BEFORE_REV = re.compile(r"(?:[^,;:.!?\"“”]|(?<!\s)[,;:.!?\"“”])*")
_CLAUSE_BREAK_AFTER = re.compile(r"[,;:.!?\"“”](?:\s|$)")
# Verb-like words (auxiliaries, future markers, past forms): the first one after a clause-opening date.
_VERBISH = re.compile(
    r"(?<![\w-])(?:[a-z][\w’'-]*ed|will|would|shall|won't|is|are|was|were|has|have|had|plans?|hopes?|expects?"
    r"|intends?|aims?|seeks?|told|said|sent|took|began|left|led|fought|made|became|gave|held|met|won|lost|may"
    r"|might|could|going|due|set|va|vont|sera|seront|prévoit|devrait)\b|'ll\b"
)
# A present progressive right before a date, with a word or two (object, "by ...") between them at most.
_PROGRESSIVE_BEFORE = re.compile(
    r"(?i)\b(?:is|are|am)\s+(?:being\s+[a-z]+(?:ed|en|wn|nt)|(?!being\b)[a-z]+ing)(?:\s+\w+){0,2}?"
    r"\s+(?:on|in|at|by|this|next|early|late)\s+$"
)
_SENTENCE_BREAK_AFTER = re.compile(r"[;.!?](?:\s|$)")
_SENTENCE_BREAK_BEFORE_REV = re.compile(r"\s[;.!?]")  # on the reversed text: a stop that white space follows
_SENTENCE_LOOKBACK = 240
# A past statement verb right before a date ("said on Friday", "told reporters in April"): the date is its.
_RELATIVE_PRONOUN = re.compile(r"\b(?:who|which)\s+(?=[a-z])")
_STATEMENT_BEFORE = re.compile(
    r"(?i)\b(?:said|told(?:\s+(?:reporters|journalists|the\s+\w+|\w+))?|announced|stated|declared|confirmed|added"
    r"|noted|reported|wrote|warned|explained|insisted)\s+(?:(?:on|in|at|late|early|last|earlier)\s+)*$"
)
_LEADING_FILLER = re.compile(
    r"(?i:^\W*(?:\b(?:in|on|at|by|for|since|from|during|until|before|after|around|early|late|mid|middle|end|beginning"
    r"|start|close|the|of|and)\b\W*)*$)"
)

# ---------------------------------------------------------------------------------------------------------
# Tense
# ---------------------------------------------------------------------------------------------------------


def is_future_text(fragment: str) -> bool:
    """True when a clause holds a future marker (*will, plans to, hopes to, is expected to, would, may*)."""
    return _FUTURE_RE.search(fragment.lower()) is not None or _MAY_RE.search(fragment) is not None


def _future_at(fragment: str, position: int) -> bool:
    """A future marker starts at ``position`` of ``fragment``."""
    return _FUTURE_RE.match(fragment[position:position + 40].lower()) is not None \
        or _MAY_RE.match(fragment, position) is not None


def clause_is_future(text: str, start: int, end: int) -> bool:
    """True when the clause around ``text[start:end]`` speaks of the future ("hopes to hand over ... in July").

    The clause runs from the last punctuation before ``start`` to the next one after ``end``; when the
    expression opens its clause ("In July, France will ..."), the rest of the sentence counts as well. This is
    a marker test, not a parse: a clause with no future marker is taken as past or present.
    """
    before = _CLAUSE_BEFORE_REV.match(text[max(0, start - 120):start][::-1]).group()[::-1]
    if _STATEMENT_BEFORE.search(before[-40:]):
        return False  # "said on Friday it would repatriate": the date is the statement's, in the past
    if _PROGRESSIVE_BEFORE.search(before[-60:]):
        return True  # "is being replaced on Monday", "are arriving in March": a present progressive with a time
        # adverbial is a future arrangement
    after = text[end:end + 120]
    if _LEADING_FILLER.match(before):
        # The expression opens its clause: the tense is that of the first verb after it ("On Tuesday, the
        # head of UN peacekeeping told reporters that the UN would deploy": past, from "told").
        stop = _SENTENCE_BREAK_AFTER.search(after)
        if stop is not None:
            after = after[:stop.start()]
        verb = _VERBISH.search(after)
        if verb is not None:
            return _future_at(after, verb.start())
        # No verb after it: a trailing adverbial ("said it would deploy 200 troops, including engineers, by the
        # end of January") takes the tense of the sentence before it.
        sentence = text[max(0, start - _SENTENCE_LOOKBACK):start]
        stop = _SENTENCE_BREAK_BEFORE_REV.search(sentence[::-1])
        if stop is not None:
            sentence = sentence[len(sentence) - stop.start():]
        return is_future_text(sentence)
    relative = None
    for relative in _RELATIVE_PRONOUN.finditer(before):
        pass
    if relative is not None:
        # A relative clause opens between the clause's verb and the date: its own verb sets the tense ("will be
        # joining three officers who arrived as an advance party on 27 June": past).
        before = before[relative.end():]
    if is_future_text(before):
        return True
    if _VERBISH.search(before) is not None:
        # The date follows its own verb, which is not future ("arrived in May and will be replaced in
        # February 2020"): a future marker later in the clause belongs to another verb.
        return False
    stop = _CLAUSE_BREAK_AFTER.search(after)
    if stop is not None:
        after = after[:stop.start()]
    return is_future_text(after)
