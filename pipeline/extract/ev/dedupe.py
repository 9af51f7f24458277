"""Document vetoes: rows dropped once all the rows of a document are known (``DOC_VETOES``).

A coarser restatement of a happening the document dates more precisely is no row of its own: "Operation Alba
... was a multinational peacekeeping force sent to Albania in 1997" beside "Beginning on April 15, 7,265 troops
were deployed" (r4_016); "The United Nations Operation in the Congo ... was deployed in the Republic of the Congo
in 1960" beside "The first UN troops ... reached the Congo the following day" (15 July 1960, r4_024); "On July 9,
2011, the Hanbit Unit was dispatched" and "which had separated from Sudan in 2011" (r4_031); "Operation Sangaris
was a French military intervention ... from late 2013" beside its start on 5 December 2013 (r4_013). The
annotators give the happening one row, at its most precise date. Same happening: same type and same mission (a
named mission, or a type other than ``other``: two background happenings of one year are two). A row with the
type, mission, actor and date of a row before it is the same happening told again (``restated``).
"""

from __future__ import annotations

from pipeline.extract.ev.rules import Rule, check_table, note
from pipeline.extract.types import Event


def _period(value, precision: str) -> tuple:
    return (value.year,) if precision == "year" else (value.year, value.month) if precision == "month" else \
        (value.year, value.month, value.day)


def _finer_keys(events: list[Event]) -> set[tuple]:
    """(type, mission, precision, period) of every period a row's date falls in that is coarser than its own."""
    keys = set()
    for o in events:
        d = o.date.date
        if d.precision != "year":
            v = d.value
            keys.add((o.event_type, o.mission_acronym, "year", (v.year,)))
            if d.precision == "day":
                keys.add((o.event_type, o.mission_acronym, "month", (v.year, v.month)))
    return keys


DOC_VETOES = check_table((
    Rule("coarser_duplicate", "a row dated less precisely than another of the same type and mission inside its "
         "period: one happening, kept at its most precise date",
         "Operation Alba was a multinational peacekeeping force sent to Albania in 1997. Beginning on April 15, "
         "1997, 7,265 troops were deployed under the command of Operation Alba.", None),
    Rule("restated", "a row with the type, mission, actor and date of a row before it: the same happening told "
         "again (a fact sheet's heading and its paragraph, a dateline's day and the story's 'today'; r5_047 r5_034 "
         "r4_004)", "UNFICYP was established by Security Council resolution 186 (1964) of 4 March 1964.\n\nMandate: "
         "The mandate of UNFICYP, in accordance with Security Council Resolution 186 (1964) of 4 March 1964, is the "
         "following.", None),
))


def drop_duplicates(events: list[Event]) -> list[Event]:
    """The rows of a document without those a document veto drops (recorded in the trace). Two background
    'other' happenings with no mission are never one."""
    if len(events) < 2:
        return events
    keys = _finer_keys(events)
    out = []
    seen: set[tuple] = set()
    for e in events:
        if e.mission_acronym is None and e.event_type == "other":
            out.append(e)
            continue
        d = e.date.date
        if (e.event_type, e.mission_acronym, d.precision, _period(d.value, d.precision)) in keys:
            note("doc_veto", "coarser_duplicate", pos=e.date.start)
            continue
        key = (e.event_type, e.mission_acronym, e.actor_iso3, e.actor_organisation, d.precision, d.value)
        if key in seen:
            note("doc_veto", "restated", pos=e.date.start)
            continue
        seen.add(key)
        out.append(e)
    return out
