"""Tables flattened column by column: the countries' names first, one a line, then their figures, one a line (see
``table_rules``; the guide's C7 names the layout).

``column_stack``: under a caption that names a mission and counts people ("The composition of UNDOF as of
November 1990 was as follows:"), two or more lines that each name one country and nothing else, then as many
lines that each hold one figure ("532", "1 110", "156 a/"): the k-th figure is the k-th country's. The block is
read only when it is plainly a column of cells: the line after the figures holds no further figure, or holds
their sum (the subtotal such tables print). Sub-headings ("Infantry battalions", "Logistic units") may start a
group of names and figures each, typing its rows as the composition captions' sub-headings do. Each row is
``serving`` (a table states who has how many at a time), dated by the caption, else the publication date.
Hand-written: the layout is the text layers' own and no library reads it.
"""

from __future__ import annotations

import re

from pipeline.extract import personnel, tables
from pipeline.extract.countries import find_countries
from pipeline.extract.table_missions import _count, _line_end, _lines_above
from pipeline.extract.table_shapes import (
    _HEADING,
    TableDoc,
    _caption_date,
    _counts_no_serving,
    _heading_type,
    _lines,
    _row,
)
from pipeline.extract.tables import _table_mission
from pipeline.extract.types import Contribution

# A line that holds one figure and nothing else: thousands grouped by a comma or a space of any kind ("1 110": one
# cell a line, so a space cannot part two cells), a footnote mark after it ("156 a/").
_FIGURE_LINE = re.compile(r"[ \t]*(\d{1,3}(?:[,\u2009\u202f\u00a0 ]\d{3})+|\d{1,6})[ \t]*(?:[a-z]/|\*{1,3})?[ \t]*$")
_MARK_AFTER_NAME = re.compile(r"[ \t]*(?:[a-z]/|\*{1,3})?[ \t]*$")
# What a caption over such a column says: the make-up of a force, or people ("troop contributors").
_STACK_CAPTION = re.compile(r"\b(?:composition|strength|contingents?|made up|composed)\b", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d")
_MAX_LINES = 400
_NEXT_LINE = re.compile(r"\s*([^\n]*)")
_CAPTION_LINES = 3  # non-blank lines above the first name that are its caption
_MAX_GAP = 2  # blank lines between two names or two figures (text layers put one or two between cells)


def _country_alone(text: str, start: int, end: int) -> str | None:
    """The country a line names when it names one country and nothing else ("Austria", "Poland a/")."""
    line = text[start:end]
    if not line.strip() or len(line) > 60 or any(ch.isdigit() for ch in line):
        return None
    found = [c for c in find_countries(line) if c.iso3 and c.kind == "name"]
    if len(found) != 1 or line[:found[0].start].strip() or not _MARK_AFTER_NAME.fullmatch(line, found[0].end):
        return None
    return found[0].iso3


def _figure(text: str, start: int, end: int) -> tuple[int, int] | None:
    m = _FIGURE_LINE.match(text, start, end)
    return m.span(1) if m is not None and m.end() == end else None


def _value(text: str, span: tuple[int, int]) -> int:
    return tables._value(text[span[0]:span[1]])


def _visible_lines(text: str, pos: int):
    """(start, end, blank lines before) of each non-blank line from the line at ``pos`` on."""
    blank = 0
    for start, end in _lines(text, pos):
        if start >= len(text):
            return
        if text[start:end].strip():
            yield start, end, blank
            blank = 0
        else:
            blank += 1


def _group(text: str, lines: list, i: int) -> tuple[list[str], list[tuple[int, int]], int] | None:
    """The names and figures of the group whose first name is ``lines[i]``, and the index after its figures."""
    names: list[str] = []
    while i < len(lines) and (iso3 := _country_alone(text, *lines[i][:2])) is not None and \
            (not names or lines[i][2] <= _MAX_GAP):
        names.append(iso3)
        i += 1
    figures: list[tuple[int, int]] = []
    while i < len(lines) and len(figures) < len(names) and (span := _figure(text, *lines[i][:2])) is not None and \
            lines[i][2] <= _MAX_GAP:
        figures.append(span)
        i += 1
    if len(names) < 2 or len(figures) != len(names) or \
            2 * sum(_YEAR.fullmatch(text, *span) is not None for span in figures) > len(figures):
        return None  # too few figures, or years ("Austria" "Canada" then "1974" "1975": since when, not how many)
    after = _figure(text, *lines[i][:2]) if i < len(lines) else None
    if after is not None and _value(text, after) != sum(_value(text, f) for f in figures):
        return None  # more figures than names, and not their sum: another layout (two columns, a ranking)
    return names, figures, i + (after is not None)


def column_stack(doc: TableDoc) -> list[Contribution]:
    """"Austria" "Canada" "Finland" then "455" "206" "356", under "the composition of UNDOF was as follows:"."""
    text, out, pos = doc.text, [], 0
    for start, _ in sorted(doc.by_line().items()):
        if start < pos:
            continue
        end = _line_end(text, start)
        if not _may_start_block(text, end + 1):
            continue  # (most mission lines: the cheap test first)
        caption = text[_lines_above(text, start, _CAPTION_LINES - 1):end]
        if not (_STACK_CAPTION.search(caption) or personnel.PEOPLE_HINT_RE.search(caption.lower())) or \
                _counts_no_serving(caption):
            continue
        rows, pos = _stack_rows(text, _block_lines(text, end + 1)), end
        if not rows:
            continue
        pos = rows[-1][2][1]
        mission = _table_mission(caption, start, rows[0][2][0], doc.missions)
        if mission[1] != "mission":
            continue
        as_of = _caption_date(text[start:end], doc.ctx.published)
        block = (start, pos)
        for iso3, ptype, span in rows:
            q = _count(text, *span)
            if q is not None:
                out.append(_row(doc, block, q, iso3, mission, ptype, as_of, "column_stack"))
    return out


def _may_start_block(text: str, pos: int) -> bool:
    """Whether the first non-blank line from ``pos`` on may be a stacked table's first line: short, no digit."""
    m = _NEXT_LINE.match(text, pos)
    return m is not None and len(m.group(1)) <= 60 and not any(ch.isdigit() for ch in m.group(1))


def _block_lines(text: str, pos: int) -> list[tuple[int, int, int]]:
    """The non-blank lines from ``pos`` on up to the first that is neither a country's name, a figure nor a
    sub-heading (the only lines a stacked table has), at most ``_MAX_LINES``."""
    out = []
    for start, end, blank in _visible_lines(text, pos):
        heading = _HEADING.match(text, start, end)
        if len(out) >= _MAX_LINES or not (_figure(text, start, end) or (heading and heading.end() == end)):
            break
        out.append((start, end, blank))
    return out


def _stack_rows(text: str, lines: list) -> list[tuple[str, str, tuple[int, int]]]:
    """(country, type, figure span) of the groups of names and figures right after a caption, each perhaps under a
    sub-heading; [] when the first line after the caption starts no group."""
    rows, i, ptype = [], 0, "troops"
    while i < len(lines):
        start, end, _ = lines[i]
        heading = _HEADING.match(text, start, end)
        if heading is not None and heading.end() == end and _country_alone(text, start, end) is None:
            ptype, i = _heading_type(text[start:end]), i + 1
            continue
        group = _group(text, lines, i)
        if group is None:
            break
        names, figures, i = group
        rows += [(iso3, ptype, span) for iso3, span in zip(names, figures)]
    return rows
