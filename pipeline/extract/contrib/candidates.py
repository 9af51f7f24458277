"""Stage 1, candidates: a figure and its head noun, found by ``CANDIDATE_RULES`` in order ("850 troops", "a
battalion of 850", "another 200", "the number of Kenyans serving ..."). The rule's name starts the ``extractor``
chain of every row the figure makes. The ``bare`` rule (a figure without a noun that counts a group named before
it) is in ``candidates_bare``, the newer shapes in ``candidates_deployed``.
"""

from __future__ import annotations

import re

from pipeline.extract import lexicon, personnel
from pipeline.extract.contrib.candidates_bare import _rule_bare
from pipeline.extract.contrib.candidates_deployed import NEWER_SHAPE_RULES
from pipeline.extract.contrib.common import _CHANGED_FROM, _RUNNING_VERB, _TO, _TYPE_CLASS
from pipeline.extract.contrib.context import SentenceContext, _may_count_people
from pipeline.extract.contrib.rules import Rule, check_table, note
from pipeline.extract.types import (
    Quantity,
)

# "including 1,300 from Nigeria", "1,400 are from Chad": a figure without its noun, and its sender.
_ELLIPTIC_FROM = re.compile(
    r"\s+(?:(?:are|were|is|was|come|came|coming)\s+)?(?:from|of)\s+(?:the\s+)?|\s+(?:are|were)\s+", re.IGNORECASE
)


# What people "serve" as: a demonym that counts them ("80,000 Ghanaians have served in UN missions").
_SERVICE_AFTER = re.compile(
    r"\s+(?:(?:have|has|had|are|were|will|currently|now|still)\s+)*(?:(?:been|be)\s+)?"
    r"(?:served|serve|serving|deployed|stationed|based|rotated|participated|taken\s+part|worn\s+the\s+blue|"
    # "The 163 Moroccans will join a 200-strong Spanish battalion" (MINUSTAH), "currently counts about 730
    # Bangladeshis in the field" (MONUC)
    r"join|joins|joined|joining|in\s+the\s+field|on\s+the\s+ground)\b",
    re.IGNORECASE,
)


# "the number of Ghanaians serving with UNMIL", after or before its figure.
_NUMBER_OF_AFTER = re.compile(r"\s+the\s+(?:total\s+)?number\s+of\s+", re.IGNORECASE)


_NUMBER_OF_BEFORE = re.compile(
    r"\bthe\s+(?:total\s+)?number\s+of\s+(?P<group>[^,;:()]{1,80}?)\s+"
    r"(?:(?:has|had|have|will|would|could|may|might|is|was|are|were)\s+)?(?:(?:expected|set|likely)\s+)?(?:to\s+)?"
    r"(?:reach(?:ed|es)?|r[io]se[ns]?\s+to|risen\s+to|gr[eo]w[ns]?\s+to|grown\s+to|increas(?:e|ed|es)\s+to|"
    r"climb(?:ed|s)?\s+to|stands?\s+at|stood\s+at|f[ae]ll(?:s|en)?\s+to|dropp?(?:ed|s)?\s+to|"
    r"declin(?:e|ed|es)\s+to|hit|hits|exceed(?:ed|s)?|is|was|to|at)\s+$",
    re.IGNORECASE,
)


# "raising its contingent there to 1,300", "has cut its troops in Mali to 800": the sender's own total after a change.
_OWN_TOTAL = re.compile(
    r"\b(?:bring|brings|bringing|brought|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|tak(?:e|es|ing)|took|"
    r"boost(?:s|ed|ing)?|lift(?:s|ed|ing)?|expand(?:s|ed|ing)?|cut(?:s|ting)?|reduc(?:e|es|ed|ing)|"
    r"trim(?:s|med|ming)?|scal(?:e|es|ed|ing)\s+(?:back|down))\s+(?:its|their|(?-i:[A-Z])[\w-]*[\u2019']s)\s+"
    r"(?:total\s+)?"
    r"(?P<noun>contribution|contingent|presence|deployment|force|troops|soldiers|personnel|peacekeepers|police|"
    r"total|numbers?)\b[^,;.()]{0,40}?\s+to\s+$",
    re.IGNORECASE,
)


