"""Named rules of the mission mention scanner that read the words around a candidate, each shown on real dev
sentences (``tests/test_mission_rules.py`` names every rule):

* ``defined_acronym`` (veto): an all-caps token in parentheses right after a phrase whose words' initials spell it
  is that phrase's acronym, not a misspelt mission acronym: "United Nations Peace Support Operations (UNPSO)"
  (r8_108, r8_109) is not UNTSO, "U.N. military experts on mission (UNMEM)" (r5_048) not UNMEE.
* ``chain_of_command`` (veto): "under UN command", "under United Nations command" (lowercase) is whose orders a
  force follows, not the United Nations Command (UNC): r3_029, r5_001, r5_015, r6_004.
* ``eu_operation_is_military``: the EU calls its military deployments operations and its civilian ones missions,
  so an EU "operation" or "military" description is one of its military operations, never a police mission named
  after the same place: "EUFOR, the EU-led operation in Bosnia and Herzegovina" (r8_011, 2006) and "European
  Union Military Operation in Bosnia and Herzegovina" (r8_067) are EUFOR Althea, not the EU Police Mission in
  Bosnia and Herzegovina (EUPM); "European Union Military Operation in Chad and the Central African Republic"
  (r8_067) is EUFOR Tchad/RCA.
* ``a_force_is_not_observers`` (``single_force``): a description whose head is a single "force" is a force, not an
  observer or political mission of the same host, when the host had one: "the United Nations Emergency
  International Force in Egypt" on 26 November 1956 (r5_002) is UNEF I, though UNTSO's observers were in Egypt
  too; "the peacekeeping force in Western Sahara" is still MINURSO, an observer mission.
* ``name_inside_description`` (``MissionMatcher._on_description``): a name that starts inside a description's
  words is read as the name: "the UN mandated International Force in East Timor (INTERFET)" (r3_029), "NATO
  Operation Essential Harvest" (r4_017).
* ``weak_acronym_by_named_host`` (``MissionMatcher._drop_unsupported``): a weak acronym (``MIF``, ``MFO``, ``MSS``)
  counts when the document names one of its hosts, and a mission it names explicitly names its hosts too: "It
  transitioned from the first 90 days of the MIF, the multinational interim force, into the first 90 days of
  MINUSTAH" (r8_024, which never writes "Haiti").
* ``shared_acronym_elsewhere`` (``MissionMatcher._pick_by_named_hosts``): an acronym that missions in different
  countries share (``EUFOR``, ``EUTM``; not ``UNEF`` nor ``UNOSOM``, whose missions share a host) is none of them
  when the document names places but none of their hosts: "The deployment of EUFOR troops quickly decreased the
  conflict's intensity" in a page on Operation Artemis in the DRC (r4_008) is not EUFOR Concordia (Macedonia, 2003);
  it stays an unresolved mention.
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
* ``glued_numeral`` (``MissionMatcher._read_acronym``): a numeral glued to an acronym is its numbered operation,
  when that one exists: "UNOSOMII the UN Protective Force (UNPROFOR)" (r9_091) is UNOSOM II.
* ``un_flagged_observers`` (``mission_descriptions.un_flagged_observers``): observers under the UN's flag that the UN
  does not lead (the United Nations Command Military Armistice Commission, organisation "other") are what "UN"
  monitors or missions in their host name: "United Nations armistice monitors in South Korea" (r8_014), "UN
  peacekeeping missions in Mali, South Korea and South Sudan" (r9_090, 2018); not the Command, a combatant command.
* ``a_list_of_the_past`` (``of_the_past``; ``mission_descriptions.resolve_all``): a dated sentence whose words put a
  description's places in the past ("in the past", "previously", "over the last 40 years", "former UN missions in")
  is read as an undated text's list (``undated_list_is_a_history``): "The NZDF has also taken part in numerous UN
  missions in the past, including in Angola, Bosnia, Cambodia, Iran, Kosovo, Namibia, Somalia, Syria and
  Timor-Leste" (r9_090, 2018) is UNIIMOG, UNMIK and UNTAG, none for the others, which had several; r5_050's list
  ("Over the last 40 years ...") would read the same were it dated.
* ``regions_including`` (``mission_descriptions.place_after``): a description's places may follow a few words on
  regions and "including": "UN missions in major conflict re-gions including India, Pakistan, Lebanon, South Sudan,
  and Western Sahara" (r11_049), "UN Peacekeeping Missions to provide security and peacebuilding support in the
  world's hot conflict zones including the Republic of South Sudan, ..." (r12_048).
* ``subdivision_of`` (``mission_descriptions.list_places``): a list item may say whose province it is, and that
  country is no item of its own: "Abyei province of the Republic of Sudan, Yemen, Western Sahara" (r12_048).
* ``own_mission_before_regional`` (``MissionIndex.one_mission_then``): a host's own mission is the one "the UN mission
  in <host>" names when the others then span three or more countries: Lebanon in 2020 is UNIFIL, not UNTSO nor
  UNDOF (r11_049, above); Israel, with only those two, has none.
* ``possessive_description`` (``POSSESSIVE_DESCRIPTIONS``): an organisation's missions, operations or forces with a
  few lowercase words of any kind between ("the UN's most dangerous and challenging missions – in South Sudan,
  Congo, Mali, Central African Republic", r12_040, 2018); not its humanitarian, relief or political work.
* ``description_own_year`` (``own_time``): a description whose words give a year ("in 1947") between its head and
  its place, or right after its only place, is resolved at that year, not the publication date: "part of the first
  United Nations peacekeeping deployment to the then Dutch East Indies in 1947" (r13_051, 2015) is UNGOC; "Egypt's
  first contribution to UN peacekeeping was in 1960 in the Congo" (r10_048, with "a UN peacekeeping mission") ONUC,
  not MONUSCO. A place's former name may follow "the then" (``mission_descriptions.place_after``). "N years ago"
  is the year N before the publication date; "more than N years ago" a mission begun by then, its host's only one:
  "to support UN operations in the Congo more than 40 years ago" (r14_010, 2008) is ONUC, not MONUC.
* ``acronym_settles_description`` (``mission_descriptions.resolve_all``): a description followed by a known acronym in
  parentheses is that acronym's mission, as a name is: "UN Verification Mission in Angola (UNAVEM III) 1995–1997"
  (r12_045) is UNAVEM III, not MONUA, which the description alone gives at the year.
* ``name_without_place`` (``name_without_place``; ``mission_names.names_without_place``): a mission's name cut before
  "in <place>", its head capitalised and its words more than generic ones, is that mission when the document names
  its host: "The United Nations Stabilization Mission assumed responsibility from the U.S.-led Multinational Interim
  Force" (r13_010, Haiti 2004) is MINUSTAH; "OSCE Mission" in a UK annex on Kosovo (r3_040) OMIK.
* ``name_of_another`` (veto, ``MissionMatcher._on_name``): a name that ends a longer capitalised name, with another
  mission's acronym in parentheses after it, is part of that mission's name: "the West African Peace Monitoring
  Group (ECOMOG)" (r15_050, 1999) is ECOMOG, not Bougainville's Peace Monitoring Group (as "Economic Community of
  West African States Peace Monitoring Group", r13_047, is by alias).
* ``transposed_letters_first`` (``closest_missions``): a misspelt acronym within one edit of several missions' is the
  one whose letters it only swaps, when one does: "UNTEAS" (r14_001, a Nepal Police page) is UNTAES, not UNTEA.
* ``any_preposition`` (``mission_names.name_key``): "in", "for" and "to" before a name's place are one ("<un>
  assistance mission in rwanda" is the key of UNAMIR's "for Rwanda"): "health support for the United Nations
  Assistance Mission in Rwanda" (r14_049, 2005), "the proposed United Nations peace-keeping force for Cyprus" (r7_002,
  1964: UNFICYP's name says "in Cyprus"). No two names of the reference differ only so.
* ``war_torn_place`` (``mission_descriptions.place_after``): a compound adjective of strife may stand before the
  place, as a compass direction may: "Four are supporting the UN mission in war-torn South Sudan." (r8_014).
* ``african_qualifier`` (``missions._AFRICAN``): "African" alone names the African organisations (AU, ECOWAS,
  ECCAS), as "African-led" does, not a region's ("South African", "Central African"): "an African intervention
  force now deploying in Mali" (r5_043, January 2013) is AFISMA, "MISCA [AFISM-CAR], the African force deployed in
  the Central African Republic" (r8_069) MISCA.
* ``foreign_un_description``: the French, Spanish, Portuguese, German and Polish word order of a UN mission's
  name or description, "<head> <of> <the United Nations> ... <in> <place>", is a description by the UN of that
  place (resolved like "the UN mission in <place>"): "Missão das Nações Unidas para a Estabilização no Haiti"
  (r8_102) is MINUSTAH, "opération des Nations Unies en Côte d’Ivoire" (r8_057) UNOCI. Places are English
  names and the places of the reference's French names ("im Libanon" is not known: r8_077 stays unresolved).
* ``national_operation``: a nation's operation, intervention, initiative, mission or deployment in a country is
  the operation that nation led there at the date, when it led only one (``lead_iso3`` in the reference): "the
  proposed French military initiative in Rwanda" on 28 June 1994 is Operation Turquoise (r3_028); "a French
  military intervention in the Central African Republic" (r4_013) Sangaris, "a French-led military operation in
  Rwanda" (r4_007) Turquoise. Its forces or troops are not ("British forces in Sierra Leone", r3_009, name no
  operation in the gold).
* ``bare_description`` (``mission_descriptions.bare_description``): the guide's rule that a bare "peacekeeping
  operations in Haiti and Liberia", with no organisation, names no mission, in one place for the scanner, the
  contribution rules and the event rules (which ask ``definite_mission``, None without an organisation).
* ``definite_description`` (``mission_descriptions.sentence_definite``; rule ``definite`` of the contribution
  mission table, ``definite_description`` of the event one): an organisation's force or mission that the sentence
  does not name, with a single host country in the sentence, is the one such mission there at the date, before the
  fallbacks (host_country, document_focus, only_mission): "Joint United Nations and Côte d'Ivoire forces today
  started patrolling ... Abidjan" (r1_010, UNOCI). Not the voice of a statement ("the UN mission said"), not a
  plural "UN missions", not a political mission for a force or its troops ("the UN force commander ... Juba" in
  April 2005, r9_017: none), nor for a nation that leads an operation there then (its own: Licorne).
"""

