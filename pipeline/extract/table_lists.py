"""Bulleted lists keyed by country under a caption that names the personnel (see ``table_rules``).

``caption_list``: "Foreign Troop Commitments to Mali" over "• Chad to send 2,000", "• France 2,000 on the ground,
500 more committed", "• Burkina Faso, Niger, Senegal, Togo have committed 500 each". No item names its
personnel (so no sentence rule reads it): the caption does. An item gives a row per figure to the one country
it starts with, or, with "each", to every country it starts with; an item that starts with several countries and
no "each" gives none (whose figure it is cannot be told). The status is the item's own ("on the ground",
"have committed"), a plan in a list of commitments the caption's ("to send" under "Commitments": pledged), else
``serving``; the mission is the caption's, else the last one named before the list; the date the caption's,
else the publication date. Hand-written: the layout is the sources' own.

``mission_paren_list``: bulleted lists keyed by mission with the figure in parentheses, under a lead-in that says
whose people they are ("International operations Finland is participating by deploying staff officers:" over
"• UNMIL in Liberia (2)", "• SKJA ISAF in Afghanistan (165 )", "• EUFOR in Bosnia and Herzegovina (5 staff
officer)"). An item's label names one mission; the figure opens the parentheses, perhaps followed by its noun
and, after a comma, more words ("(250, is to be lowered to less than 50 by the end of 2010)": the rest is not
read). The type is the item's noun, else the lead-in's, else peacekeepers; the contributor the lead-in's country
(as ``table_missions`` finds a table's); the status ``serving``, dated as a list of ``table_missions``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from pipeline.extract import lexicon, personnel, publishers, status
from pipeline.extract.contrib.common import _LEAD_STATUS
from pipeline.extract.countries import find_countries
from pipeline.extract.table_missions import _count, _line_end, _list_date, _main_contributor
from pipeline.extract.table_shapes import _CELL_NOUNS, TableDoc, _counts_no_serving, _row
from pipeline.extract.tables import _caption_date, _table_mission
from pipeline.extract.types import Contribution
from schemas.vocabularies import STATUSES as _STATUSES

_BULLET = re.compile(r"[ \t]*[\u2022\u00b7\u25aa\u25e6\u2023*\u2013\u2014-][ \t]*(?=\S)")
_ITEM_FIGURE = re.compile(r"(?<![\w$\u20ac\u00a3.,])(\d{1,3}(?:,\d{3})+|\d{1,6})(?![\w%.,]?\d)(?![ \t]*(?:%|per ?cent))")
# A line that starts with a bullet: a literal first character lets the scan skip the rest fast.
_BULLET_LINE = re.compile(r"\n[ \t]*[\u2022\u00b7\u25aa\u25e6\u2023*\u2013\u2014-]")
_EACH = re.compile(r"[ \t]+each\b", re.IGNORECASE)
_LEAD_GLUE = re.compile(r"[ \t]*(?:,|and|&)?[ \t]*")
_CLAUSE_BREAK = re.compile(r"[,;]")
_YEAR = re.compile(r"(?:19|20)\d\d")
# A caption's personnel noun, as a table cell writes it ("Foreign Troop Commitments").
_CAPTION_NOUN = re.compile(r"\b(" + lexicon.alternation(sorted(_CELL_NOUNS, key=len, reverse=True)) + r")\b",
                           re.IGNORECASE)


def _item_countries(body: str) -> tuple[list[str], int]:
    """The countries an item starts with ("Burkina Faso, Niger, Senegal, Togo have ...") and where they end."""
    found, pos = [], 0
    for c in find_countries(body):
        glue = _LEAD_GLUE.fullmatch(body, pos, c.start)
        if glue is None or not c.iso3 or c.kind != "name":
            break
        found.append(c.iso3)
        pos = c.end
    return found, pos


def _items(text: str, first: int) -> list[tuple[int, int, int]]:
    """(line start, body start, line end) of the bullet items on consecutive lines from ``first``."""
    out, pos = [], first
    while pos < len(text):
        bullet = _BULLET.match(text, pos)
        end = _line_end(text, pos)
        if bullet is None or bullet.end() >= end:
            break
        out.append((pos, bullet.end(), end))
        pos = end + 1
    return out


def _figure_status(body: str, start: int, end: int, lead: str | None) -> str:
    """The status of an item's figure: the cue of its clause, a plan or none in a list of commitments the
    caption's."""
    clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(body, 0, start)), default=0)
    nxt = _CLAUSE_BREAK.search(body, end)
    clause = body[clause_start:nxt.start() if nxt else len(body)]
    st, cue = status.figure_status(clause, start - clause_start, end - clause_start)
    if lead is not None and (not cue or st == "planned"):
        return lead
    return st if st in _STATUSES else "serving"  # (a bare departure: no list of commitments says which)