# "a contribution of around 14 to MINUSMA": a figure of people without a noun, counted by what it is.
_CONTRIBUTION_OF = re.compile(r"\b(?P<noun>contribution|contingent\s+size|troop\s+contribution)\s+of\s+$",
                              re.IGNORECASE)


_CONTRIBUTION_LINKS = frozenset({"of"})


# A total after a change, named by its noun before the figure: "increase its UNIFIL contingent to 1,000", and the
# total before the change after it: "... to 1,000 from about 180".
_RUNNING_NOUN = re.compile(
    r"\b" + _RUNNING_VERB + r"\s+(?:(?:its|their|the|his|her|our)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?P<noun>contingents?|forces?|presence|deployments?|troops|peacekeepers|personnel|participation|"
    r"contributions?|battalions?)\s+to\s+(?:(?:about|some|around|roughly|nearly|more\s+than|over)\s+)?"
    r"(?P<from>\d[\d,.]*\s+from\s+(?:(?:about|some|around|roughly|nearly|just\s+over|over)\s+)?)?$",
    re.IGNORECASE,
)


_RUNNING_TYPES = lexicon.labels("running_types")


_NUMBER_OF_LINKS = frozenset({"reach", "reached", "reaches", "to", "at", "hit", "hits", "exceed", "exceeded",
                               "exceeds", "is", "was"})  # the words ``_NUMBER_OF_BEFORE`` ends with


# Units counted, not people: "three formed police units", "two FPUs". No country fields more than a few dozen
# units of a kind: a larger figure counts their people, however loosely written ("1,400 formed police units").
_UNIT_COUNT = re.compile(r"(?:units?|FPUs?)$", re.IGNORECASE)


_MAX_UNITS = 40


_UNIT_BEFORE = re.compile(
    r"(?P<kind>[\w\u2019'\"\u201c\u201d-]+(?:\s+[\w-]+)?)\s+(?P<unit>" + personnel.UNIT_RE.pattern + r")\s*"
    r"(?:\(\s*|of\s+|with\s+|comprising\s+|consisting of\s+|numbering\s+)$",
    re.IGNORECASE,
)


# "The Indian contingent in South Sudan now numbers 850": a unit, a place, then the verb that gives its size.
_UNIT_NUMBERS = re.compile(
    # "the size of our contingent which now numbers about 1,800" (real dev, Hansard 1965): a relative clause
    r"(?P<unit>" + personnel.UNIT_RE.pattern + r")(?:\s+(?:in|with|at|on|there)\b[^,;.()\d]{0,40}?)?"
    r"(?:,?\s+(?:which|that))?\s+"
    r"(?:now\s+|currently\s+|still\s+)?(?:numbers|numbered|totals|totall?ed|stands\s+at|stood\s+at)\s+$",
    re.IGNORECASE,
)


# "the total strength of the South African contingent was 1,045" (real dev r9_014): a unit's strength, then its
# figure (a national contingent's: the authorised veto leaves it, see ``vetoes._national_strength``).
_UNIT_STRENGTH = re.compile(
    r"\bstrength\s+of\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:[\w\u2019'-]+\s+){0,3}?(?P<unit>"
    + personnel.UNIT_RE.pattern + r")(?:\s+(?:in|with|at|on|there)\b[^,;.()\d]{0,40}?)?\s+(?:is|was)\s+$",
    re.IGNORECASE,
)
_UNIT_STRENGTH_LINKS = frozenset({"is", "was"})


# The words ``_UNIT_BEFORE`` and ``_UNIT_NUMBERS`` end with.
_UNIT_LINKS = frozenset({"of", "(", "with", "comprising", "numbering"})


_UNIT_NUMBERS_LINKS = frozenset({"numbers", "numbered", "totals", "totaled", "totalled", "at"})


_SIZE_COMPOUND = re.compile(r"-?\s*(?:member|strong|man|men|person|personnel|troop|soldier)$", re.IGNORECASE)


