"""What adding one document to a large corpus costs: a full build, then a build after one new document.

    .venv/bin/python bench/incremental.py [--docs 10000] [--work bench/.cache/incremental] [--workers 0]

Writes a synthetic corpus of ``--docs`` documents (``bench/make_corpus.py``; kept between runs, so only the
first run pays for it), builds the dataset through the real ``build_dataset`` job (``pipeline.runner.run_build``,
what ``pkdata build`` runs) into a fresh output folder, rebuilds without change, adds one document and rebuilds
again (``--adds`` times), and prints the wall time and CPU time of each build, the CPU time of its validation
(``build_tables``, the ``validated_tables`` step's work), how many partitions it ran and documents it
extracted (the extraction asset's metadata), each step's time and the time outside the Dagster run (finding the
partitions to run, starting the job). The work folder is under ``bench/.cache/`` (ignored by git).
"""

from __future__ import annotations

import argparse
import csv
import resource
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import dagster as dg  # noqa: E402

from bench.make_corpus import make_corpus  # noqa: E402
from pipeline.runner import extraction_summary, run_build  # noqa: E402
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


def step_seconds(instance: dg.DagsterInstance, run_id: str) -> dict[str, float]:
    """How long each step of a run took (its STEP_SUCCESS event's duration)."""
    records = instance.get_records_for_run(run_id, of_type=dg.DagsterEventType.STEP_SUCCESS, limit=1_000).records
    return {r.event_log_entry.step_key: r.event_log_entry.dagster_event.event_specific_data.duration_ms / 1000
            for r in records}


def timed_build(instance: dg.DagsterInstance, settings: PipelineSettings) -> tuple[float, dict, dict]:
    """Wall seconds of one build, the extraction's metadata over the partitions it ran
    (``pipeline.runner.extraction_summary``) and each step's seconds."""
    t0, cpu0 = time.perf_counter(), cpu_seconds()
    result = run_build(settings, instance=instance)
    seconds = time.perf_counter() - t0
    if not result.success:
        raise SystemExit(f"build failed: {result.failed_checks}")
    summary = extraction_summary(instance, result.run_id)
    summary["cpu"] = cpu_seconds() - cpu0
    return seconds, summary, step_seconds(instance, result.run_id)


VALIDATION_CPU: list[float] = []  # CPU seconds of each ``build_tables`` call (the validation step's work)


def _count_validation_cpu() -> None:
    """Wrap ``pipeline.assets.tables.build_tables`` (the asset looks it up at each call) to record its CPU time
    (``time.process_time``: this process only, as the in-process executor runs the step here)."""
    import pipeline.assets.tables as tables

    inner = tables.build_tables

    def timed(*args, **kwargs):
        start = time.process_time()
        try:
            return inner(*args, **kwargs)
        finally:
            VALIDATION_CPU.append(time.process_time() - start)

    tables.build_tables = timed


def cpu_seconds() -> float:
    """CPU time (user + system) of this process and of its children that ended (the extraction's workers): on a
    shared machine, what a build costs whatever the load."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _steps(steps: dict[str, float]) -> str:
    return ", ".join(f"{name} {s:.1f}" for name, s in steps.items() if s >= 0.05)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--docs", type=int, default=10_000)
    p.add_argument("--work", type=Path, default=ROOT / "bench" / ".cache" / "incremental")
    p.add_argument("--workers", type=int, default=0, help="extraction processes (0: one per core, at most 8)")
    p.add_argument("--adds", type=int, default=2, help="documents added, one build after each")
    args = p.parse_args(argv)

    documents = args.work / f"documents-{args.docs}"
    ensure_corpus(documents, args.docs)
    output = args.work / "output"
    shutil.rmtree(output, ignore_errors=True)
    settings = PipelineSettings(documents_dir=str(documents), output_dir=str(output), workers=args.workers)
    print(f"corpus: {documents} ({args.docs} documents), {settings.worker_count()} extraction processes")

    _count_validation_cpu()
    rows = []
    labels = ["full build", "rebuild, nothing changed", *(["rebuild, one document added"] * args.adds)]
    with dg.DagsterInstance.ephemeral() as instance:
        for label in labels:
            if label.endswith("added"):
                make_corpus(documents, documents=1, start=corpus_size(documents))
            VALIDATION_CPU.clear()
            seconds, meta, steps = timed_build(instance, settings)
            rows.append((label, seconds, meta))
            print(f"  {label:<30}{seconds:8.1f} s (CPU {meta['cpu']:.1f} s)   partitions {len(meta['partitions']):>2}   extracted "
                  f"{meta['extracted']:>6}   from cache {meta['from_cache']:>6}   extraction {meta['seconds']:.1f} s")
            print(f"  {'':<30}steps (s): {_steps(steps)}; outside the run {seconds - sum(steps.values()):.1f} s; "
                  f"validation (build_tables) CPU {sum(VALIDATION_CPU):.1f} s")
    restore(documents, args.docs)

    full, added = rows[0], rows[2:]
    print(f"one added document: {', '.join(f'{a[1]:.1f}' for a in added)} s against {full[1]:.1f} s for the full "
          f"build, {sum(a[2]['extracted'] for a in added)} document(s) extracted in all")


if __name__ == "__main__":
    main()
