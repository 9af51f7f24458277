"""Stage 9, breakdowns: the parts of a figure already stated are not rows of their own (the guide's breakdown rule
and [C5]: "Parts of one contingent in one mission are not repeated ... by location, rank, gender, service or
sub-unit"). ``BREAKDOWN_RULES`` run on each sentence's rows, after ``rows.sentence_rows``, with the rows of the
sentences before; each drops the parts it finds and the trace records its name (stage "veto").

* ``parts_sum``: consecutive figures that add up exactly to a figure stated just before them, in the sentence or
  as a row of the same sender a sentence or two earlier: "the Kenyans now numbered 987: one battalion of 815
  soldiers, 80 for the headquarter company and 92 military police" (real dev r9_014), "four officers—two Army,
  one Navy and one Air Force" (r9_081), "the Chilean contingent—seven troops from the Navy and seven from the
  Army" after "A contingent of 14 service members" (r9_060), "Of the 439 personnel serving overseas, 427 are Army,
  2 are Naval Service and 10 are Air Corps personnel" (r6_014), "The breakdown of the 417 ... is 376 Army, 32 Air
  Corps and 9 Naval Service" (r8_001), "502 personnel, comprising the 488 strong Force Communications Unit ... and
  14 staff" (r2_022), "Some 5,200 UK troops ..." then "Around 3,700 are based in Bosnia, with a further 1,500
  serving in Croatia" (r9_094). Parts that name two different missions of their own are per-mission figures, rows
  of their own ([C5]), and so are parts that differ in status, date or class of personnel.
* ``partitive_part``: "N of them / of whom / of these personnel" after a larger figure of the same sender: "About
  4,000 troops are deployed in Kosovo, 500 of whom were deployed for the election period" (r9_093), "eight NZDF
  personnel ... and usually at least two of these personnel are NZ Army" (r8_015), "About 250 ... personnel" then
  "237 of those deployed on operations are based in the Middle East" (r8_014). A part that names a mission other
  than the whole's is a figure of its own ("1,300 soldiers in Mali, around 300 of them with EUTM").
* ``included_part``: "including N" after a larger figure of the same sender and personnel type in the sentence:
  "Canada provides 59 uniformed personnel, including 18 women" (r1_026; the gold keeps no such part: "A 30-strong Movement Control
  Group ..., including seven Air Force members", r2_023; "66 Army personnel including 17 Officers", r10_044; "Six
  NZDF personnel ..., including two who are based along the Demilitarised Zone", r8_014). A part with a mission of
  its own stays ("contributes military personnel to five United Nations peacekeeping operations, including 600 to
  the force in Cyprus", r3_031, where no figure of people comes before it) or a place ("around 4,300 troops in the
  Sahel ..., including 2,400 in Mali", devset5), and so does a part of another type
  ("850 military personnel in UNMISS, including 40 staff officers": the staff officers are a claim of their own).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.extract import personnel
from pipeline.extract.contrib.common import _EXPLICIT_MISSION, _TYPE_CLASS
from pipeline.extract.contrib.rules import Rule, check_table, note
from pipeline.extract.types import Contribution, CountryMention, Quantity

# Country mentions that name a contributor by its people: "375 Austrian and 95 Slovak troops".
_NATIONALITY = frozenset({"demonym", "adjective"})

# How many sentences back a stated figure can be the whole that a sentence breaks down.
_WHOLE_SENTENCES = 5

# "500 of whom", "two of these personnel", "237 of those deployed", "Some 721 of them".
_PARTITIVE_AFTER = re.compile(r"\s*of\s+(?:them|those|these|whom|which|the\s+(?:personnel|troops|soldiers|"
                              r"peacekeepers|officers|members|contingent))\b", re.IGNORECASE)


def _value(q: Quantity) -> int | None:
    """The figure's single value ("about 2,000" counts; "more than 2,000" and "250 to 300" do not)."""
    return q.low if q.low is not None and q.low == q.high else None


# A figure that counts units, not people: "one battalion of 815 soldiers", "8 Infantry Battalions" (not "the 488
# strong Force Communications Unit").
_UNITS_NEXT = re.compile(r"\s+(?:(?!strong\b|air\s+force)[\w-]+\s+)?(?:" + personnel.UNIT_RE.pattern + r")",
                         re.IGNORECASE)


