"""Stage 5, personnel type: a head that names a kind is that kind; a generic head ("troops", "personnel") is
refined by ``TYPE_RULES`` (its modifiers, units, predicate, role) and then read in its story
(``STORY_TYPE_RULES``).
"""

from __future__ import annotations

import re

from pipeline.extract import personnel
from pipeline.extract.contrib.candidates import _UNIT_BEFORE, _UNIT_LINKS
from pipeline.extract.contrib.common import _PARTITIVE_PART
from pipeline.extract.contrib.context import Candidate, SentenceContext
from pipeline.extract.contrib.rules import Rule, check_table, note

_POLICE_TYPES = frozenset({"police", "formed_police_unit"})
# The guide's matching classes, by a representative type.
_CLASS = {"staff_officers": "observers", "formed_police_unit": "police", "guards": "infantry", "aviation": "transport",
          "peacekeepers": "troops"}


# "155 of the Chinese troops are expected to be engineers": a kind of personnel named by the predicate (not
# across another figure: "850 personnel, including 40 staff officers").
_PREDICATE_TYPE = re.compile(
    r"[^.;:()\d]{0,40}?\b(?:be|are|were|is|was|as)\s+"
    r"(?:[A-Za-z-]+\s+){0,2}?(?:" + personnel.PERSON_NOUN_RE.pattern + r")",
    re.IGNORECASE,
)


# "Officers left for Beirut to join UNTSO as military observers": the role they join as, further on.
_ROLE_WINDOW = 260


_ROLE_VERB = re.compile(r"\b(?:join|joins|joined|joining|serve|serves|served|serving|work|works|worked|working|"
                        r"act|acting|deployed|sent|go|goes|went)\b", re.IGNORECASE)


_ROLE_AFTER_AS = re.compile(r"(?:[A-Za-z.-]+\s+){0,3}?(?:" + personnel.PERSON_NOUN_RE.pattern + r")", re.IGNORECASE)


_STOPS = re.compile(r"[.;:]\s")


# "two infantry battalions, together about 2,400 soldiers": a unit, then its strength in apposition.
_UNIT_APPOSITION = re.compile(
    r"(?P<kind>[\w\u2019'-]+(?:\s+[\w-]+)?)\s+(?P<unit>" + personnel.UNIT_RE.pattern + r")"
    r"(?:\s+(?:to|in)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})?\s*,\s*"
    r"(?:(?:together|combined|altogether|in\s+all|in\s+total|totall?ing|comprising|numbering|with|of)\s+)?$",
    re.IGNORECASE,
)


_IN_UNITS = re.compile(r"\s+(?:and\s+[\w-]+\s+)?(?:in|of|with|from)\s+(?:the\s+|its\s+|their\s+)?"
                       r"(?P<kind>[\w-]+(?:\s+[\w-]+)?)\s+"
                       r"(?:units?|battalions?|compan(?:y|ies)|detachments?|contingents?|teams?)\b", re.IGNORECASE)


_UNIT_APPOSITION_LINKS = frozenset({"together", "combined", "altogether", "all", "total", "totaling", "totalling",
                                    "comprising", "numbering", "with", "of"})


# People sent to staff posts are staff officers (C10): "15 other personnel to staff appointments at UN, EU and OSCE
# headquarters" (real dev r6_014), "one officer to the operations staff at UNFICYP headquarters" (r5_046); not across
# another figure ("three personnel - two officers and one senior non-commissioned officer - to staff officer
# appointments", r3_017, is left to a later rule on breakdowns).
_STAFF_POST = re.compile(r"[^.;:()\d]{0,80}?\bto\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?staff\b(?!\s+(?:and|or)\b)",
                         re.IGNORECASE)


# "Almost 100 members of the United Kingdom engineering contingent", "the 46 members of the Jordanian formed police
# unit", "23 members of the departing Bangladesh Battalion", "over 670 members of the Permanent Defence Forces": the
# unit the people belong to, named after them (real dev r1_009, r1_038, r1_039, r1_007, r2_015).
_OF_UNIT = re.compile(r"\s+(?:of|from)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|our\s+)?"
                      r"(?P<words>(?:[\w\u2019'-]+\s+){0,4}?)(?P<unit>" + personnel.UNIT_RE.pattern + r")",
                      re.IGNORECASE)
# Units that are military whatever their branch (C9: "a military contingent of mixed or unstated branch" is troops).
_MILITARY_UNITS = re.compile(r"^(?:battalions?|compan(?:y|ies)|platoons?|contingents?|detachments?|squadrons?|"
                             r"brigades?|regiments?|battle\s*groups?)$", re.IGNORECASE)
