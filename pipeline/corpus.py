"""The real corpus (``tests/data/real``): adding annotated documents to its fixed dev/test split.

Layout of the corpus and of a folder to add (the same): ``documents/`` (the texts and ``manifest.csv``, with the
columns of ``sources/documents/manifest.csv`` plus ``license``) and the three gold files of
``tests/data/gold/README.md`` (``contributions.csv``, ``events.csv``, ``missions.csv``). In the corpus each split
(``dev/``, ``test/``) has that layout.

A document's split is fixed by its URL when it is added: the SHA-256 of the normalised URL (host without
``www.``, path without trailing slash, query kept; scheme and fragment dropped, as ``shared/reserved/check.py``
normalises it) read as an integer, ``dev`` when it is not a multiple of 3, ``test`` when it is. A document with no
URL is placed by its ``source_name`` the same way. A document is refused when the corpus already holds its URL or
its source_name, when its file is missing, and when the reserved-text checker (``../shared/reserved/check.py``,
when it exists) flags its text or URL: reserved pages are kept for evaluation and never enter the project.
"""

import csv
import hashlib
import io
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from pipeline.evaluation import TABLES
from pipeline.settings import PROJECT_ROOT

SPLITS = ("dev", "test")
MANIFEST_COLUMNS = ("source_name", "file", "title", "publisher", "url", "published_date", "date_precision",
                    "language", "license", "notes")
GOLD_COLUMNS = {
    "contributions": ("source_name", "contributor_iso3", "mission", "personnel_type", "count_low", "count_high",
                      "count_approx", "status", "as_of", "evidence"),
    "events": ("source_name", "date", "date_precision", "actor_iso3", "event_type", "mission", "evidence"),
    "missions": ("source_name", "mission_acronym", "host_iso3"),
}
DEFAULT_CORPUS = PROJECT_ROOT / "tests" / "data" / "real"
RESERVED_CHECK = PROJECT_ROOT.parent / "shared" / "reserved" / "check.py"


def normalise_url(url: str) -> str:
    u = urlsplit(url.strip())
    host = u.netloc.lower().removeprefix("www.")
    return host + u.path.rstrip("/") + (("?" + u.query) if u.query else "")


def split_of(url: str | None, source_name: str) -> str:
    """``dev`` or ``test``, from the hash of the normalised URL (of the source_name when there is no URL)."""
    key = normalise_url(url) if url and url.strip() else source_name
    return "test" if int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16) % 3 == 0 else "dev"


def _read_csv(path: Path) -> tuple[list[str], list[dict]]:
    if not path.is_file():
        return [], []
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


def _write_csv(path: Path, columns: tuple[str, ...], rows: list[dict]) -> None:
    """Write a CSV file whole, through a temporary file and a rename: a reader never sees half of it."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(buffer.getvalue())
    os.replace(tmp, path)


def init_corpus(root: Path) -> None:
    """Create the empty layout of both splits (headers only) where it is missing."""
    for split in SPLITS:
        docs = root / split / "documents"
        docs.mkdir(parents=True, exist_ok=True)
        if not (docs / "manifest.csv").exists():
            _write_csv(docs / "manifest.csv", MANIFEST_COLUMNS, [])
        for table in TABLES:
            if not (root / split / f"{table}.csv").exists():
                _write_csv(root / split / f"{table}.csv", GOLD_COLUMNS[table], [])


@dataclass
class AddResult:
    added: dict[str, list[str]] = field(default_factory=lambda: {s: [] for s in SPLITS})
    refused: list[tuple[str, str]] = field(default_factory=list)  # (source_name, reason)
    problems: list[str] = field(default_factory=list)  # about the folder as a whole


def _reserved(checker: Path | None, file: Path, url: str | None) -> str | None:
    """What the reserved-text checker prints about the file or URL, None when it flags nothing or is absent."""
    if checker is None or not checker.is_file():
        return None
    out = []
    for args in ([str(file)], ["--url", url] if url else None):
        if args is None:
            continue
        done = subprocess.run([sys.executable, str(checker), *args], capture_output=True, text=True, timeout=300)
        if done.returncode != 0:
            out.append(done.stdout.strip() or done.stderr.strip() or f"exit status {done.returncode}")
    return "; ".join(out) or None


class _Corpus:
    """The corpus's manifests and gold rows, read once, and what adding a document changes."""

    def __init__(self, root: Path):
        self.root = root
        self.manifest = {s: _read_csv(root / s / "documents" / "manifest.csv")[1] for s in SPLITS}
        self.gold = {s: {t: _read_csv(root / s / f"{t}.csv")[1] for t in TABLES} for s in SPLITS}
        rows = [r for s in SPLITS for r in self.manifest[s]]
        self.names = {r["source_name"] for r in rows}
        self.urls = {normalise_url(r["url"]): r["source_name"] for r in rows if (r.get("url") or "").strip()}

    def duplicate(self, row: dict) -> str | None:
        url = (row.get("url") or "").strip()
        if row["source_name"] in self.names:
            return f"source_name {row['source_name']!r} is already in the corpus"
        if url and normalise_url(url) in self.urls:
            return f"URL {url} is already in the corpus (as {self.urls[normalise_url(url)]})"
        return None

    def add(self, split: str, row: dict, gold: dict[str, list[dict]]) -> None:
        """Add a manifest row, with the rows of ``gold`` (every document's) that are its document's."""
        self.manifest[split].append({c: row.get(c, "") for c in MANIFEST_COLUMNS})
        for table in TABLES:
            self.gold[split][table] += [r for r in gold[table] if r["source_name"] == row["source_name"]]
        self.names.add(row["source_name"])
        if (row.get("url") or "").strip():
            self.urls[normalise_url(row["url"])] = row["source_name"]

    def write(self, splits: set[str]) -> None:
        for split in splits:
            _write_csv(self.root / split / "documents" / "manifest.csv", MANIFEST_COLUMNS, self.manifest[split])
            for table in TABLES:
                _write_csv(self.root / split / f"{table}.csv", GOLD_COLUMNS[table], self.gold[split][table])


