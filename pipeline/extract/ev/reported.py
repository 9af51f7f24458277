"""A reporting clause after the act it reports: "Over 100 Ghanaian soldiers have joined the United Nations
peacekeeping mission in Chad and the Central African Republic, it was announced today" (real dev r15_006).

The date of the trailing statement ("it was announced today", "the mission said on Friday", "a spokesman told
IRIN") is the only date of the sentence, and the act before it, a deployment or a withdrawal with no date of its
own, no future marker and no other trigger between, happened as reported: the statement dates it
(``bind.STATEMENT_RULES``: ``reported_before``).
"""

from __future__ import annotations

import re

from pipeline.extract.dates import is_future_text
from pipeline.extract.ev.common import Trigger
from pipeline.extract.ev.context import SentenceContext
from pipeline.extract.types import DateMention

_ACTS = ("deploy", "withdrawal", "join_mission", "arrive", "depart")
_AUXILIARY_BEFORE = re.compile(r"(?i)\b(?:have|has|had|was|were|is|are)\s+(?:(?:also|now|just|already|\w+ly)\s+)?$")
# Who must move for an arrival or a departure to be reported so: people in uniform.
_UNIFORMED = re.compile(r"(?i)\b(?:troops|soldiers|peacekeepers|blue\s+helmets|contingents?|battalions?|companies"
                        r"|company|police|officers|personnel|units?|platoons?|detachments?)\b")
# Between the act and the statement: the rest of the act's clause, then a comma that opens the reporting clause
# ("..., it was announced today", "..., the UN mission said", "..., a spokesman told IRIN on Friday").
_REPORTING_GAP = re.compile(r"[^;:.\"“”]{0,200},\s*(?:[\w.’'-]+\s+){0,6}$")


def reported_before(sc: SentenceContext, statement: Trigger, own: DateMention) -> Trigger | None:
    """The deployment or withdrawal that a trailing statement reports, dated by the statement; else None."""
    text = sc.text
    if own.start < statement.start or any(d.start < statement.start for d in sc.dates):
        return None  # the statement's date is the sentence's only one, after the statement's verb
    before = [t for t in sc.triggers if t.end <= statement.start]
    if not before:
        return None
    act = before[-1]
    if act.event_type not in ("deployment", "withdrawal") or act.rule not in _ACTS:
        return None
    if _REPORTING_GAP.fullmatch(text, act.end, statement.start) is None \
            or text[statement.start:statement.start + 9].lower() == "according":
        return None  # "according to UN data for November 2022" dates a figure, not an act
    if _AUXILIARY_BEFORE.search(text, max(sc.sentence.start, act.start - 24), act.start) is None:
        return None  # a finite act ("have joined"), not a participle ("has about 5,900 troops deployed") nor an
        # infinitive ("the final part of the contingent to leave the Chinese camp")
    clause = sc.clauses.of(act.start)
    if is_future_text(text[max(sc.sentence.start, clause[0] - 40):act.end]):
        return None
    if act.rule in ("arrive", "depart") and _UNIFORMED.search(text, sc.sentence.start, act.start) is None:
        return None  # "The assailants arrived at dawn in about 12 pickup trucks" (devset dev07): no troops moving
    return act
