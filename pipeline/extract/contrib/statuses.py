"""Stage 4, status: the clause's verb gives a status (``pipeline.extract.status``), and ``STATUS_RULES`` in
order rewrite it when the figure's place, its sender rule or the story says otherwise (a running total, the whole
of a partitive, a list's lead, a standby force, a departure from home ...).
"""

from __future__ import annotations

import re
from datetime import date

from pipeline.extract import lexicon, personnel, status
from pipeline.extract.contrib.changes_to import _st_change_to
from pipeline.extract.contrib.common import (
    _CARRIED_SENDERS,
    _DEPARTURE_CUES,
    _LEAVING_WORDS,
    _OUTBOUND,
    _PARTITIVE_PART,
    _PLANS,
    _RUNNING_VERB,
    _TO,
    _word_before,
)
from pipeline.extract.contrib.context import Candidate, SentenceContext
from pipeline.extract.contrib.rules import Rule, check_table, note
from pipeline.extract.contrib.statuses_shapes import (
    _st_apposition_then_verb,
    _st_leaving_infinitive,
    _st_participle_then_verb,
)
from pipeline.extract.countries import find_countries
from pipeline.extract.types import PartialDate

# "600 of its roughly 4,500 soldiers": the whole a part is taken from (``word``: "an expected 650").
_PARTITIVE_WHOLE = re.compile(
    r"\bof\s+(?:its|their|his|her|our|the|an?|this|these|those)\s+(?:(?P<word>[a-z]+)\s+)?$", re.IGNORECASE
)


_PLAN_WORDS = lexicon.word_set("plan_words")


_RUNNING_TOTAL = re.compile(
    r"\b" + _RUNNING_VERB + r"\s+(?:(?:its|their|the|his|her)\s+)?(?:[\w-]+\s+){0,4}?to\s+$", re.IGNORECASE
)


_LEAVING = re.compile(r"\bleaving\s+(?:(?:about|some|around|only|just|roughly|nearly)\s+)?$", re.IGNORECASE)


_LEAVING_LINKS = frozenset({"leaving", "about", "some", "around", "only", "just", "roughly", "nearly"})


_BY = frozenset({"by", "a", "an", "some"})


_REPLACED_BY = re.compile(r"\b(?:replaced|relieved|succeeded|taken\s+over|reinforced|joined|bolstered|augmented)"
                          r"\s+by\s+(?:(?:a|an|some)\s+)?"
                          # "will be replaced by a new rotation of about 850 troops"
                          r"(?:(?:new|fresh|further|second|third|next|larger|smaller|[\w-]+-strong)\s+)*"
                          r"(?:(?:rotation|contingent|battalion|unit|batch|group|team|company|force|detachment)\s+of\s+)?"
                          r"(?:(?:about|some|around|nearly|approximately|roughly)\s+)?$", re.IGNORECASE)


_FUTURE = re.compile(r"\b(?:will|would|shall|to\s+be|set\s+to|due\s+to)\b", re.IGNORECASE)


_RUNNING_VERB_BEFORE = re.compile(r"\b" + _RUNNING_VERB + r"\s+$", re.IGNORECASE)


_RUNNING_PLAN = re.compile(
    r"\b(?:will|would|shall|could|to|expected\s+to|set\s+to|likely\s+to)\s+(?:\w+\s+)?$", re.IGNORECASE
)


# "The contingent includes 175 engineers": a part of a whole named before, which shares its plan.
_INCLUDES = re.compile(r"\b(?:includ(?:es|e|ed|ing)|compris(?:es|e|ed|ing)|consists?\s+of|made\s+up\s+of)\s+"
                       r"(?:[\w,-]+\s+){0,6}$", re.IGNORECASE)  # "includes 120 women and a 40-strong platoon"


# A verb of sending, for a total "so far" that is the build-up of one deployment.
_SENDING = re.compile(r"\b(?:sent|deployed|dispatched|contributed|provided)\b", re.IGNORECASE)


# Many rotations: a total over time even with "so far" and one mission ("has sent seven rotations ... totaling").
_ROTATIONS = re.compile(r"\b(?:\w+\s+)?(?:rotations|batches|contingents|tours)\b|\btotall?ing\b|"
                        r"\b(?:are|is|were|was|been|being)\s+rotated\b", re.IGNORECASE)