from __future__ import annotations

import dataclasses
import re

from pipeline.extract.mission_descriptions import SCORE_DESCRIPTION_DATE, Pending, place_after
from pipeline.extract.mission_index import MissionIndex, _countries_module
from pipeline.extract.mission_names import name_key
from pipeline.extract.types import MissionMention, PartialDate

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


def closest_missions(token: str, nearest: list[str], acronyms: dict[str, tuple[str, ...]]) -> list[str]:
    """The missions of the acronyms nearest a misspelt token; ``transposed_letters_first``: when exactly one of
    them is the token with two letters swapped, that one's: "UNTEAS" (r14_001) is UNTAES, not UNTEA (UNSF's), one
    letter less."""
    swapped = sorted({a for c in nearest if len(c) == len(token) and sorted(c) == sorted(token) for a in acronyms[c]})
    return swapped if len(swapped) == 1 else sorted({a for c in nearest for a in acronyms[c]})


_UNDER_BEFORE_RE = re.compile(r"\bunder\s+(?:the\s+)?(?:direct\s+|overall\s+)?$", re.IGNORECASE)


def chain_of_command(text: str, start: int, surface: str) -> bool:
    """``chain_of_command`` (veto): "under UN command", lowercase, is whose orders a force follows, not the United
    Nations Command in Korea: "No Royal Navy vessels have operated directly under UN command" (r3_029), "840
    personnel are deployed on peacekeeping operations under United Nations command" (r5_015), "serving in
    operations under UN command" (r6_004), "how many of them are now under United Nations command" (r5_001)."""
    return surface.endswith("command") and _UNDER_BEFORE_RE.search(text, max(0, start - 30), start) is not None


