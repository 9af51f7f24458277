"""Country recognition: find every reference to a country in a text and resolve it to ISO 3166-1 alpha-3.

A reference is a name ("China", "the Democratic Republic of the Congo", "U.S."), a demonym or adjective
("Chinese", "Nepalese"), a capital or seat of government standing for its government ("Beijing", "the
Kremlin") or an armed force or service ("PLA", "Nepali Army", "Rwanda Defence Force").

Where the names come from:

* pycountry gives the ISO 3166-1 names (``name``, ``common_name``, ``official_name``) of every country;
* ``data/country_aliases.csv`` is a reviewed list of what pycountry does not know: short and former names,
  demonyms (pycountry has none), capitals, armed forces, and ``not_country`` phrases that hold a country
  word but name something else ("Latin America", "Indian Ocean", "Niger Delta");
* variants are generated here: diacritic-free spellings ("Cote d'Ivoire"), "St"/"St." for "Saint", "&" for
  "and", and plurals of demonyms ("Rwandans").

Kosovo is not in ISO 3166-1; it gets ``XKX``, the user-assigned code used by the UN and the World Bank.

Not references, and dropped: regional phrases listed as ``not_country``; a country word naming a newspaper,
airline or broadcaster ("China Daily", "Ethiopian Airlines"); a capital naming a treaty or institution
("Rome Statute", "Doha Document"); a demonym used as a language ("French-speaking", "in Arabic and French.").
UN contingent codes ("NEPBATT", "BANFPU") are armed forces of their country.

Matching is case-sensitive (lower-case "turkey", "china plates" or "chad" are not countries; all-caps
headlines are missed) and runs as one compiled regular expression built once at import. The alternation is
written as a character trie so that Python's backtracking engine never tries two alternatives sharing a
prefix: there is no maintained trie-regex library among our dependencies, and the builder is twenty lines.
At each trie node longer continuations are tried first, so the longest name wins ("South Sudan" over
"Sudan", "Nigeria" over "Niger", "Papua New Guinea" over "Guinea").
"""

from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path

import pycountry

from pipeline.extract.types import CountryMention

__all__ = ["KINDS", "find_countries", "country_iso3", "country_name"]

KINDS = ("name", "demonym", "capital", "armed_force")

# The reviewed alias file: columns surface, iso3, kind, note. Kinds are the four above plus
#   not_country  a phrase holding a country word that refers to no country ("Latin America", "Niger Delta",
#                "Indian Ocean"): matched so that the country word inside it is not; iso3 is empty;
#   unit_prefix  the country prefix of UN contingent codes ("BAN" in BANBAT, BANFPU), combined with
#                _UNIT_SUFFIXES into armed_force surfaces.
# Capitals left out as common words or ambiguous: Brussels (EU seat), Georgetown, Jerusalem (contested),
# Kingston, Male (English word; "Malé" is kept), Nassau, San José, Santiago, Sofia (a given name),
# St. George's, St. John's, Sucre, The Hague (ICC seat), Tripoli (also a city of Lebanon), Victoria, Yaren
# (no official capital). Capitals spelt like their country (Djibouti, Kuwait, Singapore...) are names.
ALIASES_PATH = Path(__file__).with_name("data") / "country_aliases.csv"
_NOT_COUNTRY = "not_country"
_UNIT_PREFIX = "unit_prefix"
_ALIAS_KINDS = frozenset(KINDS) | {_NOT_COUNTRY, _UNIT_PREFIX}

# Unit codes of national contingents in UN reports: battalion, formed police unit, engineer, medical,
# hospital, aviation and signals companies ("NEPBATT", "BANFPU", "PAKENGR").
_UNIT_SUFFIXES = ("BAT", "BATT", "FPU", "ENGR", "ENGCOY", "MEDCOY", "HOSP", "AVN", "SIGCOY")