# Armed forces named before the people or as the body they belong to (C9: "Defence Forces personnel", "ADF
# personnel", "members of the Permanent Defence Forces"; real dev r3_002, r6_009, r6_010, r5_046, r2_015).
_ARMED_FORCES = re.compile(r"\b(?:(?:defen[cs]e|armed)\s+forces?|army|navy|air\s+force|military)\b", re.IGNORECASE)
_ARMED_ACRONYM = re.compile(r"\b(?:[A-Z]{1,3}DF|CAF)\b")  # ADF, NZDF, SDF, CAF: in capitals only
_GENERIC_HEADS = frozenset({"personnel", "members", "peacekeepers", "staff", "men", "women", "men and women"})
# Another kind of personnel coordinated with the head, with no figure of its own: "2,300 staff officers and engineer
# unit personnel" (real dev r2_042).
_AND_OTHER_KIND = re.compile(r"\s+and\s+(?P<mods>(?:[A-Za-z-]+\s+){0,2}?)(?:" + personnel.PERSON_NOUN_RE.pattern + r")",
                             re.IGNORECASE)
# A unit, then the clause that gives its size: "the Egyptian engineering company, which consists of 335 personnel"
# (real dev r1_040).
_UNIT_SIZE_CLAUSE = re.compile(
    r"(?P<kind>[\w\u2019'-]+(?:\s+[\w-]+)?)\s+(?P<unit>" + personnel.UNIT_RE.pattern + r")\s*,?\s*"
    r"(?:(?:which|that)\s+(?:consists|consisted|comprises|comprised|numbers|numbered)|consisting|comprising|"
    r"composed|made\s+up)(?:\s+of)?\s+(?:(?:about|some|around|approximately|nearly|over|more\s+than)\s+)?$",
    re.IGNORECASE)


