"""Find mentions of peacekeeping missions in a document's text.

``MissionMatcher(catalog).find_mentions(text, published)`` returns every mention, sorted and non-overlapping,
with offsets into ``text`` and ``surface == text[start:end]``:

* ``acronym``: a known acronym or acronym variant as a whole word, case-sensitive (``MINUSMA``, ``UNEF II``,
  ``UNOSOM 2``, ``FINUL``); footnote digits glued to it are left out (``UNMISS5`` is UNMISS). An acronym shared
  by several missions (``UNOSOM``, ``EUFOR``) is the one whose host country the document names, else the one
  active at the publication date. Weak acronyms, also common abbreviations of something else (``MSS``, ``MFO``:
  ``WEAK_ACRONYMS``), count only when the document also names the mission or one of its host countries;
  ``NAMED_ONLY_ACRONYMS`` (``ADF``, ``ISF``...) only when it names the mission otherwise.
* ``name``: an official name, variant, former or French name, in any common wording: ``United Nations``,
  ``UN`` and ``U.N.`` are interchangeable (so are ``African Union``/``AU`` and ``European Union``/``EU``),
  ``the`` and ``Republic of`` (after in/for/to) are optional, case, accents, hyphens, ``-isation``/``-ization``
  and line breaks do not matter; the first word must be capitalised. A name followed by its acronym in
  parentheses gives two mentions (the name, then the acronym), and the acronym settles which mission an
  ambiguous name means.
* ``fuzzy``: an all-caps token of at least 5 letters, not a known acronym nor a stop-listed word or acronym of
  another body (NATO, UNHCR, UNTIL...), within one edit (optimal string alignment: a transposition is one edit)
  of exactly one mission's English acronym: ``ASISMA`` is AFISMA, score 1 - edits/length. Within one edit of
  several missions (``UNAMIB``: UNAMID, UNAMIR) it is kept as unresolved.
* ``description``: ``the UN force in Mali``, ``the U.N. peacekeeping mission in South Sudan``, ``UN
  peacekeepers in Lebanon``, ``the UN force seeking to contain Islamist militants in Mali`` (up to 8 words,
  no comma, between the head noun and ``in <place>``), ``the Mali mission``, and each place of a list after a
  plural head (``UN operations in Mali, South Sudan and the Central African Republic``). The place is a
  country or capital (``pipeline.extract.countries``) or a place named in a mission's name (Darfur, Abyei). The
  qualifier restricts the organisation (UN, AU, EU, ECOWAS, NATO, SADC; ``UN-backed`` any). The mission is, in
  order: one with that host that the document names explicitly (score 0.9); the best one hosted there at the
  publication date, a few months' tolerance included (``missions_hosted_in``, 0.7); the one that left most
  recently, within ten years (0.5). Generic names used as descriptions (``the UN mission in Haiti``, lowercase
  head; or a capitalised ``UN Mission in Haiti`` whose mission is not active at the publication date) are
  resolved the same way, falling back to the name's own mission.
* ``definite``: a description that the annotation guide counts as naming the mission (M1): it names the
  organisation (UN, AU, EU...) and a single host (``the UN force in Mali``, ``the United Nations' Force in
  Cyprus``, each place of ``United Nations operations in Cyprus, Cambodia...``), and only one such mission was
  active on the publication date itself (``MissionIndex.one_mission_then``). The others stay ``description``:
  no organisation (``peacekeeping operations in Haiti and Liberia``, ``the Mali mission``), two missions then
  (East Timor in October 1999), a mission not yet begun, or an undated document whose host had several.
* ``unresolved`` (acronym None, score 0): descriptions and names whose place or mission is unknown (``UN Mission
  in Atlantis``), ambiguous misspellings, unknown UN-style acronyms by ``mission``/``force`` or an unresolved one.
Not mentions: ``UN peacekeeping missions``, ``China's UN mission``, ``UN Security Council``, ``Mission accomplished``.
Speed: one combined regex (names a token trie; alternatives grouped by their literal first character) finds
every candidate in one pass, about 30 MB/s on text without missions (``python -m pipeline.extract.missions``).
An undated text dates its mentions itself (``mission_dates``); places the names do not give: ``mission_places``.
Descriptions are resolved by ``mission_descriptions`` (for the contribution and event rules too); the named rules
that read the words around a candidate are in ``mission_rules``, each with its real dev sentences.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from rapidfuzz import process
from rapidfuzz.distance import OSA

from pipeline.extract.mission_dates import YearsBefore, one_reading, when_for
from pipeline.extract.mission_descriptions import (
    LIST_OPENER_RE,
    SCORE_DESCRIPTION_DATE,
    SCORE_UNRESOLVED,
    list_places,
    place_after,
    resolve_all,
)
from pipeline.extract.mission_descriptions import Pending as _Pending
from pipeline.extract.mission_index import _ACRONYM_CACHE_SIZE, MissionIndex
from pipeline.extract.mission_names import (
    _ACRONYM_ALIAS_RE,
    _NAME_PLACE_RE,
    _PREPOSITIONS,
    _is_pseudo_acronym,
    _trie_alternatives,
    acronym_key,
    name_key,
)
from pipeline.extract.mission_rules import (
    FOREIGN_ALTERNATIVES,
    POSSESSIVE_DESCRIPTIONS,
    chain_of_command,
    closest_missions,
    defined_acronym,
    foreign_un_description,
    head_kinds,
    name_of_another,
    name_without_place,
    names_un_in_another_language,
    national_alternatives,
    national_operation,
    own_time,
    single_force,
)
from pipeline.extract.types import MissionMention, PartialDate
from pipeline.reference.catalog import MissionCatalog

# --- tunables, pinned by tests/test_mission_mentions.py ------------------------------------------------------
FUZZY_MIN_LENGTH = 5          # shorter all-caps tokens are never fuzzy-matched
FUZZY_MAX_DISTANCE = 1        # optimal string alignment distance
MAX_GAP_WORDS = 8             # words allowed between a description's head noun and "in <place>"

# Acronyms of bodies that are not missions, and capitalised words, that must never match a mission by fuzzy
# matching nor be kept as unresolved mission acronyms. Hand-kept because no library lists them.
STOP_ACRONYMS = frozenset("""
    NATO ASEAN ECOWAS ECCAS SADC IGAD OSCE OHCHR OCHA UNHCR UNICEF UNDP UNESCO UNSC UNGA UNODC UNOCHA UNFPA UNEP
    UNHRC UNOPS UNDSS UNITAR UNRWA UNOWAS UNOCA UNSOA UNOAU UNPOL UNITA UNIDO UNCTAD UNAIDS UNFCCC
    UNMEER UNSCOL UNSCO UNRCCA UNOG UNON UNOV UNHQ UNOSAT UNLB UNGSC UNSCR UNSG UNOHCI UNGCI UNFOR UNSCOB
    UNMOVIC UNSAS UNWOMEN UNFAO UNWFP UNOMA UNOWA USAID EUCAP EUNAVFOR ISIS ISIL AQIM MNLA MUJAO FARDC FDLR
    UNITED UNDER UNTIL UNFIT UNLIT UNMET UNION UNIT UNITS UNLESS UNIQUE UNKNOWN UNABLE UNFAIR UNREST FINAL
    MINUTE MINUTES MINOR MONEY
    MONTH MONTHS MONDAY MISSION MISSIONS FORCE FORCES
