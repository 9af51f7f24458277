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
import re
from dataclasses import dataclass

from pipeline.extract.mission_dates import YearsBefore, when_for
from pipeline.extract.mission_index import MissionIndex, _countries_module
from pipeline.extract.types import MissionMention, PartialDate

SCORE_DESCRIPTION_EXPLICIT = 0.9   # description resolved by a mission the document names
SCORE_DESCRIPTION_DATE = 0.7       # description resolved by host country and date
SCORE_DESCRIPTION_PAST = 0.5       # no mission there at the date: the one that left most recently
SCORE_UNRESOLVED = 0.0
FORCE_KINDS = frozenset({"peacekeeping", "military", "police", "transitional_administration"})
MAX_ITEM_WORDS = 6  # words a list item may carry before its place ("15 to the force on", "and Polish observers were")

_LIST_NEXT_RE = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:in|on|along)\s+)?(?:the\s+)?")
_ITEM_PREP_RE = re.compile(r"(?<!\w)(?:in|on|to|along)\s+(?:the\s+)?")
_DIRECTION_RE = re.compile(
    r"(?:(?:north|south|east|west)(?:ern|[- ]?(?:east|west)(?:ern)?)?|central"
    r"|(?-i:[a-z]+-(?:torn|ridden|hit|stricken|wracked|ravaged|battered)))\s+", re.I)
_WORD_RE = re.compile(r"\S+")
_THEN_RE = re.compile(r"then\s+")  # "to the then Dutch East Indies in 1947" (r13_051): a place's former name
_SUBDIVISION_OF_RE = re.compile(
    r"\s+(?:province|region|state|district|county|area)\s+of\s+(?:the\s+)?(?:Republic\s+of\s+(?:the\s+)?)?")
# regions_including: "in the world's hot conflict zones including <places>" (r12_048), "in major conflict re-\ngions
# including <places>" (r11_049, a word broken at a line's end): the places follow the regions.
_REGIONS_INCLUDING_RE = re.compile(
    r"(?:[\w'\u2019-]+\s+){0,4}?(?:[A-Za-z]+-\s*\n\s*)?(?:regions|gions|zones|areas|countries|places|spots|theat(?:re|er)s"
    r"|parts\s+of\s+the\s+world),?\s+(?:including|such\s+as|notably)\s+(?:in\s+)?(?:the\s+)?")
# A plural head's list may open after a comma: "five United Nations peacekeeping operations, including 600 to ..."
LIST_OPENER_RE = re.compile(r",\s*(?:including|such\s+as|notably|namely|among\s+them)\s")


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
    force: bool = False             # a single "force": forces before observers (mission_rules.a_force_is_not_observers)
    history: bool = False           # "UN missions in the past, including in ...": read as undated (a_list_of_the_past)
    when: PartialDate | None = None  # "UN peacekeeping deployment to Indonesia in 1947" (description_own_year)
    years_ago: int = 0  # "40 years ago" (40), "more than 40 years ago" (-40): before the publication date
    started_by: int | None = None  # the year its mission began by, at the latest ("more than 40 years ago")


def resolve_all(index: MissionIndex, text: str, found: list, explicit: set[str],
                published: PartialDate | None, years: YearsBefore | None = None) -> list[MissionMention]:
    """The descriptions resolved, in order, overlaps dropped; in a dated text a list of places names its missions
    only when every place had one such mission on the date: "UN missions in East Timor, Liberia, Haiti" in 2015
    lists places of a history, not missions of the date (an undated one: ``undated_list_is_a_history``)."""
    out: list[MissionMention] = []
    last_end = -1
    lists: dict[int, list[int]] = {}  # list head -> indexes in ``out`` of its places
    histories = set()  # list heads of lists of the past (a_list_of_the_past): read as an undated text's lists
    for i, f in enumerate(found):
        if isinstance(f, Pending):
            list_start = f.list_start
            if f.history:
                histories.add(list_start)
            f = _resolve_dated(index, text, f, explicit, published, years)
            if f is None:
                continue
            f = _settled_by_acronym(text, f, found[i + 1] if i + 1 < len(found) else None)
            if list_start >= 0 and f.start >= last_end:
                lists.setdefault(list_start, []).append(len(out))
        if f.start >= last_end:
            out.append(f)
            last_end = f.end
    for indexes in (v for k, v in lists.items() if k not in histories) if published is not None else ():
        if any(out[i].method != "definite" for i in indexes):
            for i in indexes:
                if out[i].method == "definite":
                    out[i] = dataclasses.replace(out[i], method="description")
    return out


