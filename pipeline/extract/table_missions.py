"""Contributor tables and lists keyed by MISSION, kept apart from ``tables`` (the tables keyed by country, whose
helpers this module reads): ``_mission_lines``, the table rule ``mission_rows`` of ``table_rules``.

A document about one country's contributions (a white paper, a country profile, a ministry's press release)
lists that country's personnel per MISSION instead, as a table ("Mission Troops Police Experts" over
"UNAMID 3,236 173 9", a location column allowed: "UNMISS South Sudan 1,072") or as a list ("• UNIFIL
(Lebanon) – 462 personnel"). Such a line starts with a mission the catalog knows (the mission mentions found
over the whole text, so this costs nothing on documents without one at a line's start). A table needs a
first-column header ("Mission", "Operation") and column labels over its figures; a "Total" line gives the
all-UN figure per column when every mission of the table is a UN one (else no mission), a "DPO/UN Headquarters"
line staff officers with no mission, an "Other missions" line or item no mission. A list item needs a personnel
noun right after its figure and nothing else after it ("– 462 personnel"; not "– $480 million", "– 14 killed").
The contributor is the country the document is about: the one the caption names ("Rwandan uniformed
personnel") among the contributors of the sentence rules, else the caption's demonym, else the contributor
those rules name most often; the date that of the caption or of an "as of" just before, else the publication
month.
"""

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence

from pipeline.extract import personnel, publishers
from pipeline.extract.countries import find_countries
from pipeline.extract.dates import find_dates
from pipeline.extract.sentences import fold_whitespace
from pipeline.extract.tables import _CAPTION_LINES, _FIGURE, _ROW, VERSION, _labels, _value
from pipeline.extract.types import (
    Contribution,
    DocumentContext,
    MissionMention,
    PartialDate,
    Quantity,
    Sentence,
)

# What may stand before a mission's acronym at the start of a line: blanks and a list bullet.
_LEAD = re.compile(r"[ \t]*(?:[•·▪◦‣*\-–—][ \t]*)?")
# A list item: an optional bullet, a label without figures or money signs, a dash or colon, one figure.
_ITEM = re.compile(
    r"[ \t]*(?:[•·▪◦‣*\-–—][ \t]*)?(?P<label>[A-Z][^\n\d$€£%:–—]{1,80}?)[ \t]*(?:[–—:]|[ \t]-)[ \t]*"
    r"(?P<fig>\d{1,3}(?:,\d{3})+|\d{1,6})\b"
)
# What may follow the item's personnel noun: a parenthesis, a full stop or semicolon, nothing else.
_ITEM_END = re.compile(r"[ \t]*(?:\([^)\n]{0,80}\))?[ \t]*[.;,]?[ \t]*(?:\n|$)")
# A table keyed by mission: its first-column header, at the start of a line.
_MISSION_HEADER = re.compile(r"[ \t]*(?:peace(?:keeping)?[ \t]+|un[ \t]+)?(?:missions?|operations?)\b", re.I)
# Lines of such a table or list that name no mission.
_TOTAL_LABEL = re.compile(r"(?:grand[ \t]+)?totals?\b", re.I)
_HQ_LABEL = re.compile(r"(?:DPO|DPKO|DFS|DOS|DPPA|UNHQ|(?:UN|United Nations)[ \t]+(?:headquarters|HQ)|"
                       r"headquarters)\b", re.I)
_OTHER_LABEL = re.compile(r"(?:others?|various|remaining|all other)\b", re.I)
_AS_OF = re.compile(r"\b(?:as[ \t]+(?:of|at|on)|at[ \t]+the[ \t]+end[ \t]+of)[ \t]+$", re.I)
# Country mentions of a caption that name the contributor ("Rwandan uniformed personnel"), not a host.
_SENDER_KINDS = frozenset({"demonym", "adjective", "armed_force"})
_CAPTION_NEAR = 2  # non-blank lines above a table's header (or a list's first item) that are its caption


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _next_line(text: str, end: int, blank_ok: bool) -> int | None:
    """The start of the next non-blank line after the line ending at ``end``; None past the text's end or, unless
    ``blank_ok``, after a blank line."""
    pos = end + 1
    while pos < len(text):
        stop = _line_end(text, pos)
        if text[pos:stop].strip():
            return pos
        if not blank_ok:
            return None
        pos = stop + 1
    return None


def _lines_above(text: str, start: int, n: int) -> int:
    """The start of the ``n``-th non-blank line above the line starting at ``start`` (or the nearest one)."""
    pos, seen = start, 0
    while pos > 0 and seen < n:
        prev = text.rfind("\n", 0, pos - 1) + 1
        if text[prev:pos].strip():
            seen += 1
        pos = prev
    return pos


