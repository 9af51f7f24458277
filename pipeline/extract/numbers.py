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

from pipeline.extract.number_grammar import (
    _ATOM,
    _BOUND_SUFFIXES,
    _DIGIT_SCAN,
    _FOOTNOTE_AFTER_YEAR,
    _FOOTNOTE_PUNCT,
    _KIND_SUFFIXES,
    _LEFT,
    _LEFT_QUALIFIER,
    _LEFT_WINDOW,
    _LINE_END,
    _NOT_PLURAL,
    _PEOPLE_NOUNS,
    _PLURAL_IRREGULAR,
    _QUAL_KIND,
    _QUALIFIABLE,
    _RIGHT,
    _RIGHT_NOUN,
    _RIGHT_STOPS,
    _RIGHT_WINDOW,
    _RIGHT_YEAR_RANGE,
    _SCALES,
    _SHORT_SCALES,
    _TENS,
    _UNIT_SIZE_WORDS,
    _UNITS,
    _WORD_SCAN,
)
from pipeline.extract.number_reading import (
    _as_int,
    _drop_short_scale,
    _Figure,
    _quantity,
    _read_at,
)
from pipeline.extract.types import Quantity

__all__ = ["find_quantities", "parse_number"]

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


@dataclass(slots=True)
class _Reading:
    """What is known of a figure being read with its context: its span, bounds and kind so far."""

    start: int
    end: int
    low: object
    high: object
    approx: bool
    qualifier: str | None
    second: _Figure | None = None
    right: re.Match | None = None
    suffix: str | None = None
    kind: str | None = None
    bound: str | None = None
    suffix_text: str | None = None

    def quantity(self, text: str, kind: str) -> Quantity:
        return _quantity(text, self.start, self.end, self.low, self.high, self.approx, self.qualifier, kind)


def _build(text: str, first: _Figure, prev_end: int) -> list[Quantity]:
    """The quantity (or quantities) that start with ``first``, read with its context.

    In order: forms that need no context (phone numbers, dates, times, a year with a footnote), the cue on the
    left (a reference keyword, a currency, a month...), then on the right a range, a suffix, the kind from the
    neighbours, and the qualifiers that set the bounds.
    """
    if first.form in _NO_CONTEXT:
        return _without_context(text, first)
    rev = text[max(prev_end, first.start - _LEFT_WINDOW):first.start][::-1]  # the text before, backwards
    left = _LEFT.match(rev)
    cue = left.lastgroup if left is not None else None
    if cue == "gap":  # the qualifier alternative closes on its last group
        cue = "qualifier"
    is_money = cue == "currency" and first.form == "digits"
    if not is_money:
        _drop_short_scale(text, first)
    if first.form in ("digits", "ordinal"):
        by_left = _by_left(text, first, left, cue)
        if by_left is not None:
            return [by_left]

    r = _Reading(first.start, first.end, first.value, first.value, first.vague,
                 " ".join(text[first.start:first.end].lower().split()) if first.vague else None)
    r.right = _RIGHT.match(text, first.end) if text[first.end:first.end + 1] not in _RIGHT_STOPS else None
    r.suffix = r.right.lastgroup if r.right is not None else None
    if first.form == "ordinal":
        kind = "other" if cue == "month" or r.suffix == "month" else "ordinal"  # "1st July" is a date
        return [r.quantity(text, kind)]
    if r.suffix == "join" and first.form in ("digits", "words"):
        year_span = _read_range(text, first, r, left, cue, is_money)
        if year_span is not None:
            return [year_span]
    decade = _read_suffix(text, first, r)
    if decade is not None:
        return [decade]
    if is_money:
        r.kind = "money"
        r.start = min(r.start, first.start - left.end())
    if r.kind is None:
        r.kind = _kind_by_neighbours(text, first, r.second, r.end, cue, r.suffix)
    if r.kind in _QUALIFIABLE:
        _apply_qualifier(first, r, rev, left, cue)
    _apply_bounds(first, r)
    return [r.quantity(text, r.kind)]


_NO_CONTEXT = frozenset({"phone", "date", "time", "year_footnote"})


def _without_context(text: str, first: _Figure) -> list[Quantity]:
    """Phone numbers, times and numeric dates (kind ``other``), and a year with a footnote glued after it."""
    if first.form != "year_footnote":
        return [_quantity(text, first.start, first.end, None, None, False, None, "other")]
    out = [_quantity(text, first.start, first.end, first.value, first.value, False, None, "year")]  # "in 2000.8"
    note = _FOOTNOTE_AFTER_YEAR.match(text, first.end)
    out.append(_quantity(text, note.start(1), note.end(1), int(note.group(1)), int(note.group(1)), False,
                         None, "footnote"))
    return out


