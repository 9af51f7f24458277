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

Not read: number words in capitals ("FIVE"), fractions ("one-third" is ``other``), Roman numerals.

Performance: two compiled pre-scans find digits and words that can begin a number, so text without them
costs two regex scans and no Python work. Each figure then costs one anchored match to read it and two to
read its context (the left one on the reversed text before it). ``python -m pipeline.extract.numbers``
prints the throughput at several densities of figures.

No library does this: number-word parsers (word2number, text2num) read words only, handle neither digit
grouping, ranges nor qualifiers, and give no offsets; hence the hand-written grammar below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from pipeline.extract import lexicon
from pipeline.extract.regex_trie import word_trie
from pipeline.extract.types import Quantity

__all__ = ["find_quantities", "parse_number"]

# ---------------------------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------------------------

# The cardinal words, from ``data/number_words.csv`` (``lexicon``): zero to nineteen, and the tens.
_UNITS = {w: v for w, v in lexicon.number_words().items() if v < 20}
_TENS = {w: v for w, v in lexicon.number_words().items() if v >= 20 and v % 10 == 0}
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
# Plural nouns that count people: after a determiner, "the 2000 troops" is a count where "the 2013
# elections" is a year.
_PEOPLE_NOUNS = _PLURAL_IRREGULAR | frozenset({
    "troops", "soldiers", "peacekeepers", "officers", "observers", "engineers", "medics", "doctors",
    "nurses", "civilians", "refugees", "troopers", "marines", "sailors", "airmen", "members", "experts",
    "advisers", "advisors", "monitors", "guards", "militants", "fighters", "rebels", "casualties", "deaths",
    "workers", "volunteers", "pilots", "staffers", "contractors", "recruits", "cadets", "policemen",
    "gendarmes", "paratroopers", "commandos", "forces", "personnel", "persons", "individuals", "nationals",
})
# Lower-case words that end in -s but are not plural nouns.
_NOT_PLURAL = frozenset({
    "was", "has", "is", "its", "this", "his", "hers", "as", "thus", "plus", "perhaps", "always", "whereas",
    "afterwards", "towards", "besides", "across", "unless", "yes", "us", "does", "sometimes", "less",
    "regardless", "nevertheless", "nonetheless", "ours", "theirs", "yours", "various", "serious",
    "previous", "numerous", "famous", "obvious", "continuous", "dangerous", "anonymous", "tremendous",
})

# ---------------------------------------------------------------------------------------------------------
# Finding figures: two fast pre-scans (digits, number words), then one regex that reads the figure at the
# place found, its alternatives ordered so that the most specific form wins (a phone number before digits)
# ---------------------------------------------------------------------------------------------------------

_DIGITS = (
    r"(?:[0-9]{1,3}(?:,[0-9]{2})+,[0-9]{3}(?![0-9])"  # South Asian grouping: 2,75,000
    r"|[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])"  # 1,650 / 22,000 / 1,650,000
    r"|[0-9]{1,3}(?:[\u00a0\u202f\u2009][0-9]{3})+(?![0-9])"  # 1 650 with a (narrow) no-break space
    r"|[1-9][0-9]{0,2}(?:\x20[0-9]{3})+(?![0-9]|[.,][0-9])"  # 1 650 with a plain space
    r"|[0-9]+)"
    r"(?:\.[0-9]+)?"
)
_UNIT_WORDS = word_trie(_UNITS)
_TENS_WORDS = word_trie(_TENS)
_ONE_TO_NINE = word_trie([w for w, v in _UNITS.items() if 1 <= v <= 9])
_SMALL = rf"(?:{_TENS_WORDS}(?:[-\s]{_ONE_TO_NINE}\b)?|{_UNIT_WORDS})"
_WORD = rf"(?:{_SMALL}|hundred|{word_trie(_SCALES)}|dozen)"
_WORDSEQ = (
    rf"(?:{_SMALL}|a(?=\s+(?:hundred|thousand|million|billion|dozen)\b))"
    rf"(?:(?:\s+and\s+|\s+|-){_WORD}\b)*"
)
_ORDINAL_WORDS = (
    rf"(?:{_TENS_WORDS}[-\s])?{word_trie(_ORDINAL_UNITS)}|{word_trie(_ORDINAL_TENS)}|{word_trie(_ORDINAL_BIG)}"
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
    # A thousands-grouped figure with a footnote glued after a full stop, before the end of the line or the next
    # sentence: "India 7,839.6" ends a sentence with note 6 (a decimal would not be grouped and end a sentence).
    r"|(?P<gfn>[0-9]{1,3}(?:,[0-9]{3})+)(?=\.[0-9]{1,3}(?:[ \t]*(?:\r?\n|$)|\s+(?-i:[A-Z\u201c\"(])))"
    r"|(?P<ord>[0-9]+(?:st|nd|rd|th)\b)"
    rf"|(?P<digits>{_DIGITS})"
    rf"|\b(?:(?P<vague>{_VAGUE})|(?P<ordw>{_ORDINAL_WORDS})|(?P<words>{_WORDSEQ}))\b",
    re.IGNORECASE,
)