# "the 130 strong contingent", "a 65 – strong communications unit": the size compound written apart.
_STRONG_APART = re.compile(r"\s*(?:[\u2013\u2014-]\s*)?strong\b", re.IGNORECASE)


_UNIT_AFTER_SIZE = re.compile(r"\s*((?:[\w-]+\s+){0,3}?)(" + personnel.UNIT_RE.pattern + r")\b", re.IGNORECASE)


# Figures that share the noun of the last one: "1,400 and 1,300 troops", "120, 140 and 160 police".
_SHARED_NOUN = re.compile(
    r"(?:\s*,\s*\d[\d,]*)*\s*(?:,\s*and|and|or)\s+(?:(?:about|some|around|nearly)\s+)?\d[\d,]*(?=\s)")


# "one officer", "one warrant officer", "a single military observer": one person, named by a singular noun.
_ONE_PERSON = re.compile(
    r"\s+(?:(?P<kind>military|staff|liaison|warrant|army|naval)\s+){0,2}?"
    r"(?P<noun>officer|soldier|observer|peacekeeper)\b(?!\s+(?:said|says|told|was\s+killed|died))",
    re.IGNORECASE,
)


_ONE_PERSON_TYPES = {"officer": "troops", "soldier": "troops", "observer": "observers", "peacekeeper": "peacekeepers"}


_ONE_WORDS = frozenset({"one", "a single", "single"})


# -- the candidate rules: a figure and its head noun ------------------------------------------------------------
# Each rule returns None when it does not apply (the next one is tried), (head, name) when it finds the figure's
# head, and (None, veto) when the figure is no candidate at all (the veto's name goes to the trace).
Found = tuple[personnel.HeadNoun | None, str] | None


def _rule_unit_size(sc: SentenceContext, q: Quantity, clause: tuple[int, int]) -> Found:
    head = _unit_size_head(sc.text, q)
    return (head, "unit_size") if head is not None else None


def _rule_unit_size_apart(sc: SentenceContext, q: Quantity, clause: tuple[int, int]) -> Found:
    strong = _STRONG_APART.match(sc.text, q.end)
    if strong is None:
        return None
    head = _unit_after_size(sc.text, strong.end())
    return (head, "unit_size_apart") if head is not None else None


# "9 military crisis management operations" (r8_079), "four Independent Army Supply Corps companies" (r8_111),
# "150 army tents for hospital use" (r5_004): a word that names people only as a noun qualifies the noun counted.
_THINGS_AFTER = re.compile(r"(?:\s+(?!(?:and|or|in|on|at|to|with|from|for|of|as|who|which|are|were)\b)"
                           r"[A-Za-z-]+){0,3}?\s+(?:operations?|missions?|compan(?:y|ies)|units?|vehicles?|trucks?|"
                           r"tents?|helicopters?|aircraft|ships?|bases?|camps?)\b")  # "one military observation operation"
_MODIFIER_HEADS = frozenset({"military", "army", "police", "naval", "navy", "air", "force", "defence", "defense"})


def _rule_figure_noun(sc: SentenceContext, q: Quantity, clause: tuple[int, int]) -> Found:
    head = personnel.head_after(sc.text, q.end)
    if head is None:
        return None
    if head.surface.lower() in _MODIFIER_HEADS and _THINGS_AFTER.match(sc.text, head.end) is not None:
        return None, "things_counted"
    if head.personnel_type == "formed_police_unit" and _UNIT_COUNT.search(head.surface) and \
            (q.high or q.low or 0) <= _MAX_UNITS:
        return None, "units_counted"  # "three formed police units": units counted, not people
    return head, "figure_noun"


def _rule_figure_in_parentheses(sc: SentenceContext, q: Quantity, clause: tuple[int, int]) -> Found:
    text = sc.text
    if q.start < 1 or text[q.start - 1] != "(" or text[q.end:q.end + 1] != ")":
        return None
    head = personnel.head_after(text, q.end + 1)
    return (head, "figure_in_parentheses") if head is not None else None


