"""Contributor tables flattened into lines: "Rwanda 2,750 425 3,175" under a header "Country / Troops / Police".

UN reports list their contributors in tables, and a PDF text layer gives them back as one line per row (with the
header cells on lines of their own or on one line). No sentence states such a figure, so the sentence rules never
see it; this module reads the table as a table. Hand-written: no library knows these layouts, and the column
vocabulary (troops, police, experts on mission, staff officers) is the dataset's own.

A table has a first-column header ("Country", "Contributing country", "Member State") at the start of a line,
and two or more consecutive lines that each hold a country name (a footnote digit may stick to it: "Nepal4")
and one to six figures, or, when the text layer puts every cell on a line of its own, two or more countries'
names each followed by the same number of lines holding one figure. Its columns come from the labels on the
lines just above its first row; a "Total" column is the sum of the others and gives a row only when it is the
table's only figure. The mission is the one named in the caption just above the table (else the last one named
before it, else none), the date the one of the caption ("as at 31 May 2019", else the publication date), and the
status ``serving``: a table states who has how many at a time.
"""

import re
from collections.abc import Sequence

from pipeline.extract.countries import country_iso3
from pipeline.extract.dates import find_dates
from pipeline.extract.sentences import fold_whitespace
from pipeline.extract.types import (
    Contribution,
    DocumentContext,
    MissionMention,
    PartialDate,
    Quantity,
    Sentence,
)

VERSION = "tables.v2"

_ROW = re.compile(
    r"^[ \t]*(?P<name>[A-Z][^\d\n\t]{1,60}?)(?P<note>\d{1,2})?[ \t]+"
    r"(?P<figures>\d+(?:,\d{3})*(?:[ \t]+\d+(?:,\d{3})*){0,5})[ \t]*$",
    re.MULTILINE,
)
_FIGURE = re.compile(r"\d+(?:,\d{3})*")
# Column labels, longest first; None marks a column that is read but gives no row (shares of women, ranks).
_LABELS: tuple[tuple[str, str | None], ...] = (
    (r"formed police units?|fpus?", "formed_police_unit"),
    (r"individual police(?: officers)?|united nations police|un police|police officers|ipos?|police", "police"),
    (r"experts on mission|military experts|military observers|observers|monitors", "observers"),
    (r"staff officers", "staff_officers"),
    (r"contingent troops|military contingents?|troops|soldiers|military personnel|military", "troops"),
    (r"total|totals|all personnel|uniformed personnel", "total"),
    (r"women|female|men|male|rank|share|percentage|per ?cent|%", None),
)
_LABEL_RE = re.compile(
    r"\b(?:" + "|".join(f"(?P<c{i}>{alt})" for i, (alt, _) in enumerate(_LABELS)) + r")(?![\w])", re.IGNORECASE
)
# A table's first column header, at the start of a line: "Country", "Contributing country", "Member State".
_HEADER = re.compile(
    r"^[ \t]*(?:troop[- ]|police[- ]|personnel[- ])?(?:contributing[ \t]+)?"
    r"(?:country|countries|contributors?|member[ \t]+states?|nations?)\b",
    re.IGNORECASE | re.MULTILINE,
)
_CAPTION_LINES = 8
_ALL_UN = re.compile(r"\b(?:all|united nations|un)\s+(?:peace(?:keeping)?\s+)?(?:missions|operations)\b", re.I)


def _labels(lines: Sequence[str]) -> list[str | None]:
    """Column labels in order from the header lines (one cell per line or several on one line)."""
    out: list[str | None] = []
    for line in lines:
        for m in _LABEL_RE.finditer(line):
            index = int(m.lastgroup[1:])
            out.append(_LABELS[index][1])
    return out


def _row_lines(text: str) -> list[list[re.Match]]:
    """Runs of two or more table rows on consecutive lines (blank lines between rows allowed)."""
    runs: list[list[re.Match]] = []
    current: list[re.Match] = []
    last_end = -1
    for m in _ROW.finditer(text):
        if country_iso3(m.group("name").strip()) is None:
            continue
        between = text[last_end:m.start()] if last_end >= 0 else None
        if current and between is not None and between.strip() == "":
            current.append(m)
        else:
            if len(current) >= 2:
                runs.append(current)
            current = [m]
        last_end = m.end()
    if len(current) >= 2:
        runs.append(current)
    return runs


class _Row:
    """A table row: the country's name and the spans of its figures (a match of ``_ROW``, or cells on lines)."""

    def __init__(self, name: str, start: int, end: int, figures: list[tuple[int, int]]):
        self.name, self.start, self.end, self.figures = name, start, end, figures