def _word_start_pattern() -> str:
    """A fast pre-scan for number words: a non-letter followed by a word that can begin a number.

    Built so that Python's ``re`` skips ahead in C: the pattern starts with one character class (its
    first-character filter passes only digits, spaces and punctuation), and the word alternatives start
    with literal letters, which the regex engine rejects without entering them. Lower-case and capitalised
    words only. ``_ATOM`` then reads the figure at the word. Digits are found by a second scan
    (``_DIGIT_SCAN``); two simple scans run about twice as fast as one that does both.
    """
    leads = [*_UNITS, *_TENS, *_ORDINAL_UNITS, *_ORDINAL_TENS, *_ORDINAL_BIG,
             "hundreds", "thousands", "millions", "dozens", "tens", "half", "several"]
    by_letter: dict[str, list[str]] = {}
    for word in leads:
        by_letter.setdefault(word[0], []).append(word[1:])
    branches = [
        letter + word_trie(rests)
        for first, rests in sorted(by_letter.items())
        for letter in (first, first.upper())
    ]
    words = "(?:" + "|".join(branches) + r")\b|[Aa]\s+(?:few|couple|hundred|thousand|million|dozen)\b"
    return r"[^A-Za-z_](?=" + words + ")"


_WORD_SCAN = re.compile(_word_start_pattern())
_DIGIT_SCAN = re.compile(r"[0-9]")


# ---------------------------------------------------------------------------------------------------------
# Context patterns, one per side, so that a figure costs two anchored matches. The right one is matched at
# the figure's end. The left one is written backwards and matched against the reversed text before the
# figure: one anchored attempt, where a forward pattern ending in ``$`` would be retried at every position.
# ---------------------------------------------------------------------------------------------------------

_LEFT_WINDOW = 64
_RIGHT_WINDOW = 64


def _backwards(phrases) -> str:
    """An alternation matching ``phrases`` written backwards, as a prefix tree."""
    return word_trie({p[::-1] for p in phrases})


# Words after which a figure is a reference, not an amount: "resolution 2100", "p. 8", "aged 25".
_OTHER_KEYWORDS = (
    "resolution", "resolutions", "res.", "no.", "nos.", "number", "p.", "pp.", "page", "pages", "para",
    "para.", "paras.", "paragraph", "paragraphs", "article", "articles", "art.", "arts.", "section",
    "sections", "sec.", "chapter", "chapters", "ch.", "annex", "annexes", "vol.", "volume", "volumes",
    "issue", "footnote", "footnotes", "note", "table", "tables", "figure", "figures", "fig.", "item", "items",
    "rule", "rules", "version", "phase", "route", "highway", "sector", "flight", "room", "box", "tel",
    "tel.", "telephone", "fax", "phone", "ext.", "grade", "level", "category", "platform", "gate", "channel",
    "code", "serial", "aged", "age", "ages", "unscr", "scr", "n°", "nº",
)
_AGE_WORDS = ("aged", "age", "ages")  # also "aged between 18 and 25", "ages of 18"
_YEAR_PREPOSITIONS = ("in", "since", "until", "till", "during", "before", "after")
_YEAR_PREFIXES = ("mid", "pre", "post", "late", "early")  # "mid-2013"
_DETERMINERS = ("the", "its", "their", "his", "her", "this", "that", "our", "whose")
_CURRENCY_CODES = ("USD", "EUR", "GBP", "CHF", "JPY", "CNY", "RMB", "INR")
# Units of measure and of time after a figure: "10 km", "155 mm", "10 months" are not head counts.
_MEASURE_UNITS = (
    "km", "kms", "kilometer", "kilometers", "kilometre", "kilometres", "mile", "miles", "meter", "meters",
    "metre", "metres", "m", "mm", "cm", "kg", "kilo", "kilos", "kilogram", "kilograms", "tonne", "tonnes",
    "ton", "tons", "hectare", "hectares", "ha", "feet", "ft", "inch", "inches", "sq", "square", "degree",
    "degrees", "hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins", "second", "seconds", "sec",
    "secs", "day", "days", "week", "weeks", "month", "months", "year", "years", "yr", "yrs", "decade",
    "decades", "century", "centuries", "night", "nights", "mph", "kph", "litre", "litres", "liter", "liters",
    "gallon", "gallons", "barrel", "barrels", "calibre", "caliber", "mw", "gw", "kw", "gmt", "utc",
)
_CURRENCY_WORDS = (
    "dollar", "dollars", "euro", "euros", "pounds", "pounds sterling", "yuan", "renminbi", "rupee", "rupees",
    "franc", "francs", "yen", *(c.lower() for c in _CURRENCY_CODES),
)
_MONTH_NAMES = _MONTHS.split("|")

