"""Extract every table's rows from one document's text: the single entry point of the extraction library.

Mission mentions are found over the whole text. The other passes (sentences, countries, dates, then the
contribution and event rules) are costly, and most of the text of a news corpus says nothing about peace
operations, so by default they run only on the sentences a cheap prefilter lets through:

1. one scan of the lower-cased text finds the vocabulary of peace operations (:data:`CUE_STEMS`,
   :data:`CUE_WORDS`; personnel nouns, units, forces, the verbs of deployments, withdrawals, handovers and
   mandates), the words that count people in everyday news too when a figure stands right before them
   (:data:`WEAK_CUE_WORDS`: "300 police", "a 395-strong force"), and the mission mentions;
2. the paragraph blocks around these cues are cut into sentences, exactly as ``split_sentences`` cuts the whole
   text (:func:`focus_sentences`);
3. the sentences holding a cue are read closely, with the sentence before each one that names no country or
   refers back ("it", "they", "the country"), where a pronoun's or a subjectless clause's actor is, and the
   sentence after each one that refers back to it ("They landed on Tuesday", "Rebels attacked the force's base").

A document without a cue yields its mission mentions only. A contribution needs a personnel noun or a unit word
next to a figure, which are cues, so the prefilter keeps every sentence the contribution rules can read; what it
gives up are events dated in sentences without peace-operations vocabulary or a reference to one (an election,
diplomatic relations, a budget vote) and actors named two or more sentences before.
``extract_document(..., prefilter=False)`` reads every sentence.

Rows come out as plain dicts with the columns of ``schemas.registry``, ids are content hashes, and the order is
deterministic.
"""

import dataclasses
import hashlib
import operator
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pipeline.extract import contributions as contributions_rules
from pipeline.extract import events as events_rules
from pipeline.extract import lang as lang_rules
from pipeline.extract import lexicon, personnel, trace
from pipeline.extract import sentences as sentences_module
from pipeline.extract import table_rules as tables_rules
from pipeline.extract.countries import find_countries
from pipeline.extract.dates import find_dates
from pipeline.extract.learn import model as learned
from pipeline.extract.missions import MissionMatcher
from pipeline.extract.regex_trie import WordStartScanner, word_trie
from pipeline.extract.sentences import split_sentences
from pipeline.extract.types import (
    Contribution,
    CountryMention,
    DocumentContext,
    Event,
    MissionMention,
    PartialDate,
    Sentence,
)

# The extractor's version, which the extraction cache keys on, is put together in pipeline.extract.version (light:
# a build that extracts nothing does not load the rules); bump there the part whose rules changed what they extract.

