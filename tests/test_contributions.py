"""Contribution rules, judged on hand-written sentences: the real extraction chain, the exact rows.

Every case of ``tests/data/contribution_sentences.py`` runs through ``extract_document`` (sentences, countries,
missions, dates, figures, then the contribution rules) with a publication date, and its rows are compared, in
order, to the rows an analyst reads in the text by the annotation guide (``tests/data/gold/README.md``). A case
stands in a document about peace operations (under a headline that says so) unless it says otherwise.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract import contributions
from pipeline.extract.document import extract_document
from pipeline.extract.missions import MissionMatcher
from pipeline.extract.types import DocumentContext, PartialDate
from pipeline.reference.catalog import build_mission_catalog
from schemas.vocabularies import ALL_UN_PKO, PERSONNEL_TYPES, STATUSES
from tests.data.contribution_sentences import ALL_CASES, HEADLINE, Case, Row

ROOT = Path(__file__).resolve().parents[1]
MATCHER = MissionMatcher(build_mission_catalog(ROOT / "sources" / "reference"))


def extracted(text: str, published: str) -> list[Row]:
    """The contribution rows of ``text`` published on ``published``, as comparable tuples."""
    rows = extract_document(text, DocumentContext("t", PartialDate.parse(published)), MATCHER).contributions
    out = []
    for r in rows:
        mission = r["mission_acronym"] or (ALL_UN_PKO if r["scope"] == "all_un_pko" else None)
        as_of = PartialDate(r["as_of_date"], r["as_of_precision"]).iso() if r["as_of_date"] else None
        out.append(Row(r["contributor_iso3"], mission, r["personnel_type"], r["count_low"], r["count_high"],
                       r["count_approx"], r["status"], as_of))
    return out


def _params(cases: list[Case]) -> list:
    return [
        pytest.param(c.published, HEADLINE + c.text if c.about_peace else c.text, c.rows, id=c.id,
                     marks=[pytest.mark.xfail(strict=True, reason=c.xfail)] if c.xfail else [])
        for c in cases
    ]


@pytest.mark.parametrize(("published", "text", "expected"), _params(ALL_CASES))
def test_rows(published: str, text: str, expected: list[Row]) -> None:
    assert extracted(text, published) == expected