# Reversed: the first alternative that matches right before the figure names the cue (``lastgroup``).
_LEFT = re.compile(
    rf"(?P<other>[/=_]|\s*(?:#|(?:{_backwards(_OTHER_KEYWORDS)})(?!\w))"
    rf"|\s+(?:fo|neewteb|morf)\s+(?:{_backwards(_AGE_WORDS)})(?!\w))"
    r"|(?P<currency>\s?(?:\$\s?(?:SU|\.S\.U|A|C|ZN|KH|S)(?![A-Za-z])|[$€£¥₹]"
    rf"|(?-i:{_backwards(_CURRENCY_CODES)})(?![A-Za-z])))"
    rf"|(?P<year_prefix>-(?:{_backwards(_YEAR_PREFIXES)})(?!\w))"
    rf"|(?P<month>\s+(?:fo\s+)?,?\.?(?-i:{_backwards(_MONTH_NAMES)})(?!\w))"
    r"|(?P<between>\s+neewteb(?!\w))|(?P<from>\s+morf(?!\w))"
    rf"|(?P<year_prep>\s+(?:{_backwards(_YEAR_PREPOSITIONS)})(?!\w))"
    rf"|(?P<determiner>\s+(?:{_backwards(_DETERMINERS)})(?!\w)|\s+s['’]\w)"
    # A qualifier, possibly followed by up to two capitalised words ("about PLA 50 infantry").
    r"|(?P<gap>\s*|\s+(?:[\w’'.&-]*?(?-i:[A-Z])\s+){1,2})"
    rf"(?P<qualifier>{_backwards(_QUAL_KIND)})(?![\w.])",
    re.IGNORECASE,
)
# Only the qualifier, for a figure whose span already reaches left ("about $5 million").
_LEFT_QUALIFIER = re.compile(
    rf"(?P<gap>\s*|\s+(?:[\w’'.&-]*?(?-i:[A-Z])\s+){{1,2}})(?P<qualifier>{_backwards(_QUAL_KIND)})(?![\w.])",
    re.IGNORECASE,
)