_EU_RE = re.compile(r"(?:(?i:european\s+union)|EU)(?!\w)")
_EU_MILITARY_RE = re.compile(r"(?i:military|operations?$)")


_SINGLE_FORCE_RE = re.compile(r"(?i:force)$")
def head_kinds(head_text: str) -> frozenset[str] | None:
    """The mission kinds a description's head allows (None: any): ``eu_operation_is_military``."""
    if _EU_RE.match(head_text) and _EU_MILITARY_RE.search(head_text):
        return frozenset({"military"})
    return None


# a_list_of_the_past: words that put a description's places in the past, in its sentence before its first place ("UN
# missions in the past, including in ...", "Over the last 40 years ... UN peacekeeping operations in ...") or right
# before its head ("past UN missions in ...", "former UN operations in ...").
_PAST_RE = re.compile(r"(?i:\bin\s+the\s+past\b|\bpreviously\b|\bformerly\b"
                      r"|\bover\s+the\s+(?:(?:last|past)\s+(?:\d+|\w+)\s+)?(?:years|decades)\b)")
_PAST_BEFORE_RE = re.compile(r"\b(?i:past|former|previous|earlier)\s+$")
_SENTENCE_END_RE = re.compile(r"[.!?]\s")


def of_the_past(text: str, head_start: int, place_start: int) -> bool:
    """``a_list_of_the_past``: the description's sentence puts its places in the past, so each names its host's only
    such mission ever, as in an undated text (``undated_list_is_a_history``), not one of the publication date:
    "The NZDF has also taken part in numerous UN missions in the past, including in Angola, Bosnia, Cambodia, Iran,
    Kosovo, Namibia, Somalia, Syria and Timor-Leste." (r9_090, 2018) is UNIIMOG for Iran, UNMIK for Kosovo, UNTAG
    for Namibia, none for Angola, which had four; "Over the last 40 years Polish Army units have also participated in
    UN peacekeeping operations in Namibia, Cambodia, ..." (r5_050) the same, were it dated."""
    window = max(0, head_start - 200)
    ends = [e.end() for e in _SENTENCE_END_RE.finditer(text, window, head_start)]
    sentence_start = ends[-1] if ends else window
    return (_PAST_RE.search(text, sentence_start, place_start) is not None
            or _PAST_BEFORE_RE.search(text, max(0, head_start - 12), head_start) is not None)


