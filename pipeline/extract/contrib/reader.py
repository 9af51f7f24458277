"""The document loop: sentences in order, the cheap prefilter, the focus carried from sentence to sentence, and
headlines echoed by the story's first sentences.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from pipeline.extract import lexicon, personnel, status, trace
from pipeline.extract.contrib.breakdowns import drop_breakdowns
from pipeline.extract.contrib.common import _DIGIT, _LABEL_AFTER, _ORG_SUBJECT, _TYPE_CLASS, _subject_country
from pipeline.extract.contrib.context import DocumentReading, SentenceContext
from pipeline.extract.contrib.restated import drop_restated
from pipeline.extract.contrib.rows import sentence_rows
from pipeline.extract.contrib.scope import _host_missions, _left_behind
from pipeline.extract.regex_trie import word_trie
from pipeline.extract.types import (
    Contribution,
    CountryMention,
    DateMention,
    DocumentContext,
    MissionMention,
    Sentence,
)

# A figure (digits or number words) and a noun that counts people or units, on lower-cased text.
_HINT_TENS = (15, 20, 30, 40, 50, 60, 70, 80, 90)  # and one to twelve
_NUMBER_HINT = re.compile(r"[0-9]|\b" + word_trie((*lexicon.number_words_between(1, 12, _HINT_TENS), "hundred",
                                                     "thousand", "dozen")))


_BARE_HINT = re.compile(
    r"\b(?:another|remaining|further|additional|with|(?:reinforced|joined|replaced|relieved|bolstered)\s+by)\s+"
    r"(?:some\s+|about\s+|around\s+|nearly\s+)?\d"
)


_BARE_WORDS = ("another ", "remaining ", "further ", "additional ", "with ", " by ")  # a cheap test before the regex


def extract_contributions(
    text: str,
    sentences: Sequence[Sentence],
    countries: Sequence[CountryMention],
    missions: Sequence[MissionMention],
    dates: Sequence[DateMention],
    ctx: DocumentContext,
    matcher=None,
) -> list[Contribution]:
    """All contributions a document states. Mention lists are sorted and carry document offsets."""
    doc = DocumentReading(text, (countries, missions, dates), ctx, matcher)
    out: list[Contribution] = []
    seen: set[str] = set()
    for sent in sentences:
        s_countries, s_missions = doc.in_sentence(0, sent), doc.in_sentence(1, sent)
        rows: list[Contribution] = []
        lowered = status.lower_keeping_offsets(text[sent.start:sent.end])
        # "Around 1,000 of them are in Lebanon", "The remaining 300 will return home": a group named before;
        # "80,000 Ghanaians have served".
        people = personnel.PEOPLE_HINT_RE.search(lowered) is not None or "deploy" in lowered or \
            " of them" in lowered or " served" in lowered or " serving" in lowered or \
            (any(word in lowered for word in _BARE_WORDS) and _BARE_HINT.search(lowered) is not None) or \
            (s_missions and doc.focus.row_sentence == sent.index - 1)  # "Of these, 250 are with UNIFIL, 40 with"
        if people and _NUMBER_HINT.search(lowered):
            sc = SentenceContext(doc, sent, s_countries, s_missions, lowered)
            rows = drop_breakdowns(text, sentence_rows(sc), sc.all_figures, s_countries, out)
            out.extend(_unrepeated(rows, text[sent.start:sent.end], seen, sent.start))
        else:
            trace.note("document", "sentence", "no_contribution_cue", pos=sent.start)
        _update_focus(doc, sent, (s_countries, s_missions), rows, people)
    return drop_restated(text, _unrestated(_echo_headlines(out)))


# How long a sentence must be for its verbatim repetition to be the same statement, not a short line of a list
# ("Strength: 652.") that two sections share.
_REPEAT_MIN_CHARS = 40


def _unrepeated(rows: list[Contribution], sentence: str, seen: set[str], pos: int) -> list[Contribution]:
    """A sentence repeated verbatim later in the document (a title repeated as the page's heading, a lead quoted
    again) states its figures once: real dev r1_046 ("850 Nigerien peacekeepers decorated with United Nations
    Medal" twice), r1_047, r5_025, r1_017 (gold: one row each). Its later copies give no rows."""
    key = " ".join(sentence.split())
    if len(key) < _REPEAT_MIN_CHARS or not rows:
        return rows
    if key in seen:
        trace.note("document", "sentence", "repeated_sentence", pos=pos)
        return []
    seen.add(key)
    return rows


# A sentence ends as a sentence does (a full stop, a question or exclamation mark, perhaps a closing quote or a
# footnote marker after it): a headline does not.
def _restatement_key(row: Contribution) -> tuple:
    q = row.quantity
    return (row.contributor_iso3, row.mission_acronym, row.scope, row.personnel_type, q.low, q.high, row.status,
            row.as_of)


def _unrestated(rows: list[Contribution]) -> list[Contribution]:
    """A row that restates one of an earlier sentence (same sender, mission, personnel, figure, status and date)
    is the same claim told again: "And there are still five staff officers there." / "There are still five staff
    officers." (real dev r8_024), a lead and its body (r1_047 "Some 721 peacekeepers of the Moroccan Contingent" /
    "Some 721 of them", r5_025, r6_014 "some 439 personnel" / "Of the 439 personnel serving overseas"). The gold
    never keeps such a repeat across sentences (one row per claim); two equal figures in one sentence stay ("seven
    RAN, 16 Army and seven RAAF personnel", r2_022)."""
    first: dict[tuple, int] = {}
    out = []
    for row in rows:
        key = _restatement_key(row)
        sentence = first.setdefault(key, row.sentence.index)
        if sentence != row.sentence.index:
            trace.note("document", "row", "restated", pos=row.sentence.start)
            continue
        out.append(row)
    return out


_CLOSERS = "\"'\u201d\u2019)"


# How many sentences after a headline the story restates it.
_ECHO_SENTENCES = 3


def _is_headline(row: Contribution) -> bool:
    """Whether the row's sentence is a headline (it does not end as a sentence does): a title repeated as a heading
    restates nothing (real dev r5_025: "Pakistan to contribute over 4,000 soldiers ..." twice, then the lead)."""
    return not row.sentence.evidence.rstrip().rstrip("0123456789").rstrip(_CLOSERS).endswith((".", "!", "?"))


def _echo_headlines(rows: list[Contribution]) -> list[Contribution]:
    """A headline's figure restated by the story's first sentences ("Three new Swiss military observers for the
    Middle East" / "Three Swiss officers left for Jerusalem on 12 January to join UNTSO ...") is the story's
    figure: it takes the restatement's mission, status and date, which a headline leaves out or compresses
    ("Indonesia to send 850 troops to U.N. force in Congo"). Same sender, figure and class of personnel."""
    out = list(rows)
    for i, row in enumerate(out):
        if not _is_headline(row):
            continue
        for later in out[i + 1:]:
            gap = later.sentence.index - row.sentence.index
            if gap > _ECHO_SENTENCES:
                break
            if gap > 0 and not _is_headline(later) and later.contributor_iso3 == row.contributor_iso3 and \
                    (later.quantity.low, later.quantity.high) == (row.quantity.low, row.quantity.high) and \
                    _TYPE_CLASS.get(later.personnel_type) == _TYPE_CLASS.get(row.personnel_type):
                out[i] = dataclasses.replace(
                    row, mission_acronym=later.mission_acronym, scope=later.scope, status=later.status,
                    as_of=later.as_of, mission_method=later.mission_method, extractor=row.extractor + "+headline")
                break
    return out


def _update_focus(doc: DocumentReading, sent: Sentence,
                  mentions: tuple[list[CountryMention], list[MissionMention]], rows: list[Contribution],
                  people: bool) -> None:
    """Remember the sentence's sender country and mission for the sentences that refer back to them; a host
    country counts as the mission only in a sentence about personnel (``people``). A sentence whose subject is a
    mission or an organisation ("MINUSMA will take over ...") makes "it" in the next one theirs, not a country's."""
    text, focus, (s_countries, s_missions) = doc.text, doc.focus, mentions
    mission_spans = [(m.start, m.end) for m in s_missions]
    subject = _subject_country(text, s_countries, sent.end, mission_spans)
    if rows:
        focus.country = rows[-1].contributor_iso3
        for row in rows:
            focus.senders[row.contributor_iso3] = focus.senders.get(row.contributor_iso3, 0) + 1
        focus.ptype, focus.status, focus.as_of = rows[-1].personnel_type, rows[-1].status, rows[-1].as_of
        focus.row_sentence = sent.index
        if all(r.mission_method == "bilateral" for r in rows):
            # A force outside any mission: the missions its sentence names are not the story's topic.
            focus.mission, focus.scope, focus.mission_sentence = None, "mission", sent.index
            return
    elif subject is not None and not _LABEL_AFTER.match(text, subject.end):
        focus.country = subject.iso3  # not a place that labels a list item ("- Haiti: 140 police (MINUSTAH)")
    if not rows:
        first_mission = s_missions[0].start if s_missions else sent.end
        org = _ORG_SUBJECT.search(text, sent.start, min(sent.end, sent.start + 40))
        first_other = min(first_mission, org.start() if org else sent.end)
        if first_other < sent.end and first_other - sent.start < 40 and \
                (subject is None or subject.start > first_other):
            focus.country = None  # not a short sentence without either: "Q: And the Golan?"
    named = [m for m in s_missions if m.acronym and not _left_behind(text, s_missions, m)]
    for m in named:
        focus.mentions[m.acronym] = focus.mentions.get(m.acronym, 0) + 1
    if named:
        last = named[-1].acronym
        if not rows and focus.mission not in (None, last) and focus.mentions[last] == 1 and \
                focus.scope == "mission" and not _DIGIT.search(text, sent.start, sent.end):
            # A first mention in an aside that speaks of no personnel ("as the G5 Sahel force collapses")
            # leaves the story's mission the scope of the figures that follow.
            return
        focus.mission, focus.scope, focus.mission_sentence = last, "mission", sent.index
        return
    if rows and (rows[-1].mission_acronym or rows[-1].scope == "all_un_pko"):
        focus.mission = rows[-1].mission_acronym or focus.mission
        focus.scope = rows[-1].scope
        if rows[-1].mission_acronym:
            focus.mission_sentence = sent.index
        return
    if people:
        hosts = _host_missions(text, s_countries, subject.iso3 if subject else None, mission_spans,
                               doc.ctx.published, doc.matcher, None, (sent.start, sent.end))
        if hosts:
            focus.mission, focus.scope, focus.mission_sentence = hosts[-1][1], "mission", sent.index