_OPEN_PAREN_RE = re.compile(r"\s*\(\s*$")


def _settled_by_acronym(text: str, f: MissionMention, after) -> MissionMention:
    """Rule ``acronym_settles_description`` (mission_rules): a description followed by a known acronym in
    parentheses is that acronym's mission: "UN Verification Mission in Angola (UNAVEM III) 1995–1997" (r12_045) is
    UNAVEM III, not MONUA, which followed it in Angola."""
    if (isinstance(after, MissionMention) and after.method == "acronym" and after.acronym and f.acronym
            and after.start - f.end < 8 and _OPEN_PAREN_RE.search(text, f.end, after.start)):
        return dataclasses.replace(f, acronym=after.acronym)
    return f


def _resolve_dated(index: MissionIndex, text: str, p: Pending, explicit: set[str],
                   published: PartialDate | None, years: YearsBefore | None) -> MissionMention | None:
    """undated_description_by_year (mission_rules): in an undated text, a host's only such mission ever, else the
    mission there at the year the text last wrote."""
    if p.years_ago and published is not None:  # description_own_year: "... more than 40 years ago"
        year = published.value.year - abs(p.years_ago)
        p = dataclasses.replace(p, **({"history": True, "started_by": year} if p.years_ago < 0
                                       else {"when": PartialDate.parse(str(year))}))
    if p.history or p.when is not None:
        return resolve_description(index, text, p, explicit, p.when)
    if published is not None or years is None or p.list_start >= 0:
        return resolve_description(index, text, p, explicit, published)
    ever = resolve_description(index, text, p, explicit, None)
    if ever is not None and ever.method == "definite":
        return ever
    return resolve_description(index, text, p, explicit, when_for(published, years, p.start))


def resolve_description(index: MissionIndex, text: str, p: Pending, explicit: set[str],
                        published: PartialDate | None) -> MissionMention | None:
    """A description's mission: one the document names with that host, else the best hosted there then."""
    surface = text[p.start:p.end]
    if bare_description(p.orgs, p.list_start >= 0, p.forces_only):
        return None

    def allowed(acronym: str) -> bool:
        mission = index._missions[acronym]
        if p.started_by is not None and (mission["start_date"] is None or mission["start_date"].year > p.started_by):
            return False
        if p.orgs is not None and mission["organisation"] not in p.orgs and not un_flagged_observers(mission, p.orgs):
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
    pool = _pool(index, p, published, allowed)
    if pool:
        only = index.one_mission_then(pool, published) if definite else None
        if only is not None and published is None and p.list_start >= 0 and len(p.hosts) == 1 and p.place_missions \
                and _country_place(text, p):
            # Undated, the guide asks whether the host ever had another such mission: a country in a mission's name
            # had its others too ("Angola": MONUA, and UNAVEM I-III before it, r5_050).
            host_pool = [a for iso3 in p.hosts for a in index.missions_hosted_in(iso3, None) if allowed(a)]
            only = only if index.one_mission_then(host_pool, None) == only else None
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



