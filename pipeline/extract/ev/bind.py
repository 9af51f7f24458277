"""Binding: which trigger a date belongs to (``BIND_RULES``), what a dated statement announces
(``STATEMENT_RULES``), a demand's deadline.

Binding a date to its verb. The sentence is cut into clauses (at commas, semicolons, dashes and
*when/which/who/while/because/but/...*, never inside a date). A date takes the nearest trigger before it
in its own clause (a date after its verb modifies that verb), else the nearest after it; a clause that
holds only the date (``In January 2012, China deployed``) borrows from the next clause when it opens the
sentence, else from the previous one. A clause with no verb of its own (``..., and from 2016 with MINUSMA``)
or one that opens with its verb (``..., is planned for March``: its subject is clauses before) walks back
through all earlier clauses to the sentence's verb, unless the date follows a relative clause's own verb
(``ending a contribution that began in 2001``). A clause with a state verb and no trigger (``today
comprises 44 observers``, ``which had 2,000 troops``) dates a state: no row. A trigger before the date with
*that/which* between them does not take it (``signed an agreement that had been under negotiation since
2011``). Light verbs (*took place, occurred, is planned for, is scheduled for*) yield to an event noun of
their clause (``the transfer of authority ... took place``), else of the clauses before (``The next
rotation, ..., is planned for March``). A present participle counts only after an auxiliary (``had been
providing``, ``began participating``), not as a noun modifier (``peacekeepers participating``); a past
participle after a determiner is an adjective (``Ghana's deployed personnel``). When the trigger is a
statement verb (*said*, *told*, *announced*, *informed*), the date dates a statement and gives no row, except
when the statement announces a withdrawal or a suspension that has no date of its own (``India said on
Wednesday it would withdraw its troops``, ``Britain will withdraw ..., the minister told parliament on
Monday``, ``France on Thursday announced a withdrawal``): that dates the decision, a withdrawal row. A dated
statement that a country would send, deploy or increase its contingent (``Chirac said on Aug. 24 France would
deploy two more battalions``) is its pledge, dated by the statement, unless the sending has a date of its own
(then the sending is the row). Two dates of one happening
(``withdrew ... in 2021 and 2022``) give one row, dated by the first. A ``when`` clause with an event of its
own and no date of its own happened at the date of the clause before it (``It sent 1,200 soldiers in 2013,
when MINUSMA took over``: a deployment and a handover), unless both events have one type or that date is a
``since`` date.
"""

from __future__ import annotations

import re

from pipeline.extract.ev.chronology import chronology_entry, infobox_kind, mission_line
from pipeline.extract.ev.common import (
    _CLAUSE_LEAD,
    _HAS_WORD,
    _LEADING_FILLER,
    _RELATIVE_BETWEEN,
    _RELATIVE_OPENING,
    _STATE_VERB,
    Clauses,
    Trigger,
    _slice,
)
from pipeline.extract.ev.context import SentenceContext
from pipeline.extract.ev.entities import _FIRST_VERB, DocIndex
from pipeline.extract.ev.past_verb import past_verb_trigger
from pipeline.extract.ev.reported import reported_before
from pipeline.extract.ev.rules import Rule, check_table, note
from pipeline.extract.ev.triggers import _CHECK_WINDOW, _COMPLETED, _DEMAND_AFTER
from pipeline.extract.ev.vetoes import _ADJECTIVE_BEFORE, _DEADLINE_BEFORE, _EVENT_NOUN_AFTER
from pipeline.extract.types import DateMention