_STANDBY = re.compile(r"\bstand-?by\b", re.IGNORECASE)
# The UN's standby system, anywhere in the clause: "Through the United Nations stand-by arrangements system Ireland
# has offered to provide up to 850 military personnel" (r5_040), "Under the UNSAS, ... is 850" (r3_047).
_STANDBY_SYSTEM = re.compile(r"\b(?:UNSAS|stand-?by\s+arrangements?)\b", re.IGNORECASE)


# Cues that say what an item holds, not what was done with it: a list's lead says that ("• Rwanda: two battalions,
# some 1,600 personnel in all" under "Commitments announced include:").
_WEAK_CUES = lexicon.word_set("weak_cues")


def _status_in_context(sc: SentenceContext, c: Candidate, st: str, cue: str) -> tuple[str, str]:
    """Statuses that the figure's place says, whatever the clause's verb: the whole of a partitive ("withdrew
    600 of its roughly 4,500 soldiers": the 4,500 are the standing total) and a running total ("bringing to
    400 the number of Kenyans", "raising the number of ... to 400"), unless a plan is said."""
    text, q, np_start, clause = sc.text, c.q, c.np_start, c.clause
    lo = max(clause[0], q.start - 40)
    whole = _PARTITIVE_WHOLE.search(text, lo, q.start) if text.find("of ", lo, q.start) >= 0 else None
    if whole is not None and any(0 <= whole.start() - f_end <= 2 for f_start, f_end in sc.figures
                                 if f_end <= whole.start()):
        if (whole.group("word") or "").lower() not in _PLAN_WORDS:
            return "serving", "partitive_whole"
        return st, cue
    if _REPLACED_BY.search(text, max(clause[0], q.start - 80), q.start):
        # "will be replaced by 750 from Zambia", "reinforced by 120 more": the figure that comes.
        return ("planned", "replaced_by") if _RUNNING_PLAN.search(text, clause[0], q.start) or \
            _FUTURE.search(text, clause[0], q.start) else ("deployed", "replaced_by")
    if personnel.ends_with_word(text[max(clause[0], q.start - 16):q.start], _LEAVING_LINKS) and \
            _LEAVING.search(text, max(clause[0], q.start - 30), q.start):
        # "will withdraw 300 of its soldiers, leaving 1,000 in Mali": those who stay.
        return ("planned", "leaving") if _FUTURE.search(text, clause[0], q.start) else ("serving", "leaving")
    running = None
    if personnel.ends_with_word(text[max(clause[0], q.start - 8):q.start], _TO):
        running = _RUNNING_TOTAL.search(text, max(clause[0], q.start - 60), q.start)
    if running is None and np_start < q.start:
        running = _RUNNING_VERB_BEFORE.search(text, max(clause[0], np_start - 20), np_start)
    if running is not None:
        # The total after the change: planned when the change is ("will send 200 more, raising ... to 1,300").
        if st == "planned" or _RUNNING_PLAN.search(text, max(clause[0], running.start() - 30), running.start()):
            return "planned", "running_total"
        return "serving", "running_total"
    return st, cue


def _leaves_home(sc, clause: tuple[int, int], senders: list[str]) -> bool:
    """Whether the place a departure leaves is the sender's own country or capital ("left Accra")."""
    for c in sc.countries:
        if clause[0] <= c.start < clause[1] and _word_before(sc.text, c.start) in _LEAVING_WORDS:
            return c.iso3 in senders
    return False



# -- the status rules ------------------------------------------------------------------------------------------
# The clause's verb gives a status (``status.figure_status``); these rules, in order, each rewrite it when the
# figure's place, its sender rule or the story says otherwise. Each returns the name of what it did, or None.

class Reading:
    """The status, its cue and the as-of date of a candidate, as the status rules rewrite them; ``standby``:
    whether the figure is a standby force (which the mission rules read too)."""

    __slots__ = ("st", "cue", "as_of", "standby", "fired")

    def __init__(self, st: str, cue: str, as_of: PartialDate | None):
        self.st, self.cue, self.as_of, self.standby = st, cue, as_of, False
        self.fired: list[str] = []  # the names of the status rules that rewrote it, in order


def _st_in_context(sc: SentenceContext, c: Candidate, r: Reading) -> str | None:
    st, cue = _status_in_context(sc, c, r.st, r.cue)
    if (st, cue) == (r.st, r.cue):
        return None
    r.st, r.cue = st, cue
    return cue


