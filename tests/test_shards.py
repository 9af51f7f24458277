"""Extracted rows as Parquet shards (``pipeline.shards``): what ``extract_corpus(shard_dir=...)`` writes is the
same rows, in the same order, as what it keeps in memory without one."""

from __future__ import annotations

import pyarrow.parquet as pq

from pipeline.batch import cache_key, extract_corpus
from pipeline.ingest.inventory import discover
from pipeline.reference.catalog import build_mission_catalog
from pipeline.shards import SHARD_TABLES, ShardWriter, shard_schema
from tests.conftest import ROOT

CATALOG = build_mission_catalog(ROOT / "sources" / "reference")
NEPAL = "Nepal will send 850 troops to the UN Mission in South Sudan, the army said on Monday.\n"
GHANA = "Ghana deployed 120 police officers to MINUSMA in Mali on 3 May 2016, the ministry said.\n"


def _complete(table: str, rows: list[dict]) -> list[dict]:
    names = shard_schema(table).names
    return [{name: row.get(name) for name in names} for row in rows]


def test_shards_hold_the_rows_in_document_order_with_cached_and_extracted_documents_interleaved(
        seeds_copy, tmp_path):
    cache = tmp_path / "cache"
    first, _ = discover(seeds_copy)
    extract_corpus(first, CATALOG, cache_dir=cache)  # the seeds in the cache
    for i, text in enumerate((NEPAL, GHANA, NEPAL.replace("850", "900"))):
        (seeds_copy / f"00{i}_new{i}.txt").write_text(text, encoding="utf-8")  # between the cached seeds
    sources, _ = discover(seeds_copy)
    memory = extract_corpus(sources, CATALOG, cache_dir=tmp_path / "cold")
    sharded = extract_corpus(sources, CATALOG, cache_dir=cache, workers=2, batch_size=1,
                             shard_dir=tmp_path / "rows")
    assert sharded.documents == [] and (sharded.n_extracted, sharded.n_cached) == (3, len(sources) - 3)
    for table in SHARD_TABLES:
        assert sharded.table_rows(table) == _complete(table, memory.table_rows(table)), table
        assert sharded.shards.counts[table] == len(memory.table_rows(table))
    assert [r["count_low"] for r in sharded.table_rows("contributions") if r["evidence"].startswith("Nepal")] \
        == [850, 900]


def test_an_unreadable_cache_entry_is_extracted_when_its_turn_comes(seeds_copy, tmp_path):
    sources, _ = discover(seeds_copy)
    cache = tmp_path / "cache"
    before = extract_corpus(sources, CATALOG, cache_dir=cache, shard_dir=tmp_path / "rows")
    key = cache_key(sources[0], CATALOG.content_hash())
    (cache / key[:2] / f"{key}.json").write_text("{not json", encoding="utf-8")
    after = extract_corpus(sources, CATALOG, cache_dir=cache, shard_dir=tmp_path / "rows")
    assert after.extracted == (sources[0].source_name,) and after.n_cached == len(sources) - 1
    assert after.table_rows("contributions") == before.table_rows("contributions")


def test_a_shard_holds_at_most_rows_per_shard_rows(tmp_path):
    writer = ShardWriter(tmp_path / "rows", rows_per_shard=2)
    for i in range(5):
        writer.add({"doc_id": f"d{i}"}, {"story_signature": [{"doc_id": f"d{i}", "minhash": [i, 2 * i]}]})
    shards = writer.close()
    assert [pq.read_metadata(p).num_rows for p in shards.files("documents")] == [2, 2, 1]
    assert [r["doc_id"] for r in shards.rows("documents")] == ["d0", "d1", "d2", "d3", "d4"]
    assert shards.rows("story_signature")[3] == {"doc_id": "d3", "minhash": [3, 6]}
    assert shards.counts == {"documents": 5, "contributions": 0, "events": 0, "mission_mentions": 0,
                             "story_signature": 5}


def test_a_batch_s_results_are_let_go_once_they_are_handed_on(seeds_copy, tmp_path, monkeypatch):
    """The pool keeps every batch's future (and so its result list) until all are done: ``collect`` empties the
    list, so that with shards the main process does not hold the whole corpus's rows while extracting."""
    from pipeline import batch

    kept = []
    real = batch._run_batch

    def run_batch(*args, **kwargs):
        kept.append(real(*args, **kwargs))
        return kept[-1]

    monkeypatch.setattr(batch, "_run_batch", run_batch)
    sources, _ = discover(seeds_copy)
    result = extract_corpus(sources, CATALOG, batch_size=1, shard_dir=tmp_path / "rows")
    assert len(kept) == len(sources) and all(r == [] for r in kept)
    assert result.shards.counts["documents"] == len(sources)
