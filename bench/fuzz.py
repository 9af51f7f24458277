"""Fuzz the pipeline with mutated documents: does every document come out accounted for, without a crash, in bounded
time?

    .venv/bin/python bench/fuzz.py --docs 500 --out /tmp/fuzz

Writes ``--docs`` documents into ``OUT/documents`` (with a manifest that has broken rows too), mutated from a
synthetic corpus (``bench/make_corpus.py``) and the bundled seeds: byte flips, truncations, inserted junk, other
encodings (Latin-1, UTF-16 with and without a byte-order mark), binary content, empty files, wrong extensions,
HTML wrappers, figure-dense contributor tables of up to 2,000 lines, run-on sentences full of figures of up to
100 KB, absurd figures ("1,000,000,000,000 troops"), file names that are not valid UTF-8. Then:

1. ``pkdata build`` on the folder, in a process of its own: a **crash** is a non-zero exit or a traceback;
2. every file of the folder must be a row of ``documents`` (**unaccounted** otherwise), and every table must
   pass its schema in the published DuckDB file (**schema violations**: rows the blocking checks would have
   stopped; rows that failed validation are in ``rejected_rows``, which is accounted, not a violation);
3. each document is extracted again on its own, timed, with the build's bounds: the **slowest document**.

Not run in CI (minutes); the figures go into the closing notes. Deterministic for a given ``--seed``.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

COUNTRIES = ["Bangladesh", "Nepal", "India", "Pakistan", "Rwanda", "Ethiopia", "Ghana", "Senegal", "China", "Egypt",
             "Indonesia", "Morocco", "Chad", "Niger", "Togo", "Kenya", "Brazil", "Uruguay", "Jordan", "Zambia"]
MISSIONS = ["MINUSMA", "UNMISS", "MONUSCO", "UNIFIL", "MINUSCA", "UNFICYP"]


def _table(rng: random.Random) -> str:
    lines = ["Annex", f"Contributors of uniformed personnel to {rng.choice(MISSIONS)} as of 30 April 2014", "",
             "Country Experts Police Formed units Troops Total"]
    for _ in range(rng.randint(50, 2000)):
        v = [rng.randint(0, 3000) for _ in range(4)]
        lines.append(f"{rng.choice(COUNTRIES)} {v[0]} {v[1]:,} {v[2]} {v[3]:,} {sum(v):,}")
    return "\n".join(lines) + "\n"


def _run_on(rng: random.Random) -> str:
    parts = []
    size = rng.randint(2_000, 100_000)
    while sum(map(len, parts)) < size:
        parts.append(f"{rng.choice(COUNTRIES)} has {rng.randint(1, 5000):,} troops and {rng.randint(1, 400)} "
                     f"police officers in {rng.choice(MISSIONS)}")
    return "In 2014, " + rng.choice([", while ", " and ", "; "]).join(parts) + ".\n"


def _absurd(rng: random.Random) -> str:
    figure = rng.choice(["1,000,000,000,000", "999999999", "12,000,000", "4.5 million"])
    return (f"{rng.choice(COUNTRIES)} has deployed {figure} troops to {rng.choice(MISSIONS)}, the ministry "
            "said on Tuesday.\n")


def _flip(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, max(1, len(b) // 50))):
        if b:
            b[rng.randrange(len(b))] = rng.randrange(256)
    return bytes(b)


def _junk(rng: random.Random, data: bytes) -> bytes:
    at = rng.randint(0, len(data))
    return data[:at] + os.urandom(rng.randint(1, 200)) + data[at:]


def _html(rng: random.Random, text: str) -> bytes:
    return f"<html><head><title>t</title></head><body><p>{text}</p>".encode() + rng.choice([b"</body></html>", b""])


# Each kind of mutation: (rng, text, its UTF-8 bytes) -> the mutated bytes (a table instead of a chain of ifs: the
# draws of the generator are the same, in the same order, as the chain's).
_MUTATIONS = {
    "plain": lambda rng, text, data: data,
    "flip": lambda rng, text, data: _flip(rng, data),
    "truncate": lambda rng, text, data: data[: rng.randint(0, len(data))],
    "junk": lambda rng, text, data: _junk(rng, data),
    "latin1": lambda rng, text, data: text.encode("latin-1", "replace"),
    "utf16": lambda rng, text, data: text.encode("utf-16"),
    "utf16-nobom": lambda rng, text, data: text.encode(rng.choice(["utf-16-le", "utf-16-be"])),
    "binary": lambda rng, text, data: rng.choice([b"\x89PNG\r\n\x1a\n", b"PK\x03\x04", b"\x7fELF", b""])
    + os.urandom(rng.randint(10, 5000)),
    "empty": lambda rng, text, data: b"",
    "html": lambda rng, text, data: _html(rng, text),
    "wrong-ext": lambda rng, text, data: data,
    "table": lambda rng, text, data: _table(rng).encode(),
    "run-on": lambda rng, text, data: _run_on(rng).encode(),
    "absurd": lambda rng, text, data: (_absurd(rng) + text).encode(),
    "crlf": lambda rng, text, data: text.replace("\n", "\r\n").encode(),
    "control": lambda rng, text, data: bytes(rng.randrange(32) for _ in range(rng.randint(10, 3000))),
}


def _mutate(rng: random.Random, text: str) -> tuple[bytes, str]:
    """Mutated bytes of a document and its extension."""
    kind = rng.choice(list(_MUTATIONS))
    data = _MUTATIONS[kind](rng, text, text.encode("utf-8"))
    if kind == "html":
        return data, ".html"
    if kind == "wrong-ext":
        return data, rng.choice([".pdf", ".docx", ".htm", "", ".TXT"])
    return data, ".txt"


def make_fuzz_corpus(out: Path, n: int, seed: int) -> list[str]:
    """Write ``n`` mutated documents and a manifest with broken rows into ``out``; returns the file names."""
    from bench.make_corpus import make_corpus

    rng = random.Random(seed)
    base = out.parent / ".fuzz-base"
    if not base.is_dir():
        make_corpus(base, documents=max(50, n // 4), seed=seed)
    texts = [p.read_text("utf-8", "replace") for p in sorted(base.iterdir()) if p.suffix in (".txt", ".html")]
    texts += [p.read_text("utf-8") for p in sorted((ROOT / "sources" / "documents").glob("*.txt"))]
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    names = []
    for i in range(n):
        # A line of its own first, so that mutations of the same text are not all refused as duplicate content.
        data, ext = _mutate(rng, f"Fuzz document {i}.\n" + rng.choice(texts))
        name = f"fuzz_{i:05d}{ext}"
        if rng.random() < 0.02:
            name = os.fsdecode(f"fuzz_{i:05d}_".encode() + bytes([0xff, 0xfe]) + ext.encode())
        (out / name).write_bytes(data)
        names.append(name)
    with open(out / "manifest.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["source_name", "file", "title", "publisher", "url", "published_date", "date_precision",
                    "language", "notes"])
        for name in names[: n // 2]:
            if "\udcff" in name:
                continue
            date = rng.choice(["2014-05-01", "2014-13-45", "", "May 2014", "2014"])
            w.writerow([Path(name).stem, name, "t", "p", rng.choice(["https://x.org/a", "ftp://x", ""]), date,
                        rng.choice(["day", "month", "", "week"]), rng.choice(["en", "xx", "English", ""]), ""])
        w.writerow(["ghost", "ghost.txt", "", "", "", "", "", "", ""])
        w.writerow(["escape", "../../etc/passwd", "", "", "", "", "", "", ""])
        fh.write('broken,"unterminated\n')
    return names


def _accounted(output: Path, names: list[str]) -> tuple[int, int, dict]:
    """(documents rows, files of the folder missing from them, rows per table) from the published DuckDB."""
    import duckdb

    from pipeline.ingest.inventory import safe_name

    con = duckdb.connect(str(output / "peacekeeping.duckdb"), read_only=True)
    try:
        files = {r[0] for r in con.sql("SELECT file FROM documents").fetchall()}
        tables = {t: con.sql(f'SELECT count(*) FROM "{t}"').fetchall()[0][0]
                  for (t,) in con.sql("SELECT table_name FROM duckdb_tables()").fetchall()}
    finally:
        con.close()
    missing = [n for n in names if safe_name(n) not in files]
    return len(files), len(missing), tables


def _schema_violations(output: Path) -> int:
    """Rows of the published tables that fail their schema (there should be none: the checks block them)."""
    import pyarrow.parquet as pq

    from schemas.validation import coerce_frame, validate

    bad = 0
    for path in sorted((output / "parquet").glob("*.parquet")):
        frame = coerce_frame(path.stem, pq.read_table(path).to_pylist())  # the registry's types, as published
        bad += len(validate(path.stem, frame))
    return bad


def _slowest(documents: Path) -> tuple[float, str, list[str]]:
    """Each document extracted on its own with the default bounds: (seconds, name, error) of the slowest, and
    the documents stopped by a bound."""
    from pipeline.batch import Bounds, extract_one
    from pipeline.extract.missions import MissionMatcher
    from pipeline.ingest.inventory import discover
    from pipeline.reference.catalog import build_mission_catalog

    matcher = MissionMatcher(build_mission_catalog(ROOT / "sources" / "reference"))
    sources, _ = discover(documents)
    slowest, name, bounded = 0.0, "", []
    for source in sources:
        result = extract_one(source, matcher, bounds=Bounds())
        if result.seconds > slowest:
            slowest, name = result.seconds, f"{source.rel_path} ({source.n_bytes or 0:,} bytes)"
        error = result.record.get("ingest_error") or ""
        if "budget" in error or "wall-clock" in error:
            bounded.append(f"{source.rel_path}: {error[:90]}")
    return slowest, name, bounded


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--docs", type=int, default=500)
    p.add_argument("--seed", type=int, default=15)
    p.add_argument("--out", type=Path, default=Path("/tmp/pkdata-fuzz"))
    p.add_argument("--workers", type=int, default=2)
    args = p.parse_args(argv)

    documents, output = args.out / "documents", args.out / "output"
    names = make_fuzz_corpus(documents, args.docs, args.seed)
    shutil.rmtree(output, ignore_errors=True)
    t0 = time.perf_counter()
    done = subprocess.run([str(ROOT / ".venv" / "bin" / "pkdata"), "build", "--documents", str(documents),
                           "--output", str(output), "--workers", str(args.workers)],
                          capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - t0
    crashed = done.returncode != 0 or "Traceback" in done.stderr
    report = {"documents_written": len(names), "build_exit": done.returncode, "build_seconds": round(seconds, 1),
              "crashes": int(crashed)}
    if crashed:
        report["stderr_tail"] = done.stderr[-2000:]
    else:
        n_rows, unaccounted, tables = _accounted(output, names)
        report.update({"documents_rows": n_rows, "unaccounted": unaccounted, "schema_violations":
                       _schema_violations(output), "tables": tables})
    slowest, name, bounded = _slowest(documents)
    report.update({"slowest_document_seconds": round(slowest, 2), "slowest_document": name,
                   "stopped_by_a_bound": bounded})
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 1 if crashed or report.get("unaccounted") or report.get("schema_violations") else 0


if __name__ == "__main__":
    sys.exit(main())