""".split())

# Mission acronyms that are also very common abbreviations in texts on defence and peacekeeping (ADF: the
# Australian Defence Force and the DRC's Allied Democratic Forces; ASF: the African Standby Force; ISF: Iraqi
# Security Forces; MNF: the Multi-National Force in Iraq and in Haiti; CMF: Australia's Citizen Military Forces
# and the Combined Maritime Forces; IMT, PMG, TMG, JCC: tribunals, officials and commissions): a host country
# is not enough, they count only when the document also names the mission otherwise.
NAMED_ONLY_ACRONYMS = frozenset({"ADF", "ASF", "CMF", "IMT", "ISF", "JCC", "MNF", "MNF-I", "PMG", "TMG"})

# Mission acronyms that are also common abbreviations of something else: kept only when the document also names
# the mission or one of its host countries (see MissionMatcher._drop_unsupported).
WEAK_ACRONYMS = frozenset({"MSS", "MIF", "MFO", "RSM", "AMIS", "MINUS", "MINUK", "MINUL",
                           "ALBA", "AMM", "BTT", "ICCS", "ICSC", "IMP", "OTN", "SFM"}) | NAMED_ONLY_ACRONYMS

_MONTHS_DAYS_CONTINENTS = frozenset("""
    January February March April May June July August September October November December Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday Africa Europe Asia America Americas Oceania
