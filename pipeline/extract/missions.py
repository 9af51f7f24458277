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
* ``unresolved`` (acronym None, score 0): singular descriptions and names whose place or mission is unknown
  (``UN Mission in Atlantis``), ambiguous misspellings, and unknown UN-style acronyms next to ``mission`` /
  ``force`` or in parentheses after an unresolved mention.

Not mentions: plural or place-less phrases (``UN peacekeeping missions``, ``UN peacekeeping``, ``China's UN
mission``), ``UN Security Council``, ``the African Union``, ``Mission accomplished``.

Speed: one combined regex finds every candidate in one pass. Names are a token trie; every top-level
alternative starts with a literal character and alternatives are grouped by it, so the engine skips in C the
positions where nothing can start (about 30 MB/s on text without missions: ``python -m
pipeline.extract.missions`` prints the benchmark). The text is read again only around the rare descriptions.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from rapidfuzz import process
from rapidfuzz.distance import OSA

from pipeline.extract.types import MissionMention, PartialDate
from pipeline.reference.catalog import MissionCatalog

# --- tunables, pinned by tests/test_mission_mentions.py ------------------------------------------------------
FUZZY_MIN_LENGTH = 5          # shorter all-caps tokens are never fuzzy-matched
FUZZY_MAX_DISTANCE = 1        # optimal string alignment distance
START_TOLERANCE = timedelta(days=183)  # a force "to be deployed": up to ~6 months before its start
END_TOLERANCE = timedelta(days=92)     # documents still speak of a force for a few weeks after it closed
MAX_GAP_WORDS = 8             # words allowed between a description's head noun and "in <place>"
SCORE_DESCRIPTION_EXPLICIT = 0.9   # description resolved by a mission the document names
SCORE_DESCRIPTION_DATE = 0.7       # description resolved by host country and date
SCORE_DESCRIPTION_PAST = 0.5       # no mission there at the date: the one that left most recently
RECENT_PAST = timedelta(days=10 * 366)  # how far back "the UN force in Mali" may still mean a closed mission
SCORE_UNRESOLVED = 0.0
_ACRONYM_CACHE_SIZE = 50_000  # acronym-shaped tokens whose reading is remembered (emptied when full)

