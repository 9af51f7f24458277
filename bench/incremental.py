"""What adding one document to a large corpus costs: a full build, then a build after one new document.

    .venv/bin/python bench/incremental.py [--docs 10000] [--work bench/.cache/incremental] [--workers 0]

Writes a synthetic corpus of ``--docs`` documents (``bench/make_corpus.py``; kept between runs, so only the
first run pays for it), builds the dataset through the real ``build_dataset`` job (``pipeline.runner.run_build``,
what ``pkdata build`` runs) into a fresh output folder, rebuilds without change, adds one document and rebuilds
again, and prints the wall time of each build and how many documents each one extracted (from the extraction
asset's metadata). The work folder is under ``bench/.cache/`` (ignored by git).
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import dagster as dg  # noqa: E402

from bench.make_corpus import make_corpus  # noqa: E402
from pipeline.runner import run_build  # noqa: E402
from pipeline.settings import PipelineSettings  # noqa: E402


def corpus_size(folder: Path) -> int:
    """Documents listed in the folder's manifest (0 when there is none)."""
    manifest = folder / "manifest.csv"
    if not manifest.is_file():
        return 0
    with manifest.open(newline="", encoding="utf-8") as f:
        return sum(1 for _ in csv.DictReader(f))


def ensure_corpus(folder: Path, n: int) -> None:
    """Write the synthetic corpus of ``n`` documents into ``folder`` unless it is already there."""
    if corpus_size(folder) == n:
        return
    shutil.rmtree(folder, ignore_errors=True)
    t0 = time.perf_counter()
    written, n_bytes = make_corpus(folder, documents=n)
    print(f"corpus: wrote {written} documents ({n_bytes / 1e6:.1f} MB) in {time.perf_counter() - t0:.0f} s")


def restore(folder: Path, n: int) -> None:
    """Take the corpus back to its first ``n`` documents, so that the next run starts from the same state."""
    manifest = folder / "manifest.csv"
    with manifest.open(newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        fields, rows = reader.fieldnames, list(reader)
    for row in rows[n:]:
        (folder / row["file"]).unlink(missing_ok=True)
    with manifest.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows[:n])


def timed_build(instance: dg.DagsterInstance, settings: PipelineSettings) -> tuple[float, dict]:
    """Wall seconds of one build and the extraction asset's metadata."""
    t0 = time.perf_counter()
    result = run_build(settings, instance=instance)
    seconds = time.perf_counter() - t0
    if not result.success:
        raise SystemExit(f"build failed: {result.failed_checks}")
    event = instance.get_latest_materialization_event(dg.AssetKey("document_extractions"))
    return seconds, {k: v.value for k, v in event.asset_materialization.metadata.items()}


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--docs", type=int, default=10_000)
    p.add_argument("--work", type=Path, default=ROOT / "bench" / ".cache" / "incremental")
    p.add_argument("--workers", type=int, default=0, help="extraction processes (0: one per core, at most 8)")
    args = p.parse_args(argv)

    documents = args.work / f"documents-{args.docs}"
    ensure_corpus(documents, args.docs)
    output = args.work / "output"
    shutil.rmtree(output, ignore_errors=True)
    settings = PipelineSettings(documents_dir=str(documents), output_dir=str(output), workers=args.workers)
    print(f"corpus: {documents} ({args.docs} documents), {settings.worker_count()} extraction processes")

    rows = []
    with dg.DagsterInstance.ephemeral() as instance:
        for label in ("full build", "rebuild, nothing changed", "rebuild, one document added"):
            if label.endswith("added"):
                make_corpus(documents, documents=1, start=args.docs)
            seconds, meta = timed_build(instance, settings)
            rows.append((label, seconds, meta))
            print(f"  {label:<30}{seconds:8.1f} s   extracted {meta['extracted']:>6}   "
                  f"from cache {meta['from_cache']:>6}   extraction {meta['seconds']:.1f} s")
    restore(documents, args.docs)

    full, _, added = rows
    print(f"one added document: {added[1]:.1f} s against {full[1]:.1f} s for the full build "
          f"({100 * added[1] / full[1]:.0f} %), {added[2]['extracted']} document extracted")


if __name__ == "__main__":
    main()