# pycountry entries left out: "Jersey" is far more often "New Jersey" or a garment than the island.
_PYCOUNTRY_SKIP = frozenset({"JEY"})
# Generated spellings left out: "Reunion" without its accent is mostly the English word (title case).
_VARIANT_SKIP = frozenset({"Reunion"})

# Readable names where pycountry's name is a catalogue form ("Congo, The Democratic Republic of the") or a
# formal one ("Russian Federation"); every other code reads as pycountry's common_name or name.
_DISPLAY_OVERRIDES = {
    "BRN": "Brunei",
    "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo",
    "FLK": "Falkland Islands",
    "FSM": "Micronesia",
    "MAF": "Saint Martin",
    "PSE": "Palestine",
    "RUS": "Russia",
    "SHN": "Saint Helena",
    "SXM": "Sint Maarten",
    "VAT": "Holy See",
    "VGB": "British Virgin Islands",
    "VIR": "U.S. Virgin Islands",
    "XKX": "Kosovo",
}

# Bare "Congo" and "Congolese" name either Congo. News mostly mean the DRC, so that is the default; a
# document that names only the Republic of the Congo specifically ("Congo-Brazzaville", "Brazzaville")
# gets them read as COG instead.
_AMBIGUOUS_CONGO = frozenset({"Congo", "Congolese"})

# "<name or demonym> <service>" is an armed force or service: "Nepali Army", "Rwanda Defence Force",
# "Indian army", "Ghana Police Service". Matched case-insensitively after a case-sensitive country word.
_FORCE_SUFFIXES = (
    "Air Force", "Armed Force", "Armed Forces", "Army", "Coast Guard", "Defence Force", "Defence Forces",
    "Defense Force", "Defense Forces", "Gendarmerie", "Ground Force", "Ground Forces",
    "Ground Self-Defence Force", "Ground Self-Defense Force", "Marine Corps", "Marines", "Military Forces",
    "National Armed Forces", "National Army", "National Defence Force", "National Defence Forces",
    "National Defense Force", "National Defense Forces", "National Gendarmerie", "National Police", "Navy",
    "People's Defence Force", "People's Defence Forces", "People's Defense Force", "People's Defense Forces",
    "Police", "Police Force", "Police Service", "Self-Defence Forces", "Self-Defense Forces",
)

