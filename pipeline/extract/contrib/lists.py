"""Figures in lists of contributors ("Jordan (1,800)", "Leading police contributors: Jordan 1,800"): a row per item,
sharing the noun and status of the list.
"""

from __future__ import annotations

import re

from pipeline.extract import personnel, status
from pipeline.extract.contrib.asof import _as_of
from pipeline.extract.contrib.common import _EXPLICIT_MISSION, _OUTBOUND, VERSION, _clause_bounds, _in_spans
from pipeline.extract.contrib.scope import MissionQuery, resolve_mission
from pipeline.extract.contrib.vetoes import _AUTHORISED, _CASUALTY
from pipeline.extract.types import (
    Contribution,
    Quantity,
)

# "Jordan (1,800)", "Leading police contributors: Jordan 1,800", "..., Bangladesh 7,915 and India 7,839": a
# figure right after a country, in a list that counts the same personnel as an earlier figure of its sentence
# or as a ranking of contributors.
_NOUN_THEN_LIST = re.compile(
    r"(?:" + personnel.PERSON_NOUN_RE.pattern + r")\s*(?:from|:)\s+(?:the\s+)?", re.IGNORECASE
)


_LIST_GAP = re.compile(r"\s*(?:\(\s*|:\s*|\s+with\s+|)$")


_LIST_COMMA = re.compile(r",\s*")


_LIST_AFTER = re.compile(r"\s*(?:\)|,|;|\.|and\b|$)")


# The later items of a list "Sweden (220), Germany (about 1,000) and Benin (150)": each one's closing bracket.
_LIST_NEXT_ITEM = re.compile(r"\)?\s*(?:,\s*and|,|and)\s+(?:the\s+)?[A-Z][\w\u2019'. -]{1,40}?\s*\([^()]{1,30}\)")


_CONTINGENTS = re.compile(r"\b(?:contingents?|battalions|units|troop[- ]contributing|tccs)\b", re.IGNORECASE)


# -- a figure in a list: "Jordan (1,800)", "Bangladesh 7,915" ----------------------------------------------
def _list_item(sc, q: Quantity) -> Contribution | None:
    text, sent = sc.text, sc.sent
    country = next((c for c in reversed(sc.countries) if c.end <= q.start), None)
    if country is None or q.start - country.end > 6:
        return None
    # "Egypt has 1,000 troops in MINUSMA; Chad, 1,400; and Togo, 900": a comma after an earlier row.
    if not (_LIST_GAP.fullmatch(text, country.end, q.start) or
            (sc.out and _LIST_COMMA.fullmatch(text, country.end, q.start))):
        return None
    if not _LIST_AFTER.match(text, q.end) or _in_spans(country.start, sc.mission_spans):
        return None
    sent_text = text[sent.start:sent.end]
    if _CASUALTY.search(sc.lowered) or _AUTHORISED.search(sent_text):
        return None
    prev = sc.out[-1] if sc.out else None
    if prev is not None:
        return Contribution(
            sentence=sent, quantity=q, contributor_iso3=country.iso3, mission_acronym=prev.mission_acronym,
            scope=prev.scope, personnel_type=prev.personnel_type, status=prev.status, as_of=prev.as_of,
            mission_method=prev.mission_method,
            extractor=f"{VERSION}:list_gapped+list+previous+status(previous)+mission(previous)",
        )
    ptype = personnel.contributor_type(sent_text) or _list_noun_type(sc)
    if ptype is None and _CONTINGENTS.search(sent_text):
        ptype = "peacekeepers"  # "Contingents that have left include those of Sweden (220), Benin (150)"
    if ptype is None:
        return None
    clause = _clause_bounds(sent, sc.breaks, q.start)
    st, cue = status.figure_status(text[clause[0]:clause[1]], q.start - clause[0], q.end - clause[0])
    # The list as one noun phrase: its verb may stand after it ("Troops from Sweden (220) and Benin (150)
    # have already left", "So far Egypt (1,072) and Togo (650) have withdrawn") or before its first item.
    list_end = q.end
    while (item := _LIST_NEXT_ITEM.match(text, list_end, sent.end)) is not None:
        list_end = item.end()
    whole = status.figure_status(text[sent.start:sent.end], country.start - sent.start, list_end - sent.start)
    if whole[1] and (not cue or whole[0] in ("withdrawn", "offered", "pledged", "planned")):
        st, cue = whole
    if st == "departure":
        st = "deployed" if sc.focus.status in _OUTBOUND else "withdrawn"
    elif st == "planned_departure":
        st = "planned" if sc.focus.status in _OUTBOUND or sc.focus.status is None else "withdrawn"
    as_of = _as_of(sc, clause, q.start, q.end)
    query = MissionQuery(q.start, q.end, (sent.start, sent.end), country.iso3, st, as_of)
    mission, scope, mission_rule = resolve_mission(sc, query)
    if mission_rule not in _EXPLICIT_MISSION and not sc.about_peace():
        return None
    return Contribution(
        sentence=sent, quantity=q, contributor_iso3=country.iso3, mission_acronym=mission, scope=scope,
        personnel_type=ptype, status=st, as_of=as_of, mission_method=mission_rule,
        extractor=f"{VERSION}:list_contributors+list+contributors+status({cue or 'default'})+mission({mission_rule})",
    )


def _list_noun_type(sc) -> str | None:
    """"Police from Senegal (140), Nigeria (120) and Togo (140)": the personnel noun that introduces a list
    of countries, when one does."""
    for m in _NOUN_THEN_LIST.finditer(sc.text, sc.sent.start, sc.sent.end):
        if any(c.start == m.end() for c in sc.countries):
            return m.lastgroup
    return None