# Forward, at the figure's end; alternatives that share a start are ordered most specific first.
_RIGHT = re.compile(
    r"(?P<or_more>\s+(?:or|and)\s+(?:more|above|over|upwards)\b(?!\s+than\b)(?!\s+[\d$]))"
    r"|(?P<or_less>\s+or\s+(?:less|fewer|below|under)\b)"
    r"|(?P<or_so>\s+or\s+so\b)"
    rf"|(?P<join>(?:\s*[-–—‒]\s*|\s+(?P<join_word>to|or|and)\s+)(?=[0-9]|(?:{word_trie([*_UNITS, *_TENS])}|a\s)\b))"
    r"|(?P<plus>\+(?![0-9])|[-\x20]plus\b(?!\s*[0-9]))"
    r"|(?P<percent>\s?%|\s*per\s?cent\b|\s*percent\b)"
    rf"|(?P<currency>\s+(?:(?:US|U\.S\.|American|Canadian|Australian|Hong\s+Kong|New\s+Zealand)\s+)?"
    rf"(?:{word_trie(_CURRENCY_WORDS)})\b)"
    r"|(?P<times>\s+times\b|-?fold\b)"
    r"|(?P<decade>'?s\b)"
    r"|(?P<compound>-(?P<compound_word>[A-Za-z]+)(?:-[A-Za-z]+)*)"
    rf"|(?P<measure>\s*(?:°|(?:{word_trie(_MEASURE_UNITS)})\b))"
    rf"|(?P<month>\s+(?:of\s+)?(?-i:{_MONTHS})\b)",
    re.IGNORECASE,
)
_SCALE = re.compile(
    r"\s*(?P<word>hundred|thousand|million|billion|trillion)\b|(?P<short>\s?(?:mn|mln|bn|bln|m|k))\b",
    re.IGNORECASE,
)
_SCALE_LEADS = frozenset("hHtTmMbBkK")
_RIGHT_YEAR_RANGE = re.compile(r"\s*(?:[-–—]|to|and|or|until|through)\s*(?:19|20)[0-9]{2}\b", re.IGNORECASE)
_RIGHT_NOUN = re.compile(r"\s+(?:[A-Z][\w’'-]*\s+)?([a-z][a-z’'-]*)")
_LINE_END = re.compile(r"[ \t]*(?:\r?\n|\Z)")
_FOOTNOTE_AFTER_YEAR = re.compile(r"\.([0-9]{1,3})")
_DIGITS_RE = re.compile(_DIGITS)
_CURRENCY_SIGNS = frozenset("$€£¥₹")
_WORD_TOKEN = re.compile(r"[a-z]+")
_SEPARATORS = str.maketrans("", "", ", \u00a0\u202f\u2009")

_FOOTNOTE_PUNCT = frozenset(".,;:)]”\"’'")
# Characters after a figure that start no suffix, range or unit (and the end of the text): skip ``_RIGHT``.
_RIGHT_STOPS = frozenset(",.;:)]”\"!?") | {""}
_QUALIFIABLE = frozenset({"count", "money", "percent", "decimal", "multiplier"})
_BOUND_SUFFIXES = {"plus": "low", "or_more": "low", "or_less": "high"}
_KIND_SUFFIXES = {"percent": "percent", "times": "multiplier"}


# ---------------------------------------------------------------------------------------------------------
# Reading one figure
# ---------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Figure:
    """A figure read at one place: its span, value and form, before context decides its kind."""

    start: int
    end: int
    form: str  # "digits" | "words" | "vague" | "ordinal" | "phone" | "date" | "time" | "year_footnote"
    value: int | Decimal | None  # the number (for vague plurals, the floor); Decimal only for fractions
    plain: bool = False  # digits only: no separator, decimal point or scale
    scale: str | None = None  # the scale word applied, lower-cased ("million", "m")
    vague: bool = False
    note: tuple[int, int] | None = None  # a footnote marker glued after the figure ("7,839.6"): its span

    def is_year_like(self) -> bool:
        """Four plain digits from 1900 to 2099: a year unless the context says it counts something."""
        return self.plain and self.end - self.start == 4 and 1900 <= self.value <= 2099


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


def _vague_floor(phrase: str) -> int:
    """Floor of a vague quantity phrase (lower-case, single-spaced): "tens of thousands" -> 20000."""
    parts = phrase.split()
    if phrase == "a couple of":
        return 2
    if phrase == "half a dozen":
        return 6
    if len(parts) == 3 and parts[1] == "of":  # tens/hundreds of thousands/millions
        return (10 if parts[0] == "tens" else 100) * _VAGUE_FLOORS[parts[2]]
    if parts[-1] in _VAGUE_FLOORS:
        return _VAGUE_FLOORS[parts[-1]]
    return 2 * _VAGUE_UNITS[parts[-1]]  # a few / several / a couple of + unit


def _digits_value(raw: str) -> int | Decimal:
    """The value of digits with separators: an int, or a Decimal when there is a fractional part."""
    if raw.isdigit():
        return int(raw)
    if "." in raw:
        return Decimal(raw.translate(_SEPARATORS))
    return int(raw.translate(_SEPARATORS))