def _run_to(text: str, total: int, figures: Sequence[Quantity]) -> list[Quantity]:
    """The shortest run of two or more figures from the first of ``figures`` that adds up to ``total`` (figures
    of units left out)."""
    run, acc = [], 0
    for q in figures:
        if _UNITS_NEXT.match(text, q.end):
            continue
        v = _value(q)
        if v is None or v <= 0:
            return []
        run.append(q)
        acc += v
        if acc >= total:
            return run if acc == total and len(run) >= 2 else []
    return []


def _distinct_claims(parts: Sequence[Contribution], placed: bool = False) -> bool:
    """Whether the parts say more than the whole: they name two or more different missions of their own (per-mission
    figures, [C5]), or differ in status, date or class of personnel ("promised 750 gendarmes; 300 arrived in March
    and the remaining 450 will follow in June", "3,600 uniformed personnel, including 3,100 troops and 500
    police officers"); kinds of personnel do not count when every part is ``placed`` in a location of its own."""
    if len({p.mission_acronym for p in parts if p.mission_method in _EXPLICIT_MISSION}) >= 2 or \
            len({(p.status, p.as_of) for p in parts}) > 1:
        return True
    return len({_TYPE_CLASS.get(p.personnel_type) for p in parts}) > 1 and not placed


# Each part placed where it serves: "360 of them in AUSBATT, 18 Staff Officers in HQ UNDOF in Camp Faouar, 1 Staff
# Officer in Camp Ziouani" (real dev r10_089): a breakdown by location, whatever the kinds of personnel.
_PLACED_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:of\s+them\s+)?(?:in|at)\s+(?:the\s+)?[A-Z]")


def _all_placed(text: str, run: Sequence[Quantity]) -> bool:
    return all(_PLACED_AFTER.match(text, q.end) for q in run)


def _other_contributor(run: Sequence[Quantity], countries: Sequence[CountryMention], senders: set[str],
                       rows: Sequence[Contribution]) -> bool:
    """Whether the parts name another contributor: a nationality ("470 service personnel (375 Austrian and 95 Slovak
    troops)", real dev r9_059) or another row's sender among them. Places of service are no contributors ("3,700
    are based in Bosnia, with a further 1,500 serving in Croatia", r9_094)."""
    others = {r.contributor_iso3 for r in rows} - senders
    return any(run[0].start <= k.start < run[-1].end and k.iso3 not in senders and
               (k.kind in _NATIONALITY or k.iso3 in others) for k in countries)


def _wholes(rows: Sequence[Contribution], figures: Sequence[Quantity], earlier: Sequence[Contribution]
            ) -> list[tuple[int, int, str | None]]:
    """The figures that may be a whole broken down after them: (value, where its parts may start, its sender or
    None): each figure of the sentence, then the rows of the sentences just before (whose parts start with the
    sentence)."""
    sender_at = {r.quantity.start: r.contributor_iso3 for r in rows}
    wholes = [(v, q.end, sender_at.get(q.start)) for q in figures if (v := _value(q)) is not None]
    if rows:
        index = rows[0].sentence.index
        for r in earlier[::-1]:
            if index - r.sentence.index > _WHOLE_SENTENCES:
                break
            if (v := _value(r.quantity)) is not None:
                wholes.append((v, rows[0].sentence.start, r.contributor_iso3))
    return wholes


def _drop_parts_sum(text: str, rows: list[Contribution], figures: Sequence[Quantity],
                    countries: Sequence[CountryMention], earlier: Sequence[Contribution]) -> set[int]:
    dropped: set[int] = set()
    for total, start, sender in _wholes(rows, figures, earlier):
        run = _run_to(text, total, [q for q in figures if q.start >= start])
        starts = {q.start for q in run}
        parts = [r for r in rows if r.quantity.start in starts]
        senders = {r.contributor_iso3 for r in parts}
        if not parts or len(senders) != 1 or (sender is not None and senders != {sender}) or \
                _distinct_claims(parts, _all_placed(text, run)) or _other_contributor(run, countries, senders, rows):
            continue
        dropped.update(starts)
    return dropped


