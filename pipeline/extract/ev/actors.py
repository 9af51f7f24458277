"""Binding of the actor: who acts in a trigger's clause.

Actor. The subject of the trigger's clause: the first country (name, capital, armed force like PLA,
demonym), organisation (UN, AU, ECOWAS, EU, NATO...) or mission between the clause start and the trigger that
no preposition introduces; a unit or a share "of" a demonym is the subject too (``a contingent of 200 Kenyan
police officers landed``). A relative clause (``France, which intervened``) takes the entity just before
*which/who*; a clause that opens with its verb after a relative clause the entity before that (``Mali's junta,
which had turned to mercenaries, demanded``); a participle between commas (``resolution 2687, adopted in
June,``, ``UNMOGIP, set up in 1949,``) the entity that ends the noun phrase before it, else nobody. Without an
entity before the verb: a pronoun or a definite description (``it``, ``the contingent``) takes the sentence's
first subject, else the previous sentence's subject (up to three sentences back); a mission (``the mission``,
``the U.N. force``) or a bare noun (``Jihadists``, ``separatist rebels``) gives no country. An organisation as
subject gives ``actor_iso3=None`` and ``actor_organisation``. In a passive attack (``peacekeepers were killed``,
``lost their lives``) the subject is the victim: the actor is the agent after *by*, else unknown. A closing
mission has no country actor.

Before the clause's subject: a country's adjective before a trigger noun (``the Israeli invasion``), a country
right after the noun's *of* (``the deployment of the SANDF``), the subject of a reported clause (``UNAMID reports
that 129 Egyptian engineering personnel arrived``; with none there, an arrival's origin), who announced it (``an
announcement by Italy ... that it would start a gradual drawdown``), the main clause's subject for a trigger noun
in an opening prepositional phrase (``Since the first dispatch in February 1996, Japan has``), the first country
of a list cut at its commas (``Swedish, Finnish and Danish nationals``).

Once the row's type is known, ``typed_actors.TYPED_ACTOR_RULES`` may change the actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.ev.common import (
    _CLAUSE_LEAD,
    _COMMA_CLAUSE,
    _DEFINITE,
    _HAS_WORD,
    _MISSION_SUBJECT,
    _PARTICIPLE,
    _RELATIVE_OPENING,
    Clauses,
    Entity,
    Trigger,
)
from pipeline.extract.ev.entities import _FIRST_VERB, _PRONOUN, DocIndex
from pipeline.extract.ev.rules import Rule, check_table, note

_BY = re.compile(r"(?i)\bby\b")
# "25 Nepalese troops who arrived", "Jordanian formed police unit, which": the people a demonym qualifies, up to the
# relative pronoun.
_PEOPLE_NOUN = re.compile(
    r"(?:\s+[a-z][\w-]*){0,2}\s+(?:troops|soldiers|peacekeepers|police|policemen|officers|personnel|engineers"
    r"|observers|contingents?|battalions?|units?|companies|company|forces|medics|experts|sailors|airmen|marines"
    r"|nationals)\s*,?\s*(?:\([^)]{0,20}\)\s*,?\s*)?"
)
# "the Israeli invasion", "a French intervention": a determiner before a country's adjective before the noun.
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:the|a|an|this|its|their|[a-z]+(?:st|nd|rd|th))\s+$")
# Between a country's adjective and the trigger noun: nothing, or one adjective ("French military intervention"),
# not a noun that would make the trigger a verb ("the Sudanese government broke out", "Nigerien peacekeepers
# arrived").
_ADJECTIVE_GAP = re.compile(
    r"\s+(?:(?!(?:troops|soldiers|peacekeepers|police|officers|personnel|forces|government|authorities|army|navy"
    r"|has|have|had|was|were|is|are|will|would)\b)[a-z][\w-]*\s+)?"
)
_FORCE_NAME = re.compile(r"(?i)\b(?:forces?|army|navy|guard|police|gendarmerie|marines)\b")
_ACRONYM = re.compile(r"[A-Z]{2,6}")  # an armed force's acronym ("the SANDF", "the KDF")
# "the deployment of the SANDF", "the arrival of 129 Egyptian engineers": the noun's "of" and what may stand
# before the country.
_OF_AFTER = re.compile(
    r"\s+of\s+(?:the\s+)?(?:(?:first|last|remaining|some|about|around|nearly|more\s+than|over|\d[\d,]*)\s+)*"
)
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?")
# "an announcement by Italy in October 2010 that it would start a gradual drawdown": who announced or decided.
_ANNOUNCED_BY = re.compile(r"(?i)\b(?:announcement|decision|declaration|statement|pledge|offer|commitment)\s+by\s+"
                           r"(?:the\s+)?")
# "UNAMID reports that", "a UN spokesman said on Monday that": the reported clause names the actor after "that".
_REPORTED_THAT = re.compile(
    r"(?i)\b(?:reports?|reported|said|says|announced|confirmed|stated|noted|added)\s+(?:(?:on\s+)?\w+day\s+"
    r"|today\s+|yesterday\s+)?that\s+"
)
# A clause that opens with a preposition and the trigger as a noun: "Since the first dispatch in February 1996,",
# "With its very first deployment of the Sangnroksu Unit,".
_ADVERBIAL_NOUN = re.compile(
    r"(?i)\W*(?:since|with|after|following|upon|before|until|through)\s+(?:(?:the|its|their|his|her|a|an|this"
    r"|very|[a-z]+(?:st|nd|rd|th)|[a-z]+ing)\s+){0,4}$"
)


@dataclass(slots=True)
class _Query:
    """The trigger whose actor is looked for, in its sentence and clause (``i``: the clause's index); ``walked``
    and ``region``: what two rules each need, computed once."""

    doc: DocIndex
    index: int
    clauses: Clauses
    trigger: Trigger
    i: int
    a: int
    walked: tuple[bool, int] | None = None
    region: str | None = None


# A rule's answer that there is no actor (the rules after it are not tried).
NOBODY = Entity(-1, -1)


def _relative_antecedent(q: _Query) -> Entity | None:
    """ "France, which intervened", "(MINUSMA),1 which took over": the entity right before the pronoun."""
    doc, text, a = q.doc, q.doc.text, q.a
    if not _RELATIVE_OPENING.match(text, a, q.trigger.start):
        return None
    candidates = [e for e in doc.entities_in(max(doc.sentences[q.index].start, a - 200), a)
                  if re.fullmatch(r"[\s,()\d*\]]*", text[e.end:a]) or _PEOPLE_NOUN.fullmatch(text, e.end, a)]
    return candidates[-1] if candidates else None


def _adjective_before(q: _Query) -> Entity | None:
    """ "the Israeli invasion of Lebanon in 1982", "a French intervention": a country's adjective between a
    determiner and the trigger noun (one more adjective may stand between)."""
    doc, text, start = q.doc, q.doc.text, q.trigger.start
    if _FIRST_VERB.match(text, start):
        return None  # a verb ("the PLA deployed"): its subject is the clause's
    found = [e for e in doc.entities_in(max(q.a, start - 40), start) if e.iso3
             and _ADJECTIVE_GAP.fullmatch(text, e.end, start)]
    if found and _DETERMINER_BEFORE.search(text, max(0, found[-1].start - 20), found[-1].start):
        return found[-1]
    return None


def _noun_of(q: _Query) -> Entity | None:
    """ "approved the deployment of the South African National Defence Force (SANDF)", "the withdrawal of French
    troops": a country right after the trigger noun's "of"."""
    doc, text, trigger = q.doc, q.doc.text, q.trigger
    of = _OF_AFTER.match(text, trigger.end)
    if of is None:
        return None
    found = doc.entities_in(of.end(), min(q.clauses[q.i][1], of.end() + 60))
    if not found or found[0].start != of.end() or not found[0].iso3:
        return None
    e = found[0]  # people or a force ("the Irish contingent", "the SANDF"), not a place ("the Iraqi no-fly zones")
    force = _FORCE_NAME.search(text, e.start, e.end) or _ACRONYM.fullmatch(text, e.start, e.end)
    return e if force or _PEOPLE_NOUN.match(text, e.end) else None


def _reported_clause(q: _Query) -> Entity | None:
    """ "UNAMID reports that 129 Egyptian engineering personnel arrived today": the actor is the reported clause's
    subject, not the reporter's; with none, an arrival's origin ("MONUC reported that the soldiers arrived in
    Bunia from Bangladesh")."""
    text, start = q.doc.text, max(q.a, q.doc.body_start(q.index))
    that = None
    for that in _REPORTED_THAT.finditer(text, start, q.trigger.start):
        pass
    if that is None:
        return None
    return q.doc.first_subject(that.end(), q.trigger.start) or _arrived_from(q)


def _arrived_from(q: _Query) -> Entity | None:
    """ "the soldiers arrived in Bunia from Bangladesh yesterday": an arrival whose subject names no country comes
    from the country that sends it."""
    if q.trigger.rule != "arrive":
        return None
    doc, end = q.doc, q.clauses[q.i][1]
    origin = _FROM.search(doc.text, q.trigger.end, min(end, q.trigger.end + 60))
    found = doc.entities_in(origin.end(), min(end, origin.end() + 40)) if origin is not None else []
    return found[0] if found and found[0].start == origin.end() and found[0].iso3 else None


def _announced_by(q: _Query) -> Entity | None:
    """ "Poland stated its intent ..., followed swiftly by an announcement by Italy in October 2010 that it would
    start a gradual drawdown": the state that announced or decided what the trigger names."""
    doc, text = q.doc, q.doc.text
    last = None
    for last in _ANNOUNCED_BY.finditer(text, max(q.a, doc.body_start(q.index)), q.trigger.start):
        pass
    found = doc.entities_in(last.end(), min(q.trigger.start, last.end() + 40)) if last is not None else []
    return found[0] if found and found[0].start == last.end() else None


def _adverbial_noun(q: _Query) -> Entity | None:
    """ "Since the first dispatch in February 1996, Japan has continued to dispatch": a trigger noun in an opening
    prepositional phrase takes the subject of the main clause (the first clause after it with a verb)."""
    doc, text, clauses = q.doc, q.doc.text, q.clauses
    if q.a > doc.body_start(q.index) + 3 or not _ADVERBIAL_NOUN.fullmatch(text, q.a, q.trigger.start):
        return None
    for a, b in clauses[q.i + 1:q.i + 4]:
        verb = _FIRST_VERB.search(text, a, b)
        if verb is not None:
            return doc.first_subject(a, verb.start())
        found = doc.first_subject(a, b)  # a verb the list does not know ("El Salvador ... saw"): a leading name
        if found is not None and re.fullmatch(r"[\s,]*(?:the\s+)?", text[a:found.start]):
            return found
    return None


# "its December 2000 deployment", "their first deployment": a possessive before the trigger noun.
_POSSESSIVE_BEFORE = re.compile(r"(?i)\b(?:its|their)\s+(?:[\w-]+\s+){0,3}$")


def _possessor(q: _Query) -> Entity | None:
    """ "praised the Kenyan contingent for their professionalism since its December 2000 deployment" (r1_036): a
    trigger noun after "its/their" belongs to the contingent named before it in the sentence (a country's adjective
    and a noun of people or units), not to the sentence's subject (the mission that praised it)."""
    doc, text, start = q.doc, q.doc.text, q.trigger.start
    sentence = doc.sentences[q.index]
    possessive = _POSSESSIVE_BEFORE.search(text, max(sentence.start, start - 40), start)
    if possessive is None or _FIRST_VERB.match(text, start):
        return None
    people = [e for e in doc.entities_in(sentence.start, possessive.start())
              if e.iso3 and _PEOPLE_NOUN.match(text, e.end)]
    return people[-1] if people else None


def _list_head(q: _Query) -> Entity | None:
    """ "about 40 Swedish, Finnish and Danish nationals were withdrawn": a clause cut inside a list of countries
    (at its comma; the clause goes on with "and <country>") takes the list's first country."""
    doc, text, clauses = q.doc, q.doc.text, q.clauses
    found = [e for e in doc.entities_in(q.a, q.trigger.start) if e.iso3]
    if len(found) < 2 or not re.fullmatch(r"[\s,]*", text[q.a:found[0].start]) \
            or not re.fullmatch(r",?\s+(?:and|or)\s+", text[found[0].end:found[1].start]):
        return None
    head, i = None, q.i
    while i > 0:
        a, b = clauses[i - 1]
        before = [e for e in doc.entities_in(a, b) if e.iso3]
        if not before or not re.fullmatch(r"[\s,]*", text[before[-1].end:b]) \
                or not doc.is_subject_position(before[-1], a):
            break
        head, i = before[-1], i - 1
        if not re.fullmatch(r"[\s,]*", text[a:head.start]):
            break  # the list starts in this clause ("about 40 Swedish")
    return head


def _clause_subject(q: _Query) -> Entity | None:
    return q.doc.first_subject(max(q.a, q.doc.body_start(q.index)), q.trigger.start)


def _walked_back(q: _Query) -> tuple[bool, int]:
    """When the trigger's clause opens with its verb: whether relative clauses stand before it, and the index of
    the clause after the walk back over them (and over clauses with no word)."""
    if q.walked is None:
        q.walked = _walk_back(q)
    return q.walked


def _walk_back(q: _Query) -> tuple[bool, int]:
    text, clauses, i, trigger = q.doc.text, q.clauses, q.i, q.trigger
    if not (i > 0 and _FIRST_VERB.match(text, _CLAUSE_LEAD.match(text, q.a, trigger.end).end(), trigger.end)):
        return False, i
    relative = False
    while i > 0 and (_RELATIVE_OPENING.match(text, *clauses[i - 1]) or not _HAS_WORD.search(text, *clauses[i - 1])):
        relative = relative or _RELATIVE_OPENING.match(text, *clauses[i - 1]) is not None
        i -= 1
    return relative, i


def _before_relative(q: _Query) -> Entity | None:
    """ "after Mali's junta, which had turned to mercenaries, demanded in June": the verb's subject stands before
    the relative clause."""
    relative, i = _walked_back(q)
    if relative and i > 0:
        return q.doc.first_subject(max(q.clauses[i - 1][0], q.doc.body_start(q.index)), q.clauses[i - 1][1])
    return None


def _participle_apposition(q: _Query) -> Entity | None:
    """ "resolution 2687, adopted in June, ATMIS must", "UNMOGIP, set up in 1949, today comprises": a participle
    between commas after a noun phrase modifies it; the subject is that noun phrase's entity when it ends it, else
    nobody."""
    doc, text, clauses, a, trigger = q.doc, q.doc.text, q.clauses, q.a, q.trigger
    i = _walked_back(q)[1]  # (the clause index after the walk of ``before_relative``)
    lead = _CLAUSE_LEAD.match(text, a, trigger.end)
    if not (0 < i < len(clauses) - 1 and lead.end() == trigger.start and "and" not in text[a:lead.end()].lower()
            and _PARTICIPLE.match(text, trigger.start) and not _RELATIVE_OPENING.match(text, *clauses[i - 1])
            and _COMMA_CLAUSE.match(text, *clauses[i + 1])):
        return None
    ending = doc.entities_in(clauses[i - 1][0], clauses[i - 1][1])
    if ending and re.fullmatch(r"[\s)\d]*", text[ending[-1].end:clauses[i - 1][1]]):
        return ending[-1]
    return NOBODY


def _sentence_subject(q: _Query) -> Entity | None:
    return q.doc.first_subject(q.doc.body_start(q.index), q.trigger.start, before_verb=True)


def _bare_region(q: _Query) -> str:
    """The words before the verb when no entity stands there: of the clause, else of the sentence."""
    if q.region is not None:
        return q.region
    doc, text = q.doc, q.doc.text
    region = text[max(q.a, doc.body_start(q.index)):q.trigger.start]
    if not _HAS_WORD.search(region):
        body = doc.body_start(q.index)
        verb = _FIRST_VERB.search(text, body, q.trigger.start)
        region = text[body:verb.start() if verb is not None else q.trigger.start]
    q.region = region
    return region


def _mission_subject(q: _Query) -> Entity | None:
    return NOBODY if _MISSION_SUBJECT.match(_bare_region(q)) else None


def _bare_noun(q: _Query) -> Entity | None:
    region = _bare_region(q)
    if _HAS_WORD.search(region) and not _PRONOUN.search(region) and not _DEFINITE.search(region):
        return NOBODY
    return None


def _previous_sentence(q: _Query) -> Entity | None:
    return q.doc.previous_subject(q.index)


# Who acts in a trigger's clause, in order: the first rule that answers wins (NOBODY: no actor).
ACTOR_RULES = check_table((
    Rule("relative_antecedent", "a relative clause's verb: the entity right before 'which/who'",
         "China, which intervened in the conflict in January 2013, hopes to hand over to MINUSMA.",
         _relative_antecedent),
    Rule("adjective_before", "a country's adjective before the trigger noun: that country",
         "The mandate had to be adjusted twice, due to the Israeli invasion of Lebanon in 1982.", _adjective_before),
    Rule("noun_of", "a country right after the trigger noun's 'of': that country",
         "Mandela approved the deployment of the South African National Defence Force (SANDF) to Lesotho on 22 "
         "September 1998.", _noun_of),
    Rule("reported_clause", "'X reports that Y arrived': the reported clause's subject",
         "The joint United Nations-African Union peacekeeping mission in Darfur (UNAMID) reports that 129 Egyptian "
         "engineering personnel arrived today in the western Sudanese region.", _reported_clause),
    Rule("announced_by", "'an announcement by X ... that it would withdraw': X",
         "Then in July 2010 Poland stated its intent to complete its withdrawal by 2015, followed swiftly by an "
         "announcement by Italy in October 2010 that it would start a gradual drawdown of troops.", _announced_by),
    Rule("adverbial_noun", "a trigger noun in an opening prepositional phrase: the main clause's subject",
         "Since the first dispatch in February 1996, Japan has continued to dispatch a total of approximately 1,500 "
         "personnel.", _adverbial_noun),
    Rule("possessor", "a trigger noun after 'its/their': the contingent named before it in the sentence",
         "UNTAET chief Sergio Vieira de Mello praised the Kenyan contingent for their professionalism since its "
         "December 2000 deployment.", _possessor),
    Rule("list_head", "a clause cut inside a list of countries: the list's first country",
         "As a result, about 40 Swedish, Finnish and Danish nationals were withdrawn from the SLMM from 1 September "
         "2006.", _list_head),
    Rule("clause_subject", "the first entity of the trigger's clause that no preposition introduces",
         "Nigeria deployed 1,200 troops to Mali in January 2013.", _clause_subject),
    Rule("before_relative", "a clause that opens with its verb after a relative clause: the entity before it",
         "After Mali's junta, which had turned to mercenaries, demanded in June 2023 that the mission leave, the "
         "Council ended it.", _before_relative),
    Rule("participle_apposition", "a participle between commas: the entity that ends the noun phrase before it, "
         "else nobody", "UNMOGIP, set up in 1949, today comprises 44 observers.", _participle_apposition),
    Rule("sentence_subject", "the sentence's first entity before its first verb",
         "Nigeria, in March 2014, deployed a second battalion.", _sentence_subject),
    Rule("mission_subject", "'the mission', 'the U.N. force' as subject: no country",
         "The mission deployed to Gao in March 2014.", _mission_subject),
    Rule("bare_noun", "a bare noun as subject ('Jihadists'): no country",
         "Jihadists attacked the camp on 5 May 2014.", _bare_noun),
    Rule("previous_sentence", "a pronoun or a definite description: the previous sentence's subject",
         "Ghana sent troops to Mali. It deployed a second battalion in March 2014.", _previous_sentence),
))


def _subject(doc: DocIndex, index: int, clauses: Clauses, trigger: Trigger) -> tuple[Entity | None, str]:
    """The actor of a trigger and the rule that found it (``ACTOR_RULES``, recorded in the trace; "none" when no
    rule answers)."""
    i = clauses.index(trigger.start)
    q = _Query(doc, index, clauses, trigger, i, clauses[i][0])
    for rule in ACTOR_RULES:
        found = rule.fn(q)
        if found is not None:
            note("actor", rule.name, pos=trigger.start)
            return (None if found is NOBODY else found), rule.name
    return None, "none"


def _agent(doc: DocIndex, trigger: Trigger, clause: tuple[int, int]) -> Entity | None:
    """The entity after "by" in a passive clause ("were killed by Nigerian troops"), if any."""
    by = _BY.search(doc.text, trigger.end, clause[1])
    if by is None:
        return None
    found = doc.entities_in(by.end(), min(clause[1], by.end() + 60))
    return found[0] if found else None