def caption_list(doc: TableDoc) -> list[Contribution]:
    """"Foreign Troop Commitments to Mali" over "• Chad to send 2,000" (r5_043, VOA 2013)."""
    text, out, pos = doc.text, [], 0
    while (found := _BULLET_LINE.search(text, pos)) is not None:
        line = found.start() + 1
        if _BULLET.match(text, text.rfind("\n", 0, line - 1) + 1):
            pos = _line_end(text, line)
            continue  # not the first item of its list
        items = _items(text, line)
        pos = items[-1][2] + 1 if items else _line_end(text, line) + 1
        out += _list_rows(doc, line, items)
    return out


def _caption(text: str, first: int) -> tuple[int, str] | None:
    """The caption line right above a list (blank lines allowed between): a heading without a full stop or
    figure that names personnel ("Foreign Troop Commitments to Mali"); None for any other line."""
    end = first - 1
    while end > 0 and not text[text.rfind("\n", 0, end) + 1:end].strip():
        end = text.rfind("\n", 0, end)
    start = text.rfind("\n", 0, max(0, end)) + 1
    caption = text[start:max(start, end)].strip()
    if not caption or caption.endswith(".") or any(ch.isdigit() for ch in caption) or len(caption) > 100:
        return None
    if personnel.PEOPLE_HINT_RE.search(caption.lower()) is None:
        return None
    return start, caption


def _list_rows(doc: TableDoc, first: int, items: list[tuple[int, int, int]]) -> list[Contribution]:
    text = doc.text
    found = _caption(text, first) if len(items) >= 2 else None
    if found is None or _counts_no_serving(found[1]):
        return []
    caption_start, caption = found
    noun, cell = personnel.PERSON_NOUN_RE.search(caption), _CAPTION_NOUN.search(caption)
    ptype = _CELL_NOUNS[cell.group(1).lower()] if cell else (personnel.person_noun_type(noun) if noun else
                                                             "peacekeepers")
    lead = next((st for st, cue in _LEAD_STATUS if cue.search(caption)), None)
    mission = _table_mission(text[caption_start:first], caption_start, first, doc.missions)
    if mission[2] == "none":  # no mission named before: the one the sentence rules read most often in the text
        named = Counter(c.mission_acronym for c in doc.sentence_contributions if c.mission_acronym)
        if named:
            mission = (named.most_common(1)[0][0], "mission", "document_focus")
    as_of = _caption_date(caption, doc.ctx.published)
    out = []
    for line, body_start, end in items:
        body = text[body_start:end]
        countries, after = _item_countries(body)
        for m in _ITEM_FIGURE.finditer(body, after):
            if _YEAR.fullmatch(m.group(1)) or personnel.head_after(body, m.end(), max_tokens=2) is not None:
                continue  # a year, or a figure with a noun of its own (the sentence rules' to read)
            each = _EACH.match(body, m.end()) is not None
            if not countries or (len(countries) > 1 and not each):
                continue
            q = _count(text, body_start + m.start(1), body_start + m.end(1))
            st = _figure_status(body, m.start(1), m.end(1), lead)
            for iso3 in countries:
                if q is not None:
                    out.append(_row(doc, (body_start, end), q, iso3, mission, ptype, as_of, "caption_list", st))
    return out


# --- mission_paren_list ------------------------------------------------------------------------------------------
# The parentheses that end an item: a figure first, perhaps its noun, perhaps a comma and more words; a reference
# mark after them ("(2)[7]").
_PAREN_FIGURE = re.compile(r"\([ \t]*(\d{1,3}(?:,\d{3})+|\d{1,5})(?![\d.,]\d)(?P<rest>[^()\n]{0,120})\)"
                           r"(?:[ \t]*\[\d{1,3}\])*[ \t]*$")
