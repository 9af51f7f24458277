"""The country a document speaks for, and the names it gives its own forces.

A national parliament, ministry or armed force writes about its own country's forces without naming the
country: "We currently have over 670 members of the Permanent Defence Forces serving overseas" (the Oireachtas),
"Eight ADF personnel are currently employed with UK forces" (the Australian Bureau of Statistics), "More than
3,500 personnel are committed to those operations" (a UK minister in Hansard). An analyst reads the sender from
the publisher; the sender rules (``pipeline.extract.contrib.senders``) do so through ``home_country`` and
``force_mentions``.

* ``data/publisher_countries.csv`` (``kind,pattern,iso3,note``) maps the manifest's ``publisher`` and the
  ``url``'s host to the publisher's country. Kinds, tried in this order: ``not`` (a publisher that speaks for no
  country: an international organisation, a mission's press office, a news outlet or encyclopaedia), ``name``
  (a publisher whose name gives its country: "Houses of the Oireachtas"), ``host`` (a host name suffix:
  "oireachtas.ie", "gov.au"), ``body`` (a government body whose name holds its country's name: "Ministry of
  Defence of Hungary"; the country is the one country the publisher's name holds).
* ``data/national_forces.csv`` (``surface,iso3,scope,note``): names of a country's forces that are not
  country names. ``home``: an abbreviation that names its country only in that country's own documents ("ADF"
  for the Australian Defence Force in an Australian text, the Allied Democratic Forces elsewhere); ``own``
  (no code): a generic name a publisher gives its own forces ("the Defence Forces", "Army"). Names that always
  name their country ("Permanent Defence Force", "SANDF") are country aliases (``data/country_aliases.csv``).

Both files are validated when first read (columns, kinds, codes, patterns that compile, no duplicates); a bad
file raises ``PublisherDataError`` naming the file, line and what to change. Hand-written: which publishers
speak for a country is domain knowledge, and the files are small.
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import pycountry

from pipeline.extract.countries import find_countries

DATA = Path(__file__).with_name("data")
PUBLISHERS_PATH = DATA / "publisher_countries.csv"
FORCES_PATH = DATA / "national_forces.csv"

PUBLISHER_KINDS = ("not", "name", "host", "body")
FORCE_SCOPES = ("home", "own")


class PublisherDataError(ValueError):
    """A publisher or force-name file that does not validate."""


def _known_code(iso3: str) -> bool:
    return iso3 == "XKX" or pycountry.countries.get(alpha_3=iso3) is not None


def _rows(path: Path, columns: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if tuple(reader.fieldnames or ()) != columns:
            raise PublisherDataError(f"{path.name}: the columns must be {','.join(columns)}, "
                                     f"not {','.join(reader.fieldnames or ())}")
        return [(i + 2, {k: (v or "").strip() for k, v in row.items()}) for i, row in enumerate(reader)]


def _check(path: Path, line: int, ok: bool, what: str) -> None:
    if not ok:
        raise PublisherDataError(f"{path.name} line {line}: {what}")


def _compile(path: Path, line: int, pattern: str, flags: int = 0) -> re.Pattern:
    try:
        return re.compile(pattern, flags)
    except re.error as error:
        raise PublisherDataError(f"{path.name} line {line}: pattern {pattern!r} does not compile: {error}") from None


@dataclass(frozen=True)
class PublisherRule:
    kind: str
    pattern: str
    regex: re.Pattern | None  # None for a host suffix
    iso3: str | None


def load_publisher_rules(path: Path = PUBLISHERS_PATH) -> tuple[PublisherRule, ...]:
    """The rows of ``publisher_countries.csv``, validated: kind in ``PUBLISHER_KINDS``, a known code exactly for
    ``name`` and ``host`` rows, patterns that compile, no pattern twice."""
    out, seen = [], set()
    for line, row in _rows(path, ("kind", "pattern", "iso3", "note")):
        kind, pattern, iso3 = row["kind"], row["pattern"], row["iso3"] or None
        _check(path, line, kind in PUBLISHER_KINDS, f"kind {kind!r} is not one of {', '.join(PUBLISHER_KINDS)}")
        _check(path, line, bool(pattern), "the pattern is empty")
        _check(path, line, (kind, pattern) not in seen, f"{kind} {pattern!r} is listed twice")
        seen.add((kind, pattern))
        needs_code = kind in ("name", "host")
        _check(path, line, (iso3 is not None) == needs_code,
               f"a {kind} row {'needs' if needs_code else 'takes no'} ISO3 code")
        _check(path, line, iso3 is None or _known_code(iso3), f"{iso3!r} is not an ISO 3166-1 alpha-3 code")
        if kind == "host":
            _check(path, line, re.fullmatch(r"[a-z0-9.-]+", pattern) is not None,
                   f"host {pattern!r} must be a lower-case host name suffix")
        regex = None if kind == "host" else _compile(path, line, pattern)
        out.append(PublisherRule(kind, pattern, regex, iso3))
    return tuple(out)


@functools.cache
def _publisher_rules() -> tuple[PublisherRule, ...]:
    return load_publisher_rules()


def _host(url: str | None) -> str:
    try:
        return (urlparse(url).hostname or "") if url else ""
    except ValueError:
        return ""


@functools.lru_cache(maxsize=1024)
def home_country(publisher: str | None, url: str | None = None) -> str | None:
    """The country a document's publisher speaks for (a national parliament, government or armed force), or
    None (an international organisation, a mission, a news outlet, an unknown publisher)."""
    publisher = publisher or ""
    rules = _publisher_rules()
    if any(r.regex.search(publisher) for r in rules if r.kind == "not"):
        return None
    for r in rules:
        if r.kind == "name" and r.regex.search(publisher):
            return r.iso3
    host = _host(url)
    for r in rules:
        if r.kind == "host" and (host == r.pattern or host.endswith("." + r.pattern)):
            return r.iso3
    if any(r.regex.search(publisher) for r in rules if r.kind == "body"):
        named = {c.iso3 for c in find_countries(publisher)}
        if len(named) == 1:
            return named.pop()
    return None


@dataclass(frozen=True)
class ForceNames:
    """The compiled force names: ``home[iso3]`` the abbreviations of each country, ``own`` the generic names."""

    home: dict[str, re.Pattern]
    own: re.Pattern


def load_force_names(path: Path = FORCES_PATH) -> ForceNames:
    """``national_forces.csv``, validated: scope in ``FORCE_SCOPES``, a known code exactly for ``home`` rows,
    surfaces that compile, no surface twice."""
    home: dict[str, list[str]] = {}
    own: list[str] = []
    seen = set()
    for line, row in _rows(path, ("surface", "iso3", "scope", "note")):
        surface, iso3, scope = row["surface"], row["iso3"] or None, row["scope"]
        _check(path, line, scope in FORCE_SCOPES, f"scope {scope!r} is not one of {', '.join(FORCE_SCOPES)}")
        _check(path, line, bool(surface) and surface not in seen, f"surface {surface!r} is empty or listed twice")
        seen.add(surface)
        _check(path, line, (iso3 is not None) == (scope == "home"),
               f"a {scope} row {'needs' if scope == 'home' else 'takes no'} ISO3 code")
        _check(path, line, iso3 is None or _known_code(iso3), f"{iso3!r} is not an ISO 3166-1 alpha-3 code")
        _compile(path, line, surface)
        (home.setdefault(iso3, []) if iso3 else own).append(surface)

    def alternation(items: list[str]) -> re.Pattern:  # case-sensitive: "Army", not "army"
        return re.compile(r"(?<![\w-])(?:" + "|".join(items) + r")(?![\w-])")

    return ForceNames({k: alternation(v) for k, v in home.items()}, alternation(own or ["(?!)"]))


@functools.cache
def _force_names() -> ForceNames:
    return load_force_names()


def force_mentions(text: str, start: int, end: int, home: str | None) -> list[tuple[int, int]]:
    """The spans in ``text[start:end]`` that name the forces of ``home``, the publisher's country: its
    abbreviations ("ADF") and the generic names of its own forces ("the Defence Forces"). None without a home."""
    if home is None:
        return []
    names = _force_names()
    spans = [(m.start(), m.end()) for m in names.own.finditer(text, start, end)]
    if home in names.home:
        spans += [(m.start(), m.end()) for m in names.home[home].finditer(text, start, end)]
    return sorted(spans)
