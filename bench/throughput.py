"""Throughput of the extractor on one core: MB per second and documents per second.

    .venv/bin/python bench/make_corpus.py --mb 60 --out bench/corpus   # once; written here when missing
    .venv/bin/python bench/throughput.py [--corpus bench/corpus] [--limit-mb 60] [--repeat 3] [--no-prefilter]
                                         [--profile]

Two measurements, each on one core in this process, in CPU time (``time.process_time``, so that other work on the
machine does not count):

* ingestion: ``pipeline.ingest.readers.ingest`` on every document of the corpus (reading files, decoding, HTML
  main text), reported in MB of file bytes;
* extraction: ``pipeline.extract.document.extract_document`` over the texts already in memory (sentences,
  countries, missions, dates, figures, contribution and event rules), reported in MB of UTF-8 text. This is the
  figure the target (>= 5 MB/s per core) is about. The fastest of ``--repeat`` passes is reported: other work
  on the machine can only slow a pass down.

``--profile`` runs the extraction once more under cProfile and prints where the time goes per module of
``pipeline`` (own time of its functions, regex matching included), then the top functions.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.make_corpus import make_corpus  # noqa: E402
from pipeline.extract.document import extract_document  # noqa: E402
from pipeline.extract.missions import MissionMatcher  # noqa: E402
from pipeline.extract.types import DocumentContext  # noqa: E402
from pipeline.ingest.inventory import discover  # noqa: E402
from pipeline.ingest.readers import ingest  # noqa: E402
from pipeline.reference.catalog import build_mission_catalog  # noqa: E402
from pipeline.settings import PipelineSettings  # noqa: E402

TARGET_MB_S = 5.0
DEFAULT_CORPUS_MB = 60


def load(corpus: Path, limit_mb: float | None) -> tuple[list[tuple[str, DocumentContext]], float, int, float]:
    """Ingest the corpus: (text, context) pairs, CPU seconds, file bytes read, MB of text."""
    sources, _ = discover(corpus)
    docs: list[tuple[str, DocumentContext]] = []
    n_bytes = 0
    limit = int(limit_mb * 1_000_000) if limit_mb else None
    t0 = time.process_time()
    for source in sources:
        if limit is not None and n_bytes >= limit:
            break
        doc = ingest(source)
        n_bytes += source.n_bytes or 0
        if doc.text is None or doc.record.get("ingest_status") != "ok":
            continue
        published = source.manifest.published if source.manifest is not None else None
        ctx = DocumentContext(doc.record["doc_id"], published, "en", publisher=doc.record.get("publisher"),
                              url=doc.record.get("url"))
        docs.append((doc.text, ctx))
    seconds = time.process_time() - t0
    return docs, seconds, n_bytes, sum(len(t.encode("utf-8")) for t, _ in docs) / 1e6


def extract_all(docs, matcher: MissionMatcher, prefilter: bool = True) -> tuple[float, dict[str, int]]:
    """Extract every document; CPU seconds and the number of rows per table."""
    rows = {"contributions": 0, "events": 0, "mission_mentions": 0}
    t0 = time.process_time()
    for text, ctx in docs:
        out = extract_document(text, ctx, matcher, prefilter=prefilter)
        rows["contributions"] += len(out.contributions)
        rows["events"] += len(out.events)
        rows["mission_mentions"] += len(out.mission_mentions)
    return time.process_time() - t0, rows


def module_of(filename: str) -> str:
    """``pipeline.extract.dates`` for a pipeline file; ``re`` for the regex engine; ``other`` otherwise."""
    path = Path(filename)
    if filename.startswith("~") or filename == "<built-in>":
        return "builtins (re matching, str methods...)"
    try:
        rel = path.resolve().relative_to(ROOT)
    except (ValueError, OSError):
        return "stdlib/other"
    return ".".join(rel.with_suffix("").parts)


def profile(docs, matcher: MissionMatcher, prefilter: bool = True, top: int = 25) -> None:
    prof = cProfile.Profile()
    prof.enable()
    extract_all(docs, matcher, prefilter)
    prof.disable()
    stats = pstats.Stats(prof)
    per_module: dict[str, float] = defaultdict(float)
    # Built-in calls (regex searches, str.join...) are charged to the pipeline module that called them, so that
    # the table says which module's work the time is.
    for (filename, _, _), (_, _, tottime, _, callers) in stats.stats.items():
        if filename.startswith("~") and callers:
            total_calls = sum(c[1] for c in callers.values()) or 1
            for (cfile, _, _), c in callers.items():
                per_module[module_of(cfile)] += tottime * c[1] / total_calls
        else:
            per_module[module_of(filename)] += tottime
    total = sum(per_module.values()) or 1.0
    print("\nOwn time per module (built-in calls charged to their caller):")
    for name, secs in sorted(per_module.items(), key=lambda kv: -kv[1]):
        if secs / total >= 0.005:
            print(f"  {name:<40}{secs:8.2f} s {100 * secs / total:6.1f} %")
    print(f"\nTop {top} functions by own time:")
    stats.sort_stats("tottime").print_stats(top)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", type=Path, default=ROOT / "bench" / "corpus")
    p.add_argument("--limit-mb", type=float, default=None, help="stop ingesting after this many MB of files")
    p.add_argument("--repeat", type=int, default=3,
                   help="extract the corpus this many times and report the fastest (other work on the machine "
                        "only ever slows a run down)")
    p.add_argument("--no-prefilter", action="store_true",
                   help="read every sentence closely (extract_document(..., prefilter=False))")
    p.add_argument("--profile", action="store_true", help="also profile the extraction per module")
    args = p.parse_args(argv)
    if not (args.corpus / "manifest.csv").is_file():
        print(f"no corpus at {args.corpus}: writing one of {DEFAULT_CORPUS_MB} MB (bench/make_corpus.py)",
              file=sys.stderr)
        make_corpus(args.corpus, megabytes=DEFAULT_CORPUS_MB)

    settings = PipelineSettings()
    matcher = MissionMatcher(build_mission_catalog(Path(settings.reference_dir)))
    docs, ingest_s, n_bytes, text_mb = load(args.corpus, args.limit_mb)
    print(f"corpus: {args.corpus} ({len(docs)} documents, {n_bytes / 1e6:.1f} MB of files, {text_mb:.1f} MB of text)")
    print(f"ingestion:  {n_bytes / 1e6 / ingest_s:7.2f} MB/s  {len(docs) / ingest_s:8.1f} docs/s  "
          f"({ingest_s:.1f} s CPU, one core)")
    prefilter = not args.no_prefilter
    runs = [extract_all(docs, matcher, prefilter) for _ in range(max(1, args.repeat))]
    extract_s, rows = min(runs, key=lambda r: r[0])
    rate = text_mb / extract_s
    print(f"extraction: {rate:7.2f} MB/s  {len(docs) / extract_s:8.1f} docs/s  ({extract_s:.1f} s CPU, one core, "
          f"best of {len(runs)}{'' if prefilter else ', no prefilter'}; target >= {TARGET_MB_S:g} MB/s: "
          f"{'met' if rate >= TARGET_MB_S else 'NOT met'})")
    print("rows: " + ", ".join(f"{k} {v}" for k, v in rows.items()))
    if args.profile:
        profile(docs, matcher, prefilter)


if __name__ == "__main__":
    main()