def _mixed_units(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lists units of more than one kind ("two infantry battalions and two formed
    police units"): the kind is read from the two words before each unit word."""
    kinds = set()
    for m in personnel.UNIT_RE.finditer(text, start, end):
        kind = personnel.unit_kind(" ".join(text[max(start, m.start() - 30):m.start()].split()[-2:]))
        if kind:
            kinds.add(kind)
    return len(kinds) > 1


def _role_as(text: str, pos: int) -> tuple[str, int] | None:
    """The personnel type of the role that people named at ``pos`` serve as, and where it ends: "... left for
    Beirut on Sunday to join UNTSO as military observers" -> observers (a verb of service, then "as")."""
    end = pos + _ROLE_WINDOW
    stop = _STOPS.search(text, pos, end)
    if stop is not None:
        end = stop.start()
    i = text.find(" as ", pos, end)
    while i >= 0:
        role = _ROLE_AFTER_AS.match(text, i + 4, end)
        if role is not None and _ROLE_VERB.search(text, pos, i):
            return role.lastgroup or "peacekeepers", role.end()
        i = text.find(" as ", i + 4, end)
    return None


# -- the personnel type rules ---------------------------------------------------------------------------------
# A head that names a kind ("engineers", "police") is that kind; a generic head ("personnel", "troops") is refined
# by the first of ``TYPE_RULES`` that answers, then read in its story (``STORY_TYPE_RULES``). Each returns None
# when it does not apply, else the type.
_GENERIC = ("troops", "peacekeepers")


def _type_modifier(sc: SentenceContext, c: Candidate) -> str | None:
    head = c.head
    if head.modifiers and not head.is_unit_size:
        return personnel.unit_kind(" ".join(head.modifiers)) or None  # "170 security troops", "200 logistics staff"
    return None


def _type_in_units(sc: SentenceContext, c: Candidate) -> str | None:
    in_units = _IN_UNITS.match(sc.text, c.head.end)
    if in_units is not None:  # "25,000 officers and soldiers in engineering units"
        return personnel.unit_kind(in_units.group("kind")) or None
    return None


def _type_predicate(sc: SentenceContext, c: Candidate) -> str | None:
    pred = _PREDICATE_TYPE.match(sc.text, c.head.end, c.head.end + 80)
    if pred and pred.lastgroup not in (None, *_GENERIC):
        return pred.lastgroup
    return None


def _type_role_as(sc: SentenceContext, c: Candidate) -> str | None:
    role = _role_as(sc.text, c.head.end)
    if role is not None and role[0] not in _GENERIC and \
            not any(c.head.end <= f_start < role[1] for f_start, _ in sc.figures):
        return role[0]
    return None


def _type_staff_post(sc: SentenceContext, c: Candidate) -> str | None:
    post = _STAFF_POST.match(sc.text, c.head.end, sc.sent.end)
    if post is not None and not any(c.head.end <= f_start < post.end() for f_start, _ in sc.figures):
        return "staff_officers"
    return None


def _type_unit_apposition(sc: SentenceContext, c: Candidate) -> str | None:
    text, q, sent_start = sc.text, c.q, sc.sent.start
    tail = text[max(sent_start, q.start - 16):q.start].rstrip()
    if not (tail.endswith(",") or personnel.ends_with_word(tail, _UNIT_APPOSITION_LINKS)):
        return None
    unit = _UNIT_APPOSITION.search(text, max(sent_start, q.start - 80), q.start)
    kind = personnel.unit_kind(unit.group("kind")) if unit else None
    # Not the sum of a list of units ("two infantry battalions and two formed police units, some 1,600
    # personnel in all"): those are of every kind.
    if kind and not _mixed_units(text, max(sent_start, q.start - 160), q.start):
        return kind
    return None


def _type_unit(sc: SentenceContext, c: Candidate) -> str | None:
    text, q, clause_start = sc.text, c.q, c.clause[0]
    if not personnel.ends_with_word(text[max(clause_start, q.start - 16):q.start], _UNIT_LINKS):
        return None
    unit = _UNIT_BEFORE.search(text, max(clause_start, q.start - 80), q.start)
    return (personnel.unit_kind(unit.group("kind")) or None) if unit else None


def _type_of_unit(sc: SentenceContext, c: Candidate) -> str | None:
    if c.head.surface.lower() not in _GENERIC_HEADS:
        return None
    m = _OF_UNIT.match(sc.text, c.head.end)
    if m is None:
        return None
    words = m.group("words")
    kind = personnel.unit_kind(words) if words else None
    if kind is not None:
        return kind
    if _MILITARY_UNITS.match(m.group("unit")) or _armed_forces(words + m.group("unit")):
        return "troops"
    return None


def _armed_forces(text: str) -> bool:
    """Whether ``text`` names armed forces ("Defence Forces", "ADF", "army")."""
    return _ARMED_FORCES.search(text) is not None or _ARMED_ACRONYM.search(text) is not None


def _type_unit_size_clause(sc: SentenceContext, c: Candidate) -> str | None:
    unit = _UNIT_SIZE_CLAUSE.search(sc.text, max(sc.sent.start, c.q.start - 90), c.q.start)
    return (personnel.unit_kind(unit.group("kind")) or None) if unit else None


def _type_armed_forces(sc: SentenceContext, c: Candidate) -> str | None:
    if c.head.surface.lower() in _GENERIC_HEADS and c.modifiers and _armed_forces(" ".join(c.modifiers)):
        return "troops"  # "530 Defence Forces personnel", "1,300 ADF personnel", "some 25,000 CAF personnel"
    return None


def _type_mixed_kinds(sc: SentenceContext, c: Candidate) -> str | None:
    head = c.head.personnel_type
    if head in _GENERIC:
        return None
    other = _AND_OTHER_KIND.match(sc.text, c.head.end)
    if other is None:
        return None
    kind = other.lastgroup or "peacekeepers"
    if kind in _GENERIC:
        kind = personnel.unit_kind(other.group("mods") or "") or kind
    if kind in _GENERIC or _CLASS.get(kind, kind) == _CLASS.get(head, head):
        return None  # "military observers and staff officers": one class
    # Kinds mixed in one count are peacekeepers, troops when the sentence marks them as armed forces (C9).
    military = not {kind, head} & _POLICE_TYPES and _armed_forces(sc.text[sc.sent.start:sc.sent.end])
    return "troops" if military else "peacekeepers"


def _type_partitive(sc: SentenceContext, c: Candidate) -> str | None:
    if _PARTITIVE_PART.match(sc.text, c.q.end):  # "three of them Irish officers": what "them" are
        antecedent = sc.antecedent_type(c.q.start)
        if antecedent is not None and antecedent not in _GENERIC:
            return antecedent
    return None


def _type_police_story(sc: SentenceContext, c: Candidate) -> str | None:
    if c.head.surface.lower() == "officers" and \
            ("police" in sc.lowered or (sc.focus.ptype in _POLICE_TYPES and
                                        sc.sent.index - sc.focus.row_sentence <= 2)):
        return "police"  # "officers" in a story of police: "68 women officers"
    return None


def _forces_before(sc: SentenceContext, pos: int) -> bool:
    """Whether the document names armed forces before ``pos`` (the first such name found once per document)."""
    first = getattr(sc.focus, "first_armed_forces", None)
    if first is None:
        m = _ARMED_FORCES.search(sc.text)
        a = _ARMED_ACRONYM.search(sc.text)
        first = min(x.start() if x is not None else len(sc.text) for x in (m, a))
        sc.focus.first_armed_forces = first
    return first < pos


def _type_forces_story(sc: SentenceContext, c: Candidate) -> str | None:
    if c.head.surface.lower() not in _GENERIC_HEADS or sc.home is None or c.senders != [sc.home] or \
            "police" in sc.lowered or not _forces_before(sc, c.q.start):
        return None
    # A national parliament's, ministry's or armed force's own personnel, in a document that has named its armed
    # forces: troops (C9): "The main commitments are to KFOR in Kosovo, with 213 personnel" (Dail, r6_009, after
    # "738 Defence Forces personnel"), "Operation Catalyst comprises approximately 800 personnel" (ABS, r2_018),
    # "the 198 personnel serving with ... UNIFIL" (Defence Forces, r2_017), r3_002, r5_040, r6_014
    return "troops"


TYPE_RULES = check_table((
    Rule("modifier", "the kind its modifiers name: '170 security troops', '200 logistics personnel'",
         _type_modifier),
    Rule("in_units", "'25,000 officers and soldiers in engineering units'", _type_in_units),
    Rule("predicate", "'155 of the Chinese troops are expected to be engineers'", _type_predicate),
    Rule("role_as", "'officers left for Beirut to join UNTSO as military observers'", _type_role_as, ("predicate",)),
    Rule("staff_post", "sent to staff posts: '15 other personnel to staff appointments at UN, EU and OSCE "
         "headquarters', 'one officer to the operations staff at UNFICYP headquarters' (real dev r6_014, r5_046)",
         _type_staff_post),
    Rule("unit_apposition", "'two infantry battalions, together about 2,400 soldiers'", _type_unit_apposition),
    Rule("unit", "'an engineering company of 275 personnel'", _type_unit),
    Rule("of_unit", "the unit the people belong to: 'almost 100 members of the United Kingdom engineering "
         "contingent', 'the 46 members of the Jordanian formed police unit'; a military unit of no stated kind or "
         "the armed forces is troops: '23 members of the departing Bangladesh Battalion', 'over 670 members of the "
         "Permanent Defence Forces' (real dev r1_009, r1_038, r1_007, r2_015)", _type_of_unit),
    Rule("unit_size_clause", "'the Egyptian engineering company, which consists of 335 personnel' (real dev r1_040)",
         _type_unit_size_clause),
    Rule("mixed_kinds", "a head of one kind coordinated with another kind: troops, or peacekeepers with police (C9): "
         "'2,300 staff officers and engineer unit personnel' (real dev r2_042); read before the head's own kind",
         _type_mixed_kinds),
    Rule("armed_forces", "armed forces named before generic personnel are troops (C9): '530 Defence Forces "
         "personnel', '1,300 ADF personnel', 'some 25,000 CAF personnel' (real dev r3_002, r6_010, r5_046)",
         _type_armed_forces),
))
STORY_TYPE_RULES = check_table((
    Rule("partitive", "'three of them Irish officers': what 'them' are (observers)", _type_partitive),
    Rule("police_story", "'officers' in a story of police are police officers", _type_police_story),
    Rule("forces_story", "a national publisher's own generic personnel, in a document that has named its armed "
         "forces, are troops (C9): 'with 213 personnel' after '738 Defence Forces personnel' (real dev r6_009, "
         "r6_014, r2_017, r2_018, r3_002, r5_040)", _type_forces_story),
))


def resolve_type(sc: SentenceContext, c: Candidate) -> tuple[str, str]:
    """The personnel type of a candidate and the rule that gave it: its head's ("head") when the head names a
    kind, else the first of ``TYPE_RULES``, then of ``STORY_TYPE_RULES`` while the type stays generic."""
    ptype = c.head.personnel_type
    if ptype not in _GENERIC:
        mixed = _type_mixed_kinds(sc, c)
        if mixed is not None:
            note("type", "mixed_kinds", "mixed_kinds", c.q.start)
            return mixed, "mixed_kinds"
        note("type", "head", "head", c.q.start)
        return ptype, "head"
    for rule in TYPE_RULES:
        kind = rule.fn(sc, c)
        if kind is not None:
            note("type", rule.name, rule.names[0], c.q.start)
            if kind not in _GENERIC:
                return kind, rule.names[0]
            ptype, found = kind, rule.names[0]
            break
    else:
        found = "head"
    for rule in STORY_TYPE_RULES:
        kind = rule.fn(sc, c)
        if kind is not None:
            note("type", rule.name, rule.name, c.q.start)
            return kind, rule.name
    if found == "head":
        note("type", "head", "head", c.q.start)
    return ptype, found