def _st_partitive_of_previous(sc: SentenceContext, c: Candidate, r: Reading) -> str | None:
    # "which has some 1,300 soldiers in Mali, around 300 of them with EUTM Mali": a part of the figure before it,
    # in its apposition, is in that figure's state
    if sc.out and _PARTITIVE_PART.match(sc.text, c.q.end) and \
            not status.clause_cues(sc.text[sc.out[-1].quantity.end:c.q.start]):
        r.st, r.cue = sc.out[-1].status, "partitive_of_previous"
        return r.cue
    return None


def _st_before_change(sc: SentenceContext, c: Candidate, r: Reading) -> str | None:
    if c.rule in _BEFORE_CHANGE:
        r.st, r.cue = "serving", c.rule  # the total before the change
        return "before_change"
    return None


def _st_tours(sc: SentenceContext, c: Candidate, r: Reading) -> str | None:
    if c.rule not in _BEFORE_CHANGE and r.st in ("serving", "deployed") and \
            c.head.surface.lower().startswith(("tours", "individual tours", "person-times", "man-times")):
        r.st, r.cue = "cumulative", "tours"  # "47,000 individual tours of duty have been completed": a sum over time
        return r.cue
    return None


def _st_list_lead(sc: SentenceContext, c: Candidate, r: Reading) -> str | None:
    if (not r.cue or (r.st in ("serving", "cumulative") and r.cue.lower() in _WEAK_CUES)) and \
            (lead := sc.list_lead()) is not None:
        r.st, r.cue = lead, "list_lead"  # "Commitments announced include: • Ethiopia: 2,000 troops ..."
        return r.cue
    return None


def _st_standby(sc: SentenceContext, c: Candidate, r: Reading) -> str | None:
    r.standby = _STANDBY.search(sc.text, max(c.clause[0], c.np_start - 40),
                                min(c.clause[1], c.np_end + 40)) is not None or \
        _STANDBY_SYSTEM.search(sc.text, c.clause[0], c.clause[1]) is not None
    if r.standby and r.st in ("planned", "serving"):
        r.st, r.cue = "pledged", "standby"  # "will build a standby force of 8,000 troops": a commitment
        return r.cue
    return None


def _st_respectively(sc: SentenceContext, c: Candidate, r: Reading) -> str | None:
    if c.sender_rule == "respectively" and sc.out and "+respectively+" in sc.out[-1].extractor:
        r.st, r.cue = sc.out[-1].status, "respectively"  # the figures paired with their countries share a verb
        return r.cue
    return None


def _st_relative(sc: SentenceContext, c: Candidate, r: Reading) -> str | None:
    if c.sender_rule == "relative":  # "the company that Zambia sent": the verb of the relative clause
        r.st, r.cue = status.figure_status(sc.text[c.np_end:c.clause[1]], 0, 0)
        return "relative_clause"
    return None


def _st_gapped(sc: SentenceContext, c: Candidate, r: Reading) -> str | None:
    if c.sender_rule in ("item", "item_each") and not r.cue and sc.out:
        r.st, r.cue = sc.out[-1].status, "gapped"  # "..., Burkina Faso two companies": the item's verb is left out
        return r.cue
    return None


def _st_part_of_plan(sc: SentenceContext, c: Candidate, r: Reading) -> str | None:
    focus = sc.focus
    if r.st == "serving" and c.sender_rule in _CARRIED_SENDERS and focus.status in _PLANS and \
            _INCLUDES.search(sc.text, max(c.clause[0], c.np_start - 60), c.np_start):
        r.st, r.cue, r.as_of = focus.status, "part_of_plan", focus.as_of  # "The battalion includes 120 engineers"
        return r.cue
    return None


def _st_departure(sc: SentenceContext, c: Candidate, r: Reading) -> str | None:
    outbound = sc.focus.status in _OUTBOUND
    if r.st == "departure":  # neither a destination nor a place left: the movement of the story
        r.st = "deployed" if outbound else "withdrawn"
        return "departure"
    if r.st == "planned_departure":  # "will leave next month": out to the mission (a plan), or home
        r.st = "planned" if outbound or sc.focus.status is None else "withdrawn"
        return "planned_departure"
    if r.st == "withdrawn" and r.cue.lower().startswith(_DEPARTURE_CUES) and _leaves_home(sc, c.clause, c.senders):
        r.st = "deployed"  # "Its advance party of 100 troops left Accra on Monday": leaving home for the mission
        return "leaving_home"
    return None


