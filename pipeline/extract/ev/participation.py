"""The start and end of a country's participation, told by a past verb whose subject is the participation itself.

The past-verb binding (``past_verb``) reads a dated clause with no trigger as an ``other`` happening. When the verb
starts or ends a national contribution, the annotators give a ``deployment`` or a ``withdrawal``: "Operation ASLAN
formally commenced on 23 September 2011" (real dev r8_007), "The first battalions from India started moving in by
air on 20 November" (r10_012), "Polish military and civilian personnel took part in the work of the Neutral Nations
Supervisory Commission" (r5_051), "the NZ Provincial Reconstruction Team (NZ PRT) closed in April 2013" (r8_015),
"this commitment, which ended in 1951" (r9_081). The same verbs with another
subject stay ``other`` (guide E3): "A 21-year conflict between the north and south ended in 2005" (r5_038), "The
conflict between Eritrea and Ethiopia began in May 1998" (r9_021).
"""

from __future__ import annotations

import re

# Verbs that start or continue a participation, and verbs that end it ("took" counts only in "took part").
_STARTS = frozenset(("commenced", "began", "started", "continued", "took"))
_ENDS = frozenset(("ended", "closed", "concluded", "terminated"))
_TOOK_PART = re.compile(r"\s+part\b", re.IGNORECASE)

# What participates: a named national operation, a contingent or team, its personnel, the country's involvement,
# participation, commitment or contribution, near before the verb (in its sentence: "which ended" after its noun).
_PARTICIPANT = re.compile(
    r"\b(?:Operation\s+[A-Z][A-Za-z]+|contingents?|(?:Reconstruction\s+)?Team|detachments?|battalions?|"
    r"personnel|troops|involvement|participation|commitment|contribution|deployment)\b")
_LOOKBACK = 80


# Operations carried out by a country's forces are deployments (guide E7: patrols, air and naval operations; seed
# 002's counter-piracy operations): "one of the Operation's ships captured eight pirates", "the French frigate
# Nivôse attached to Operation Atalanta captured 11 suspected pirates", "the EU Naval Task Force vessel HMS Malmö
# responded to a distress call ... and apprehended seven suspected pirates" (real dev r15_041). The verb counts
# only with a ship, an aircraft or a force as its subject ("El Adde temporarily captured by Al Shabaab" is no one's
# operation, r4_027).
_OPERATION_VERBS = frozenset(("captured", "apprehended", "intercepted", "patrolled", "rescued", "boarded",
                              "repelled", "thwarted"))
_ASSET = re.compile(
    r"(?i)\b(?:ships?|frigates?|corvettes?|destroyers?|vessels?|warships?|aircraft|helicopters?|navy|naval\s+forces?"
    r"|task\s+force|patrols?|troops|soldiers|peacekeepers|contingents?|battalions?|units?|marines)\b")


def operation_kind(text: str, clause_start: int, verb: re.Match) -> str | None:
    """``deployment`` when the past ``verb`` is an operation's act and a ship, an aircraft or a force stands
    before it in its clause (from ``clause_start``), else None."""
    if verb.group().lower() not in _OPERATION_VERBS:
        return None
    return "deployment" if _ASSET.search(text, max(clause_start, verb.start() - _LOOKBACK), verb.start()) else None


def participation_kind(text: str, start: int, verb: re.Match) -> str | None:
    """``deployment`` or ``withdrawal`` when the past ``verb`` starts or ends a participation named before it in
    the sentence (from ``start``), else None."""
    word = verb.group().lower()
    if word == "took" and not _TOOK_PART.match(text, verb.end()):
        return None
    kind = "deployment" if word in _STARTS else "withdrawal" if word in _ENDS else None
    if kind is None or _PARTICIPANT.search(text, max(start, verb.start() - _LOOKBACK), verb.start()) is None:
        return None
    return kind
