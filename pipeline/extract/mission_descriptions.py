"""Mission descriptions resolved to missions: "the UN force in Mali", "the African Union force in Somalia", each
place of "UN operations in Cyprus, Cambodia and the western Sahara".

The scanner (``pipeline.extract.missions.MissionMatcher``) finds a description's organisation, head noun and
places and leaves a :class:`Pending` one; once the whole document is read (the missions it names explicitly are
known), :func:`resolve_description` gives its mission with any :class:`~pipeline.extract.mission_index.MissionIndex`:
one of that host the document names explicitly (score 0.9); the best one hosted there at the date (0.7); the one
that left most recently, within ten years (0.5). Method ``definite`` when the description names the organisation
and a single host and only one such mission was active on the date itself (the guide's M1), else ``description``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from pipeline.extract.mission_dates import YearsBefore, when_for
from pipeline.extract.mission_index import MissionIndex
from pipeline.extract.types import MissionMention, PartialDate

SCORE_DESCRIPTION_EXPLICIT = 0.9   # description resolved by a mission the document names
SCORE_DESCRIPTION_DATE = 0.7       # description resolved by host country and date
SCORE_DESCRIPTION_PAST = 0.5       # no mission there at the date: the one that left most recently
SCORE_UNRESOLVED = 0.0


@dataclass(frozen=True, slots=True)
class Pending:
    """A description waiting for the document's explicit mentions before it is resolved."""

    start: int
    end: int
    orgs: frozenset[str] | None
    forces_only: bool
    hosts: tuple[str, ...]
    place_missions: tuple[str, ...]
    fallback: tuple[str, ...] = ()  # the name's own missions, for generic names re-read as descriptions
    head_word: str | None = None    # a capitalised generic name's head: the mission's name must contain it
    plural: bool = False            # "UN missions in ...": dropped, not kept as unresolved, when unresolved
    list_start: int = -1            # the start of the list's head when this is one place of a list of places
    open_list: bool = False         # the list ends "and elsewhere": places of a span of time, not of the date
    kinds: frozenset[str] | None = None  # the mission kinds the head allows (mission_rules.eu_operation_is_military)


def resolve_all(index: MissionIndex, text: str, found: list, explicit: set[str],
                published: PartialDate | None, years: YearsBefore | None = None) -> list[MissionMention]:
    """The descriptions resolved, in order, overlaps dropped; a list of places names its missions only when
    every place had one such mission on the date: "UN missions in East Timor, Liberia, Haiti" in 2015 lists
    places of a history, not missions of the date."""
    out: list[MissionMention] = []
    last_end = -1
    lists: dict[int, list[int]] = {}  # list head -> indexes in ``out`` of its places
    for f in found:
        if isinstance(f, Pending):
            list_start = f.list_start
            # undated_description_by_year (mission_rules): an undated text's descriptions at the year it last wrote.
            f = resolve_description(index, text, f, explicit, when_for(published, years, f.start))
            if f is None:
                continue
            if list_start >= 0 and f.start >= last_end:
                lists.setdefault(list_start, []).append(len(out))
        if f.start >= last_end:
            out.append(f)
            last_end = f.end
    for indexes in lists.values():
        if any(out[i].method != "definite" for i in indexes):
            for i in indexes:
                if out[i].method == "definite":
                    out[i] = dataclasses.replace(out[i], method="description")
    return out


def resolve_description(index: MissionIndex, text: str, p: Pending, explicit: set[str],
                        published: PartialDate | None) -> MissionMention | None:
    """A description's mission: one the document names with that host, else the best hosted there then."""
    surface = text[p.start:p.end]
    if p.orgs is None and p.list_start >= 0 and not p.forces_only:
        # The guide (M1): "peacekeeping operations in Haiti and Liberia", with no organisation, names no mission.
        return None

    def allowed(acronym: str) -> bool:
        mission = index._missions[acronym]
        if p.orgs is not None and mission["organisation"] not in p.orgs:
            return False
        if p.head_word is not None and p.head_word not in mission["name"].casefold():
            return False
        if p.kinds is not None and mission["kind"] not in p.kinds:
            return False
        return not (p.forces_only and mission["kind"] == "political")

    hosts = set(p.hosts)
    # The guide's definite description (M1): an organisation and a single host ("the UN force in Mali"; each
    # place of "UN operations in Cyprus, Cambodia and the western Sahara" too, not those of a bare list).
    definite = p.orgs is not None and not p.open_list and (len(hosts) == 1 or bool(p.place_missions))
    named = [a for a in sorted(explicit) if allowed(a) and hosts & set(index._missions[a]["host_iso3"])]
    if p.place_missions:
        # "UN forces in ... Abyei" in a story on UNMISS is UNISFA, the mission named after the place: another
        # named mission of the same host stands in only when none of the place's own fits ("the AU force in
        # Darfur" before UNAMID is AMIS).
        own = [a for a in p.place_missions if allowed(a) and index._rank(a, published) is not None]
        named = [a for a in named if a in p.place_missions] or ([] if own else named)
    if named:
        return MissionMention(index._pick(tuple(named), published), p.start, p.end, surface,
                              "definite" if definite else "description", SCORE_DESCRIPTION_EXPLICIT)
    pool = [a for a in p.place_missions if allowed(a) and index._rank(a, published) is not None]
    if not pool:
        pool = [a for iso3 in p.hosts for a in index.missions_hosted_in(iso3, published) if allowed(a)]
    if pool:
        only = index.one_mission_then(pool, published) if definite else None
        if only is not None:
            return MissionMention(only, p.start, p.end, surface, "definite", SCORE_DESCRIPTION_DATE)
        best = sorted(dict.fromkeys(pool), key=lambda a: index._rank(a, published))[0]
        return MissionMention(best, p.start, p.end, surface, "description", SCORE_DESCRIPTION_DATE)
    past = index._most_recently_closed(p.hosts, published, allowed)
    if past is not None and not p.fallback:
        return MissionMention(past, p.start, p.end, surface, "description", SCORE_DESCRIPTION_PAST)
    if p.fallback:
        return MissionMention(index._pick(p.fallback, published), p.start, p.end, surface, "name", 1.0)
    if p.plural:
        return None
    return MissionMention(None, p.start, p.end, surface, "unresolved", SCORE_UNRESOLVED)