def _by_left(text: str, first: _Figure, left: re.Match | None, cue: str | None) -> Quantity | None:
    """A digit figure or ordinal that what stands right before it (or its line alone) makes ``other`` or a
    ``footnote``, with the end of a reference range ("pages 12-15", "aged between 18 and 25"); else None."""
    by_left = _kind_by_left(first, text[max(0, first.start - 3):first.start][::-1], cue)
    if by_left is None and first.plain and _alone_on_its_line(text, first):
        by_left = "other"  # a page number of a PDF
    if by_left is None:
        return None
    end, high = first.end, first.value
    if by_left == "other" and first.form == "digits":
        join = _RIGHT.match(text, end)
        word = (join.group("join_word") or "").lower() if join is not None else ""
        if join is not None and join.lastgroup == "join" and (
            word in ("", "to") or (word == "and" and cue == "other" and "neewteb" in left.group().lower())
        ):
            m2 = _ATOM.match(text, join.end())
            if m2 is not None and m2.lastgroup == "digits" and m2.group().isdigit() and int(m2.group()) > first.value:
                end, high = m2.end(), int(m2.group())
    return _quantity(text, first.start, end, first.value, high, False, None, by_left)


def _read_range(text: str, first: _Figure, r: _Reading, left: re.Match | None, cue: str | None,
                is_money: bool) -> Quantity | None:
    """Ranges: "500-600", "between 500 and 600", "two to three", "50 or 60" (``r`` takes the second figure and
    the context after it). Returns the quantity of a year span ("2007-08") at once, else None."""
    join_word = (r.right.group("join_word") or "").lower()
    m2 = _ATOM.match(text, r.right.end()) if join_word != "and" or cue == "between" else None
    second = _read_at(text, m2) if m2 is not None and m2.lastgroup in ("digits", "words") else None
    if second is None:
        return None
    if not is_money:
        _drop_short_scale(text, second)
    a, b = first.value, second.value
    if first.scale is None and second.scale in _SCALES and first.form == second.form:
        if a * _SCALES[second.scale] <= b:  # "2 to 3 million", not "500,000 to 1 million"
            a = a * _SCALES[second.scale]
    if first.is_year_like() and second.is_year_like() and not _plural_noun_after(text, second.end):
        return None  # "from 2007 to 2011": two years, not a range
    if first.is_year_like() and not join_word and second.plain and second.end - second.start == 2:
        # "2007-08": a year span, kept as its first year
        return _quantity(text, r.start, second.end, first.value, first.value, False, None, "year")
    if a < b:
        r.second, r.low, r.high, r.end = second, a, b, second.end
        if cue in ("between", "from"):
            r.start = first.start - left.end()
        r.right = _RIGHT.match(text, r.end)
        r.suffix = r.right.lastgroup if r.right is not None else None
    return None


def _read_suffix(text: str, first: _Figure, r: _Reading) -> Quantity | None:
    """Suffixes: "-member", "-odd", "-plus", "or more", "or so", "%", "times", "dollars"; a decade ("the
    1990s") is returned at once as a year quantity, else None."""
    suffix, right = r.suffix, r.right
    last = r.second or first
    if suffix == "compound":
        word = right.group("compound_word").lower()
        if word in _UNIT_SIZE_WORDS:
            r.kind, r.end = "count", right.end()  # "a 700-member battalion"
        elif word == "odd":
            r.approx, r.end, r.qualifier = True, right.end(), "-odd"  # "500-odd"
        elif word not in _UNITS and word not in _TENS:
            r.kind, r.end = "other", right.end()  # "25-year-old", "10-day", "5-km"
    elif suffix == "or_so":
        r.approx, r.end = True, right.end()  # "1,000 or so troops"
        r.qualifier = "or so" if r.qualifier is None else f"{r.qualifier} or so"
    elif suffix in _BOUND_SUFFIXES:
        r.bound, r.suffix_text, r.end = _BOUND_SUFFIXES[suffix], right.group().strip(" -"), right.end()
    elif suffix in _KIND_SUFFIXES:
        r.kind, r.end = _KIND_SUFFIXES[suffix], right.end()
    elif suffix == "currency" and last.form == "digits":
        r.kind, r.end = "money", right.end()
    elif suffix == "decade" and last.is_year_like() and last.value % 10 == 0 and r.second is None:
        return _quantity(text, r.start, right.end(), last.value, last.value + 9, True, None, "year")
    return None


def _apply_qualifier(first: _Figure, r: _Reading, rev: str, left: re.Match | None, cue: str | None) -> None:
    """Qualifiers before the figure: hedges keep both bounds, "more than" drops the high one, "up to" the low."""
    if r.start < first.start:  # the span already reaches left: look further ("about $5 million")
        qual = _LEFT_QUALIFIER.match(rev, first.start - r.start)
    else:
        qual = left if cue == "qualifier" else None
    if qual is None:
        return
    q = " ".join(qual.group("qualifier")[::-1].lower().split())
    role = _QUAL_KIND[q]
    r.qualifier = q if r.qualifier is None else f"{q} {r.qualifier}"
    r.approx = True
    if r.second is None and role == "low":
        r.high = None
    elif r.second is None and role == "high":
        r.low = None
    if not qual.group("gap").strip():  # adjacent: part of the expression
        r.start = first.start - qual.end()


def _apply_bounds(first: _Figure, r: _Reading) -> None:
    """A bounding suffix ("500-plus", "500 or more") drops one bound; a vague plural has no upper bound."""
    if r.bound is not None:
        r.approx = True
        r.qualifier = r.suffix_text if r.qualifier is None else f"{r.qualifier} {r.suffix_text}"
        if r.bound == "low":
            r.high = None
        else:
            r.low = None
    if first.vague and r.second is None:
        r.high = None


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
