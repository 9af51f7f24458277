"""bind"""

from __future__ import annotations

import re

from pipeline.extract.ev.common import (
    _CLAUSE_LEAD,
    _HAS_WORD,
    _LEADING_FILLER,
    _RELATIVE_BETWEEN,
    _RELATIVE_OPENING,
    _STATE_VERB,
    Clauses,
    Trigger,
)
from pipeline.extract.ev.entities import _FIRST_VERB
from pipeline.extract.ev.triggers import _CHECK_WINDOW, _COMPLETED
from pipeline.extract.ev.vetoes import _ADJECTIVE_BEFORE, _EVENT_NOUN_AFTER
from pipeline.extract.types import DateMention

_RELATIVE_VERB_BEFORE = re.compile(
    r"(?i)\b(?:that|which|who)\s+(?:had\s+|has\s+|have\s+|was\s+|were\s+)?[a-z]+\s+(?:in|on|at|during)\s+$"
)
_RESOLUTION_OF = re.compile(
    r"(?i)\bresolutions?\s+(?:[\d/]+(?:\s*\(\d{4}\))?\s+of\s+[^;]{0,40}?\s+and\s+)?[\d/]+(?:\s*\(\d{4}\))?\s+of\s+$"
)
# Between a statement and the withdrawal it announces: "said on Wednesday it would withdraw", "announced a
# withdrawal".
_REPORTED_GAP = re.compile(
    r"(?i)(?:\s+(?:that\b|[\w’'.-]+)){0,6}?\s+(?:would|will|(?:is|was|were|are)\s+to|plans?\s+to|planned\s+to"
    r"|intends?\s+to|decided\s+to|a|an|the|its|their)(?:\s+(?:\w+ly|soon|also|now|begin\s+to|start\s+to))?\s+"
)
_FUTURE_BEFORE = re.compile(
    r"(?i)\b(?:will|would|shall|(?:is|are)\s+to|plans?\s+to|decided\s+to|intends?\s+to)\s+(?:\w+ly\s+)?$"
)
# What opens a sentence before its date: "On", "In early", "Since", nothing.
_OPENING_DATE = re.compile(r"[\W\d]*(?:[A-Za-z]+\s+){0,2}")
# A clause that opens with a subordinator is an adverbial ("shortly after the independence of South Sudan").
_ADVERBIAL_OPENING = re.compile(r"(?i)[\W\d]*(?:\w+ly\s+)?(?:after|before|when|while|since|until|because|although"
                                r"|though|as|following|despite|amid)\b")
# A finite verb that ends the walk ("formed" in "a formed police unit" is an adjective, so no "-ed" words here).
_FINITE = re.compile(r"(?i)\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|shall|does"
                     r"|did|said|told)\b")
_PRESENT_BEFORE = re.compile(r"(?i)\b(?:is|are|remain|remains)\s+(?:\w+\s+)?(?:deployed|stationed|based|serving)\b")