# --- the prefilter ---------------------------------------------------------------------------------------------
# The vocabulary of peace operations, lower case; a space matches any white space (PDF line breaks). Hand-
# written: the words a contribution (a personnel noun or unit word next to a figure) or a peace-operations event
# (deployment, withdrawal, handover, mandate, pledge, intervention, attack on a force) is not stated without.
# Stems match at the start of a word ("deploy" in "deployment").
CUE_STEMS: tuple[str, ...] = (
    # peace operations
    "peacekeep", "peace-keep", "peace keep", "peace operation", "peace support", "peace mission", "peace force",
    "pko", "blue helmet", "blue beret", "casque", "united nations", "u.n.", "un mission", "un force",
    "un operation", "un troops", "un peace", "stabilization mission", "stabilisation mission", "security council",
    "african union", "ecowas", "multinational force", "coalition force", "peace agreement", "peace accord",
    "peace deal", "peace process", "peace talks", "peace treaty",
    # personnel, units and the forces they come from
    "troop", "soldier", "servicem", "servicew", "service member", "service personnel", "personnel",
    "contingent", "battalion", "platoon", "brigade", "regiment", "detachment", "infantry", "military",
    "armed forces", "army", "armies", "air force", "navy", "naval", "coast guard", "defence minist",
    "defense minist", "ministry of defen", "department of defense", "defence force", "defense force",
    "observer", "staff officer", "formed police", "police officer", "police unit", "police personnel",
    "police contingent", "policemen", "gendarm", "fpu", "sapper", "deminer", "engineers", "medics", "paratroop",
    "commando", "marines", "guard unit", "field hospital", "level-2", "level 2", "level-ii", "helicopter",
    # what happens to them
    "deploy", "redeploy", "withdr", "pulled out", "pull out", "pullout", "pull-out", "drawdown", "draw down",
    "drew down", "repatriat", "re-hatt", "rehatt", "hand over", "handed over", "hands over", "handing over",
    "handover", "hand-over", "took over", "take over", "takes over", "taking over", "transfer of authority",
    "mandate", "interven", "invad", "invasion", "ceasefire", "cease-fire", "rotation", "rotate",
    "contribut", "pledg",
    # movements and ends of a presence that the event rules read ("vacated the camp", "flew out of Gao");
    # not "depart" (department) nor "closed" or "landed", too common in other news to be worth reading closely
    "vacat", "flew out", "flown out", "brought home", "returned home", "overran", "overrun", "wreath",
)
# Short names that are cues as whole words only ("un" is not a cue in "under", "pla" not in "plan").
CUE_WORDS: tuple[str, ...] = ("un", "u.n", "au", "eu", "nato", "pla", "sailors", "airmen")
# Words that count people or units in peace operations as in everyday news: cues only in the shapes in which
# the contribution rules read them. A person noun after its figure, as ``personnel.head_after`` reads it ("300
# police", "500 highly trained Chinese police", "188 members of parliament"), or before it ("police numbering
# 300"); a unit word after a size ("a 395-strong force", "a 200-strong combat convoy company") or before it ("a
# force of 850").
WEAK_PERSON_WORDS: tuple[str, ...] = (
    "police", "men", "women", "staff", "members", "officers", "guards", "crews", "pilots", "doctors", "nurses",
    "experts", "monitors", "specialists", "persons", "volunteers", "physicians",
)
WEAK_UNIT_WORDS: tuple[str, ...] = (
    "force", "forces", "task force", "company", "companies", "unit", "units", "team", "teams", "group", "groups",
    "squad", "squads", "squadron", "squadrons", "hospital",
)
WEAK_CUE_WORDS = WEAK_PERSON_WORDS + WEAK_UNIT_WORDS
_WEAK_PERSON = frozenset(WEAK_PERSON_WORDS)
_WEAK_UNIT = frozenset(WEAK_UNIT_WORDS)
# A figure right before a weak cue word, with at most four words between (searched in the lower-cased text);
# the figure stands on its own ("400 police"), not glued to a word or a full stop like a footnote marker
# ("training camp.133 The cricket team"). A unit's size: "395-strong", "140-member".
_NUMBER_WORDS = ("(?:" + lexicon.alternation(lexicon.number_words_between(1, 12, (15, 20, 30, 40, 50, 60, 70, 80, 90)))
                 + r"|hundreds?|thousands?|dozens?)")
_FIGURE_BEFORE = 80
_FIGURE_THEN_WORDS = re.compile(
    rf"(?:^|(?<=[\s(~$]))(?P<figure>\d[\d,.]*|{_NUMBER_WORDS})(?P<size>-[a-z]+)?\s+(?:[\w\u2019'.-]+\s+){{0,4}}$"
)
# A weak cue word, then its figure: "a force of 850", "police numbering 300", "staff, totalling 40".
_THEN_FIGURE = re.compile(
    r"\s*,?\s*(?:\(|of|with|comprising|consisting\s+of|number(?:ing|ed|s)?|totall?(?:ing|ed|s)?|"
    rf"amount(?:ing|ed|s)?\s+to)\s+(?:[a-z]+\s+){{0,2}}?(?:\d|{_NUMBER_WORDS}\b)"
)
_SPACE_RUN = re.compile(r"\s+")
# A reference to an actor named before: the sentence before a cue sentence that holds one is read too.
# Both patterns are only searched for (found or not), and start with their first letter written out (with the two
# non-ASCII letters that match "i" case-insensitively) and a lookbehind for the word start: a leading ``\b`` would
# make the engine try every position of the sentence; these skip to the letters "i" and "t".
_ANAPHOR = re.compile(r"[iI\u0130\u0131](?<!\w[iI\u0130\u0131])(?i:t(?:s|self)?)\b"
                      r"|[tT](?<!\w[tT])(?i:he(?:y|ir|m|mselves| (?:country|government|nation)))\b")