# A country word followed by one of these names a newspaper, broadcaster or airline ("China Daily", "Sudan
# Tribune", "Ethiopian Airlines"), or after "Voice of", "Bank of", "Gulf of" names no country actor.
_BLANK = r"[^\S\n]*+\n?+[^\S\n]*+"
_NOT_REFERENCE_AFTER = re.compile(
    _BLANK + r"(?:Airlines|Airways|Broadcasting|Daily|Express|Gazette|Herald|News[^\S\n]+Agency"
    r"|Post|Press[^\S\n]+Agency|Radio|Television|Times|Tribune|TV)(?![^\W\d_])"
)
# A demonym used as the name of a language: "French-speaking", "published in Chinese.", "in Arabic, French
# and Russian.". Only for these words, which are languages as well as demonyms ("Nepalese." is people).
_LANGUAGES = frozenset({
    "Albanian", "Armenian", "Azerbaijani", "Bosnian", "Bulgarian", "Burmese", "Chinese", "Croatian", "Czech",
    "Danish", "Dutch", "Estonian", "Filipino", "Finnish", "French", "Georgian", "German", "Greek", "Hungarian",
    "Icelandic", "Indonesian", "Irish", "Italian", "Japanese", "Kazakh", "Korean", "Kyrgyz", "Lao", "Latvian",
    "Lithuanian", "Luxembourgish", "Macedonian", "Malagasy", "Maltese", "Mongolian", "Nepali", "Norwegian",
    "Polish", "Portuguese", "Romanian", "Russian", "Serbian", "Slovak", "Slovenian", "Somali", "Spanish",
    "Swedish", "Tajik", "Thai", "Turkish", "Turkmen", "Ukrainian", "Uzbek", "Vietnamese", "Welsh",
})
# The rest of a coordinated list ("..., French, Russian and Spanish") followed by its end, not by a noun.
_LANGUAGE_AFTER = re.compile(
    r"(?:(?:[^\S\n]*,[^\S\n]*(?:(?:and|or)[^\S\n]+)?|[^\S\n]+(?:and|or)[^\S\n]+)[A-Z][a-z]+)*"
    r"[^\S\n]*(?:[.;:)]|$|,(?=[^\S\n]*[a-z]))"
)
_LANGUAGE_BEFORE = re.compile(r"(?:\bin|\band|\bor|,)[^\S\n]+$")
_ROYAL_BEFORE = re.compile(r"(?<![^\W\d_])Royal[^\S\n]+$")  # "Royal Thai Army", "Royal Moroccan Armed Forces"
_NOT_REFERENCE_BEFORE = re.compile(r"(?:Bank|Bay|Gulf|Lake|Sea|Strait|Times|Voice) of\s+$")
# A capital is not its government when it names a treaty, process or institution, or only locates something:
# "Rome Statute", "Doha Document", "Lomé Peace Agreement", "Stockholm International Peace Research
# Institute", "Treaty of Paris", "a Nairobi-based agency".
_CAPITAL_NOT_GOVERNMENT_AFTER = re.compile(
    _BLANK + r"(?:-based|Accords?|Agreements?|Airport|Charter|Club|Communiqu[eé]|Conference|Consensus"
    r"|Conventions?|Declaration|Document|Framework|Institute|International|Peace|Plan|Platform"
    r"|Principles|Process|Protocol|Round|Statute|Stock|Treaty|University)(?![^\W\d_])"
)
_CAPITAL_NOT_GOVERNMENT_BEFORE = re.compile(
    r"(?:Accords?|Agreement|Charter|Conference|Convention|Declaration|Peace|Protocol|Statute|Treaty"
    r"|University) (?:of|in) $"
)

_APOSTROPHES = "'’‘ʼ`"
_WHITESPACE_RUN = re.compile(r"\s+")
_NOT_LETTER_AFTER = r"(?![^\W\d_])"
# Inside a multi-word name a space may be any run of blanks holding at most one line break (PDF wrapping).
# Possessive quantifiers: a long run of PDF layout blanks is consumed once, never backtracked into.
_SPACE_ATOM = r"(?:[^\S\n]++\n?+|\n)[^\S\n]*+"
_HYPHENS = "-\u2010\u2011"  # hyphen-minus, hyphen, non-breaking hyphen
_FOLD_TABLE = str.maketrans({**{c: "'" for c in _APOSTROPHES}, **{c: "-" for c in _HYPHENS}})
_HYPHEN_ATOM = "[" + re.escape(_HYPHENS) + r"](?:\r?\n)?"
# "Cote d' Ivoire" (r14_010): a space may follow an apostrophe before a capital.
_APOSTROPHE_ATOM = "[" + re.escape(_APOSTROPHES) + "](?:[^\\S\\n](?=[A-Z]))?"
_APOSTROPHE_SPACE = re.compile(r"' (?=[A-Z])")


def _normalise(surface: str) -> str:
    """The lookup key of a surface: straight apostrophes, plain hyphens, single spaces, no break after a
    hyphen."""
    key = _WHITESPACE_RUN.sub(" ", surface.translate(_FOLD_TABLE)).strip()
    key = _APOSTROPHE_SPACE.sub("'", key) if "' " in key else key
    return key.replace("- ", "-") if "- " in key else key


def _ascii_fold(surface: str) -> str:
    """``surface`` without diacritics: "Côte d'Ivoire" -> "Cote d'Ivoire", "Türkiye" -> "Turkiye"."""
    decomposed = unicodedata.normalize("NFKD", surface)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _variants(surface: str, kind: str) -> list[str]:
    """Spellings people write for ``surface`` besides itself, in a fixed order."""
    out = [surface]
    folded = _ascii_fold(surface)
    if folded != surface:
        out.append(folded)
    for s in list(out):
        if s.startswith("Saint "):
            out += ["St " + s[6:], "St. " + s[6:]]
    if kind == "name":
        out += [s.replace(" and ", " & ") for s in out if " and " in s]
    return out