# Acronyms of bodies that are not missions, and capitalised words, that must never match a mission by fuzzy
# matching nor be kept as unresolved mission acronyms. Hand-kept because no library lists them.
STOP_ACRONYMS = frozenset("""
    NATO ASEAN ECOWAS ECCAS SADC IGAD OSCE OHCHR OCHA UNHCR UNICEF UNDP UNESCO UNSC UNGA UNODC UNOCHA UNFPA UNEP
    UNHRC UNOPS UNDSS UNMAS UNITAR UNRWA UNOWAS UNOCA UNSOA UNOAU UNPOL UNITA UNIDO UNCTAD UNAIDS UNFCCC
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
NAMED_ONLY_ACRONYMS = frozenset({"ADF", "ASF", "CMF", "IMT", "ISF", "JCC", "MNF", "PMG", "TMG"})

# Mission acronyms that are also common abbreviations of something else: kept only when the document also names
# the mission or one of its host countries (see MissionMatcher._drop_unsupported).
WEAK_ACRONYMS = frozenset({"MSS", "MIF", "MFO", "RSM", "AMIS", "MINUS", "MINUK", "MINUL",
                           "ALBA", "AMM", "BTT", "ICCS", "ICSC", "IMP", "OTN", "SFM"}) | NAMED_ONLY_ACRONYMS

_MONTHS_DAYS_CONTINENTS = frozenset("""
    January February March April May June July August September October November December Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday Africa Europe Asia America Americas Oceania
""".split())

# --- text normalisation shared by the regexes and the alias keys ---------------------------------------------
_ORG_ABBREV_RE = re.compile(r"(?<![A-Za-z])(U\.N\.?|UN|AU|EU)(?![A-Za-z])")
_ORG_EXPANSION = {"U.N.": " united nations ", "U.N": " united nations ", "UN": " united nations ",
                  "AU": " african union ", "EU": " european union "}
_KEY_TOKEN_RE = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*")
_MARKERS = {("united", "nations"): "<un>", ("african", "union"): "<au>", ("european", "union"): "<eu>",
            ("peace", "keeping"): "peacekeeping", ("peace", "keepers"): "peacekeepers",
            ("cease", "fire"): "ceasefire"}
_ROMAN = {"1": "i", "2": "ii", "3": "iii", "4": "iv"}
_PREPOSITIONS = frozenset({"in", "for", "to"})


def _fold(text: str) -> str:
    """Accents stripped, case folded, typographic apostrophes and ampersands normalised."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.casefold().replace("\u2019", "'").replace("&", " and ")


def name_key(text: str) -> str:
    """The normalised form under which a name is looked up; equal for all wordings a name regex accepts."""
    text = _ORG_ABBREV_RE.sub(lambda m: _ORG_EXPANSION[m.group(1)], text)
    tokens = _KEY_TOKEN_RE.findall(_fold(text))
    merged: list[str] = []
    i = 0
    while i < len(tokens):
        pair = tuple(tokens[i:i + 2])
        if pair in _MARKERS:
            merged.append(_MARKERS[pair])
            i += 2
            continue
        tok = tokens[i]
        if tok.endswith("isation"):
            tok = tok[:-7] + "ization"
        merged.append(_ROMAN.get(tok, tok))
        i += 1
    out: list[str] = []
    for tok in merged:
        if tok == "the":
            continue
        if tok == "of" and len(out) >= 2 and out[-1] == "republic" and out[-2] in _PREPOSITIONS:
            out.pop()
            continue
        out.append(tok)
    return " ".join(out)


_ACCENTS = {"a": "[aàáâäã]", "e": "[eéèêë]", "i": "[iíìîï]", "o": "[oóòôö]", "u": "[uúùûü]", "c": "[cç]",
            "n": "[nñ]", "'": "['\u2019]"}
_SEP = r"(?:\s*[-\u2013\u2014/]\s*|[\s,]+)"
_THE = r"(?:(?i:the)\s+)?"
_REPUBLIC_OF = r"(?:(?i:republic)\s+(?i:of)\s+" + _THE + r")?"
_SPECIAL_FRAGMENTS = {
    "<un>": r"(?:(?i:united\s+nations)|U\.N\.?|UN)",
    "<au>": r"(?:(?i:african\s+union)|AU)",
    "<eu>": r"(?:(?i:european\s+union)|EU)",
    "peacekeeping": r"(?i:peace[\s-]?keeping)",
    "peacekeepers": r"(?i:peace[\s-]?keepers)",
    "ceasefire": r"(?i:cease[\s-]?fire)",
    "and": r"(?:(?i:and)|&)",
    "i": r"(?:I|1)", "ii": r"(?:II|2)", "iii": r"(?:III|3)", "iv": r"(?:IV|4)",
}


def _fragment(token: str) -> str:
    """Regex for one key token, tolerant of case, accents and -isation/-ization."""
    if token in _SPECIAL_FRAGMENTS:
        return _SPECIAL_FRAGMENTS[token]
    suffix = ""
    if token.endswith("ization"):
        token, suffix = token[:-7], "i[sz]ation"
    body = "".join(_ACCENTS.get(c, re.escape(c)) for c in token)
    return f"(?i:{body}{suffix})"


def _first_fragment(token: str) -> str:
    """Regex for a name's first token: it must begin with a capital, written as a literal.

    Every top-level alternative of the combined regex starts with a literal character so that the regex engine
    can skip, in C, the positions where no mention can start (the "charset prefix" optimisation); the
    lookbehind placed after the first character then checks that it starts a word.
    """
    if token == "<un>":
        return r"U(?<!\w.)(?:(?i:nited\s+nations)|\.N\.?|N)"
    if token == "<au>":
        return r"A(?<!\w.)(?:(?i:frican\s+union)|U)"
    if token == "<eu>":
        return r"E(?<!\w.)(?:(?i:uropean\s+union)|U)"
    head = token[0].upper()
    rest = _fragment(token[1:]) if len(token) > 1 else ""
    if token in _SPECIAL_FRAGMENTS or not head.isalnum():
        return f"(?:{_fragment(token)})"
    return f"{re.escape(head)}(?<!\\w.){rest}"


def _trie_alternatives(keys: list[str]) -> list[str]:
    """Regexes matching any of the keys' wordings, one per first token, factored by common token prefixes."""
    end = object()
    root: dict = {}
    for key in keys:
        node = root
        for tok in key.split(" "):
            node = node.setdefault(tok, {})
        node[end] = True

    def emit(tok: str, child: dict, first: bool) -> str:
        frag = (_first_fragment(tok) if first else _fragment(tok)) + r"(?!\w)"
        sep = _SEP + (_THE + _REPUBLIC_OF if tok in _PREPOSITIONS else _THE)
        children = sorted((t for t in child if t is not end), key=lambda t: (-len(t), t))
        if not children:
            return frag
        inner = "|".join(emit(t, child[t], False) for t in children)
        if end in child:
            return f"{frag}(?:{sep}(?:{inner}))?"
        return f"{frag}{sep}(?:{inner})"

    return [emit(t, root[t], True) for t in sorted((t for t in root if t is not end), key=lambda t: (-len(t), t))]


# --- acronyms ------------------------------------------------------------------------------------------------
_ACRONYM_ALIAS_RE = re.compile(r"^([A-Z][A-Z0-9]+)(?:[ -]?(III|II|IV|I|[1-4]))?$")
_ACRONYM_TOKENS = tuple(
    rf"{c}(?<!\w.)[A-Z0-9]+(?:[ -](?:III|II|IV|I|[1-4])(?!\w))?(?!\w)" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_TRAILING_DIGITS_RE = re.compile(r"\d+$")
_UNRESOLVED_ACRONYM_RE = re.compile(r"^(?:UN|MINU|MONU|MISU|ONU)[A-Z]{2,}$")
_MISSION_WORD_AFTER_RE = re.compile(r"(?:'s)?\s+(?i:mission|force|operation|peace[\s-]?keepers)\b")
_OPEN_PAREN_GAP_RE = re.compile(r"\s*\(\s*$")
_PAREN_ACRONYM_RE = re.compile(r"\s*\(\s*([A-Z][A-Za-z0-9 /-]{1,20}?)\s*\)")


def acronym_key(text: str) -> str:
    """``UNEF 2``, ``UNEF-II``, ``UNEF II`` -> ``UNEF II``; other acronyms unchanged."""
    m = _ACRONYM_ALIAS_RE.match(text)
    if not m:
        return text
    base, numeral = m.group(1), m.group(2)
    if numeral is None:
        return base
    return f"{base} {_ROMAN.get(numeral, numeral).upper()}"


# --- descriptions --------------------------------------------------------------------------------------------
_QUALIFIERS = (
    r"U(?<!\w.)(?:(?i:nited\s+nations)|\.N\.?|N)", r"A(?<!\w.)(?:(?i:frican\s+union)|U|(?i:frican)[\s-]+(?i:led))",
    r"E(?<!\w.)(?:COWAS|(?i:uropean\s+union)|U)", r"N(?<!\w.)ATO", r"S(?<!\w.)ADC",
)
_BACKED = r"(?:['\u2019]s)?(?:[\s-]+(?i:backed|led|mandated|authori[sz]ed|sanctioned|run))?"
_ADJECTIVE = (r"(?i:peace[\s-]?keeping|peace|stabili[sz]ation|multidimensional|integrated|interim|observer"
              r"|observation|military|monitoring|verification|support|assistance|protection|emergency|security"
              r"|police|hybrid|transition(?:al)?|regional|multinational|joint)")
_HEAD = r"(?i:missions?|forces?|operations?|peace[\s-]?keepers?|troops|blue\s+helmets|observers|monitors|contingents?)"
_DESCRIPTIONS = (
    *(rf"{q}{_BACKED}(?:\s+{_ADJECTIVE}){{0,3}}\s+{_HEAD}(?!\w)" for q in _QUALIFIERS),
    *(rf"{p}(?=eace)(?<!\w.)eace[\s-]?keeping\s+(?i:missions?|forces?|operations?)(?!\w)" for p in "pP"),
    *(rf"{p}(?=eace)(?<!\w.)eace[\s-]?keepers?(?!\w)" for p in "pP"),
)
_PLACE_MISSIONS = tuple(
    rf"{t}(?=he\s)(?<!\w.)he\s+(?!(?:UN|U\.N|United|African|AU|EU|European|ECOWAS|NATO|SADC|Security)\b)"
    r"[A-Z][a-z][\w'\u2019-]*(?:\s+[A-Z][a-z][\w'\u2019-]*){0,2}\s+(?:peace[\s-]?keeping\s+)?"
    r"(?:mission|force|operation)(?!\w)" for t in "Tt")
_PLACE_MISSION_PARTS_RE = re.compile(
    r"[Tt]he\s+(.+?)\s+(?:peace[\s-]?keeping\s+)?(?:mission|force|operation)$", re.S)
_QUALIFIER_ORGS = (
    (re.compile(r"^(?:united\s+nations|U\.N\.?|UN)[\s-]+(?:backed|led|mandated|authori[sz]ed|sanctioned|run)",
                re.I), None),
    (re.compile(r"^(?:(?i:united\s+nations)|U\.N\.?|UN)(?!\w)"), frozenset({"UN"})),
    (re.compile(r"^(?:(?i:african\s+union)|AU)(?!\w)"), frozenset({"AU"})),
    (re.compile(r"^(?i:african)[\s-]+(?i:led)"), frozenset({"AU", "ECOWAS", "ECCAS"})),
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
_LIST_NEXT_RE = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
_LIST_STOP_RE = re.compile(r"[.;:!?()\[\]\u201c\u201d\"]|\n\s*\n")
_TAIL_STOP_RE = re.compile(r"[.;:!?()\[\]\u201c\u201d\"]|,|\n\s*\n")
_PREP_RE = re.compile(r"(?<!\w)(?:in|to|for|at)\s+(?:the\s+)?")
_DIRECTION_RE = re.compile(r"(?:(?:north|south|east|west)(?:ern|[- ]?(?:east|west)(?:ern)?)?|central)\s+", re.I)
_WORD_RE = re.compile(r"\S+")
_CAPITALISED_RE = re.compile(r"[A-Z][\w'\u2019-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'\u2019-]*){0,3}")
_PLACE_SPLIT_RE = re.compile(r",\s*|\s+and\s+")
_NAME_PLACE_RE = re.compile(r"\s(?:in|for|to)\s+(.+)$")


@dataclass(frozen=True, slots=True)
class _Pending:
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


class MissionMatcher:
    """Finds mission mentions; build once per catalog (compiles everything), pickles for worker processes."""

    def __init__(self, catalog: MissionCatalog):
        self.catalog = catalog
        self._missions: dict[str, dict] = {m["mission_acronym"]: m for m in catalog.missions}
        # Acronym -> leading organisation ("UN", "AU"...): a mission that acts acts for it (the events' actor).
        self.organisations: dict[str, str] = {m["mission_acronym"]: m["organisation"] for m in catalog.missions}
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
        self._generic_names = frozenset(k for k in self._names if self._is_generic(k))
        # Fuzzy targets: the English acronyms people misspell, not French ones (FINUL is one edit from FINAL) nor
        # the capitalised names of operations without an acronym (SERVAL is one edit from SERIAL).
        self._fuzzy_choices = tuple(sorted({
            acronym_key(a["alias"]) for a in catalog.aliases
            if a["alias_kind"] == "acronym" and _ACRONYM_ALIAS_RE.match(a["alias"]) and " " not in a["alias"]
            and len(a["alias"]) >= FUZZY_MIN_LENGTH and not _is_pseudo_acronym(self._missions[a["mission_acronym"]])
        }))
        self._places, place_regex = self._build_places(catalog)
        self._place_re = re.compile(place_regex) if place_regex else None
        # One flat alternation whose alternatives all start with a literal character (see _first_fragment);
        # an empty group closing each alternative tells its kind (name, desc, pm, acr) through lastgroup.
        alternatives = [(a, "name") for a in _trie_alternatives(sorted(self._names))]
        alternatives += [(a, "desc") for a in _DESCRIPTIONS]
        alternatives += [(a, "pm") for a in _PLACE_MISSIONS]
        alternatives += [(a, "acr") for a in _ACRONYM_TOKENS]
        self._kinds = {f"k{i}": kind for i, (_, kind) in enumerate(alternatives)}
        # Alternatives sharing their first character are grouped behind it, so that at a candidate position the
        # engine tries one group instead of checking every alternative's first character in turn.
        groups: dict[str, list[str]] = {}
        for i, (alternative, _) in enumerate(alternatives):
            groups.setdefault(alternative[0], []).append(f"{alternative[1:]}(?P<k{i}>)")
        self._master = re.compile("|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items()))
        self._country_named: dict[str, bool] = {}
        self._acronym_readings: dict[str, tuple] = {}  # see _acronym_reading
        # Memo of the question the contribution rules ask once per figure, over and again for the same few hosts
        # and dates; the catalog never changes after construction, so it holds.
        self._hosted: dict[tuple[str, PartialDate | None], tuple[str, ...]] = {}

    # --- catalog views ------------------------------------------------------------------------------------------
    @staticmethod
    def _is_generic(key: str) -> bool:
        """``<org> mission|force|operation in <place>``: a name that is also an ordinary description."""
        toks = key.split(" ")
        return (len(toks) >= 4 and toks[0] in ("<un>", "<au>", "<eu>", "ecowas", "sadc")
                and toks[1] in ("mission", "force", "operation") and toks[2] in _PREPOSITIONS)

    def _build_places(self, catalog: MissionCatalog) -> tuple[dict[str, tuple[tuple[str, ...], tuple[str, ...]]], str]:
        """Places named in missions' English names (``in Darfur``): key -> (hosts, missions), and their regex.

        Hosts of a place are the hosts its missions share (all of them when they share none). This is not a
        country table: it only knows the places that mission names use, sub-national ones included.
        """
        places: dict[str, list[str]] = {}
        surfaces: dict[str, str] = {}
        for alias in catalog.aliases:
            if alias["alias_kind"] not in ("name", "variant", "former_name"):
                continue
            m = _NAME_PLACE_RE.search(alias["alias"])
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
            missions = self._places[name_key(m.group(0))][1]
            ranked = sorted(k for k in (self._rank(a, when) for a in missions) if k is not None)
            if ranked:
                out.append((m.start(), m.end(), ranked[0][-1]))
        return out

    # --- the scan ----------------------------------------------------------------------------------------------
    def find_mentions(self, text: str, published: PartialDate | None) -> list[MissionMention]:
        """Every mission mention in ``text``, sorted by start, non-overlapping."""
        matches = list(self._master.finditer(text))
        if not matches:
            return []
        starts = [m.start() for m in matches]
        found: list[MissionMention | _Pending] = []
        for i, m in enumerate(matches):
            limit = starts[i + 1] if i + 1 < len(starts) else len(text)
            kind = self._kinds[m.lastgroup]
            if kind == "name":
                found.extend(self._on_name(text, m, published))
            elif kind == "acr":
                found.extend(self._on_acronym(text, m, published, found))
            elif kind == "desc":
                found.extend(self._on_description(text, m, limit))
            else:
                found.extend(self._on_place_mission(text, m, published))
        weak = [f for f in found if isinstance(f, MissionMention) and f.method == "acronym"
                and f.surface in WEAK_ACRONYMS]
        if weak:
            found = self._drop_unsupported(text, found, weak)
        shared = [f for f in found if isinstance(f, MissionMention) and f.method == "acronym"
                  and len(self._acronyms.get(acronym_key(f.surface), ())) > 1]
        if shared:
            found = self._pick_by_named_hosts(text, found, shared, published)
        explicit = {f.acronym for f in found
                    if isinstance(f, MissionMention) and f.acronym and f.method in ("acronym", "name", "fuzzy")}
        out: list[MissionMention] = []
        last_end = -1
        for f in found:
            if isinstance(f, _Pending):
                f = self._resolve(text, f, explicit, published)
                if f is None:
                    continue
            if f.start >= last_end:
                out.append(f)
                last_end = f.end
        return out

    def _document_hosts(self, text: str) -> set[str]:
        """Host codes of the countries, capitals and mission places the document names anywhere."""
        hosts: set[str] = set()
        if self._place_re is not None:
            hosts.update(h for m in self._place_re.finditer(text) for h in self._places[name_key(m.group(0))][0])
        countries = _countries_module()
        if countries is not None:
            hosts.update(c.iso3 for c in countries.find_countries(text) if c.kind in ("name", "capital"))
        return hosts

    def _pick_by_named_hosts(self, text: str, found: list, shared: list[MissionMention],
                             published: PartialDate | None) -> list:
        """An acronym shared by several missions (``EUFOR``, ``EUTM``) is the one among them most of whose host
        countries the document names ("replacing EUFOR" in a text on Chad is EUFOR Tchad/RCA, "EUTM (Mali)" EUTM
        Mali), then the one active at the date; when the named hosts do not narrow the choice, the date decides."""
        hosts = self._document_hosts(text)
        replaced: dict[int, MissionMention] = {}
        for f in shared:
            candidates = self._acronyms[acronym_key(f.surface)]
            named = {a: len(hosts & set(self._missions[a]["host_iso3"])) for a in candidates}
            most = max(named.values())
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
        dropped = {id(f) for f in weak
                   if f.acronym not in strong and (f.surface in NAMED_ONLY_ACRONYMS
                                                   or not hosts & set(self._missions[f.acronym]["host_iso3"]))}
        return [f for f in found if id(f) not in dropped]

    def _on_name(self, text: str, m: re.Match, published: PartialDate | None) -> list:
        surface = m.group(0)
        key = name_key(surface)
        candidates = self._names.get(key)
        if candidates is None:  # the regex and the key disagree: a defect, never silently mis-resolved
            return []
        confirmed = None
        p = _PAREN_ACRONYM_RE.match(text, m.end())
        if p:
            confirmed = self._acronyms.get(acronym_key(p.group(1).strip()))
            confirmed = next((a for a in (confirmed or ()) if a in candidates), None)
        if confirmed:
            return [MissionMention(confirmed, m.start(), m.end(), surface, "name", 1.0)]
        if key in self._generic_names:
            head_m = _HEAD_WORD_RE.search(surface)
            head = head_m.group(0) if head_m else ""
            lowercase = head[:1].islower()
            inactive = published is not None and all(self._rank(a, published) is None for a in candidates)
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
        if kind is None:
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
                missions = sorted({a for h in hits if h[1] == best for a in self._acronyms[h[0]]})
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

    def _on_description(self, text: str, m: re.Match, limit: int) -> list:
        head_text = m.group(0)
        plural = bool(_PLURAL_HEAD_RE.search(head_text))
        forces_only = bool(_FORCE_HEAD_RE.search(head_text))
        orgs = self._orgs_of(head_text)
        stop = _TAIL_STOP_RE.search(text, m.end(), min(limit, m.end() + 400))
        tail_end = stop.start() if stop else min(limit, m.end() + 400)
        words_seen = 0
        pos = m.end()
        for prep in _PREP_RE.finditer(text, m.end(), tail_end):
            words_seen += len(_WORD_RE.findall(text, pos, prep.start()))
            if words_seen > MAX_GAP_WORDS:
                break
            pos = prep.end()
            place = self._place_at(text, pos)
            if place is None:
                d = _DIRECTION_RE.match(text, pos)
                if d:
                    place = self._place_at(text, d.end())
            if place is not None:
                end, hosts, place_missions = place
                out = [_Pending(m.start(), end, orgs, forces_only, hosts, place_missions, plural=plural)]
                # "UN missions in Mali and the Central African Republic": one more mention per listed place.
                list_stop = _LIST_STOP_RE.search(text, end, min(limit, end + 300))
                list_end = list_stop.start() if list_stop else min(limit, end + 300)
                while plural and (sep := _LIST_NEXT_RE.match(text, end, list_end)):
                    nxt = self._place_at(text, sep.end())
                    if nxt is None or nxt[0] > list_end:
                        break
                    out.append(_Pending(sep.end(), nxt[0], orgs, forces_only, nxt[1], nxt[2], plural=True))
                    end = nxt[0]
                return out
            if words_seen == 0 and not plural and orgs is not None:
                cap = _CAPITALISED_RE.match(text, pos)
                if cap and cap.end() <= tail_end and cap.group(0).split()[0] not in _MONTHS_DAYS_CONTINENTS:
                    return [MissionMention(None, m.start(), cap.end(), text[m.start():cap.end()], "unresolved",
                                           SCORE_UNRESOLVED)]
            words_seen += 1  # the preposition itself
        return []

    def _on_place_mission(self, text: str, m: re.Match, published: PartialDate | None) -> list:
        """``the Mali mission``: a place (country or mission place) before a lowercase head noun."""
        parts = _PLACE_MISSION_PARTS_RE.match(m.group(0))
        start = m.start() + parts.start(1)
        inner = self._master.match(text, start)
        if inner is not None and self._kinds[inner.lastgroup] == "name":  # "the Kosovo force" is KFOR's name
            return self._on_name(text, inner, published)
        place = self._place_at(text, start)
        if place is None or place[0] != m.start() + parts.end(1):
            return []
        forces_only = m.group(0).endswith("force")
        return [_Pending(start, m.end(), None, forces_only, place[1], place[2])]

    def _resolve(self, text: str, p: _Pending, explicit: set[str],
                 published: PartialDate | None) -> MissionMention | None:
        """A description's mission: one the document names with that host, else the best hosted there then."""
        surface = text[p.start:p.end]

        def allowed(acronym: str) -> bool:
            mission = self._missions[acronym]
            if p.orgs is not None and mission["organisation"] not in p.orgs:
                return False
            if p.head_word is not None and p.head_word not in mission["name"].casefold():
                return False
            return not (p.forces_only and mission["kind"] == "political")

        hosts = set(p.hosts)
        named = [a for a in sorted(explicit) if allowed(a) and hosts & set(self._missions[a]["host_iso3"])]
        if p.place_missions:
            named = [a for a in named if a in p.place_missions] or named
        if named:
            return MissionMention(self._pick(tuple(named), published), p.start, p.end, surface, "description",
                                  SCORE_DESCRIPTION_EXPLICIT)
        pool = [a for a in p.place_missions if allowed(a) and self._rank(a, published) is not None]
        if not pool:
            pool = [a for iso3 in p.hosts for a in self.missions_hosted_in(iso3, published) if allowed(a)]
        if pool:
            best = sorted(dict.fromkeys(pool), key=lambda a: self._rank(a, published))[0]
            return MissionMention(best, p.start, p.end, surface, "description", SCORE_DESCRIPTION_DATE)
        past = self._most_recently_closed(p.hosts, published, allowed)
        if past is not None and not p.fallback:
            return MissionMention(past, p.start, p.end, surface, "description", SCORE_DESCRIPTION_PAST)
        if p.fallback:
            return MissionMention(self._pick(p.fallback, published), p.start, p.end, surface, "name", 1.0)
        if p.plural:
            return None
        return MissionMention(None, p.start, p.end, surface, "unresolved", SCORE_UNRESOLVED)


def _is_pseudo_acronym(mission: dict) -> bool:
    """``SERVAL`` for "Operation Serval": a name written in capitals, not an acronym."""
    return mission["name"].casefold().endswith(" " + mission["mission_acronym"].casefold())


def _place_fragment(place: str) -> str:
    """Regex for a place as written in a mission name: case-sensitive words, flexible spaces and accents."""
    words = re.split(r"[\s]+", place)
    parts = []
    for w in words:
        if w.lower() == "the":
            continue
        parts.append("".join(_ACCENTS.get(c, re.escape(c)) if c.islower() or c == "'" else re.escape(c)
                             for c in _fold_keep_case(w)))
    return r"(?:" + (_SEP + _THE).join(parts) + r")(?!\w)"


def _fold_keep_case(word: str) -> str:
    word = unicodedata.normalize("NFKD", word)
    return "".join(c for c in word if not unicodedata.combining(c)).replace("\u2019", "'")


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
