"""Figures in text: every numeric expression of a sentence as a :class:`Quantity`.

``find_quantities`` reads digits ("1,650", "2,75,000", "1 650", "1.5 million"), number words ("twenty-five",
"two thousand five hundred", "a dozen", "hundreds"), ranges ("500-600", "between 500 and 600", "two to three"),
bounding and hedging qualifiers ("more than", "up to", "about", "500-plus", "500 or more") and unit-size
compounds ("a 700-member battalion"), and says what each figure is (``kind``): a ``count`` that can count
people, or a ``year``, ``money``, ``percent``, ``ordinal``, ``multiplier``, PDF ``footnote`` marker,
``decimal`` or ``other`` (resolution and page numbers, times, ages, phone numbers, day numbers of dates,
measures and durations). Callers keep ``kind == "count"``, so every other kind is assigned only on
positive evidence from the figure's own form or its immediate neighbours.

Conventions (see ``tests/data/gold/README.md``):

* a single figure gives ``low == high``; a range gives both ends; "more than 500" gives ``low`` only and
  "up to 600" ``high`` only; hedges ("about", "some", "nearly") keep ``low == high`` with ``approx=True``;
* vague plurals give a lower bound only, approximate: "dozens" 24, "hundreds" 200, "thousands" 2000,
  "tens of thousands" 20000; "a few hundred" / "several hundred" are read the same way as "hundreds"
  (low 200, no upper bound, approx) because the words set a floor but no ceiling that the text states;
  "a dozen" (12), "half a dozen" (6) and "a couple of" (2) are exact;
* ``surface``/``start``/``end`` cover the whole expression, including an adjacent qualifier ("more than
  500", "between 500 and 600", "approximately 50-75", "$110 million", "700-member"); a qualifier separated
  from the figure by other words ("about PLA 50") is recorded in ``qualifier`` but not covered, so the span
  never swallows a neighbouring name;
* ``low``/``high`` are ints; a figure that is not a whole number ("2.5", "2.5%") gives None for both;
  phone numbers, times and numeric dates also give None;
* years are never joined into ranges: "from 2007 to 2011" gives two ``year`` quantities.

Performance: one compiled regex finds the candidates; text without digits or number words costs one regex
scan and no Python work. The per-candidate context checks are anchored matches on short windows.

No library does this: number-word parsers (word2number, text2num) read words only, handle neither digit
grouping, ranges nor qualifiers, and give no offsets; hence the hand-written grammar below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from pipeline.extract.types import Quantity

__all__ = ["find_quantities", "parse_number"]

# ---------------------------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------------------------

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_SHORT_SCALES = {"k": 10**3, "m": 10**6, "mn": 10**6, "mln": 10**6, "bn": 10**9, "bln": 10**9}

_ORDINAL_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
}
_ORDINAL_TENS = {w[:-1] + "ieth": v for w, v in _TENS.items()}  # twentieth ... ninetieth
_ORDINAL_BIG = {"hundredth": 100, "thousandth": 1000, "millionth": 10**6}

# Vague plurals and their floor (the smallest amount the words can mean).
_VAGUE_FLOORS = {"dozens": 24, "hundreds": 200, "thousands": 2000, "millions": 2 * 10**6}
_VAGUE_UNITS = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 10**6}

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)

# Qualifiers, by what they do to the bounds. Matched case-insensitively, longest alternative wins.
_QUAL_APPROX = (
    "about", "approximately", "approx.", "approx", "around", "roughly", "some", "nearly", "almost",
    "close to", "an estimated", "estimated", "circa", "c.", "ca.", "just about", "an average of",
)
_QUAL_LOW = (
    "more than", "over", "at least", "in excess of", "upwards of", "upward of", "no fewer than",
    "no less than", "not less than", "not fewer than", "a minimum of", "well over", "just over",
    "greater than", "above", "exceeding", "well above",
)
_QUAL_HIGH = (
    "up to", "as many as", "as much as", "no more than", "not more than", "fewer than", "less than",
    "under", "a maximum of", "at most", "just under", "below", "not exceeding", "a max of",
)
_QUAL_KIND = {q: "approx" for q in _QUAL_APPROX} | {q: "low" for q in _QUAL_LOW} | {q: "high" for q in _QUAL_HIGH}

# Second parts of "700-member", "395-strong": the figure is the size of a unit of people.
_UNIT_SIZE_WORDS = frozenset({
    "member", "members", "strong", "person", "persons", "people", "man", "men", "woman", "women",
    "soldier", "soldiers", "troop", "troops", "personnel", "officer", "officers", "police", "policeman",
    "peacekeeper", "peacekeepers", "staff",
})

# Nouns that take no -s in the plural but count people (for "2000 personnel" vs "the 2004 expansion").
_PLURAL_IRREGULAR = frozenset({
    "personnel", "people", "police", "staff", "men", "women", "children", "infantry", "cavalry", "militia",
    "militiamen", "policemen", "servicemen", "crew", "military", "civilian", "gendarmerie",
})
# Lower-case words that end in -s but are not plural nouns.
_NOT_PLURAL = frozenset({
    "was", "has", "is", "its", "this", "his", "hers", "as", "thus", "plus", "perhaps", "always", "whereas",
    "afterwards", "towards", "besides", "across", "unless", "yes", "us", "does", "sometimes", "less",
    "regardless", "nevertheless", "nonetheless", "ours", "theirs", "yours", "various", "serious",
    "previous", "numerous", "famous", "obvious", "continuous", "dangerous", "anonymous", "tremendous",
})


def _trie(words: list[str] | tuple[str, ...] | set[str] | dict) -> str:
    """A regex alternation of ``words`` factored by common prefix.

    Python's ``re`` tries alternatives one by one; a prefix tree lets a failing position fail on its
    first character, which keeps the scan fast on text made mostly of words.
    """
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    return emit(root)


# ---------------------------------------------------------------------------------------------------------
# The candidate scanner: one regex, alternatives ordered so that the most specific form wins at a position
# ---------------------------------------------------------------------------------------------------------

_DIGITS = (
    r"(?:[0-9]{1,3}(?:,[0-9]{2})+,[0-9]{3}(?![0-9])"  # South Asian grouping: 2,75,000
    r"|[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])"  # 1,650 / 22,000 / 1,650,000
    r"|[0-9]{1,3}(?:[\u00a0\u202f\u2009][0-9]{3})+(?![0-9])"  # 1 650 with a (narrow) no-break space
    r"|[1-9][0-9]{0,2}(?:\x20[0-9]{3})+(?![0-9]|[.,][0-9])"  # 1 650 with a plain space
    r"|[0-9]+)"
    r"(?:\.[0-9]+)?"
)
_UNIT_WORDS = _trie(_UNITS)
_TENS_WORDS = _trie(_TENS)
_ONE_TO_NINE = _trie([w for w, v in _UNITS.items() if 1 <= v <= 9])
_SMALL = rf"(?:{_TENS_WORDS}(?:[-\s]{_ONE_TO_NINE}\b)?|{_UNIT_WORDS})"
_WORD = rf"(?:{_SMALL}|hundred|{_trie(_SCALES)}|dozen)"
_WORDSEQ = (
    rf"(?:{_SMALL}|a(?=\s+(?:hundred|thousand|million|billion|dozen)\b))"
    rf"(?:(?:\s+and\s+|\s+|-){_WORD}\b)*"
)
_ORDINAL_WORDS = (
    rf"(?:{_TENS_WORDS}[-\s])?{_trie(_ORDINAL_UNITS)}|{_trie(_ORDINAL_TENS)}|{_trie(_ORDINAL_BIG)}"
)
_VAGUE = (
    r"(?:tens|hundreds)\s+of\s+(?:thousands|millions)"
    r"|(?:a\s+few|several|a\s+couple\s+(?:of\s+)?)\s+(?:dozen|hundred|thousand|million)"
    r"|half\s+a\s+dozen|a\s+couple\s+of|dozens|hundreds|thousands|millions"
)

_ATOM = re.compile(
    r"(?P<phone>\+[0-9]{1,3}(?:[\x20.-]?\(?[0-9]{2,4}\)?){2,4}(?![0-9])"
    r"|\([0-9]{2,4}\)\s?[0-9]{3}[\x20.-][0-9]{4}(?![0-9])"
    r"|[0-9]{3}[.-][0-9]{3}[.-][0-9]{4}(?![0-9]))"
    r"|(?P<date>[0-9]{4}-[0-9]{2}-[0-9]{2}(?![0-9])|[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}(?![0-9]))"
    r"|(?P<time>[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:\s?[ap]\.?m\b\.?)?(?![0-9])"
    r"|[0-9]{1,2}(?:\.[0-9]{2})?\s?[ap]\.m\.|[0-9]{1,2}\s?[ap]m\b)"
    # A year with a footnote glued after a full stop: "in 2000.8", "2013.2".
    r"|(?P<yfn>(?:19|20)[0-9]{2})(?=\.[0-9]{1,3}(?![0-9]|[.,][0-9]|\s*(?:%|per\b|percent|[mb]illion|thousand)))"
    r"|(?P<ord>[0-9]+(?:st|nd|rd|th)\b)"
    rf"|(?P<digits>{_DIGITS})"
    rf"|\b(?:(?P<vague>{_VAGUE})|(?P<ordw>{_ORDINAL_WORDS})|(?P<words>{_WORDSEQ}))\b",
    re.IGNORECASE,
)

def _candidate_pattern() -> str:
    """A fast pre-scan for where a figure may start: a digit, "+"/"(" before a digit, or a non-letter
    followed by a word that can begin a number.

    Built so that Python's ``re`` can skip ahead in C: the pattern starts with one character class (its
    first-character filter passes only digits, spaces and punctuation), and the word alternatives start
    with literal letters, which the regex engine rejects without entering them. ``_ATOM`` then reads the
    figure at the candidate position. About 40 MB/s on ordinary prose, against 2 MB/s for ``_ATOM.search``.
    """
    leads = [*_UNITS, *_TENS, *_ORDINAL_UNITS, *_ORDINAL_TENS, *_ORDINAL_BIG,
             "hundreds", "thousands", "millions", "dozens", "tens", "half", "several"]
    by_letter: dict[str, list[str]] = {}
    for word in leads:
        by_letter.setdefault(word[0], []).append(word[1:])
    branches = [
        letter + _trie(rests)
        for first, rests in sorted(by_letter.items())
        for letter in (first, first.upper())
    ]
    words = "(?:" + "|".join(branches) + r")\b|[Aa]\s+(?:few|couple|hundred|thousand|million|dozen)\b"
    return r"[^A-Za-z_](?:(?<=[0-9])|(?<=[+(])(?=[0-9])|(?=" + words + "))"


_CANDIDATE = re.compile(_candidate_pattern())
_DIGIT_LEADS = frozenset("0123456789+(")


# ---------------------------------------------------------------------------------------------------------
# Context patterns: anchored at the figure (left ones end at ``$`` of a short window, right ones use .match)
# ---------------------------------------------------------------------------------------------------------

_LEFT_WINDOW = 64
_RIGHT_WINDOW = 64

_QUALIFIER_ALT = "|".join(re.escape(q).replace(r"\ ", r"\s+") for q in sorted(_QUAL_KIND, key=len, reverse=True))
# The qualifier, then up to two capitalised words (names, acronyms: "about PLA 50 infantry").
_LEFT_QUALIFIER = re.compile(
    rf"(?<![\w.])(?P<q>{_QUALIFIER_ALT})(?P<gap>\s+(?-i:(?:[A-Z][\w’'.&-]*\s+){{0,2}}))$"
    r"|(?<![\w.])(?P<q2>" + _QUALIFIER_ALT + r")(?P<gap2>\s*)$",
    re.IGNORECASE,
)
_LEFT_RANGE = re.compile(r"(?<![\w])(?P<r>between|from)\s+$", re.IGNORECASE)
_LEFT_CURRENCY = re.compile(
    r"(?:(?<![A-Za-z])(?:US|U\.S\.|A|C|NZ|HK|S)\s?\$|\$|€|£|¥|₹|(?<![A-Za-z])(?:USD|EUR|GBP|CHF|JPY|CNY|RMB|INR)\b)\s?$"
)
_LEFT_OTHER = re.compile(
    r"(?:(?<![\w])(?:resolutions?|res\.|no\.|nos\.|number|p\.|pp\.|pages?|paras?\.?|paragraphs?|articles?"
    r"|arts?\.|sections?|sec\.|chapters?|ch\.|annex(?:es)?|vol\.|volumes?|issue|footnotes?|note|tables?"
    r"|figures?|fig\.|items?|rules?|version|phase|route|highway|sector|flight|room|box|tel\.?|telephone"
    r"|fax|phone|ext\.|grade|level|category|platform|gate|channel|code|serial|aged|age|ages)"
    r"(?:\s+(?:of|between|from))?\s*|#\s*|/)$",
    re.IGNORECASE,
)
_LEFT_MONTH = re.compile(rf"\b(?:{_MONTHS})\.?,?\s+(?:of\s+)?$")
_LEFT_YEAR_PREP = re.compile(r"(?<![\w])(?:in|since|until|till|during|before|after|circa)\s+$", re.IGNORECASE)
_LEFT_YEAR_PREFIX = re.compile(r"(?<![\w])(?:mid|pre|post|late|early)-$", re.IGNORECASE)

_RANGE_JOIN = re.compile(r"\s*[-–—‒]\s*|\s+(?P<w>to|or|and)\s+", re.IGNORECASE)
_SCALE = re.compile(r"\s*(?P<w>hundred|thousand|million|billion|trillion)\b|(?P<s>\s?(?:mn|mln|bn|bln|m|k))\b", re.IGNORECASE)
_SUFFIX = re.compile(
    r"(?P<plus>\+(?![0-9])|[-\x20]plus\b(?!\s*[0-9]))"
    r"|(?P<pct>\s?%|\s*per\s?cent\b|\s*percent\b)"
    r"|(?P<cur>\s+(?:(?:US|U\.S\.|American|Canadian|Australian|Hong\s+Kong|New\s+Zealand)\s+)?"
    r"(?:dollars?|euros?|pounds(?:\s+sterling)?|yuan|renminbi|rupees?|francs?|yen|USD|EUR|GBP|CHF|JPY|CNY|RMB)\b)"
    r"|(?P<times>\s+times\b|-?fold\b)"
    r"|(?P<ormore>\s+(?:or|and)\s+(?:more|above|over|upwards)\b)"
    r"|(?P<orless>\s+or\s+(?:less|fewer|below|under)\b)"
    r"|(?P<decade>'?s\b)"
    r"|(?P<comp>-(?P<cw>[A-Za-z]+)(?:-[A-Za-z]+)*)",
    re.IGNORECASE,
)
_RIGHT_MONTH = re.compile(rf"\s+(?:of\s+)?(?:{_MONTHS})\b")
_RIGHT_MEASURE = re.compile(
    r"\s*(?:°|(?:km|kms|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|m|mm|cm|kg|kilos?|kilograms?|tonnes?|tons?"
    r"|hectares?|ha|feet|ft|inch(?:es)?|sq|square|degrees?|hours?|hrs?|minutes?|mins?|seconds?|secs?|days?"
    r"|weeks?|months?|years?|yrs?|decades?|centuries|century|nights?|mph|kph|litres?|liters?|gallons?"
    r"|barrels?|calibre|caliber|mw|gw|kw|a\.m\.|p\.m\.|GMT|UTC)\b)",
    re.IGNORECASE,
)
_RIGHT_YEAR_RANGE = re.compile(r"\s*(?:[-–—]|to|and|or|until|through)\s*(?:19|20)[0-9]{2}\b", re.IGNORECASE)
_RIGHT_NOUN = re.compile(r"\s+(?:[A-Z][\w’'-]*\s+)?([a-z][a-z’'-]*)")
_RIGHT_FOOTNOTE_AFTER_YEAR = re.compile(r"\.([0-9]{1,3})")
_WORD_TOKEN = re.compile(r"[a-z]+")

_FOOTNOTE_PUNCT = frozenset(".,;:)]”\"’'")
_QUALIFIABLE = frozenset({"count", "money", "percent", "decimal", "multiplier"})


# ---------------------------------------------------------------------------------------------------------
# Reading one figure
# ---------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Figure:
    """A figure read at one place: its span, value and form, before context decides its kind."""

    start: int
    end: int
    form: str  # "digits" | "words" | "vague" | "ordinal" | "phone" | "date" | "time" | "yfn"
    value: Decimal | None  # the number (for vague plurals, the floor)
    plain: bool = False  # digits only, no separator, decimal point or scale
    scaled: str | None = None  # the scale word applied, lower-cased ("million", "m")
    vague: bool = False


def _parse_words(words: str) -> tuple[int, int] | None:
    """Value and length of the longest valid number at the start of ``words`` (lower-case number words).

    "two thousand five hundred and twelve" -> 2512; stops before a word that cannot continue the number
    ("five six" reads "five"); "dozen" ends a number ("two dozen" -> 24).
    """
    total, current, last, last_scale = 0, 0, None, None
    best: tuple[int, int] | None = None
    for token in _WORD_TOKEN.finditer(words):
        w = token.group()
        if w == "and":
            if last not in ("hundred", "scale"):
                break
            last = "and"
            continue
        if w == "a":
            if last is not None:
                break
            last = "a"
            continue
        if w in _UNITS or w in _TENS:
            v = _UNITS.get(w, _TENS.get(w))
            if last in (None, "hundred", "scale", "and"):
                current += v
            elif last == "tens" and w in _UNITS and 1 <= v <= 9:
                current += v
            else:
                break
            last = "tens" if w in _TENS else "unit"
        elif w == "hundred":
            if last == "a":
                current = 100
            elif last in ("unit", "tens") and 0 < current < 100:
                current *= 100
            else:
                break
            last = "hundred"
        elif w == "dozen":
            if last == "a":
                current = 12
            elif last in ("unit", "tens") and 0 < current < 100 and total == 0:
                current *= 12
            else:
                break
            best = (total + current, token.end())
            break
        elif w in _SCALES:
            scale = _SCALES[w]
            if last == "a":
                current = 1
            elif not (last in ("unit", "tens", "hundred") and current > 0):
                break
            if last_scale is not None and scale >= last_scale:
                break
            total += current * scale
            current, last, last_scale = 0, "scale", scale
        else:
            break
        best = (total + current, token.end())
    return best


def _vague_floor(words: str) -> int:
    """Floor of a vague quantity phrase (lower-case, single-spaced): "tens of thousands" -> 20000."""
    parts = words.split()
    if parts[-1] == "of" or words == "half a dozen":  # "a couple of", "half a dozen"
        return 2 if parts[-1] == "of" else 6
    if len(parts) == 3 and parts[1] == "of":  # tens/hundreds of thousands/millions
        return (20 if parts[0] == "tens" else 200) * _VAGUE_FLOORS[parts[2]] // 2
    if parts[-1] in _VAGUE_FLOORS:
        return _VAGUE_FLOORS[parts[-1]]
    return 2 * _VAGUE_UNITS[parts[-1]]  # a few / several / a couple of + unit


def _read_at(text: str, m: re.Match) -> _Figure | None:
    """Turn a scanner match into a figure, applying a following scale word ("1.5 million")."""
    kind = m.lastgroup
    start, end = m.span()
    if kind in ("phone", "date", "time"):
        return _Figure(start, end, kind, None)
    if kind == "yfn":
        return _Figure(start, end, "yfn", Decimal(m.group()), plain=True)
    if kind == "ord":
        return _Figure(start, end, "ordinal", Decimal(m.group()[:-2]))
    if kind == "ordw":
        words = m.group().lower().replace("-", " ").split()
        value = sum(_TENS.get(w, 0) for w in words[:-1]) + (
            _ORDINAL_UNITS.get(words[-1]) or _ORDINAL_TENS.get(words[-1]) or _ORDINAL_BIG[words[-1]]
        )
        return _Figure(start, end, "ordinal", Decimal(value))
    if kind == "vague":
        phrase = " ".join(m.group().lower().split())
        exact = phrase in ("a couple of", "half a dozen")
        return _Figure(start, end, "vague", Decimal(_vague_floor(phrase)), vague=not exact)
    if kind == "words":
        parsed = _parse_words(m.group().lower())
        if parsed is None:
            return None
        value, length = parsed
        return _Figure(start, start + length, "words", Decimal(value))
    raw = m.group()
    value = Decimal(re.sub(r"[,\s\u00a0\u202f\u2009]", "", raw))
    figure = _Figure(start, end, "digits", value, plain=raw.isdigit())
    scale = _SCALE.match(text, end)
    if scale:
        word = (scale.group("w") or scale.group("s")).strip().lower()
        figure.value = value * (_SCALES.get(word) or _SHORT_SCALES.get(word) or 100)
        figure.end, figure.scaled, figure.plain = scale.end(), word, False
    return figure


def _unscale(figure: _Figure, text: str) -> None:
    """Undo a short scale ("5m") that turned out not to be money: it is then a unit of measure."""
    if figure.scaled in _SHORT_SCALES:
        figure.value = figure.value / _SHORT_SCALES[figure.scaled]
        figure.end = figure.start + len(text[figure.start:figure.end].rstrip("mMkKnNbBlL ").rstrip())
        figure.scaled = None
        figure.plain = text[figure.start:figure.end].isdigit()


def _as_int(value: Decimal | None) -> int | None:
    if value is None or value != value.to_integral_value():
        return None
    return int(value)


# ---------------------------------------------------------------------------------------------------------
# Deciding what a figure is
# ---------------------------------------------------------------------------------------------------------


def _is_year_value(figure: _Figure, text: str) -> bool:
    return figure.plain and figure.end - figure.start == 4 and 1900 <= figure.value <= 2099


def _followed_by_plural_noun(text: str, end: int) -> bool:
    m = _RIGHT_NOUN.match(text, end, end + _RIGHT_WINDOW)
    if not m:
        return False
    word = m.group(1).replace("’", "'")
    if word in _PLURAL_IRREGULAR:
        return True
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "'s")) and word not in _NOT_PLURAL


def _year_or_count(text: str, figure: _Figure, left: str) -> str:
    """A bare 1900-2099: a year unless a plural noun follows ("2000 troops") and no year cue stands."""
    if _LEFT_MONTH.search(left) or _RIGHT_YEAR_RANGE.match(text, figure.end):
        return "year"
    if _LEFT_YEAR_PREP.search(left):
        return "year"
    return "count" if _followed_by_plural_noun(text, figure.end) else "year"


def _context_kind(text: str, figure: _Figure, left: str, glued_left: str) -> str | None:
    """The kind given by what stands right before the figure, or None when that says nothing."""
    if figure.form not in ("digits", "ordinal", "yfn"):
        return None
    if _LEFT_OTHER.search(left):
        return "other"
    c1 = glued_left[-1:] if glued_left else ""
    c2 = glued_left[-2:-1] if len(glued_left) > 1 else ""
    footnote_shape = figure.form == "digits" and figure.plain and figure.end - figure.start <= 3
    if c1 in _FOOTNOTE_PUNCT and (c2.isalpha() or c2 in _FOOTNOTE_PUNCT) and c2 and footnote_shape:
        if not (c1 == "." and (len(glued_left) < 3 or not glued_left[-3].isalpha())):  # "p.8", "U.S.2"
            return "footnote"
    if c1.isalpha():
        if footnote_shape and glued_left[-3:].isalpha() and glued_left[-3:].islower():
            return "footnote"  # "experience7"
        return "other"  # codes and models: "G77", "MI5"
    if c1 == "-" and c2.isalpha() and not _LEFT_YEAR_PREFIX.search(left):
        return "other"  # "COVID-19", "T-72"
    return None


# ---------------------------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------------------------


def parse_number(surface: str) -> int | None:
    """The whole number that ``surface`` spells, or None.

    "1,650" -> 1650, "2,75,000" -> 275000, "five" -> 5, "twenty-five" -> 25, "a dozen" -> 12,
    "1.5 million" -> 1500000, "Five hundred" -> 500. None for anything else: decimals that are not whole
    ("2.5"), vague plurals ("dozens"), ordinals, ranges, qualified figures, money, text.
    """
    s = surface.strip()
    m = _ATOM.match(s)
    if not m or m.lastgroup not in ("digits", "words", "vague"):
        return None
    figure = _read_at(s, m)
    if figure is None or figure.vague or figure.end != len(s):
        return None
    if figure.scaled in _SHORT_SCALES:
        return None
    return _as_int(figure.value)


def find_quantities(text: str) -> list[Quantity]:
    """Every numeric expression in ``text``, sorted by start, non-overlapping, offsets relative to text."""
    out: list[Quantity] = []
    pos = 0
    prev_end = 0
    n = len(text)
    candidate = _CANDIDATE.search
    atom = _ATOM.match
    # The candidate scanner needs a character before a number word; the text's own start has none.
    at = 0 if text[:1].isalpha() else -1
    while pos < n:
        if at < 0:
            c = candidate(text, pos)
            if c is None:
                break
            at = c.start() if text[c.start()] in _DIGIT_LEADS else c.start() + 1
            pos = c.end()
        m = atom(text, at)
        at = -1
        if m is None:
            continue
        figure = _read_at(text, m)
        if figure is None:
            pos = max(pos, m.end())
            continue
        quantities = _build(text, figure, prev_end)
        out.extend(quantities)
        prev_end = pos = max(quantities[-1].end, m.end()) if quantities else m.end()
    return out


def _build(text: str, first: _Figure, prev_end: int) -> list[Quantity]:
    """The quantity (or quantities) that start with ``first``, read with its context."""
    if first.form in ("phone", "date", "time"):
        return [Quantity(first.start, first.end, text[first.start:first.end], None, None, False, None, "other")]

    left_from = max(prev_end, first.start - _LEFT_WINDOW)
    left = text[left_from:first.start]
    glued_left = left[-3:]

    if first.form == "yfn":
        quantities = [Quantity(first.start, first.end, text[first.start:first.end], int(first.value),
                               int(first.value), False, None, "year")]
        note = _RIGHT_FOOTNOTE_AFTER_YEAR.match(text, first.end)
        if note:
            value = int(note.group(1))
            quantities.append(Quantity(note.start(1), note.end(1), note.group(1), value, value, False, None,
                                       "footnote"))
        return quantities

    # Currency before the figure: "$110 million", "US$ 5m", "USD 3 billion".
    currency = _LEFT_CURRENCY.search(left) if first.form == "digits" else None
    if currency is None:
        _unscale(first, text)

    forced = _context_kind(text, first, left, glued_left)
    if forced == "footnote" or (forced == "other" and first.form != "ordinal"):
        value = _as_int(first.value)
        return [Quantity(first.start, first.end, text[first.start:first.end], value, value, False, None, forced)]

    low_value, high_value = first.value, first.value
    start, end = first.start, first.end
    approx = first.vague
    qualifier = " ".join(text[first.start:first.end].lower().split()) if first.vague else None
    is_range = False
    second: _Figure | None = None

    # Ranges: "500-600", "between 500 and 600", "two to three", "50 or 60".
    range_left = _LEFT_RANGE.search(left)
    if first.form in ("digits", "words") and not (currency is None and first.scaled in _SHORT_SCALES):
        join = _RANGE_JOIN.match(text, first.end)
        if join is not None:
            word = (join.group("w") or "").lower()
            allowed = word != "and" or (range_left is not None and range_left.group("r").lower() == "between")
            m2 = _ATOM.match(text, join.end()) if allowed else None
            if m2 is not None and m2.lastgroup in ("digits", "words"):
                second = _read_at(text, m2)
                if second is not None and currency is None:
                    _unscale(second, text)
        if second is not None:
            a, b = first.value, second.value
            if first.scaled is None and second.scaled is not None and second.form == "digits" or (
                first.scaled is None and second.scaled in _SCALES and first.form == second.form
            ):
                factor = _SCALES.get(second.scaled) or _SHORT_SCALES.get(second.scaled) or 100
                if a * factor <= b:
                    a = a * factor
            both_years = _is_year_value(first, text) and _is_year_value(second, text)
            if both_years and not _followed_by_plural_noun(text, second.end):
                second = None  # "from 2007 to 2011": two years, not a range
            elif first.form == "digits" and _is_year_value(first, text) and word == "" and \
                    second.form == "digits" and second.end - second.start == 2 and second.plain:
                # "2007-08": a year span, kept as the first year
                end = second.end
                second = None
                return [Quantity(start, end, text[start:end], int(first.value), int(first.value), False,
                                 None, "year")]
            elif a < b:
                low_value, high_value, end, is_range = a, b, second.end, True
            else:
                second = None

    if is_range and range_left is not None:
        start = left_from + range_left.start()

    # Suffixes glued to the figure or the range.
    kind = None
    bound = None
    suffix_text = None
    suffix = _SUFFIX.match(text, end)
    last = second if is_range else first
    if suffix is not None and last.form in ("digits", "words", "vague"):
        group = suffix.lastgroup
        if group == "comp" and last.form in ("digits", "words"):
            word = suffix.group("cw").lower()
            if word in _UNIT_SIZE_WORDS:
                kind, end = "count", suffix.end()
            elif word == "odd":
                approx, end, qualifier = True, suffix.end(), "-odd"
            elif word in ("plus",):
                pass
            elif not (word in _UNITS or word in _TENS):
                kind, end = "other", suffix.end()  # "25-year-old", "10-day", "5-km"
        elif group == "decade":
            if _is_year_value(last, text) and last.value % 10 == 0 and not is_range:
                end = suffix.end()
                return [Quantity(start, end, text[start:end], int(last.value), int(last.value) + 9, True,
                                 None, "year")]
        elif group in ("plus", "ormore"):
            bound, suffix_text, end = "low", suffix.group().strip(" -"), suffix.end()
        elif group == "orless":
            bound, suffix_text, end = "high", suffix.group().strip(), suffix.end()
        elif group == "pct":
            kind, end = "percent", suffix.end()
        elif group == "cur" and last.form == "digits":
            kind, end = "money", suffix.end()
        elif group == "times":
            kind, end = "multiplier", suffix.end()

    if currency is not None:
        kind = "money"
        start = min(start, left_from + currency.start())
    elif first.scaled in _SHORT_SCALES:
        _unscale(first, text)

    if kind is None:
        kind = _kind_of(text, first, second if is_range else None, end, left, forced)

    # Qualifiers standing before the figure.
    if kind in _QUALIFIABLE:
        qual = _LEFT_QUALIFIER.search(left)
        if qual is not None:
            q = " ".join((qual.group("q") or qual.group("q2")).lower().split())
            role = _QUAL_KIND.get(q, "approx")
            qualifier = q if qualifier is None else f"{q} {qualifier}"
            approx = True
            if role == "low" and not is_range:
                high_value = None
            elif role == "high" and not is_range:
                low_value = None
            if (qual.group("gap2") is not None) or not qual.group("gap").strip():
                start = min(start, left_from + qual.start())
    if bound is not None:
        approx = True
        qualifier = suffix_text if qualifier is None else f"{qualifier} {suffix_text}"
        if bound == "low":
            high_value = None
        else:
            low_value = None
    if first.vague and not is_range:
        high_value = None

    low = _as_int(low_value)
    high = _as_int(high_value)
    if kind == "decimal":
        low = high = None
    return [Quantity(start, end, text[start:end], low, high, approx, qualifier, kind)]


def _kind_of(text: str, first: _Figure, second: _Figure | None, end: int, left: str, forced: str | None) -> str:
    """Kind of a figure (or range) that no suffix has classed: by form and neighbours."""
    if first.form == "ordinal":
        if _LEFT_MONTH.search(left) or _RIGHT_MONTH.match(text, first.end):
            return "other"
        return "ordinal"
    if forced == "other":
        return "other"
    if first.form == "digits" and second is None:
        if first.plain and first.end - first.start <= 2:
            if 1 <= first.value <= 31 and (_LEFT_MONTH.search(left) or _RIGHT_MONTH.match(text, end)):
                return "other"  # day of a date: "July 1", "1 July"
        if _is_year_value(first, text):
            kind = _year_or_count(text, first, left)
            if kind == "year":
                return "year"
    if _RIGHT_MEASURE.match(text, end) and first.scaled is None:
        return "other"
    if text[end:end + 1].isalpha() and first.form == "digits":
        return "other"  # glued letters: "5N1", "3D"
    last = second or first
    if _as_int(last.value) is None or _as_int(first.value) is None:
        return "decimal"
    return "count"


if __name__ == "__main__":  # pragma: no cover - benchmark
    import random
    import time

    rng = random.Random(7)
    vocabulary = (
        "the of and to in a is that for it as was with be by on not he this are or his from at which but have "
        "an they you were her she there been one all we their has would when if so no will more out up its "
        "about peacekeepers mission troops deployed China Mali United Nations Security Council battalion "
        "engineers contingent force said officials government statement report contributed police"
    ).split()
    words = [rng.choice(vocabulary) for _ in range(3_600_000)]
    for i in range(0, len(words), 40):  # one figure every 40 words
        words[i] = rng.choice(["1,650", "about 500", "2013", "between 500 and 600", "two", "PKOs,7", "$5m"])
    text = " ".join(words)
    while len(text) < 20_000_000:
        text += " " + text[: 20_000_000 - len(text)]
    sentences = text.split(" the ")
    t0 = time.perf_counter()
    found = sum(len(find_quantities(s)) for s in sentences)
    elapsed = time.perf_counter() - t0
    print(f"{len(text) / 1e6:.1f} MB, {found} quantities, {len(text) / 1e6 / elapsed:.1f} MB/s")
