"""The features of one contribution row, for the learned steps (``pipeline.extract.learn.model``).

A row's features are strings, each present or absent (a bag of binary features):

* what the rules decided: the row's status, personnel type, scope, mission rule and every rule name of its
  ``extractor`` chain (the candidate, sender and type rules, the status cue and the status and row rules);
* the words around the figure, inside its sentence: up to ``_BEFORE`` words before it and ``_AFTER`` after it
  (``b:`` and ``a:``), and the sentence's words of tense, aspect and modality (``t:``, a closed list);
* the document: its publisher's kind (``pub:``), where the sentence stands (the first, the first few), the
  figure's date against the publication date, dates and missions named in the sentence, the figure's size.

Every feature comes from the spans the extraction found already (the sentence, the figure, the mentions, the
dates, the context of the document): nothing scans the document again; only the row's own sentence is split into
words (rows are few: a handful per document). Pure Python, deterministic (a sorted tuple of strings).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.extract import lexicon
from pipeline.extract.types import Contribution, DateMention, DocumentContext, MissionMention

FEATURES_VERSION = "features.v1"
_BEFORE, _AFTER = 6, 4
_WORD = re.compile(r"[a-z][a-z'’-]*")
# Words of tense, aspect and modality, anywhere in the sentence (``data/word_lists.csv``).
_TENSE_WORDS = lexicon.word_set("learned_tense_words")
# The publisher's kind, from words of its name (the manifest's publisher).
_PUBLISHER_KINDS = (
    ("un", re.compile(r"\bUN\b|United Nations|UNMISS|MONUSCO|UNIFIL|mission", re.IGNORECASE)),
    ("government", re.compile(r"ministry|department|defen[cs]e|parliament|house|oireachtas|hansard|government|"
                              r"forces|army|embassy", re.IGNORECASE)),
    ("news", re.compile(r"news|times|post|press|reuters|irin|agence|bbc|herald|tribune|journal|guardian",
                        re.IGNORECASE)),
)


def _publisher_kind(publisher: str | None) -> str:
    for kind, pattern in _PUBLISHER_KINDS:
        if publisher and pattern.search(publisher):
            return kind
    return "other" if publisher else "none"


def _date_relation(year: int | None, published_year: int | None) -> str:
    if year is None or published_year is None:
        return "none"
    diff = year - published_year
    if diff > 0:
        return "after"
    return {0: "same", -1: "year_before"}.get(diff, "years_before")


def _magnitude(c: Contribution) -> str:
    value = c.quantity.high if c.quantity.high is not None else c.quantity.low
    return str(len(str(value))) if value is not None else "open"


def sentence_words(text: str, c: Contribution) -> tuple[list[str], int]:
    """The sentence's lower-cased words and the index of the first word at or after the figure."""
    sent = c.sentence
    before = _WORD.findall(text[sent.start:c.quantity.start].lower())
    after = _WORD.findall(text[c.quantity.end:sent.end].lower())
    return before + after, len(before)


def row_features(text: str, c: Contribution, ctx: DocumentContext, missions: Sequence[MissionMention],
                 dates: Sequence[DateMention]) -> tuple[str, ...]:
    """The features of one row (``missions`` and ``dates``: the mentions of its sentence)."""
    words, at = sentence_words(text, c)
    chain = c.extractor.split(":", 1)[-1].split("+")
    published = ctx.published.value.year if ctx.published is not None else None
    feats = {
        "bias", f"rule:{c.status}", f"pt:{c.personnel_type}", f"scope:{c.scope}", f"mm:{c.mission_method}",
        f"cand:{chain[0]}", f"pub:{_publisher_kind(ctx.publisher)}", f"lang:{ctx.language}",
        f"mag:{_magnitude(c)}", f"approx:{c.quantity.approx}", f"qual:{c.quantity.qualifier or ''}",
        f"sent:{min(c.sentence.index, 3)}", f"missions:{min(len(missions), 2)}", f"dates:{min(len(dates), 2)}",
        f"asof:{_date_relation(c.as_of.value.year if c.as_of else None, published)}",
        f"asof_prec:{c.as_of.precision if c.as_of else 'none'}",
        f"mission_named:{c.mission_acronym is not None}",
    }
    feats.update(f"x:{part.lower()}" for part in chain[1:])
    feats.update(f"b:{w}" for w in words[max(0, at - _BEFORE):at])
    feats.update(f"a:{w}" for w in words[at:at + _AFTER])
    feats.update(f"t:{w}" for w in words if w in _TENSE_WORDS)
    feats.update(f"rule_t:{c.status}:{w}" for w in words[max(0, at - _BEFORE):at] if w in _TENSE_WORDS)
    years = {d.date.value.year for d in dates}
    feats.update(f"sent_date:{_date_relation(y, published)}" for y in years)
    return tuple(sorted(feats))