def _rule_one_person(sc: SentenceContext, q: Quantity, clause: tuple[int, int]) -> Found:
    if q.low != 1 or q.high != 1 or q.surface.lower() not in _ONE_WORDS:
        return None
    m = _ONE_PERSON.match(sc.text, q.end, clause[1])
    if m is None:
        return None
    kind = (m.group("kind") or "").lower()
    ptype = "staff_officers" if kind == "staff" else _ONE_PERSON_TYPES[m.group("noun").lower()]
    return personnel.HeadNoun(ptype, m.start("noun"), m.end("noun"), m.group("noun"), ()), "one_person"


def _rule_unit_of(sc: SentenceContext, q: Quantity, clause: tuple[int, int]) -> Found:
    head = _unit_of_head(sc.text, q, clause[0])
    if head is None or not (_may_count_people(sc.text, q.end) or
                            (_PEOPLE_SOON.match(sc.text, q.end) and not _UNITS_AFTER.match(sc.text, q.end))):
        # "a battalion comprising three companies" (r3_006), "a light infantry regiment consisting of six
        # battalions" (r4_033), "a 250-strong reinforced infantry company with 25 M113 armoured personnel carriers"
        # (r7_006): the figure counts another noun, not the unit's people ("a contingent of 435 engineering,
        # transport and medical personnel" and "a medical unit of 43 members" do count them)
        return None
    return head, "unit_of"


# People named soon after a figure, across the kinds that qualify them: "435 engineering, transport and medical
# personnel", "43 members".
_UNITS_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:" + personnel.UNIT_RE.pattern + r")", re.IGNORECASE)
_PEOPLE_SOON = re.compile(r"[^.;:()\d]{0,50}?(?:" + personnel.PERSON_NOUN_RE.pattern + r"|\bmembers\b|\branks\b)",
                          re.IGNORECASE)


def _rule_noun_numbering(sc: SentenceContext, q: Quantity, clause: tuple[int, int]) -> Found:
    head = personnel.head_before(sc.text, q.start, clause[0])
    return (head, "noun_numbering") if head is not None else None


def _rule_unit_strong(sc: SentenceContext, q: Quantity, clause: tuple[int, int]) -> Found:
    head = personnel.head_before_size(sc.text, q.start, q.end, clause[0])
    return (head, "unit_strong") if head is not None else None


def _rule_number_of(sc: SentenceContext, q: Quantity, clause: tuple[int, int]) -> Found:
    head = _number_of_head(sc, q, clause)
    return (head, "number_of") if head is not None else None


def _rule_contribution_of(sc: SentenceContext, q: Quantity, clause: tuple[int, int]) -> Found:
    text = sc.text
    if not personnel.ends_with_word(text[max(clause[0], q.start - 16):q.start], _CONTRIBUTION_LINKS):
        return None
    contribution = _CONTRIBUTION_OF.search(text, max(clause[0], q.start - 40), q.start)
    if contribution is None:
        return None
    return personnel.HeadNoun("peacekeepers", contribution.start(), contribution.end("noun"),
                              contribution.group("noun"), (), True), "contribution_of"


def _rule_own_total(sc: SentenceContext, q: Quantity, clause: tuple[int, int]) -> Found:
    head = _own_total_head(sc, q, clause)
    return (head, "own_total") if head is not None else None


def _rule_elliptic_from(sc: SentenceContext, q: Quantity, clause: tuple[int, int]) -> Found:
    head = _elliptic_head(sc, q)
    return (head, "elliptic_from") if head is not None else None


def _rule_demonym(sc: SentenceContext, q: Quantity, clause: tuple[int, int]) -> Found:
    head = _demonym_head(sc, q)
    return (head, "demonym") if head is not None else None


def _rule_changed_from(sc: SentenceContext, q: Quantity, clause: tuple[int, int]) -> Found:
    if not sc.out or not _CHANGED_FROM.search(sc.text, max(sc.sent.start, q.start - 40), q.start):
        return None
    prev = sc.out[-1]  # "600 police in Haiti, up from 400 in July": the same people, before the change
    return personnel.HeadNoun(prev.personnel_type, q.start, q.end, sc.text[q.start:q.end], ()), "changed_from"