# Demonyms that are the same in the plural: Sotho, Tswana and Swazi collective forms, Kiribati, Vanuatu.
_INVARIANT_DEMONYMS = frozenset(
    {"Basotho", "Batswana", "Emaswati", "I-Kiribati", "Malagasy", "Mosotho", "Motswana", "Ni-Vanuatu", "Swiss"}
)


def _plural(demonym: str) -> str | None:
    """The plural noun of a demonym ("Rwandans", "Pakistanis", "Danes", "Frenchmen"), or None when it has
    none of its own ("Chinese", "Swiss", "British", "Dutch", "Icelandic", "Basotho")."""
    if demonym in _INVARIANT_DEMONYMS or demonym.endswith(("ese", "sh", "ch", "ic", "men", "s", "x", "y", "z")):
        return None
    if demonym.endswith(("chman", "shman", "woman")):  # not "German", "Oman"
        return demonym[:-3] + "men"
    return demonym + "s"


def _read_aliases(path: Path = ALIASES_PATH) -> list[tuple[str, str | None, str]]:
    """Rows ``(surface, iso3 or None, kind)`` of the reviewed alias file.

    Raises ``ValueError`` for an unknown kind, or a code missing on a country row or present on a
    not_country row.
    """
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    out = []
    for row in rows:
        surface, iso3, kind = row["surface"].strip(), row["iso3"].strip() or None, row["kind"].strip()
        if kind not in _ALIAS_KINDS:
            raise ValueError(f"{path.name}: unknown kind {kind!r} for {surface!r}")
        if (iso3 is None) != (kind == _NOT_COUNTRY):
            raise ValueError(f"{path.name}: {surface!r} ({kind}) must have an ISO3 code iff it is a country")
        out.append((surface, iso3, kind))
    return out


def _build_lexicon() -> dict[str, tuple[str | None, str]]:
    """Map every normalised surface to ``(iso3 or None, kind)``.

    Precedence, highest first: reviewed aliases, pycountry names, generated variants, generated plurals.
    Two reviewed aliases that disagree are a data error and raise ``ValueError``.
    """
    aliases = _alias_entries()
    lexicon: dict[str, tuple[str | None, str]] = {}
    for surface, iso3, kind in aliases:
        key = _normalise(surface)
        if key in lexicon and lexicon[key][0] != iso3:
            raise ValueError(f"alias {surface!r} is given as both {lexicon[key][0]} and {iso3}")
        lexicon.setdefault(key, (iso3, kind))
    entries = aliases + _pycountry_entries()
    for surface, iso3, kind in entries[len(aliases):]:
        lexicon.setdefault(_normalise(surface), (iso3, kind))
    for surface, iso3, kind in entries:
        for variant in _variants(surface, kind)[1:]:
            if variant not in _VARIANT_SKIP:
                lexicon.setdefault(_normalise(variant), (iso3, kind))
    for surface, iso3, kind in entries:
        # Plurals of demonyms, and of regional adjectives ("Latin Americans") so that they stay blocked.
        if kind == "demonym" or (kind == _NOT_COUNTRY and surface.endswith("an")):
            for variant in _variants(surface, kind):
                plural = _plural(variant)
                if plural:
                    lexicon.setdefault(_normalise(plural), (iso3, kind))
    return lexicon


def _alias_entries() -> list[tuple[str, str | None, str]]:
    """The reviewed aliases, a unit prefix ("Chinese" of "Chinese peacekeepers") spelled with each unit suffix."""
    aliases = []
    for surface, iso3, kind in _read_aliases():
        if kind == _UNIT_PREFIX:
            aliases += [(surface + suffix, iso3, "armed_force") for suffix in _UNIT_SUFFIXES]
        else:
            aliases.append((surface, iso3, kind))
    return aliases