""".split())


_ACRONYM_TOKENS = tuple(
    rf"{c}(?<!\w.)[A-Z0-9]+(?:[ -](?:III|II|IV|I|[1-4])(?!\w))?(?!\w)" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_TRAILING_DIGITS_RE = re.compile(r"\d+$")
_GLUED_NUMERAL_RE = re.compile(r"([A-Z]{3,}?)(III|II|IV)$")
_UNRESOLVED_ACRONYM_RE = re.compile(r"^(?:UN|MINU|MONU|MISU|ONU)[A-Z]{2,}$")
_MISSION_WORD_AFTER_RE = re.compile(r"(?:'s)?\s+(?i:mission|force|operation|peace[\s-]?keepers)\b")
_OPEN_PAREN_GAP_RE = re.compile(r"\s*\(\s*$")
_AFTER_ACRONYM_RE = re.compile(r"\)?[ \t]+(?:in[ \t]+)?(?=[A-Z])")  # "EUTM Somalia", "(EUTM) Somalia"
_PAREN_ACRONYM_RE = re.compile(r"\s*\(\s*([A-Z][A-Za-z0-9 /-]{1,20}?)\s*\)")


# --- descriptions --------------------------------------------------------------------------------------------
# A hybrid of the UN and the AU ("the hybrid United Nations-African Union peacekeeping mission in Darfur", "the
# joint U.N.-African Union (AU) peacekeeping force"): UN-led, and the mission's name holds "African Union" (UNAMID).
_HYBRID = (r"(?:(?i:nited\s+nations)|\.N\.?|N)\s*[-\u2013/]\s*(?:(?i:african\s+union)|AU)(?:\s*\(AU\))?",
           r"(?:(?i:frican\s+union)|U)(?:\s*\(AU\))?\s*[-\u2013/]\s*(?:(?i:united\s+nations)|U\.N\.?|UN)")
# african_qualifier (mission_rules): "African" alone, not a region's ("South African", "Central African").
_AFRICAN = (r"A(?<!\w.)(?<!(?:South|North|Sahel) .)(?<!(?:Central|Western|Eastern) .)(?<!(?:West|East) .)"
            r"(?<!Southern .)(?<!Northern .)frican(?![\s-]+(?i:union|republic|led|countries|nations|states)\b)")
_QUALIFIERS = (
    rf"U(?<!\w.){_HYBRID[0]}", rf"A(?<!\w.){_HYBRID[1]}",
    r"U(?<!\w.)(?:(?i:nited\s+nations)|\.N\.?|N)", r"A(?<!\w.)(?:(?i:frican\s+union)|U|(?i:frican)[\s-]+(?i:led))",
    _AFRICAN,
    r"E(?<!\w.)(?:COWAS|(?i:uropean\s+union)|U)", r"N(?<!\w.)ATO", r"S(?<!\w.)ADC",
)
_BACKED = r"(?:['\u2019]s?)?(?:[\s-]+(?i:backed|led|mandated|authori[sz]ed|sanctioned|run))?"
_ADJECTIVE = (r"(?i:peace[\s-]?keeping|peace|stabili[sz]ation|multidimensional|integrated|interim|observer"
              r"|observation|military|monitoring|verification|support|assistance|protection|emergency|security"
              r"|police|hybrid|transition(?:al)?|regional|multinational|joint|aid|intervention|international|armistice)")
# "UN Assignments in Mali" (r10_043, a headline), "his UN assignment in South Sudan" (r8_016): an organisation's
# assignment or deployment in a place is its mission there; so is its peacekeeping there (r10_048, r11_052).
_HEAD = (r"(?i:missions?|forces?|operations?|peace[\s-]?keepers?|troops|blue\s+helmets|observers|monitors|contingents?"
         r"|assignments?|deployments?|peace[\s-]?keeping)")
_DESCRIPTIONS = (
    *(rf"{q}{_BACKED}(?:\s+{_ADJECTIVE}){{0,3}}\s+{_HEAD}(?!\w)" for q in _QUALIFIERS),
    *(rf"{p}(?=eace)(?<!\w.)eace[\s-]?keeping\s+(?i:missions?|forces?|operations?)(?!\w)" for p in "pP"),
    *(rf"{p}(?=eace)(?<!\w.)eace[\s-]?keepers?(?!\w)" for p in "pP"), *POSSESSIVE_DESCRIPTIONS,
)
_PLACE_MISSIONS = tuple(
    rf"{t}(?=he\s)(?<!\w.)he\s+(?!(?:UN|U\.N|United|African|AU|EU|European|ECOWAS|NATO|SADC|Security)\b)"
    r"[A-Z][a-z][\w'\u2019-]*(?:\s+[A-Z][a-z][\w'\u2019-]*){0,2}\s+(?:peace[\s-]?keeping\s+)?"
    r"(?:mission|force|operation)(?!\w)" for t in "Tt")
# "UN Lebanon Force" (a headline, r5_032): the UN, a place and a head noun, a definite description.
_ORG_PLACE_MISSIONS = tuple(
    rf"{q}\s+(?!(?:Security|General|Peace|Peacekeeping|Mission|Force|Operation|Special|Secretary)\b)"
    r"[A-Z][a-z][\w'\u2019-]*(?:\s+[A-Z][a-z][\w'\u2019-]*){0,2}\s+(?:(?i:peace[\s-]?keeping)\s+)?"
    r"(?:[Mm]ission|[Ff]orce|[Oo]peration)(?!\w)" for q in (r"U(?<!\w.)(?:\.N\.?|N)", r"U(?<!\w.)nited\s+Nations"))
_ORG_PREFIX_RE = re.compile(r"(?:U\.N\.?|UN|United\s+Nations)\s+")
_HEAD_AFTER_PLACE_RE = re.compile(r"\s+(?:(?i:peace[\s-]?keeping)\s+)?(?:[Mm]ission|[Ff]orce|[Oo]peration)$")
_PLACE_MISSION_PARTS_RE = re.compile(
    r"[Tt]he\s+(.+?)\s+(?:peace[\s-]?keeping\s+)?(?:mission|force|operation)$", re.S)
_HYBRID_RE = re.compile(rf"^(?:U{_HYBRID[0]}|A{_HYBRID[1]})")
_QUALIFIER_ORGS = (
    (_HYBRID_RE, frozenset({"UN"})),
    (re.compile(r"^(?:united\s+nations|U\.N\.?|UN)[\s-]+(?:backed|led|mandated|authori[sz]ed|sanctioned|run)",
                re.I), None),
    (re.compile(r"^(?:(?i:united\s+nations)|U\.N\.?|UN)(?!\w)"), frozenset({"UN"})),
    (re.compile(r"^(?:(?i:african\s+union)|AU)(?!\w)"), frozenset({"AU"})),
    (re.compile(r"^(?i:african)[\s-]+(?i:led)"), frozenset({"AU", "ECOWAS", "ECCAS"})),
    (re.compile(r"^African(?!\w)"), frozenset({"AU", "ECOWAS", "ECCAS"})),
    (re.compile(r"^ECOWAS"), frozenset({"ECOWAS"})),
    (re.compile(r"^(?:(?i:european\s+union)|EU)(?!\w)"), frozenset({"EU"})),
    (re.compile(r"^NATO"), frozenset({"NATO"})),
    (re.compile(r"^SADC"), frozenset({"SADC"})),
)
_PLURAL_HEAD_RE = re.compile(
    r"(?i:missions|forces|operations|peace[\s-]?keepers|troops|blue\s+helmets|observers|monitors|contingents)$")
_FORCE_HEAD_RE = re.compile(
    r"(?i:forces?|peace[\s-]?keepers?|troops|blue\s+helmets|observers|monitors|contingents?)$")
_HEAD_WORD_RE = re.compile(r"(?i:mission|force|operation)")
# A name that, after its organisation, is only lowercase generic words ("U.N. peace force"): ordinary words too.
_LOWERCASE_GENERIC_RE = re.compile(
    r"(?:U\.N\.?|UN|United\s+Nations|AU|African\s+Union|EU|European\s+Union)(?:\s+(?:peace|peace-?keeping|"
    r"force|forces|mission|missions|operation|operations|security|protection|military|observers?|group))+$")
_LIST_STOP_RE = re.compile(r"[.;:!?()\[\]\u201c\u201d\"]|\n\s*\n")
_TAIL_STOP_RE = re.compile(r"[.;:!?()\[\]\u201c\u201d\"]|,|\n\s*\n")
_PREP_RE = re.compile(r"(?<!\w)(?:in|to|for|at)\s+(?:the\s+)?")
_WORD_RE = re.compile(r"\S+")
_OPEN_LIST_RE = re.compile(r",?\s+(?:and|or)\s+(?:elsewhere|others|other\s+(?:countries|places|missions))\b")
_INNER_WORD_RE = re.compile(r"(?<=\s)[A-Z]")
_CAPITALISED_RE = re.compile(r"[A-Z][\w'\u2019-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'\u2019-]*){0,3}")


def _combined(alternatives: list[tuple[str, str]], skip: str | None = None) -> re.Pattern:
    """One flat alternation of the scanner's alternatives (each closed by an empty group ``k<i>`` naming its kind),
    those of kind ``skip`` left out. Alternatives sharing their first character are grouped behind it, so that at
    a candidate position the engine tries one group instead of checking every alternative's first character."""
    groups: dict[str, list[str]] = {}
    for i, (alternative, kind) in enumerate(alternatives):
        if kind != skip:
            groups.setdefault(alternative[0], []).append(f"{alternative[1:]}(?P<k{i}>)")
    return re.compile("|".join(f"{first}(?:{_word_start_once(rests)})" for first, rests in groups.items()))


