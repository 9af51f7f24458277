"""Contributor tables flattened into lines: "Rwanda 2,750 425 3,175" under a header "Country / Troops / Police".

UN reports list their contributors in tables, and a PDF text layer gives them back as one line per row (with the
header cells on lines of their own or on one line). No sentence states such a figure, so the sentence rules never
see it; this module reads the table as a table. Hand-written: no library knows these layouts, and the column
vocabulary (troops, police, experts on mission, staff officers) is the dataset's own.

A table has a first-column header ("Country", "Contributing country", "Member State") at the start of a line,
and two or more consecutive lines that each hold a country name (a footnote digit or letter may stick to it:
"Nepal4", "Argentinaa") and one to six figures, or, when the text layer puts every cell on a line of its own,
two or more countries' names each followed by the same number of lines holding one figure. Its columns come
from the labels on the lines just above its first row; a "Total" column is the sum of the others and gives a row
only when it is the table's only figure. The mission is the one named in the caption just above the table (else
the last one named before it, else none), the date the one of the caption ("as at 31 May 2019", else the
publication date; not one of a paragraph of prose above it), and the status ``serving`` (a table states who has
how many at a time), unless a lead-in line says otherwise ("have been committed to AFISMA:": pledged).

Tables and lists keyed by mission (a document about one country's contributions) are read by
``table_missions``.
"""

import itertools
import re
from collections.abc import Sequence

from pipeline.extract import lexicon, personnel
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
from pipeline.extract.version import TABLES_VERSION

VERSION = TABLES_VERSION  # set in pipeline.extract.version

# A cell is a figure, a dash (an empty cell, "\u2013" in UN annex tables) or "nil" (parliamentary answers' tables).
_CELL = r"(?:\d+(?:[,\u2009\u202f\u00a0]\d{3})*|[\u2013\u2014-]|(?:nil|Nil|NIL)\b)"
# Between a row's name and its figures: blanks, or a dotted leader ("Austria........532", GPO and UN text layers);
# after its last figure, a footnote mark may stand ("136 a/", "628*", "40 (b)": UN annex tables).
_LEADER = r"(?:[ \t]*\.{2,}[ \t]*|[ \t]+)"
_MARK = r"(?:[ \t]*(?:[a-z]/|\*{1,3}|\([a-z]\)))?"
_ROW = re.compile(
    rf"^[ \t]*(?P<name>[A-Z][^\d\n\t]{{1,60}}?)(?P<note>\d{{1,2}})?{_LEADER}"
    rf"(?P<figures>(?=[^\n]*\d){_CELL}(?:[ \t]+{_CELL}){{0,15}}){_MARK}[ \t]*$",
    re.MULTILINE,
)
# Thousands are grouped with commas, or with a thin or no-break space in the PDF layers of UN reports ("1\u2009662");
# a plain space groups them too in some text layers ("1 609"), which only a Total column can tell apart from two
# cells (see ``_segment``).
_FIGURE = re.compile(_CELL)
_DASHES = frozenset("\u2013\u2014-")
_MAX_MERGES = 8
# Column labels, longest first; None marks a column that is read but gives no row (shares of women, ranks).
_LABELS: tuple[tuple[str, str | None], ...] = (
    (r"formed police units?|fpus?", "formed_police_unit"),
    (r"individual police(?: officers)?|united nations police|un police|police officers|police personnel|ipos?|"
     r"police", "police"),
    (r"experts on mission|military experts|military observers|observers|monitors|experts", "observers"),
    (r"staff officers", "staff_officers"),
    (r"contingent troops|military contingents?|troops|soldiers|military personnel|military", "troops"),
    (r"total|totals|all personnel|uniformed personnel", "total"),
    (r"women|female|men|male|rank|share|percentage|per ?cent|%", None),
    # Columns that count no serving people: losses, money.
    (r"killed|fatalities|deaths|casualties|injured|wounded|budget|cost|expenditure", None),
    (r"civilian personnel|civilian staff|civilians", None),
    # A generic column, read in tables keyed by mission only ("Mission Location Number of personnel").
    (r"number of personnel|personnel|peacekeepers", "peacekeepers"),
)

def _label_re(labels: tuple[tuple[str, str | None], ...]) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(f"(?P<c{i}>{alt})" for i, (alt, _) in enumerate(labels)) + r")(?![\w])",
                      re.IGNORECASE)