# description_own_year: "in 1947" between a description's head and its place, or right after its only place.
_OWN_YEAR_RE = re.compile(r"\bin\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\b(?!\s*[-\u2013])")
_YEAR_AFTER_PLACE = 14  # characters after the place where its year may stand (" in late 1947")


_YEARS_AGO_RE = re.compile(r"\b(?:(more\s+than|over)\s+)?(?:(?:some|about|nearly|almost)\s+)?(\d{1,3})\s+years\s+ago\b")
_YEARS_AGO_REACH = 30  # characters after the place where "more than 40 years ago" may stand


def own_time(text: str, head_start: int, place_start: int, place_end: int, pending: list) -> list:
    """A description's places in the past (``a_list_of_the_past``) or at a time of their own
    (``description_own_year``), as the scanner's pending descriptions say it."""
    if of_the_past(text, head_start, place_start):
        return [dataclasses.replace(p, history=True) for p in pending]
    ago = _YEARS_AGO_RE.search(text, head_start, place_end + _YEARS_AGO_REACH)
    if ago is not None and not _SENTENCE_END_RE.search(text, head_start, ago.start()):
        return [dataclasses.replace(p, years_ago=int(ago.group(2)) * (-1 if ago.group(1) else 1)) for p in pending]
    year = _OWN_YEAR_RE.search(text, head_start, place_start)
    if year is None and len(pending) == 1:
        year = _OWN_YEAR_RE.search(text, place_end, place_end + _YEAR_AFTER_PLACE + 6)
        year = year if year is None or year.start() - place_end <= 1 else None
    if year is None:
        return pending
    return [dataclasses.replace(p, when=PartialDate.parse(year.group(1))) for p in pending]