def _read_at(text: str, m: re.Match) -> _Figure | None:
    """Turn a scanner match into a figure, applying a following scale word ("1.5 million")."""
    group = m.lastgroup
    start, end = m.span()
    raw = m.group()
    if group == "digits":
        figure = _Figure(start, end, "digits", _digits_value(raw), plain=raw.isdigit())
        nxt = text[end:end + 1]
        if nxt == " ":
            nxt = text[end + 1:end + 2]
        if nxt in _SCALE_LEADS and nxt:
            scale = _SCALE.match(text, end)
            if scale:
                word = (scale.group("word") or scale.group("short")).strip().lower()
                value = figure.value * (_SCALES.get(word) or _SHORT_SCALES.get(word) or 100)
                figure.value = int(value) if value == int(value) else value
                figure.end, figure.scale, figure.plain = scale.end(), word, False
        return figure
    if group == "words":
        parsed = _parse_words(raw.lower())
        if parsed is None:
            return None
        value, length = parsed
        return _Figure(start, start + length, "words", value)
    if group in ("phone", "date", "time"):
        return _Figure(start, end, group, None)
    if group == "yfn":
        return _Figure(start, end, "year_footnote", int(raw), plain=True)
    if group == "gfn":
        if text[max(0, start - 4):start].rstrip()[-1:] in _CURRENCY_SIGNS:  # "$1,234.5 A": an amount
            whole = _DIGITS_RE.match(text, start)
            return _Figure(start, whole.end(), "digits", _digits_value(whole.group()))
        note = _FOOTNOTE_AFTER_YEAR.match(text, end)
        return _Figure(start, end, "digits", _digits_value(raw), note=(note.start(1), note.end(1)))
    if group == "ord":
        return _Figure(start, end, "ordinal", int(raw[:-2]))
    if group == "ordw":
        words = raw.lower().replace("-", " ").split()
        value = sum(_TENS.get(w, 0) for w in words[:-1]) + (
            _ORDINAL_UNITS.get(words[-1]) or _ORDINAL_TENS.get(words[-1]) or _ORDINAL_BIG[words[-1]]
        )
        return _Figure(start, end, "ordinal", value)
    phrase = " ".join(raw.lower().split())  # vague
    exact = phrase in ("a couple of", "half a dozen")
    return _Figure(start, end, "vague", _vague_floor(phrase), vague=not exact)


def _drop_short_scale(text: str, figure: _Figure) -> None:
    """Undo a short scale ("5m") outside money: there it is a unit ("5m" = five metres), left to context."""
    if figure.scale in _SHORT_SCALES:
        raw = text[figure.start:figure.end].rstrip("mMkKnNbBlL").rstrip()
        figure.value = _digits_value(raw)
        figure.end = figure.start + len(raw)
        figure.scale = None
        figure.plain = raw.isdigit()


def _as_int(value: int | Decimal | None) -> int | None:
    if value is None or type(value) is int:
        return value
    return int(value) if value == value.to_integral_value() else None


def _quantity(text: str, start: int, end: int, low, high, approx: bool, qualifier: str | None, kind: str):
    return Quantity(start, end, text[start:end], _as_int(low), _as_int(high), approx, qualifier, kind)


# ---------------------------------------------------------------------------------------------------------
# Deciding what a figure is
# ---------------------------------------------------------------------------------------------------------


def _plural_noun_after(text: str, end: int) -> str | None:
    """The plural noun right after the figure, skipping one capitalised word ("2000 Chinese troops")."""
    m = _RIGHT_NOUN.match(text, end, end + _RIGHT_WINDOW)
    if not m:
        return None
    word = m.group(1).replace("’", "'")
    if word in _PLURAL_IRREGULAR:
        return word
    if word.endswith("s") and not word.endswith(("ss", "us", "is", "'s")) and word not in _NOT_PLURAL:
        return word
    return None


def _alone_on_its_line(text: str, figure: _Figure) -> bool:
    """Whether nothing but blanks shares the figure's line, and the text has other lines."""
    after = _LINE_END.match(text, figure.end)
    if after is None:
        return False
    line_start = text.rfind("\n", 0, figure.start) + 1
    if line_start == 0 and after.end() == len(text):
        return False  # the whole text is the figure: not a line of a page
    return not text[line_start:figure.start].strip()