# The cell nouns of the tables' own abbreviations ("civpol", "UNMOs", "milobs": the ``table_cell_nouns`` word list)
# label columns too, ahead of the words above: "Country Troops Civpol UNMOs Total" (not a singular of a word above:
# "Troop contributors" over a table is its caption, not a column).
_WORD_LABEL_RE = _label_re(_LABELS)
_LABELS = (*((re.escape(noun), kind) for noun, kind in lexicon.labels("table_cell_nouns").items()
             if not _WORD_LABEL_RE.fullmatch(noun) and not _WORD_LABEL_RE.fullmatch(noun + "s")), *_LABELS)
_LABEL_RE = _label_re(_LABELS)
# A table's first column header, at the start of a line: "Country", "Contributing country", "Member State".
_HEADER = re.compile(
    r"^[ \t]*(?:troop[- ]|police[- ]|personnel[- ])?(?:contributing[ \t]+)?"
    r"(?:country|countries|contributors?|member[ \t]+states?|nations?)\b",
    re.IGNORECASE | re.MULTILINE,
)
# Where a first-column header may start, in the lower-cased text: a line break, then the first two letters of a
# header's first word, letters whose only other case is their ASCII capital (see ``_header_spans``).
_HEADER_LINE_HINT = re.compile(r"\n[ \t]*(?:tr|p[eo]|co|me|na)")
_CAPTION_LINES = 8
# What a table's lead-in line says its rows are ("The following forces have been committed to AFISMA:").
_LEAD_STATUS = lexicon.cue_patterns("lead_status")
_TABLE_REACH = 30_000  # how far after its first-column header a table's rows may run
_HEADER_LINES = 24  # how many lines of one-cell-per-line labels may stand between "Country" and the first row
_HEADER_REACH = 2000
_CAPTION_ABOVE_HEADER = 4
_ALL_UN = re.compile(r"\b(?:all|united nations|un)\s+(?:peace(?:keeping)?\s+)?(?:missions|operations)\b", re.I)


def _country(name: str) -> str | None:
    """The country a row names; a footnote letter glued to the name is dropped ("Argentinaa", "Serbiab": UN
    annex tables mark their notes so)."""
    name = name.strip()
    iso3 = country_iso3(name)
    if iso3 is None and len(name) > 4 and name[-1] in "abcdefgh" and name[-2].isalpha():
        iso3 = country_iso3(name[:-1])
    return iso3


def _labels(lines: Sequence[str], generic: bool = False) -> list[str | None]:
    """Column labels in order from the header lines (one cell per line or several on one line); the generic
    "personnel" column only when ``generic`` (a country table's caption says "personnel" too)."""
    out: list[str | None] = []
    for line in lines:
        for m in _LABEL_RE.finditer(line):
            label = _LABELS[int(m.lastgroup[1:])][1]
            if label != "peacekeepers" or generic:
                out.append(label)
    return out


def _row_lines(text: str, start: int = 0, end: int | None = None) -> list[list[re.Match]]:
    """Runs of two or more table rows on consecutive lines (blank lines between rows allowed)."""
    runs: list[list[re.Match]] = []
    current: list[re.Match] = []
    last_end = -1
    for m in _ROW.finditer(text, start, len(text) if end is None else end):
        if _country(m.group("name")) is None:
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

    def __init__(self, name: str, start: int, end: int, figures: list[tuple[int, int]], unit: str | None = None):
        self.name, self.start, self.end, self.figures = name, start, end, figures
        self.unit = unit  # the kind of the unit a lone figure's cell names ("120 - Engineer Company": engineers)


_NAME_LINE = re.compile(r"^[ \t]*(?P<name>[A-Z][^\d\n\t]{1,60}?)(?P<note>\d{1,2})?[ \t]*$", re.MULTILINE)
def _value(surface: str) -> int:
    return 0 if surface in _DASHES or surface.lower() == "nil" else int(_GROUPING.sub("", surface))


def _column_labels(header: str) -> list[str | None] | None:
    """The labels after the table's first-column header ("Country"), its lines read as one text; None without
    such a header."""
    first = None
    for first in _HEADER.finditer(header):
        pass
    if first is None:
        return None
    return _labels([" ".join(header[first.end():].split())])


