"""Incremental builds: a document whose content and extractor version did not change is not extracted again.

Two levels: :func:`pipeline.batch.extract_corpus` with a cache folder (fast, no Dagster), and the real
``build_dataset`` job on a copy of the seed documents, whose extraction asset says in its metadata how many
documents it extracted and how many it read back from the cache.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import dagster as dg
import pyarrow.parquet as pq
import pytest

from pipeline import batch
from pipeline.assets.extraction import ProgressReport
from pipeline.batch import Progress, cache_key, extract_corpus, prune_cache
from pipeline.ingest.inventory import discover
from pipeline.partitions import PARTITION_KEYS, partition_of
from pipeline.reference.catalog import build_mission_catalog
from pipeline.runner import extraction_summary, run_build
from pipeline.settings import PipelineSettings
from tests.conftest import ROOT, SEEDS_DIR

SEED_A = "000_0cfa2f82a8c410f2"
SEED_B = "002_fdb4b3e7f5745b0a"
NEW_NAME = "003_nepal"
NEW_TEXT = "Nepal will send 850 troops to the UN Mission in South Sudan, the army said on Monday.\n"
CATALOG = build_mission_catalog(ROOT / "sources" / "reference")


def corpus(folder: Path, cache: Path, **kwargs):
    sources, _ = discover(folder)
    return extract_corpus(sources, CATALOG, cache_dir=cache, **kwargs)


# --- the batch library ---------------------------------------------------------------------------------------


def test_second_pass_reads_everything_from_the_cache(seeds_copy, tmp_path):
    first = corpus(seeds_copy, tmp_path / "cache")
    second = corpus(seeds_copy, tmp_path / "cache")
    assert (first.n_extracted, first.n_cached, first.extracted) == (2, 0, (SEED_A, SEED_B))
    assert (second.n_extracted, second.n_cached, second.extracted) == (0, 2, ())
    for table in ("documents", "contributions", "events", "mission_mentions"):
        assert second.table_rows(table) == first.table_rows(table)


def test_the_rules_load_only_in_a_process_that_extracts_a_document(seeds_copy, tmp_path):
    """The code location does not import the extraction rules, and neither does an extraction whose documents all
    come from the cache (pipeline.extract.version gives the cache key without them); one that extracts does."""
    import subprocess
    import sys

    script = ("import sys; from pathlib import Path; import pipeline.definitions; "
              "from pipeline.batch import extract_corpus; from pipeline.ingest.inventory import discover; "
              "from pipeline.reference.catalog import build_mission_catalog; "
              f"loaded = 'pipeline.extract.document' in sys.modules; "
              f"r = extract_corpus(discover(Path({str(seeds_copy)!r}))[0], "
              f"build_mission_catalog(Path({str(ROOT / 'sources' / 'reference')!r})), "
              f"cache_dir=Path({str(tmp_path / 'cache')!r})); "
              "print(loaded, r.n_extracted, 'pipeline.extract.document' in sys.modules)")

    def run() -> str:
        return subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()

    assert run() == "False 2 True"  # nothing cached: both documents extracted, the rules loaded
    assert run() == "False 0 False"  # every document from the cache: the rules never loaded


def test_added_changed_and_removed_documents(seeds_copy, tmp_path):
    cache = tmp_path / "cache"
    corpus(seeds_copy, cache)
    (seeds_copy / f"{NEW_NAME}.txt").write_text(NEW_TEXT, encoding="utf-8")
    added = corpus(seeds_copy, cache)
    assert (added.n_extracted, added.n_cached, added.extracted) == (1, 2, (NEW_NAME,))
    assert [(r["contributor_iso3"], r["mission_acronym"], r["count_low"]) for r in added.table_rows("contributions")
            if r["doc_id"] == added.documents[-1].record["doc_id"]] == [("NPL", "UNMISS", 850)]

    (seeds_copy / f"{NEW_NAME}.txt").write_text(NEW_TEXT.replace("850", "900"), encoding="utf-8")
    changed = corpus(seeds_copy, cache)
    assert (changed.n_extracted, changed.extracted) == (1, (NEW_NAME,))
    assert [r["count_low"] for r in changed.table_rows("contributions") if r["evidence"].startswith("Nepal")] \
        == [900]

    (seeds_copy / f"{NEW_NAME}.txt").unlink()
    removed = corpus(seeds_copy, cache)
    assert (removed.n_extracted, removed.n_cached) == (0, 2)
    sources, _ = discover(seeds_copy)
    assert prune_cache(cache, sources, CATALOG) == 2  # the 850 and the 900 versions of the removed document
    assert corpus(seeds_copy, cache).n_extracted == 0


def test_a_new_extractor_version_extracts_again(seeds_copy, tmp_path, monkeypatch):
    corpus(seeds_copy, tmp_path / "cache")
    monkeypatch.setattr(batch, "EXTRACTOR_VERSION", "something-newer")
    assert corpus(seeds_copy, tmp_path / "cache").n_extracted == 2


def test_the_cache_key_ignores_the_manifest_line_but_not_the_row(seeds_copy):
    def keys() -> dict[str, str]:
        sources, _ = discover(seeds_copy)
        return {s.source_name: cache_key(s, CATALOG.content_hash()) for s in sources}

    before = keys()
    manifest = seeds_copy / "manifest.csv"
    header, first, second = manifest.read_text(encoding="utf-8").splitlines(True)
    manifest.write_text(header + second + first, encoding="utf-8")
    assert keys() == before
    manifest.write_text(header + second + first.replace("Business Standard (PTI wire)", "PTI"), encoding="utf-8")
    after = keys()
    assert after[SEED_B] == before[SEED_B]
    assert after[SEED_A] != before[SEED_A]


def test_a_cache_hit_takes_the_current_manifest_line(seeds_copy, tmp_path):
    corpus(seeds_copy, tmp_path / "cache")
    manifest = seeds_copy / "manifest.csv"
    header, first, second = manifest.read_text(encoding="utf-8").splitlines(True)
    manifest.write_text(header + second + first, encoding="utf-8")
    result = corpus(seeds_copy, tmp_path / "cache")
    assert result.n_extracted == 0
    assert {d.source_name: d.record["manifest_row"] for d in result.documents} == {SEED_A: 3, SEED_B: 2}


def test_batches_in_parallel_processes_give_the_rows_of_one_process(tmp_path):
    folder = tmp_path / "documents"
    shutil.copytree(SEEDS_DIR, folder)
    for i in range(6):
        (folder / f"1{i:02d}_extra.txt").write_text(NEW_TEXT.replace("850", str(100 + i)), encoding="utf-8")
    one = corpus(folder, None, workers=1, batch_size=3)
    two = corpus(folder, tmp_path / "cache", workers=2, batch_size=3)
    assert two.n_extracted == 8
    for table in ("documents", "contributions", "events", "mission_mentions"):
        assert two.table_rows(table) == one.table_rows(table)


def test_progress_is_reported_after_each_batch(tmp_path):
    folder = tmp_path / "documents"
    shutil.copytree(SEEDS_DIR, folder)
    for i in range(3):
        (folder / f"1{i:02d}_extra.txt").write_text(NEW_TEXT, encoding="utf-8")
    corpus(folder, tmp_path / "cache", batch_size=4)  # fills the cache with these 5
    (folder / "200_late.txt").write_text(NEW_TEXT.replace("Nepal", "Ghana"), encoding="utf-8")
    (folder / "201_late.txt").write_text(NEW_TEXT.replace("Nepal", "Kenya"), encoding="utf-8")
    seen: list[Progress] = []
    corpus(folder, tmp_path / "cache", batch_size=1, progress=seen.append)
    assert [(p.total, p.cached, p.to_extract, p.done) for p in seen] == [(7, 5, 2, 0), (7, 5, 2, 1), (7, 5, 2, 2)]
    assert seen[0].rate == 0.0 and seen[0].seconds_left is None
    assert seen[-1].seconds_left == 0.0


@pytest.mark.parametrize(("progress", "text"), [
    (Progress(10_000, 0, 10_000, 0, 0.0), "extracted 0/10,000 documents"),
    (Progress(50_000, 40_000, 10_000, 1_280, 25.6), "extracted 1,280/10,000 documents (40,000 from cache), "
                                                    "50.0 docs/s, about 2 min 54 s left"),
    (Progress(10, 0, 10, 5, 1.0), "extracted 5/10 documents, 5.0 docs/s, about 1 s left"),
    (Progress(100_000, 0, 100_000, 100, 10.0), "extracted 100/100,000 documents, 10.0 docs/s, about 2 h 46 min left"),
    (Progress(3, 1, 2, 2, 4.0), "extracted 2/2 documents (1 from cache), 0.5 docs/s"),
])
def test_progress_descriptions(progress, text):
    assert progress.describe() == text


def test_progress_report_logs_start_and_end_and_skips_the_bar_off_a_terminal():
    lines: list[str] = []
    stream = io.StringIO()
    report = ProgressReport(lines.append, every=3600, stream=stream)
    for done, seconds in [(0, 0.0), (64, 2.0), (128, 4.0), (150, 5.0)]:
        report(Progress(200, 50, 150, done, seconds))
    report.close()
    assert lines == ["extraction: 200 documents, 50 from cache, 150 to extract",
                     "extraction: extracted 64/150 documents (50 from cache), 32.0 docs/s, about 3 s left",
                     "extraction: extracted 150/150 documents (50 from cache), 30.0 docs/s"]
    assert stream.getvalue() == ""


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_report_draws_a_bar_on_a_terminal():
    stream = _Terminal()
    report = ProgressReport(lambda line: None, stream=stream)
    for done, seconds in [(0, 0.0), (64, 2.0), (150, 5.0)]:
        report(Progress(200, 50, 150, done, seconds))
    report.close()
    screens = stream.getvalue().split("\r")
    assert any(s.startswith("extracting:  43%|") and "| 64/150 [" in s for s in screens)
    assert any("| 150/150 [" in s for s in screens)


# --- the Dagster job ------------------------------------------------------------------------------------------


@pytest.fixture()
def instance():
    with dg.instance_for_test() as inst:
        yield inst


def build(instance, documents: Path, output: Path) -> dict:
    """Run the build job; the extraction asset's metadata (documents, extracted, from_cache...)."""
    settings = PipelineSettings(documents_dir=str(documents), output_dir=str(output), workers=1)
    result = run_build(settings, instance=instance)
    assert result.success, result.failed_checks
    return extraction_summary(instance, result.run_id)


