"""Plausibility of figures: a personnel figure above what any contingent or mission has ever had is not published
as a plain row; it goes to ``rejected_rows`` with the bound it broke and where that bound comes from.

The bounds come from the official UN counts (``../shared/reference/official/``, raw snapshots of the IPI
"Providing for Peacekeeping" data; ``tests/test_plausibility.py`` recomputes them from those files when they are
there), with a margin of two so that no real figure comes near them:

- the largest UN mission ever counted: 39,893 uniformed personnel (UNPROFOR, September 1994, mission-month
  totals 1990-11 to 2017-03);
- the largest number of uniformed personnel in all UN operations together: 107,805 (April 2015, the sum of the
  mission-month totals).

A figure for a UN mission may not exceed twice the first; any other figure that is not cumulative (all UN
operations together, a non-UN operation such as ISAF, which had about 130,000 troops, or no mission) may not
exceed twice the second. Cumulative figures ("more than 40,000 Chinese peacekeepers since 1990") count
people over decades: the UN counts more than two million peacekeepers since 1948, so the bound is a hand-written
5,000,000 (no official series sums people over time).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping

from schemas.validation import row_json

LARGEST_UN_MISSION = 39_893  # UNPROFOR, 1994-09-30 (IPI mission-month totals)
LARGEST_UN_TOTAL = 107_805  # all UN operations, 2015-04-30 (sum of the IPI mission-month totals)
MARGIN = 2
UN_MISSION_BOUND = MARGIN * LARGEST_UN_MISSION
ANY_FIGURE_BOUND = MARGIN * LARGEST_UN_TOTAL
CUMULATIVE_BOUND = 5_000_000

CHECK_NAME = "count.plausible"


def bound_for(row: Mapping, mission_organisation: Mapping[str, str]) -> tuple[int, str]:
    """The largest plausible figure of a contributions row, and why."""
    if row.get("status") == "cumulative":
        return CUMULATIVE_BOUND, ("the bound for cumulative figures (the UN counts more than two million "
                                  "peacekeepers since 1948)")
    acronym = row.get("mission_acronym")
    if acronym and mission_organisation.get(acronym) == "UN":
        return UN_MISSION_BOUND, (f"twice the largest UN mission ever counted ({LARGEST_UN_MISSION:,}, UNPROFOR "
                                  "in 1994, official counts)")
    return ANY_FIGURE_BOUND, (f"twice the largest number of uniformed personnel ever counted in all UN operations "
                              f"together ({LARGEST_UN_TOTAL:,}, April 2015, official counts)")


def _figure(row: Mapping) -> int | None:
    values = [v for v in (row.get("count_low"), row.get("count_high"), row.get("count_best"))
              if isinstance(v, (int, float)) and v == v]
    return int(max(values)) if values else None


def split_plausible(rows: Iterable[dict], mission_organisation: Mapping[str, str],
                    seen: dict[str, int] | None = None) -> tuple[list[dict], list[dict]]:
    """Split contributions rows into (plausible rows, ``rejected_rows`` records of the implausible ones).

    ``seen`` counts the JSON of the rows rejected so far (their occurrence goes into the id): pass the same dict
    for each chunk of one table."""
    kept, rejected = [], []
    seen = {} if seen is None else seen
    for row in rows:
        figure = _figure(row)
        bound, why = bound_for(row, mission_organisation)
        if figure is None or figure <= bound:
            kept.append(row)
            continue
        text = row_json(row)
        occurrence = seen.get(text, 0)
        seen[text] = occurrence + 1
        digest = hashlib.sha256(f"plausibility\ncontributions\n{text}\n{occurrence}".encode()).hexdigest()[:16]
        rejected.append({
            "rejected_id": digest,
            "table_name": "contributions",
            "doc_id": row.get("doc_id"),
            "check_name": CHECK_NAME,
            "reason": (f"implausible figure: {figure:,} {row.get('personnel_type') or 'personnel'} is above "
                       f"{bound:,}, {why}; check the figure in the evidence"),
            "row_json": text,
        })
    return kept, rejected