def _pycountry_entries() -> list[tuple[str, str, str]]:
    """pycountry's name, common name and official name of each country, without a leading "the "."""
    entries = []
    for country in pycountry.countries:
        if country.alpha_3 in _PYCOUNTRY_SKIP:
            continue
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                value = value[4:] if value.startswith("the ") else value  # "the State of Eritrea"
                entries.append((value, country.alpha_3, "name"))
    return entries


def _atoms(surface: str) -> list[str]:
    """Regex pieces for each character of a normalised surface, tolerant of line breaks and apostrophes."""
    out = []
    for char in surface:
        if char == " ":
            out.append(_SPACE_ATOM)
        elif char == "-":
            out.append(_HYPHEN_ATOM)
        elif char == "'":
            out.append(_APOSTROPHE_ATOM)
        else:
            out.append(re.escape(char))
    return out


def _trie_regex(surfaces: list[str]) -> str:
    """One regex matching any of ``surfaces``, written as a trie; longer continuations are tried first."""
    root: dict = {}
    for surface in surfaces:
        node = root
        for atom in _atoms(surface):
            node = node.setdefault(atom, {})
        node[None] = True

    def render(node: dict) -> str:
        branches = [atom + render(child) for atom, child in sorted(
            ((a, c) for a, c in node.items() if a is not None), key=lambda item: item[0])]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if None in node else body

    return render(root)


def _build_pattern(lexicon: dict[str, tuple[str | None, str]]) -> re.Pattern[str]:
    core = _trie_regex(sorted(lexicon))
    forces = _trie_regex(sorted(_normalise(s) for s in _FORCE_SUFFIXES))
    # No lookbehind in front: a pattern that starts with the trie's literal branches lets the engine skip
    # to the next possible first letter in C; the letter-before check is done on the (rare) matches.
    return re.compile(f"(?P<core>{core})(?P<force>[^\\S\\n]++(?i:{forces}))?" + _NOT_LETTER_AFTER)


