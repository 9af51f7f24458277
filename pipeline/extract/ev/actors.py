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
``the U.N. force``) or a bare noun (``Jihadists``, ``separatist rebels``) gives no country. A mission or an
organisation as subject gives ``actor_iso3=None`` (``actor_organisation`` from
``ctx.extra["mission_organisation"]`` for a mission, when the caller provides that mapping). In a passive
attack (``peacekeepers were killed``, ``lost their lives``) the subject is the victim: the actor is the agent after
*by*, else unknown. A closing mission has no country actor.
"""

from __future__ import annotations

import re

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

_BY = re.compile(r"(?i)\bby\b")
def _subject(doc: DocIndex, index: int, clauses: Clauses, trigger: Trigger) -> Entity | None:
    text = doc.text
    sentence = doc.sentences[index]
    i = clauses.index(trigger.start)
    a = clauses[i][0]
    if _RELATIVE_OPENING.match(text, a, trigger.start):
        # "France, which intervened", "(MINUSMA),1 which took over": the entity right before the pronoun.
        candidates = [e for e in doc.entities_in(max(sentence.start, a - 200), a)
                      if re.fullmatch(r"[\s,()\d*\]]*", text[e.end:a])]
        if candidates:
            return candidates[-1]
    region = doc.first_subject(max(a, doc.body_start(index)), trigger.start)
    if region is not None:
        return region
    if i > 0 and _FIRST_VERB.match(text, _CLAUSE_LEAD.match(text, a, trigger.end).end(), trigger.end):
        # "after Mali's junta, which had turned to mercenaries, demanded in June": the verb's subject stands
        # before the relative clause.
        relative = False
        while i > 0 and (_RELATIVE_OPENING.match(text, *clauses[i - 1])
                         or not _HAS_WORD.search(text, *clauses[i - 1])):
            relative = relative or _RELATIVE_OPENING.match(text, *clauses[i - 1]) is not None
            i -= 1
        if relative and i > 0:
            before = doc.first_subject(max(clauses[i - 1][0], doc.body_start(index)), clauses[i - 1][1])
            if before is not None:
                return before
    lead = _CLAUSE_LEAD.match(text, a, trigger.end)
    if 0 < i < len(clauses) - 1 and lead.end() == trigger.start and "and" not in text[a:lead.end()].lower() \
            and _PARTICIPLE.match(text, trigger.start) and not _RELATIVE_OPENING.match(text, *clauses[i - 1]) \
            and _COMMA_CLAUSE.match(text, *clauses[i + 1]):
        # "resolution 2687, adopted in June, ATMIS must", "UNMOGIP, set up in 1949, today comprises": a participle
        # between commas after a noun phrase modifies it; the subject is that noun phrase's entity when it ends
        # it, else nobody.
        ending = doc.entities_in(clauses[i - 1][0], clauses[i - 1][1])
        if ending and re.fullmatch(r"[\s)\d]*", text[ending[-1].end:clauses[i - 1][1]]):
            return ending[-1]
        return None
    main = doc.first_subject(doc.body_start(index), trigger.start, before_verb=True)
    if main is not None:
        return main
    # No entity before the verb. A pronoun or a definite description ("it", "the contingent") refers back to the
    # previous sentence's subject; a mission ("the mission", "the U.N. force") and a bare noun ("Jihadists",
    # "separatist rebels") name an actor that is no country.
    region = text[max(a, doc.body_start(index)):trigger.start]
    if not _HAS_WORD.search(region):
        body = doc.body_start(index)
        verb = _FIRST_VERB.search(text, body, trigger.start)
        region = text[body:verb.start() if verb is not None else trigger.start]
    if _MISSION_SUBJECT.match(region):
        return None
    if _HAS_WORD.search(region) and not _PRONOUN.search(region) and not _DEFINITE.search(region):
        return None
    return doc.previous_subject(index)


def _agent(doc: DocIndex, trigger: Trigger, clause: tuple[int, int]) -> Entity | None:
    """The entity after "by" in a passive clause ("were killed by Nigerian troops"), if any."""
    by = _BY.search(doc.text, trigger.end, clause[1])
    if by is None:
        return None
    found = doc.entities_in(by.end(), min(clause[1], by.end() + 60))
    return found[0] if found else None
