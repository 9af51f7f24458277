"""Validation per partition (``pipeline.validated_partitions``): a partition's split is kept between builds and
computed again only when its rows change, and the tables merged from the partitions' splits are the bytes of the
whole tables' split. No Dagster run here (``tests/test_incremental.py`` runs the job)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.assets.sources import DocumentInventory
from pipeline.assets.tables import build_tables
from pipeline.batch import CorpusResult, extract_corpus, partition_keys
from pipeline.ingest.inventory import discover
from pipeline.partitions import PARTITION_KEYS, partition_of
from pipeline.reconcile.claims import claim_key, event_key
from pipeline.shards import PartitionWriter, ShardWriter
from pipeline.validated_partitions import cross_partition_clashes
from tests.test_partitions import CATALOG
from tests.test_partitions import TEXTS as PARTITION_TEXTS

# The partition tests' catalogue and first five sentences (peace-operation news of five contributors), then a
# figure rejected as implausible and one more valid row.
TEXTS = [
    *PARTITION_TEXTS[:5],
    # An implausible figure: rejected with its bound (pipeline.plausibility), in its partition's split.
    "Pakistan will send 900,000 troops to the UN mission in Mali, MINUSMA, the ministry said in 2014.",
    "Pakistan sent 400 police officers to the UN mission in Haiti, MINUSTAH, in 2010.",
]
NEW_TEXT = "Nepal will send 850 troops to UNMISS in South Sudan, the army said in 2016.\n"


def _bytes(built) -> dict[str, bytes]:
    return {name: Path(path).read_bytes() for name, path in built.files.items()}


def _keys_of(built, source_name: str) -> dict[str, int]:
    """The number of claim keys of each reconciled table among the rows of one document."""
    documents = pq.read_table(built.files["documents"]).to_pylist()
    doc_id = next(d["doc_id"] for d in documents if d["source_name"] == source_name)
    return {name: len({key(r) for r in pq.read_table(built.files[table]).to_pylist() if r["doc_id"] == doc_id})
            for name, table, key in (("claims", "contributions", claim_key), ("event_claims", "events", event_key))}


def _extract(folder: Path, root: Path, partitions=PARTITION_KEYS):
    sources, problems = discover(folder)
    keys = partition_keys(sources, CATALOG)
    wanted = set(partitions)
    selected = [s for s in sources if partition_of(s.source_name) in wanted]
    extract_corpus(selected, CATALOG, shard_dir=root, partitions=list(partitions), inputs_keys=keys)
    return sources, DocumentInventory((), tuple(problems))


def _corpus(root: Path) -> CorpusResult:
    from pipeline.shards import PartitionedShards

    return CorpusResult([], 0, 0, 0.0, shards=PartitionedShards(root, PARTITION_KEYS))


@pytest.fixture
def folder(tmp_path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    for i, text in enumerate(TEXTS):
        (docs / f"doc_{i:02d}.txt").write_text(f"{text}\n", encoding="utf-8")
    return docs


def test_a_changed_partition_alone_is_validated_again_and_the_tables_are_a_whole_split_s(folder, tmp_path):
    sources, inventory = _extract(folder, tmp_path / "rows")
    plain = extract_corpus(sources, CATALOG, shard_dir=tmp_path / "plain")
    whole = build_tables(plain, CATALOG, inventory, None, tmp_path / "whole")
    assert whole.rows["contributions"] >= 4
    assert any(whole.rejected["check_name"] == "count.plausible")  # the implausible figure
    first = build_tables(_corpus(tmp_path / "rows"), CATALOG, inventory, None, tmp_path / "t1", tmp_path / "val")
    assert first.merged and first.validated == list(PARTITION_KEYS)
    assert first.claims_built == {"claims": None, "event_claims": None}  # nothing kept yet: every claim built
    assert _bytes(first) == _bytes(whole)

    again = build_tables(_corpus(tmp_path / "rows"), CATALOG, inventory, None, tmp_path / "t2", tmp_path / "val")
    assert again.merged and again.validated == []
    assert again.claims_built == {"claims": 0, "event_claims": 0}  # every claim kept
    assert _bytes(again) == _bytes(whole)
    # Without the kept fingerprints (a build stopped while keeping them), every claim is built again, no less right.
    (tmp_path / "val" / "_claims" / "claims.fp.parquet").unlink()
    lost = build_tables(_corpus(tmp_path / "rows"), CATALOG, inventory, None, tmp_path / "t2b", tmp_path / "val")
    assert lost.claims_built == {"claims": None, "event_claims": 0}
    assert _bytes(lost) == _bytes(whole)

    # One new document: its partition's rows are extracted again, and only that partition is split again.
    (folder / "doc_new.txt").write_text(NEW_TEXT, encoding="utf-8")
    changed = partition_of("doc_new")
    sources, inventory = _extract(folder, tmp_path / "rows", partitions=[changed])
    after = build_tables(_corpus(tmp_path / "rows"), CATALOG, inventory, None, tmp_path / "t3", tmp_path / "val")
    assert after.merged and after.validated == [changed]
    plain = extract_corpus(sources, CATALOG, shard_dir=tmp_path / "plain2")
    rebuilt = build_tables(plain, CATALOG, inventory, None, tmp_path / "whole2")
    assert after.rows["contributions"] == whole.rows["contributions"] + 1
    assert after.rows["claims"] == whole.rows["claims"] + 1
    # Only the claim keys of the new document's rows (Nepal, UNMISS, 2016: keys of their own) are built again.
    assert after.claims_built == _keys_of(after, "doc_new") == {"claims": 1, "event_claims": 1}
    assert _bytes(after) == _bytes(rebuilt)


def _names_in_two_partitions() -> tuple[str, str]:
    first = "doc_a"
    second = next(f"doc_b{i}" for i in range(100) if partition_of(f"doc_b{i}") != partition_of(first))
    return first, second


def test_rows_that_clash_across_partitions_make_the_whole_tables_split_again(folder, tmp_path):
    """A primary key valid in two partitions, a row of an unknown status and a duplicate within a partition: the
    tables are those of the whole split (the later copy across partitions rejected, as it always was)."""
    sources, inventory = _extract(folder, tmp_path / "rows")
    plain = extract_corpus(sources, CATALOG, shard_dir=tmp_path / "plain")
    documents = plain.shards.rows("documents")
    by_doc = defaultdict(lambda: defaultdict(list))
    for table in ("contributions", "events", "mission_mentions", "story_signature"):
        for row in plain.shards.rows(table):
            by_doc[row["doc_id"]][table].append(row)
    a, b = documents[0], documents[3]
    rows_a, rows_b = by_doc[a["doc_id"]], by_doc[b["doc_id"]]
    first = rows_a["contributions"][0]
    rows_a["contributions"] += [dict(first), {**first, "contribution_id": "f" * 16, "status": "bogus"}]
    rows_b["contributions"] += [dict(first)]  # the same row in another partition
    name_a, name_b = _names_in_two_partitions()
    parted = PartitionWriter(tmp_path / "clash", PARTITION_KEYS)
    single = ShardWriter(tmp_path / "clash_plain")
    for name, record, rows in sorted([(name_a, a, rows_a), (name_b, b, rows_b)], key=lambda t: t[0]):
        parted.add(record, rows, name=name, cache_key=name)
        single.add(record, rows, name=name)
    parted.close({p: f"key-{p}" for p in PARTITION_KEYS})
    whole = build_tables(CorpusResult([], 0, 0, 0.0, shards=single.close()), CATALOG, inventory, None,
                         tmp_path / "whole")
    built = build_tables(_corpus(tmp_path / "clash"), CATALOG, inventory, None, tmp_path / "t", tmp_path / "val")
    assert not built.merged
    assert cross_partition_clashes(tmp_path / "val", PARTITION_KEYS) == ["contributions"]
    assert (whole.rejected["check_name"] == "contribution_id.unique").sum() == 2
    assert (whole.rejected["check_name"] == "status.isin").sum() == 1
    assert _bytes(built) == _bytes(whole)


def test_a_partition_whose_extraction_has_no_inputs_key_is_always_validated_again(folder, tmp_path):
    _, inventory = _extract(folder, tmp_path / "rows")
    build_tables(_corpus(tmp_path / "rows"), CATALOG, inventory, None, tmp_path / "t1", tmp_path / "val")
    partition = partition_of("doc_00")
    (tmp_path / "rows" / partition / "_inputs_key").unlink()
    again = build_tables(_corpus(tmp_path / "rows"), CATALOG, inventory, None, tmp_path / "t2", tmp_path / "val")
    assert again.validated == [partition]


def test_a_claim_fingerprint_changes_with_its_rows_and_their_documents_story_and_date_only(tmp_path):
    from datetime import date

    import pyarrow as pa

    from pipeline.reconcile.kept import fingerprints

    rows = pa.table({"contribution_id": ["c1", "c2", "c3"], "doc_id": ["d1", "d2", "d2"],
                     "count_best": [850, 400, 400]})
    pq.write_table(rows, tmp_path / "rows.parquet")
    ids = pa.array(["k1", "k2", "k2"])

    def fp(stories, dates, counts=(850, 400, 400)) -> dict[str, str]:
        pq.write_table(rows.set_column(2, "count_best", pa.array(list(counts))), tmp_path / "rows.parquet")
        pq.write_table(pa.table({"doc_id": ["d1", "d2"], "published_date": pa.array(dates, pa.date32()),
                                 "story_id": stories}), tmp_path / "docs.parquet")
        table = fingerprints(tmp_path / "rows.parquet", ("contribution_id", "doc_id", "count_best"), ids,
                             tmp_path / "docs.parquet")
        return dict(zip(table.column("id").to_pylist(), table.column("fp").to_pylist()))

    day = date(2016, 5, 1)
    base = fp(["d1", "d2"], [day, day])
    assert base == fp(["d1", "d2"], [day, day])
    story = fp(["d1", "d1"], [day, day])  # d2 becomes a copy of d1's story: only k2's rows are in d2
    assert story["k1"] == base["k1"] and story["k2"] != base["k2"]
    dated = fp(["d1", "d2"], [date(2017, 1, 1), day])
    assert dated["k1"] != base["k1"] and dated["k2"] == base["k2"]
    figure = fp(["d1", "d2"], [day, day], counts=(850, 400, 450))
    assert figure["k1"] == base["k1"] and figure["k2"] != base["k2"]
