"""Figures and dates as languages other than English write them.

Figures: digits grouped by a space or a dot ("1 250", "60 000", "15.600", "6.300"; a dot followed by exactly three
digits groups thousands in these languages), a multiplier word after them ("37 mil"), number words of the
language ("três capitães"), and a qualifier before them ("environ", "rund", "cerca de", "ok.", "bis zu").

Dates: "22 septembre 2002", "1. Dezember 2005", "22 de julio", "27 de marzo de 1964", "junho de 1967",
"November 2011", bare years ("W 1953", "(1954-1976)"); a day and month without a year take the publication
year. Each date knows whether "since" or "until" stands before it, and the span it opens ("de 1960 a 1964").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.lang.lexicons import Language
from pipeline.extract.types import PartialDate

_DIGITS = r"\d{1,3}(?:(?:[  ]|\.(?=\d{3}(?!\d)))\d{3})+(?!\d)|\d+(?![.,]\d)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"


@dataclass(frozen=True)
class Figure:
    start: int  # of the qualifier when there is one
    end: int
    value: int
    qualifier: str | None
    number_start: int


@dataclass(frozen=True)
class LangDate:
    start: int
    end: int
    date: PartialDate
    cue: str | None  # "since" | "until" | None
    span_end: PartialDate | None = None


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


_COMPILED: dict[tuple[str, str], re.Pattern] = {}


def _cached(kind: str, lang: Language, build) -> re.Pattern:
    key = (kind, lang.code)
    if key not in _COMPILED:
        _COMPILED[key] = build(lang)
    return _COMPILED[key]


def figure_regex(lang: Language) -> re.Pattern:
    quals = _alternation(lang.qualifiers) or "(?!)"
    mult = _alternation(lang.multipliers) or "(?!)"
    words = _alternation(lang.numbers) or "(?!)"
    return re.compile(rf"(?:(?P<qual>{quals})\s+)?(?:(?P<num>{_DIGITS})(?:\s+(?P<mult>{mult})(?!\w))?|"
                      rf"(?<!\w)(?P<word>{words})(?:\s+(?P<wmult>{mult}))?(?!\w))", re.IGNORECASE)


def find_figures(text: str, lang: Language, start: int, end: int) -> list[Figure]:
    out = []
    for m in _cached("figure", lang, figure_regex).finditer(text, start, end):
        if m.group("num"):
            raw = re.sub(r"[  .]", "", m.group("num"))
            value = int(raw) * (lang.multipliers[m.group("mult").lower()] if m.group("mult") else 1)
            if re.fullmatch(_YEAR, raw) and not m.group("qual") and not m.group("mult"):
                continue  # a year
        else:
            value = lang.numbers[m.group("word").lower()] * \
                (lang.multipliers[m.group("wmult").lower()] if m.group("wmult") else 1)
        if m.start("qual") >= 0 and not m.group("num") and not m.group("word"):
            continue
        qual = lang.qualifiers.get(m.group("qual").lower()) if m.group("qual") else None
        out.append(Figure(m.start(), m.end(), value, qual, m.start("num") if m.group("num") else m.start("word")))
    return out


def date_regex(lang: Language) -> re.Pattern:
    months = _alternation(lang.months) or "(?!)"
    return re.compile(
        rf"(?<![\w.])(?:(?P<day>\d{{1,2}})(?:\.\s*|er\s+|\s+)(?:de\s+)?)?(?P<month>{months})(?:\s+(?:de\s+)?"
        rf"(?P<year>{_YEAR}))?(?!\w)|(?<![\w.])(?P<bare>{_YEAR})(?:\s*[-–]\s*(?P<to>{_YEAR}))?(?!\w|\.\d)",
        re.IGNORECASE)


def _cue_before(text: str, lang: Language, pos: int, line_start: int) -> str | None:
    before = text[max(line_start, pos - 24):pos].lower()
    for kind in ("since", "until"):
        for stem, _ in lang.stems(kind):
            if re.search(rf"(?<!\w){re.escape(stem)}\w*\s+(?:(?:dem|de|el|le|la|zum|am|em|o)\s+)?$", before):
                return kind
    return None


def find_dates(text: str, lang: Language, start: int, end: int, published: PartialDate | None,
               default_year: str | None = None) -> list[LangDate]:
    out: list[LangDate] = []
    for m in _cached("date", lang, date_regex).finditer(text, start, end):
        if m.group("bare"):
            date = PartialDate.parse(m.group("bare"))
            span = PartialDate.parse(m.group("to")) if m.group("to") else None
        else:
            month = lang.months[m.group("month").lower()]
            # "25. mars til 4. april 1978" (r10_086), "mellem den 14. maj og den 10. juni 1964" (r10_093): the
            # year of the date that follows; else the publication year.
            # Without either, the year the document speaks of so far (``default_year``: a page without a date,
            # "7. april ble det norske bidraget utvidet" after "4. april 1978", r10_086).
            later = re.match(rf"[^;]{{0,30}}?(?<!\d)({_YEAR})(?!\d)", text[m.end():m.end() + 40])
            year = m.group("year") or (later.group(1) if later else None) or \
                (str(published.value.year) if published is not None else default_year)
            if year is None:
                continue
            try:
                date = PartialDate.parse(f"{year}-{month:02d}-{int(m.group('day')):02d}" if m.group("day")
                                         else f"{year}-{month:02d}")
            except ValueError:
                continue
            span = None
        out.append(LangDate(m.start(), m.end(), date, _cue_before(text, lang, m.start(), start), span))
    return _spans(out, text, lang)


def _spans(dates: list[LangDate], text: str, lang: Language) -> list[LangDate]:
    """"de janeiro de 1957 até junho de 1967", "von 1960 bis 1964", "de 1960 a 1964": the first date of the pair
    spans to the second, which is no date of its own."""
    out: list[LangDate] = []
    skip = set()
    for i, d in enumerate(dates):
        if i in skip:
            continue
        nxt = dates[i + 1] if i + 1 < len(dates) else None
        if nxt is not None and d.span_end is None and \
                re.fullmatch(r"\s*(?:a|à|até|bis|hasta|au|do|-|–|til|till|och|og)\s+(?:den\s+)?", text[d.end:nxt.start]):
            d = LangDate(d.start, nxt.end, d.date, d.cue, nxt.date)
            skip.add(i + 1)
        out.append(d)
    return out
