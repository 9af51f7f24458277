"""Figures enumerated country by country after a total: "About 250 New Zealand Defence Force (NZDF) personnel will
be serving on 11 operations overseas ... This includes 13 in Afghanistan, two in Bahrain, 28 in Egypt, 113 in Iraq
and seven as UN observers in Israel and Lebanon" (NZDF, real dev r8_014). The items name where the sender's people
are, not a mission: each is a row with no mission (the gold keeps the scope empty), the sender and personnel of the
group named before, the item's own noun when it has one ("seven as UN observers").

The same shape with a force or a mission is the mission enumeration's (``enumerations``: "600 to the force in
Cyprus, 15 to the force on the Iraq-Kuwait border, 15 in western Sahara", r3_031; "Four are serving in UNMISET
(East Timor), 113 in UNMIK (Kosovo)", r3_004), read first: these items are read only when that finds none. Three
items at least, all but the first without a noun of their own, joined by commas and "and".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract import personnel, status
from pipeline.extract.contrib.asof import _as_of
from pipeline.extract.contrib.common import VERSION, _clause_bounds
from pipeline.extract.contrib.rules import note
from pipeline.extract.types import Contribution, Quantity

# From a figure (or its own noun) to its place: "in Afghanistan", "are based in Iraq", "as UN observers in Israel".
_TO_PLACE = re.compile(
    r"\s+(?:as\s+(?P<as>(?:[A-Z][\w.]*\s+)?[a-z]+(?:\s+[a-z]+)?)\s+)?(?:(?:are|is)\s+)?"
    r"(?:(?:serving|based|deployed|stationed)\s+)?in\s+(?:the\s+)?")
_JOIN = re.compile(r"\s*(?:,\s*and|,|and)\s+")
_SEPARATOR = re.compile(r"\s*(?:,\s*and\b|,|\band\b|;|\.|$)\s*")
_MIN_ITEMS = 3
_STATUSES = frozenset({"serving", "deployed", "planned", "withdrawn"})


@dataclass(frozen=True)
class PlaceItem:
    q: Quantity
    ptype: str | None  # the item's own noun's type ("as UN observers"), else None
    end: int  # where the next item must start (-1: none may follow)

    @property
    def start(self) -> int:
        return self.q.start


def _place_item(sc, q: Quantity) -> PlaceItem | None:
    text = sc.text
    link = _TO_PLACE.match(text, q.end, sc.sent.end)
    if link is None:
        return None
    place = next((c for c in sc.countries if c.start == link.end() and c.kind == "name"), None)
    if place is None:
        return None
    end = place.end
    while (joined := _JOIN.match(text, end, sc.sent.end)) is not None and \
            (more := next((c for c in sc.countries if c.start == joined.end() and c.kind == "name"), None)) is not None \
            and not any(end <= f.start < more.start for f in sc.all_figures):
        end = more.end  # "in Israel and Lebanon": one item, two places
    ptype = None
    if link.group("as"):
        noun = personnel.PERSON_NOUN_RE.search(link.group("as"))
        if noun is None:
            return None
        ptype = personnel.person_noun_type(noun)
    sep = _SEPARATOR.match(text, end, sc.sent.end)
    return PlaceItem(q, ptype, sep.end() if sep is not None and sep.end() > end else -1)


def place_enumeration(sc) -> list[PlaceItem]:
    """The sentence's enumeration of figures by country (found once per sentence), or []."""
    from pipeline.extract.contrib.enumerations import _longest_run  # enumerations imports this module

    cached = getattr(sc, "_place_enumeration", None)
    if cached is not None:
        return cached
    best: list[PlaceItem] = _longest_run(sc, _place_item)
    # each item a bare figure: "13 in Afghanistan", not "13 soldiers in Afghanistan" (the sentence rules' own)
    if len(best) < _MIN_ITEMS or any(personnel.head_after(sc.text, i.q.end, max_tokens=2) for i in best):
        best = []
    sc._place_enumeration = best
    return best


def _rule_place_enumeration(sc, q: Quantity) -> Contribution | None:
    from pipeline.extract.contrib.enumerations import _sender  # the mission enumeration's senders, the same way

    items = place_enumeration(sc)
    item = next((i for i in items if i.q.start == q.start), None)
    if item is None:
        return None
    sender, sender_rule = _sender(sc, items)
    antecedent = sc.antecedent(items[0].q.start)
    if sender is None or antecedent is None:
        return None  # no group named before: no people to place
    ptype, type_rule = (item.ptype, "head") if item.ptype else (antecedent[0], "antecedent")
    clause = _clause_bounds(sc.sent, sc.breaks, items[0].q.start)
    st, cue = status.figure_status(sc.text[clause[0]:clause[1]], items[0].q.start - clause[0],
                                   items[0].q.end - clause[0])
    if st not in _STATUSES:
        st, cue = "serving", ""
    note("candidate", "place_enumeration", "place_enumeration", q.start)
    return Contribution(
        sentence=sc.sent, quantity=q, contributor_iso3=sender, mission_acronym=None, scope="unspecified",
        personnel_type=ptype, status=st, as_of=_as_of(sc, clause, q.start, q.end), mission_method="places",
        extractor=f"{VERSION}:place_enumeration+{sender_rule}+{type_rule}+status({cue or 'default'})+mission(places)",
    )