def _rule_running(sc: SentenceContext, q: Quantity, clause: tuple[int, int]) -> Found:
    running = _RUNNING_NOUN.search(sc.text, max(clause[0], q.start - 90), q.start)
    if running is None:
        return None
    noun = running.group("noun").lower()
    head = personnel.HeadNoun(_RUNNING_TYPES.get(noun.rstrip("s"), "peacekeepers"), running.start("noun"),
                              running.end("noun"), running.group("noun"), (), False, running.start())
    return head, "running_total" if running.group("from") is None else "running_from"


def _rule_shared_noun(sc: SentenceContext, q: Quantity, clause: tuple[int, int]) -> Found:
    shared = _SHARED_NOUN.match(sc.text, q.end, sc.sent.end)
    if shared is None:
        return None
    head = personnel.head_after(sc.text, shared.end())
    if head is None:
        return None
    return personnel.HeadNoun(head.personnel_type, head.start, head.end, head.surface, head.modifiers), "shared_noun"



CANDIDATE_RULES = check_table((
    Rule("unit_size", "the size of a unit: 'a 700-member battalion', 'a 395-strong company'", _rule_unit_size),
    Rule("unit_size_apart", "'the 130 strong contingent here today', 'The 80 strong Irish transport contingent', "
         "'a 302 strong force', 'a 65 – strong communications unit' (real dev): 'strong' apart from the figure",
         _rule_unit_size_apart),
    Rule("figure_noun", "a personnel noun after the figure: '850 troops' (not 'three formed police units')",
         _rule_figure_noun, ("figure_noun", "units_counted", "things_counted")),
    Rule("figure_in_parentheses", "the digits after a figure in words, then its noun: 'one thousand one hundred "
         "and ninety eight (1198) members of the SANDF' (real dev, South African Presidency)",
         _rule_figure_in_parentheses),
    Rule("one_person", "one person named by a singular noun: 'currently contributes one officer to the operations "
         "staff at UNFICYP headquarters', 'five officers and one warrant officer' (real dev, DND and Hungarian MoD)",
         _rule_one_person),
    Rule("unit_of", "a unit, then its size: 'a battalion of 850', 'the contingent numbers 1,000'", _rule_unit_of),
    Rule("noun_numbering", "a noun, then its figure: 'troops numbering 395'", _rule_noun_numbering),
    Rule("unit_strong", "a unit before a size compound: 'a battalion 850-strong'", _rule_unit_strong),
    Rule("number_of", "'brings to 850 the number of Ghanaians serving with UNMIL'", _rule_number_of),
    Rule("contribution_of", "'a contribution of around 14 to MINUSMA': people of every kind",
         _rule_contribution_of),
    Rule("own_total", "the sender's total after a change: 'raising its contingent there to 1,300'",
         _rule_own_total),
    Rule("elliptic_from", "'7,500 troops, including 1,300 from Nigeria': the noun of the sentence",
         _rule_elliptic_from),
    Rule("demonym", "'more than 80,000 Ghanaians have served in UN missions'", _rule_demonym),
    Rule("changed_from", "'600 police in Haiti, up from 400 in July': the same people before the change",
         _rule_changed_from),
    Rule("running", "'increase its UNIFIL contingent to 1,000', '... to 1,000 from about 180'", _rule_running,
         ("running_total", "running_from")),
    Rule("shared_noun", "'with 1,400 and 1,300 troops respectively': the noun of the last figure",
         _rule_shared_noun),
    *NEWER_SHAPE_RULES,  # members_deployed, commitment_is (``candidates_deployed``)
    # bare (``candidates_bare``)
    Rule("bare", "a figure without a noun that counts a group named before ('another 200', 'pulled out 450.')",
         _rule_bare, ("anaphoric", "partitive", "bare_object", "bare_ranked", "bare_subject", "bare_predicate",
                      "bare_coordinated", "not_people", "loss_of_people")),
))


def find_head(sc: SentenceContext, q: Quantity, clause: tuple[int, int]) -> tuple[personnel.HeadNoun | None, str]:
    """The figure's head noun and the name of the candidate rule that found it (``CANDIDATE_RULES`` in order);
    (None, veto) when a rule rules the figure out, (None, "") when none applies."""
    for rule in CANDIDATE_RULES:
        found = rule.fn(sc, q, clause)
        if found is not None:
            note("candidate" if found[0] is not None else "veto", rule.name, found[1], q.start)
            return found
    return None, ""