def _bind(triggers: list[Trigger], clauses: Clauses, d: DateMention,
          sentence_start: int, text: str) -> Trigger | None:
    """The trigger a date belongs to: nearest in its clause, else in the next or previous clause (see the module
    docstring for the walk back over a verbless clause and the light verbs)."""
    k = clauses.index(d.start)
    a_k, b_k = clauses[k]
    filler = _LEADING_FILLER.match(text, sentence_start, a_k)
    leading = filler is not None and filler.end() == a_k
    if leading and _OPENING_DATE.fullmatch(text, a_k, d.start) and text[d.end:d.end + 2] not in ("'s", "’s"):
        # "On 23 October, a second formed police unit from Ghana, comprising 160 officers, was deployed", "Since
        # January 2012, shortly after independence, Japan has dispatched": a date that opens the sentence reaches
        # over the subject's noun phrase, appositions, participles (clauses with no trigger and no finite verb)
        # and adverbial clauses ("after ...": never the date's verb) to the main verb, if it is no present
        # ("Today, 6,742 peacekeepers, including 174 women, are deployed" is a state).
        order, j = [k], k + 1
        while j < min(len(clauses), k + 5):
            a, b = clauses[j]
            adverbial = _ADVERBIAL_OPENING.match(text, a, b) is not None
            if not adverbial:
                order.append(j)
            if not adverbial and (any(a <= t.start < b for t in triggers) or _FINITE.search(text, a, b)):
                break
            j += 1
        if len(order) > 2 and _PRESENT_BEFORE.search(text, max(0, clauses[order[-1]][0]), clauses[order[-1]][1]):
            order.pop()
        order.append(k - 1)
    elif leading:
        order = [k, k + 1, k - 1]
    else:
        order = [k, k - 1, k + 1]
    if not leading and not any(a_k <= t.start < b_k for t in triggers):
        if _STATE_VERB.search(text, a_k, b_k) is not None:
            return None  # "UNMOGIP, set up in 1949, today comprises 44 observers": the date dates a state
        if _continues_the_subject(text, a_k, b_k, d):
            # "..., and from 2016 with MINUSMA" (no verb of its own), "..., is planned for March" (the predicate
            # of a subject named clauses before): the verb is the sentence's earlier one.
            order = [k, *range(k - 1, -1, -1), k + 1]
    # A clause with no word of its own (",1 ", a footnote marker) is skipped over.
    order += [j + (1 if j > k else -1) for j in order[1:]
              if 0 <= j < len(clauses) and not _HAS_WORD.search(text, *clauses[j])]
    for j in order:
        if not 0 <= j < len(clauses):
            continue
        a, b = clauses[j]
        if j != k and not leading and _RELATIVE_VERB_BEFORE.search(text, max(a_k, d.start - 40), d.start):
            return None  # "ending a contribution that began in 2001": the date is the relative clause's own
        if j != k and _RELATIVE_OPENING.match(text, a, b):
            continue  # a relative clause belongs to its noun, not to a date of the main clause
        inside = [t for t in triggers if a <= t.start < b]
        heavy = [t for t in inside if t.rule != "light" and t.event_type != "statement"]
        if heavy and any(t.rule == "light" for t in inside):
            inside = heavy  # "The transfer of authority ... took place on 1 July": the noun names the event
        chosen = None
        if j == k:
            # A date after its verb modifies that verb ("said in a statement on 5 June that it would deploy"),
            # unless a relative pronoun or a state verb stands between them: "signed an agreement that had been
            # under negotiation since 2011" dates the negotiation, "was established in 1999 and remains in Kosovo
            # today" the presence.
            before = [t for t in inside if t.end <= d.start]
            if before and (_RELATIVE_BETWEEN.search(text, before[-1].end, d.start)
                           or _STATE_VERB.search(text, before[-1].end, d.start)):
                inside = [t for t in inside if t.end > d.start]  # (what stands between the last stands between all)
                before = []
            if before:
                chosen = before[-1]
        if chosen is None and inside:
            chosen = min(inside, key=lambda t: (max(t.start - d.end, d.start - t.end, 0), t.start))
        if chosen is not None and chosen.rule == "light":
            # "The next rotation, two observers for MINURSO, is planned for March": the subject's noun.
            return _subject_event(triggers, clauses, text, j) or chosen
        if chosen is not None:
            return chosen
    return None


def _continues_the_subject(text: str, a: int, b: int, d: DateMention) -> bool:
    """A clause without a verb of its own, or one that opens with its verb (its subject is clauses before)."""
    lead = _CLAUSE_LEAD.match(text, a, b)
    if _FIRST_VERB.match(text, lead.end(), b) is not None:
        return True
    return _FIRST_VERB.search(text, a, d.start) is None and _FIRST_VERB.search(text, d.end, b) is None