# A sentence that continues the one before it: a pronoun, the force or mission just named, or a day told from the
# date before it ("arrived in Cairo the next day", guide E5; real dev r7_003, r4_024).
_REFERS_BACK = re.compile(r"[iI\u0130\u0131](?<!\w[iI\u0130\u0131])(?i:ts?)\b"
                          r"|[tT](?<!\w[tT])(?i:he(?:y|ir|m| (?:force|mission|operation|contingent)s?"
                          r"| (?:next|following|same) day))\b")
# A figure that leans on the sentence before for its noun: "another 150", "the remaining 600", "with 980".
_CONTINUED_FIGURE = re.compile(
    r"(?i)\b(?:another|a further|the remaining|the rest|the other|of them|of whom|with|has|have|had)\s+"
    r"(?:(?:about|some|around|nearly|almost|over|more than|just over|roughly)\s+)?\d"
)
# A digit, which a continued figure ends with: sentences without one need no search for it.
_DIGIT = re.compile(r"\d")
# A character that is not white space (the same set as ``str.strip``'s): a line holding one is not blank; found
# in place, without copying the line out as ``text[a:b].strip()`` would.
_VISIBLE = re.compile(r"\S")
# How far a block boundary is looked for before cutting at a line break (a page of text without one).
MAX_BLOCK = 3000


# One prefix-tree regex over the vocabulary (see regex_trie), each cue starting a word; the scanner finds the word
# starts without a leading lookbehind, which would make the engine try every position.
# The words of a dated background happening (ev.prefilter): cues in a document about a peace operation, near a year.
_BACKGROUND = frozenset({*events_rules.BACKGROUND, *events_rules.BACKGROUND_WORDS}) - set(CUE_STEMS)
_CUE_SCAN = WordStartScanner(word_trie(sorted({*CUE_STEMS, *events_rules.BACKGROUND}),
                                       sorted({*CUE_WORDS, *WEAK_CUE_WORDS, *events_rules.BACKGROUND_WORDS})))


