"""Extract every table's rows from one document's text: the single entry point of the extraction library.

Sentences, countries, missions and dates are found once over the whole text; the contribution and event rules
then read them sentence by sentence. Rows come out as plain dicts with the columns of ``schemas.registry``,
ids are content hashes, and the order is deterministic.
"""

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.extract import contributions as contributions_rules
from pipeline.extract import events as events_rules
from pipeline.extract.countries import find_countries
from pipeline.extract.dates import find_dates
from pipeline.extract.missions import MissionMatcher
from pipeline.extract.sentences import split_sentences
from pipeline.extract.types import Contribution, DocumentContext, Event, MissionMention, PartialDate

# Bump when a rule changes what it extracts: cached extractions of older versions are then redone.
EXTRACTOR_VERSION = f"{contributions_rules.VERSION}+events.v1+document.v1"


def stable_id(*parts: object) -> str:
    """A 16-hex-digit id from the parts' text: the same inputs always give the same id."""
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def _date_cols(d: PartialDate | None) -> tuple:
    return (d.value, d.precision) if d is not None else (None, None)


@dataclass
class DocumentRows:
    contributions: list[dict]
    events: list[dict]
    mission_mentions: list[dict]


def contribution_row(doc_id: str, c: Contribution) -> dict:
    q = c.quantity
    low, high = q.low, q.high
    best = (low + high) // 2 if low is not None and high is not None else (low if low is not None else high)
    as_of, as_of_precision = _date_cols(c.as_of)
    return {
        "contribution_id": stable_id(doc_id, q.start, q.end, c.contributor_iso3, c.mission_acronym,
                                     c.personnel_type, c.status),
        "doc_id": doc_id,
        "contributor_iso3": c.contributor_iso3,
        "mission_acronym": c.mission_acronym,
        "scope": c.scope,
        "personnel_type": c.personnel_type,
        "count_low": low,
        "count_high": high,
        "count_best": best,
        "count_approx": q.approx,
        "status": c.status,
        "as_of_date": as_of,
        "as_of_precision": as_of_precision,
        "evidence": c.sentence.evidence,
        "char_start": c.sentence.start,
        "char_end": c.sentence.end,
        "figure_text": q.surface,
        "mission_method": c.mission_method,
        "extractor": c.extractor,
    }


def event_row(doc_id: str, e: Event) -> dict:
    date, precision = _date_cols(e.date.date)
    end, end_precision = _date_cols(e.date.end_date)
    return {
        "event_id": stable_id(doc_id, e.date.start, e.date.end, e.event_type, e.sentence.start),
        "doc_id": doc_id,
        "event_date": date,
        "date_precision": precision,
        "end_date": end,
        "end_precision": end_precision,
        "actor_iso3": e.actor_iso3,
        "actor_organisation": e.actor_organisation,
        "event_type": e.event_type,
        "mission_acronym": e.mission_acronym,
        "location_iso3": e.location_iso3,
        "is_planned": e.is_planned,
        "date_text": e.date.surface,
        "evidence": e.sentence.evidence,
        "char_start": e.sentence.start,
        "char_end": e.sentence.end,
        "extractor": e.extractor,
    }


def mention_row(doc_id: str, m: MissionMention) -> dict:
    return {
        "mention_id": stable_id(doc_id, m.start, m.end, m.acronym),
        "doc_id": doc_id,
        "mission_acronym": m.acronym,
        "surface": m.surface,
        "char_start": m.start,
        "char_end": m.end,
        "method": m.method,
        "score": float(m.score),
    }


def extract_document(text: str, ctx: DocumentContext, matcher: MissionMatcher) -> DocumentRows:
    """All rows that one document's text yields."""
    sentences = split_sentences(text)
    countries = find_countries(text)
    missions: Sequence[MissionMention] = matcher.find_mentions(text, ctx.published)
    dates = find_dates(text, ctx.published)
    contribs = contributions_rules.extract_contributions(text, sentences, countries, missions, dates, ctx, matcher)
    events = events_rules.extract_events(text, sentences, countries, missions, dates, ctx)
    return DocumentRows(
        contributions=[contribution_row(ctx.doc_id, c) for c in contribs],
        events=[event_row(ctx.doc_id, e) for e in events],
        mission_mentions=[mention_row(ctx.doc_id, m) for m in missions],
    )
