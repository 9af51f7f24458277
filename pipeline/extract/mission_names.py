"""Text keys and regex fragments for mission names and acronyms, shared by the mission matcher and the catalog
index: ``name_key`` (the normalised form under which a name is looked up, equal for every wording a name regex
accepts), ``acronym_key`` (``UNEF 2`` -> ``UNEF II``), and the regex builders for names (a token trie) and for the
places that mission names use.
"""

from __future__ import annotations

import functools
import re
import unicodedata

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


@functools.lru_cache(maxsize=8192)  # the same surfaces come back: place names, names, for every document
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
        if tok in _PREPOSITIONS:  # rule any_preposition (mission_rules): "Assistance Mission in Rwanda" is UNAMIR's
            tok = "in"
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
    "in": r"(?i:in|for|to)",  # any_preposition: keys write "in" for all three (name_key)
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


# name_without_place (mission_rules): a name's words before "in|for|to <place>", when they say more than whose
# peacekeeping mission it is ("<un> stabilization mission", not "<un> peacekeeping force").
_WITH_PLACE_KEY_RE = re.compile(r"^(.+ (?:mission|force|operation)) (?:in|for|to) .+$")
_GENERIC_TOKENS = frozenset("""
    <un> <au> <eu> ecowas sadc african mission force operation peacekeeping peace keeping military multinational multi
    national international security integrated
""".split())


def names_without_place(names: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Keys of names cut before their place ("<un> stabilization mission" of MINUSTAH's, MONUSCO's is "<un>
    organization stabilization mission"), each with the missions whose names they cut; none that is a name itself."""
    out: dict[str, list[str]] = {}
    for key, acronyms in names.items():
        m = _WITH_PLACE_KEY_RE.match(key)
        if m and m.group(1) not in names and set(m.group(1).split()) - _GENERIC_TOKENS:
            out.setdefault(m.group(1), []).extend(a for a in acronyms if a not in out.get(m.group(1), ()))
    return {k: tuple(v) for k, v in out.items()}


_ACRONYM_ALIAS_RE = re.compile(r"^([A-Z][A-Z0-9]+)(?:[ -]?(III|II|IV|I|[1-4]))?$")


def acronym_key(text: str) -> str:
    """``UNEF 2``, ``UNEF-II``, ``UNEF II`` -> ``UNEF II``; other acronyms unchanged."""
    m = _ACRONYM_ALIAS_RE.match(text)
    if not m:
        return text
    base, numeral = m.group(1), m.group(2)
    if numeral is None:
        return base
    return f"{base} {_ROMAN.get(numeral, numeral).upper()}"


_PLACE_SPLIT_RE = re.compile(r",\s*|\s+and\s+")
_NAME_PLACE_RE = re.compile(r"\s(?:in|for|to)\s+(.+)$")


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


def _is_pseudo_acronym(mission: dict) -> bool:
    """``SERVAL`` for "Operation Serval": a name written in capitals, not an acronym."""
    return mission["name"].casefold().endswith(" " + mission["mission_acronym"].casefold())
