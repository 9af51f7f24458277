"""Reconciliation (``pipeline.reconcile``): near-duplicate documents grouped into stories, rows that state the
same thing grouped into claims, conflicts kept; end to end through the real Dagster job, and the rules on rows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.reconcile import claims as C
from pipeline.reconcile import stories as S
from pipeline.runner import run_build
from pipeline.settings import PipelineSettings
from tests.conftest import query

D = dt.date

WIRE = """\
Ghana to send 850 troops to UN force in Mali

ACCRA, June 3 (Wire) - Ghana will send 850 troops to the UN peacekeeping mission in Mali (MINUSMA), the \
defence ministry said on Monday.

The battalion will deploy to Gao in July, a ministry spokesman told reporters in Accra. Ghana already has \
soldiers in Lebanon, South Sudan and the Democratic Republic of Congo, and the army said the new unit had \
finished its pre-deployment training.

The UN force is expected to take over from the African-led mission on July 1, with a strength of more than \
12,000 troops and police when fully deployed.
"""

# The same wire story republished by another site: its own headline, a credit line and a footer.
COPY = """\
Ghana sending 850 soldiers to Mali peace force

ACCRA, June 3 (Wire) - Ghana will send 850 troops to the UN peacekeeping mission in Mali (MINUSMA), the \
defence ministry said on Monday.

The battalion will deploy to Gao in July, a ministry spokesman told reporters in Accra. Ghana already has \
soldiers in Lebanon, South Sudan and the Democratic Republic of Congo, and the army said the new unit had \
finished its pre-deployment training.

The UN force is expected to take over from the African-led mission on July 1, with a strength of more than \
12,000 troops and police when fully deployed.