# -- status from aspect, modality and genre (real dev split) --------------------------------------------------------

# A relative clause right after the figure's noun phrase: "25 Nepalese troops who arrived in the country in January",
# "about 50 Nigerian troops who were sent to the area Thursday", "the 177 advanced party that is already on the ground".
_RELATIVE_AFTER = re.compile(r"\s*,?\s*(?:who|which|that)\s+(?=[a-z])")
_RELATIVE_WINDOW = 80
# Those already there, whatever the verb of the clause: "they will join more than 150 Rwandan troops already there",
# "the 165 Hungarian troops already stationed at Camp Butmir".
_ALREADY_THERE = re.compile(
    r"\s*,?\s*(?:(?:who|which|that)\s+(?:is|are|were|was|have|has)\s+(?:been\s+)?)?already\s+"
    r"(?:there|here|in\s+place|on\s+the\s+ground|stationed|based|serving|present|deployed\s+(?:in|at|there)|"
    r"in\s+(?:the\s+)?[A-Z])")
# The unit that others join is already there: "will join a 200-strong Spanish battalion", "where they will join the
# 177 advanced party" (real dev r1_017, r5_028, r5_034).
_JOINED = re.compile(r"\bjoin(?:s|ed|ing)?\s+(?:up\s+with\s+)?(?:the\s+|a\s+|an\s+|some\s+|about\s+|around\s+|"
                     r"more\s+than\s+|over\s+|nearly\s+)*$", re.IGNORECASE)
# A decision ("has decided to deploy", "has decided, pursuant to ..., to join ... by sending").
_DECIDED = re.compile(r"\b(?:has|have|had)\s+decided\b", re.IGNORECASE)
_DECISION_TO_UN = lexicon.cue_patterns("decision_to_un")
_STANDING_GENRE = lexicon.cue_patterns("standing_genre")
# A progressive verb of contributing: the act still going on ("is contributing 530 Defence Forces personnel").
_PROGRESSIVE = frozenset({"contributing", "providing", "sending", "deploying"})


def _relative_status(sc: SentenceContext, c: Candidate, r: Reading) -> bool:
    """Whether a relative clause right after the figure's noun phrase gives it a status by its verb; if so, the
    reading takes that status and the first date of the relative clause ("who arrived in the country in January")."""
    rel = _RELATIVE_AFTER.match(sc.text, c.np_end)
    if rel is None:
        return False
    end = min(sc.sent.end, rel.end() + _RELATIVE_WINDOW)
    st, cue = status.figure_status(sc.text[rel.end() - 1:end], 0, 0)
    if not cue or st in ("departure", "planned_departure"):
        return False
    r.st, r.cue = st, cue
    date = next((d for d in sc.dates if rel.end() <= d.start < end and d.kind == "point"), None)
    if date is not None:
        r.as_of = date.date
    return True


def _st_relative_after(sc: SentenceContext, c: Candidate, r: Reading) -> str | None:
    if r.cue or r.fired:
        return None  # only a figure that its clause gives no cue: the relative clause is its only verb
    return "relative_after" if _relative_status(sc, c, r) else None


def _st_already_there(sc: SentenceContext, c: Candidate, r: Reading) -> str | None:
    if r.st != "serving" and _ALREADY_THERE.match(sc.text, c.np_end):
        r.st, r.cue = "serving", "already"
        return "already_there"
    return None


# A participle right after a definite figure's noun, with no verb of being, names the contingent that is there:
# "Among the 15 ADF members deployed to Operation Aslan" (real dev r8_006), "the 198 personnel serving with" (r2_017);
# not a finite passive ("The 500 members were deployed to help out", r8_024: deployed).
_DEFINITE_BEFORE = re.compile(r"\b(?:the|its|their|our)\s+(?:(?:about|some|approximately|around|nearly)\s+)?$",
                              re.IGNORECASE)
_POSTNOMINAL_PARTICIPLE = re.compile(r"\s+(?:deployed|stationed|posted)\s+(?:to|in|with|on|at)\b")


