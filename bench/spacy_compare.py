"""Extraction throughput beside spaCy's blank English tokenizer and sentencizer, measured in the same run.

    .venv/bin/python bench/spacy_compare.py [--dense-corpus bench/corpus-dense] [--dense-mb 10]
                                            [--corpus bench/corpus] [--limit-mb 20] [--repeat 3]

On each corpus (the dense one first: every document about a peace operation, ``make_corpus.py --dense``; then
the normal benchmark corpus, of which about 7 % of the text concerns peace operations), on the same documents
ingested once (``bench/throughput.py``'s ``load``), alternately pass after pass:

* ours: ``extract_document`` over every text, exactly as ``bench/throughput.py`` times it;
* spaCy: ``spacy.blank("en")`` with the ``sentencizer``, ``nlp.pipe`` over the same texts (one process), every
  document's sentences and tokens counted.

Each figure is the CPU time of one process (``time.process_time``), the best of ``--repeat`` passes, in MB of
UTF-8 text per second. spaCy is not a dependency of the project: it runs in a scratch virtualenv,
``bench/.cache/spacy-venv`` (git-ignored), which the script creates when missing (``uv venv`` and
``uv pip install spacy``; the packages come from the package registry), through a subprocess that reads the
texts from a file. Corpora that are missing are written first (``make_corpus.py``, deterministic).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.make_corpus import make_corpus  # noqa: E402
from bench.throughput import extract_all, load  # noqa: E402
from pipeline.extract.missions import MissionMatcher  # noqa: E402
from pipeline.reference.catalog import build_mission_catalog  # noqa: E402
from pipeline.settings import PipelineSettings  # noqa: E402

SPACY = "spacy==3.8.18"
VENV = ROOT / "bench" / ".cache" / "spacy-venv"

# Run in the scratch virtualenv: one pass of spaCy's blank English pipeline with the sentencizer over the texts of a
# JSON file, printed as JSON (CPU seconds of the pass, sentences, tokens).
_SPACY_PASS = """
import json, sys, time
import spacy
texts = json.load(open(sys.argv[1], encoding="utf-8"))
nlp = spacy.blank("en")
nlp.add_pipe("sentencizer")
nlp("warm up. The vocabulary and the tokenizer's caches are built on first use.")
t0 = time.process_time()
sentences = tokens = 0
for doc in nlp.pipe(texts):
    sentences += sum(1 for _ in doc.sents)
    tokens += len(doc)
seconds = time.process_time() - t0
print(json.dumps({"seconds": seconds, "sentences": sentences, "tokens": tokens, "version": spacy.__version__}))
"""


def _uv() -> list[str]:
    for candidate in (ROOT / ".tools" / "bin" / "uv", shutil.which("uv")):
        if candidate and Path(candidate).exists():
            return [str(candidate)]
    return [sys.executable, "-m", "uv"]


def spacy_python(venv: Path = VENV) -> Path:
    """The scratch virtualenv's interpreter, with spaCy installed in it (created when missing)."""
    python = venv / "bin" / "python"
    if python.exists() and subprocess.run([str(python), "-c", "import spacy"], capture_output=True).returncode == 0:
        return python
    print(f"installing {SPACY} into {venv} (scratch virtualenv, not a project dependency)", file=sys.stderr)
    uv = _uv()
    subprocess.run([*uv, "venv", "--quiet", "--python", sys.executable, str(venv)], check=True)
    subprocess.run([*uv, "pip", "install", "--quiet", "--python", str(python), SPACY], check=True)
    return python


def spacy_pass(python: Path, texts_file: Path) -> dict:
    out = subprocess.run([str(python), "-c", _SPACY_PASS, str(texts_file)], check=True, capture_output=True,
                         text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def compare(name: str, corpus: Path, limit_mb: float | None, repeat: int, matcher: MissionMatcher,
            python: Path) -> dict:
    """Ours and spaCy's passes alternately on one corpus; the best of each."""
    docs, _, _, text_mb = load(corpus, limit_mb)
    ours, theirs = [], []
    with tempfile.TemporaryDirectory() as tmp:
        texts_file = Path(tmp) / "texts.json"
        texts_file.write_text(json.dumps([text for text, _ in docs]), encoding="utf-8")
        for i in range(repeat):
            ours.append(extract_all(docs, matcher)[0])
            theirs.append(spacy_pass(python, texts_file))
            print(f"  {name} pass {i + 1}: ours {ours[-1]:.2f} s, spaCy {theirs[-1]['seconds']:.2f} s CPU "
                  f"(load {os.getloadavg()[0]:.1f})", file=sys.stderr)
    best = min(theirs, key=lambda r: r["seconds"])
    return {"corpus": name, "documents": len(docs), "mb": text_mb, "ours_s": min(ours), "spacy_s": best["seconds"],
            "sentences": best["sentences"], "tokens": best["tokens"], "spacy_version": best["version"]}


def _commit() -> str:
    def git(*args):
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    dirty = git("status", "--porcelain", "--untracked-files=no", "pipeline")
    return git("rev-parse", "--short", "HEAD") + (" + uncommitted pipeline changes" if dirty else "")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--dense-corpus", type=Path, default=ROOT / "bench" / "corpus-dense")
    p.add_argument("--dense-mb", type=float, default=10, help="size of the dense corpus when it must be written")
    p.add_argument("--corpus", type=Path, default=ROOT / "bench" / "corpus")
    p.add_argument("--limit-mb", type=float, default=20, help="MB of files read from each corpus (0: all)")
    p.add_argument("--repeat", type=int, default=3, help="passes of each; the fastest counts")
    p.add_argument("--venv", type=Path, default=VENV)
    args = p.parse_args(argv)
    for corpus, dense, mb in ((args.dense_corpus, True, args.dense_mb), (args.corpus, False, 60)):
        if not (corpus / "manifest.csv").is_file():
            print(f"writing {corpus} ({mb:g} MB{', dense' if dense else ''})", file=sys.stderr)
            make_corpus(corpus, megabytes=mb, dense=dense)
    python = spacy_python(args.venv)
    matcher = MissionMatcher(build_mission_catalog(Path(PipelineSettings().reference_dir)))
    load_before = os.getloadavg()
    results = [compare(name, corpus, args.limit_mb or None, max(1, args.repeat), matcher, python)
               for name, corpus in (("dense", args.dense_corpus), ("normal", args.corpus))]
    load_after = os.getloadavg()
    print(f"code: {_commit()}; spaCy {results[0]['spacy_version']} (blank 'en' + sentencizer); CPU time of one "
          f"process, best of {args.repeat}; load average {load_before[0]:.1f} before, {load_after[0]:.1f} after")
    print("| corpus | documents | MB of text | ours: MB/s (CPU s) | spaCy: MB/s (CPU s) | ours / spaCy |")
    print("|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['corpus']} | {r['documents']:,} | {r['mb']:.1f} | {r['mb'] / r['ours_s']:.2f} "
              f"({r['ours_s']:.1f}) | {r['mb'] / r['spacy_s']:.2f} ({r['spacy_s']:.1f}) | "
              f"{r['spacy_s'] / r['ours_s']:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