_CAPITALISED_BEFORE_RE = re.compile(
    r"\b(?!(?:The|A|An|In|On|At|For|To|With|From|By|Of|And|Its|Their|His|Her)\b)[A-Z][\w'\u2019-]*[^\S\n]+$")


def name_of_another(text: str, start: int, acronyms: tuple[str, ...], own: tuple[str, ...]) -> bool:
    """``name_of_another`` (veto): a name that ends a longer capitalised name, with another mission's acronym in
    parentheses after it, is a part of that mission's name: "the West African Peace Monitoring Group (ECOMOG)"
    (r15_050, 1999) is ECOMOG, not Bougainville's Peace Monitoring Group."""
    return bool(acronyms) and not own and _CAPITALISED_BEFORE_RE.search(text, max(0, start - 40), start) is not None


_PLACE_FOLLOWS_RE = re.compile(r"\s+(?:in|for|to)\s+(?:the\s+)?[A-Z]")


def name_without_place(index: MissionIndex, text: str, m: re.Match, when: PartialDate | None) -> list:
    """``name_without_place``: a mission's name cut before "in <place>", its head capitalised, is that mission when
    the document names its host: "The United Nations Stabilization Mission assumed responsibility from the U.S.-led
    Multinational Interim Force" (r13_010, Haiti 2004) is MINUSTAH, "OSCE Mission" in a UK annex on Kosovo (r3_040)
    OMIK. Several such missions there: the one active at the date, else none. Before "in|for|to <Place>" it is a
    description of that place, or of a place it does not know: "UN Verification Mission in Angola (UNAVEM III)",
    "UN Observer Mission for Rawanda (UNAMIR)" (r12_045) are no cut names."""
    surface = m.group(0)
    candidates = index._without_place.get(name_key(surface), ())
    if _PLACE_FOLLOWS_RE.match(text, m.end()):
        d = index._descriptions.match(text, m.start())
        return index._on_description(text, d, min(len(text), m.end() + 400), when) if d else []
    if not candidates or not surface.split()[-1][:1].isupper():
        return []
    hosts = index._document_hosts(text)
    fits = [a for a in candidates if hosts & set(index._missions[a]["host_iso3"])]
    acronym = fits[0] if len(fits) == 1 else index.one_mission_then(fits, when) if fits else None
    return [MissionMention(acronym, m.start(), m.end(), surface, "name", 1.0)] if acronym else []


def single_force(head_text: str) -> bool:
    """``a_force_is_not_observers``: the head is a single "force"."""
    return _SINGLE_FORCE_RE.search(head_text) is not None


_NATIONAL_TAIL = (r"(?:-led)?\s+(?:military\s+)?(?:operation|intervention|initiative|mission|deployment)"
                  r"\s+(?:in|to|into)\s+(?:the\s+)?")


def national_alternatives(missions) -> list[str]:
    """Regexes for the scanner's combined regex, one per demonym of a nation that leads an operation of the
    reference ("French", "Australian"); each starts with a literal capital, so other capitalised words fail fast."""
    countries = _countries_module()
    if countries is None:
        return []
    leads = {m["lead_iso3"] for m in missions if m.get("lead_iso3")}
    demonyms = sorted(s for s, (iso3, kind) in countries._LEXICON.items()
                      if iso3 in leads and kind == "demonym" and re.fullmatch(r"[A-Z][a-z]+", s))
    return [rf"{d[0]}(?<!\w.){d[1:]}{_NATIONAL_TAIL}" for d in demonyms]


_DEMONYM_RE = re.compile(r"[A-Z][a-z]+")


def national_operation(index: MissionIndex, text: str, m: re.Match, when: PartialDate | None) -> list[MissionMention]:
    """``national_operation``: "the French military initiative in Rwanda" -> TURQUOISE (method ``definite``)."""
    countries = _countries_module()
    lead = countries.country_iso3(_DEMONYM_RE.match(m.group(0)).group(0)) if countries is not None else None
    place = place_after(index, text, m.end()) if lead else None
    if place is None:
        return []
    hosts = set(place[1])
    pool = [a for a, x in index._missions.items()
            if x.get("lead_iso3") == lead and hosts & set(x["host_iso3"]) and index._rank(a, when) is not None]
    only = index.one_mission_then(sorted(pool), when) if pool else None
    if only is None:
        return []
    return [MissionMention(only, m.start(), place[0], text[m.start():place[0]], "definite", SCORE_DESCRIPTION_DATE)]


