"""The mission catalog as the extraction reads it: missions by acronym and host, aliases by key, the places that
mission names use, and which mission a host had at a date (``missions_hosted_in``, ranked).

``MissionIndex`` holds what the mention scanner (``pipeline.extract.missions.MissionMatcher``, its subclass) and
the contribution and event rules ask of the catalog, so that one mission resolution serves all the tables.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from pipeline.extract.mission_names import (
    _ACRONYM_ALIAS_RE,
    _NAME_PLACE_RE,
    _PLACE_SPLIT_RE,
    _place_fragment,
    acronym_key,
    name_key,
    names_without_place,
)
from pipeline.extract.mission_places import check_known, load_mission_places
from pipeline.extract.types import PartialDate
from pipeline.reference.catalog import MissionCatalog

START_TOLERANCE = timedelta(days=183)  # a force "to be deployed": up to ~6 months before its start
END_TOLERANCE = timedelta(days=92)     # documents still speak of a force for a few weeks after it closed
RECENT_PAST = timedelta(days=10 * 366)  # how far back "the UN force in Mali" may still mean a closed mission
REGIONAL_HOSTS = 3  # a mission across this many host countries or more is a regional one (own_mission_before_regional)
_ACRONYM_CACHE_SIZE = 50_000  # acronym-shaped tokens whose reading is remembered (emptied when full)


def _period(when: PartialDate) -> tuple[date, date]:
    start = when.value
    if when.precision == "year":
        return start, date(start.year, 12, 31)
    if when.precision == "month":
        nxt = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
        return start, nxt - timedelta(days=1)
    return start, start


def _mission_end(mission: dict) -> date | None:
    end, precision = mission["end_date"], mission["end_precision"]
    if end is None:
        return None
    return _period(PartialDate(end, precision or "day"))[1]


_FRENCH_PLACE_RE = re.compile(r"\s(?:au|aux|en|à)\s+(?:l['’])?(.+)$")
_COUNTRIES: list = []


def _countries_module():
    """The country finder ``pipeline.extract.countries`` (imported once, lazily: it compiles a large regex), or
    None when it is not installed, in which case only the places named in mission names are known."""
    if not _COUNTRIES:
        try:
            from pipeline.extract import countries
        except ImportError:
            countries = None
        _COUNTRIES.append(countries)
    return _COUNTRIES[0]

class MissionIndex:
    """Catalog views and the ranking of missions at a date; built once per catalog, pickles for worker processes."""

    def __init__(self, catalog: MissionCatalog):
        self.catalog = catalog
        self._missions: dict[str, dict] = {m["mission_acronym"]: m for m in catalog.missions}
        # Acronym -> leading organisation ("UN", "AU"...): a mission that acts acts for it (the events' actor).
        self.organisations: dict[str, str] = {m["mission_acronym"]: m["organisation"] for m in catalog.missions}
        # Acronym -> start date: an event long before a mission began is not that mission's (the event rules).
        self.starts: dict[str, date | None] = {m["mission_acronym"]: m["start_date"] for m in catalog.missions}
        # Host country -> its missions, in catalog order: a host's few missions, not all ~120, are ranked.
        self._by_host: dict[str, list[str]] = {}
        for acronym, mission in self._missions.items():
            for iso3 in dict.fromkeys(mission["host_iso3"]):
                self._by_host.setdefault(iso3, []).append(acronym)
        order = {m["mission_acronym"]: i for i, m in enumerate(catalog.missions)}
        acronyms: dict[str, list[str]] = {}
        names: dict[str, list[str]] = {}
        for alias in catalog.aliases:
            text, acronym = alias["alias"], alias["mission_acronym"]
            if _ACRONYM_ALIAS_RE.match(text):
                bucket, key = acronyms, acronym_key(text)
            else:
                bucket, key = names, name_key(text)
            if key and acronym not in bucket.setdefault(key, []):
                bucket[key].append(acronym)
        self._acronyms = {k: tuple(sorted(v, key=order.get)) for k, v in acronyms.items()}
        self._names = {k: tuple(sorted(v, key=order.get)) for k, v in names.items()}
        self._without_place = names_without_place(self._names)  # name_without_place (mission_rules)
        self._places, place_regex = self._build_places(catalog)
        self._place_re = re.compile(place_regex) if place_regex else None
        self._country_named: dict[str, bool] = {}
        # Memo of the question the contribution rules ask once per figure, over and again for the same few hosts
        # and dates; the catalog never changes after construction, so it holds.
        self._hosted: dict[tuple[str, PartialDate | None], tuple[str, ...]] = {}
        self._place_best: dict[tuple[str, PartialDate | None], str | None] = {}  # places_in's mission per place key

    def _build_places(self, catalog: MissionCatalog) -> tuple[dict[str, tuple[tuple[str, ...], tuple[str, ...]]], str]:
        """Places named in missions' English names (``in Darfur``): key -> (hosts, missions), and their regex.

        Hosts of a place are the hosts its missions share (all of them when they share none). This is not a
        country table: it only knows the places that mission names use, sub-national ones included.
        """
        places: dict[str, list[str]] = {}
        surfaces: dict[str, str] = {}
        for alias in catalog.aliases:
            if alias["alias_kind"] not in ("name", "variant", "former_name", "french"):
                continue
            # French names give the places in French ("au Liban", "à Chypre"): foreign_un_description.
            m = (_FRENCH_PLACE_RE if alias["alias_kind"] == "french" else _NAME_PLACE_RE).search(alias["alias"])
            if not m:
                continue
            mission = self._missions[alias["mission_acronym"]]
            whole = re.sub(r"^(?:the|The)\s+", "", m.group(1).strip())
            parts = [whole]
            if len(mission["host_iso3"]) > 1:
                parts += [re.sub(r"^(?:the|The)\s+", "", p) for p in _PLACE_SPLIT_RE.split(whole)]
            for part in list(parts):
                stripped = re.sub(r"^Republic of (?:the\s+)?", "", part)
                if stripped != part:
                    parts.append(stripped)
            for part in parts:
                if not part or not part[0].isupper():
                    continue
                key = name_key(part)
                surfaces.setdefault(key, part)
                if mission["mission_acronym"] not in places.setdefault(key, []):
                    places[key].append(mission["mission_acronym"])
        extra = load_mission_places()  # places the names do not give (mission_places)
        check_known(extra, self._missions)
        for place, acronyms in extra:
            key = name_key(place)
            surfaces.setdefault(key, place)
            places.setdefault(key, [])
            places[key] += [a for a in acronyms if a not in places[key]]
        out: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        for key, acronyms in places.items():
            host_sets = [self._missions[a]["host_iso3"] for a in acronyms]
            shared = [h for h in host_sets[0] if all(h in s for s in host_sets)]
            hosts = shared or list(dict.fromkeys(h for s in host_sets for h in s))
            out[key] = (tuple(hosts), tuple(sorted(acronyms)))
        regex = "|".join(
            _place_fragment(surfaces[k]) for k in sorted(out, key=lambda k: (-len(surfaces[k]), k)))
        return out, regex

    def mission(self, acronym: str) -> dict | None:
        """The catalog's row of a mission (None for unknown acronyms)."""
        return self._missions.get(acronym)

    def host_countries(self, acronym: str) -> tuple[str, ...]:
        """Host country codes of a mission (empty for unknown acronyms)."""
        mission = self._missions.get(acronym)
        return tuple(mission["host_iso3"]) if mission else ()

    def _name_is_country(self, acronym: str) -> bool:
        """True when the mission's name places it in one of its host countries (``in Mali``, not ``in Darfur``)."""
        if acronym not in self._country_named:
            countries = _countries_module()
            result = False
            if countries is not None:
                m = _NAME_PLACE_RE.search(self._missions[acronym]["name"])
                if m:
                    result = countries.country_iso3(m.group(1).strip()) in self._missions[acronym]["host_iso3"]
            self._country_named[acronym] = result
        return self._country_named[acronym]

    def _rank(self, acronym: str, when: PartialDate | None) -> tuple | None:
        """Sort key for a mission at a date (None when it is not active then, tolerances included)."""
        mission = self._missions[acronym]
        start, end = mission["start_date"], _mission_end(mission)
        if when is None:
            distance = 0 if end is None else 1
            recency = -(end or date.max).toordinal()
        else:
            w0, w1 = _period(when)
            if start is not None and w1 < start:
                if start - w1 > START_TOLERANCE:
                    return None
                distance = (start - w1).days
            elif end is not None and w0 > end:
                if w0 - end > END_TOLERANCE:
                    return None
                distance = (w0 - end).days
            else:
                distance = 0
            recency = 0
        # Political missions last: they have no troops, and callers ask "which force is in Mali". Among the
        # others, peace forces before training, naval or combat operations there at the same time (AMISOM before
        # EUTM Somalia and Atalanta).
        return (mission["kind"] == "political", mission["organisation"] != "UN",
                mission["kind"] != "peacekeeping", distance,
                not self._name_is_country(acronym), len(mission["host_iso3"]), recency,
                -(start or date.min).toordinal(), acronym)

    def missions_hosted_in(self, iso3: str, when: PartialDate | None) -> list[str]:
        """Missions in that country active at that date (up to ~6 months before their start), best first.

        Best: not political (they have no troops), UN-led, peacekeeping, closest dates, named after that country,
        fewest hosts, latest start.
        With ``when`` None: all missions hosted there, those still active first.
        """
        memo = (iso3, when)
        hosted = self._hosted.get(memo)
        if hosted is None:
            ranked = [key for key in (self._rank(a, when) for a in self._by_host.get(iso3, ())) if key is not None]
            hosted = tuple(key[-1] for key in sorted(ranked))
            if len(self._hosted) >= _ACRONYM_CACHE_SIZE:
                self._hosted.clear()
            self._hosted[memo] = hosted
        return list(hosted)  # a new list each call: callers may change theirs

    def one_mission_then(self, pool: list[str], when: PartialDate | None) -> str | None:
        """The guide's test for a definite description (M1): among the missions of one host, organisation and kind
        (``pool``), the only one active on ``when`` itself (not merely within the tolerances: "the NATO force in
        Kosovo" in March 1999 is no mission yet); None when two overlap then (East Timor, October 1999: UNAMET
        and UNTAET), when none is active then, or when the date is unknown and the host had more than one."""
        pool = list(dict.fromkeys(pool))
        if when is None:
            return pool[0] if len(pool) == 1 else None
        on_the_date = [a for a in pool if (key := self._rank(a, when)) is not None and key[3] == 0]
        if len(on_the_date) > 1:
            on_the_date = self._own_before_regional(on_the_date)
        return on_the_date[0] if len(on_the_date) == 1 else None

    def _own_before_regional(self, missions: list[str]) -> list[str]:
        """Rule ``own_mission_before_regional`` (mission_rules): a host's own mission (its only host) is the one
        "the UN mission in <host>" names when the others then are regional ones across three or more countries:
        Lebanon in 2020 is UNIFIL, not UNTSO (five hosts) nor UNDOF (three): "UN missions in major conflict regions
        including India, Pakistan, Lebanon, South Sudan, and Western Sahara" (r11_049)."""
        own = [a for a in missions if len(self._missions[a]["host_iso3"]) == 1]
        regional = [a for a in missions if len(self._missions[a]["host_iso3"]) >= REGIONAL_HOSTS]
        return own if len(own) == 1 and len(own) + len(regional) == len(missions) else missions

    def _most_recently_closed(self, hosts: tuple[str, ...], when: PartialDate | None, allowed) -> str | None:
        """The mission with one of these hosts that closed last before ``when``, within ``RECENT_PAST``."""
        if when is None:
            return None
        w0 = _period(when)[0]
        best: tuple[date, str] | None = None
        for acronym, mission in self._missions.items():
            end = _mission_end(mission)
            if (end is None or end >= w0 or w0 - end > RECENT_PAST or not allowed(acronym)
                    or not set(hosts) & set(mission["host_iso3"])):
                continue
            if best is None or (end, acronym) > best:
                best = (end, acronym)
        return best[1] if best else None

    def _pick(self, candidates: tuple[str, ...], when: PartialDate | None) -> str:
        """One mission among several that share an alias: the best ranked at the date, else the first."""
        if len(candidates) == 1:
            return candidates[0]
        ranked = sorted(k for k in (self._rank(a, when) for a in candidates) if k is not None)
        return ranked[0][-1] if ranked else candidates[0]

    # --- places ------------------------------------------------------------------------------------------------
    def _place_at(self, text: str, pos: int) -> tuple[int, tuple[str, ...], tuple[str, ...]] | None:
        """A place starting exactly at ``pos``: (end, host codes, missions named after it) or None."""
        best: tuple[int, tuple[str, ...], tuple[str, ...]] | None = None
        if self._place_re is not None:
            m = self._place_re.match(text, pos)
            if m:
                hosts, missions = self._places[name_key(m.group(0))]
                best = (m.end(), hosts, missions)
        countries = _countries_module()
        if countries is not None:
            window = text[pos:pos + 80]
            for cm in countries.find_countries(window):
                if cm.start == 0 and cm.kind in ("name", "capital"):
                    end = pos + cm.end
                    if best is None or end > best[0]:
                        best = (end, (cm.iso3,), ())
                    elif end == best[0]:
                        best = (end, (cm.iso3,), best[2])
                    break
        return best

    def places_in(self, text: str, start: int, end: int,
                  when: PartialDate | None) -> list[tuple[int, int, str]]:
        """Places that mission names use, inside ``text[start:end]``, with the mission active there at ``when``:
        [(start, end, acronym)]. "Darfur" is UNAMID's place in 2015; a place none of whose missions was active
        then gives nothing. Country names are places too ("Mali"): callers that read countries otherwise skip
        the spans they already know."""
        if self._place_re is None:
            return []
        out = []
        for m in self._place_re.finditer(text, start, end):
            if m.start() and text[m.start() - 1].isalnum():
                continue  # inside a word (the fragment itself ends at a word boundary)
            best = self._best_at_place(name_key(m.group(0)), when)
            if best is not None:
                out.append((m.start(), m.end(), best))
        return out

    def _best_at_place(self, key: str, when: PartialDate | None) -> str | None:
        """The best ranked of the missions named after the place ``key`` at ``when`` (None: none active), once."""
        memo = (key, when)
        if memo not in self._place_best:
            ranked = sorted(k for k in (self._rank(a, when) for a in self._places[key][1]) if k is not None)
            if len(self._place_best) >= _ACRONYM_CACHE_SIZE:
                self._place_best.clear()
            self._place_best[memo] = ranked[0][-1] if ranked else None
        return self._place_best[memo]

    def _document_hosts(self, text: str) -> set[str]:
        """Host codes of the countries, capitals and mission places the document names anywhere."""
        hosts: set[str] = set()
        if self._place_re is not None:
            hosts.update(h for m in self._place_re.finditer(text) for h in self._places[name_key(m.group(0))][0])
        countries = _countries_module()
        if countries is not None:
            hosts.update(c.iso3 for c in countries.find_countries(text) if c.kind in ("name", "capital"))
        return hosts