def _st_postnominal(sc: SentenceContext, c: Candidate, r: Reading) -> str | None:
    if r.st != "deployed" or not _POSTNOMINAL_PARTICIPLE.match(sc.text, c.np_end, c.clause[1]) or \
            not _DEFINITE_BEFORE.search(sc.text, max(c.clause[0], c.q.start - 20), c.q.start):
        return None
    r.st, r.cue = "serving", "postnominal"
    return "postnominal"


def _st_joined_unit(sc: SentenceContext, c: Candidate, r: Reading) -> str | None:
    if r.st in ("serving", "withdrawn") or "relative_after" in r.fired:
        return None
    if _JOINED.search(sc.text, max(c.clause[0], c.np_start - 40), c.np_start):
        if _relative_status(sc, c, r):  # "will be joining three officers who arrived as an advance party"
            return "joined_relative"
        r.st, r.cue = "serving", "joined"
        return "joined_unit"
    return None


def _st_decision_to_un(sc: SentenceContext, c: Candidate, r: Reading) -> str | None:
    if r.st not in ("planned", "deployed") or not _DECIDED.search(sc.text, sc.sent.start, c.np_start):
        return None
    if any(p.search(sc.text, sc.sent.start, sc.sent.end) for _, p in _DECISION_TO_UN):
        r.st = "pledged"  # a government decision communicated to the UN (C11); the same told a parliament is planned
        return "decision_to_un"
    return None


def _st_standing_progressive(sc: SentenceContext, c: Candidate, r: Reading) -> str | None:
    if r.st != "deployed" or r.cue.lower() not in _PROGRESSIVE:
        return None
    if any(p.search(sc.text, sc.sent.start, sc.sent.end) for _, p in _STANDING_GENRE):
        r.st = "serving"  # "Ireland is contributing 530 Defence Forces personnel to overseas missions"
        return "standing_progressive"
    return None


def _st_total_over_span(sc: SentenceContext, c: Candidate, r: Reading) -> str | None:
    if r.st != "cumulative" or r.as_of is None:
        return None
    for d in sc.dates:  # the span that dated the figure: a total over it takes its end (C2)
        if d.kind == "span" and d.end_date is not None and d.date == r.as_of and \
                c.clause[0] <= d.start < c.clause[1]:
            r.as_of = d.end_date
            return "total_over_span"
    return None


# A figure with no cue of its own that the clause sets a target time for: "We are on target for a commitment of
# about 2,000 troops by the end of the year" (real dev r9_093), "150 soldiers at most should operate there by the end
# of 2014" (r8_080): a plan (guide: as_of "the target time of a plan ('by the end of the month')").
_BY_TARGET = re.compile(
    r"\bby\s+(?:the\s+)?(?P<part>end|middle|close)\s+of\s+(?P<which>the\s+|this\s+|next\s+)?"
    r"(?P<unit>year|month|summer|\d{4}|[A-Z][a-z]+)\b", re.IGNORECASE)


def _target_time(m: re.Match, published: PartialDate | None) -> PartialDate | None:
    """The month a target names: the end (or middle) of this year, of a year, this month; None for others."""
    unit, month = m.group("unit").lower(), 6 if m.group("part").lower() == "middle" else 12
    if unit.isdigit():
        return PartialDate(date(int(unit), month, 1), "month")
    if published is None or (m.group("which") or "").strip().lower() == "next":
        return None
    if unit == "year":
        return PartialDate(date(published.value.year, month, 1), "month")
    if unit == "month" and published.precision != "year":
        return PartialDate(published.value.replace(day=1), "month")
    return None


def _st_by_target(sc: SentenceContext, c: Candidate, r: Reading) -> str | None:
    m = _BY_TARGET.search(sc.text, c.clause[0], c.clause[1]) if not r.cue and r.st == "serving" else None
    if m is None:
        return None
    r.st, r.cue = "planned", "by_target"
    r.as_of = _target_time(m, sc.ctx.published) or r.as_of  # a plan takes its target time (guide)
    return r.cue


_BEFORE_CHANGE = frozenset({"running_from", "changed_from"})

# "An advance party of Jordanian police officers arrived in Darfur today ..." / "The 46 members of the Jordanian
# formed police unit (FPU) will be responsible for ...": the sentence before tells an arrival without a figure.
_THE_FIGURE = re.compile(r"\s*the\s+$", re.IGNORECASE)
_ARRIVED = re.compile(r"\b(?:arrived|landed|touched\s+down)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]?\s+")
_PREVIOUS_REACH = 400