def published(output: Path, table: str) -> list[dict]:
    return pq.read_table(output / "parquet" / f"{table}.parquet").to_pylist()


def test_builds_extract_only_what_changed_and_publish_the_current_folder(instance, seeds_copy, tmp_path):
    out = tmp_path / "out"
    # The two seeds fall in partition 01, the new document in 04 (pipeline.partitions.partition_of).
    first = build(instance, seeds_copy, out)
    assert (first["documents"], first["extracted"], first["from_cache"]) == (2, 2, 0)
    assert first["partitions"] == list(PARTITION_KEYS)  # a new output folder: every partition, in one run
    parquet = (out / "parquet" / "contributions.parquet").read_bytes()

    again = build(instance, seeds_copy, out)
    assert (again["partitions"], again["extracted"], again["extracted_documents"]) == ([], 0, [])
    assert (out / "parquet" / "contributions.parquet").read_bytes() == parquet

    def written() -> dict[str, int]:
        return {p: (out / ".cache" / "rows" / p / "_order.parquet").stat().st_mtime_ns for p in PARTITION_KEYS}

    def split() -> dict[str, int]:  # each partition's kept split (pipeline.validated_partitions)
        return {p: (out / ".cache" / "validated" / p / "_order.parquet").stat().st_mtime_ns for p in PARTITION_KEYS}

    before, split_before = written(), split()
    (seeds_copy / f"{NEW_NAME}.txt").write_text(NEW_TEXT, encoding="utf-8")
    added = build(instance, seeds_copy, out)
    assert added["partitions"] == [partition_of(NEW_NAME)] == ["04"]
    after, split_after = written(), split()
    assert [p for p in PARTITION_KEYS if after[p] != before[p]] == ["04"]  # the other folders are not rewritten
    assert [p for p in PARTITION_KEYS if split_after[p] != split_before[p]] == ["04"]  # nor validated again
    assert (added["extracted"], added["from_cache"], added["extracted_documents"]) == (1, 0, [NEW_NAME])
    docs = {d["source_name"]: d["doc_id"] for d in published(out, "documents")}
    assert sorted(docs) == [SEED_A, SEED_B, NEW_NAME]
    assert [(c["contributor_iso3"], c["count_low"]) for c in published(out, "contributions")
            if c["doc_id"] == docs[NEW_NAME]] == [("NPL", 850)]

    (seeds_copy / f"{NEW_NAME}.txt").write_text(NEW_TEXT.replace("850", "900"), encoding="utf-8")
    changed = build(instance, seeds_copy, out)
    assert (changed["extracted"], changed["extracted_documents"]) == (1, [NEW_NAME])
    assert changed["cache_entries_pruned"] == 1  # the entry of the document's previous version
    assert [c["count_low"] for c in published(out, "contributions") if c["evidence"].startswith("Nepal")] == [900]

    (seeds_copy / f"{NEW_NAME}.txt").unlink()
    removed = build(instance, seeds_copy, out)
    assert removed["partitions"] == ["04"]
    assert (removed["documents"], removed["extracted"], removed["cache_entries_pruned"]) == (0, 0, 1)
    assert sorted(d["source_name"] for d in published(out, "documents")) == [SEED_A, SEED_B]
    assert not [c for c in published(out, "contributions") if c["evidence"].startswith("Nepal")]
    assert (out / "parquet" / "contributions.parquet").read_bytes() == parquet