def _segment(text: str, cells: list[tuple[int, int]], labels: list[str | None]) -> list[tuple[int, int]] | None:
    """The row's cells when a plain space also groups thousands ("4 17 1 609 21 \u2013 1 651" under six columns):
    the one way of joining a three-digit group to the figure before it that gives as many cells as labels and a
    Total cell equal to the sum of the others. None when there is no Total to check against, or not exactly one
    way (a wrong join would invent a figure)."""
    if "total" not in labels or len(cells) <= len(labels):
        return None
    # (a row with as many cells as labels never comes here: it is read as it is)
    surfaces = [text[a:b] for a, b in cells]
    joinable = [i for i in range(1, len(cells)) if len(surfaces[i]) == 3 and surfaces[i].isdigit()
                and surfaces[i - 1].isdigit() and len(surfaces[i - 1]) <= 3
                and text[cells[i - 1][1]:cells[i][0]] == " "]
    need = len(cells) - len(labels)
    if need > len(joinable) or len(joinable) > _MAX_MERGES:
        return None
    found = []
    for joins in itertools.combinations(joinable, need):
        if any(j - 1 in joins for j in joins):
            continue  # "1 609 021" would be one figure of three groups: not a case these tables have
        merged: list[tuple[int, int]] = []
        for i, span in enumerate(cells):
            if i in joins:
                merged[-1] = (merged[-1][0], span[1])
            else:
                merged.append(span)
        values = [_value(text[a:b]) for a, b in merged]
        total = labels.index("total")
        if values[total] == sum(v for v, label in zip(values, labels) if label not in (None, "total")):
            found.append(merged)
    return found[0] if len(found) == 1 else None


_GROUPING = re.compile(r"[, \u2009\u202f\u00a0]")
_FIGURE_LINE = re.compile(r"[ \t]*(?P<fig>\d+(?:[,\u2009\u202f\u00a0]\d{3})*)"
                          r"(?:[ \t]+[-\u2013\u2014][ \t]+(?P<unit>[A-Z][A-Za-z ]{2,40}))?[ \t]*(?:\n|$)")


def _cell_rows(text: str, start: int = 0, end: int | None = None) -> list[list[_Row]]:
    """Tables whose every cell stands on its own line: a country's name, then one line per figure."""
    runs: list[list[_Row]] = []
    current: list[_Row] = []
    for m in _NAME_LINE.finditer(text, start, len(text) if end is None else end):
        if _country(m.group("name")) is None:
            continue
        figures, pos, unit = [], m.end() + 1, None
        while len(figures) < 6:
            f = _FIGURE_LINE.match(text, pos)
            if not f:
                break
            figures.append(f.span("fig"))
            unit = personnel.unit_kind(f.group("unit")) if f.group("unit") else None
            pos = f.end()
        if not figures:
            continue
        row = _Row(m.group("name").strip(), m.start(), pos, figures, unit if len(figures) == 1 else None)
        if current and len(current[-1].figures) == len(figures) and text[current[-1].end:row.start].strip() == "":
            current.append(row)
        else:
            if len(current) >= 2:
                runs.append(current)
            current = [row]
    if len(current) >= 2:
        runs.append(current)
    return runs


def _line_rows(text: str, start: int = 0, end: int | None = None) -> list[list[_Row]]:
    return [[_Row(m.group("name").strip(), m.start(), m.end(),
                  [f.span() for f in _FIGURE.finditer(text, m.start("figures"), m.end("figures"))]) for m in run]
            for run in _row_lines(text, start, end)]


def _header_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``_HEADER.finditer(text)``, found faster: ``^`` gives ``re`` no character to skip to, so that
    enters the pattern at every position of the text; here it is tried only at the text's start and at the line
    starts that ``_HEADER_LINE_HINT`` finds (every match is at one of them; matches never span a line break)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare character whose lower case is longer ("İ"): no offsets to share
        return [m.span() for m in _HEADER.finditer(text)]
    starts = [0, *(m.start() + 1 for m in _HEADER_LINE_HINT.finditer(lowered))]
    return [m.span() for pos in starts if (m := _HEADER.match(text, pos)) is not None]