def _kind_by_left(figure: _Figure, glued: str, cue: str | None) -> str | None:
    """"other" or "footnote" when what stands right before a digit figure says so, else None.

    ``glued`` is the three characters before the figure, backwards; ``cue`` what ``_LEFT`` found.
    """
    if cue == "other":
        return "other"
    c1, c2, c3 = glued[:1], glued[1:2], glued[2:3]
    if c1 in _FOOTNOTE_PUNCT and c2 and (c2.isalpha() or c2 in _FOOTNOTE_PUNCT):
        # A short number glued to punctuation that closes a word: "PKOs,7", "(MINUSMA),1", "UNMISS).5";
        # not after a one-letter abbreviation ("p.8", "U.S.2").
        if figure.plain and figure.end - figure.start <= 3 and not (c1 == "." and not c3.isalpha()):
            return "footnote"
    elif c1.isalpha():
        if figure.plain and figure.end - figure.start <= 3 and glued.isalpha() and glued.islower() and c3:
            return "footnote"  # glued to a lower-case word: "experience7"
        return "other"  # codes and models: "G77", "MI5"
    elif c1 == "-" and c2.isalpha() and cue != "year_prefix":
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
    if figure is None or figure.vague or figure.end != len(s) or figure.scale in _SHORT_SCALES:
        return None
    return _as_int(figure.value)


def find_quantities(text: str) -> list[Quantity]:
    """Every numeric expression in ``text``, sorted by start, non-overlapping, offsets relative to text.

    ``Quantity(start, end, surface, low, high, approx, qualifier, kind)``; see the module docstring.
    """
    out: list[Quantity] = []
    pos = prev_end = 0
    n = len(text)
    digit_scan, word_scan, atom = _DIGIT_SCAN.search, _WORD_SCAN.search, _ATOM.match
    # Next digit and next number word at or after ``pos`` (n when none); each rescanned only once passed.
    # The word scan needs a character before the word: the text's own start has none.
    next_digit = -1
    next_word = 0 if text[:1].isalpha() else -1
    while True:
        if next_digit < pos:
            d = digit_scan(text, pos)
            next_digit = d.start() if d is not None else n
        if next_word < pos:
            w = word_scan(text, pos - 1 if pos else 0)
            next_word = w.start() + 1 if w is not None else n
        at = min(next_digit, next_word)
        if at >= n:
            break
        pos = at + 1
        m = None
        if at == next_digit and at > prev_end and text[at - 1] in "+(":  # "+41 22 917 1234", "(212) 963"
            m = atom(text, at - 1)
            if m is not None and m.lastgroup != "phone":
                m = None
        if m is None:
            m = atom(text, at)
        if m is None:
            continue
        figure = _read_at(text, m)
        if figure is None:
            continue
        quantities = _build(text, figure, prev_end)
        if figure.note is not None:
            n0, n1 = figure.note
            quantities.append(_quantity(text, n0, n1, int(text[n0:n1]), int(text[n0:n1]), False, None, "footnote"))
        out.extend(quantities)
        prev_end = pos = quantities[-1].end  # not m.end(): "five six" reads "five", then "six"
    return out


