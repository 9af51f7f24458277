"""One country's personnel listed a line per mission with the figures on the mission's line: "UNIFIL (Lebanon) 376",
"(i)UNIFIL (United Nations Interim Force in Lebanon) 609" (the r3_047 Dail answer as its annotation flattens it),
"UNMIK (Kosovo): 3 police, 10 military observers" (several kinds on one line).

A text layer often joins a two-column table's label and figure with one space, which ``mission_label_figure``
(a wide gap, or the figure on the next line) does not take for a table. This reader takes a block of two or more
consecutive lines (blank lines allowed between them) that each start with one mission (an enumerator or a bullet
allowed before it), then what names its place (brackets, a dash, a comma: no figure), then one bare figure, or
one or more figures each with its personnel noun, and nothing else. Its sender is the one the list is about
(``tables._main_contributor`` on the caption, else ``table_shapes._document_sender``); the kind of a bare figure
is that of the caption ("Members of the Permanent Defence Force": troops), else peacekeepers; the status
``serving`` and the date the caption's, as for the other tables. A caption or line that counts no serving people
("Fatalities", "Budget"), a year in the figure's place ("MINURSO - September 1991 - to date": r5_044) and a line
with other words after its figures give no row.
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.extract import lexicon, personnel, publishers
from pipeline.extract.contrib.rules import Rule, check_table
from pipeline.extract.countries import find_countries
from pipeline.extract.table_shapes import (
    _ARMED_FORCES,
    _ENUMERATOR,
    _MILITARY_CAPTION,
    TableDoc,
    _counts_no_serving,
    _document_sender,
    _is_year,
    _lines,
    _row,
)
from pipeline.extract.tables import _caption_date, _count, _line_end, _lines_above, _main_contributor
from pipeline.extract.types import Contribution, MissionMention

_BULLET = re.compile(r"[ \t]*[•·▪◦‣*\-–—]?[ \t]*")
# After the mission: its place or name in brackets, after a dash or a comma (no figure), then a colon or dash.
_PLACE = re.compile(r"(?:[ \t]*\([^()\d\n]{1,80}\)|[ \t]*[,–—-][ \t]*[A-Z][^\d\n:()]{0,40}?(?=[ \t]*[:–—-]?[ \t]*\d))*"
                    r"[ \t]*[:–—-]?[ \t]*")
_FIGURE = re.compile(r"(\d{1,3}(?:,\d{3})+|\d{1,5})\b")
_JOIN = re.compile(r"[ \t]*(?:,|;|\band\b|,[ \t]*and\b)[ \t]*")
_TAIL = re.compile(r"(?:[ \t]+[a-z][a-z-]*){0,2}?(?=[ \t]*(?:,|;|\band\b|[.]?[ \t]*$))")
_END = re.compile(r"[ \t]*[.;]?[ \t]*$")


def _figures(text: str, pos: int, end: int) -> list[tuple[tuple[int, int], str | None]] | None:
    """The figures from ``pos`` to the line's end ``end``: one bare figure, or figures each with a personnel noun
    joined by commas or "and" ("3 police, 10 military observers"); (span, type or None); None for anything else."""
    first = _FIGURE.match(text, pos, end)
    if first is None or _is_year(first.group(1)):
        return None
    if _END.match(text, first.end(), end) and _END.match(text, first.end(), end).end() == end:
        return [(first.span(1), None)]
    out, m = [], first
    while m is not None:
        head = personnel.head_after(text, m.end(), max_tokens=3)
        if head is None or head.end > end:
            return None
        out.append((m.span(1), head.personnel_type))
        more = _TAIL.match(text, head.end, end)  # the noun's last words: "3 military police"
        tail = more.end() if more is not None else head.end
        stop = _END.match(text, tail, end)
        if stop is not None and stop.end() == end:
            return out
        join = _JOIN.match(text, tail, end)
        m = _FIGURE.match(text, join.end(), end) if join is not None else None
        if m is not None and _is_year(m.group(1)):
            return None
    return None


def _line(doc: TableDoc, start: int, in_line: list[MissionMention]):
    """(end, mission, figures) of a mission line at ``start``, else None."""
    text = doc.text
    if len({m.acronym for m in in_line}) != 1:
        return None
    mission = in_line[0]
    if not (_ENUMERATOR.fullmatch(text, start, mission.start) or _BULLET.fullmatch(text, start, mission.start)):
        return None
    end = _line_end(text, start)
    place = _PLACE.match(text, mission.end, end)
    figures = _figures(text, place.end(), end) if place is not None else None
    if not figures:
        return None
    return end, mission, figures


def _block(doc: TableDoc, first: int, by_line: dict[int, list[MissionMention]]):
    """The mission lines from the line at ``first`` on, one after the other (blank lines allowed between them)."""
    text, items, done, pos = doc.text, [], first, first
    while pos < len(text):
        line = _line(doc, pos, by_line.get(pos, []))
        if line is None:
            break
        items.append((pos, *line))
        done = line[0]
        pos = next((s for s, e in _lines(text, done + 1) if text[s:e].strip()), len(text))
    return items, done


_SENDER_KINDS = frozenset({"demonym", "adjective", "armed_force"})
_NOUN_AFTER = re.compile(r"[ \t]+(?:" + personnel.PERSON_NOUN_RE.pattern + r"|members|personnel|forces)\b", re.IGNORECASE)


_OBSERVERS = lexicon.word_set("observer_missions")


def _bare_type(mission: MissionMention, caption_type: str) -> str:
    """The kind of a figure without a noun: the caption's when it names armed forces (troops: "Members of the
    Permanent Defence Force", whose UNTSO figure r3_047's gold has as troops), else observers in a mission of
    observers only ("UNTSO (Middle East) 2" under "U.S. Personnel in UN Peacekeeping Operations"), else the
    caption's."""
    return "observers" if caption_type == "peacekeepers" and mission.acronym.lower() in _OBSERVERS else caption_type


