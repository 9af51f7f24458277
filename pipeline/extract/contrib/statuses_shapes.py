"""Stage 4, status: shapes of contribution sentences that recur in unseen text (issue 10, the r10 dev documents
that rule writers had barely read), as status rules that ``statuses.STATUS_RULES`` runs after its own.

Each rule rewrites a ``statuses.Reading`` and returns the name of what it did, or None.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract import status
from pipeline.extract.contrib.common import _OUTBOUND
from pipeline.extract.contrib.context import Candidate, SentenceContext

if TYPE_CHECKING:  # the reading's class lives with the table that runs these rules
    from pipeline.extract.contrib.statuses import Reading


# A participle right after the figure's noun phrase that says where its people serve, before the verb of the
# clause: "Some 270 Kenyan peacekeepers serving under the UN Operation in Burundi, known as ONUB, left the capital"
# (real dev r10_006), "members of the British contingent serving with the UN Mission in South Sudan (UNMISS) have
# received medals" (r1_008, r1_009), "personnel currently serving in Syria are safe and well" (r3_017), "soldiers
# serving with the United Nations Interim Force in Lebanon (UNIFIL) were shot" (r4_026): the participle belongs to
# the noun phrase, the clause's own verb says what the people did.
_SERVING_PARTICIPLE = re.compile(r"\s+(?:currently\s+)?(?:serving|stationed|based)\s+(?:in|with|under|at|on)\b")
_PARTICIPLE_CUES = frozenset({"serving", "stationed", "based"})
# The clause's verb: how far after the participle it may stand (the participle's phrase and an apposition).
_VERB_REACH = 120


def _st_participle_then_verb(sc: SentenceContext, c: Candidate, r: Reading) -> str | None:
    if r.cue.lower() not in _PARTICIPLE_CUES or r.fired:
        return None
    mod = _SERVING_PARTICIPLE.match(sc.text, c.np_end, c.clause[1])
    if mod is None or not status.is_subject(sc.text[c.clause[0]:c.np_start]):
        return None
    lo, hi = c.clause[0], min(c.clause[1], mod.end() + _VERB_REACH)
    clause = sc.text[lo:hi]
    verb = next((pos for pos, _, cue in status.clause_cues(clause)
                 if pos >= mod.end() - lo and cue.lower() not in _PARTICIPLE_CUES), None)
    if verb is None:
        return None
    # the noun phrase runs up to the verb: its predicate is the verb's
    st, cue = status.figure_status(clause, c.np_start - lo, verb)
    if not cue or (st, cue) == (r.st, r.cue):
        return None
    r.st, r.cue = st, cue
    return "participle_then_verb"


# An infinitive of leaving after the figure's noun phrase: "These peacekeepers are the first of a 816-strong Kenyan
# battalion to leave" (real dev r10_006): what is still to happen to the unit, and in a story that takes a
# contingent home (the last row's state), its withdrawal, as "will leave next month" is (``departure``).
_LEAVING_INFINITIVE = re.compile(r"\s+to\s+(?:leave|depart|return|go\s+home|withdraw|pull\s+out)\b", re.IGNORECASE)
_STORY_REACH = 2  # sentences: the last row is the story's movement


def _st_leaving_infinitive(sc: SentenceContext, c: Candidate, r: Reading) -> str | None:
    if r.cue != "np_infinitive" or not _LEAVING_INFINITIVE.match(sc.text, c.np_end, c.clause[1]):
        return None
    focus = sc.focus
    if focus.status is None or focus.status in _OUTBOUND or sc.sent.index - focus.row_sentence > _STORY_REACH:
        return None
    r.st = "withdrawn"
    return "leaving_infinitive"


# A list in apposition right after a subject's noun phrase, commas inside it: "The 700-strong battalion, consisting
# of infantry and artillery personnel, scouts and engineers, arrived in four groups in November" (real dev r2_049;
# the one-comma apposition, "An additional 3,000 personnel, mostly from Ethiopia and Egypt, are expected to join",
# r7_010, is ``status``'s own): with no cue found, the verb right after a comma of the list is the subject's.
_LIST_APPOSITION = re.compile(r"\s*,\s*(?:consisting\s+of|comprising|composed\s+of|made\s+up\s+of|including)\s")
_AFTER_COMMA = re.compile(r",\s*$")


def _st_apposition_then_verb(sc: SentenceContext, c: Candidate, r: Reading) -> str | None:
    if r.cue or r.fired or not _LIST_APPOSITION.match(sc.text, c.np_end, c.clause[1]) or \
            not status.is_subject(sc.text[c.clause[0]:c.np_start]):
        return None
    lo, hi = c.clause[0], min(c.clause[1], c.np_end + _VERB_REACH + 40)
    clause = sc.text[lo:hi]
    verb = next((pos for pos, _, _ in status.clause_cues(clause)
                 if pos >= c.np_end - lo and _AFTER_COMMA.search(clause, max(0, pos - 4), pos)), None)
    if verb is None:
        return None
    st, cue = status.figure_status(clause, c.np_start - lo, verb)
    if not cue:
        return None
    r.st, r.cue = st, cue
    return "apposition_then_verb"
