"""Catalogue facts for the mission stage (``scope.MISSION_RULES``): the mission personnel sent to a country join,
joint forces of their hosts, whether a mission was active then, the mission a story's mission became, and the
successor a plan goes to. Queries of the mission matcher's catalogue, cached per matcher; no rule lives here.
"""

from __future__ import annotations

import functools
from datetime import date, timedelta

from pipeline.extract import lexicon
from pipeline.extract.contrib.common import _PLANS
from pipeline.extract.missions import NAMED_ONLY_ACRONYMS
from pipeline.extract.types import PartialDate

# Statuses for which a mission must have begun by the figure's date ("arrived in Bamako" in January 2013 is
# AFISMA; MINUSMA came in July).
_STARTED_STATUSES = frozenset({"deployed", "serving", "withdrawn", "cumulative"})


# Mission kinds by how likely a contingent sent to the host country joins one (lower first).
_KIND_RANK = {kind: int(rank) for kind, rank in lexicon.labels("kind_rank").items()}


_SOON_BEFORE = timedelta(days=40)  # a plan dated to within this of a mission's start may be for it


@functools.lru_cache(maxsize=8)
def _mission_facts(matcher) -> dict[str, tuple[str, date | None, str | None]]:
    """acronym -> (kind, start date, lead nation) from the matcher's catalog, built once per matcher."""
    return {m["mission_acronym"]: (m["kind"], m["start_date"], m.get("lead_iso3"))
            for m in matcher.catalog.missions}


def _period_end(when: PartialDate) -> date:
    v = when.value
    if when.precision == "year":
        return date(v.year, 12, 31)
    if when.precision == "month":
        return date(v.year + (v.month == 12), v.month % 12 + 1, 1)
    return v


_POLICE_MISSIONS = lexicon.word_set("police_missions")


def _police_only(kind: str, acronym: str) -> bool:
    return kind == "police" or acronym.lower() in _POLICE_MISSIONS


@functools.lru_cache(maxsize=4096)
def _hosted_mission(matcher, iso3: str, when: PartialDate | None, st: str | None,
                    sender: str | None = None, military: bool = False) -> str | None:
    """The mission that personnel sent to a country join: the matcher's best mission hosted there at that date,
    preferring a force to a political mission, and one that had begun by then unless the figure is a plan.
    A nation's own operation there comes first: French troops in Mali in 2015 are Barkhane's, not MINUSMA's.
    Soldiers (``military``: any personnel but police) do not join a police-only mission: "UK now has 10,400 troops
    in Kosovo" (r3_040) and "sent their soldiers to Kosovo" (r5_022) are KFOR's, not UNMIK's; with no other
    mission there then, none."""
    facts = _mission_facts(matcher)
    # A coalition the documents must name (NAMED_ONLY_ACRONYMS: MNF-I, ISF...) is by its host alone only its lead's
    # operation: "all 35 ADF personnel ... were withdrawn from Iraq" in 2009 (r2_019) have none in the gold.
    hosted = [a for a in matcher.missions_hosted_in(iso3, when)
              if a not in NAMED_ONLY_ACRONYMS or facts[a][2] == sender]
    if military:  # nor a political mission: "all 35 ADF personnel embedded in Coalition Headquarters were
        # withdrawn from Iraq" (r2_019) are not UNAMI's
        hosted = [a for a in hosted if not _police_only(facts[a][0], a) and facts[a][0] != "political"]
    if not hosted:
        return None
    if sender is not None and when is not None:
        own = [a for a in hosted if facts[a][2] == sender]
        if own:
            return own[0]
        # A joint force of its host countries (the G5 Sahel force, the MNJTF) takes no one else's troops.
        hosted = [a for a in hosted if not (_is_joint_force(matcher, a) and sender not in matcher.host_countries(a))]
        if not hosted:
            return None
    if st in _STARTED_STATUSES and when is not None:
        end = _period_end(when)
        begun = [a for a in hosted if facts[a][1] is None or facts[a][1] <= end]
        hosted = begun or hosted
    # Personnel join a peace operation before a national or training operation, and either before a political
    # mission; the matcher's order is kept within each rank.
    return min(hosted, key=lambda a: _KIND_RANK.get(facts[a][0], 1))


@functools.lru_cache(maxsize=1024)
def _is_joint_force(matcher, acronym: str) -> bool:
    """A force that its host countries make up together: not led by one nation or an organisation of the
    vocabulary, military, with three or more hosts (FC-G5S, MNJTF)."""
    mission = matcher.mission(acronym)
    return mission is not None and (mission["organisation"] == "other" and mission["kind"] == "military"
                                    and not mission.get("lead_iso3") and len(mission["host_iso3"]) >= 3)


@functools.lru_cache(maxsize=4096)
def _active_then(matcher, acronym: str, when: PartialDate | None) -> bool:
    """Whether a mission was active at ``when`` (within the matcher's tolerances); True without a matcher or date."""
    if matcher is None or when is None:
        return True
    return any(acronym in matcher.missions_hosted_in(h, when) for h in matcher.host_countries(acronym))


@functools.lru_cache(maxsize=4096)
def _current_mission(matcher, acronym: str, when: PartialDate, st: str) -> str:
    """The story's mission at a figure's date: one that had ended by then ("AMISOM" in a story of 2023) gives way
    to the mission its host has then (ATMIS)."""
    hosts = matcher.host_countries(acronym)
    hosted = [a for h in hosts for a in matcher.missions_hosted_in(h, when)]
    if not hosted or acronym in hosted:
        return acronym
    successor = _hosted_mission(matcher, hosts[0], when, st)
    # Personnel do not join a political mission: without a force there then, the story's mission stays.
    if successor is None or _KIND_RANK.get(_mission_facts(matcher)[successor][0], 1) > 1:
        return acronym
    return successor


def _named_successor(sc, acronym: str, host: str, when: PartialDate | None, st: str) -> str:
    """A plan for a host country goes to the mission the document names that starts there soon after the
    figure's date ("will deploy to Somalia next month" in December 2024, in a story on AUSSOM), rather than to
    the one ending then."""
    if st not in _PLANS or sc.matcher is None or when is None:
        return acronym
    facts = _mission_facts(sc.matcher)  # acronym -> (kind, start date, lead nation)
    start = facts[acronym][1]
    if start is None:
        return acronym
    soon = _period_end(when) - _SOON_BEFORE
    for other in sc.matcher.missions_hosted_in(host, when):
        other_start = facts[other][1]
        if other != acronym and other in sc.focus.document_missions and other_start is not None and \
                other_start > max(start, soon):
            return other
    return acronym


def _current(sc, acronym: str, when: PartialDate | None, st: str) -> str:
    if sc.matcher is None or when is None:
        return acronym
    return _current_mission(sc.matcher, acronym, when, st)