def _subject_event(triggers: list[Trigger], clauses: Clauses, text: str, j: int) -> Trigger | None:
    """The nearest event trigger in the clauses before clause j (relative clauses skipped)."""
    for i in range(j - 1, -1, -1):
        a, b = clauses[i]
        if _RELATIVE_OPENING.match(text, a, b):
            continue
        heavy = [t for t in triggers if a <= t.start < b and t.rule != "light" and t.event_type != "statement"]
        if heavy:
            return heavy[-1]
    return None


def _noun_dated(text: str, d: DateMention) -> Trigger | None:
    """ "a 1994 coup", "the Dec. 1 election": the event noun that the date qualifies."""
    m = _EVENT_NOUN_AFTER.match(text, d.end)
    if m is None or not _ADJECTIVE_BEFORE.search(text, max(0, d.start - 12), d.start):
        return None
    return Trigger(m.start(m.lastgroup), m.end(), m.lastgroup, "noun")


def _resolution_dated(text: str, sentence_start: int, d: DateMention) -> Trigger | None:
    """ "resolutions 2628 (2022) of 31 March 2022", "resolution 2098 of 28 March 2013": the date of a resolution
    dates its adoption (a mandate), whatever verb the sentence has."""
    m = _RESOLUTION_OF.search(text, max(sentence_start, d.start - 60), d.start)
    if m is None:
        return None
    return Trigger(m.start(), m.end(), "mandate", "resolution")


# After a statement's date: "[France|it|the government] would deploy / send / increase its contingent".
_REPORTED_SENDING = re.compile(
    r"\s+(?:that\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}(?:it\s+|they\s+)?(?:would|will)\s+(?P<verb>(?:deploy|send|dispatch"
    r"|contribute)\b|increase\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:contingent|presence|troops|force)s?\b)"
)


def _reported_withdrawal(triggers: list[Trigger], statement: Trigger, clauses: Clauses,
                         dates: list[DateMention], own: DateMention, text: str) -> Trigger:
    """ "India said on Wednesday it would withdraw its troops", "Britain will withdraw its troops ..., the minister
    told parliament on Monday", "France on Thursday announced a withdrawal": a statement that announces a
    withdrawal (or a suspension: "said in July it would suspend its participation") with no date of its own dates
    the decision. A reported sending with no date of its own ("said on Monday it would deploy") is a pledge of
    that day; other reported acts stay statements."""
    for t in triggers:
        if not (t.event_type == "withdrawal" or t.rule == "funding") or t.rule in ("closure", "gone") \
                or abs(t.start - statement.start) > 200:
            continue
        a, b = clauses.of(t.start)
        if any((a <= d.start < b or d.start > t.start) and d is not own for d in dates):
            continue  # "said it would bring home its troops ..., in 2023": the withdrawal has a date of its own
        if t.start > statement.end:
            if _REPORTED_GAP.fullmatch(text, statement.end, t.start) is None:
                continue
        elif _FUTURE_BEFORE.search(text, max(a, t.start - 30), t.start) is None:
            continue
        return t
    sending = _REPORTED_SENDING.match(text, own.end)
    if sending is not None and own.start - statement.end <= 30 \
            and not any(d.start > own.end and d.start < sending.end() + 80 for d in dates):
        # "Chirac said on Aug. 24 France would deploy two more battalions", "said on Monday China would increase
        # its contingent": a dated announcement that a country will send (more) troops is its pledge, unless the
        # sending has a date of its own.
        return Trigger(sending.start("verb"), sending.end("verb"), "pledge", "announced")
    return statement


def _reported_completion(triggers: list[Trigger], statement: Trigger, dates: list[DateMention], text: str,
                         end: int) -> Trigger | None:
    """ "ATMIS said on Friday it had completed the withdrawal": a statement that reports a completion (and no
    date of its own for it) dates the completed event; any other statement dates only itself."""
    done = _COMPLETED.search(text, statement.end, min(end, statement.end + _CHECK_WINDOW))
    if done is None:
        return statement
    event = next((t for t in triggers if done.end() <= t.start <= done.end() + 20 and t.event_type != "statement"),
                 None)
    if event is None or any(done.end() <= d.start < end for d in dates):
        return statement
    return event