def _previous_sentence(sc: SentenceContext) -> str:
    """The text of the sentence before (within a few hundred characters), found by its end marks."""
    window = sc.text[max(0, sc.sent.start - _PREVIOUS_REACH):sc.sent.start].rstrip()
    ends = [m.end() for m in _SENTENCE_END.finditer(window, 0, max(0, len(window) - 1))]
    return window[max(ends + [window.rfind("\n") + 1]):]


def _st_arrival_restated(sc: SentenceContext, c: Candidate, r: Reading) -> str | None:
    if r.cue or not _THE_FIGURE.fullmatch(sc.text, sc.sent.start, c.q.start):
        return None
    before = _previous_sentence(sc)
    if not _ARRIVED.search(before) or any(ch.isdigit() for ch in before) or \
            not any(x.iso3 in c.senders for x in find_countries(before)):
        return None
    # "The 46 members of the Jordanian formed police unit" after "An advance party of Jordanian police officers
    # arrived in Darfur today" (real dev r1_038), "The 137 members of the Senegalese formed police unit" after "A
    # contingent of police officers from Senegal arrived in Darfur today" (r1_039): the arrival's size
    r.st, r.cue = "deployed", "arrival_restated"
    return r.cue


# "some 800 United Nations peacekeepers to be shifted from Sierra Leone to Liberia", "Some 350 French soldiers to
# remain in the country": an infinitive right after the figure's noun phrase says what is still to happen to them.
_PART_OF_FIGURE = re.compile(r"\s+of\s+(?:the\s+|some\s+|about\s+|around\s+|nearly\s+)?\d")
_NP_INFINITIVE = re.compile(
    r"\s+to\s+(?:be\s+)?(?:remain|stay|shift(?:ed)?|sent|send|deploy(?:ed)?|redeploy(?:ed)?|join|move[ds]?|leave|"
    r"return|replace|reinforce|relocate[ds]?|transferred|rotated|serve)\b", re.IGNORECASE)


def _st_np_infinitive(sc: SentenceContext, c: Candidate, r: Reading) -> str | None:
    if r.st not in ("serving", "deployed") or not _NP_INFINITIVE.match(sc.text, c.np_end, c.clause[1]) or \
            _PART_OF_FIGURE.match(sc.text, c.q.end):
        return None  # "The first 80 of some 800 ... to be shifted ... have crossed": the 80 have moved
    # "The first 80 of some 800 United Nations peacekeepers to be shifted from Sierra Leone to Liberia have crossed
    # over the border" (real dev r1_023): the 800; "Some 350 French soldiers to remain in the country" (r4_013)
    r.st, r.cue = "planned", "np_infinitive"
    return r.cue


