"""Reading one figure where the pre-scan found it: its span, value and form (``_Figure``), before the context
decides its kind (``pipeline.extract.numbers``). Number words are parsed here ("two thousand five hundred and
twelve" -> 2512).

Package-internal: only ``numbers`` imports these names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from pipeline.extract.number_grammar import (
    _CURRENCY_SIGNS,
    _DIGITS_RE,
    _FOOTNOTE_AFTER_YEAR,
    _ORDINAL_BIG,
    _ORDINAL_TENS,
    _ORDINAL_UNITS,
    _PEOPLE_NOUNS,
    _SCALE,
    _SCALE_LEADS,
    _SCALES,
    _SEPARATORS,
    _SHORT_SCALES,
    _TENS,
    _UNITS,
    _VAGUE_FLOORS,
    _VAGUE_UNITS,
    _WORD_TOKEN,
)
from pipeline.extract.types import Quantity

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


# What a number word does to the number read so far (``_WordNumber``): skipped (a connector), taken (the
# number so far is a candidate), taken as the last word ("dozen" ends a number), or the number stops before it.
_SKIP, _TAKE, _TAKE_LAST, _STOP = range(4)


@dataclass(slots=True)
class _WordNumber:
    """The state of a number being read word by word: ``total`` of the finished scales, ``current`` below the
    next scale, the class of the ``last`` word and the ``last_scale`` applied (scales must fall)."""

    total: int = 0
    current: int = 0
    last: str | None = None
    last_scale: int | None = None

    def connector(self, w: str) -> int:
        """ "and" after a hundred or a scale ("five hundred and twelve"); "a" first ("a hundred")."""
        if self.last not in (("hundred", "scale") if w == "and" else (None,)):
            return _STOP
        self.last = w
        return _SKIP

    def cardinal(self, w: str) -> int:
        """A unit or a ten: after nothing, a hundred, a scale or "and"; a unit 1-9 after a ten ("twenty five")."""
        v = _UNITS.get(w, _TENS.get(w))
        if not (self.last in (None, "hundred", "scale", "and")
                or (self.last == "tens" and w in _UNITS and 1 <= v <= 9)):
            return _STOP
        self.current += v
        self.last = "tens" if w in _TENS else "unit"
        return _TAKE

    def hundred(self, w: str) -> int:
        if self.last == "a":
            self.current = 100
        elif self.last in ("unit", "tens") and 0 < self.current < 100:
            self.current *= 100
        else:
            return _STOP
        self.last = "hundred"
        return _TAKE

    def dozen(self, w: str) -> int:
        if self.last == "a":
            self.current = 12
        elif self.last in ("unit", "tens") and 0 < self.current < 100 and self.total == 0:
            self.current *= 12
        else:
            return _STOP
        return _TAKE_LAST

    def scale(self, w: str) -> int:
        scale = _SCALES[w]
        if self.last == "a":
            self.current = 1
        elif not (self.last in ("unit", "tens", "hundred") and self.current > 0):
            return _STOP
        if self.last_scale is not None and scale >= self.last_scale:
            return _STOP
        self.total += self.current * scale
        self.current, self.last, self.last_scale = 0, "scale", scale
        return _TAKE


_WORD_STEPS = {"and": _WordNumber.connector, "a": _WordNumber.connector, "hundred": _WordNumber.hundred,
               "dozen": _WordNumber.dozen, **dict.fromkeys(_SCALES, _WordNumber.scale),
               **dict.fromkeys([*_UNITS, *_TENS], _WordNumber.cardinal)}


def _parse_words(words: str) -> tuple[int, int] | None:
    """Value and length of the longest valid number at the start of ``words`` (lower-case number words).

    "two thousand five hundred and twelve" -> 2512; stops before a word that cannot continue the number
    ("five six" reads "five"); "dozen" ends a number ("two dozen" -> 24).
    """
    number = _WordNumber()
    best: tuple[int, int] | None = None
    for token in _WORD_TOKEN.finditer(words):
        step = _WORD_STEPS.get(token.group())
        outcome = step(number, token.group()) if step is not None else _STOP
        if outcome == _STOP:
            break
        if outcome != _SKIP:
            best = (number.total + number.current, token.end())
        if outcome == _TAKE_LAST:
            break
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


# Thousands grouped by full stops, as many European writers in English do, when people are counted: "more than
# 26.000 Austrian peacekeepers" (real dev r10_089, the Austrian armed forces), "additional 2.000 military officers"
# (r2_047, Japan's foreign ministry). Nobody counts 26 people with three decimals; a decimal that is not followed
# by a noun for people ("6.373 per cent", "2.500 km") stays a decimal.
_DOTTED_THOUSANDS = re.compile(r"[1-9][0-9]{0,2}(?:\.[0-9]{3})+")
_WORDS_AFTER = re.compile(r"(?:\s+[\w\u2019'-]+){1,3}")


def _people_after(text: str, end: int) -> bool:
    """Whether one of the next three words is a plural noun for people ("Austrian peacekeepers")."""
    m = _WORDS_AFTER.match(text, end)
    return m is not None and any(w.lower() in _PEOPLE_NOUNS for w in m.group().split())


def _read_at(text: str, m: re.Match) -> _Figure | None:
    """Turn a scanner match into a figure, applying a following scale word ("1.5 million")."""
    group = m.lastgroup
    start, end = m.span()
    raw = m.group()
    if group == "digits":
        figure = _Figure(start, end, "digits", _digits_value(raw), plain=raw.isdigit())
        if "." in raw and _DOTTED_THOUSANDS.fullmatch(raw) and _people_after(text, end):
            figure.value = int(raw.replace(".", ""))
            return figure
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