_FOREIGN_HEADS = ("Mission", "Misión", "Missão", "Misja", "Misji", "Opération", "Operación", "Operação", "Operacja",
                  "Operacji", "Force", "Fuerza", "Força", "Truppe", "Friedenstruppe")
_FOREIGN_UN = (r"\s+(?:des|de\s+las|das|der|de\s+la|da|do|de)\s+(?:l['’]\s*)?"
               r"(?:Organisation\s+des\s+|Organización\s+de\s+las\s+|Organização\s+das\s+)?"
               r"(?:Nations\s+[Uu]nies|Naciones\s+Unidas|Nações\s+Unidas|Vereinten\s+Nationen|Narodów\s+Zjednoczonych"
               r"|ONU|ONZ|UNO)(?!\w)")
# The UN's name in another language, which every foreign alternative holds: the scanner tries them only in a text
# that has one (substrings first: a regex over every text would cost more than it saves).
_FOREIGN_UN_WORDS = ("Unies", "unies", "Unidas", "Nationen", "Zjednoczonych")
_FOREIGN_UN_ACRONYMS_RE = re.compile(r"(?<!\w)(?:ONU|ONZ|UNO)(?!\w)")


def names_un_in_another_language(text: str) -> bool:
    """Whether ``text`` may hold a foreign description's UN name (never False when one of them could match)."""
    if any(word in text for word in _FOREIGN_UN_WORDS):
        return True
    return ("ONU" in text or "ONZ" in text or "UNO" in text) and _FOREIGN_UN_ACRONYMS_RE.search(text) is not None


# possessive_description: "the UN's most dangerous and challenging missions – in South Sudan, Congo, Mali, Central
# African Republic" (r12_040): an organisation's missions, whatever few lowercase words describe them (not
# its humanitarian or relief work, nor the missions of its agencies).
POSSESSIVE_DESCRIPTIONS = tuple(
    rf"{q}['\u2019]s(?:\s+(?!(?:humanitarian|relief|aid|development|food|political|agency|agencies)\b)[a-z]+){{1,4}}?"
    r"\s+(?i:missions?|operations?|forces?)(?!\w)"
    for q in (r"U(?<!\w.)(?:N|\.N\.|nited\s+Nations)", r"A(?<!\w.)(?:U|frican\s+Union)",
              r"E(?<!\w.)(?:U|uropean\s+Union)"))


# foreign_un_description: one alternative per head and case of its first letter, for the scanner's regex.
FOREIGN_ALTERNATIVES = tuple(rf"{c}(?<!\w.){h[1:]}{_FOREIGN_UN}" for h in _FOREIGN_HEADS for c in (h[0], h[0].lower()))
_FOREIGN_PREP_RE = re.compile(r"(?<!\w)(?:en|au|aux|à|no|na|em|in|im|w|we)\s+(?:l['’]\s*|la\s+|le\s+|el\s+|o\s+)?")
_FOREIGN_STOP_RE = re.compile(r"[.;:!?()\[\]\n,]")
FOREIGN_MAX_WORDS = 8


def foreign_un_description(index: MissionIndex, text: str, m: re.Match) -> list:
    """``foreign_un_description``: a :class:`Pending` description by the UN of the first known place after the
    preposition of a foreign UN name, within ``FOREIGN_MAX_WORDS`` words and the clause; none without a place."""
    stop = _FOREIGN_STOP_RE.search(text, m.end(), m.end() + 200)
    tail_end = stop.start() if stop else min(len(text), m.end() + 200)
    for prep in _FOREIGN_PREP_RE.finditer(text, m.end(), tail_end):
        if len(text[m.end():prep.start()].split()) > FOREIGN_MAX_WORDS:
            break
        place = place_after(index, text, prep.end())
        if place is not None:
            return [Pending(m.start(), place[0], frozenset({"UN"}), m.group(0)[0] in "FfTt", place[1], place[2])]
    return []