_NAME_LINE = re.compile(r"^[ \t]*(?P<name>[A-Z][^\d\n\t]{1,60}?)(?P<note>\d{1,2})?[ \t]*$", re.MULTILINE)
_FIGURE_LINE = re.compile(r"[ \t]*(?P<fig>\d+(?:,\d{3})*)[ \t]*(?:\n|$)")


def _cell_rows(text: str) -> list[list[_Row]]:
    """Tables whose every cell stands on its own line: a country's name, then one line per figure."""
    runs: list[list[_Row]] = []
    current: list[_Row] = []
    for m in _NAME_LINE.finditer(text):
        if country_iso3(m.group("name").strip()) is None:
            continue
        figures, pos = [], m.end() + 1
        while len(figures) < 6:
            f = _FIGURE_LINE.match(text, pos)
            if not f:
                break
            figures.append(f.span("fig"))
            pos = f.end()
        if not figures:
            continue
        row = _Row(m.group("name").strip(), m.start(), figures[-1][1], figures)
        if current and len(current[-1].figures) == len(figures) and text[current[-1].end:row.start].strip() == "":
            current.append(row)
        else:
            if len(current) >= 2:
                runs.append(current)
            current = [row]
    if len(current) >= 2:
        runs.append(current)
    return runs


def _line_rows(text: str) -> list[list[_Row]]:
    return [[_Row(m.group("name").strip(), m.start(), m.end(),
                  [f.span() for f in _FIGURE.finditer(text, m.start("figures"), m.end("figures"))]) for m in run]
            for run in _row_lines(text)]


def extract_table_contributions(text: str, missions: Sequence[MissionMention], ctx: DocumentContext,
                                matcher=None) -> list[Contribution]:
    """Contributions stated by contributor tables in ``text`` (document offsets)."""
    if not _HEADER.search(text):
        return []  # no first-column header: no table to read (and no line to test against the country names)
    out: list[Contribution] = []
    for run in [*_line_rows(text), *_cell_rows(text)]:
        first = run[0].start
        head_start = first
        for _ in range(_CAPTION_LINES):
            prev = text.rfind("\n", 0, max(0, head_start - 1))
            head_start = prev + 1 if prev >= 0 else 0
            if head_start == 0:
                break
        header = text[head_start:first]
        header_lines = [ln for ln in header.split("\n") if ln.strip()]
        n_figures = len(run[0].figures)
        labels = _labels(header_lines)[-n_figures:]
        if len(labels) != n_figures:
            if n_figures != 1:
                continue  # columns that cannot be told apart: no row rather than a wrong one
            labels = ["total"]
        typed = [label for label in labels if label not in (None, "total")]
        mission, scope, how = _table_mission(header, head_start, first, missions)
        as_of = _caption_date(header, ctx.published)
        for row in run:
            iso3 = country_iso3(row.name)
            if len(row.figures) != len(labels) or iso3 is None:
                continue
            line = Sentence(-1, row.start, row.end, fold_whitespace(text[row.start:row.end]))
            for label, (f_start, f_end) in zip(labels, row.figures):
                if label is None or (label == "total" and typed):
                    continue
                surface = text[f_start:f_end]
                value = int(surface.replace(",", ""))
                if value == 0:
                    continue
                ptype = "peacekeepers" if label == "total" else label
                q = Quantity(f_start, f_end, surface, value, value, False, None, "count")
                out.append(Contribution(
                    sentence=line, quantity=q, contributor_iso3=iso3, mission_acronym=mission, scope=scope,
                    personnel_type=ptype, status="serving", as_of=as_of, mission_method=how,
                    extractor=f"{VERSION}:column({label})",
                ))
    return out


def _table_mission(header: str, head_start: int, first_row: int, missions: Sequence[MissionMention]
                   ) -> tuple[str | None, str, str]:
    in_caption = [m for m in missions if head_start <= m.start < first_row and m.acronym]
    if in_caption:
        return in_caption[-1].acronym, "mission", "table_caption"
    if _ALL_UN.search(header):
        return None, "all_un_pko", "table_caption"
    before = [m for m in missions if m.start < head_start and m.acronym]
    if before:
        return before[-1].acronym, "mission", "document_focus"
    return None, "unspecified", "none"


def _caption_date(header: str, published: PartialDate | None) -> PartialDate | None:
    dates = find_dates(header, published)
    return dates[-1].date if dates else published
