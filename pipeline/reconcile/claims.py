"""Reconciled claims: rows that state the same thing, across documents and within one, grouped into one claim.

``build_claims`` groups ``contributions`` rows by contributor, mission (or scope), status, personnel class and
as-of period (the month of ``as_of_date``, its year when only the year is known). The headline and the body of a
story, the copies of a syndicated story and other sources stating the same thing fall into one claim, which
lists the figures stated (smallest, largest, most backed), counts rows, documents and independent sources
(``documents.story_id``: a copy is not a source of its own), and keeps conflicting figures side by side: two
figures conflict when their ranges, widened by the tolerance of their wording, do not meet.

``build_event_claims`` does the same for ``events``. A dated event is keyed by its actor, type, mission, plan
and period (month, or year), so restatements of one handover are one claim. A first-of-its-kind event ("its
first peacekeepers", "began participating in UN missions") is keyed without its date: there is one first, and
different dates for it are a conflict (the seeds' first Chinese peacekeepers in 1990 and in 1992).
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime

from schemas import vocabularies as V

# Tolerance of a figure: an exact figure is taken to +-5 %, so two exact figures within about 10 % agree; a
# qualified one ("about", "more than") to +-10 %.
EXACT_TOLERANCE = 0.05
APPROX_TOLERANCE = 0.10

# A first-of-its-kind event: "its first peacekeepers", "the first time", "for the first time", "first ever",
# "began participating". Hand-written and narrow on purpose: "the first batch of the 20th rotation" is not one.
FIRST_EVENT = re.compile(
    r"\bfirst\s+(?:time|ever|peacekeep\w*|\w+\s+peacekeep\w*|contribution|deployment)\b"
    r"|\b(?:began|begun|started)\s+(?:participating|contributing|taking\s+part|to\s+(?:participate|contribute))\b",
    re.IGNORECASE,
)

# personnel type -> its class, named by the class's first type in the vocabulary's order.
PERSONNEL_CLASS: dict[str, str] = {
    t: next(u for u in V.PERSONNEL_TYPES if u in cls) for cls in V.PERSONNEL_CLASSES for t in cls
}


def _hash(*parts) -> str:
    return hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def _none(value):
    """None for pandas' missing values (NaN, NaT, pd.NA), else the value."""
    if value is None:
        return None
    try:
        return None if value != value else value  # NaN and NaT are not equal to themselves
    except TypeError:  # pd.NA
        return None


def _int(value) -> int | None:
    value = _none(value)
    return None if value is None else int(value)


def _date(value) -> date | None:
    value = _none(value)
    return value.date() if isinstance(value, datetime) else value  # pandas' Timestamp is a datetime


def period_of(as_of, precision) -> tuple[date | None, str | None]:
    """The as-of period of a row: its month, or its year when only the year is known."""
    as_of = _date(as_of)
    if as_of is None:
        return None, None
    if _none(precision) == "year":
        return date(as_of.year, 1, 1), "year"
    return date(as_of.year, as_of.month, 1), "month"


def interval(row: Mapping) -> tuple[float, float]:
    """The range a row's figure allows, widened by its tolerance ("more than 500" has no upper end)."""
    low, high, best = _int(row.get("count_low")), _int(row.get("count_high")), int(row["count_best"])
    lo = low if low is not None else (0 if high is not None else best)
    hi = high if high is not None else (math.inf if low is not None else best)
    tolerance = APPROX_TOLERANCE if _none(row.get("count_approx")) else EXACT_TOLERANCE
    return lo * (1 - tolerance), hi * (1 + tolerance)


def figure_clusters(rows: list[Mapping]) -> list[list[Mapping]]:
    """Rows whose ranges meet, chained (sorted by the lower end); more than one cluster is a conflict."""
    clusters: list[list[Mapping]] = []
    reach = -math.inf
    for row in sorted(rows, key=lambda r: (interval(r), r["contribution_id"])):
        lo, hi = interval(row)
        if clusters and lo <= reach:
            clusters[-1].append(row)
            reach = max(reach, hi)
        else:
            clusters.append([row])
            reach = hi
    return clusters