def _table_windows(text: str) -> list[tuple[int, int]]:
    """Where tables can be: from each first-column header ("Country") on, ``_TABLE_REACH`` characters (overlapping
    windows merged). Rows are only looked for there: the row patterns are the costly part on long texts."""
    windows: list[tuple[int, int]] = []
    for m_start, m_end in _header_spans(text):
        start = text.rfind("\n", 0, m_start) + 1
        end = min(len(text), m_end + _TABLE_REACH)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def _country_tables(text: str, missions: Sequence[MissionMention], ctx: DocumentContext) -> list[Contribution]:
    """Tables keyed by country: "Rwanda 2,750 425 3,175" under "Country Troops Police Total"."""
    out: list[Contribution] = []
    # Rows only under a first-column header: a text without one has no table to read.
    runs = [run for start, end in _table_windows(text)
            for run in [*_line_rows(text, start, end), *_cell_rows(text, start, end)]]
    for run in runs:
        first = run[0].start
        head_start = first
        for _ in range(_CAPTION_LINES):
            prev = text.rfind("\n", 0, max(0, head_start - 1))
            head_start = prev + 1 if prev >= 0 else 0
            if head_start == 0:
                break
        header = text[head_start:first]
        if not _HEADER.search(header):
            # One header cell per line can push the first column's header further up ("Country" then eleven
            # lines of labels): reach back to it, and to the caption's lines above it.
            above = text[max(0, first - _HEADER_REACH):first]
            starts = [m.start() for m in _HEADER.finditer(above)]
            if starts and above.count("\n", starts[-1]) <= _HEADER_LINES:
                head_start = max(0, first - len(above) + starts[-1])
                for _ in range(_CAPTION_ABOVE_HEADER):
                    prev = text.rfind("\n", 0, max(0, head_start - 1))
                    head_start = prev + 1 if prev >= 0 else 0
                header = text[head_start:first]
        header_lines = [ln for ln in header.split("\n") if ln.strip()]
        n_figures = min(len(row.figures) for row in run)
        labels = _labels(header_lines)[-n_figures:]
        # The column labels after the first column's header, one cell perhaps broken over lines ("Military /
        # experts on / mission"); more of them than the shortest row has cells: thousands grouped by spaces.
        columns = _column_labels(header)
        if columns is not None and (len(columns) == n_figures or (len(columns) < n_figures and "total" in columns)):
            labels = columns  # fewer labels than cells: some cells are thousands groups, joined by ``_segment``
        elif len(labels) != n_figures:
            if n_figures != 1:
                continue  # columns that cannot be told apart: no row rather than a wrong one
            labels = ["total"]
        typed = [label for label in labels if label not in (None, "total")]
        mission, scope, how = _table_mission(header, head_start, first, missions)
        as_of = _caption_date(_after_prose(header), ctx.published)
        st = _lead_status(header)
        for row in run:
            iso3 = _country(row.name)
            cells = row.figures if len(row.figures) == len(labels) else _segment(text, row.figures, labels)
            if cells is None or iso3 is None:
                continue
            line = Sentence(-1, row.start, row.end, fold_whitespace(text[row.start:row.end]))
            for label, (f_start, f_end) in zip(labels, cells):
                if label is None or (label == "total" and typed):
                    continue
                surface = text[f_start:f_end]
                value = _value(surface)
                if value == 0:
                    continue
                ptype = row.unit or ("peacekeepers" if label == "total" else label)
                q = Quantity(f_start, f_end, surface, value, value, False, None, "count")
                out.append(Contribution(
                    sentence=line, quantity=q, contributor_iso3=iso3, mission_acronym=mission, scope=scope,
                    personnel_type=ptype, status=st, as_of=as_of, mission_method=how,
                    extractor=f"{VERSION}:column({label})",
                ))
    return out


_TWO_SENTENCES = re.compile(r"[a-z)\]][.!?](?:\[\d+\])*[ \t]+[A-Z]")


def _after_prose(header: str) -> str:
    """The lines above a table after the last line of prose (two sentences or more): the narrative's dates ("in
    early January 2013. The first commander ...", r4_034) are not the table's."""
    cut = max((header.find("\n", m.end()) + 1 or len(header) for m in _TWO_SENTENCES.finditer(header)), default=0)
    return header[cut:]


def _lead_status(header: str) -> str:
    """A table's status: what the lead-in line ending with a colon just above its first-column header says its
    rows are ("The following forces have been committed to AFISMA:" -> pledged, r4_034), else ``serving``."""
    first = list(_HEADER.finditer(header))
    lead = header[:header.rfind("\n", 0, first[-1].start()) + 1].rstrip() if first else ""
    lead = lead[lead.rfind("\n") + 1:]
    return next((st for st, cue in _LEAD_STATUS if cue.search(lead)), "serving") if lead.endswith(":") else "serving"


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