_REST = re.compile(r"[ \t]*(?:[,;][^()\n]*)?$")


def _paren_item(doc: TableDoc, body_start: int, end: int, starts: list[int]):
    """(mission, figure span, type or None) of an item "UNMIL in Liberia (2)", else None."""
    text = doc.text
    if text[body_start:end].rstrip()[-1:] not in (")", "]"):
        return None  # (most items: the cheap test first)
    m = _PAREN_FIGURE.search(text, body_start, end)
    if m is None or _YEAR.fullmatch(m.group(1)):
        return None
    lo, hi = bisect_left(starts, body_start), bisect_left(starts, m.start())
    named = {x.acronym for x in doc.missions[lo:hi] if x.acronym}
    if len(named) != 1:
        return None
    head = personnel.head_after(text, m.end(1), max_tokens=3)
    if head is not None and head.end > m.end("rest"):
        head = None  # a noun past the parentheses is not the figure's
    if not _REST.match(text, head.end if head is not None else m.start("rest"), m.end("rest")):
        return None  # words right after the figure that are not its noun: "(2 killed)", "(5 km)"
    return named.pop(), m.span(1), head.personnel_type if head is not None else None


def mission_paren_list(doc: TableDoc) -> list[Contribution]:
    """"• UNMIL in Liberia (2)" under "International operations Finland is participating by deploying staff
    officers:" (r13_011)."""
    text, out, pos = doc.text, [], 0
    starts = [x.start for x in doc.missions]
    home = publishers.home_country(doc.ctx.publisher, doc.ctx.url)
    counts = Counter(c.contributor_iso3 for c in doc.sentence_contributions)
    while (found := _BULLET_LINE.search(text, pos)) is not None:
        line = found.start() + 1
        items = _items(text, line)
        pos = items[-1][2] + 1 if items else _line_end(text, line) + 1
        if len(items) < 2 or _BULLET.match(text, text.rfind("\n", 0, line - 1) + 1):
            continue  # a list of one, or not the first item of its list
        read = [(i, x) for i in items if (x := _paren_item(doc, i[1], i[2], starts)) is not None]
        lead = _lead_in(text, line)
        if len(read) < 2 or lead is None or _counts_no_serving(lead[1]):
            continue
        iso3 = _main_contributor(lead[1], counts, home) or _lone_country(lead[1], text, items)
        if iso3 is None:
            continue
        noun = personnel.PERSON_NOUN_RE.search(lead[1])
        lead_type = personnel.person_noun_type(noun) if noun is not None else "peacekeepers"
        as_of = _list_date(text, lead[0], line, doc.ctx.published, caption=False)
        for (_, body_start, end), (mission, span, ptype) in read:
            q = _count(text, *span)
            if q is not None:
                out.append(_row(doc, (body_start, end), q, iso3, (mission, "mission", "table_row"),
                                ptype or lead_type, as_of, "mission_paren_list"))
    return out


def _lead_in(text: str, first: int) -> tuple[int, str] | None:
    """The line right above a list (blank lines allowed between) when it names people and a country; else None."""
    end = first - 1
    while end > 0 and not text[text.rfind("\n", 0, end) + 1:end].strip():
        end = text.rfind("\n", 0, end)
    start = text.rfind("\n", 0, max(0, end)) + 1
    lead = text[start:max(start, end)]
    if not lead.strip() or personnel.PEOPLE_HINT_RE.search(lead.lower()) is None or \
            not any(c.iso3 for c in find_countries(lead)):
        return None
    return start, lead


def _lone_country(lead: str, text: str, items: list[tuple[int, int, int]]) -> str | None:
    """The one country a lead-in names ("International operations Finland is participating by ..."), unless an
    item names it too (then it hosts a mission: "UNIFIL in Lebanon")."""
    named = {c.iso3 for c in find_countries(lead) if c.iso3}
    if len(named) != 1:
        return None
    iso3 = named.pop()
    hosts = {c.iso3 for _, body, end in items for c in find_countries(text[body:end])}
    return None if iso3 in hosts else iso3