_WORD_START_TEST = r"(?<!\w.)"  # after an alternative's first character: no word character before that one


def _word_start_once(rests: list[str]) -> str:
    """``a|b|...``, where a run of consecutive alternatives that each begin with ``_WORD_START_TEST`` tests it once,
    before their alternation: the same matches (a test of the position alone, then the same alternatives in the
    same order), but the engine no longer enters every alternative of a group to test it (a sixth less time)."""
    parts: list[str] = []
    run: list[str] = []
    for rest in [*rests, None]:
        if rest is not None and rest.startswith(_WORD_START_TEST):
            run.append(rest[len(_WORD_START_TEST):])
            continue
        if run:
            parts.append(f"{_WORD_START_TEST}(?:{'|'.join(run)})")
            run = []
        if rest is not None:
            parts.append(rest)
    return "|".join(parts)


class MissionMatcher(MissionIndex):
    """Finds mission mentions; build once per catalog (compiles everything), pickles for worker processes."""

    def __init__(self, catalog: MissionCatalog):
        super().__init__(catalog)
        self._generic_names = frozenset(k for k in self._names if self._is_generic(k))
        # Fuzzy targets: the English acronyms people misspell, not French ones (FINUL is one edit from FINAL) nor
        # the capitalised names of operations without an acronym (SERVAL is one edit from SERIAL).
        self._fuzzy_choices = tuple(sorted({
            acronym_key(a["alias"]) for a in catalog.aliases
            if a["alias_kind"] == "acronym" and _ACRONYM_ALIAS_RE.match(a["alias"]) and " " not in a["alias"]
            and len(a["alias"]) >= FUZZY_MIN_LENGTH and not _is_pseudo_acronym(self._missions[a["mission_acronym"]])
        }))
        # One flat alternation whose alternatives all start with a literal character (see _first_fragment);
        # an empty group closing each alternative tells its kind (name, desc, pm, acr) through lastgroup.
        alternatives = [(a, "name") for a in _trie_alternatives(sorted({*self._names, *self._without_place}))]
        self._descriptions = re.compile("|".join(_DESCRIPTIONS))  # name_without_place's fallback (mission_rules)
        alternatives += [(a, "desc") for a in _DESCRIPTIONS]
        alternatives += [(a, "pm") for a in _PLACE_MISSIONS]
        alternatives += [(a, "opm") for a in _ORG_PLACE_MISSIONS]
        alternatives += [(a, "acr") for a in _ACRONYM_TOKENS]
        alternatives += [(a, "nat") for a in national_alternatives(catalog.missions)]
        alternatives += [(a, "foreign") for a in FOREIGN_ALTERNATIVES]
        self._kinds = {f"k{i}": kind for i, (_, kind) in enumerate(alternatives)}
        self._alternatives = alternatives  # _master compiles them when a text first needs the foreign ones
        # Descriptions in other languages (foreign_un_description) begin with words English text is full of
        # ("mission", "force", "operation"): trying them made the scan of English text half as fast. None can
        # match without the UN's name in another language after it, so a text without one is scanned without
        # them (the same matches; the alternatives keep their group names).
        self._master_english = _combined(alternatives, skip="foreign")
        self._acronym_readings: dict[str, tuple] = {}  # see _acronym_reading

    @functools.cached_property
    def _master(self) -> re.Pattern:  # compiled on first use: 0.4 s a process, and English texts never need it
        return _combined(self._alternatives)

    @staticmethod
    def _is_generic(key: str) -> bool:
        """``<org> mission|force|operation in <place>``: a name that is also an ordinary description."""
        toks = key.split(" ")
        return (len(toks) >= 4 and toks[0] in ("<un>", "<au>", "<eu>", "ecowas", "sadc")
                and toks[1] in ("mission", "force", "operation") and toks[2] in _PREPOSITIONS)

    # --- the scan ----------------------------------------------------------------------------------------------
    def find_mentions(self, text: str, published: PartialDate | None) -> list[MissionMention]:
        """Every mission mention in ``text``, sorted by start, non-overlapping."""
        master = self._master if names_un_in_another_language(text) else self._master_english
        matches = list(master.finditer(text))
        if not matches:
            return []
        starts = [m.start() for m in matches]
        found: list[MissionMention | _Pending] = []
        years = YearsBefore(text) if published is None else None
        for i, m in enumerate(matches):
            limit = starts[i + 1] if i + 1 < len(starts) else len(text)
            kind = self._kinds[m.lastgroup]
            if kind == "name":
                found.extend(self._on_name(text, m, when_for(published, years, m.start()), years is None))
            elif kind == "acr":
                found.extend(self._on_acronym(text, m, when_for(published, years, m.start()), found))
            elif kind == "desc":
                found.extend(self._on_description(text, m, limit, when_for(published, years, m.start())))
            elif kind == "pm":
                found.extend(self._on_place_mission(text, m, published))
            elif kind == "foreign":
                found.extend(foreign_un_description(self, text, m))
            elif kind == "nat":
                found.extend(national_operation(self, text, m, when_for(published, years, m.start())))
            else:
                found.extend(self._on_org_place_mission(text, m))
        weak = [f for f in found if isinstance(f, MissionMention) and f.method == "acronym"
                and f.surface in WEAK_ACRONYMS]
        if weak:
            found = self._drop_unsupported(text, found, weak)
        shared = [f for f in found if isinstance(f, MissionMention) and f.method == "acronym"
                  and len(self._acronyms.get(acronym_key(f.surface), ())) > 1]
        if shared:
            found = self._pick_by_named_hosts(text, found, shared, published)
            found = one_reading(found, [f for f in found if f in shared]) if published is None else found
        explicit = {f.acronym for f in found
                    if isinstance(f, MissionMention) and f.acronym and f.method in ("acronym", "name", "fuzzy")}
        return resolve_all(self, text, found, explicit, published, years)

    def _pick_by_named_hosts(self, text: str, found: list, shared: list[MissionMention],
                             published: PartialDate | None) -> list:
        """An acronym shared by several missions (``EUFOR``, ``EUTM``) is the one among them most of whose host
        countries the document names ("replacing EUFOR" in a text on Chad is EUFOR Tchad/RCA, "EUTM (Mali)" EUTM
        Mali), then the one active at the date; when the named hosts do not narrow the choice, the date decides."""
        hosts = self._document_hosts(text)
        replaced: dict[int, MissionMention] = {}
        for f in shared:
            candidates = self._acronyms[acronym_key(f.surface)]
            # The host named right after it settles it: "the EU Training Mission (EUTM) Somalia" (r6_014).
            after = _AFTER_ACRONYM_RE.match(text, f.end)
            place = self._place_at(text, after.end()) if after else None
            own = [a for a in candidates if place and set(place[1]) & set(self._missions[a]["host_iso3"])]
            if len(own) == 1:
                replaced[id(f)] = MissionMention(own[0], f.start, f.end, f.surface, f.method, f.score)
                continue
            named = {a: len(hosts & set(self._missions[a]["host_iso3"])) for a in candidates}
            most = max(named.values())
            if not most and hosts and not set.intersection(*(set(self._missions[a]["host_iso3"]) for a in candidates)):
                # shared_acronym_elsewhere (mission_rules): none of its missions is where the document is.
                replaced[id(f)] = MissionMention(None, f.start, f.end, f.surface, "unresolved", SCORE_UNRESOLVED)
                continue
            narrowed = tuple(a for a in candidates if most and named[a] == most)
            if narrowed and len(narrowed) < len(candidates):
                replaced[id(f)] = MissionMention(self._pick(narrowed, published), f.start, f.end, f.surface,
                                                 f.method, f.score)
        return [replaced.get(id(f), f) for f in found]

    def _drop_unsupported(self, text: str, found: list, weak: list[MissionMention]) -> list:
        """Weak acronyms (``MSS`` is also China's Ministry of State Security) count only in a document that names
        the same mission otherwise or names one of its host countries or places; ``NAMED_ONLY_ACRONYMS`` only in
        one that names the same mission otherwise."""
        strong = {f.acronym for f in found if isinstance(f, MissionMention) and f.acronym
                  and f.method in ("acronym", "name") and f.surface not in WEAK_ACRONYMS}
        hosts = self._document_hosts(text)
        # weak_acronym_by_named_host (mission_rules): a named mission's hosts are named hosts too.
        hosts |= {h for a in strong for h in self._missions[a]["host_iso3"]}
        dropped = {id(f) for f in weak
                   if f.acronym not in strong and (f.surface in NAMED_ONLY_ACRONYMS
                                                   or not hosts & set(self._missions[f.acronym]["host_iso3"]))}
        return [f for f in found if id(f) not in dropped]

    def _on_name(self, text: str, m: re.Match, published: PartialDate | None, dated: bool = True) -> list:
        surface = m.group(0)
        key = name_key(surface)
        candidates = self._names.get(key)
        if candidates is None:  # a name cut before its place, or a key disagreeing with the regex (a defect)
            return name_without_place(self, text, m, published)
        p = _PAREN_ACRONYM_RE.match(text, m.end())
        acronyms = self._acronyms.get(acronym_key(p.group(1).strip()), ()) if p else ()
        both = tuple(a for a in acronyms if a in candidates)  # UNEF I and II share name and acronym
        if chain_of_command(text, m.start(), surface) or name_of_another(text, m.start(), acronyms, both):
            return []
        confirmed = self._pick(both, published) if both else None
        if confirmed:
            return [MissionMention(confirmed, m.start(), m.end(), surface, "name", 1.0)]
        if _LOWERCASE_GENERIC_RE.match(surface) and published is not None \
                and all(self._rank(a, published) is None for a in candidates):
            # "the U.N. peace force" in 2006 is UNIFIL in words, not UNPF (the United Nations Peace Forces of 1995)
            return []
        if key in self._generic_names:
            head_m = _HEAD_WORD_RE.search(surface)
            head = head_m.group(0) if head_m else ""
            lowercase = head[:1].islower()
            # undated_name_stays_name (mission_rules): an undated text's own years do not re-read a name.
            inactive = dated and published is not None and all(self._rank(a, published) is None for a in candidates)
            if lowercase or inactive:
                place_m = _NAME_PLACE_RE.search(surface)
                hosts: tuple[str, ...] = ()
                place_missions: tuple[str, ...] = ()
                if place_m:
                    pos = m.start() + place_m.start(1)
                    pos += len(re.match(r"(?:the\s+)?", text[pos:m.end()], re.I).group(0))
                    place = self._place_at(text, pos)
                    if place:
                        hosts, place_missions = place[1], place[2]
                orgs = self._orgs_of(surface)
                return [_Pending(m.start(), m.end(), orgs, False, hosts, place_missions, candidates,
                                 None if lowercase else head.casefold())]
        return [MissionMention(self._pick(candidates, published), m.start(), m.end(), surface, "name", 1.0)]

    def _on_acronym(self, text: str, m: re.Match, published: PartialDate | None, found: list) -> list:
        start = m.start()
        kind, token, acronym, score = self._acronym_reading(m.group(0))
        if kind is None or (kind == "fuzzy" and defined_acronym(text, start, token)):
            return []
        end = start + len(token)
        if kind == "acronym":
            return [MissionMention(self._pick(acronym, published), start, end, token, "acronym", 1.0)]
        if kind != "maybe":  # "fuzzy", or "unresolved": within one edit of several missions
            return [MissionMention(acronym, start, end, token, kind, score)]
        # An unknown UN-style acronym: a mention only next to "mission"/"force" or right after an unresolved one.
        after_mission_word = _MISSION_WORD_AFTER_RE.match(text, end) is not None
        prev = found[-1] if found else None
        after_unresolved = (isinstance(prev, (MissionMention, _Pending))
                            and (not isinstance(prev, MissionMention) or prev.acronym is None)
                            and _OPEN_PAREN_GAP_RE.search(text[prev.end:start]) is not None
                            and start - prev.end < 8)
        if after_mission_word or after_unresolved:
            return [MissionMention(None, start, end, token, "unresolved", SCORE_UNRESOLVED)]
        return []

    def _acronym_reading(self, surface: str) -> tuple:
        """What an acronym-shaped token means whatever its context, memoised per surface (the same tokens, "US",
        "UN", "MINUSMA", come back in every document, and a fuzzy lookup is costly):

        ``(None, ...)`` nothing; ``("acronym", token, candidates, 1.0)`` a known acronym (``token`` the part of
        the surface that is one, "UNMISS" of "UNMISS5"); ``("fuzzy", token, acronym, score)``; ``("unresolved",
        token, None, 0.0)`` within one edit of several missions; ``("maybe", token, None, 0.0)`` an unknown
        UN-style acronym, a mention only in some contexts (see ``_on_acronym``).
        """
        reading = self._acronym_readings.get(surface)
        if reading is None:
            reading = self._read_acronym(surface)
            if len(self._acronym_readings) >= _ACRONYM_CACHE_SIZE:
                self._acronym_readings.clear()
            self._acronym_readings[surface] = reading
        return reading

    def _read_acronym(self, surface: str) -> tuple:
        """:meth:`_acronym_reading`, computed."""
        candidates = self._acronyms.get(acronym_key(surface))
        if candidates is None and (" " in surface or "-" in surface):
            base = re.split(r"[ -]", surface)[0]
            candidates = self._acronyms.get(base)
            if candidates is not None:
                surface = base
        if candidates is None:
            stripped = _TRAILING_DIGITS_RE.sub("", surface)
            if stripped != surface and stripped in self._acronyms:
                candidates, surface = self._acronyms[stripped], stripped
        if candidates is None:
            # glued_numeral (mission_rules): "UNOSOMII" (r9_091) is UNOSOM II, when that numbered acronym exists.
            glued = _GLUED_NUMERAL_RE.match(surface)
            if glued and glued.group(1) in self._acronyms:
                candidates = self._acronyms.get(f"{glued.group(1)} {glued.group(2)}")
        if candidates is not None:
            return "acronym", surface, candidates, 1.0
        token = re.split(r"[ -]", surface)[0]
        if token in STOP_ACRONYMS or len(token) < 4:
            return None, token, None, 0.0
        if len(token) >= FUZZY_MIN_LENGTH and token.isalpha():
            hits = process.extract(token, self._fuzzy_choices, scorer=OSA.distance,
                                   score_cutoff=FUZZY_MAX_DISTANCE, limit=None)
            if hits:
                best = min(h[1] for h in hits)
                missions = closest_missions(token, [h[0] for h in hits if h[1] == best], self._acronyms)
                if len(missions) == 1:
                    return "fuzzy", token, missions[0], round(1 - best / max(len(token), 1), 4)
                return "unresolved", token, None, SCORE_UNRESOLVED
        if _UNRESOLVED_ACRONYM_RE.match(token):
            return "maybe", token, None, SCORE_UNRESOLVED
        return None, token, None, 0.0

    @staticmethod
    def _orgs_of(surface: str) -> frozenset[str] | None:
        for pattern, orgs in _QUALIFIER_ORGS:
            if pattern.match(surface):
                return orgs
        return None

    def _on_description(self, text: str, m: re.Match, limit: int, when: PartialDate | None) -> list:
        for w in _INNER_WORD_RE.finditer(text, m.start() + 1, m.end()):
            # "the UN mandated International Force in East Timor" (r3_029): a name inside the description is a name.
            inner = m.re.match(text, w.start())  # the scan that found m (without a foreign UN name, the two agree)
            if inner is not None and self._kinds[inner.lastgroup] == "name":
                return self._on_name(text, inner, when)
        out = self._on_description_places(text, m, limit)
        kinds, force = head_kinds(m.group(0)), single_force(m.group(0))
        if kinds is None and not force:
            return out
        return [dataclasses.replace(p, kinds=kinds, force=force) if isinstance(p, _Pending) else p for p in out]

    def _on_description_places(self, text: str, m: re.Match, limit: int) -> list:
        head_text = m.group(0)
        plural = bool(_PLURAL_HEAD_RE.search(head_text))
        forces_only = bool(_FORCE_HEAD_RE.search(head_text))
        orgs = self._orgs_of(head_text)
        name_word = "african union" if _HYBRID_RE.match(head_text) else None  # a hybrid is UNAMID, not any UN force
        stop = _TAIL_STOP_RE.search(text, m.end(), min(limit, m.end() + 400))
        if stop and plural and LIST_OPENER_RE.match(text, stop.start()):  # "operations, including 600 to the ..."
            stop = _LIST_STOP_RE.search(text, stop.end(), min(limit, m.end() + 400))
        tail_end = stop.start() if stop else min(limit, m.end() + 400)
        words_seen = 0
        pos = m.end()
        for prep in _PREP_RE.finditer(text, m.end(), tail_end):
            words_seen += len(_WORD_RE.findall(text, pos, prep.start()))
            if words_seen > MAX_GAP_WORDS:
                break
            pos = prep.end()
            place = place_after(self, text, pos)
            if place is not None:
                end, hosts, place_missions = place
                out = [_Pending(m.start(), end, orgs, forces_only, hosts, place_missions, head_word=name_word,
                                plural=plural)]
                # "UN missions in Mali and the Central African Republic": one more mention per listed place.
                list_stop = _LIST_STOP_RE.search(text, end, min(limit, end + 300))
                list_end = list_stop.start() if list_stop else min(limit, end + 300)
                for start, end, item_hosts, item_missions in (list_places(self, text, end, list_end) if plural else ()):
                    out.append(_Pending(start, end, orgs, forces_only, item_hosts, item_missions, head_word=name_word,
                                        plural=True))
                if len(out) > 1:
                    open_list = _OPEN_LIST_RE.match(text, end) is not None
                    out = [dataclasses.replace(p, list_start=m.start(), open_list=open_list) for p in out]
                return own_time(text, m.start(), pos, end, out)
            if words_seen == 0 and not plural and orgs is not None:
                cap = _CAPITALISED_RE.match(text, pos)
                if cap and cap.end() <= tail_end and cap.group(0).split()[0] not in _MONTHS_DAYS_CONTINENTS:
                    return [MissionMention(None, m.start(), cap.end(), text[m.start():cap.end()], "unresolved",
                                           SCORE_UNRESOLVED)]
            words_seen += 1  # the preposition itself
        return self._hybrid_alone(text, m) if name_word is not None and not plural else []

    def _hybrid_alone(self, text: str, m: re.Match) -> list:
        """A UN-AU hybrid with no place ("the joint African Union-United Nations peacekeeping force tasked with
        protecting civilians", r1_039): only one such mission ever existed (UNAMID)."""
        hybrids = [a for a, x in self._missions.items()
                   if x["organisation"] == "UN" and "african union" in x["name"].casefold()]
        return [MissionMention(hybrids[0], m.start(), m.end(), m.group(0), "definite", SCORE_DESCRIPTION_DATE)] \
            if len(hybrids) == 1 else []

    def _on_place_mission(self, text: str, m: re.Match, published: PartialDate | None) -> list:
        """``the Mali mission``: a place (country or mission place) before a lowercase head noun."""
        parts = _PLACE_MISSION_PARTS_RE.match(m.group(0))
        start = m.start() + parts.start(1)
        inner = m.re.match(text, start)
        if inner is not None and self._kinds[inner.lastgroup] == "name":  # "the Kosovo force" is KFOR's name
            return self._on_name(text, inner, published)
        place = self._place_at(text, start)
        if place is None or place[0] != m.start() + parts.end(1):
            return []
        forces_only = m.group(0).endswith("force")
        return [_Pending(start, m.end(), None, forces_only, place[1], place[2])]

    def _on_org_place_mission(self, text: str, m: re.Match) -> list:
        """``UN Lebanon Force``: the UN, a place (country or mission place) and a head noun."""
        start = m.start() + _ORG_PREFIX_RE.match(m.group(0)).end()
        place = self._place_at(text, start)
        if place is None or _HEAD_AFTER_PLACE_RE.match(text, place[0], m.end()) is None:
            return []
        forces_only = m.group(0)[-5:].lower() == "force"
        return [_Pending(m.start(), m.end(), frozenset({"UN"}), forces_only, place[1], place[2])]