def _build_display_names() -> dict[str, str]:
    names = {c.alpha_3: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    names.update(_DISPLAY_OVERRIDES)
    return names


def _build_casefold_index(lexicon: dict[str, tuple[str | None, str]]) -> dict[str, str]:
    """Case-insensitive fallback for :func:`country_iso3`: every non-acronym country surface by casefold,
    keys claimed by two different countries left out."""
    index: dict[str, str | None] = {}
    for key, (iso3, _kind) in lexicon.items():
        if iso3 is None or key.isupper():
            continue
        folded = key.casefold()
        index[folded] = iso3 if index.get(folded, iso3) == iso3 else None
    return {k: v for k, v in index.items() if v is not None}


_LEXICON = _build_lexicon()
_PATTERN = _build_pattern(_LEXICON)
_DISPLAY_NAMES = _build_display_names()
_CASEFOLD_INDEX = _build_casefold_index(_LEXICON)
_CONGO_SPECIFIC = frozenset({"COD", "COG"})


def _lookup(surface: str) -> tuple[str | None, str] | None:
    entry = _LEXICON.get(surface)
    return entry if entry is not None else _LEXICON.get(_normalise(surface))


def _is_language(text: str, start: int, end: int) -> bool:
    """Whether the demonym at ``text[start:end]`` names a language: "French-speaking", "(in French)",
    "available in English, French and Spanish." (a language word after "in", "and", "or" or a comma in a
    list that ends without a noun: as adjectives, "Dutch, Swedish and Finnish staff", they qualify one)."""
    if text[start:end] not in _LANGUAGES:
        return False
    if text.startswith("-speaking", end):
        return True
    return bool(_LANGUAGE_AFTER.match(text, end)) and bool(_LANGUAGE_BEFORE.search(text, max(0, start - 6), start))


def _is_reference(text: str, start: int, end: int, kind: str) -> bool:
    """Whether the country word at ``text[start:end]`` refers to the country rather than to a newspaper,
    airline, treaty or place named after it."""
    if _NOT_REFERENCE_AFTER.match(text, end):
        return False
    after_of = start >= 4 and "of" in text[start - 4:start]  # cheap test before the regexes that need it
    if after_of and _NOT_REFERENCE_BEFORE.search(text, max(0, start - 12), start):
        return False
    if kind == "demonym" and _is_language(text, start, end):
        return False
    if kind == "capital":
        if _CAPITAL_NOT_GOVERNMENT_AFTER.match(text, end):
            return False
        if (after_of or "in" in text[max(0, start - 4):start]) and _CAPITAL_NOT_GOVERNMENT_BEFORE.search(
            text, max(0, start - 40), start
        ):
            return False
    return True


def find_countries(text: str) -> list[CountryMention]:
    """All country references in text, sorted by start, non-overlapping (longest match wins).

    ``CountryMention(iso3, start, end, surface, kind)`` with kind in "name" | "demonym" | "capital" |
    "armed_force"; offsets index ``text`` and ``surface == text[start:end]`` (a possessive "'s" or a glued
    footnote digit is not part of it). Bare "Congo"/"Congolese" resolve to COG when the text names only
    the Republic of the Congo specifically, to COD otherwise.
    """
    mentions: list[CountryMention] = []
    ambiguous: list[int] = []
    specific: set[str] = set()
    search, lexicon_get = _PATTERN.search, _LEXICON.get
    pos = 0
    while (match := search(text, pos)) is not None:
        start, end = match.span("core")
        if start and text[start - 1].isalpha():  # inside a word: "BUS", "USSR" handled by the trie
            pos = start + 1
            continue
        pos = match.end()
        core = match.group("core")
        entry = lexicon_get(core) or lexicon_get(_normalise(core))
        if entry is None or entry[0] is None:
            continue
        iso3, kind = entry
        if match.group("force") is not None and kind in ("name", "demonym"):
            kind, end = "armed_force", pos
            royal = _ROYAL_BEFORE.search(text, max(0, start - 12), start)
            if royal is not None:
                start = royal.start()
        elif not _is_reference(text, start, end, kind):
            continue
        if iso3 in _CONGO_SPECIFIC:
            if core in _AMBIGUOUS_CONGO:
                ambiguous.append(len(mentions))
            else:
                specific.add(iso3)
        mentions.append(CountryMention(iso3, start, end, text[start:end], kind))
    if ambiguous and specific == {"COG"}:
        for i in ambiguous:
            m = mentions[i]
            mentions[i] = CountryMention("COG", m.start, m.end, m.surface, m.kind)
    if "\n" in text or text[:1].isupper():
        labels = _caps_labels(text, lexicon_get)
        if labels:
            taken = [(m.start, m.end) for m in mentions]
            mentions += [m for m in labels if not any(a < m.end and m.start < b for a, b in taken)]
            mentions.sort(key=lambda m: m.start)
    return mentions


# A country's name in capitals labelling a line, as wire factboxes and lists write them: "BANGLADESH - Has offered
# up to 2,000 troops", "GHANA and INDIA - Have battalions", "CHAD: 1,400". Only names (not capitals: a dateline's
# "KHARTOUM, Nov. 24" is a place), and only as a label, where capitals cannot be an acronym of something else.
_CAPS_WORD = r"[A-Z][A-Z'.-]+(?:[ \t]+(?:OF|THE|AND|[A-Z][A-Z'.-]+)){0,4}?"
_CAPS_LABEL = re.compile(
    rf"^[ \t]*(?:[-*\u2022][ \t]*)?(?P<a>{_CAPS_WORD})(?:[ \t]+(?:and|AND|&)[ \t]+(?P<b>{_CAPS_WORD}))?"
    r"[ \t]*(?:[-\u2013\u2014:])[ \t]",
    re.MULTILINE,
)


def _caps_labels(text: str, lexicon_get) -> list[CountryMention]:
    out = []
    for m in _CAPS_LABEL.finditer(text):
        for group in ("a", "b"):
            surface = m.group(group)
            if not surface:
                continue
            name = " ".join(w.lower() if w in ("OF", "THE", "AND") else w.capitalize() for w in surface.split())
            entry = lexicon_get(name) or lexicon_get(_normalise(name))
            if entry is not None and entry[0] is not None and entry[1] == "name":
                out.append(CountryMention(entry[0], m.start(group), m.end(group), surface, "name"))
    return out


_NAME_NOISE = "\"“”‘’()[]{},;:*†0123456789 \t\r\n"


def country_iso3(name: str) -> str | None:
    """One name, demonym, capital or armed force -> its ISO3 code, else None.

    Tolerates surrounding quotes, brackets and footnote digits, a leading "the" or trailing ", The", a
    possessive "'s", a "Royal" or service affix ("Royal Thai Army", "Nepal Army") and, failing an exact
    match, letter case ("CHINA", "south sudan"; acronyms such as "US" only in upper case). ISO3 codes
    themselves ("CHN", "XKX") resolve to themselves.
    """
    text = _normalise(name)
    entry = _lookup(text)  # before any trimming: "Bolivia (Plurinational State of)", "U.S."
    if entry is not None:
        return entry[0]
    text = text.strip(_NAME_NOISE)
    if text[:4].lower() == "the ":
        text = text[4:]
    if text[-5:].lower() == ", the":  # catalogue inversion: "Gambia, The"
        text = text[:-5]
    if text.endswith("'s"):
        text = text[:-2]
    if text.startswith("Royal "):
        text = text[6:]
    for candidate in (text, text.rstrip(".")):
        entry = _lookup(candidate)
        if entry is not None:
            return entry[0]
        match = _PATTERN.fullmatch(candidate)
        if match is not None:
            entry = _lookup(match.group("core"))
            if entry is not None:
                return entry[0]
        folded = _CASEFOLD_INDEX.get(candidate.casefold())
        if folded is not None:
            return folded
    if len(text) == 3 and text.isupper() and text in _DISPLAY_NAMES:
        return text
    return None


def country_name(iso3: str) -> str:
    """A readable common name for an ISO3 code ("China", "South Sudan", "Kosovo" for XKX).

    Raises ``KeyError`` for a code that is not an ISO 3166-1 alpha-3 country code (or XKX).
    """
    try:
        return _DISPLAY_NAMES[iso3.upper()]
    except KeyError:
        raise KeyError(f"unknown ISO 3166-1 alpha-3 country code: {iso3!r}") from None


def _benchmark(megabytes: int = 20) -> None:
    """Time :func:`find_countries` on generated English text and print throughput in MB/s."""
    import random
    import time

    rng = random.Random(0)
    filler = (
        "The mission said the situation in the north remained tense, and the force commander asked for more "
        "helicopters and engineers before the rainy season. Officials met in the capital on Tuesday to "
        "discuss the budget, the mandate and the protection of civilians across the region. "
    )
    mentions = [
        "China has offered 500 troops to MINUSMA. ", "Nepalese and Bangladeshi peacekeepers arrived. ",
        "Beijing’s decision surprised the U.S. and the United Kingdom. ", "The Rwanda Defence Force said. ",
        "The UN Mission in South Sudan (UNMISS) and the Democratic Republic of the Congo. ",
    ]
    parts, size = [], 0
    while size < megabytes * 1_000_000:
        chunk = filler if rng.random() < 0.8 else rng.choice(mentions)
        parts.append(chunk)
        size += len(chunk)
    text = "".join(parts)
    started = time.perf_counter()
    found = find_countries(text)
    elapsed = time.perf_counter() - started
    print(f"{len(text) / 1e6:.1f} MB, {len(found)} mentions in {elapsed:.2f} s: {len(text) / 1e6 / elapsed:.1f} MB/s")


if __name__ == "__main__":
    _benchmark()