_RELATIVE_VERB_BEFORE = re.compile(
    r"(?i)\b(?:that|which|who)\s+(?:had\s+|has\s+|have\s+|was\s+|were\s+)?[a-z]+\s+(?:in|on|at|during)\s+$"
)
_RESOLUTION_OF = re.compile(
    r"(?i)\bresolutions?\s+(?:[\d/]+(?:\s*\(\d{4}\))?\s+of\s+[^;]{0,40}?\s+and\s+)?[\d/]+(?:\s*\(\d{4}\))?\s+of\s+$"
    # A resolution without its number, named by the body or a determiner: "By its resolution of 20th June" (r3_019),
    # "the Security Council Resolution of 4th March" (r7_002), "the Resolution of 5th November, which established"
    # (r5_002), "a Security Council resolution in December to increase" (r1_002), "The Security Council resolution
    # on Rwanda passed on 16 May" (r6_003); not "the conflict neared resolution in 1995" (r9_095).
    r"|\b(?:(?:Security\s+)?Council|Assembly|UN|U\.N\.|its|the|a)\s+[Rr]esolutions?\s+(?:on\s+[A-Z][\w’'-]+\s+)?"
    r"(?:(?:passed|adopted|dated)\s+)?(?:of|in|on)\s+(?:the\s+)?$"
)
# Between a statement and the withdrawal it announces: "said on Wednesday it would withdraw", "announced a
# withdrawal".
_REPORTED_GAP = re.compile(
    r"(?i)(?:\s+(?:that\b|[\w’'.-]+)){0,6}?\s+(?:would|will|(?:is|was|were|are)\s+to|plans?\s+to|planned\s+to"
    r"|intends?\s+to|decided\s+to|a|an|the|its|their)(?:\s+(?:\w+ly|soon|also|now|begin\s+to|start\s+to))?\s+"
)
# In that gap, a plan: the withdrawal is still to come when it is announced.
_PLAN_IN_GAP = re.compile(
    r"(?i)\b(?:would|will|(?:is|was|were|are)\s+to|plans?\s+to|planned\s+to|intends?\s+to|intent(?:ion)?\s+to"
    r"|decided\s+to|decision\s+to)\b"
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


def _opening_order(triggers: list[Trigger], clauses: Clauses, text: str, k: int) -> list[int]:
    """ "On 23 October, a second formed police unit from Ghana, comprising 160 officers, was deployed", "Since
    January 2012, shortly after independence, Japan has dispatched": a date that opens the sentence reaches over
    the subject's noun phrase, appositions, participles (clauses with no trigger and no finite verb) and adverbial
    clauses ("after ...": never the date's verb) to the main verb, if it is no present ("Today, 6,742
    peacekeepers, including 174 women, are deployed" is a state)."""
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
    return order


def _bind(triggers: list[Trigger], clauses: Clauses, d: DateMention,
          sentence_start: int, text: str) -> Trigger | None:
    """The trigger a date belongs to: nearest in its clause, else in the next or previous clause (see the module
    docstring for the walk back over a verbless clause and the light verbs)."""
    k = clauses.index(d.start)
    a_k, b_k = clauses[k]
    filler = _LEADING_FILLER.match(text, sentence_start, a_k)
    leading = filler is not None and filler.end() == a_k
    if leading and _OPENING_DATE.fullmatch(text, a_k, d.start) and text[d.end:d.end + 2] not in ("'s", "’s"):
        order = _opening_order(triggers, clauses, text, k)
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
    return _walk(triggers, clauses, d, text, k, leading, _through_lists(clauses, text, k, order))


# A clause that is one name of a list cut at its commas: " Peru" of "contingents from Austria, Peru, Poland and
# Canada were deployed" (r10_089).
_LIST_ITEM = re.compile(r"[\s,]*(?:and\s+)?(?:[A-Z][\w’'.-]*\s*){1,3}")


def _through_lists(clauses: Clauses, text: str, k: int, order: list[int]) -> list[int]:
    """``order`` with the clause after each list item that follows the date's clause: the list's verb is beyond
    its names ("Once upon a time in June 1974 contingents from Austria, Peru, Poland and Canada were deployed")."""
    j = k + 1
    while j in order and j + 1 < len(clauses) and j + 1 not in order and _LIST_ITEM.fullmatch(text, *clauses[j]):
        order = [*order[:order.index(j) + 1], j + 1, *order[order.index(j) + 1:]]
        j += 1
    return order


def _walk(triggers: list[Trigger], clauses: Clauses, d: DateMention, text: str, k: int, leading: bool,
          order: list[int]) -> Trigger | None:
    """The first trigger found in the clauses of ``order`` (k: the date's own clause)."""
    a_k = clauses[k][0]
    for j in order:
        if not 0 <= j < len(clauses):
            continue
        a, b = clauses[j]
        if j != k and not leading and _RELATIVE_VERB_BEFORE.search(text, max(a_k, d.start - 40), d.start):
            return None  # "ending a contribution that began in 2001": the date is the relative clause's own
        if j != k and _RELATIVE_OPENING.match(text, a, b):
            continue  # a relative clause belongs to its noun, not to a date of the main clause
        chosen = _nearest(triggers, a, b, d, text, j == k)
        if chosen is not None and chosen.rule == "light":
            # "The next rotation, two observers for MINURSO, is planned for March": the subject's noun.
            return _subject_event(triggers, clauses, text, j) or chosen
        if chosen is not None:
            return chosen
    return None


_COORDINATED_DATE = re.compile(r"(?i)\b(?:and|but|while|whereas)\s+(?:then\s+)?(?:on|in|from|since)\s+$")


def _nearest(triggers: list[Trigger], a: int, b: int, d: DateMention, text: str, own: bool) -> Trigger | None:
    """The trigger of clause [a, b) that the date takes (``own``: the date's own clause)."""
    inside = [t for t in triggers if a <= t.start < b]
    heavy = [t for t in inside if t.rule != "light" and t.event_type != "statement"]
    if heavy and any(t.rule == "light" for t in inside):
        inside = heavy  # "The transfer of authority ... took place on 1 July": the noun names the event
    if own:
        # A date after its verb modifies that verb ("said in a statement on 5 June that it would deploy"), unless a
        # relative pronoun or a state verb stands between them: "signed an agreement that had been under
        # negotiation since 2011" dates the negotiation, "was established in 1999 and remains in Kosovo today"
        # the presence.
        before = [t for t in inside if t.end <= d.start]
        if before and (_RELATIVE_BETWEEN.search(text, before[-1].end, d.start)
                       or _STATE_VERB.search(text, before[-1].end, d.start)):
            inside = [t for t in inside if t.end > d.start]  # (what stands between the last stands between all)
            before = []
        after = [t for t in inside if d.end <= t.start <= d.end + 40]
        if before and after and _COORDINATED_DATE.search(text, max(a, d.start - 12), d.start):
            # "... deployment with 353 personnel and on 22 May 2018 the Government approved the continued
            # participation" (r14_040): a date that opens a coordinated clause dates the verb after it
            return after[0]
        if before:
            return before[-1]
    if inside:
        return min(inside, key=lambda t: (max(t.start - d.end, d.start - t.end, 0), t.start))
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


def _noun_dated(sc: SentenceContext, d: DateMention) -> Trigger | None:
    if not sc.special:
        return None
    m = _EVENT_NOUN_AFTER.match(sc.text, d.end)
    if m is None or not _ADJECTIVE_BEFORE.search(sc.text, max(0, d.start - 12), d.start):
        return None
    if _DURING_BEFORE.search(sc.text, max(0, d.start - 16), d.start) \
            and any(t.event_type != "statement" and not m.start() <= t.start < m.end() for t in sc.triggers):
        return None  # "During the 1991 Gulf war, Bangladesh sent a contingent": the war only dates the sending (E4)
    return Trigger(m.start(m.lastgroup), m.end(), m.lastgroup, "noun")


_DURING_BEFORE = re.compile(r"(?i)\b(?:during|amid|amidst|throughout)\s+the\s+$")


# Event nouns that a date's own clause can date when it holds no trigger: "Since its admission to the United Nations
# in September 1991, the Republic of Korea has participated ...", "Nationwide presidential and parliamentary
# elections followed in 2004 and 2005; and ... ISAF was deployed" (guide E3, E4).
_CLAUSE_NOUN = re.compile(r"(?i)\b(?:(?P<other>admission|independence|elections|referendum|enactment|coup)"
                          r"|(?P<attack>massacres?|genocide|assassination))\b")


def _clause_noun_dated(sc: SentenceContext, d: DateMention) -> Trigger | None:
    a, b = sc.clauses.of(d.start)
    if any(a <= t.start < b for t in sc.triggers):
        return None
    m = _CLAUSE_NOUN.search(sc.text, a, b)
    if m is None:
        return None
    return Trigger(m.start(), m.end(), m.lastgroup, "clause_noun")


def _resolution_dated(sc: SentenceContext, d: DateMention) -> Trigger | None:
    if not sc.resolution:
        return None
    m = _RESOLUTION_OF.search(sc.text, max(sc.sentence.start, d.start - 60), d.start)
    if m is None:
        return None
    return Trigger(m.start(), m.end(), "mandate", "resolution")


def _past_verb_dated(sc: SentenceContext, d: DateMention) -> Trigger | None:
    if not sc.dc.doc.about_peace_operations:
        return None  # only a document about peace operations has its background annotated (guide E3)
    return past_verb_trigger(sc.text, sc.clauses, sc.triggers, d)


def _clause_bound(sc: SentenceContext, d: DateMention) -> Trigger | None:
    return _bind(sc.triggers, sc.clauses, d, sc.sentence.start, sc.text)


def _infobox_dated(sc: SentenceContext, d: DateMention) -> Trigger | None:
    if not sc.special:
        return None
    kind = infobox_kind(sc.text, d)
    return Trigger(d.start, d.end, kind, "infobox") if kind is not None else None


def mission_line_trigger(doc: DocIndex, d: DateMention) -> Trigger | None:
    """The deployment that a line of a list of missions dates (``chronology.mission_line``), else None."""
    line_start = doc.text.rfind("\n", 0, d.start) + 1
    for m in _slice(doc.missions, doc.mission_starts, line_start, d.start):
        if mission_line(doc.text, d, m.start, m.end):
            return Trigger(m.start, m.end, "deployment", "mission_line")
    return None


def _mission_line_dated(sc: SentenceContext, d: DateMention) -> Trigger | None:
    return mission_line_trigger(sc.dc.doc, d) if sc.special else None


def _chronology_dated(sc: SentenceContext, d: DateMention) -> Trigger | None:
    if not sc.special or not chronology_entry(sc.text, sc.sentence, d, sc.dc.headings):
        return None
    return Trigger(d.start, d.end, "other", "chronology")


# How a date finds its trigger, in order: the first rule that answers wins.
BIND_RULES = check_table((
    Rule("infobox", "an operation's infobox line: 'Date:' its start (a deployment, or an intervention when the "
         "article calls it a military intervention), 'Status: Completed on' its end, a commander's tenure an "
         "appointment (see chronology)",
         "= Operation Artemis =\n\n- Conflict: Operation Artemis\n- Date: 30 May 2003 \u2013 1 September 2003\n",
         _infobox_dated),
    Rule("resolution", "the date of a resolution dates its adoption (a mandate), whatever the verb",
         "Resolution 2098 of 28 March 2013 created the Force Intervention Brigade.", _resolution_dated),
    Rule("mission_line", "a line of a list of missions: 'MINURSO - September 1991 \u2014 to date' is the start of a "
         "deployment (see chronology)", "Current missions:\nMINURSO - September 1991 \u2014 to date\n",
         _mission_line_dated),
    Rule("noun", "a date that qualifies an event noun dates that event ('a 1994 coup', 'the 2012 attacks')",
         "The junta seized power in a 2012 coup.", _noun_dated),
    Rule("clause_noun", "a clause with no trigger whose event noun the date dates (admission, independence, "
         "elections, a referendum, a coup, a massacre): other or attack", "Since its admission to the United Nations "
         "in September 1991, the Republic of Korea has participated in peacekeeping operations in earnest.",
         _clause_noun_dated),
    Rule("clause", "the nearest trigger of the date's clause, else of the clauses the walk reaches",
         "Nigeria deployed 1,200 troops to Mali in January.", _clause_bound),
    Rule("chronology", "a chronology entry with no trigger (its date opens a line, with a colon or as a heading): "
         "other (see chronology)", "  \u2022 20 August 2009: Afghan Presidential and Provincial Council elections",
         _chronology_dated),
    Rule("past_verb", "in a document that names a mission, a dated clause with no trigger: its finite past verb, an "
         "'other' happening (a deployment for verbs of going; guide E3; see past_verb)",
         "The North Atlantic Council, the Alliance\u2019s top decision-making body, agreed on 16 April 2003 to "
         "significantly expand NATO\u2019s support to ISAF.", _past_verb_dated),
))


# After a statement's date: "[France|it|the government] would deploy / send / increase its contingent".
_REPORTED_SENDING = re.compile(
    r"\s+(?:that\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}(?:it\s+|they\s+)?(?:would|will)\s+(?P<verb>(?:deploy|send|dispatch"
    r"|contribute)\b|increase\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:contingent|presence|troops|force)s?\b)"
)


def _reported_completion(sc: SentenceContext, statement: Trigger, own: DateMention) -> Trigger | None:
    end = sc.sentence.end
    done = _COMPLETED.search(sc.text, statement.end, min(end, statement.end + _CHECK_WINDOW))
    if done is None:
        return None
    event = next((t for t in sc.triggers if done.end() <= t.start <= done.end() + 20 and t.event_type != "statement"),
                 None)
    if event is None or any(done.end() <= d.start < end for d in sc.dates):
        return None
    return event


def _reported_withdrawal(sc: SentenceContext, statement: Trigger, own: DateMention) -> Trigger | None:
    text = sc.text
    for t in sc.triggers:
        if not (t.event_type == "withdrawal" or t.rule == "funding") or t.rule in ("closure", "gone") \
                or abs(t.start - statement.start) > 200:
            continue
        a, b = sc.clauses.of(t.start)
        if t.start > statement.end:
            if _REPORTED_GAP.fullmatch(text, statement.end, t.start) is None:
                continue
            planned = _PLAN_IN_GAP.search(text, statement.end, t.start) is not None
        elif _FUTURE_BEFORE.search(text, max(a, t.start - 30), t.start) is None:
            continue
        else:
            planned = True
        if any((a <= d.start < b or d.start > t.start) and d is not own and not (planned and d.start > t.start)
               for d in sc.dates):
            # "announced a withdrawal ... in 2023": the withdrawal has a date of its own; a withdrawal announced
            # for later ("announced in November 2010 that it would withdraw combat troops in July 2011") is
            # dated by the decision (its own date is a plan, see vetoes.future).
            continue
        return t
    return None


# Right before a sending: a decision or a promise ("has decided to deploy", "agreed in principle to provide", "will
# deploy", "is prepared to take on").
_PLEDGE_BEFORE = re.compile(
    r"(?i)\b(?:will|would|(?:has|have|had)\s+(?:\w+\s+)?decided\s+to|decided\s+to|agreed(?:\s+in\s+principle)?\s+to"
    r"|(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:ready|prepared|willing)\s+to)\s+(?:\w+ly\s+)?$"
)
# Between a statement (and its date) and the act it announces: "announced on 22 February 1999, Official Report,
# column 3, the deployment of", "announced it was officially ending Operation Sangaris".
_ANNOUNCED_ACT = re.compile(
    r"(?i)[\s,]*(?:(?:Official\s+Report|column|col\.)[^,]*,\s*)*(?:that\s+)?(?:the|its|their|(?:it|they)\s+(?:was|were)"
    r"(?:\s+\w+ly)?)\s+(?:\w+\s+)?$"
)


def _reported_pledge(sc: SentenceContext, statement: Trigger, own: DateMention) -> Trigger | None:
    text = sc.text
    for t in sc.triggers:
        if abs(t.start - statement.start) > 200 or t.event_type == "statement":
            continue
        offered = t.event_type == "pledge" and t.start > statement.end  # a quoted offer before "said" is talk
        promised = t.event_type == "deployment" and t.rule in ("deploy", "contribute_mission") \
            and _PLEDGE_BEFORE.search(text, max(sc.sentence.start, t.start - 48), t.start) is not None
        if not (offered or promised):
            continue
        a, b = sc.clauses.of(t.start)
        if any(d is not own and a <= d.start < b for d in sc.dates):
            continue  # the sending has a date of its own
        return Trigger(t.start, t.end, "pledge", "announced")
    return None


def _announced_act(sc: SentenceContext, statement: Trigger, own: DateMention) -> Trigger | None:
    text = sc.text
    after = max(statement.end, own.end) if own.start - statement.end <= 30 else statement.end
    for t in sc.triggers:
        if t.start < after or t.start - after > 80:
            continue
        if t.event_type in ("deployment", "withdrawal") and t.rule in ("deploy", "withdrawal") \
                and _ANNOUNCED_ACT.fullmatch(text, after, t.start) is not None \
                and not any(d.start > t.start and d.start < t.end + 60 for d in sc.dates):
            return t
        return None
    return None


def _reported_sending(sc: SentenceContext, statement: Trigger, own: DateMention) -> Trigger | None:
    sending = _REPORTED_SENDING.match(sc.text, own.end)
    if sending is not None and own.start - statement.end <= 30 \
            and not any(d.start > own.end and d.start < sending.end() + 80 for d in sc.dates):
        return Trigger(sending.start("verb"), sending.end("verb"), "pledge", "announced")
    return None


# What a dated statement (a "statement" trigger) announces, in order; with none, the date dates the statement
# only (a veto, below).
# Who speaks for a state or for the UN: its dated statements are happenings of the record (real dev r5_012 "The
# Secretary-General reported to the Security Council on 6 January", r5_001 "On 28th November, the
# Secretary-General stated that ...", r5_016 "the Secretary-General announced on 27 March that the UN would
# proceed ...", r3_043 "The Prime Minister subsequently stated in July 2010 that ...": other).
_OFFICIAL_SPEAKER = re.compile(
    r"\b(?:Secretary[- ]General|Security\s+Council|Prime\s+Minister|President|Government)\b[^,;:()]{0,70}$")


_APPOINTMENT_AFTER = re.compile(r"\s+(?:(?:today|yesterday|on\s+\w+)\s+)?(?:the\s+)?(?:appointment|nomination)\s+of\b")


def _official_statement(sc: SentenceContext, statement: Trigger, own: DateMention) -> Trigger | None:
    if statement.rule != "statement":
        return None
    i = sc.clauses.index(statement.start)
    a, b = sc.clauses[i]
    j = sc.clauses.index(own.start)
    opening = j == 0 and i == 1 and _OPENING_DATE.fullmatch(sc.text, sc.clauses[0][0], own.start) is not None
    if not (j == i or opening):  # its clause, or an opening date ("On 28th November, the Secretary-General")
        return None
    if _OFFICIAL_SPEAKER.search(sc.text, a, statement.start) is None:
        return None
    # "The Secretary-General today announced the appointment of Major General ..." (devset7 d7_04): an appointment
    kind = "appointment" if _APPOINTMENT_AFTER.match(sc.text, statement.end) else "other"
    return Trigger(statement.start, statement.end, kind, "official_statement")


STATEMENT_RULES = check_table((
    Rule("reported_completion", "a statement that reports a completion (with no date of its own) dates it",
         "ATMIS said on Friday it had completed the withdrawal of 2,000 troops.", _reported_completion),
    Rule("reported_withdrawal", "a statement that announces a withdrawal or a suspension with no date of its own "
         "dates the decision", "India said on Wednesday it would withdraw its troops.", _reported_withdrawal),
    Rule("reported_sending", "a dated announcement that a country will send (more) troops is its pledge, unless "
         "the sending has a date of its own", "Chirac said on Aug. 24 France would deploy two more battalions.",
         _reported_sending),
    Rule("reported_pledge", "a dated statement of an offer, or of a decision or promise to send with no date of its "
         "own, is the pledge, dated by the statement", "A UN spokesman announced today that Pakistan has decided to "
         "deploy a brigade to UNAMSIL.", _reported_pledge),
    Rule("announced_act", "'announced [on <date>] the deployment of', 'announced it was ending': the deployment or "
         "the withdrawal, dated by the announcement", "On 26 February, the Government announced the deployment of "
         "the Lead Armoured Battle Group.", _announced_act),
    Rule("reported_before", "a trailing statement ('..., it was announced today') dates the deployment or withdrawal "
         "it reports, when that act has no date of its own (see reported)", "Over 100 Ghanaian soldiers have joined "
         "the United Nations peacekeeping mission in Chad and the Central African Republic, it was announced today.",
         reported_before),
    Rule("official_statement", "a dated statement of the Secretary-General, the Council, a president, a prime "
         "minister or a government, announcing nothing the rules above read: other",
         "The Secretary-General reported to the Security Council on 6 January.", _official_statement),
))


def _deadline(sc: SentenceContext, trigger: Trigger, d: DateMention) -> Trigger | None:
    """ "asked the mission to complete the withdrawal ... by December 31": the deadline dates the departure."""
    text = sc.text
    if trigger.rule == "demand" and d.start > trigger.end \
            and _DEADLINE_BEFORE.search(text, max(trigger.end, d.start - 24), d.start) \
            and _DEMAND_AFTER.search(text, trigger.end, d.start):
        note("bind", "deadline", pos=d.start)
        return Trigger(trigger.start, trigger.end, "withdrawal", "deadline")
    return None


# A request or an invitation to send ("asked the government of the Republic of Korea to deploy a unit", "A request
# was received ... on 2 January 1996 for ... deployment", "was invited to participate"); "at the request of" and
# "in response to a request" are only the circumstance of a sending.
_REQUEST = re.compile(r"(?i)\b(?:ask(?:ed|s)|request(?:ed|s)?|invit(?:ed|es|ation)|appeal(?:ed|s)?)\b")
_CIRCUMSTANCE_BEFORE = re.compile(r"(?i)\b(?:at|upon|on|following|after|in\s+response\s+to|responding\s+to)\s+"
                                  r"(?:the|a|an|its|their)?\s*(?:\w+\s+)?$")


def _requested(sc: SentenceContext, trigger: Trigger, d: DateMention) -> Trigger | None:
    """A sending that a request or an invitation asks for is no deployment: the date dates the request, other
    (the request's own date, between it and the sending, or any date before a direct request)."""
    if trigger.event_type != "deployment" or trigger.rule not in ("deploy", "contribute_mission", "join_mission"):
        return None
    text = sc.text
    requests = list(_REQUEST.finditer(text, sc.sentence.start, trigger.start))
    if not requests:
        return None
    r = requests[-1]
    circumstance = _CIRCUMSTANCE_BEFORE.search(text, max(sc.sentence.start, r.start() - 40), r.start()) is not None
    if r.end() <= d.start < trigger.start or (d.end <= r.start() and not circumstance):
        note("bind", "request", pos=d.start)
        return Trigger(trigger.start, trigger.end, "other", "request")
    return None


def bind_date(sc: SentenceContext, d: DateMention) -> tuple[Trigger, list[str]] | None:
    """The trigger a date dates (``BIND_RULES``), what a statement announces (``STATEMENT_RULES``) and a demand's
    deadline, with the names of the rules that decided (``stage.rule``); None when nothing binds."""
    trigger = None
    for rule in BIND_RULES:
        trigger = rule.fn(sc, d)
        if trigger is not None:
            note("bind", rule.name, pos=d.start)
            chain = [f"bind.{rule.name}"]
            break
    if trigger is None:
        return None
    if trigger.rule == "statement":
        for rule in STATEMENT_RULES:
            announced = rule.fn(sc, trigger, d)
            if announced is not None:
                note("statement", rule.name, pos=d.start)
                chain.append(f"statement.{rule.name}")
                trigger = announced
                break
    deadline = _deadline(sc, trigger, d)
    if deadline is not None:
        chain.append("bind.deadline")
    requested = _requested(sc, trigger, d)
    if requested is not None:
        chain.append("bind.request")
    return deadline or requested or trigger, chain
