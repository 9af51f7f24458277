"""Per-document look-ups of the possible actors (countries, organisations, missions; ``DocIndex``), the subject
position of an entity, the subject of a sentence (memoised), the focus mission of the document."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from pipeline.extract import lexicon
from pipeline.extract.ev.clauses import _ORGANISATION_RE, _organisation
from pipeline.extract.ev.common import Entity, _slice
from pipeline.extract.types import CountryMention, MissionMention, Sentence

# Compass words before a place ("in northern Mali"), the one-word ones of ``data/word_lists.csv``.
_COMPASS = lexicon.alternation(w for w in lexicon.words("compass") if "-" not in w)
_PREPOSITION_BEFORE = re.compile(
    r"(?i)\b(?:in|to|into|from|of|for|with|against|on|at|by|across|throughout|towards?|over|between|within"
    r"|inside|near|via|than|like|including|under|about|among|and|or|as|than|onto|upon|toward)\s+(?:the\s+)?"
    r"(?:(?:" + _COMPASS + r"|neighbou?ring)\w*\s+)?$"
)
# A unit or a share "of" a country's people is the subject, not an object: "a company of Ghanaian troops".
_PARTITIVE_BEFORE = re.compile(
    r"(?i)\b(?:contingents?|compan(?:y|ies)|battalions?|groups?|units?|platoons?|detachments?|teams?|squadrons?"
    r"|part(?:y|ies)|elements?"
    r"|batch|wave|rotations?|flights?|dozens|hundreds|thousands|rest|remainder|most|some|all|many|half|part"
    # who speaks or decides for a country: "The representative of Ghana said her country had deployed"
    r"|representatives?|delegates?|delegations?|ambassadors?|government|ministers?|ministry|president|parliament"
    r"|armed\s+forces|army|navy|air\s+force|people)"
    r"\s+of\s+(?:the\s+)?(?:(?:first|last|remaining|\d[\d,]*"
    r"|some|about|around|nearly|more\s+than)\s+)*$"
)
_PEOPLE_FROM_BEFORE = re.compile(
    r"(?i)\b(?:troops|soldiers|peacekeepers|personnel|police|officers|contingents?|units?|battalions?|forces|experts"
    r"|observers|engineers)\s+from\s+(?:the\s+)?$"
)
_PREPOSITIONS = lexicon.word_set("subject_prepositions")
_CLAUSE_OPENING = re.compile(r"(?i)[\s,;–—-]*(?:(?:and|but|or|while|whereas)\s+)?(?:the\s+)?")
# Verb-like words: a sentence's subject comes before the first of them. Lower-case "-ed" words except a few
# that are mostly adjectives, auxiliaries and frequent irregular past forms.
_FIRST_VERB = re.compile(
    r"(?<![\w-])(?:(?!(?:armed|united|based|limited|unprecedented|detailed|dedicated|experienced|skilled"
    r"|coordinated|integrated|related|concerned|so-called)\b)[a-z][\w’'-]*ed|is|are|was|were|has|have|had|will"
    r"|would|can|could|may|might|must|should|shall|does|did|do|plans|hopes|says|said|sent|took|began|left|led"
    r"|fought|made|became|gave|held|met|told|won|lost|ran|began|continues|remains)\b"
)
_DATELINE_PREFIX = re.compile(
    r"\W*[A-Z]{2}[A-Z .'’/-]*(?:,[^—–\n]{1,40}?\s*(?:\([^)]{1,30}\))?|\s*\([^)]{1,30}\))\s*(?:—|–|--?)\s+"
)
_MAX_SENTENCE_GAP = 300  # characters between two sentences for the first to hold the antecedent of the second
_PRONOUN = re.compile(r"(?i)\b(?:it|they|its|their|itself|themselves)\b")
_LOCATIVE_BEFORE = re.compile(
    r"(?i)\b(?:in|to|into|across|throughout|within|inside|invaded|invade|invades|attacked|entered)\s+(?:the\s+)?"
    r"(?:(?:" + _COMPASS + r")\w*\s+)?$"
)
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
_GENERIC_UN = re.compile(
    r"\b(?:UN|U\.N\.|United\s+Nations)\s+(?:peacekeep\w*|force|mission|troops|operation|blue\s+helmets)"
)
# Run on lower-cased text (a case-sensitive expression is much faster than a case-insensitive one).
_GENERIC_MISSION = re.compile(
    r"\bthe\s+(?:(?:u\.n\.|un|united\s+nations|au|african\s+union|peacekeeping|hybrid|regional|joint)\s+){0,2}"
    r"(?:mission|force|operation)\b|\b(?:a|an|the|its)\s+(?:u\.n\.|un|united\s+nations)\s+(?:peacekeeping\s+)?"
    r"(?:camp|base|convoy|patrol|position|compound)s?\b"
)
_ANAPHORA_REACH = 1500  # characters between the last named mission and a sentence that says "the mission"
_FROM_OR_TO = re.compile(r"(?i)\b(?:from|to|into|by)\b")
_SUBJECT_KINDS = frozenset({"name", "capital", "armed_force", "demonym", "adjective"})


def _focus_mission(missions: list[MissionMention]) -> str | None:
    """The mission the document mentions most (ties: the first mentioned)."""
    counts = Counter(m.acronym for m in missions if m.acronym)
    if not counts:
        return None
    first = {}
    for m in missions:
        if m.acronym and m.acronym not in first:
            first[m.acronym] = m.start
    return min(counts, key=lambda a: (-counts[a], first[a]))

# A unit's infobox line that names its country, near the top of its page.
_UNIT_COUNTRY_LINE = re.compile(r"(?m)^[ \t]*-?[ \t]*(?:Country|Allegiance)[ \t]*:?[ \t]+(\S[^\n]*)$")
_UNIT_LEAD = 1500
_TITLE_MAX = 160  # characters: a longer first line is a paragraph, no title


class DocIndex:
    """Per-document lookups: entities sorted by start, subjects of sentences (memoised)."""

    def __init__(self, text: str, sentences: list[Sentence], countries: list[CountryMention],
                 missions: list[MissionMention], publisher_iso3: str | None = None,
                 mission_start: dict | None = None, mission_organisation: dict | None = None, mission_index=None):
        self.text = text
        self.mission_index = mission_index  # the matcher (a MissionIndex), for definite descriptions (ev.mission)
        self.publisher_iso3 = publisher_iso3  # the state whose body published the document, if any
        self.mission_start = mission_start or {}  # acronym -> start date, when the caller provides it
        self.mission_organisation = mission_organisation or {}  # acronym -> the catalog's organisation
        self.sentences = sentences
        # Inputs are sorted by start (the API's contract); entities are made only for the ranges looked at.
        self.countries = sorted((c for c in countries if c.kind in _SUBJECT_KINDS), key=lambda c: c.start)
        self.country_starts = [c.start for c in self.countries]
        self.missions = sorted((m for m in missions if m.acronym), key=lambda m: m.start)
        self.mission_starts = [m.start for m in self.missions]
        self._subjects: dict[int, Entity | None] = {}
        self._cache: tuple[int, int, list[Entity], list[int]] = (0, -1, [], [])
        self._about_peace: bool | None = None

    @property
    def about_peace_operations(self) -> bool:
        """The document names a mission or speaks of peacekeeping (``past_verb``), computed once."""
        if self._about_peace is None:
            from pipeline.extract.ev.past_verb import about_peace_operations

            self._about_peace = about_peace_operations(self.text, self.missions)
        return self._about_peace

    def main_country(self) -> str | None:
        """The country the document is about: the one it names most, strictly more often than any other and at
        least three times, the publishing state left out (a ministry's page on a mission abroad)."""
        if not hasattr(self, "_main"):
            counts = Counter(c.iso3 for c in self.countries if c.iso3 and c.iso3 != self.publisher_iso3).most_common(2)
            top = counts[0] if counts and counts[0][1] >= 3 else None
            self._main = top[0] if top and (len(counts) == 1 or counts[1][1] < top[1]) else None
        return self._main

    def unit_country(self) -> str | None:
        """The country of a national unit's page: the one country its lead infobox line "Country Indonesia" or
        "- Country: Netherlands" (or "Allegiance:") names, within the page's first lines (r8_110 the Garuda
        Contingent, r4_030 Dutchbat); None when the line names none or several ("- Allegiance: peacekeeping force
        backed by Egypt, Israel, and the United States")."""
        if not hasattr(self, "_unit"):
            self._unit = None
            line = _UNIT_COUNTRY_LINE.search(self.text, 0, min(len(self.text), _UNIT_LEAD))
            if line is not None:
                named = {c.iso3 for c in self.countries[:bisect_left(self.country_starts, line.end())]
                         if c.start >= line.start(1) and c.iso3}
                self._unit = next(iter(named)) if len(named) == 1 and "," not in line.group(1) else None
        return self._unit

    def title_country(self) -> str | None:
        """The one country that the document's first line, its title, names ("Pakistan Army - UN Peacekeeping
        Missions", r12_045); None when it names none or several, or when the line is no title: longer than a
        title, or naming a mission or a date ("EUTM (Mali) - February 2013 to date" opens a list)."""
        if not hasattr(self, "_title"):
            end = self.text.find("\n")
            end = len(self.text) if end < 0 else end
            named = {c.iso3 for c in self.countries[:bisect_left(self.country_starts, end)] if c.iso3 and c.end <= end}
            title = len(named) == 1 and end <= _TITLE_MAX and not (self.mission_starts and self.mission_starts[0] < end) \
                and not any(ch.isdigit() for ch in self.text[:end])
            self._title = next(iter(named)) if title else None
        return self._title

    def entities_in(self, start: int, end: int) -> list[Entity]:
        """Countries, missions and organisations inside [start, end), by start (longest first on ties)."""
        low, high, cached, starts = self._cache
        if low <= start and end <= high:  # inside the sentence being read: filter its entities
            return [e for e in cached[bisect_left(starts, start):bisect_left(starts, end)] if e.end <= end]
        return self._entities(start, end)

    def focus_on(self, sentence: Sentence, organisations: list[Entity]) -> None:
        """Cache the entities of a sentence (its organisations come from the sentence scan): most look-ups fall
        inside the sentence being read."""
        found = self._entities(sentence.start, sentence.end, organisations)
        self._cache = (sentence.start, sentence.end, found, [e.start for e in found])

    def _entities(self, start: int, end: int, organisations: list[Entity] | None = None) -> list[Entity]:
        found = [Entity(c.start, c.end, iso3=c.iso3) for c in _slice(self.countries, self.country_starts, start, end)]
        found += [Entity(m.start, m.end, mission=m.acronym)
                  for m in _slice(self.missions, self.mission_starts, start, end)]
        if organisations is None:
            organisations = [_organisation(m) for m in _ORGANISATION_RE.finditer(self.text, start, end)]
        for o in organisations:
            if not any(e.start <= o.start < e.end for e in found):  # "UN" inside a mission's name
                found.append(o)
        found.sort(key=lambda e: (e.start, -e.end))
        return found

    def is_subject_position(self, e: Entity, floor: int) -> bool:
        window = self.text[max(floor, e.start - 40):e.start]
        if e.start - floor <= 40 and _CLAUSE_OPENING.fullmatch(window):
            return True  # first words of its clause: ", and Niger followed"
        words = window.rsplit(None, 3)[-3:]
        if not any(w.lower() in _PREPOSITIONS for w in words):
            return True
        if _PARTITIVE_BEFORE.search(window) or _PEOPLE_FROM_BEFORE.search(window):
            return True  # "A contingent of 200 Kenyan police officers landed", "peacekeepers from Nepal completed"
        return not _PREPOSITION_BEFORE.search(window)

    def body_start(self, index: int) -> int:
        """Where a sentence's own words start: after a dateline ("BAMAKO, Mali (AP) — ")."""
        s = self.sentences[index]
        m = _DATELINE_PREFIX.match(self.text, s.start, s.end)
        return m.end() if m else s.start

    def first_subject(self, start: int, end: int, before_verb: bool = False) -> Entity | None:
        """The first entity of [start, end) that no preposition introduces; with ``before_verb``, only before
        the first verb-like word (so that an object, "to subsume AFISMA", is not taken for the subject)."""
        if before_verb:
            verb = _FIRST_VERB.search(self.text, start, end)
            if verb is not None:
                end = verb.start()
        for e in self.entities_in(start, end):
            if self.is_subject_position(e, start):
                return e
        return None

    def sentence_subject(self, index: int, depth: int = 0) -> Entity | None:
        """The subject of a sentence: its first entity in subject position; a pronoun defers to the previous."""
        if index not in self._subjects:
            s = self.sentences[index]
            subject = self.first_subject(self.body_start(index), s.end, before_verb=True)
            if subject is None and depth < 3 and _PRONOUN.search(self.text, s.start, min(s.end, s.start + 80)):
                subject = self.previous_subject(index, depth + 1)
            self._subjects[index] = subject
        return self._subjects[index]

    def previous_subject(self, index: int, depth: int = 0) -> Entity | None:
        """The subject of the sentence before, if it is the text's previous sentence (the list a caller gives
        may hold selected sentences only: one far before is no antecedent)."""
        if index <= 0 or self.sentences[index].start - self.sentences[index - 1].end > _MAX_SENTENCE_GAP:
            return None
        return self.sentence_subject(index - 1, depth)


# ---------------------------------------------------------------------------------------------------------
# Checks that need the countries and missions of the sentence

def _mission_within(doc: DocIndex, start: int, end: int) -> MissionMention | None:
    found = _slice(doc.missions, doc.mission_starts, start, end)
    return found[0] if found else None