STATUS_RULES = check_table((
    Rule("participle_then_verb", "a participle of serving right after a subject's noun phrase belongs to it; the "
         "clause's verb after it decides: 'Some 270 Kenyan peacekeepers serving under the UN Operation in Burundi, "
         "known as ONUB, left the capital' (real dev r10_006; r1_008, r1_009, r3_017 keep their verb's state)",
         _st_participle_then_verb),
    Rule("apposition_then_verb", "a subject with a list in apposition, commas inside, and no cue: the verb right "
         "after a comma of the list is its own ('The 700-strong battalion, consisting of infantry and artillery "
         "personnel, scouts and engineers, arrived in four groups in November': real dev r2_049)",
         _st_apposition_then_verb),
    Rule("place", "what the figure's place says whatever the verb: the whole of a partitive ('600 of its 4,500'), "
         "the figure that replaces ('replaced by 750'), those left ('leaving 1,000'), a running total",
         _st_in_context, ("partitive_whole", "replaced_by", "leaving", "running_total")),
    Rule("partitive_of_previous", "'1,300 soldiers in Mali, around 300 of them with EUTM': the whole's state",
         _st_partitive_of_previous),
    Rule("before_change", "'to 1,000 from about 180', 'up from 400': the total before the change is serving",
         _st_before_change),
    Rule("tours", "'47,000 individual tours of duty': a sum over time", _st_tours),
    Rule("list_lead", "'Commitments announced include: • Ethiopia: 2,000 troops': the list's lead", _st_list_lead),
    Rule("standby", "'a standby force of 8,000 troops': a commitment", _st_standby),
    Rule("respectively", "figures paired with countries by 'respectively' share the first one's status",
         _st_respectively),
    Rule("relative_clause", "'the company that Zambia sent': the relative clause's verb", _st_relative),
    Rule("gapped", "'..., Burkina Faso two companies': the list item's left-out verb", _st_gapped),
    Rule("part_of_plan", "'The battalion includes 120 engineers': a part of a planned whole shares its plan",
         _st_part_of_plan),
    Rule("departure", "a departure: out to the mission or home, by the story's movement; leaving home deploys",
         _st_departure, ("departure", "planned_departure", "leaving_home")),
    Rule("relative_after", "a figure its clause gives no cue, then a relative clause: its verb ('25 Nepalese troops "
         "who arrived in the country in January', '50 Nigerian troops who were sent to the area Thursday': real dev "
         "r1_002, r5_028)", _st_relative_after),
    Rule("already_there", "'more than 150 Rwandan troops already there', 'the 165 Hungarian troops already "
         "stationed at Camp Butmir': a standing total whatever the verb (real dev r5_028, r5_034)", _st_already_there),
    Rule("postnominal", "a participle right after a definite figure's noun, no verb of being: 'Among the 15 ADF "
         "members deployed to Operation Aslan' is the contingent there (real dev r8_006; not 'The 500 members were "
         "deployed', r8_024)", _st_postnominal),
    Rule("joined_unit", "the unit others join is there: 'will join a 200-strong Spanish battalion', 'will join the "
         "177 advanced party' (real dev r1_017, r5_034); unless a relative clause says what they did ('will be joining "
         "three officers who arrived as an advance party': r1_039)", _st_joined_unit, ("joined_unit", "joined_relative")),
    Rule("decision_to_un", "a government decision told to the UN is a pledge (C11): 'I have the honour to inform you "
         "that the Government of Belgium has decided ...', 'has decided to deploy ... a UN spokesman announced' "
         "(real dev r1_022, r5_025)", _st_decision_to_un),
    Rule("standing_progressive", "'is contributing 530 Defence Forces personnel to overseas missions', 'is ranked "
         "as the 1st, sending 10,245 personnel': a standing total (real dev r3_002, r6_009, r2_048)",
         _st_standing_progressive),
    Rule("np_infinitive", "an infinitive right after the figure's noun phrase: 'some 800 United Nations peacekeepers "
         "to be shifted from Sierra Leone to Liberia', 'Some 350 French soldiers to remain in the country' (real dev "
         "r1_023, r4_013)", _st_np_infinitive),
    Rule("leaving_infinitive", "an infinitive of leaving after the noun phrase in a story that takes contingents "
         "home: 'These peacekeepers are the first of a 816-strong Kenyan battalion to leave' (real dev r10_006), as "
         "'will leave' (departure)", _st_leaving_infinitive),
    Rule("arrival_restated", "'The 46 members of the Jordanian formed police unit will ...' right after 'An advance "
         "party of Jordanian police officers arrived in Darfur today': the size of the arrival told before, without "
         "its figure (real dev r1_038, r1_039)", _st_arrival_restated),
    Rule("by_target", "a figure with no cue whose clause sets a target time is a plan: 'a commitment of about 2,000 "
         "troops by the end of the year' (real dev r9_093, r8_080)", _st_by_target),
    Rule("change_to", "a contingent that changes to a size still to be reached is a plan: 'UK contingent due to rise "
         "to over 19,000', 'as the Kenyan contingent builds up to around 1000 troops', 'contribution will also reduce "
         "to 8 personnel' (real dev r3_036, r8_118, r10_084; not 'increased to 502 personnel', r2_022)",
         _st_change_to),
    Rule("total_over_span", "a total over a span is dated by the span's end (C2): 'Between 1964 and 1993 ... some "
         "25,000 CAF personnel completed six-month tours' (real dev r5_046)", _st_total_over_span),
))


def resolve_status(sc: SentenceContext, c: Candidate, r: Reading) -> None:
    """Rewrite the reading by ``STATUS_RULES``, in order."""
    for rule in STATUS_RULES:
        name = rule.fn(sc, c, r)
        if name is not None:
            r.fired.append(name)
            note("status", rule.name, name, c.q.start)