def _drop_partitive_part(text: str, rows: list[Contribution], figures: Sequence[Quantity],
                         countries: Sequence[CountryMention], earlier: Sequence[Contribution]) -> set[int]:
    dropped: set[int] = set()
    for i, r in enumerate(rows):
        q = r.quantity
        if q.low is None or not _PARTITIVE_AFTER.match(text, q.end, r.sentence.end):
            continue
        before = [w for w in (*earlier, *rows[:i])
                  if r.sentence.index - w.sentence.index <= _WHOLE_SENTENCES]
        whole = before[-1] if before else None
        if whole is None or whole.contributor_iso3 != r.contributor_iso3 or whole.quantity.low is None or \
                whole.quantity.low <= (q.low or 0):
            continue
        if r.mission_method in _EXPLICIT_MISSION and r.mission_acronym != whole.mission_acronym:
            continue
        dropped.add(q.start)
    return dropped


# "including 18 women", "among them 40 officers": a figure right after the word that opens a part of the whole.
_INCLUDING_BEFORE = re.compile(r"\b(?:including|includ(?:es|ed)|among\s+(?:them|whom))\s+(?:(?:some|about|around|"
                               r"nearly|approximately|almost|over|more\s+than|up\s+to)\s+)?$", re.IGNORECASE)


# A part placed in a country or town of its own is a figure the annotators keep (devset5 d5_07; r3 case "1,300 troops
# in the Sahel, including 1,100 in Mali").
_PLACE_NEXT = re.compile(r"\s+(?:(?:[\w-]+\s+){0,2}?(?:in|at)\s+(?:the\s+)?[A-Z])")


def _drop_included_part(text: str, rows: list[Contribution], figures: Sequence[Quantity],
                        countries: Sequence[CountryMention], earlier: Sequence[Contribution]) -> set[int]:
    dropped: set[int] = set()
    for i, r in enumerate(rows):
        q = r.quantity
        if q.low is None or not _INCLUDING_BEFORE.search(text, max(r.sentence.start, q.start - 30), q.start):
            continue
        whole = next((w for w in rows[:i][::-1] if w.contributor_iso3 == r.contributor_iso3), None)
        if whole is None or whole.quantity.low is None or whole.quantity.low <= q.low or \
                whole.personnel_type != r.personnel_type:
            continue  # a part of another kind says more: "850 military personnel, including 40 staff officers"
        if _PLACE_NEXT.match(text, q.end, r.sentence.end):
            continue  # "around 4,300 troops in the Sahel under its Barkhane operation, including 2,400 in Mali"
        if r.mission_acronym and r.mission_acronym != whole.mission_acronym:
            continue  # "some 3,000 personnel ..., including 600 in UNFICYP", "1,300 troops in the Sahel, including
            # 1,100 in Mali": a mission's own figure
        dropped.add(q.start)
    return dropped


BREAKDOWN_RULES = check_table((
    Rule("parts_sum", "figures that add up to a figure just stated are its breakdown: 'numbered 987: one battalion "
         "of 815 soldiers, 80 for the headquarter company and 92 military police' (real dev r9_014, r9_081, "
         "r9_060, r6_014, r8_001, r2_022, r9_094)", _drop_parts_sum),
    Rule("partitive_part", "'About 4,000 troops ..., 500 of whom were deployed for the election period': a part of "
         "the whole just stated (real dev r9_093, r8_015, r8_014)", _drop_partitive_part),
    Rule("included_part", "'Canada provides 59 uniformed personnel, including 18 women': a part of the sender's "
         "figure just before it, by gender, rank or service (real dev r1_026, r2_023, r10_044, r8_014)",
         _drop_included_part),
))


def drop_breakdowns(text: str, rows: list[Contribution], figures: Sequence[Quantity],
                    countries: Sequence[CountryMention], earlier: Sequence[Contribution]) -> list[Contribution]:
    """The sentence's rows without the parts of a figure already stated (``BREAKDOWN_RULES``); ``figures`` are
    the sentence's count figures (document offsets), ``countries`` its country mentions,
    ``earlier`` the document's rows so far."""
    for rule in BREAKDOWN_RULES:
        if not rows:
            break
        dropped = rule.fn(text, rows, figures, countries, earlier)
        for pos in sorted(dropped):
            if any(r.quantity.start == pos for r in rows):
                note("veto", rule.name, rule.name, pos)
        rows = [r for r in rows if r.quantity.start not in dropped]
    return rows
