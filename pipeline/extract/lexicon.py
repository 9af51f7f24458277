"""Word lists and cue lexicons of the extraction library, one copy each, read from data files beside the code
and validated when first loaded.

* ``data/number_words.csv`` (``word,value``): the cardinal number words. The figure parser (``numbers``), the
  dates, the prefilters and the rules that name a count in words ("from six countries", "over twelve years") take
  their words from here, each the range it needs (``number_words_between``).
* ``data/word_lists.csv`` (``list,word,label,note``): named word lists (compass words, casualty words, the words
  before a destination ...) and small maps (``label``: a personnel type, a rank). Each list is declared in
  ``LISTS`` below with what its words and labels must be.
* ``data/cue_patterns.csv`` (``list,label,pattern,note``): regular expressions with the label they give (the
  status that a list's lead-in line gives its items).

Validation: the columns are the ones above, every list is declared, words are lower-case and trimmed, no word
is listed twice in a list, labels are in their vocabulary, patterns compile. A bad file raises ``LexiconError``
naming the file, the line and what to change; the files are read once per process.
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from schemas.vocabularies import MISSION_KINDS, PERSONNEL_TYPES, STATUSES

DATA = Path(__file__).with_name("data")
NUMBER_WORDS_PATH = DATA / "number_words.csv"
WORD_LISTS_PATH = DATA / "word_lists.csv"
CUE_PATTERNS_PATH = DATA / "cue_patterns.csv"


class LexiconError(ValueError):
    """A word list or cue file that does not validate."""


def _is_int(label: str) -> bool:
    return label.isdigit()


@dataclass(frozen=True)
class ListSpec:
    """What a declared list holds: ``words``: a vocabulary its words must belong to (None: any word);
    ``labels``: a check its labels must pass (None: no labels)."""

    doc: str
    words: tuple[str, ...] | None = None
    labels: Callable[[str], bool] | None = None


def _in(vocabulary) -> Callable[[str], bool]:
    return lambda label: label in vocabulary


LISTS: dict[str, ListSpec] = {
    "compass": ListSpec("compass and position adjectives of places ('northern Mali', 'south-eastern Chad')"),
    "casualty": ListSpec("words of casualties, the dead honoured, people held or freed: a figure near them is no "
                         "contribution"),
    "destination": ListSpec("words after which a country is where personnel go or come from, not who sends them"),
    "leaving": ListSpec("words before the place a departure leaves ('left Accra', 'departed from Kathmandu')"),
    "not_subject": ListSpec("words after which a country is not the subject ('talks with Mali')"),
    "non_country_senders": ListSpec("modifiers that name a sender that is not one country ('African troops')"),
    "anaphoric_words": ListSpec("the word before a figure without a noun that continues a group ('another 200')"),
    "anaphoric_pairs": ListSpec("the two words before such a figure ('the remaining 600')"),
    "act_words": ListSpec("verbs of sending or withdrawing before a figure without a noun ('pulled out 450.')"),
    "act_pairs": ListSpec("two-word verbs of the same ('brought home 300')"),
    "loss_words": ListSpec("verbs of losing people: the figure after them counts the dead ('losing 124 of them')"),
    "free_after": ListSpec("words after a figure that leave it free to count people ('300 to Chad')"),
    "unit_np_words": ListSpec("words of a unit's noun phrase before the unit word ('its second infantry "
                              "battalion')"),
    "plan_words": ListSpec("words of a whole still to come ('600 of an expected 650')"),
    "learned_tense_words": ListSpec("words of tense, aspect and modality: features of the learned steps "
                                    "(pipeline.extract.learn.features)"),
    "weak_cues": ListSpec("status cues that say what an item holds, not what was done with it ('including')"),
    "to_mission": ListSpec("words before a mission that make it the figure's destination ('to UNMISS')"),
    "homeward": ListSpec("words before the place a withdrawn contingent goes ('flew back to N'Djamena')"),
    "running_types": ListSpec("nouns of a running total ('raising its contingent to 1,000') and the personnel "
                              "type they count", labels=_in(PERSONNEL_TYPES)),
    "table_cell_nouns": ListSpec("nouns a flattened table writes after a cell's figure ('40 troops 10 civpol 8 "
                                 "UNMOs') and the personnel type they count", labels=_in(PERSONNEL_TYPES)),
    "table_heading_types": ListSpec("sub-headings of a force's composition list ('Infantry battalions') that type "
                                    "their rows; other sub-headings give troops", labels=_in(PERSONNEL_TYPES)),
    "police_missions": ListSpec("missions whose uniformed personnel were police only, besides those of kind 'police' "
                                "(acronyms, lower case): soldiers sent to their host serve with another force"),
    "observer_missions": ListSpec("missions whose military personnel were unarmed observers only (acronyms, lower "
                                  "case): their personnel of no stated kind are observers"),
    "kind_rank": ListSpec("mission kinds by how likely a contingent sent to the host country joins one (lower "
                          "first)", words=MISSION_KINDS, labels=_is_int),
    "event_organisations": ListSpec("organisations that act in events, as written (lower case) -> their code",
                                    labels=str.isupper),
    "clause_boundaries": ListSpec("words that open a clause: the events' sentence scan cuts before them"),
    "subject_prepositions": ListSpec("words before an entity that may make it an object, not a subject ('in Mali')"),
    "service_branches": ListSpec("a country's armed services, as written (lower case): the parts of a total "
                                 "serving overseas by service ('376 Army, 32 Air Corps and 9 Naval Service') are "
                                 "no contributions"),
    "participle_determiners": ListSpec("words after which a past participle before a noun is an adjective ('the "
                                       "deployed troops')"),
}
PATTERN_LISTS: dict[str, ListSpec] = {
    "lead_status": ListSpec("what a list's lead-in line says its items are ('Commitments announced include:'), "
                            "first match wins", labels=_in(STATUSES)),
    "decision_to_un": ListSpec("a sentence that tells a government decision to the UN (a letter to the Secretary-"
                               "General, a UN spokesman): the decision is a pledge (C11)", labels=_in(STATUSES)),
    "standing_genre": ListSpec("a sentence that ranks contributors or spreads a figure over several missions: a "
                               "progressive 'is contributing' there is a standing total", labels=_in(STATUSES)),
}


def _rows(path: Path, columns: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """(line number, row) of a CSV file whose header must be ``columns``."""
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if tuple(reader.fieldnames or ()) != columns:
            raise LexiconError(f"{path.name}: the header must be {','.join(columns)}, not "
                               f"{','.join(reader.fieldnames or ())}")
        return [(reader.line_num, row) for row in reader]


def _check_word(path: Path, line: int, word: str) -> None:
    if not word or word != word.strip() or word != word.lower():
        raise LexiconError(f"{path.name} line {line}: {word!r}: a word must be non-empty, trimmed and lower-case")


@functools.cache
def load_word_lists(path: Path = WORD_LISTS_PATH) -> dict[str, dict[str, str]]:
    """list name -> {word: label}, in file order; validated."""
    out: dict[str, dict[str, str]] = {name: {} for name in LISTS}
    for line, row in _rows(path, ("list", "word", "label", "note")):
        name, word, label = row["list"], row["word"], row["label"]
        spec = LISTS.get(name)
        if spec is None:
            raise LexiconError(f"{path.name} line {line}: list {name!r} is not declared: add it to LISTS in "
                               f"pipeline/extract/lexicon.py or correct the name")
        _check_word(path, line, word)
        if word in out[name]:
            raise LexiconError(f"{path.name} line {line}: {word!r} is already in list {name!r}: remove one")
        if spec.words is not None and word not in spec.words:
            raise LexiconError(f"{path.name} line {line}: {word!r} is not one of {', '.join(spec.words)}")
        if (spec.labels is None) != (not label) or (spec.labels is not None and not spec.labels(label)):
            raise LexiconError(f"{path.name} line {line}: label {label!r} does not fit list {name!r} "
                               f"({'no label' if spec.labels is None else 'a label from its vocabulary'})")
        out[name][word] = label
    empty = sorted(name for name, words in out.items() if not words)
    if empty:
        raise LexiconError(f"{path.name}: declared lists without words: {', '.join(empty)}")
    return out


@functools.cache
def load_number_words(path: Path = NUMBER_WORDS_PATH) -> dict[str, int]:
    """Cardinal word -> value, in file order; validated (unique words and values)."""
    out: dict[str, int] = {}
    for line, row in _rows(path, ("word", "value")):
        word, value = row["word"], row["value"]
        _check_word(path, line, word)
        if not value.isdigit():
            raise LexiconError(f"{path.name} line {line}: value {value!r} of {word!r} must be a whole number")
        if word in out or int(value) in out.values():
            raise LexiconError(f"{path.name} line {line}: {word!r} or its value is listed twice: remove one")
        out[word] = int(value)
    return out


@functools.cache
def load_cue_patterns(path: Path = CUE_PATTERNS_PATH) -> dict[str, tuple[tuple[str, re.Pattern], ...]]:
    """list name -> ((label, compiled pattern), ...) in file order; validated (labels in their vocabulary,
    patterns compile, no pattern twice in a list). Patterns are compiled case-insensitive."""
    out: dict[str, list[tuple[str, re.Pattern]]] = {name: [] for name in PATTERN_LISTS}
    for line, row in _rows(path, ("list", "label", "pattern", "note")):
        name, label, pattern = row["list"], row["label"], row["pattern"]
        spec = PATTERN_LISTS.get(name)
        if spec is None:
            raise LexiconError(f"{path.name} line {line}: list {name!r} is not declared: add it to PATTERN_LISTS "
                               f"in pipeline/extract/lexicon.py or correct the name")
        if spec.labels is not None and not spec.labels(label):
            raise LexiconError(f"{path.name} line {line}: label {label!r} is not in the vocabulary of {name!r}")
        try:
            compiled = re.compile(pattern, re.IGNORECASE)
        except re.error as e:
            raise LexiconError(f"{path.name} line {line}: pattern {pattern!r} does not compile: {e}") from None
        if any(p.pattern == pattern for _, p in out[name]):
            raise LexiconError(f"{path.name} line {line}: pattern {pattern!r} is already in list {name!r}")
        out[name].append((label, compiled))
    return {name: tuple(items) for name, items in out.items()}


def words(name: str) -> tuple[str, ...]:
    """The words of a declared list, in file order."""
    return tuple(load_word_lists()[name])


def word_set(name: str) -> frozenset[str]:
    return frozenset(load_word_lists()[name])


def labels(name: str) -> dict[str, str]:
    """word -> label of a declared list."""
    return dict(load_word_lists()[name])


def cue_patterns(name: str) -> tuple[tuple[str, re.Pattern], ...]:
    return load_cue_patterns()[name]


def number_words() -> dict[str, int]:
    """Cardinal word -> value ("zero" ... "ninety")."""
    return dict(load_number_words())


def number_words_between(low: int, high: int, also: tuple[int, ...] = ()) -> tuple[str, ...]:
    """The number words whose value is in [low, high] or in ``also``, in order of value."""
    return tuple(w for w, v in sorted(load_number_words().items(), key=lambda kv: kv[1])
                 if low <= v <= high or v in also)


def alternation(items) -> str:
    """``a|b|c`` of words, in the given order."""
    return "|".join(items)