def _mission_lines(text: str, missions: Sequence[MissionMention], ctx: DocumentContext, matcher,
                   sentence_contributions: Sequence[Contribution]) -> list[Contribution]:
    """Contributions stated by tables and lists of one country's personnel per mission."""
    at_line: dict[int, MissionMention] = {}  # line start -> the mission that starts the line
    for m in missions:
        if m.acronym:
            start = text.rfind("\n", 0, m.start) + 1
            if _LEAD.fullmatch(text, start, m.start):
                at_line.setdefault(start, m)
    if not at_line:
        return []
    by_start = sorted(missions, key=lambda x: x.start)
    starts = [x.start for x in by_start]
    counts = Counter(c.contributor_iso3 for c in sentence_contributions)
    out: list[Contribution] = []
    done = -1  # the end of the last table or list read
    for start in sorted(at_line):
        if start < done:
            continue
        if _ROW.match(text, start) and not _ITEM.match(text, start):
            rows, done = _mission_table(text, start, at_line, ctx, matcher, counts)
        else:
            rows, done = _mission_list(text, start, at_line, by_start, starts, ctx, counts)
        out += rows
    return out


_ORGANISATIONS: dict[int, tuple[object, dict[str, str]]] = {}  # id(matcher) -> (matcher, acronym -> organisation)


def _organisation(matcher, acronym: str) -> str | None:
    """The organisation that leads a mission, from the matcher's catalog (its map built once per matcher)."""
    known = _ORGANISATIONS.get(id(matcher))
    if known is None or known[0] is not matcher:
        known = matcher, {x["mission_acronym"]: x["organisation"] for x in matcher.catalog.missions}
        _ORGANISATIONS[id(matcher)] = known
    return known[1].get(acronym)


def _row_label(label: str, mention: MissionMention | None) -> tuple[str | None, str] | None:
    """(mission, kind) of a line of a table or list by its first cell: kind ``mission``, ``total``, ``hq``,
    ``other``; None for a line of another kind."""
    if mention is not None:
        return mention.acronym, "mission"
    label = label.strip()
    for pattern, kind in ((_TOTAL_LABEL, "total"), (_HQ_LABEL, "hq"), (_OTHER_LABEL, "other")):
        if pattern.match(label):
            return None, kind
    return None


def _mission_table(text: str, start: int, at_line: dict[int, MissionMention], ctx: DocumentContext,
                   matcher, counts: Counter) -> tuple[list[Contribution], int]:
    """The table whose first mission row starts at ``start``: its rows, and where it ends."""
    first = _ROW.match(text, start)
    n_figures = len(_FIGURE.findall(first.group("figures")))
    rows: list[tuple[re.Match, str | None, str]] = []
    pos, end = start, first.end()
    while pos is not None:
        m = _ROW.match(text, pos)
        if m is None or len(_FIGURE.findall(m.group("figures"))) != n_figures:
            break
        kind = _row_label(m.group("name"), at_line.get(pos))
        if kind is not None:
            rows.append((m, *kind))
        end = m.end()
        pos = _next_line(text, end, blank_ok=True)
    if sum(1 for _, _, kind in rows if kind == "mission") < 2:
        return [], end
    # The first-column header within a few lines above; the column labels from it down to the first row.
    head_start = _lines_above(text, start, _CAPTION_LINES)
    header = None
    for h in re.finditer(r"^", text[head_start:start], re.M):
        if _MISSION_HEADER.match(text, head_start + h.start()):
            header = head_start + h.start()
    if header is None:
        return [], end
    labels = _labels(text[header:start].split("\n"), generic=True)[-n_figures:]
    if len(labels) != n_figures:
        return [], end  # columns that cannot be told apart: no row rather than a wrong one
    caption_start = _lines_above(text, header, _CAPTION_NEAR)
    caption = text[caption_start:header]
    iso3 = _main_contributor(caption, counts, publishers.home_country(ctx.publisher, ctx.url))
    if iso3 is None:
        return [], end
    as_of = _list_date(text, caption_start, header, ctx.published, caption=True)
    typed = [label for label in labels if label not in (None, "total", "peacekeepers")]
    all_un = matcher is not None and all(_organisation(matcher, mission) == "UN"
                                         for _, mission, kind in rows if kind == "mission")
    out = []
    for m, mission, kind in rows:
        line = Sentence(-1, m.start(), m.end(), fold_whitespace(m.group(0)))
        scope = "mission" if mission else ("all_un_pko" if kind == "total" and all_un else "unspecified")
        spans = [f.span() for f in _FIGURE.finditer(text, m.start("figures"), m.end("figures"))]
        for label, (f_start, f_end) in zip(labels, spans):
            if label is None or (label == "total" and typed):
                continue
            ptype = "peacekeepers" if label == "total" else label
            if kind == "hq" and ptype == "peacekeepers":
                ptype = "staff_officers"  # the uniformed personnel of the UN's headquarters are staff officers
            q = _count(text, f_start, f_end)
            if q is not None:
                out.append(Contribution(
                    sentence=line, quantity=q, contributor_iso3=iso3, mission_acronym=mission, scope=scope,
                    personnel_type=ptype, status="serving", as_of=as_of, mission_method="table_row",
                    extractor=f"{VERSION}:mission_column({label})",
                ))
    return out, end


