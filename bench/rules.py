"""Throughput of the rule modules on text dense with peace-operations language, one core, CPU time.

    .venv/bin/python bench/rules.py [--mb 1] [--repeat 3]

The seed documents (``sources/documents``) are about peace operations from end to end: a figure of personnel
every kilobyte, a date in most sentences. Repeated to about ``--mb`` MB, they are read by each module on its own
with its inputs computed beforehand, so that the figure is the module's alone:

* ``dates.find_dates`` over the whole text;
* ``contributions.extract_contributions`` (with the figures module it calls);
* ``events.extract_events``.

These used to be timed unit tests; a timing belongs in a benchmark, where a busy machine slows a figure down
instead of failing a build. Each figure is the best of ``--repeat`` passes of ``time.process_time``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.extract import contributions  # noqa: E402
from pipeline.extract.countries import find_countries  # noqa: E402
from pipeline.extract.dates import find_dates  # noqa: E402
from pipeline.extract.events import extract_events  # noqa: E402
from pipeline.extract.missions import MissionMatcher  # noqa: E402
from pipeline.extract.sentences import split_sentences  # noqa: E402
from pipeline.extract.types import DocumentContext, PartialDate  # noqa: E402
from pipeline.reference.catalog import build_mission_catalog  # noqa: E402


def best_of(repeat: int, fn) -> float:
    elapsed = []
    for _ in range(repeat):
        began = time.process_time()
        fn()
        elapsed.append(time.process_time() - began)
    return min(elapsed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="size of the text, in MB (default 1)")
    parser.add_argument("--repeat", type=int, default=3, help="passes per module; the fastest counts (default 3)")
    args = parser.parse_args(argv)

    sample = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "sources" / "documents").glob("*.txt")))
    text = "\n\n".join([sample] * max(1, int(args.mb * 1_000_000) // len(sample)))
    published = PartialDate.parse("2013-07")
    ctx = DocumentContext("bench", published)
    matcher = MissionMatcher(build_mission_catalog(ROOT / "sources" / "reference"))
    sentences, countries = split_sentences(text), find_countries(text)
    missions, dates = matcher.find_mentions(text, published), find_dates(text, published)

    runs = {
        "dates.find_dates": lambda: find_dates(text, published),
        "contributions.extract_contributions": lambda: contributions.extract_contributions(
            text, sentences, countries, missions, dates, ctx, matcher),
        "events.extract_events": lambda: extract_events(text, sentences, countries, missions, dates, ctx),
    }
    mb = len(text.encode("utf-8")) / 1e6
    print(f"text: {mb:.1f} MB of the seed documents, repeated")
    for name, fn in runs.items():
        seconds = best_of(args.repeat, fn)
        print(f"{name:40s} {mb / seconds:6.2f} MB/s  ({seconds:.2f} s CPU)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
