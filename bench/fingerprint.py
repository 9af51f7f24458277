"""What the extraction's building blocks return on a corpus, written to a file: the proof that a speed-up changed
nothing.

    .venv/bin/python bench/fingerprint.py --out /tmp/before.txt [--docs 1500]
    # ... change the code ...
    .venv/bin/python bench/fingerprint.py --out /tmp/after.txt && diff -q /tmp/before.txt /tmp/after.txt

For the first ``--docs`` documents of ``bench/corpus`` and every document of ``tests/data/devset*/documents``, one
line per document and function with the ``repr`` of what it returns:

* ``MissionMatcher.find_mentions(text, published)``;
* ``document.cue_positions(text, missions)`` and ``document.focus_sentences`` (with the context tests of
  ``extract_document``);
* ``split_sentences(text)`` and ``find_countries(text)`` over the whole text;
* ``find_countries`` and ``find_quantities`` of every focus sentence;
* ``find_quantities`` and ``find_dates`` over the whole text;
* the rows of ``extract_document`` (these also move when other rules change, which is not a speed-up's doing).

Functions that are not exactly equal show up as differing lines of ``diff``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.extract import document  # noqa: E402
from pipeline.extract.countries import find_countries  # noqa: E402
from pipeline.extract.dates import find_dates  # noqa: E402
from pipeline.extract.missions import MissionMatcher  # noqa: E402
from pipeline.extract.numbers import find_quantities  # noqa: E402
from pipeline.extract.sentences import split_sentences  # noqa: E402
from pipeline.extract.types import DocumentContext  # noqa: E402
from pipeline.ingest.inventory import discover  # noqa: E402
from pipeline.ingest.readers import ingest  # noqa: E402
from pipeline.reference.catalog import build_mission_catalog  # noqa: E402
from pipeline.settings import PipelineSettings  # noqa: E402


def documents(corpus: Path, n_docs: int):
    """(name, text, context) of the first ``n_docs`` corpus documents, then of every dev set document."""
    roots = [(corpus, n_docs), *((d, None) for d in sorted((ROOT / "tests" / "data").glob("devset*/documents"))),
             (ROOT / "tests" / "data" / "real" / "dev" / "documents", None)]
    for root, limit in roots:
        sources, _ = discover(root)
        for source in sources[:limit]:
            doc = ingest(source)
            if doc.text is None or doc.record.get("ingest_status") != "ok":
                continue
            published = source.manifest.published if source.manifest is not None else None
            ctx = DocumentContext(doc.record["doc_id"], published, publisher=doc.record.get("publisher"),
                                  url=doc.record.get("url"))  # as the build reads it (pipeline.batch)
            yield f"{root.name}/{doc.record['doc_id']}", doc.text, ctx


def fingerprint(text: str, ctx: DocumentContext, matcher: MissionMatcher) -> dict[str, object]:
    """What each building block returns on one document."""
    missions = matcher.find_mentions(text, ctx.published)
    cues = document.cue_positions(text, missions)

    def needs_context(s):
        return (not find_countries(text[s.start:s.end])
                or document._ANAPHOR.search(text, s.start, s.end) is not None)

    def refers_back(s):
        return (document._REFERS_BACK.search(text, s.start, s.end) is not None
                or document._CONTINUED_FIGURE.search(text, s.start, s.end) is not None)

    focus = document.focus_sentences(text, cues, needs_context, refers_back)
    rows = document.extract_document(text, ctx, matcher)
    return {
        "missions": missions,
        "cues": cues,
        "focus": focus,
        "sentences": split_sentences(text),
        "countries": find_countries(text),
        "focus_countries": [find_countries(text[s.start:s.end]) for s in focus],
        "focus_quantities": [find_quantities(text[s.start:s.end]) for s in focus],
        "quantities": find_quantities(text),
        "dates": find_dates(text, ctx.published),
        "rows": [sorted(r.items()) for r in (*rows.contributions, *rows.events, *rows.mission_mentions)],
    }


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", type=Path, default=ROOT / "bench" / "corpus")
    p.add_argument("--docs", type=int, default=1500, help="how many corpus documents (from the first)")
    p.add_argument("--out", type=Path, required=True)
    args = p.parse_args(argv)
    matcher = MissionMatcher(build_mission_catalog(Path(PipelineSettings().reference_dir)))
    with args.out.open("w", encoding="utf-8") as out:
        for name, text, ctx in documents(args.corpus, args.docs):
            for key, value in fingerprint(text, ctx, matcher).items():
                out.write(f"{name}\t{key}\t{value!r}\n")


if __name__ == "__main__":
    main()