def _build(text: str, first: _Figure, prev_end: int) -> list[Quantity]:
    """The quantity (or quantities) that start with ``first``, read with its context."""
    form = first.form
    if form in ("phone", "date", "time"):
        return [_quantity(text, first.start, first.end, None, None, False, None, "other")]
    if form == "year_footnote":  # "in 2000.8": the year, then the footnote marker
        out = [_quantity(text, first.start, first.end, first.value, first.value, False, None, "year")]
        note = _FOOTNOTE_AFTER_YEAR.match(text, first.end)
        out.append(_quantity(text, note.start(1), note.end(1), int(note.group(1)), int(note.group(1)), False,
                             None, "footnote"))
        return out

    rev = text[max(prev_end, first.start - _LEFT_WINDOW):first.start][::-1]  # the text before, backwards
    left = _LEFT.match(rev)
    cue = left.lastgroup if left is not None else None
    if cue == "gap":  # the qualifier alternative closes on its last group
        cue = "qualifier"
    is_money = cue == "currency" and form == "digits"
    if not is_money:
        _drop_short_scale(text, first)

    if form in ("digits", "ordinal"):
        by_left = _kind_by_left(first, text[max(0, first.start - 3):first.start][::-1], cue)
        if by_left is None and first.plain and _alone_on_its_line(text, first):
            by_left = "other"  # a page number of a PDF
        if by_left is not None:
            end, high = first.end, first.value
            if by_left == "other" and form == "digits":  # "pages 12-15", "aged between 18 and 25"
                join = _RIGHT.match(text, end)
                word = (join.group("join_word") or "").lower() if join is not None else ""
                if join is not None and join.lastgroup == "join" and (
                    word in ("", "to") or (word == "and" and cue == "other" and "neewteb" in left.group().lower())
                ):
                    m2 = _ATOM.match(text, join.end())
                    if m2 is not None and m2.lastgroup == "digits" and m2.group().isdigit() \
                            and int(m2.group()) > first.value:
                        end, high = m2.end(), int(m2.group())
            return [_quantity(text, first.start, end, first.value, high, False, None, by_left)]

    right = _RIGHT.match(text, first.end) if text[first.end:first.end + 1] not in _RIGHT_STOPS else None
    suffix = right.lastgroup if right is not None else None
    if form == "ordinal":
        kind = "other" if cue == "month" or suffix == "month" else "ordinal"  # "1st July" is a date
        return [_quantity(text, first.start, first.end, first.value, first.value, False, None, kind)]

    start, end = first.start, first.end
    low = high = first.value
    approx = first.vague
    qualifier = " ".join(text[start:end].lower().split()) if first.vague else None

    # Ranges: "500-600", "between 500 and 600", "two to three", "50 or 60".
    second = None
    if suffix == "join" and form in ("digits", "words"):
        join_word = (right.group("join_word") or "").lower()
        m2 = _ATOM.match(text, right.end()) if join_word != "and" or cue == "between" else None
        if m2 is not None and m2.lastgroup in ("digits", "words"):
            second = _read_at(text, m2)
        if second is not None:
            if not is_money:
                _drop_short_scale(text, second)
            a, b = first.value, second.value
            if first.scale is None and second.scale in _SCALES and first.form == second.form:
                if a * _SCALES[second.scale] <= b:  # "2 to 3 million", not "500,000 to 1 million"
                    a = a * _SCALES[second.scale]
            if first.is_year_like() and second.is_year_like() and not _plural_noun_after(text, second.end):
                second = None  # "from 2007 to 2011": two years, not a range
            elif first.is_year_like() and not join_word and second.plain and second.end - second.start == 2:
                end = second.end  # "2007-08": a year span, kept as its first year
                return [_quantity(text, start, end, first.value, first.value, False, None, "year")]
            elif a < b:
                low, high, end = a, b, second.end
                if cue in ("between", "from"):
                    start = first.start - left.end()
                right = _RIGHT.match(text, end)
                suffix = right.lastgroup if right is not None else None
            else:
                second = None

    # Suffixes: "-member", "-plus", "or more", "%", "times", "dollars", "1990s".
    last = second or first
    kind = None
    bound = suffix_text = None
    if suffix == "compound":
        word = right.group("compound_word").lower()
        if word in _UNIT_SIZE_WORDS:
            kind, end = "count", right.end()  # "a 700-member battalion"
        elif word == "odd":
            approx, end, qualifier = True, right.end(), "-odd"  # "500-odd"
        elif word not in _UNITS and word not in _TENS:
            kind, end = "other", right.end()  # "25-year-old", "10-day", "5-km"
    elif suffix == "or_so":
        approx, end = True, right.end()  # "1,000 or so troops"
        qualifier = "or so" if qualifier is None else f"{qualifier} or so"
    elif suffix in _BOUND_SUFFIXES:
        bound, suffix_text, end = _BOUND_SUFFIXES[suffix], right.group().strip(" -"), right.end()
    elif suffix in _KIND_SUFFIXES:
        kind, end = _KIND_SUFFIXES[suffix], right.end()
    elif suffix == "currency" and last.form == "digits":
        kind, end = "money", right.end()
    elif suffix == "decade" and last.is_year_like() and last.value % 10 == 0 and second is None:
        end = right.end()  # "the 1990s"
        return [_quantity(text, start, end, last.value, last.value + 9, True, None, "year")]

    if is_money:
        kind = "money"
        start = min(start, first.start - left.end())
    if kind is None:
        kind = _kind_by_neighbours(text, first, second, end, cue, suffix)

    # Qualifiers before the figure: hedges keep both bounds, "more than" drops the high one, "up to" the low.
    if kind in _QUALIFIABLE:
        if start < first.start:  # the span already reaches left: look further ("about $5 million")
            qual = _LEFT_QUALIFIER.match(rev, first.start - start)
        else:
            qual = left if cue == "qualifier" else None
        if qual is not None:
            q = " ".join(qual.group("qualifier")[::-1].lower().split())
            role = _QUAL_KIND[q]
            qualifier = q if qualifier is None else f"{q} {qualifier}"
            approx = True
            if second is None and role == "low":
                high = None
            elif second is None and role == "high":
                low = None
            if not qual.group("gap").strip():  # adjacent: part of the expression
                start = first.start - qual.end()
    if bound is not None:
        approx = True
        qualifier = suffix_text if qualifier is None else f"{qualifier} {suffix_text}"
        if bound == "low":
            high = None
        else:
            low = None
    if first.vague and second is None:
        high = None
    return [_quantity(text, start, end, low, high, approx, qualifier, kind)]