def _demonym_head(sc, q: Quantity) -> personnel.HeadNoun | None:
    """"more than 80,000 Ghanaians have served in UN missions": a demonym in the plural counts people when a
    verb of service follows it (not "2,000 Ghanaians were evacuated")."""
    c = next((c for c in sc.countries if c.start > q.end), None)
    if c is None or c.kind != "demonym" or sc.text[q.end:c.start].strip() or not c.surface.endswith("s"):
        return None
    if not _SERVICE_AFTER.match(sc.text, c.end):
        return None
    return personnel.HeadNoun("peacekeepers", c.start, c.end, c.surface, ())


def _elliptic_head(sc, q: Quantity) -> personnel.HeadNoun | None:
    """"The UN Mission in Liberia has 7,500 troops, including 1,300 from Nigeria", "of which 2,200 are
    Indian": a figure whose noun is the sentence's last personnel noun before it, when a country follows."""
    m = _ELLIPTIC_FROM.match(sc.text, q.end, min(sc.sent.end, q.end + 30))
    country = next((c for c in sc.countries if m is not None and c.start == m.end()), None)
    if country is None:
        return None
    noun = None
    for noun in personnel.PERSON_NOUN_RE.finditer(sc.text, sc.sent.start, q.start):
        pass
    if noun is None:
        return None
    # The noun phrase runs to the country, which makes it the sender.
    return personnel.HeadNoun(personnel.person_noun_type(noun), country.start, country.end, noun.group(0), ())


def _number_of_head(sc, q: Quantity, clause: tuple[int, int]) -> personnel.HeadNoun | None:
    """"brings to 850 the number of Ghanaians serving with UNMIL", "wants the number of Chinese police in UN
    missions to reach 500": a figure that gives the number of a group of people named next to it, by a
    personnel noun or by a demonym ("Ghanaians": the personnel of the sentence before it)."""
    text = sc.text
    after = _NUMBER_OF_AFTER.match(text, q.end, clause[1])
    if after is not None:
        head = personnel.head_after(text, after.end())
        if head is not None:
            return head
        c = next((c for c in sc.countries if c.start == after.end()), None)
        if c is None or c.kind != "demonym":
            return None
        return personnel.HeadNoun(sc.antecedent_type(q.start) or "peacekeepers", c.start, c.end, c.surface, ())
    if not personnel.ends_with_word(text[max(clause[0], q.start - 16):q.start], _NUMBER_OF_LINKS):
        return None  # most figures: no need to run the window regex
    before = _NUMBER_OF_BEFORE.search(text, max(clause[0], q.start - 160), q.start)
    if before is None:
        return None
    g0, g1 = before.span("group")
    noun = personnel.PERSON_NOUN_RE.search(text, g0, g1)
    if noun is not None:
        return personnel.HeadNoun(personnel.person_noun_type(noun), noun.start(), noun.end(), noun.group(0), (),
                                  False, before.start())
    c = next((c for c in sc.countries if g0 <= c.start < g1 and c.kind == "demonym"), None)
    if c is None:
        return None
    return personnel.HeadNoun(sc.antecedent_type(before.start()) or "peacekeepers", c.start, c.end, c.surface,
                              (), False, before.start())


