"""More shapes of contributor tables flattened into lines, read as an analyst reads them (see ``table_rules``).

* ``mission_columns``: a header line whose cells are missions ("IFOR SFOR") over rows "Country N N"; a row's
  cells go to the header's missions in order. A one-digit cell that is the number of a note under the table
  ("Republic of Ireland 2 60" with "2Did not contribute to IFOR") is a footnote marker, not a figure. A header of
  one mission ("UNIFIL" over "Ghana 870") is a table of one column; another header below continues the table.
* ``country_pairs``: a two-column layout flattened pair by pair ("Argentina Hungary" over "40 troops 10 civpol"
  and "8 UNMOs 23 UNMOs"): a line of two cells gives its left cell to the first country and its right one to
  the second; a line of one cell under two countries cannot be told apart and gives no row (guide C7).
* ``composition_list``: a caption that names a mission and ends with a colon ("As of 11 August 1982, the
  composition of UNIFIL was as follows:") over "Country N" lines, perhaps under sub-headings ("Infantry
  battalions", "Logistics units") that type their rows.
* ``mission_label_figure``: a list of one country's personnel per mission with the figure on the line after
  the mission's label ("(iii)UNFICYP (United Nations Peacekeeping Force in Cyprus)" then "20"), under a caption
  that counts people ("Members of the Permanent Defence Force serving with UN missions at 10 June 1999").

Each table states who has how many at a time: status ``serving``, dated by its caption, else the publication
date; a column of a force that had ended by the publication date takes the year the force ended.
Hand-written: these layouts are the dataset's own sources' and no library reads them.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from pipeline.extract import lexicon, personnel
from pipeline.extract.contrib.vetoes import _CASUALTY
from pipeline.extract.countries import find_countries
from pipeline.extract.dates import find_dates
from pipeline.extract.sentences import fold_whitespace
from pipeline.extract.table_missions import _count, _line_end, _lines_above, _list_date, _main_contributor
from pipeline.extract.tables import (
    _FIGURE,
    _ROW,
    VERSION,
    _caption_date,
    _country,
    _table_mission,
)
from pipeline.extract.types import (
    Contribution,
    DocumentContext,
    MissionMention,
    PartialDate,
    Quantity,
    Sentence,
)


@dataclass
class TableDoc:
    """What the table rules read: the document's text, its mission mentions (sorted), its context and matcher,
    and the contributions the sentence rules read (their contributors tell what a document is about)."""

    text: str
    missions: Sequence[MissionMention]
    ctx: DocumentContext
    matcher: object = None
    sentence_contributions: Sequence[Contribution] = ()
    _by_line: dict[int, list[MissionMention]] | None = None

    def by_line(self) -> dict[int, list[MissionMention]]:
        """Line start -> the missions (with an acronym) named in that line, in order; computed once."""
        if self._by_line is None:
            self._by_line = {}
            for m in self.missions:
                if m.acronym:
                    self._by_line.setdefault(self.text.rfind("\n", 0, m.start) + 1, []).append(m)
        return self._by_line


# A caption of figures that count no serving people: money, an authorised strength, losses (``_CASUALTY``).
_NOT_SERVING_CAPTION = re.compile(r"\b(?:authori[sz]ed|ceilings?|budgets?|costs?|expenditures?|appropriations?|"
                                  r"assessed)\b", re.IGNORECASE)


def _counts_no_serving(caption: str, authorised: bool = True) -> bool:
    """Whether a table's caption says its figures count no serving people ("Fatalities by mission", "Budget"),
    an authorised strength counted too unless not ``authorised`` (a country's own list of its task forces gives
    "the number of personnel authorized for each deployed task force": r2_012, annotated as serving)."""
    money = _NOT_SERVING_CAPTION.search(caption)
    if money is not None and (authorised or not money.group(0).lower().startswith("authori")):
        return True
    return _CASUALTY.search(caption.lower()) is not None


def _row(doc: TableDoc, span: tuple[int, int], q: Quantity, iso3: str, mission: tuple[str | None, str, str],
         ptype: str, as_of: PartialDate | None, rule: str, status: str = "serving") -> Contribution:
    acronym, scope, how = mission
    sentence = Sentence(-1, span[0], span[1], fold_whitespace(doc.text[span[0]:span[1]]))
    return Contribution(sentence=sentence, quantity=q, contributor_iso3=iso3, mission_acronym=acronym, scope=scope,
                        personnel_type=ptype, status=status, as_of=as_of, mission_method=how,
                        extractor=f"{VERSION}:{rule}")


def _lines(text: str, pos: int):
    """(start, end) of each line from the line holding ``pos`` on."""
    start = text.rfind("\n", 0, pos) + 1
    while start <= len(text):
        end = _line_end(text, start)
        yield start, end
        start = end + 1


# --- mission_columns ---------------------------------------------------------------------------------------------
_HEADER_SEPARATORS = " \t/|,&-\u2013"
_NOTES = re.compile(r"^[ \t]*notes?[ \t]*:?[ \t]*$", re.IGNORECASE | re.MULTILINE)
_NOTE_LINE = re.compile(r"[ \t]*(\d{1,2})[ \t]*[A-Za-z]")
_NOTES_REACH = 300  # how far after a table its "Notes:" line may stand


def _header_missions(doc: TableDoc, start: int, end: int) -> list[str] | None:
    """The missions of a header line made of mission names only ("IFOR SFOR", "UNIFIL"); None for any other line."""
    found = doc.by_line().get(start, [])
    if not found:
        return None
    rest, pos = [], start
    for m in found:
        rest.append(doc.text[pos:m.start])
        pos = max(pos, m.end)
    rest.append(doc.text[pos:end])
    if "".join(rest).strip(_HEADER_SEPARATORS):
        return None
    return [m.acronym for m in found]


def _notes(text: str, pos: int) -> dict[str, str]:
    """The notes listed under a table that ends at ``pos`` ("Notes:" then "1Includes ..."): number -> text."""
    notes = _NOTES.search(text, pos, min(len(text), pos + _NOTES_REACH))
    out: dict[str, str] = {}
    if notes is None:
        return out
    for start, end in _lines(text, notes.end() + 1):
        m = _NOTE_LINE.match(text, start, end)
        if m is None:
            break
        out[m.group(1)] = text[m.end(1):end]
    return out


_GROUPED = re.compile(r"[1-9]\d{0,2}(?:,\d{3})+")


def _is_marker(cell: str, iso3: str, notes: dict[str, str]) -> bool:
    """Whether a cell is, or may start with, a footnote marker: a one-digit cell that numbers a note ("Republic
    of Ireland 2 60": "2Did not contribute to IFOR"), or a figure whose first digit numbers a note about the
    row's country and whose rest is a figure too ("France 7,800 113,500": "1Includes dedicated reserve force
    based in France"); guide C7 gives such a cell no row."""
    if len(cell) == 1:
        return cell in notes
    note = notes.get(cell[0])
    return note is not None and _GROUPED.fullmatch(cell[1:]) is not None and \
        any(c.iso3 == iso3 for c in find_countries(note))


def _column_as_of(doc: TableDoc, acronym: str, dated: PartialDate | None) -> PartialDate | None:
    """A column's date: the table's, or the year its force ended when that was before the publication."""
    mission = doc.matcher.mission(acronym) if doc.matcher is not None else None
    published = doc.ctx.published
    end = mission.get("end_date") if mission else None
    if end is not None and published is not None and end < published.value:
        return PartialDate(end.replace(month=1, day=1), "year")
    return dated


def mission_columns(doc: TableDoc) -> list[Contribution]:
    """"IFOR SFOR" over "United States 22,000 8,500" (r3_015, Lords written answer 1998): a column per mission."""
    text, out = doc.text, []
    done = -1
    starts = sorted(doc.by_line())
    for head in starts:
        if head < done:
            continue
        header = _header_missions(doc, head, _line_end(text, head))
        if header is None:
            continue
        rows, done = _column_rows(doc, head, header)
        if len(rows) < 2:
            continue
        notes = _notes(text, done)
        caption_start = _lines_above(text, head, 2)
        if _counts_no_serving(text[caption_start:head]):
            continue
        ptype = personnel.contributor_type(text[caption_start:head]) or "troops"
        dated = _caption_date(text[caption_start:head], doc.ctx.published)
        for m, missions in rows:
            iso3 = _country(m.group("name"))
            cells = list(_FIGURE.finditer(text, m.start("figures"), m.end("figures")))
            for acronym, cell in zip(missions, cells):
                if _is_marker(cell.group(0), iso3, notes):
                    continue
                q = _count(text, *cell.span())
                if q is not None:
                    out.append(_row(doc, (m.start(), m.end()), q, iso3, (acronym, "mission", "table_header"),
                                    ptype, _column_as_of(doc, acronym, dated), "mission_columns"))
    return out


def _column_rows(doc: TableDoc, head: int, header: list[str]) -> tuple[list[tuple[re.Match, list[str]]], int]:
    """The rows under the header line at ``head`` (a repeated header continues the table), and its end."""
    text, rows, end = doc.text, [], _line_end(doc.text, head)
    missions = header
    for start, stop in _lines(text, end + 1):
        if start >= len(text):
            break
        if not text[start:stop].strip():
            continue
        again = _header_missions(doc, start, stop)
        if again is not None and len(again) == len(header):
            missions, end = again, stop
            continue
        m = _ROW.match(text, start)
        if m is None or m.end() != stop or _country(m.group("name")) is None or \
                len(_FIGURE.findall(m.group("figures"))) != len(missions):
            break
        rows.append((m, missions))
        end = stop
    return rows, end


# --- country_pairs -----------------------------------------------------------------------------------------------
_CELL_NOUNS = lexicon.labels("table_cell_nouns")
_PAIR_CELL = (r"(\d{1,3}(?:,\d{3})+|\d{1,6})[ \t]+(" + lexicon.alternation(sorted(_CELL_NOUNS, key=len, reverse=True))
              + r")\b")
_CELL_LINE = re.compile(rf"[ \t]*{_PAIR_CELL}(?:[ \t]+{_PAIR_CELL})?[ \t]*(?=\n|\Z)", re.IGNORECASE)
_COUNTRY_LINE_MAX = 60
_CELL_LINE_MAX = 60  # two cells: "1,459 troops 1,144 military observers"
# A line that starts with a figure: a literal first character lets the scan skip the rest fast.
_DIGIT_LINE = re.compile(r"\n[ \t]*\d")


def _country_line(text: str, start: int, end: int) -> list[str] | None:
    """The one or two countries a line names and nothing else ("Czech Republic New Zealand")."""
    line = text[start:end].rstrip()
    line = line[:-1] if line.endswith(":") else line  # a label: "Australia:" over "7200 soldiers" (r13_003)
    if not line.strip() or len(line) > _COUNTRY_LINE_MAX or any(ch.isdigit() for ch in line):
        return None
    found = [c for c in find_countries(line) if c.iso3 and c.kind == "name"]
    if not 1 <= len(found) <= 2:
        return None
    rest = line[:found[0].start] + "".join(line[a.end:b.start] for a, b in itertools.pairwise(found)) + \
        line[found[-1].end:]
    return None if rest.strip() else [c.iso3 for c in found]


def _pair_blocks(text: str) -> list[list[tuple[int, int, list[str], list[re.Match]]]]:
    """Runs of blocks (a country line over lines of cells) that follow one another."""
    runs, current, last_end = [], [], -2
    pos = 0
    while (found := _DIGIT_LINE.search(text, pos)) is not None:
        line = found.start() + 1
        end = _line_end(text, line)
        cell = _CELL_LINE.match(text, line, end) if end - line <= _CELL_LINE_MAX else None
        if cell is None or cell.end() != end:
            pos = end
            continue
        head = text.rfind("\n", 0, max(0, line - 1)) + 1
        countries = _country_line(text, head, line - 1) if line else None
        if countries is None:
            pos = _line_end(text, line) + 1
            continue
        cells, stop = [], line - 1
        for start, end in _lines(text, line):
            m = _CELL_LINE.match(text, start, end)
            if m is None or m.end() != end:
                break
            cells.append(m)
            stop = end
        block = (head, stop, countries, cells)
        if current and text[last_end:head].strip() == "":
            current.append(block)
        else:
            if len(current) >= 2:
                runs.append(current)
            current = [block]
        last_end, pos = stop, stop + 1
    if len(current) >= 2:
        runs.append(current)
    return runs


def country_pairs(doc: TableDoc) -> list[Contribution]:
    """"Argentina Hungary" over "40 troops 10 civpol" (r7_005, ONUMOZ contingents at 31 March 1994): left cell
    to the left country, right cell to the right one."""
    text, out = doc.text, []
    for run in _pair_blocks(text):
        if not any(len(countries) == 2 for _, _, countries, _ in run) and \
                not all(text[head:text.find("\n", head)].rstrip().endswith(":") for head, _, _, _ in run):
            continue  # a plain list of one country per block is not this shape, unless each name labels its cells
        first = run[0][0]
        caption_start = _lines_above(text, first, 2)
        if _counts_no_serving(text[caption_start:first]):
            continue
        mission = _table_mission(text[caption_start:first], caption_start, first, doc.missions)
        as_of = _list_date(text, caption_start, first, doc.ctx.published, caption=True)
        hosts = set((doc.matcher.mission(mission[0]) or {}).get("host_iso3") or ()) \
            if doc.matcher is not None and mission[0] else set()
        for head, stop, countries, cells in run:
            if hosts.intersection(countries):
                continue  # the host's own forces (an infobox's "Solomon Islands: 1,150 police") are no contribution
            for m in cells:
                pairs = [(m.span(1), m.group(2)), (m.span(3), m.group(4))] if m.group(3) else [(m.span(1), m.group(2))]
                if len(countries) != len(pairs) and len(countries) != 1:
                    continue  # one cell under two countries: whose it is cannot be told
                for i, (span, noun) in enumerate(pairs):
                    iso3 = countries[0] if len(countries) == 1 else countries[i]
                    q = _count(text, *span)
                    if q is not None:
                        out.append(_row(doc, (head, stop), q, iso3, mission,
                                        _CELL_NOUNS[" ".join(noun.lower().split())], as_of, "country_pairs"))
    return out


# --- composition_list --------------------------------------------------------------------------------------------
# The caption's colon may be followed by the first sub-heading ("... was as follows: Infantry battalions", r6_002).
_COMPOSITION_CAPTION = re.compile(r"[^\n]*\b(?:composition|strength|contingents|made up|composed)\b[^\n]*:[ \t]*"
                                  r"(?P<heading>[A-Z][^\d\n.:;]{2,50})?$", re.IGNORECASE)
_HEADING = re.compile(r"[ \t]*[A-Z][^\d\n.:;]{2,50}$")
_HEADING_TYPES = lexicon.labels("table_heading_types")
_HEADING_RE = re.compile(r"\b(" + lexicon.alternation(sorted(_HEADING_TYPES, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def composition_list(doc: TableDoc) -> list[Contribution]:
    """"The composition of UNDOF on 20 January 1975 was as follows:" over "Austria 511" (r1_030), and under
    sub-headings "Infantry battalions" / "Logistics units" (r1_032, UNIFIL as of 11 August 1982)."""
    text, out = doc.text, []
    for start, in_caption in sorted(doc.by_line().items()):
        end = _line_end(text, start)
        caption = _COMPOSITION_CAPTION.match(text, start, end) if text.find(":", start, end) >= 0 else None
        if caption is None or _counts_no_serving(text[start:end]):
            continue
        rows = _composition_rows(text, end, _heading_type(caption.group("heading") or ""))
        if len(rows) < 2:
            continue
        mission = (in_caption[-1].acronym, "mission", "table_caption")
        as_of = _caption_date(text[start:end], doc.ctx.published)
        for m, ptype in rows:
            q = _count(text, m.start("figures"), m.end("figures"))
            if q is not None:
                out.append(_row(doc, (m.start(), m.end()), q, _country(m.group("name")), mission, ptype, as_of,
                                "composition_list"))
    return out


def _heading_type(heading: str) -> str:
    kind = _HEADING_RE.search(heading)
    return _HEADING_TYPES[kind.group(1).lower()] if kind else "troops"


def _composition_rows(text: str, caption_end: int, ptype: str) -> list[tuple[re.Match, str]]:
    """The "Country N" lines after a composition caption with the type of their sub-heading (``ptype`` before
    the first: troops, or that of a sub-heading on the caption's line); the list ends at the first line that is
    neither a row nor a sub-heading."""
    rows = []
    for start, end in _lines(text, caption_end + 1):
        if start >= len(text):
            break
        if not text[start:end].strip():
            continue
        m = _ROW.match(text, start)
        if m is not None and m.end() == end and len(_FIGURE.findall(m.group("figures"))) == 1 \
                and not m.group("note") and _country(m.group("name")):
            rows.append((m, ptype))
            continue
        if _HEADING.match(text, start, end) and _HEADING.match(text, start, end).end() == end and \
                _country(text[start:end]) is None:
            ptype = _heading_type(text[start:end])
            continue
        break
    return rows


# --- mission_label_figure ----------------------------------------------------------------------------------------
_ENUMERATOR = re.compile(r"[ \t]*(?:[ivxlc]{0,6}\([ivxlc]{1,6}\)|\(?[a-z0-9]{1,3}[.)])?[ \t]*", re.IGNORECASE)
_ALONE_FIGURE = re.compile(r"[ \t]*(\d{1,3}(?:,\d{3})+|\d{1,5})[ \t]*$")
_GAP_FIGURE = re.compile(r"(?:\t|[ \u00a0]{2,})[ \t]*(\d{1,3}(?:,\d{3})+|\d{1,5})[ \t]*$")
# ... or after a single blank when the label ends with the mission's name spelt out in parentheses ("(i)UNIFIL
# (United Nations Interim Force in Lebanon) 5", r8_011): the closing parenthesis ends the label cell.
_PAREN_FIGURE = re.compile(r"\)[ \t]+(\d{1,3}(?:,\d{3})+|\d{1,5})[ \t]*$")
_SENDER_KINDS = frozenset({"demonym", "adjective", "armed_force"})
# A caption that counts members of armed forces: troops (guide C9, "Defence Forces personnel").
_MILITARY_CAPTION = re.compile(r"\b(?:defen[cs]e forces?|armed forces|army|troops|military)\b", re.IGNORECASE)
# ... or a text that says before the list whose forces they are ("all the Canadian Armed Forces personnel", r2_012).
_ARMED_FORCES = re.compile(r"\b(?:armed|defen[cs]e) forces?\b", re.IGNORECASE)


def _is_year(surface: str) -> bool:
    return len(surface) == 4 and surface[:2] in ("19", "20")


def _line_item(doc: TableDoc, pos: int, in_line: list[MissionMention]
               ) -> tuple[int, MissionMention, tuple[int, int]] | None:
    """(end, mission, figure span) of an item at the line starting at ``pos``: a label that names one mission
    and ends with its figure after a wide gap ("... Mission in Haiti (MINUSTAH)  39"), or a label that starts
    with a mission over a line with the figure alone ("(iii)UNFICYP (...)" then "20"); else None."""
    text, label_end = doc.text, _line_end(doc.text, pos)
    gap = _GAP_FIGURE.search(text, pos, label_end) or _spelt_out_figure(text, pos, label_end, in_line)
    if gap is not None and gap.end() == label_end and not _is_year(gap.group(1)) and \
            not any(ch.isdigit() for ch in text[pos:gap.start()]):  # a row of several figures is a table's
        named = [m for m in in_line if m.start < gap.start()]
        if named and len({m.acronym for m in named}) == 1:
            return label_end, named[0], gap.span(1)
        return None
    if not in_line or not _ENUMERATOR.fullmatch(text, pos, in_line[0].start):
        return None
    fig = next(((s, e) for s, e in _lines(text, label_end + 1) if text[s:e].strip()), None)
    m = _ALONE_FIGURE.match(text, fig[0], fig[1]) if fig is not None else None
    if m is None or m.end() != fig[1] or _is_year(m.group(1)):
        return None  # not a figure alone, or a year
    return fig[1], in_line[0], m.span(1)


def _spelt_out_figure(text: str, pos: int, end: int, in_line: list[MissionMention]) -> re.Match | None:
    """The figure after the closing parenthesis of a mission's name spelt out ("... (United Nations Interim Force
    in Lebanon) 5"), else None."""
    m = _PAREN_FIGURE.search(text, pos, end) if in_line else None
    return m if m is not None and any(x.end == m.start() for x in in_line) else None


def _enumerator_line(text: str, start: int, end: int) -> bool:
    """Whether a line holds an item's enumerator alone ("(ii)", "3."): a table's first cell on a line of its own."""
    return bool(text[start:end].strip()) and _ENUMERATOR.fullmatch(text, start, end) is not None


def _caption_above(text: str, start: int, n: int) -> int:
    """The start of the ``n``-th line above the line at ``start`` that is neither blank nor an enumerator alone
    ("1." over "UN Missions" over "(i)" over the first item: the caption is above them)."""
    pos, seen = start, 0
    while pos > 0 and seen < n:
        prev = text.rfind("\n", 0, pos - 1) + 1
        if text[prev:pos].strip() and not _enumerator_line(text, prev, pos - 1):
            seen += 1
        pos = prev
    return pos


def _label_items(doc: TableDoc, first: int, by_line: dict[int, list[MissionMention]]
                 ) -> tuple[list[tuple[int, int, MissionMention, tuple[int, int]]], int]:
    """Items from the line at ``first`` on (``by_line``: line start -> the missions named in the line), one
    after the other, blank lines and lines holding an enumerator alone ("(ii)" over "UNTSO (...)") allowed
    between them."""
    text, items, end, pos = doc.text, [], first, first
    while pos < len(text):
        item = _line_item(doc, pos, by_line.get(pos, []))
        if item is None:
            break
        items.append((pos, *item))
        end = item[0]
        pos = next((s for s, e in _lines(text, end + 1) if text[s:e].strip() and not _enumerator_line(text, s, e)),
                   len(text))
    return items, end


def _document_sender(text: str, before: int, counts: Counter) -> str | None:
    """The country a document about one country's personnel is about, named before its list: the sentence
    rules' contributor, else the one country named as a sender ("Irish troops") before the list."""
    if counts:
        return counts.most_common(1)[0][0]
    senders = Counter(c.iso3 for c in find_countries(text[:before]) if c.kind in _SENDER_KINDS and c.iso3)
    return senders.most_common(1)[0][0] if len(senders) == 1 else None


def mission_label_figure(doc: TableDoc) -> list[Contribution]:
    """"(iii)UNFICYP (United Nations Peacekeeping Force in Cyprus)" then "20", under "Members of the Permanent
    Defence Force serving with UN missions at 10 June 1999" (r3_047, Dail written answer)."""
    text, out, done = doc.text, [], -1
    counts = Counter(c.contributor_iso3 for c in doc.sentence_contributions)
    by_line = doc.by_line()
    for start in sorted(by_line):
        if start < done:
            continue
        items, done = _label_items(doc, start, by_line)
        if len(items) < 2:
            continue
        caption_start = _caption_above(text, start, 3)
        caption = text[caption_start:start]
        if personnel.PEOPLE_HINT_RE.search(caption.lower()) is None or _counts_no_serving(caption, False):
            continue  # a caption that counts no people: not a list of personnel
        iso3 = _main_contributor(caption, counts) if counts else None
        iso3 = iso3 or _document_sender(text, start, counts)
        if iso3 is None:
            continue
        ptype = "troops" if _MILITARY_CAPTION.search(caption) or _ARMED_FORCES.search(text, 0, start) else \
            "peacekeepers"
        as_of = _caption_date(caption, doc.ctx.published)
        for label, stop, mention, span in items:
            q = _count(text, *span)
            if q is not None:
                out.append(_row(doc, (label, stop), q, iso3, (mention.acronym, "mission", "table_row"), ptype,
                                as_of, "mission_label_figure"))
    return out


# --- dispatch_record ---------------------------------------------------------------------------------------------
# "... September to October 1992 Electoral Observers 3 persons", "... Staff Officers 5 persons on two occasions":
# the last cells of a row of a country's record of dispatches (kind of personnel, number of persons per rotation).
_PERSONS_END = re.compile(r"(?P<fig>\d{1,3}(?:,\d{3})+|\d{1,5})[ \t]+persons(?:[ \t]+on[ \t]+\w+[ \t]+occasions)?"
                          r"[ \t]*(?=\n|\Z)")
# The kind cell just before the figure (searched in the few characters before it only).
_KIND_BEFORE = re.compile(r"(?P<kind>(?:[A-Z][\w\-]*[ \t]+){0,3}[A-Za-z][\w\-]*)[ \t]+\Z")
_KIND_REACH = 80
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December)")
# A period whose start month takes the year of its end ("September to October 1992"), as the date finder does not.
_MONTH_SPAN = re.compile(rf"\b(?P<start>{_MONTH})[ \t]+(?:to|-|\u2013)[ \t]+{_MONTH}[ \t]+(?P<year>\d{{4}})\b")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_KIND_WORDS = re.compile(r"(" + lexicon.alternation(sorted(_HEADING_TYPES, key=len, reverse=True)) + r")\b",
                         re.IGNORECASE)


def _period_start(doc: TableDoc, start: int, end: int) -> PartialDate | None:
    """The start of the first period a row names ("September to October 1992" -> 1992-09)."""
    span = _MONTH_SPAN.search(doc.text, start, end)
    dates = find_dates(doc.text[start:end], doc.ctx.published)
    if span is not None and (not dates or span.start() <= start + dates[0].start):
        month = _MONTHS.index(span.group("start").lower()) + 1
        return PartialDate(date(int(span.group("year")), month, 1), "month")
    return dates[0].date if dates else None


def _kind_type(kind: str) -> str:
    """The personnel type of a row's kind cell: a heading word ("engineering", glued or not: "Self-Defense
    Forcesengineering units"), else its personnel noun ("Electoral Observers"), else peacekeepers."""
    word = _KIND_WORDS.search(kind)
    if word is not None:
        return _HEADING_TYPES[" ".join(word.group(1).lower().split())]
    noun = personnel.PERSON_NOUN_RE.search(kind)
    return personnel.person_noun_type(noun) if noun is not None else "peacekeepers"


def dispatch_record(doc: TableDoc) -> list[Contribution]:
    """"2 United Nations Transitional Authority in Cambodia (UNTAC) Cambodia September 1992 to September 1993
    Cease-Fire Observers 8 persons on two occasions" (r2_035, Japan's record of its peacekeeping assignments):
    the country the record is about sends the persons of each row to the last mission named, from the start of
    the row's period (a dispatch: status deployed)."""
    text = doc.text
    if "persons" not in text:
        return []
    lines = []
    for m in _PERSONS_END.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        kind = _KIND_BEFORE.search(text[max(start, m.start() - _KIND_REACH):m.start()])
        if kind is not None and not (m.start() > 0 and text[m.start() - 1].isdigit()):
            lines.append((start, m, kind.group("kind")))
    # two or more such rows on consecutive lines
    block = [(s, m, kind) for i, (s, m, kind) in enumerate(lines)
             if (i and lines[i - 1][1].end() + 1 == s) or (i + 1 < len(lines) and m.end() + 1 == lines[i + 1][0])]
    if len(block) < 2:
        return []
    counts = Counter(c.contributor_iso3 for c in doc.sentence_contributions)
    iso3 = _document_sender(text, block[0][1].start(), counts)
    if iso3 is None:
        return []
    out, starts = [], [x.start for x in doc.missions]
    for start, m, kind in block:
        named = [x for x in doc.missions[:bisect_left(starts, m.start())] if x.acronym]
        q = _count(text, *m.span("fig"))
        if not named or q is None or _counts_no_serving(kind):
            continue  # no mission named yet, a zero, or a count of losses ("Fatalities 3 persons")
        out.append(Contribution(
            sentence=Sentence(-1, start, m.end(), fold_whitespace(text[start:m.end()])), quantity=q,
            contributor_iso3=iso3, mission_acronym=named[-1].acronym, scope="mission",
            personnel_type=_kind_type(kind), status="deployed", as_of=_period_start(doc, start, m.start()),
            mission_method="table_row", extractor=f"{VERSION}:dispatch_record"))
    return out