def un_flagged_observers(mission: dict, orgs: frozenset[str]) -> bool:
    """Rule ``un_flagged_observers`` (mission_rules): observers under the UN's flag that the UN does not lead (the
    United Nations Command Military Armistice Commission in Korea) are "UN" monitors or missions: "Six NZDF
    personnel are serving as United Nations armistice monitors in South Korea" (r8_014), "UN peacekeeping missions
    in Mali, South Korea and South Sudan" (r9_090). Not the Command itself, a combatant command."""
    return "UN" in orgs and mission["kind"] == "observer" and mission["name"].startswith("United Nations ")


def place_after(index: MissionIndex, text: str, pos: int) -> tuple[int, tuple[str, ...], tuple[str, ...]] | None:
    """A place at ``pos``, a compass direction or, rule ``war_torn_place`` (mission_rules), a compound adjective of
    strife before it allowed ("in southern Lebanon", "the UN mission in war-torn South Sudan", r8_014)."""
    place = index._place_at(text, pos)
    if place is None:
        d = _DIRECTION_RE.match(text, pos) or _THEN_RE.match(text, pos) or _REGIONS_INCLUDING_RE.match(text, pos)
        if d:
            place = index._place_at(text, d.end())
    return place


def list_places(index: MissionIndex, text: str, end: int, list_end: int) -> list[tuple[int, int, tuple, tuple]]:
    """The further places of a plural description's list, from ``end`` (the end of its first place) to
    ``list_end``: (start, end, hosts, missions named after it) each. Places follow one another after a comma or
    "and" ("UN missions in Mali, South Sudan and the Central African Republic"), or, rule ``list_items_with_words``
    (mission_rules), after a few words of their own ending "in|on|to <place>": "600 to the force in Cyprus, 15 to
    the force on the Iraq-Kuwait border, 15 in western Sahara" (r3_031), "Chad and Polish military observers
    were in Kuwait, Tajikistan, Georgia" (r5_050)."""
    out = []
    end = _subdivision_of(index, text, end)
    while True:
        sep = _LIST_NEXT_RE.match(text, end, list_end)
        nxt = index._place_at(text, sep.end()) if sep else None
        start = sep.end() if sep else -1
        if nxt is None:
            for prep in _ITEM_PREP_RE.finditer(text, end, list_end):
                if len(_WORD_RE.findall(text, end, prep.start())) > MAX_ITEM_WORDS:
                    break
                nxt, start = place_after(index, text, prep.end()), prep.end()
                if nxt is not None:
                    break
        if nxt is None or nxt[0] > list_end:
            return out
        out.append((start, nxt[0], nxt[1], nxt[2]))
        end = _subdivision_of(index, text, nxt[0])


def _subdivision_of(index: MissionIndex, text: str, end: int) -> int:
    """Rule ``subdivision_of``: a list item may say whose province or region it is ("Abyei province of the Republic
    of Sudan, Yemen, Western Sahara", r12_048): the item ends after that country, which is no item of its own."""
    m = _SUBDIVISION_OF_RE.match(text, end)
    place = index._place_at(text, m.end()) if m else None
    return place[0] if place is not None else end


def _pool(index: MissionIndex, p: Pending, published: PartialDate | None, allowed) -> list[str]:
    """The missions a description may mean at the date: those named after its place, else its host's; a single
    force's forces before observers (``a_force_is_not_observers``)."""
    pool = [a for a in p.place_missions if allowed(a) and index._rank(a, published) is not None]
    if not pool:
        pool = [a for iso3 in p.hosts for a in index.missions_hosted_in(iso3, published) if allowed(a)]
    if p.force:
        pool = [a for a in pool if index._missions[a]["kind"] in FORCE_KINDS] or pool
    return pool


def _country_place(text: str, p: Pending) -> bool:
    """True when the description ends with a country's name (not a region named in a mission's name: Darfur)."""
    countries = _countries_module()
    if countries is None:
        return False
    hits = [c for c in countries.find_countries(text[p.start:p.end]) if c.kind == "name"]
    return bool(hits) and p.start + hits[-1].end == p.end