def _own_total_head(sc, q: Quantity, clause: tuple[int, int]) -> personnel.HeadNoun | None:
    """"raising its contingent there to 1,300", "bringing its total to 5,400", "has cut its contingent to 800":
    the sender's own total after a change; its noun is the one it names, or the group named before it."""
    text = sc.text
    lo = max(clause[0], q.start - 90)
    if not personnel.ends_with_word(text[max(clause[0], q.start - 8):q.start], _TO) or not (
            text.find("its ", lo, q.start) >= 0 or text.find("their ", lo, q.start) >= 0 or
            text.find("s ", lo, q.start) >= 0):
        return None
    m = _OWN_TOTAL.search(text, lo, q.start)
    if m is None:
        return None
    noun = personnel.PERSON_NOUN_RE.fullmatch(m.group("noun"))
    if noun is not None:
        ptype = personnel.person_noun_type(noun)
    else:
        # "850 soldiers and 160 police ..., bringing Rwanda's contribution to 1,000": all of them, in general.
        kinds = {_TYPE_CLASS.get(personnel.person_noun_type(n))
                 for n in personnel.PERSON_NOUN_RE.finditer(text, sc.sent.start, m.start())}
        ptype = "peacekeepers" if len(kinds) > 1 else sc.antecedent_type(m.start())
    if ptype is None:
        return None
    return personnel.HeadNoun(ptype, m.start("noun"), m.end("noun"), m.group("noun"), (), False, m.start("noun"))


def _unit_size_head(text: str, q: Quantity) -> personnel.HeadNoun | None:
    """"a 700-member battalion", "a 395-strong engineering company": the figure is the size of a unit."""
    if not _SIZE_COMPOUND.search(q.surface):
        return None
    return _unit_after_size(text, q.end)


def _unit_after_size(text: str, pos: int) -> personnel.HeadNoun | None:
    """The unit whose size a figure gives, in the words from ``pos`` on: "battalion", "engineering company"."""
    m = _UNIT_AFTER_SIZE.match(text, pos)
    if not m:
        return None
    words = m.group(1).strip()
    kind = personnel.unit_kind(words) if words else None
    return personnel.HeadNoun(kind or "troops", m.start(2), m.end(2), m.group(2), tuple(words.split()), True)


_UNIT_NP_WORDS = lexicon.word_set("unit_np_words")


_WORD_BEHIND = re.compile(r"[\w\u2019'-]+(?=\s+$)")


def _unit_phrase_start(text: str, unit_start: int, limit: int) -> int:
    """Where the noun phrase of a unit word starts: back over determiners, capitalised words and the words of a
    unit's kind ("a Senegalese formed police unit", "its second infantry battalion"), not over a verb."""
    start = unit_start
    while start > limit:
        word = _WORD_BEHIND.search(text, max(limit, start - 30), start)
        if word is None:
            break
        token = word.group()
        if not (token.lower() in _UNIT_NP_WORDS or token[:1].isupper() or personnel.unit_kind(token)):
            break
        start = word.start()
    return start


def _unit_of_head(text: str, q: Quantity, clause_start: int) -> personnel.HeadNoun | None:
    """"a battalion of 850", "an engineering company of about 275": a unit word, then "of", then the figure."""
    tail = text[max(clause_start, q.start - 16):q.start]
    if personnel.ends_with_word(tail, _UNIT_LINKS):
        m = _UNIT_BEFORE.search(text, max(clause_start, q.start - 80), q.start)
        if m and "(" not in m.group(0):
            kind = personnel.unit_kind(m.group("kind")) or "troops"
            # The noun phrase starts with the unit's ("a formed police unit of 160 officers"): its subject.
            np_start = _unit_phrase_start(text, m.start("unit"), clause_start)
            return personnel.HeadNoun(kind, m.start("unit"), m.end("unit"), m.group("unit"), (), True, np_start)
        return None
    if personnel.ends_with_word(tail, _UNIT_STRENGTH_LINKS):
        m = _UNIT_STRENGTH.search(text, max(clause_start, q.start - 100), q.start)
    elif personnel.ends_with_word(tail, _UNIT_NUMBERS_LINKS):
        m = _UNIT_NUMBERS.search(text, max(clause_start, q.start - 80), q.start)
    else:
        return None  # most figures: no need to run the window regexes
    if m is None:
        return None
    # "The Chinese contingent in South Sudan numbers about 1,000": the unit's phrase is the figure's subject.
    np_start = personnel.noun_phrase_start(text, m.start("unit"), clause_start)
    kind = personnel.unit_kind(text[np_start:m.start("unit")]) or "troops"
    return personnel.HeadNoun(kind, m.start("unit"), m.end("unit"), m.group("unit"), (), True, np_start)