class _Sources:
    """What the documents say about provenance: story and publication date of each doc_id."""

    def __init__(self, documents: Iterable[Mapping]):
        self.story: dict[str, str] = {}
        self.published: dict[str, date | None] = {}
        for doc in documents:
            doc_id = doc["doc_id"]
            self.story[doc_id] = _none(doc.get("story_id")) or doc_id
            self.published[doc_id] = _date(doc.get("published_date"))

    def summary(self, rows: list[Mapping]) -> dict:
        doc_ids = sorted({r["doc_id"] for r in rows})
        dates = [d for d in (self.published.get(i) for i in doc_ids) if d is not None]
        return {
            "n_rows": len(rows),
            "n_documents": len(doc_ids),
            "n_sources": len({self.story.get(i, i) for i in doc_ids}),
            "first_published": min(dates) if dates else None,
            "last_published": max(dates) if dates else None,
            "doc_ids": doc_ids,
        }

    def n_sources(self, rows: list[Mapping]) -> int:
        return len({self.story.get(r["doc_id"], r["doc_id"]) for r in rows})


def _figure_text(row: Mapping) -> str:
    low, high, best = _int(row.get("count_low")), _int(row.get("count_high")), int(row["count_best"])
    if low is not None and high is not None and low != high:
        return f"{best} ({low}-{high})"
    if low is not None and high is None:
        return f"{low}+"
    if low is None and high is not None:
        return f"up to {high}"
    return str(best)


def _figures(rows: list[Mapping], sources: _Sources) -> tuple[int, list[str]]:
    """The most backed count_best, and each distinct figure with its number of sources, most backed first."""
    by_text: dict[str, list[Mapping]] = defaultdict(list)
    for row in rows:
        by_text[_figure_text(row)].append(row)
    counted = [(text, group, sources.n_sources(group)) for text, group in by_text.items()]  # once per figure
    ranked = sorted(counted, key=lambda t: (-t[2], -len(t[1]), int(t[1][0]["count_best"]), t[0]))
    labels = [f"{text}: {n} source{'s' if n != 1 else ''}" for text, _, n in ranked]
    return int(ranked[0][1][0]["count_best"]), labels


def claim_key(row: Mapping) -> tuple:
    period, precision = period_of(row.get("as_of_date"), row.get("as_of_precision"))
    return (row["contributor_iso3"], _none(row.get("mission_acronym")), row["scope"], row["status"],
            PERSONNEL_CLASS[row["personnel_type"]], period, precision)


def build_claims(contributions: Iterable[Mapping], documents: Iterable[Mapping]) -> list[dict]:
    """``claims`` rows from ``contributions`` rows and the ``documents`` rows (for stories and dates)."""
    return _claims(contributions, _Sources(documents))


def iter_claims(buckets: Iterable[Iterable[Mapping]], documents: Iterable[Mapping]) -> Iterator[dict]:
    """``claims`` rows from buckets of ``contributions`` rows, each bucket holding whole claims (every row of a
    claim key; ``pipeline.reconcile.grouping``): the claims of each bucket in turn."""
    sources = _Sources(documents)
    for rows in buckets:
        yield from _claims(rows, sources)


