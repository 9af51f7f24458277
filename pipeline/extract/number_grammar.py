"""The grammar of figures: the number vocabulary and the compiled patterns that ``pipeline.extract.numbers`` reads
with (the pre-scans, the figure atom, and the left and right context patterns).

Package-internal: ``numbers`` and ``number_reading`` import these names; nothing else should.
"""

from __future__ import annotations

import re

from pipeline.extract import lexicon
from pipeline.extract.regex_trie import word_trie

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
