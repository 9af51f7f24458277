"""Partitions of the extraction (a stable hash shard of the source name) and the reading of their shards as one
corpus; the inventory's hash cache. No Dagster run here: ``tests/test_incremental.py`` runs the job."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.assets.sources import DocumentInventory
from pipeline.assets.tables import build_tables
from pipeline.batch import extract_corpus, partition_keys
from pipeline.ingest.hash_cache import HashCache
from pipeline.ingest.inventory import discover
from pipeline.partitions import (
    KEY_FILE,
    N_PARTITIONS,
    PARTITION_KEYS,
    by_partition,
    changed_partitions,
    key_range,
    partition_of,
)
from pipeline.reference.catalog import build_mission_catalog
from pipeline.shards import ORDER_FILE, SHARD_TABLES, PartitionedShards
from tests.conftest import ROOT

CATALOG = build_mission_catalog(ROOT / "sources" / "reference")
TEXTS = [
    "Nepal will send 850 troops to the UN Mission in South Sudan, the army said on Monday.",
    "Rwanda deployed 1,200 peacekeepers to the Central African Republic (MINUSCA) in March 2015.",
    "Two Chadian peacekeepers were killed in an attack on the MINUSMA camp in Aguelhok.",
    "Bangladesh has 1,600 troops serving with MONUSCO in the Democratic Republic of the Congo.",
    "Ghana withdrew its 700 soldiers from UNIFIL in Lebanon last year.",
    "The floods closed the port; the central bank held its rate at 4 per cent.",
    "Pakistan sent 400 police officers to the UN mission in Haiti, MINUSTAH, in 2010.",
]


def test_partition_keys_are_a_fixed_set_and_a_name_always_falls_in_the_same_one():
    assert N_PARTITIONS == 16 and PARTITION_KEYS == tuple(f"{i:02d}" for i in range(16))
    # Golden values: changing the hash moves every document and re-extracts every partition.
    assert [partition_of(n) for n in ("000_0cfa2f82a8c410f2", "002_fdb4b3e7f5745b0a", "003_nepal", "")] == \
        ["01", "01", "04", "02"]  # sha256("") = e3b0c442...: 0x2 mod 16
    names = [f"doc_{i:05d}" for i in range(4_000)]
    sizes = [len(v) for v in by_partition(names).values()]
    assert len(sizes) == 16 and min(sizes) > 180 and max(sizes) < 320  # about 250 each: even fan-out
    assert key_range(["07", "02", "11"]) == ("02", "11") and key_range([]) is None


def test_the_choice_of_hash_shards_over_dates_is_explained():
    from pipeline import partitions
    from pipeline.assets.extraction import DOCUMENT_PARTITIONS

    assert list(DOCUMENT_PARTITIONS.get_partition_keys()) == list(PARTITION_KEYS)
    assert "date" in partitions.__doc__ and "StaticPartitionsDefinition" in partitions.__doc__


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    docs = tmp_path_factory.mktemp("partition_docs")
    for i, text in enumerate(TEXTS):
        (docs / f"doc_{i:02d}.txt").write_text(f"{text}\n", encoding="utf-8")
    return docs


@pytest.fixture(scope="module")
def extracted(folder, tmp_path_factory):
    """The same documents extracted unpartitioned and into every partition."""
    sources, problems = discover(folder)
    root = tmp_path_factory.mktemp("partition_rows")
    plain = extract_corpus(sources, CATALOG, shard_dir=root / "plain")
    keys = partition_keys(sources, CATALOG)
    parted = extract_corpus(sources, CATALOG, shard_dir=root / "parts", partitions=PARTITION_KEYS, inputs_keys=keys)
    return sources, problems, plain, parted, root


def test_partitioned_shards_read_every_table_in_the_order_of_an_unpartitioned_extraction(extracted):
    sources, _, plain, parted, root = extracted
    assert {partition_of(s.source_name) for s in sources} != {"00"}  # spread over several partitions
    assert isinstance(parted.shards, PartitionedShards)
    assert parted.shards.counts == plain.shards.counts
    assert plain.shards.counts["contributions"] >= 4
    for table in SHARD_TABLES:
        assert parted.shards.rows(table) == plain.shards.rows(table), table
        # Windows smaller than one partition's rows: the merge across record batches.
        small = [r for b in parted.shards.batches(table, batch_rows=2) for r in b.to_pylist()]
        assert small == plain.shards.rows(table), table
    # Each partition's folder: its documents only, with its inputs key.
    for partition in PARTITION_KEYS:
        order = pq.read_table(root / "parts" / partition / ORDER_FILE).column("source_name").to_pylist()
        assert order == [s.source_name for s in sources if partition_of(s.source_name) == partition]


def test_tables_built_from_the_partitions_are_the_bytes_of_an_unpartitioned_build(extracted, tmp_path):
    _, problems, plain, parted, _ = extracted
    inventory = DocumentInventory((), tuple(problems))
    one = build_tables(plain, CATALOG, inventory, None, tmp_path / "one")
    many = build_tables(parted, CATALOG, inventory, None, tmp_path / "many")
    assert one.rows == many.rows and one.rows["contributions"] >= 4
    for name, path in one.files.items():
        assert Path(path).read_bytes() == Path(many.files[name]).read_bytes(), name


def test_a_new_document_makes_exactly_one_partition_stale(extracted, folder, tmp_path):
    sources, _, _, _, root = extracted
    keys = partition_keys(sources, CATALOG)
    assert changed_partitions(keys, root / "parts") == []
    copy = tmp_path / "docs"
    shutil.copytree(folder, copy)
    (copy / "doc_new.txt").write_text("Nepal will send 850 troops to UNMISS.\n", encoding="utf-8")
    added, _ = discover(copy)
    new_keys = partition_keys(added, CATALOG)
    assert [p for p in PARTITION_KEYS if new_keys[p] != keys[p]] == [partition_of("doc_new")]
    assert (root / "parts" / partition_of("doc_new") / KEY_FILE).is_file()


def test_the_hash_cache_reuses_a_hash_only_while_the_files_stat_is_unchanged(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    a = docs / "a.txt"
    a.write_text("UNMISS has 850 troops.\n", encoding="utf-8")
    old = time.time() - 60
    os.utime(a, (old, old))  # old enough to be trusted (not "racy")
    (docs / "b.txt").write_text("Just written.\n", encoding="utf-8")  # too recent to be remembered
    store = tmp_path / "hashes.json"
    first, _ = discover(docs, hashes=HashCache(store))
    cache = HashCache(store)
    assert set(cache.entries) == {os.path.abspath(a)}
    again, _ = discover(docs, hashes=cache)
    assert again == first and cache.hits == 1
    # Same size, modification time put back: the status-change time still tells.
    a.write_text("UNMISS has 950 troops.\n", encoding="utf-8")
    os.utime(a, (old, old))
    changed, _ = discover(docs, hashes=HashCache(store))
    assert changed[0].content_sha256 != first[0].content_sha256
    assert [s.content_sha256 for s in changed] == [s.content_sha256 for s in discover(docs)[0]]