def _list_sender(doc: TableDoc, caption: str, block: tuple[int, int]) -> str | None:
    """Whose personnel a list keyed by mission counts: the one country its caption names as a sender ("Irish
    troops", "U.S. Personnel in UN Peacekeeping Operations"), else the national publisher's (the answering
    minister's state: ``publishers.home_country``), else the contributor the sentence rules name most outside the
    list's own lines (which they read as run-on sentences: "MINUSTAH (Haiti) 9 police" gave Haiti), else the
    one sender named before the list."""
    senders = {c.iso3 for c in find_countries(caption) if c.iso3 and
               (c.kind in _SENDER_KINDS or (c.kind == "name" and _NOUN_AFTER.match(caption, c.end)))}
    if len(senders) == 1:
        return next(iter(senders))
    home = publishers.home_country(doc.ctx.publisher, doc.ctx.url)
    if home is not None:
        return home
    outside = Counter(c.contributor_iso3 for c in doc.sentence_contributions
                      if not block[0] <= c.quantity.start < block[1])
    return (_main_contributor(caption, outside) if outside else None) or _document_sender(doc.text, block[0], outside)


def mission_lines(doc: TableDoc) -> list[Contribution]:
    """Rows of the blocks of mission lines with their figures (see the module's doc)."""
    text, out, done = doc.text, [], -1
    by_line = doc.by_line()
    for start in sorted(by_line):
        if start < done:
            continue
        items, done = _block(doc, start, by_line)
        if len(items) < 2:
            continue
        caption = text[_lines_above(text, start, 3):start]
        typed = any(t is not None for *_, figures in items for _, t in figures)
        if (personnel.PEOPLE_HINT_RE.search(caption.lower()) is None and not typed) or \
                _counts_no_serving(caption, False) or any(_counts_no_serving(text[s:e]) for s, e, *_ in items):
            continue
        iso3 = _list_sender(doc, caption, (start, done))
        if iso3 is None:
            continue
        bare = "troops" if _MILITARY_CAPTION.search(caption) or _ARMED_FORCES.search(text, 0, start) else \
            "peacekeepers"
        as_of = _caption_date(caption, doc.ctx.published)
        for line_start, end, mission, figures in items:
            for span, ptype in figures:
                q = _count(text, *span)
                if q is not None:
                    out.append(_row(doc, (line_start, end), q, iso3, (mission.acronym, "mission", "table_row"),
                                    ptype or _bare_type(mission, bare), as_of, "mission_line"))
    return out


