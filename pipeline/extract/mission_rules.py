"""Named rules of the mission mention scanner that read the words around a candidate, each shown on real dev
sentences (``tests/test_mission_rules.py`` names every rule):

* ``defined_acronym`` (veto): an all-caps token in parentheses right after a phrase whose words' initials spell it
  is that phrase's acronym, not a misspelt mission acronym: "United Nations Peace Support Operations (UNPSO)"
  (r8_108, r8_109) is not UNTSO, "U.N. military experts on mission (UNMEM)" (r5_048) not UNMEE.
"""

from __future__ import annotations

import re

# Words an acronym usually skips: "experts on mission" is EM, "Force in Lebanon" FL.
_SKIPPED = frozenset({"of", "on", "in", "for", "the", "and", "to", "de", "des", "du", "la", "le", "et"})
_PHRASE_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*\.?(?:[A-Z]\.)*")
_OPEN_PAREN_BEFORE_RE = re.compile(r"\(\s*$")


def _initials(word: str) -> str:
    """``U.N.`` -> ``UN``; ``Peace`` -> ``P``; ``peace-keeping`` -> ``P``."""
    if re.fullmatch(r"(?:[A-Za-z]\.)+", word):
        return word.replace(".", "").upper()
    return word[0].upper()


def defined_acronym(text: str, start: int, token: str) -> bool:
    """``defined_acronym``: ``token`` (at ``start``) stands in parentheses right after a phrase of the same
    initials, so it is that phrase's own acronym."""
    before = text[max(0, start - 200):start]
    if not _OPEN_PAREN_BEFORE_RE.search(before):
        return False
    words = _PHRASE_WORD_RE.findall(before[:before.rfind("(")])
    spelt = ""
    for word in reversed(words):
        if word.lower() in _SKIPPED:
            continue
        spelt = _initials(word) + spelt
        if len(spelt) >= len(token):
            break
    return spelt == token.upper()
