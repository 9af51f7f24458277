"""Document vetoes: rows dropped once all the rows of a document are known (``DOC_VETOES``).

A coarser restatement of a happening the document dates more precisely is no row of its own: "Operation Alba
... was a multinational peacekeeping force sent to Albania in 1997" beside "Beginning on April 15, 7,265 troops
were deployed" (r4_016); "The United Nations Operation in the Congo ... was deployed in the Republic of the Congo
in 1960" beside "The first UN troops ... reached the Congo the following day" (15 July 1960, r4_024); "On July 9,
2011, the Hanbit Unit was dispatched" and "which had separated from Sudan in 2011" (r4_031); "Operation Sangaris
was a French military intervention ... from late 2013" beside its start on 5 December 2013 (r4_013). The
annotators give the happening one row, at its most precise date. Same happening: same type and same mission (a
named mission, or a type other than ``other``: two background happenings of one year are two).
"""

from __future__ import annotations

from pipeline.extract.ev.rules import Rule, check_table, note
from pipeline.extract.types import Event

_RANK = {"year": 0, "month": 1, "day": 2}
_LENGTH = {"year": 4, "month": 7, "day": 10}


def _finer_keys(events: list[Event]) -> set[tuple]:
    """(type, mission, precision, period) of every period a row's date falls in that is coarser than its own."""
    keys = set()
    for o in events:
        d = o.date.date
        iso = d.value.isoformat()
        for precision, rank in _RANK.items():
            if rank < _RANK[d.precision]:
                keys.add((o.event_type, o.mission_acronym, precision, iso[:_LENGTH[precision]]))
    return keys


def _coarser_duplicate(e: Event, keys: set[tuple]) -> bool:
    if e.mission_acronym is None and e.event_type == "other":
        return False  # two background happenings of one year are two
    d = e.date.date
    return (e.event_type, e.mission_acronym, d.precision, d.value.isoformat()[:_LENGTH[d.precision]]) in keys


DOC_VETOES = check_table((
    Rule("coarser_duplicate", "a row dated less precisely than another of the same type and mission inside its "
         "period: one happening, kept at its most precise date",
         "Operation Alba was a multinational peacekeeping force sent to Albania in 1997. Beginning on April 15, "
         "1997, 7,265 troops were deployed under the command of Operation Alba.", None),
))


def drop_duplicates(events: list[Event]) -> list[Event]:
    """The rows of a document without those a document veto drops (recorded in the trace)."""
    if len(events) < 2:
        return events
    keys = _finer_keys(events)
    out = []
    for e in events:
        if _coarser_duplicate(e, keys):
            note("doc_veto", "coarser_duplicate", pos=e.date.start)
            continue
        out.append(e)
    return out
