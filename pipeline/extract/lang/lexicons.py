"""The lexicons of the languages other than English, read from validated data files beside the code (one file per
kind, every language in it with a ``language`` column), and the country names of each language from pycountry's
gettext translations of ISO 3166.

* ``data/lang_personnel.csv`` (``language,word,ptype,note``): nouns (and noun phrases) that count people, with
  their personnel type;
* ``data/lang_numbers.csv`` (``language,word,kind,value,note``): qualifiers before a figure (``about``,
  ``more_than``, ``up_to``), multipliers after it ("37 mil") and the number words the figures need;
* ``data/lang_months.csv`` (``language,word,month``): month names;
* ``data/lang_cues.csv`` (``language,stem,kind,label,note``): word starts that mark a status, a span ("since",
  "until"), a tally, a decision, a mission's whole strength, and event triggers with their type;
* ``data/lang_demonyms.csv`` (``language,stem,iso3,note``): the starts of demonyms and national adjectives.

A bad file raises ``LexiconError`` naming the file, the line and what is wrong; the files are read once per process.
"""

from __future__ import annotations

import csv
import functools
import gettext
import re
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.extract.lexicon import LexiconError
from schemas.vocabularies import EVENT_TYPES, PERSONNEL_TYPES, STATUSES

DATA = Path(__file__).resolve().parent.parent / "data"
LANGUAGES = ("fr", "de", "es", "pt", "pl", "it", "nl", "da", "no", "sv")
QUALIFIERS = ("about", "more_than", "up_to")
NUMBER_KINDS = ("qualifier", "multiplier", "number")
CUE_KINDS = ("since", "until", "total", "now", "decision", "un_body", "nations", "whole", "event", "status", "body", "casualty", "place")
# A manifest's code -> pycountry's catalogues (Norwegian: Bokmål first).
_GETTEXT = {"no": ["nb", "no"]}
_COLUMNS = {
    "lang_personnel.csv": ("language", "word", "ptype", "note"),
    "lang_numbers.csv": ("language", "word", "kind", "value", "note"),
    "lang_months.csv": ("language", "word", "month"),
    "lang_cues.csv": ("language", "stem", "kind", "label", "note"),
    "lang_demonyms.csv": ("language", "stem", "iso3", "note"),
}


def _rows(name: str, data: Path = DATA) -> list[tuple[int, dict[str, str]]]:
    path = data / name
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        if tuple(reader.fieldnames or ()) != _COLUMNS[name]:
            raise LexiconError(f"{path}: columns must be {','.join(_COLUMNS[name])}")
        rows = [(i, row) for i, row in enumerate(reader, start=2)]
    for line, row in rows:
        _check(path, line, row["language"] in LANGUAGES, f"language {row['language']!r} not in {LANGUAGES}")
        word = row.get("word") or row.get("stem") or ""
        _check(path, line, word == word.strip().lower() and word != "", f"{word!r}: must be lower-case and trimmed")
    return rows


def _check(path: Path, line: int, ok: bool, what: str) -> None:
    if not ok:
        raise LexiconError(f"{path}:{line}: {what}")


@dataclass
class Language:
    """Everything the reader knows of one language."""

    code: str
    personnel: dict[str, str] = field(default_factory=dict)  # noun -> personnel type
    qualifiers: dict[str, str] = field(default_factory=dict)
    multipliers: dict[str, int] = field(default_factory=dict)
    numbers: dict[str, int] = field(default_factory=dict)
    months: dict[str, int] = field(default_factory=dict)
    cues: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # kind -> [(stem, label)]
    countries: dict[str, str] = field(default_factory=dict)  # name or demonym stem -> iso3
    demonyms: set[str] = field(default_factory=set)  # the stems of lang_demonyms.csv

    def stems(self, kind: str) -> list[tuple[str, str]]:
        return self.cues.get(kind, [])