# --- a column of missions, then a column of figures -----------------------------------------------------------
_LABEL_REST = re.compile(r"(?:[ \t]*\([^()\d\n]{1,80}\)|[ \t]*[,\u2013\u2014-][ \t]*[A-Z][^\d\n:()]{0,40})*[ \t]*:?[ \t]*$")
_ALONE = re.compile(r"[ \t]*(\d{1,3}(?:,\d{3})+|\d{1,5})[ \t]*$")


def _label_line(doc: TableDoc, start: int, in_line: list[MissionMention]) -> MissionMention | None:
    """The mission of a line that holds only a mission's label ("(ii)UNTSO (Middle East)"), else None."""
    text = doc.text
    if not in_line or len({m.acronym for m in in_line}) != 1:
        return None
    mission = in_line[0]
    if not (_ENUMERATOR.fullmatch(text, start, mission.start) or _BULLET.fullmatch(text, start, mission.start)):
        return None
    end = _line_end(text, start)
    return mission if _LABEL_REST.match(text, mission.end, end) is not None else None


def _nonblank(text: str, pos: int):
    """(start, end) of the non-blank lines from the line holding ``pos`` on."""
    for s, e in _lines(text, pos):
        if s >= len(text):
            return
        if text[s:e].strip():
            yield s, e


def _column_block(doc: TableDoc, first: int, by_line: dict[int, list[MissionMention]]):
    """Labels from the line at ``first`` on, then as many lines of one figure each: [(label line, mission, figure
    line, figure span)], and where the block ends."""
    text, labels, figures = doc.text, [], []
    lines = _nonblank(text, first)
    for s, e in lines:
        mission = _label_line(doc, s, by_line.get(s, []))
        if mission is None:
            m = _ALONE.match(text, s, e)
            if m is not None and m.end() == e and not _is_year(m.group(1)):
                figures.append((s, e, m.span(1)))
            break
        labels.append((s, mission))
    # A failed block is skipped whole: its later labels do not start a block of their own.
    skip = labels[-1][0] + 1 if labels else first
    if len(labels) < 2 or not figures:
        return [], skip
    for s, e in lines:
        if len(figures) == len(labels):
            break
        m = _ALONE.match(text, s, e)
        if m is None or m.end() != e or _is_year(m.group(1)):
            return [], skip
        figures.append((s, e, m.span(1)))
    if len(figures) != len(labels):
        return [], skip
    return [(ls, mission, fs, span) for (ls, mission), (fs, _, span) in zip(labels, figures)], figures[-1][1]


def mission_columns_flat(doc: TableDoc) -> list[Contribution]:
    """A list of missions, then a list of as many figures, in the same order: a two-column table of one country's
    personnel per mission flattened column by column (guide C7)."""
    text, out, done = doc.text, [], -1
    by_line = doc.by_line()
    for start in sorted(by_line):
        if start < done:
            continue
        block, done = _column_block(doc, start, by_line)
        if not block:
            continue
        caption = text[_lines_above(text, start, 3):start]
        if personnel.PEOPLE_HINT_RE.search(caption.lower()) is None or _counts_no_serving(caption, False):
            continue
        iso3 = _list_sender(doc, caption, (start, done))
        if iso3 is None:
            continue
        ptype = "troops" if _MILITARY_CAPTION.search(caption) or _ARMED_FORCES.search(text, 0, start) else \
            "peacekeepers"
        as_of = _caption_date(caption, doc.ctx.published)
        for label_start, mission, fig_start, span in block:
            q = _count(text, *span)
            if q is not None:
                out.append(_row(doc, (label_start, _line_end(text, fig_start)), q, iso3,
                                (mission.acronym, "mission", "table_row"), _bare_type(mission, ptype), as_of,
                                "mission_label_column"))
    return out


MISSION_LINE_RULES: tuple[Rule, ...] = check_table((
    Rule("mission_line", "'(i)UNIFIL (United Nations Interim Force in Lebanon) 609' over 'v(iii)UNFICYP (...) 20' "
         "(r3_047 flattened as annotated), 'UNMIK (Kosovo): 3 police, 10 military observers'", mission_lines),
    Rule("mission_label_column", "the r3_047 table flattened column by column: '(i)UNIFIL (...)', '(ii)UNTSO (...)' "
         "over '609', '11'", mission_columns_flat),
))