def cue_positions(text: str, missions: Sequence[MissionMention] = ()) -> list[int]:
    """Sorted offsets of the cues of ``text``: peace-operations vocabulary and the starts of mission mentions."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare character whose lower case is longer ("İ"): keep the offsets exact
        lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    found = []
    for start, end in _CUE_SCAN.spans(lowered):
        key = lowered[start:end]
        if not key.isalpha():
            key = _SPACE_RUN.sub(" ", key)  # "task\nforce"
        if key in _BACKGROUND:
            if missions:  # a document about a peace operation: its dated background too (ev.prefilter)
                found.extend(events_rules.years_near(text, start))
            continue
        if (key in _WEAK_PERSON or key in _WEAK_UNIT) and not _weak_cue(text, lowered, start, end,
                                                                        key in _WEAK_UNIT):
            continue
        found.append(start)
    date_lines = events_rules.date_line_cues(text)  # infobox and chronology lines (ev.chronology)
    if missions or date_lines:
        found = sorted({*found, *date_lines, *(m.start for m in missions)})
    return found


def _weak_cue(text: str, lowered: str, start: int, end: int, unit: bool) -> bool:
    """Whether a weak cue word at ``start:end`` stands next to its figure, as the contribution rules read it."""
    if _THEN_FIGURE.match(lowered, end):
        return True
    pos = max(0, start - _FIGURE_BEFORE)
    # Each figure in reach, the leftmost first: in "between 300 and 400 police" the noun is 400's.
    while (before := _FIGURE_THEN_WORDS.search(lowered, pos, start)) is not None:
        if before.group("size"):
            return True  # "a 395-strong force", "a 140-member police unit"
        if not unit:
            head = personnel.head_after(text, before.end("figure"))
            if head is not None and head.start <= start < head.end:  # "1,334 medical staff"
                return True
        pos = before.end("figure")
    return False


class _Blocks:
    """The sentence splitter's blocks (text between hard line boundaries), found only around given positions.

    ``split_sentences`` cuts a text into blocks at lines that end a paragraph, where "short" is measured against
    the typical line length of the text it is given; a few paragraphs cut out of a PDF report would have their
    own, wrong, typical length (running headers and page numbers would stick to sentences). So the typical
    length is taken from the whole document, the boundaries are found here by the splitter's own tests, and
    the splitter only ever sees one block, in which it cuts sentences exactly as it would in the whole text.
    """

    def __init__(self, text: str):
        self.text = text
        self.short = sentences_module.short_line_limit(text)
        self._breaks: dict[int, bool] = {}  # line start -> whether the line ends its block

    def next_line(self, pos: int) -> tuple[int, int, bool] | None:
        """The first non-blank line starting at or after ``pos`` (a line start): (start, end, blank lines before)."""
        text, blank, visible = self.text, False, _VISIBLE.search
        while pos <= len(text):
            newline = text.find("\n", pos)
            end = len(text) if newline < 0 else newline
            if visible(text, pos, end) is not None:
                return pos, end, blank
            if newline < 0:
                return None
            blank, pos = True, newline + 1
        return None

    def prev_line(self, line_start: int) -> tuple[int, int] | None:
        """The last non-blank line that ends before ``line_start`` (a line start)."""
        text, end, visible = self.text, line_start - 1, _VISIBLE.search
        while end >= 0:
            start = text.rfind("\n", 0, end) + 1
            if visible(text, start, end) is not None:
                return start, end
            end = start - 1
        return None

    def _break_after(self, start: int, end: int) -> bool:
        """Whether the non-blank line ``text[start:end]`` ends its block (the splitter's test, line by line).

        Memoised by line: finding a block's start walks back over lines that finding its end walks again.
        """
        known = self._breaks.get(start)
        if known is not None:
            return known
        following = self.next_line(end + 1)
        if following is None:
            ends = True
        else:
            ends = sentences_module.ends_block(self.text[start:end], self.text[following[0]:following[1]],
                                               following[2], self.short)
        self._breaks[start] = ends
        return ends

    def start_of(self, pos: int) -> int:
        """The start of the block that holds ``pos`` (or of the next block, when ``pos`` is in blank lines)."""
        line = self.next_line(self.text.rfind("\n", 0, pos) + 1)
        if line is None:
            return len(self.text)
        start = line[0]
        while pos - start < MAX_BLOCK:
            prev = self.prev_line(start)
            if prev is None or self._break_after(*prev):
                break
            start = prev[0]
        return start

    def end_of(self, start: int, at_least: int) -> int:
        """The end of the block that starts at ``start`` (a block cut after ``MAX_BLOCK`` characters still
        reaches ``at_least``)."""
        line = self.next_line(start)
        while line is not None:
            if self._break_after(line[0], line[1]) or (line[1] - start >= MAX_BLOCK and line[1] >= at_least):
                return line[1]
            line = self.next_line(line[1] + 1)
        return len(self.text)


_FIELDS: dict[type, tuple[operator.attrgetter, int, int]] = {}


def _moved(items: list, offset: int) -> list:
    """Mentions found in a slice of the text (dataclasses with ``start`` and ``end``), at document offsets.

    Faster than ``dataclasses.replace`` (which checks its arguments on every call): the fields are read with one
    ``attrgetter`` per type and the object made again with the two offsets moved.
    """
    if not offset or not items:
        return items
    cls = type(items[0])
    if cls not in _FIELDS:
        names = tuple(f.name for f in dataclasses.fields(cls))
        _FIELDS[cls] = (operator.attrgetter(*names), names.index("start"), names.index("end"))
    getter, i_start, i_end = _FIELDS[cls]
    out = []
    for x in items:
        values = list(getter(x))
        values[i_start] += offset
        values[i_end] += offset
        out.append(cls(*values))
    return out


class _BlockSentences:
    """The sentences of the blocks around the cues, each block split once (``focus_sentences``)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.blocks = _Blocks(text)
        self.split: dict[int, tuple[int, list[Sentence]]] = {}  # block start -> (block end, its sentences)

    def block(self, start: int, at_least: int) -> tuple[int, list[Sentence]]:
        if start not in self.split:
            end = self.blocks.end_of(start, at_least)
            self.split[start] = end, split_sentences(self.text[start:end], start)
        return self.split[start]

    def sentence_before(self, block_start: int, i: int, sentences: list[Sentence]) -> Sentence | None:
        if i:
            return sentences[i - 1]
        line = self.blocks.prev_line(block_start)  # the last sentence of the previous block
        previous = self.block(self.blocks.start_of(line[0]), line[1])[1] if line is not None else []
        return previous[-1] if previous else None

    def sentence_after(self, block_end: int, i: int, sentences: list[Sentence]) -> Sentence | None:
        if i + 1 < len(sentences):
            return sentences[i + 1]
        line = self.blocks.next_line(block_end + 1)  # the first sentence of the next block
        following = self.block(line[0], line[1])[1] if line is not None else []
        return following[0] if following else None


def focus_sentences(text: str, cues: Sequence[int],
                    needs_context: Callable[[Sentence], bool] | None = None,
                    refers_back: Callable[[Sentence], bool] | None = None) -> list[Sentence]:
    """The sentences the rules read closely: those holding a cue, the sentence before a cue sentence when
    ``needs_context(cue sentence)`` says so (always, without it), and the sentence after one when
    ``refers_back(next sentence)`` says so (never, without it).

    Each is the sentence ``split_sentences(text)`` would give (same span, same evidence), in text order;
    ``index`` counts the focus sentences. Only the blocks around the cues are split.
    """
    if not cues:
        return []
    reader = _BlockSentences(text)
    kept: dict[int, Sentence] = {}  # by start
    read: set[int] = set()  # starts of the cue sentences
    block_start, block_end, sentences, i = -1, -1, [], 0
    for pos in cues:
        if not block_start <= pos < block_end:
            block_start = reader.blocks.start_of(pos)
            block_end, sentences = reader.block(block_start, pos + 1)
            i = 0
        while i < len(sentences) and sentences[i].end <= pos:
            i += 1  # cues come in text order: the sentence of this one is at or after the last one's
        if i == len(sentences) or sentences[i].start in read:
            continue
        s = sentences[i]
        read.add(s.start)
        kept[s.start] = s
        if needs_context is None or needs_context(s):
            before = reader.sentence_before(block_start, i, sentences)
            if before is not None:
                kept.setdefault(before.start, before)
        if refers_back is not None:
            after = reader.sentence_after(block_end, i, sentences)
            if after is not None and after.start not in kept and refers_back(after):
                kept[after.start] = after
    ordered = [kept[k] for k in sorted(kept)]
    return [Sentence(i, s.start, s.end, s.evidence) for i, s in enumerate(ordered)]


def stable_id(*parts: object) -> str:
    """A 16-hex-digit id from the parts' text: the same inputs always give the same id."""
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def _date_cols(d: PartialDate | None) -> tuple:
    return (d.value, d.precision) if d is not None else (None, None)


@dataclass
class DocumentRows:
    contributions: list[dict]
    events: list[dict]
    mission_mentions: list[dict]


def contribution_row(doc_id: str, c: Contribution) -> dict:
    q = c.quantity
    low, high = q.low, q.high
    best = (low + high) // 2 if low is not None and high is not None else (low if low is not None else high)
    as_of, as_of_precision = _date_cols(c.as_of)
    return {
        "contribution_id": stable_id(doc_id, q.start, q.end, c.contributor_iso3, c.mission_acronym,
                                     c.personnel_type, c.status),
        "doc_id": doc_id,
        "contributor_iso3": c.contributor_iso3,
        "mission_acronym": c.mission_acronym,
        "scope": c.scope,
        "personnel_type": c.personnel_type,
        "count_low": low,
        "count_high": high,
        "count_best": best,
        "count_approx": q.approx,
        "status": c.status,
        "as_of_date": as_of,
        "as_of_precision": as_of_precision,
        "evidence": c.sentence.evidence,
        "char_start": c.sentence.start,
        "char_end": c.sentence.end,
        "figure_text": q.surface,
        "mission_method": c.mission_method,
        "extractor": c.extractor,
    }


def event_row(doc_id: str, e: Event) -> dict:
    date, precision = _date_cols(e.date.date)
    end, end_precision = _date_cols(e.date.end_date)
    return {
        # A row of a country listed with the row's actor (ev.rows: actor.co_actor) shares the date and type: its
        # actor makes its id (other ids unchanged).
        "event_id": stable_id(doc_id, e.date.start, e.date.end, e.event_type, e.sentence.start,
                              *((e.actor_iso3,) if "+actor.co_actor+" in e.extractor else ()),
                              *((e.mission_acronym,) if e.extractor.endswith("+mission.co_mission") else ())),
        "doc_id": doc_id,
        "event_date": date,
        "date_precision": precision,
        "end_date": end,
        "end_precision": end_precision,
        "actor_iso3": e.actor_iso3,
        "actor_organisation": e.actor_organisation,
        "event_type": e.event_type,
        "mission_acronym": e.mission_acronym,
        "location_iso3": e.location_iso3,
        "is_planned": e.is_planned,
        "date_text": e.date.surface,
        "evidence": e.sentence.evidence,
        "char_start": e.sentence.start,
        "char_end": e.sentence.end,
        "extractor": e.extractor,
    }


def mention_row(doc_id: str, m: MissionMention) -> dict:
    return {
        "mention_id": stable_id(doc_id, m.start, m.end, m.acronym),
        "doc_id": doc_id,
        "mission_acronym": m.acronym,
        "surface": m.surface,
        "char_start": m.start,
        "char_end": m.end,
        "method": m.method,
        "score": float(m.score),
    }


# --- the work budget -------------------------------------------------------------------------------------------
# The work of the rules on a document, counted before they run, in units that do not depend on the machine: each
# sentence read closely costs its length times (1 + the figures in it), since each figure is looked at across its
# sentence; the table rules cost one unit per character of the text. Sentences are at most
# ``sentences.MAX_SENTENCE_CHARS`` long, so a document's work grows linearly with its figures. The default budget
# (DEFAULT_WORK_BUDGET) is in pipeline.extract.version.
_FIGURE = re.compile(r"\d[\d,.]*")


class WorkBudgetExceeded(Exception):
    """A document would cost the rules more work units than its budget allows."""

    def __init__(self, units: int, budget: int):
        super().__init__(f"work budget exceeded: {units:,} work units for the rules (characters read closely "
                         f"times the figures in them), budget {budget:,}; the document is too dense in figures "
                         "to read in bounded time: split it, or raise PKDATA_WORK_BUDGET")
        self.units, self.budget = units, budget


def work_units(text: str, sentences: Sequence[Sentence]) -> int:
    """The work units of reading ``sentences`` of ``text`` closely, plus the table scan of the whole text."""
    units = len(text)
    for s in sentences:
        units += (s.end - s.start) * (1 + len(_FIGURE.findall(text, s.start, s.end)))
    return units


def _check_budget(text: str, sentences: Sequence[Sentence], budget: int | None) -> None:
    if budget is not None:
        units = work_units(text, sentences)
        if units > budget:
            raise WorkBudgetExceeded(units, budget)


def extract_document(text: str, ctx: DocumentContext, matcher: MissionMatcher, *,
                     prefilter: bool = True, work_budget: int | None = None) -> DocumentRows:
    """All rows that one document's text yields; ``prefilter=False`` reads every sentence (see the module doc).

    ``work_budget``: raise :class:`WorkBudgetExceeded` before the rules run when the document would cost more
    work units (:func:`work_units`) than that; None: no limit.
    """
    missions: Sequence[MissionMention] = matcher.find_mentions(text, ctx.published)
    if "mission_start" not in ctx.extra:
        # Mission start dates, for the event rules (an event long before its mission began names none). Built once
        # per matcher and shared by every document: the event rules only read it.
        ctx.extra["mission_start"] = matcher.starts
        ctx.extra["mission_organisation"] = matcher.organisations  # "other": a mission no organisation mandates
    if ctx.extra.get("mission_index") is not matcher:  # the event rules' definite descriptions (ev.mission)
        ctx.extra["mission_index"] = matcher
    if prefilter:
        found: dict[int, list[CountryMention]] = {}  # countries by sentence start

        def countries_in(s: Sentence) -> list[CountryMention]:
            if s.start not in found:
                found[s.start] = _moved(find_countries(text[s.start:s.end]), s.start)
            return found[s.start]

        def needs_context(s: Sentence) -> bool:
            # The sentence before says who "it" is, or who acts in a sentence that names no country.
            return not countries_in(s) or _ANAPHOR.search(text, s.start, s.end) is not None

        def refers_back(s: Sentence) -> bool:
            # "The last Dutch soldiers flew out of Gao. They landed on Tuesday in Eindhoven."; a figure that
            # continues the sentence before without a noun of its own: "Another 150 are expected in March.",
            # "Rwanda follows with 980, Bangladesh with 950."
            return (_REFERS_BACK.search(text, s.start, s.end) is not None
                    or (_DIGIT.search(text, s.start, s.end) is not None
                        and _CONTINUED_FIGURE.search(text, s.start, s.end) is not None))

        sentences = focus_sentences(text, cue_positions(text, missions), needs_context, refers_back)
        _check_budget(text, sentences, work_budget)
        countries = [c for s in sentences for c in countries_in(s)]
        dates = [d for s in sentences for d in _moved(find_dates(text[s.start:s.end], ctx.published), s.start)]
    else:
        sentences = split_sentences(text)
        _check_budget(text, sentences, work_budget)
        countries = find_countries(text)
        dates = find_dates(text, ctx.published)
    if trace.active():
        for s in sentences:
            trace.note("document", "sentence", "read_closely", pos=s.start)
    if sentences and not lang_rules.reads(ctx):  # a language with lexicons of its own is read by lang only
        contribs = contributions_rules.extract_contributions(text, sentences, countries, missions, dates, ctx,
                                                             matcher)
        events = events_rules.extract_events(text, sentences, countries, missions, dates, ctx)
    else:
        contribs, events = [], []
    if lang_rules.reads(ctx):  # not English: the language's own lexicons (pipeline.extract.lang)
        contribs, events = lang_rules.extract(text, ctx, missions)
    # Contributor tables flattened into lines state figures no sentence does; a figure a sentence rule read
    # already is not read twice, except inside a block whose layout a table rule reads (``table_rules.merge``).
    contribs = tables_rules.merge(contribs, tables_rules.extract_table_contributions(text, missions, ctx, matcher,
                                                                                       contribs))
    # The learned steps (``pipeline.extract.learn``: a status model, a keep model), from the shipped model file.
    contribs = learned.apply(contribs, text, missions, dates, ctx)
    return DocumentRows(
        contributions=[contribution_row(ctx.doc_id, c) for c in contribs],
        events=[event_row(ctx.doc_id, e) for e in events],
        mission_mentions=[mention_row(ctx.doc_id, m) for m in missions],
    )