def _check_folder(source: Path) -> tuple[list[dict], dict[str, list[dict]], list[str]]:
    """The folder's manifest rows, gold rows and problems (missing files, unknown columns, orphan rows)."""
    problems = []
    columns, manifest = _read_csv(source / "documents" / "manifest.csv")
    if not columns:
        problems.append(f"{source / 'documents' / 'manifest.csv'}: missing or empty")
    unknown = [c for c in columns if c not in MANIFEST_COLUMNS]
    if unknown:
        problems.append(f"manifest.csv: unknown columns {unknown} (expected {list(MANIFEST_COLUMNS)})")
    gold = {}
    names = {r.get("source_name") for r in manifest}
    for table in TABLES:
        cols, rows = _read_csv(source / f"{table}.csv")
        if cols and tuple(cols) != GOLD_COLUMNS[table]:
            problems.append(f"{table}.csv: columns {cols}, expected {list(GOLD_COLUMNS[table])}")
        orphans = sorted({r["source_name"] for r in rows} - names)
        if orphans:
            problems.append(f"{table}.csv: rows for documents the manifest does not list: {orphans}")
        gold[table] = rows
    return manifest, gold, problems


def _refusal(state: _Corpus, row: dict, path: Path, target: Path, checker: Path | None) -> str | None:
    """Why a manifest row's document cannot be added, None when it can."""
    if not row["source_name"] or not row["file"]:
        return "the manifest row needs a source_name and a file"
    if (duplicate := state.duplicate(row)) is not None:
        return duplicate
    if not path.is_file():
        return f"file {path} not found"
    if target.exists():
        return f"{target} already exists"
    return _reserved(checker, path, (row.get("url") or "").strip() or None)


def add_documents(source: Path, corpus: Path = DEFAULT_CORPUS, checker: Path | None = RESERVED_CHECK,
                  dry_run: bool = False) -> AddResult:
    """Add each annotated document of ``source`` with its gold rows to the corpus split its URL's hash picks.

    A folder with problems (unknown columns, gold rows for unlisted documents) adds nothing. Refused documents
    (duplicates, missing files, reserved text) are listed with the reason; the others are added."""
    result = AddResult()
    manifest, gold, result.problems = _check_folder(source)
    if result.problems:
        return result
    init_corpus(corpus)
    state = _Corpus(corpus)
    copies: list[tuple[Path, Path]] = []
    for row in manifest:
        row = {**row, "source_name": (row.get("source_name") or "").strip(), "file": (row.get("file") or "").strip()}
        name, path = row["source_name"], source / "documents" / row["file"]
        split = split_of(row.get("url"), name)
        target = corpus / split / "documents" / row["file"]
        reason = _refusal(state, row, path, target, checker)
        if reason is not None:
            result.refused.append((name or row["file"] or "?", reason))
            continue
        state.add(split, row, gold)
        copies.append((path, target))
        result.added[split].append(name)
    if not dry_run and copies:
        for path, target in copies:
            shutil.copyfile(path, target)
        state.write({s for s in SPLITS if result.added[s]})
    return result