def load(data: Path = DATA) -> dict[str, Language]:
    """Every language's lexicons, validated."""
    langs = {code: Language(code) for code in LANGUAGES}
    for line, row in _rows("lang_personnel.csv", data):
        _check(data / "lang_personnel.csv", line, row["ptype"] in PERSONNEL_TYPES, f"ptype {row['ptype']!r}")
        langs[row["language"]].personnel[row["word"]] = row["ptype"]
    for line, row in _rows("lang_numbers.csv", data):
        lang, kind, value = langs[row["language"]], row["kind"], row["value"]
        path = data / "lang_numbers.csv"
        _check(path, line, kind in NUMBER_KINDS, f"kind {kind!r} not in {NUMBER_KINDS}")
        if kind == "qualifier":
            _check(path, line, value in QUALIFIERS, f"qualifier {value!r} not in {QUALIFIERS}")
            lang.qualifiers[row["word"]] = value
        else:
            _check(path, line, value.isdigit(), f"value {value!r} must be a whole number")
            (lang.multipliers if kind == "multiplier" else lang.numbers)[row["word"]] = int(value)
    for line, row in _rows("lang_months.csv", data):
        ok = row["month"].isdigit() and 1 <= int(row["month"]) <= 12
        _check(data / "lang_months.csv", line, ok, f"month {row['month']!r}")
        langs[row["language"]].months[row["word"]] = int(row["month"])
    for line, row in _rows("lang_cues.csv", data):
        kind, label, path = row["kind"], row["label"], data / "lang_cues.csv"
        _check(path, line, kind in CUE_KINDS, f"kind {kind!r} not in {CUE_KINDS}")
        if kind == "event":
            _check(path, line, label in EVENT_TYPES, f"event type {label!r}")
        elif kind == "status":
            _check(path, line, label in STATUSES, f"status {label!r}")
        langs[row["language"]].cues.setdefault(kind, []).append((row["stem"], label))
    for line, row in _rows("lang_demonyms.csv", data):
        _check(data / "lang_demonyms.csv", line, len(row["iso3"]) == 3 and row["iso3"].isupper(), "iso3")
        langs[row["language"]].countries[row["stem"]] = row["iso3"]
        langs[row["language"]].demonyms.add(row["stem"])
    for lang in langs.values():
        lang.countries = {**country_names(lang.code), **lang.countries}
    return langs


@functools.lru_cache(maxsize=16)
def country_names(code: str) -> dict[str, str]:
    """Lower-cased country names of one language -> iso3, from pycountry's gettext catalogue of ISO 3166-1 (its
    ``name`` and ``common_name``; a name of the form "Korea, Republic of" gives "korea" as well)."""
    import pycountry

    try:
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=_GETTEXT.get(code, [code]))
    except OSError:
        return {}
    out: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            english = getattr(country, attr, None)
            if not english:
                continue
            local = tr.gettext(english).strip().lower()
            if local == english.lower() and code != "en" and attr == "official_name":
                continue
            for name in {local, local.split(",")[0].strip()}:
                if len(name) >= 4:
                    out.setdefault(name, country.alpha_3)
    return out


@functools.lru_cache(maxsize=1)
def languages() -> dict[str, Language]:
    return load()


@functools.lru_cache(maxsize=16)
def country_regex(code: str) -> re.Pattern:
    """Country names and demonym stems of a language, longest first, each at a word start."""
    from pipeline.extract.regex_trie import word_trie

    return re.compile(r"(?<!\w)(?:" + word_trie(sorted(languages()[code].countries)) + r")\w*", re.IGNORECASE)


@functools.lru_cache(maxsize=16)
def personnel_regex(code: str) -> re.Pattern:
    """The personnel nouns of a language after white space, the longest first, each ending a word."""
    nouns = sorted(languages()[code].personnel, key=lambda s: (-len(s), s))
    return re.compile(r"\s+(?P<noun>" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in nouns) + r")(?!\w)",
                      re.IGNORECASE)