def _mission_list(text: str, start: int, at_line: dict[int, MissionMention], by_start: Sequence[MissionMention],
                  starts: Sequence[int], ctx: DocumentContext, counts: Counter) -> tuple[list[Contribution], int]:
    """The list whose first mission item starts at ``start``: its items, and where it ends."""
    items: list[tuple[re.Match, str | None, personnel.HeadNoun]] = []
    pos, end = start, _line_end(text, start)
    while pos is not None:
        m = _ITEM.match(text, pos)
        if m is None:
            break
        head = personnel.head_after(text, m.end("fig"), max_tokens=3)
        if head is None or not _ITEM_END.match(text, head.end):
            break
        mention = at_line.get(pos)
        if mention is None:  # a mission named inside the label: "Lebanon (UNIFIL)"; one only
            lo, hi = bisect_left(starts, m.start("label")), bisect_left(starts, m.end("label"))
            inside = [x for x in by_start[lo:hi] if x.acronym]
            if len({x.acronym for x in inside}) == 1:
                mention = inside[0]
        kind = _row_label(m.group("label"), mention)
        if kind is None or kind[1] == "total":
            break
        items.append((m, kind[0], head))
        end = _line_end(text, pos)
        pos = _next_line(text, end, blank_ok=False)
    if not items:
        return [], end
    lead_start = _lines_above(text, start, _CAPTION_NEAR)
    iso3 = _main_contributor(text[lead_start:start], counts, publishers.home_country(ctx.publisher, ctx.url))
    if iso3 is None:
        return [], end
    as_of = _list_date(text, lead_start, start, ctx.published, caption=False)
    out = []
    for m, mission, head in items:
        q = _count(text, *m.span("fig"))
        if q is None:
            continue
        line_end = _line_end(text, m.start())
        out.append(Contribution(
            sentence=Sentence(-1, m.start(), line_end, fold_whitespace(text[m.start():line_end])), quantity=q,
            contributor_iso3=iso3, mission_acronym=mission, scope="mission" if mission else "unspecified",
            personnel_type=head.personnel_type, status="serving", as_of=as_of, mission_method="list_item",
            extractor=f"{VERSION}:mission_item",
        ))
    return out, end


def _count(text: str, start: int, end: int) -> Quantity | None:
    surface = text[start:end]
    value = _value(surface)
    return Quantity(start, end, surface, value, value, False, None, "count") if value else None


_NAME_THEN_PEOPLE = re.compile(r"[ \t]+(?:" + personnel.PERSON_NOUN_RE.pattern + r"|members|personnel)\b", re.IGNORECASE)


def _main_contributor(caption: str, counts: Counter, home: str | None = None) -> str | None:
    """The country a table or list keyed by mission is about: one its caption names that the sentence rules
    have as a contributor, else the caption's demonym ("Rwandan personnel"), else the national publisher's
    country ``home`` (a minister's answer lists the state's own personnel), else the contributor the sentence
    rules name most often (the first of equals)."""
    named = find_countries(caption)
    among = [c.iso3 for c in named if c.iso3 in counts]
    if among:
        return max(among, key=lambda iso3: counts[iso3])
    senders = {c.iso3 for c in named if c.kind in _SENDER_KINDS or
               (c.kind == "name" and _NAME_THEN_PEOPLE.match(caption, c.end))}  # "U.S. Personnel in UN Operations"
    if len(senders) == 1:
        return next(iter(senders))
    return home or (counts.most_common(1)[0][0] if counts else None)


def _list_date(text: str, start: int, end: int, published: PartialDate | None, caption: bool
               ) -> PartialDate | None:
    """The date of the lines ``text[start:end]`` above a table or list: the last one after "as of", or, when
    the lines are a table's caption (``caption``), the last one they name; else the publication month."""
    for d in reversed(find_dates(text[start:end], published)):
        if d.kind != "point" or d.relative:
            continue
        if caption or _AS_OF.search(text, max(start, start + d.start - 20), start + d.start):
            return d.date
    if published is not None and published.precision == "day":
        return PartialDate(published.value.replace(day=1), "month")
    return published