(Reporting by the Wire's Accra bureau; republished by the Daily Example.)
"""

# Another source, another figure for the same thing: a conflict, kept.
OTHER = """\
UN officials prepare for Mali handover

NEW YORK, June 12 - Officials at UN headquarters said on Wednesday that Ghana will send 650 troops to the UN \
mission in Mali (MINUSMA), fewer than the ministry in Accra had announced, because part of the battalion is \
still serving in Lebanon.
"""

MANIFEST = """\
source_name,file,title,publisher,url,published_date,date_precision,language,notes
a_wire,a_wire.txt,Ghana to send 850 troops to UN force in Mali,Wire,,2013-06-03,day,en,
b_copy,b_copy.txt,Ghana sending 850 soldiers to Mali peace force,Daily Example,,2013-06-04,day,en,
c_other,c_other.txt,UN officials prepare for Mali handover,UN Daily,,2013-06-12,day,en,
"""


@pytest.fixture(scope="module")
def output(tmp_path_factory) -> Path:
    documents = tmp_path_factory.mktemp("syndicated")
    for name, text in (("a_wire", WIRE), ("b_copy", COPY), ("c_other", OTHER)):
        (documents / f"{name}.txt").write_text(text, encoding="utf-8")
    (documents / "manifest.csv").write_text(MANIFEST, encoding="utf-8")
    out = tmp_path_factory.mktemp("syndicated_out")
    result = run_build(PipelineSettings(documents_dir=str(documents), output_dir=str(out), workers=1))
    assert result.success, result.failed_checks
    return out


def test_a_syndicated_copy_shares_the_story_of_the_original(output):
    rows = dict(query(output, "SELECT source_name, story_id = doc_id FROM documents"))
    assert rows == {"a_wire": True, "b_copy": False, "c_other": True}
    [(story,)] = query(output, "SELECT DISTINCT story_id FROM documents WHERE source_name IN ('a_wire', 'b_copy')")
    assert query(output, "SELECT source_name FROM documents WHERE doc_id = ?".replace("?", f"'{story}'")) == [
        ("a_wire",)]


def test_headline_restatement_copies_and_conflict_make_one_claim(output):
    """Headline and lead of the wire (one row: the lead restates the headline's claim, as the real gold reads it),
    the same in the copy (one row), another source's 650 (1 row): one claim, 3 documents, 2 independent sources, a
    conflict, 850 the most backed."""
    assert query(output, """
        SELECT contributor_iso3, mission_acronym, status, personnel_class, period, count_low, count_high,
               count_most_backed, figures, is_conflict, n_rows, n_documents, n_sources, first_published,
               last_published
        FROM claims WHERE contributor_iso3 = 'GHA'""") == [
        ("GHA", "MINUSMA", "planned", "troops", D(2013, 6, 1), 650, 850, 850,
         ["850: 1 source", "650: 1 source"], True, 3, 3, 2, D(2013, 6, 3), D(2013, 6, 12))]


def test_the_analysts_sum_counts_the_claim_once(output):
    assert query(output, """
        SELECT n_claims, n_rows, n_documents, n_sources, n_conflicts, count_sum
        FROM v_contributions_by_country WHERE contributor_iso3 = 'GHA'""") == [(1, 3, 3, 2, 1, 850)]


# --- the rules on rows ---------------------------------------------------------------------------------------


def test_different_stories_on_one_event_stay_apart():
    signatures = {"a": S.signature(WIRE), "b": S.signature(COPY), "c": S.signature(OTHER)}
    assert S.near_duplicate_pairs(signatures) == [("a", "b")]
    documents = [{"doc_id": "a", "published_date": D(2013, 6, 3)}, {"doc_id": "b", "published_date": D(2013, 6, 2)},
                 {"doc_id": "c", "published_date": None}]
    # The story is named by its earliest published copy.
    assert S.story_ids(documents, signatures) == {"a": "b", "b": "b", "c": "c"}


def test_lsh_and_the_direct_comparison_find_the_same_pairs(monkeypatch):
    """Above DIRECT_LIMIT documents LSH finds the candidates; below it every pair is compared: same answer."""
    texts = {"a": WIRE, "b": COPY, "c": OTHER, "d": WIRE.replace("850", "900"), "e": OTHER.upper()}
    signatures = {k: S.signature(v) for k, v in texts.items()}
    direct = S.near_duplicate_pairs(signatures)
    monkeypatch.setattr(S, "DIRECT_LIMIT", 1)
    assert {("a", "b"), ("a", "d"), ("c", "e")} <= set(direct) and ("a", "c") not in direct
    assert S.near_duplicate_pairs(signatures) == direct


def test_the_numpy_signature_is_datasketchs_minhash():
    """``signature`` writes datasketch's MinHash out with numpy (so that signing a document does not import scipy):
    the same permutations and the same values as datasketch's, on texts of every length up to the signed prefix."""
    from datasketch import MinHash

    template = MinHash(num_perm=S.NUM_PERM, seed=S.SEED, hashfunc=int)
    a, b = S._permutations()
    assert (a == template.permutations[0]).all() and (b == template.permutations[1]).all()
    words = (WIRE + COPY + OTHER).split()
    texts = [WIRE, COPY, OTHER, "one", "two words", " ".join(words * 40)] + [
        " ".join(words[k:k + n]) for k, n in ((0, 3), (5, 7), (11, 60), (40, 200))]
    for text in texts:
        sketch = template.copy()
        sketch.update_batch(S.shingle_hashes(text[:S.SIGNATURE_CHARS]).tolist())
        assert S.signature(text) == [int(v) for v in sketch.hashvalues], text[:40]


def _datasketch_pairs(signatures: dict, threshold: float) -> list[tuple[str, str]]:
    """What stories.near_duplicate_pairs did with datasketch's own LSH index (one MinHash per document)."""
    from datasketch import MinHash, MinHashLSH

    template = MinHash(num_perm=S.NUM_PERM, seed=S.SEED, hashfunc=int)
    sketches = {k: MinHash(num_perm=S.NUM_PERM, seed=S.SEED, hashvalues=v, permutations=template.permutations,
                                 scheme=template.scheme)
                for k, v in sorted(signatures.items())}
    lsh = MinHashLSH(threshold=S.CANDIDATE_THRESHOLD, num_perm=S.NUM_PERM, weights=S.CANDIDATE_WEIGHTS)
    assert (lsh.b, lsh.r) == (S.LSH_BANDS, S.LSH_ROWS)
    pairs = set()
    for doc_id, sketch in sketches.items():
        pairs.update((min(doc_id, o), max(doc_id, o)) for o in lsh.query(sketch)
                     if sketch.jaccard(sketches[o]) >= threshold)
        lsh.insert(doc_id, sketch)
    return sorted(pairs)


def test_the_numpy_lsh_finds_the_pairs_of_datasketchs_lsh():
    """Beyond DIRECT_LIMIT documents the pairs come from LSH bands computed with numpy: the pairs of
    datasketch's MinHashLSH with the same bands, on signatures of copies that share from 40 % to all of their
    values (some above the threshold, some in the band of LSH's misses and extra candidates)."""
    import numpy as np

    rng = np.random.default_rng(7)
    signatures = {}
    for k in range(400):
        base = rng.integers(0, 1 << 32, S.NUM_PERM, dtype=np.uint64)
        signatures[f"d{k:04d}"] = [int(v) for v in base]
        if k % 3 == 0:
            for copy in range(1 + k % 2):
                kept = rng.random(S.NUM_PERM) < rng.uniform(0.4, 1.0)
                values = np.where(kept, base, rng.integers(0, 1 << 32, S.NUM_PERM, dtype=np.uint64))
                signatures[f"d{k:04d}c{copy}"] = [int(v) for v in values]
    assert len(signatures) > S.DIRECT_LIMIT
    expected = _datasketch_pairs(signatures, S.THRESHOLD)
    assert 30 < len(expected) < 150
    assert S.near_duplicate_pairs(signatures) == expected
    assert S.near_duplicate_pairs(signatures, 0.5) == _datasketch_pairs(signatures, 0.5)


def test_a_text_without_words_has_no_signature():
    assert S.signature("") is None and S.signature(" \n\t ") is None and S.signature(None) is None


def row(cid, best, low=None, high=None, approx=False, doc="d1", status="serving", as_of=D(2013, 5, 23),
        precision="day", kind="troops"):
    return {"contribution_id": cid, "doc_id": doc, "contributor_iso3": "CHN", "mission_acronym": None,
            "scope": "all_un_pko", "personnel_type": kind, "count_low": low, "count_high": high,
            "count_best": best, "count_approx": approx, "status": status, "as_of_date": as_of,
            "as_of_precision": precision}


def test_figures_within_their_tolerance_agree_and_others_conflict():
    assert len(C.figure_clusters([row("a", 1650, 1650, 1650), row("b", 1645, 1645, 1645)])) == 1
    assert len(C.figure_clusters([row("a", 2000, 2000, 2000, approx=True), row("b", 1650, 1650, 1650)])) == 2
    # "more than 500" and "between 500 and 600" can both be true.
    assert len(C.figure_clusters([row("a", 500, 500, None, approx=True), row("b", 550, 500, 600)])) == 1


def test_claims_group_by_period_and_class_and_keep_conflicts_side_by_side():
    documents = [{"doc_id": "d1", "story_id": "d1", "published_date": D(2013, 5, 23)},
                 {"doc_id": "d2", "story_id": "d2", "published_date": D(2013, 5, 30)}]
    rows = [row("a", 2000, 2000, 2000, approx=True), row("b", 1650, 1650, 1650, doc="d2", as_of=D(2013, 5, 2),
                                                         kind="peacekeepers"),
            row("c", 1650, 1650, 1650, as_of=D(2013, 7, 1))]
    claims = sorted(C.build_claims(rows, documents), key=lambda c: c["period"])
    may, july = claims
    assert (may["period"], may["personnel_types"], may["count_low"], may["count_high"]) == (
        D(2013, 5, 1), ["peacekeepers", "troops"], 1650, 2000)
    assert may["is_conflict"] and may["figures"] == ["1650: 1 source", "2000: 1 source"]
    assert may["count_most_backed"] == 1650 and may["contribution_ids"] == ["a", "b"]
    assert (july["period"], july["is_conflict"], july["n_rows"]) == (D(2013, 7, 1), False, 1)


def event(eid, doc, year, evidence, event_type="deployment", precision="year"):
    return {"event_id": eid, "doc_id": doc, "event_date": D(year, 1, 1), "date_precision": precision,
            "actor_iso3": "CHN", "actor_organisation": None, "event_type": event_type, "mission_acronym": None,
            "is_planned": False, "evidence": evidence}


def test_two_dates_for_a_first_are_one_conflict():
    events = [event("e1", "d1", 1992, "It contributed its first peacekeepers in 1992."),
              event("e2", "d2", 1990, "since it began participating in UN missions in 1990"),
              event("e3", "d2", 2004, "Since 2004, China has been contributing formed police units.")]
    claims = sorted(C.build_event_claims(events, []), key=lambda c: c["first_date"])
    first, police = claims
    assert (first["is_first"], first["is_conflict"], first["dates"], first["n_sources"]) == (
        True, True, ["1990: 1 source", "1992: 1 source"], 2)
    assert (police["is_first"], police["is_conflict"], police["event_ids"]) == (False, False, ["e3"])


def test_a_first_batch_of_a_rotation_is_a_dated_event():
    assert C.event_key(event("e", "d", 2019, "The first batch of the 20th rotation left for Juba."))[4] is False


def test_claims_built_bucket_by_bucket_from_a_file_equal_the_claims_of_all_rows(tmp_path):
    """``grouping.grouped_records``: whole groups per bucket, groups in order of first appearance, rows in file
    order, so the claims come out the same rows in the same order as when every row is held at once."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from pipeline.reconcile import grouping as G

    documents = [{"doc_id": f"d{i}", "story_id": f"s{i % 3}", "published_date": D(2013, 1 + i % 12, 1)}
                 for i in range(7)]
    rows = [row(f"c{i:03d}", 100 + (i * 37) % 900, doc=f"d{i % 7}", status=("serving", "pledged")[i % 2],
                as_of=D(2010 + i % 3, 1 + i % 5, 1 + i % 20), kind=("troops", "police", "peacekeepers")[i % 3])
            for i in range(120)]
    path = tmp_path / "contributions.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=17)
    expected = C.build_claims(rows, documents)
    buckets = list(G.grouped_records(path, tuple(rows[0]), C.claim_key, bucket_rows=10, batch_rows=13))
    assert len(buckets) > 5 and max(len(b) for b in buckets) <= 10
    assert list(C.iter_claims(buckets, documents)) == expected
    assert len(expected) > 20 and any(c["n_rows"] > 1 for c in expected)
    keys = [[C.claim_key(r) for r in b] for b in buckets]  # no claim key in two buckets
    assert len({k for b in keys for k in set(b)}) == sum(len(set(b)) for b in keys)