def bare_description(orgs: frozenset[str] | None, in_list: bool, forces_only: bool) -> bool:
    """The guide's rule (M1) that a bare "peacekeeping operations in Haiti and Liberia", with no organisation, names
    no mission: one place for the mention scanner (``resolve_description``), the contribution rules and the event
    rules (``sentence_definite``)."""
    return orgs is None and in_list and not forces_only


# An organisation's force or mission referred to without its place ("the UN mission said", "UN peacekeepers",
# "the African Union force"): with a single host named in the same sentence, a definite description (M1).
# Joined with the host's own forces: "Joint United Nations and Côte d'Ivoire forces" (r1_010). Not the voice of a
# statement ("..., the UN mission said"): who speaks is not whose personnel they are.
_ORG_REFERENCE_RE = re.compile(
    r"(?<![\w.])(?P<org>UN|U\.N\.|United\s+Nations|AU|African\s+Union)(?:-led|-mandated)?"
    r"(?:\s+and\s+(?:[A-Z]|d['\u2019])[\w'\u2019-]*(?:\s+(?:[A-Z]|d['\u2019])[\w'\u2019-]*){0,2})?\s+"
    r"(?:(?i:peace[\s-]?keeping|stabili[sz]ation|military|hybrid|multinational)\s+)?"
    r"(?P<head>(?i:mission|forces?|operation|peace[\s-]?keepers|troops|blue\s+helmets))(?![\w-])"
    r"(?!\s+(?:said|says|told|reported|announced|stated)\b)")
_REFERENCE_ORGS = {"UN": "UN", "U.N.": "UN", "United Nations": "UN", "AU": "AU", "African Union": "AU"}


def sentence_definite(index: MissionIndex, text: str, start: int, end: int, countries, when: PartialDate | None,
                      skip: tuple[tuple[int, int], ...] = ()) -> str | None:
    """``definite_description`` (mission_rules) for the contribution and event rules: an organisation's force or
    mission in a sentence that names a single host country (by name or capital), resolved like "the <org> mission
    in <host>" at ``when`` ("Joint United Nations and Côte d'Ivoire forces today started patrolling ... Abidjan ...,
    the UN mission said", r1_010: UNOCI). None with no such reference outside ``skip`` (the spans of the
    sentence's mission mentions), with two hosts, or when two such missions were active then."""
    ref = next((m for m in _ORG_REFERENCE_RE.finditer(text, start, end)
                if not any(a <= m.start() < b for a, b in skip)), None)
    if ref is None:
        return None
    hosts = {c.iso3 for c in countries if start <= c.start < end and c.kind in ("name", "capital")}
    if len(hosts) != 1:
        return None
    org = _REFERENCE_ORGS.get(re.sub(r"\s+", " ", ref.group("org")))
    head = ref.group("head").lower()
    return definite_mission(index, frozenset({org}), tuple(hosts), when, force=head.startswith("force"),
                            forces_only=not head.startswith(("mission", "operation")))


def definite_mission(index: MissionIndex, orgs: frozenset[str] | None, hosts: tuple[str, ...],
                     when: PartialDate | None, *, force: bool = False, forces_only: bool = False) -> str | None:
    """The guide's definite description (M1) as a question for the contribution and event rules: the mission that
    "the <organisation> mission|force in <host>" names at ``when``, or None. None without an organisation ("a bare
    'peacekeeping operations in Haiti' names no mission"), with several hosts, or when two such missions were
    active then. ``force``: a single "force" (forces before observers); ``forces_only``: a head that counts
    people in uniform ("peacekeepers", "troops"), never a political mission's."""
    if orgs is None or len(set(hosts)) != 1:
        return None
    pending = Pending(0, 0, frozenset(orgs), forces_only, tuple(hosts), (), force=force)
    mention = resolve_description(index, "", pending, set(), when)
    return mention.acronym if mention is not None and mention.method == "definite" else None
