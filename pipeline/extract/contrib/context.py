"""The state the stages share: ``SentenceContext`` (one sentence being read: its text and mentions, the rows
found so far, what is computed once per sentence), ``Candidate`` (a figure with its head noun and the rule that
found it) and ``_Focus`` (what the document is about so far: the last sender, mission and row).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.extract import lexicon, personnel, publishers, status
from pipeline.extract.contrib.common import (
    _COORDINATION,
    _UNREAD,
    _clause_breaks,
    _in_spans,
    _is_destination,
    _list_lead,
    _slice,
)
from pipeline.extract.contrib.vetoes import _CASUALTY
from pipeline.extract.types import (
    Contribution,
    CountryMention,
    DateMention,
    DocumentContext,
    MissionMention,
    PartialDate,
    Quantity,
    Sentence,
)

# Words of peace operations: a document without any, and without a mission mention, is not about them, and its
# figures of soldiers and police (an election, a domestic operation, a national army) are not contributions
# unless their sentence names a mission or all UN operations.
_PEACE_CONTEXT = re.compile(
    r"peace[\s-]?keep|blue\s+(?:helmet|beret)s?|casques?\s+bleus|(?-i:\bU\.?N\.?\b)|united\s+nations|"
    r"african\s+union|\bpkos?\b|(?:troop|police)[\s-]+contribut|contributing\s+countr|"
    # "the Secretary-General announced that substantial progress had been made in the formation of the international
    # force", "the Security Council" (Hansard 1964 on UNFICYP, real dev r3_020); not a national security council
    r"secretary[\s-]general|(?<!national\s)security\s+council",
    re.IGNORECASE,
)


class _Focus:
    """What the discourse is about so far: the last sender country, and the last mission named or the scope of
    the last figure ("in UN missions around the world" makes "It has contributed 100,000 since 1958" global)."""

    def __init__(self) -> None:
        self.country: str | None = None
        self.mission: str | None = None
        self.scope: str = "mission"  # or "all_un_pko"
        self.mission_sentence: int = -1_000  # index of the sentence that named or used the mission
        # The last row's type, status and date, and its sentence: what "another 200" and "of them" count, and
        # the plan or the movement that "The battalion includes 120 engineers" or "400 left on Monday" continue.
        self.ptype: str | None = None
        self.status: str | None = None
        self.as_of: PartialDate | None = None
        self.row_sentence: int = -1_000
        self.mentions: dict[str, int] = {}  # how often each mission has been named so far
        self.document_missions: frozenset[str] = frozenset()  # every mission the document names
        self.named_order: tuple[str, ...] = ()  # the same, in the order the document first names them
        self.first_named: int | None = None  # where the document first names a mission
        self.senders: dict[str, int] = {}  # rows so far per sender
        self._peace: bool | None = None

    def story_country(self) -> str | None:
        """The country a unit named without one belongs to ("The largest deployments are ..."): the last sender,
        unless it sent one row in an aside ("A section of 12 soldiers from Malta will also serve with the
        battalion") while another sender has several."""
        last = self.country
        if last is not None and self.senders.get(last, 0) <= 1:
            # the sender with most rows; among equals the first the story named (dicts keep insertion order)
            main = max(self.senders.items(), key=lambda kv: kv[1], default=(None, 0))
            if main[0] is not None and main[0] != last and main[1] >= 2:
                return main[0]
        return last

    def about_peace_operations(self, text: str, missions: Sequence[MissionMention]) -> bool:
        """Whether the document speaks of peace operations (decided once, when a figure first needs it)."""
        if self._peace is None:
            self._peace = any(m.acronym for m in missions) or _PEACE_CONTEXT.search(text) is not None
        return self._peace


# Words after a figure that leave it free to count people: "a further 300 to MINUSCA", "300 arrived", "600 of".
_FREE_AFTER = lexicon.word_set("free_after")


_NEXT_WORD = re.compile(r"\s+(?:[A-Z][\w\u2019'-]*\s+)?([a-z][a-z-]*)")


def _may_count_people(text: str, end: int) -> bool:
    """Whether the figure ending at ``end`` may count people: its next word is a personnel noun or leaves it
    without a noun ("300 to Chad"), not another noun ("two flights", "12 vehicles")."""
    m = _NEXT_WORD.match(text, end, end + 60)
    if m is None:
        return True
    return m.group(1) in _FREE_AFTER or personnel.PERSON_NOUN_RE.match(text, m.start(1)) is not None


class DocumentReading:
    """What the sentences of one document share: its text, context and mission matcher, its mentions (sorted,
    with document offsets) and the focus carried from sentence to sentence."""

    def __init__(self, text: str, mentions: tuple[Sequence[CountryMention], Sequence[MissionMention],
                                                  Sequence[DateMention]], ctx: DocumentContext, matcher) -> None:
        self.text, self.ctx, self.matcher = text, ctx, matcher
        self.countries, self.missions, self.dates = mentions
        self._mentions = mentions
        self._starts = tuple([m.start for m in kind] for kind in mentions)
        self.focus = _Focus()
        self.focus.document_missions = frozenset(m.acronym for m in self.missions if m.acronym)
        self.focus.named_order = tuple(dict.fromkeys(m.acronym for m in self.missions if m.acronym))
        self.focus.first_named = min((m.start for m in self.missions if m.acronym), default=None)
        # The country the publisher speaks for ("Houses of the Oireachtas": Ireland), None for most publishers.
        self.home = publishers.home_country(ctx.publisher, ctx.url)

    def in_sentence(self, kind: int, sent: Sentence) -> list:
        """The mentions of ``kind`` (0 countries, 1 missions, 2 dates) that start in the sentence."""
        return _slice(self._mentions[kind], self._starts[kind], sent.start, sent.end)

    def about_peace(self) -> bool:
        """Whether the document speaks of peace operations (``_Focus.about_peace_operations``)."""
        return self.focus.about_peace_operations(self.text, self.missions)


def _mission_spans(text: str, missions: list[MissionMention], countries: list[CountryMention]
                   ) -> list[tuple[int, int]]:
    """The spans of the sentence's mission names, each with the country name right after it, which names the
    mission's place: "the EU Training Mission (EUTM) Somalia with 10 personnel" (Dáil answer), not a sender."""
    spans = []
    for m in missions:
        end = m.end
        after = next((c for c in countries if c.start >= end), None)
        if after is not None and after.kind == "name" and not text[end:after.start].strip(" )"):
            end = after.end
        spans.append((m.start, end))
    return spans


class SentenceContext:
    """One sentence being read: its text and mentions, the document's focus, and what is found once per sentence."""

    def __init__(self, doc: DocumentReading, sent: Sentence, countries: list[CountryMention],
                 missions: list[MissionMention], lowered: str) -> None:
        self.text, self.sent, self.lowered = doc.text, sent, lowered  # ``lowered``: the sentence in lower case
        self.countries, self.missions, self.dates = countries, missions, doc.in_sentence(2, sent)
        self.doc = doc  # the document's reading: its dates for a paragraph's "As of <date>," lead
        self.mission_spans = _mission_spans(doc.text, missions, countries)
        self.ctx, self.matcher, self.focus, self.home = doc.ctx, doc.matcher, doc.focus, doc.home
        self.about_peace = doc.about_peace  # () -> bool: whether the document speaks of peace operations
        self._breaks: list[tuple[int, int]] | None = None
        self.out: list[Contribution] = []
        self.all_figures: list[Quantity] = []
        self.kind_before: dict[int, str] = {}
        self._figures: list[tuple[int, int]] | None = None
        self.respectively_cache: dict[int, str] | None = None
        self._present: dict[re.Pattern, bool] = {}
        self._lead: str | None | object = _UNREAD

    def list_lead(self) -> str | None:
        """The status the lead-in of the sentence's list gives (``_list_lead``), found once per sentence."""
        if self._lead is _UNREAD:
            self._lead = _list_lead(self.text, self.sent.start)
        return self._lead

    def in_sentence(self, regex: re.Pattern) -> bool:
        """Whether ``regex`` matches anywhere in the sentence (the lower-cased copy for ``_CASUALTY``), once."""
        if regex not in self._present:
            found = regex.search(self.lowered) if regex is _CASUALTY else \
                regex.search(self.text, self.sent.start, self.sent.end)
            self._present[regex] = found is not None
        return self._present[regex]

    @property
    def figures(self) -> list[tuple[int, int]]:
        """The spans of the sentence's count figures that may count people (document offsets): the figures a date
        or a partitive can belong to; found when first needed."""
        if self._figures is None:
            self._figures = [(q.start, q.end) for q in self.all_figures if _may_count_people(self.text, q.end)]
        return self._figures

    @property
    def breaks(self) -> list[tuple[int, int]]:
        """The sentence's clause boundaries, found when a figure first needs them."""
        if self._breaks is None:
            self._breaks = _clause_breaks(self.text, self.sent)
        return self._breaks

    def antecedent(self, pos: int) -> tuple[str, str] | None:
        """The personnel type of the group a figure without a noun refers to, and its noun: the type of the
        sentence's row before ``pos``, else its last personnel noun before ``pos``, else the type of the last row
        when it was read in the last two sentences (with no noun)."""
        if self.out and self.out[-1].quantity.end <= pos:
            return self.out[-1].personnel_type, ""  # the figure before it in the sentence, as it was read
        noun = None
        for noun in personnel.PERSON_NOUN_RE.finditer(self.text, self.sent.start, pos):
            pass
        if noun is not None:
            return personnel.person_noun_type(noun), noun.group(0)
        if self.focus.ptype is not None and self.sent.index - self.focus.row_sentence <= 2:
            return self.focus.ptype, ""
        return None

    def antecedent_type(self, pos: int) -> str | None:
        antecedent = self.antecedent(pos)
        return antecedent[0] if antecedent is not None else None

    def coordinated(self, first: CountryMention, limit: int) -> list[CountryMention]:
        """``first`` and the countries joined to it before ``limit`` ("Burundi and Gabon", "Nepal, India and
        Bangladesh"), deduplicated by code."""
        group = [first]
        for c in self.countries:
            if c.start <= group[-1].start:
                continue
            if c.start >= limit or not _COORDINATION.fullmatch(self.text, group[-1].end, c.start):
                break
            group.append(c)
        return list({c.iso3: c for c in group}.values())

    def country_after(self, pos: int) -> CountryMention | None:
        """The first country after ``pos`` in the sentence that is not a destination nor in a mission's name."""
        for c in self.countries:
            if c.start < pos or _in_spans(c.start, self.mission_spans):
                continue
            if _is_destination(self.text, c.start):
                continue
            return c
        return None



class Candidate:
    """A figure with its head noun and the candidate rule that found it, its clause and noun phrase, and what
    the later stages decide for it (senders, status)."""

    __slots__ = ("q", "clause", "head", "rule", "np_start", "np_end", "modifiers", "lo", "hi", "_clause_status",
                 "senders", "sender_rule")

    def __init__(self, text: str, q: Quantity, clause: tuple[int, int], head: personnel.HeadNoun, rule: str):
        self.q, self.clause, self.head, self.rule = q, clause, head, rule
        self.np_start = head.np_start if head.np_start is not None else q.start
        self.np_end = max(head.end, q.end)
        self.modifiers = head.modifiers if head.np_start is None else tuple(text[self.np_start:head.start].split())
        # the figure's neighbourhood
        self.lo, self.hi = max(clause[0], self.np_start - 60), min(clause[1], self.np_end + 60)
        self._clause_status: tuple[str, str] | None = None
        self.senders: list[str] = []
        self.sender_rule = ""

    def clause_status(self, text: str) -> tuple[str, str]:
        """The status its clause's verb gives the figure, and its cue (``status.figure_status``), found once.
        "the number of Ghanaian peacekeepers ... will rise to 1,570": the verb after the noun is its predicate."""
        if self._clause_status is None:
            clause, head = self.clause, self.head
            status_end = head.end if self.rule == "number_of" and head.np_start is not None else self.np_end
            self._clause_status = status.figure_status(text[clause[0]:clause[1]], self.np_start - clause[0],
                                                       status_end - clause[0])
        return self._clause_status