def _benchmark(megabytes: int = 20) -> None:
    """Print the scan speed on generated text: news-like prose with and without mission mentions."""
    import time
    from pathlib import Path

    from pipeline.reference.catalog import build_mission_catalog

    root = Path(__file__).resolve().parents[2]
    matcher = MissionMatcher(build_mission_catalog(root / "sources" / "reference"))
    plain = ("The committee met on Tuesday to discuss the budget for the coming fiscal year. Officials said the "
             "proposal, which includes funding for roads, schools and hospitals, would be put to a vote in March. "
             "Critics of the United Nations and the African Union argued that the plan lacked detail. ")
    peacekeeping = ("China has offered more than 500 soldiers to the UN force seeking to contain Islamist militants "
                    "in Mali. The UN Multidimensional Integrated Stabilization Mission in Mali (MINUSMA) took over "
                    "from AFISMA on July 1; UNMISS, UNIFIL and the UN Mission in South Sudan also need troops. ")
    size = megabytes * 1_000_000
    when = PartialDate.parse("2013-07")
    for label, unit in (("no missions", plain), ("1 sentence in 20 with missions", plain * 19 + peacekeeping)):
        text = (unit * (size // len(unit) + 1))[:size]
        matcher.find_mentions(text[:10_000], when)  # warm up (lazy imports)
        t0 = time.perf_counter()
        n = len(matcher.find_mentions(text, when))
        dt = time.perf_counter() - t0
        print(f"{label}: {len(text) / 1e6:.0f} MB in {dt:.2f} s = {len(text) / 1e6 / dt:.1f} MB/s, {n} mentions")


if __name__ == "__main__":
    _benchmark()
