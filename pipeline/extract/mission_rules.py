"""Named rules of the mission mention scanner that read the words around a candidate, each shown on real dev
sentences (``tests/test_mission_rules.py`` names every rule):

* ``defined_acronym`` (veto): an all-caps token in parentheses right after a phrase whose words' initials spell it
  is that phrase's acronym, not a misspelt mission acronym: "United Nations Peace Support Operations (UNPSO)"
  (r8_108, r8_109) is not UNTSO, "U.N. military experts on mission (UNMEM)" (r5_048) not UNMEE.
* ``eu_operation_is_military``: the EU calls its military deployments operations and its civilian ones missions,
  so an EU "operation" or "military" description is one of its military operations, never a police mission named
  after the same place: "EUFOR, the EU-led operation in Bosnia and Herzegovina" (r8_011, 2006) and "European
  Union Military Operation in Bosnia and Herzegovina" (r8_067) are EUFOR Althea, not the EU Police Mission in
  Bosnia and Herzegovina (EUPM); "European Union Military Operation in Chad and the Central African Republic"
  (r8_067) is EUFOR Tchad/RCA.
* ``undated_name_stays_name`` (``MissionMatcher._on_name``): a capitalised generic name ("United Nations Mission
  in Sudan") whose mission was not active at the date is re-read as a description of the mission there then
  only when the document has a publication date; the year an undated text last wrote is too loose for that
  ("Dates: 1920–Present" before a list of a regiment's "United Nations Mission in Sudan, ..." in r4_033).
* ``undated_description_by_year`` (``mission_descriptions.resolve_all``): in an undated document a description
  is resolved at the year the text last wrote before it, as names and acronyms are (``mission_dates``): "Congo
  (August 1960 to May 1964) ... a United Nations peacekeeping force in Congo" is ONUC (r8_111), not MONUSCO. A
  host that only ever had one such mission gives it whatever the year (the guide's test for undated texts).
* ``list_items_with_words`` (``mission_descriptions.list_places``): the places of a plural description's list may
  each carry a few words ("600 to the force in Cyprus, 15 to the force on the Iraq-Kuwait border, 15 in western
  Sahara", r3_031; "Chad and Polish military observers were in Kuwait, Tajikistan", r5_050), and the list may open
  after a comma ("five United Nations peacekeeping operations, including ...", r3_031).
* ``undated_list_is_a_history`` (``mission_descriptions.resolve_all``): in an undated text each place of such a
  list names its host's only such mission ever, not one of the year the text last wrote, and one place without
  one does not void the others ("UN peacekeeping operations in Namibia, Cambodia, ..." in r5_050 is UNTAG for
  Namibia, none for Cambodia); a country named in a mission's name still had that host's other missions
  ("Angola": MONUA, and UNAVEM I-III before it; "Chad": MINURCAT and UNASOG).
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


_EU_RE = re.compile(r"(?:(?i:european\s+union)|EU)(?!\w)")
_EU_MILITARY_RE = re.compile(r"(?i:military|operations?$)")


def eu_operation_is_military(head_text: str) -> frozenset[str] | None:
    """``eu_operation_is_military``: the mission kinds a description's head allows (None: any)."""
    if _EU_RE.match(head_text) and _EU_MILITARY_RE.search(head_text):
        return frozenset({"military"})
    return None