def _claims(contributions: Iterable[Mapping], sources: _Sources) -> list[dict]:
    groups: dict[tuple, list[Mapping]] = defaultdict(list)
    for row in contributions:
        groups[claim_key(row)].append(row)
    claims = []
    for key, rows in groups.items():
        contributor, mission, scope, status, personnel_class, period, precision = key
        most_backed, figures = _figures(rows, sources)
        claims.append({
            "claim_id": _hash("claim", *key),
            "contributor_iso3": contributor,
            "mission_acronym": mission,
            "scope": scope,
            "status": status,
            "personnel_class": personnel_class,
            "personnel_types": sorted({r["personnel_type"] for r in rows}),
            "period": period,
            "period_precision": precision,
            "count_low": min(_int(r.get("count_low")) if _int(r.get("count_low")) is not None
                             else int(r["count_best"]) for r in rows),
            "count_high": max(_int(r.get("count_high")) if _int(r.get("count_high")) is not None
                              else int(r["count_best"]) for r in rows),
            "count_most_backed": most_backed,
            "figures": figures,
            "is_conflict": len(figure_clusters(rows)) > 1,
            **sources.summary(rows),
            "contribution_ids": sorted(r["contribution_id"] for r in rows),
        })
    return claims


# --- events -----------------------------------------------------------------------------------------------------


def _date_label(row: Mapping) -> str:
    day, precision = _date(row["event_date"]), row["date_precision"]
    return {"year": f"{day.year}", "month": f"{day.year}-{day.month:02d}"}.get(precision, day.isoformat())


def dates_agree(a: str, b: str) -> bool:
    """Two date labels (``1990``, ``1990-04``, ``1990-04-02``) agree when one is a prefix of the other."""
    return a.startswith(b) or b.startswith(a)


def event_key(row: Mapping) -> tuple:
    actor = _none(row.get("actor_iso3")) or _none(row.get("actor_organisation"))
    mission = _none(row.get("mission_acronym"))
    if FIRST_EVENT.search(row.get("evidence") or ""):
        return (actor, row["event_type"], mission, bool(row["is_planned"]), True, None)
    day = _date(row["event_date"])
    period = day.isoformat()[:4] if row["date_precision"] == "year" else day.isoformat()[:7]
    return (actor, row["event_type"], mission, bool(row["is_planned"]), False, period)


def build_event_claims(events: Iterable[Mapping], documents: Iterable[Mapping]) -> list[dict]:
    """``event_claims`` rows from ``events`` rows and the ``documents`` rows."""
    return _event_claims(events, _Sources(documents))


def iter_event_claims(buckets: Iterable[Iterable[Mapping]], documents: Iterable[Mapping]) -> Iterator[dict]:
    """``event_claims`` rows from buckets of ``events`` rows, each bucket holding whole claims (every row of an
    event key): the claims of each bucket in turn."""
    sources = _Sources(documents)
    for rows in buckets:
        yield from _event_claims(rows, sources)


def _event_claims(events: Iterable[Mapping], sources: _Sources) -> list[dict]:
    groups: dict[tuple, list[Mapping]] = defaultdict(list)
    for row in events:
        groups[event_key(row)].append(row)
    claims = []
    for key, rows in groups.items():
        actor, event_type, mission, is_planned, is_first, _ = key
        by_label: dict[str, list[Mapping]] = defaultdict(list)
        for row in rows:
            by_label[_date_label(row)].append(row)
        counted = [(label, g, sources.n_sources(g)) for label, g in by_label.items()]  # once per date
        ranked = sorted(counted, key=lambda t: (-t[2], -len(t[1]), t[0]))
        labels = list(by_label)
        conflict = any(not dates_agree(a, b) for i, a in enumerate(labels) for b in labels[i + 1:])
        claims.append({
            "event_claim_id": _hash("event", *key),
            "actor": actor,
            "event_type": event_type,
            "mission_acronym": mission,
            "is_planned": is_planned,
            "is_first": is_first,
            "first_date": min(_date(r["event_date"]) for r in rows),
            "last_date": max(_date(r["event_date"]) for r in rows),
            "dates": [f"{label}: {n} source{'s' if n != 1 else ''}" for label, _, n in ranked],
            "is_conflict": conflict,
            **sources.summary(rows),
            "event_ids": sorted(r["event_id"] for r in rows),
        })
    return claims