def _kind_by_neighbours(
    text: str, first: _Figure, second: _Figure | None, end: int, cue: str | None, suffix: str | None
) -> str:
    """Kind of a figure (or range) that no suffix has classed, from its form and neighbouring words."""
    if first.form == "digits" and second is None:
        if first.plain and first.end - first.start <= 2 and 1 <= first.value <= 31:
            if cue == "month" or suffix == "month":
                return "other"  # day of a date: "July 1", "1 July"
        if first.is_year_like():
            # A year unless a plural noun follows ("2000 troops") and no year cue stands around it; after
            # a determiner only a noun for people makes it a count ("the 2013 elections" is a year).
            if cue in ("month", "year_prep") or _RIGHT_YEAR_RANGE.match(text, first.end):
                return "year"
            noun = _plural_noun_after(text, first.end)
            if noun is None or (cue == "determiner" and noun not in _PEOPLE_NOUNS):
                return "year"
    if suffix == "measure":
        return "other"
    if first.form == "digits" and text[end:end + 1].isalpha():
        return "other"  # letters glued after: "5N1", "3D"
    if _as_int(first.value) is None or (second is not None and _as_int(second.value) is None):
        return "decimal"
    return "count"


if __name__ == "__main__":  # pragma: no cover - benchmark: python -m pipeline.extract.numbers
    import random
    import time

    rng = random.Random(7)
    vocabulary = (
        "the of and to in a is that for it as was with be by on not he this are or his from at which but have "
        "an they you were her she there been all we their has would when if so no will more out up its "
        "about peacekeepers mission troops deployed China Mali United Nations Security Council battalion "
        "engineers contingent force said officials government statement report contributed police"
    ).split()
    figures = ["1,650", "about 500", "2013", "between 500 and 600", "two", "PKOs,7", "$5m", "July 1", "15%"]

    def prose(size: int, every: int) -> str:
        """``size`` characters of sentences of random words, a figure every ``every`` words (0: none)."""
        words = [rng.choice(vocabulary) for _ in range(size // 5)]
        for i in range(0, len(words), every or len(words) + 1):
            words[i] = rng.choice(figures)
        for i in range(25, len(words), 25):
            words[i] += "."
        return " ".join(words)[:size]

    size = 20_000_000
    for every in (0, 200, 100, 40):
        text = prose(size, every)
        sentences = text.split(". ")
        t0 = time.process_time()
        found = sum(len(find_quantities(s)) for s in sentences)
        elapsed = time.process_time() - t0
        label = f"a figure every {every} words" if every else "no figures"
        print(f"{label:28s} {len(text) / 1e6:.0f} MB in {len(sentences)} sentences, {found:7d} quantities: "
              f"{len(text) / 1e6 / elapsed:5.1f} MB/s")
