"""Releases: versioned, checksummed, self-describing copies of the published outputs.

``cut_release(output_dir)`` copies what a build published in ``output_dir`` (``pipeline.publish``) into
``output_dir/releases/<version>/`` and then points ``latest`` at it::

    releases/
      2026.11.23/                       one folder per release, never changed once in place
        parquet/<table>.parquet         the tables
        peacekeeping.duckdb             the tables, their comments and the analysts' views
        run_metadata.json               the build's facts (run id, time, row counts, file hashes)
        sources/documents/manifest.csv  the documents' manifest (title, publisher, url, date of each document)
        sources/reference/...           the reference snapshots and their README (origin, known problems)
        DATA_DICTIONARY.md              generated from the schema registry and the views registry
        CHANGES.md                      rows added, removed and changed per table against the previous release
        datapackage.json                Frictionless Data Package: tables, columns, keys, every file's bytes and
                                        SHA-256, version, licence, sources, code commit
        SHA256SUMS                      every file above, ``sha256sum -c SHA256SUMS`` format
        peacekeeping-2026.11.23.zip     every file above and SHA256SUMS, under ``peacekeeping-2026.11.23/``
        peacekeeping-2026.11.23.zip.sha256
      latest -> 2026.11.23              symbolic link, replaced atomically
      LATEST                            the same version as text, for platforms without symbolic links

Version: today's UTC date ``YYYY.MM.DD`` (CalVer); a second release the same day is ``YYYY.MM.DD.1``, then ``.2``...
A version given by hand must be new.

What is released: exactly the files that ``run_metadata.json`` lists with their SHA-256 (the publish step writes
it into each build's folder, ``pipeline.publish``), read from the one build that ``current`` points at when the
cut starts. Each copy is hashed and compared with that list, so a release never mixes two builds, nor files
that someone changed after the build.

Atomicity: the release is written in ``releases/.staging-<pid>`` (same file system), renamed into place in one
step, and only then is ``latest`` moved (a temporary symbolic link renamed over it with ``os.replace``, then
``LATEST`` written the same way). A crash at any point before leaves ``latest`` on the previous release and no
partial release folder; the next cut removes the staging folder left behind. A lock file
(``releases/.lock``, holding the pid) keeps two cuts from choosing the same version or racing on ``latest``.

The ``latest`` link is the commit point and names the previous release (the one ``CHANGES.md`` compares with);
``LATEST`` where there are no symbolic links. A kill between the two renames leaves ``LATEST`` one release
behind; every cut starts by putting it right (``repair_latest``).

Provenance in ``datapackage.json``: ``code_commit`` (``git rev-parse HEAD``, else "unknown"), ``code_modified``
(whether tracked files differed from that commit; left out without git), ``created`` (UTC), the data licence
(CC-BY-4.0) and ``sources`` (the manifest and the reference snapshots, copied into ``sources/``). The copies of
the manifest and the reference files are taken when the release is cut, from the documents folder that
``run_metadata.json`` names and from the pipeline's reference folder.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
import zipfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from pipeline.ingest.manifest import MANIFEST_NAME, manifest_refusal
from pipeline.publish import (
    DUCKDB_FILE,
    PARQUET_DIR,
    RUN_METADATA_FILE,
    STAGING_PREFIX,
    fsync_dir,
    fsync_file,
    pid_alive,
    published_dir,
    remove_stale_staging,
    sha256_file,
)
from pipeline.report import build_report
from pipeline.settings import PROJECT_ROOT, PipelineSettings
from schemas.datapackage import data_dictionary_markdown, write_csv_tables, write_datapackage
from schemas.duckdb import literal, quote
from schemas.registry import TABLES
from schemas.views import VIEWS

__all__ = [
    "RELEASES_DIR", "LATEST_LINK", "LATEST_FILE", "SUMS_FILE", "CHANGES_FILE", "DICTIONARY_FILE", "DATA_LICENSE",
    "Release", "ReleaseError", "cut_release", "changes_markdown", "has_published_outputs", "latest_version",
    "next_version", "code_commit", "read_sums", "verify_release", "repair_latest", "RELEASE_STEPS",
]

REPORT_DIR = "report"
CSV_DIR = "csv"  # CSV copies of the tables: the data package's tabular resources
# Steps of a cut, in order; ``_ON_STEP(name)`` is called after each (a fault-injection point for the tests and
# bench/crash.py, None otherwise).
RELEASE_STEPS = ("staged", "renamed", "linked", "texted")
_ON_STEP = None


def _release_step(name: str) -> None:
    if _ON_STEP is not None:
        _ON_STEP(name)


RELEASES_DIR = "releases"
LATEST_LINK = "latest"
LATEST_FILE = "LATEST"
LOCK_FILE = ".lock"
SUMS_FILE = "SHA256SUMS"
CHANGES_FILE = "CHANGES.md"
DICTIONARY_FILE = "DATA_DICTIONARY.md"
SOURCES_DIR = "sources"
ZIP_PREFIX = "peacekeeping-"

DATA_LICENSE = {
    "name": "CC-BY-4.0",
    "path": "https://creativecommons.org/licenses/by/4.0/",
    "title": "Creative Commons Attribution 4.0 International",
}
DESCRIPTION = (
    "Who sends how many peacekeepers of which kind to which mission, in what status and as of when, with the "
    "missions catalog, dated events and mission mentions, all extracted from news articles, UN press releases "
    "and reports, each row with the sentence that states it. Data: CC-BY-4.0; code: MIT."
)
KEYWORDS = ["peacekeeping", "United Nations", "troop contributions", "police contributions", "missions"]

# A hand-given version: a folder name that is safe everywhere and cannot be mistaken for the pointers.
VERSION = re.compile(r"^[0-9A-Za-z][0-9A-Za-z._+-]{0,63}$")
_PUBLISHED_FILE = re.compile(r"^(?:parquet/[a-z_]+\.parquet|" + re.escape(DUCKDB_FILE) + ")$")

# Timestamp of every zip entry (the earliest DOS date): the zip's bytes depend on the files only.
ZIP_TIMESTAMP = (1980, 1, 1, 0, 0, 0)
ZIP64_LIMIT = (1 << 31) - 1

# Columns shown, after the key, for each added or removed row in CHANGES.md: the ones a reader recognises a row
# by. A presentation choice, so it lives here rather than in the registry; columns missing from a release are
# skipped, and a table not listed shows its first five columns after the key.
EXAMPLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("source_name", "title", "publisher", "published_date", "ingest_status"),
    "missions": ("name", "organisation", "kind", "start_date", "end_date"),
    "mission_aliases": ("alias_kind",),
    "contributions": ("contributor_iso3", "mission_acronym", "scope", "personnel_type", "count_best", "status",
                      "as_of_date", "evidence"),
    "events": ("event_date", "event_type", "actor_iso3", "actor_organisation", "mission_acronym", "evidence"),
    "mission_mentions": ("mission_acronym", "surface", "method"),
    "rejected_rows": ("table_name", "check_name", "check", "reason"),
}
EXAMPLE_VALUE_CHARS = 100


class ReleaseError(RuntimeError):
    """A release cannot be cut as asked (no consistent outputs, version taken, another cut running...)."""


@dataclass(frozen=True)
class Release:
    """A release in place: its version and folder, the release it was compared with, and its files."""

    version: str
    path: Path
    previous: str | None
    files: dict[str, str] = field(default_factory=dict)  # relative path -> sha256, as in SHA256SUMS
    zip_path: Path | None = None


# ----------------------------------------------------------------------------------------------------------------
# Versions and pointers
# ----------------------------------------------------------------------------------------------------------------


def latest_version(releases_dir: Path) -> str | None:
    """The version the ``latest`` link points at (else the one ``LATEST`` names, where there are no symbolic
    links), or None when there is no release."""
    releases_dir = Path(releases_dir)
    link = releases_dir / LATEST_LINK
    if link.is_symlink():
        return Path(os.readlink(link)).name
    text_file = releases_dir / LATEST_FILE
    if text_file.is_file():
        return text_file.read_text(encoding="utf-8").strip() or None
    return None


def repair_latest(releases_dir: Path) -> bool:
    """Make ``LATEST`` name the release the ``latest`` link points at (a cut killed between the two renames
    leaves it behind); returns whether it had to. Run at the start of every cut."""
    link = Path(releases_dir) / LATEST_LINK
    if not link.is_symlink():
        return False
    version = Path(os.readlink(link)).name
    text_file = Path(releases_dir) / LATEST_FILE
    current = text_file.read_text(encoding="utf-8").strip() if text_file.is_file() else None
    if current == version:
        return False
    _write_latest_text(Path(releases_dir), version)
    return True


def _write_latest_text(releases_dir: Path, version: str) -> None:
    text_temporary = releases_dir / f".{LATEST_FILE}.{os.getpid()}.tmp"
    text_temporary.write_text(version + "\n", encoding="utf-8")
    fsync_file(text_temporary)
    os.replace(text_temporary, releases_dir / LATEST_FILE)


def next_version(releases_dir: Path, today: dt.date | None = None) -> str:
    """Today's UTC date as ``YYYY.MM.DD``, with ``.1``, ``.2``... when releases of that day exist."""
    today = today or dt.datetime.now(dt.timezone.utc).date()
    base = today.strftime("%Y.%m.%d")
    releases_dir = Path(releases_dir)
    if not (releases_dir / base).exists():
        return base
    n = 1
    while (releases_dir / f"{base}.{n}").exists():
        n += 1
    return f"{base}.{n}"


def _check_version(releases_dir: Path, version: str) -> None:
    if not VERSION.match(version) or version.lower() in (LATEST_LINK, LATEST_FILE.lower()):
        raise ReleaseError(f"invalid version {version!r}: use letters, digits, '.', '_', '+' or '-' "
                           "(e.g. 2026.11.23)")
    if (releases_dir / version).exists():
        raise ReleaseError(f"release {version} exists already: {releases_dir / version}")


def _point_latest(releases_dir: Path, version: str) -> None:
    """Move ``latest`` (symbolic link) and ``LATEST`` (text) to ``version``, each with one atomic rename.

    The link is the commit point: once it moved, the release is out (``latest_version`` reads it first), and a
    ``LATEST`` left behind by a kill between the two renames is put right by :func:`repair_latest`.
    """
    link = releases_dir / LATEST_LINK
    temporary = releases_dir / f".{LATEST_LINK}.{os.getpid()}.tmp"
    if temporary.is_symlink() or temporary.exists():
        temporary.unlink()
    try:
        os.symlink(version, temporary, target_is_directory=True)
    except (OSError, NotImplementedError):
        # No symbolic links here (Windows without the privilege): LATEST alone points, and a link made
        # elsewhere would point at an older release.
        if link.is_symlink():
            link.unlink()
    else:
        os.replace(temporary, link)
        fsync_dir(releases_dir)
    _release_step("linked")
    _write_latest_text(releases_dir, version)
    _release_step("texted")


@contextmanager
def _lock(releases_dir: Path) -> Iterator[None]:
    """Hold ``releases/.lock`` (created exclusively, holding our pid); a lock of a dead process is taken over."""
    path = releases_dir / LOCK_FILE
    for _ in range(2):
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            holder = path.read_text(encoding="utf-8").strip() if path.is_file() else ""
            if holder.isdigit() and int(holder) != os.getpid() and pid_alive(int(holder)):
                raise ReleaseError(f"another release is being cut (process {holder}; lock file {path})") from None
            path.unlink(missing_ok=True)
            continue
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(f"{os.getpid()}\n")
        break
    else:
        raise ReleaseError(f"cannot take the lock {path}")
    try:
        yield
    finally:
        path.unlink(missing_ok=True)


# ----------------------------------------------------------------------------------------------------------------
# Provenance
# ----------------------------------------------------------------------------------------------------------------


def _git(root: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, timeout=10, check=True)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout


def code_commit(root: Path = PROJECT_ROOT) -> str:
    """``git rev-parse HEAD`` of the code, or ``"unknown"`` (no git, not a repository)."""
    out = _git(root, "rev-parse", "HEAD")
    return out.strip() if out and out.strip() else "unknown"


def _code_modified(root: Path = PROJECT_ROOT) -> bool | None:
    """Whether tracked files differ from the commit (the release then comes from uncommitted code)."""
    out = _git(root, "status", "--porcelain", "--untracked-files=no")
    return None if out is None else bool(out.strip())


def has_published_outputs(output_dir: Path) -> bool:
    """Whether a build has published into ``output_dir`` (its DuckDB file exists)."""
    return (Path(output_dir) / DUCKDB_FILE).is_file()


def _read_run_metadata(output_dir: Path) -> dict:
    path = output_dir / RUN_METADATA_FILE
    if not path.is_file():
        raise ReleaseError(f"{path} is missing: the outputs were not published by `pkdata build`; "
                           "run `pkdata release --build`")
    try:
        metadata = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as error:
        raise ReleaseError(f"{path} is not JSON ({error}); run `pkdata release --build`") from None
    files = metadata.get("files") if isinstance(metadata, dict) else None
    if not isinstance(files, dict) or DUCKDB_FILE not in files:
        raise ReleaseError(f"{path} lists no published files; run `pkdata release --build`")
    bad = sorted(f for f in files if not _PUBLISHED_FILE.match(f))
    if bad:
        raise ReleaseError(f"{path} lists unexpected files: {', '.join(bad)}")
    return metadata


def _copy_outputs(output_dir: Path, staging: Path, metadata: Mapping[str, Any]) -> None:
    """Copy the published files that ``run_metadata.json`` lists, and check each copy's SHA-256 against it."""
    for relative, expected in sorted(metadata["files"].items()):
        source = output_dir / relative
        if not source.is_file():
            raise ReleaseError(f"{source} is missing but listed in {RUN_METADATA_FILE}; "
                               "run `pkdata release --build`")
        target = staging / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        if sha256_file(target) != expected:
            raise ReleaseError(f"{source} is not the file of the build that {RUN_METADATA_FILE} describes "
                               "(published again, or changed, since); run `pkdata release --build`")
    shutil.copyfile(output_dir / RUN_METADATA_FILE, staging / RUN_METADATA_FILE)


def _copy_sources(staging: Path, documents_dir: Path | None, reference_dir: Path) -> tuple[dict, list]:
    """Copy the documents' manifest and the reference files into ``sources/``.

    Returns the file descriptions for the data package (relative path -> text) and its ``sources`` entries.
    """
    files: dict[str, str] = {}
    sources: list[dict] = []
    manifest = documents_dir / MANIFEST_NAME if documents_dir else None
    if manifest is not None and manifest.is_file() and manifest_refusal(manifest, manifest.parent) is None:
        relative = f"{SOURCES_DIR}/documents/{MANIFEST_NAME}"
        (staging / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(manifest, staging / relative)
        files[relative] = ("The documents' manifest: file, title, publisher, url, publication date and notes of "
                           "each source document (news articles, UN press releases, reports).")
        sources.append({"title": "Source documents listed in the manifest (news articles, UN press releases, "
                                 "government statements and reports)", "path": relative})
    if reference_dir.is_dir():
        for path in sorted(p for p in reference_dir.iterdir() if p.is_file() and not p.name.startswith(".")):
            relative = f"{SOURCES_DIR}/reference/{path.name}"
            (staging / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, staging / relative)
            if path.suffix.lower() == ".csv":
                files[relative] = (f"Reference file {path.name}, read to build the missions catalog; origin and "
                                   "known problems in sources/reference/README.md.")
                sources.append({"title": f"Reference snapshot {path.name} (see sources/reference/README.md)",
                                "path": relative})
            else:
                files[relative] = f"Notes on the reference files: {path.name}."
    official = reference_dir / "official"
    if official.is_dir():
        for path in sorted(p for p in official.iterdir() if p.is_file() and not p.name.startswith(".")):
            relative = f"{SOURCES_DIR}/reference/official/{path.name}"
            (staging / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, staging / relative)
            files[relative] = (f"Official personnel figures {path.name}; origin, licence and known problems in "
                               "sources/reference/official/README.md.")
            if path.suffix.lower() == ".csv":
                sources.append({"title": "International Peace Institute, Providing for Peacekeeping database "
                                         f"(UN DPKO figures): {path.name}", "path": relative})
    return files, sources


# ----------------------------------------------------------------------------------------------------------------
# CHANGES.md
# ----------------------------------------------------------------------------------------------------------------


@dataclass
class _TableDiff:
    name: str
    rows_before: int | None  # None: the table is not in that release
    rows_after: int | None
    key: tuple[str, ...] = ()
    added: int = 0
    removed: int = 0
    changed: int = 0
    changed_columns: dict[str, int] = field(default_factory=dict)
    added_examples: list[dict] = field(default_factory=list)
    removed_examples: list[dict] = field(default_factory=list)
    changed_examples: list[tuple[dict, list[tuple[str, Any, Any]]]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def differs(self) -> bool:
        return bool(self.added or self.removed or self.changed or self.notes)


def _columns(con: duckdb.DuckDBPyConnection, relation: str) -> dict[str, str]:
    return {row[0]: row[1] for row in con.execute(f"DESCRIBE {relation}").fetchall()}


def _records(con: duckdb.DuckDBPyConnection, sql: str) -> list[dict]:
    cursor = con.execute(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def _example_columns(name: str, key: tuple[str, ...], columns: list[str]) -> list[str]:
    wanted = EXAMPLE_COLUMNS.get(name)
    if wanted is None:
        return [c for c in columns if c not in key][:5]
    return [c for c in wanted if c in columns and c not in key]


def _diff_table(con: duckdb.DuckDBPyConnection, name: str, old: Path | None, new: Path | None,
                examples: int) -> _TableDiff:
    """Compare one table of two releases by primary key, with DuckDB over the two Parquet files."""
    for alias, path in (("_old", old), ("_new", new)):
        source = f"read_parquet({literal(str(path))})" if path else "(SELECT 1 WHERE false)"
        con.execute(f"CREATE OR REPLACE TEMP VIEW {alias} AS SELECT * FROM {source}")
    count = {alias: con.execute(f"SELECT count(*) FROM {alias}").fetchone()[0] for alias in ("_old", "_new")}
    diff = _TableDiff(name, count["_old"] if old else None, count["_new"] if new else None)
    old_columns = _columns(con, "_old") if old else {}
    new_columns = _columns(con, "_new") if new else {}
    if old is None or new is None:
        side = "_new" if new else "_old"
        columns = list((new_columns or old_columns))
        diff.key = tuple(k for k in (TABLES[name].primary_key if name in TABLES else ()) if k in columns)
        shown = ", ".join(quote(c) for c in (*diff.key, *_example_columns(name, diff.key, columns)))
        order = ", ".join(quote(k) for k in diff.key) or "1"
        rows = _records(con, f"SELECT {shown} FROM {side} ORDER BY {order} LIMIT {examples}") if shown else []
        if new:
            diff.added, diff.added_examples = count["_new"], rows
            diff.notes.append("New table.")
        else:
            diff.removed, diff.removed_examples = count["_old"], rows
            diff.notes.append("Table removed.")
        return diff

    common = [c for c in new_columns if c in old_columns]
    added_columns = [c for c in new_columns if c not in old_columns]
    removed_columns = [c for c in old_columns if c not in new_columns]
    retyped = [c for c in common if old_columns[c] != new_columns[c]]
    if added_columns:
        diff.notes.append("Columns added: " + ", ".join(f"`{c}`" for c in added_columns) + ".")
    if removed_columns:
        diff.notes.append("Columns removed: " + ", ".join(f"`{c}`" for c in removed_columns) + ".")
    if retyped:
        diff.notes.append("Columns whose type changed: " + ", ".join(
            f"`{c}` ({old_columns[c]} to {new_columns[c]})" for c in retyped) + ".")
    key = tuple(TABLES[name].primary_key) if name in TABLES else ()
    if not key or not set(key) <= set(common):
        diff.notes.append("No primary key in common: rows not compared.")
        return diff
    diff.key = key
    on = " AND ".join(f"o.{quote(k)} = n.{quote(k)}" for k in key)
    order_new = ", ".join(f"n.{quote(k)}" for k in key)
    order_old = ", ".join(f"o.{quote(k)}" for k in key)

    shown_new = _example_columns(name, key, list(new_columns))
    shown_old = _example_columns(name, key, list(old_columns))
    diff.added = con.execute(f"SELECT count(*) FROM _new AS n ANTI JOIN _old AS o ON {on}").fetchone()[0]
    diff.removed = con.execute(f"SELECT count(*) FROM _old AS o ANTI JOIN _new AS n ON {on}").fetchone()[0]
    select_new = ", ".join(f"n.{quote(c)}" for c in (*key, *shown_new))
    select_old = ", ".join(f"o.{quote(c)}" for c in (*key, *shown_old))
    diff.added_examples = _records(con, f"SELECT {select_new} FROM _new AS n ANTI JOIN _old AS o ON {on} "
                                        f"ORDER BY {order_new} LIMIT {examples}") if diff.added else []
    diff.removed_examples = _records(con, f"SELECT {select_old} FROM _old AS o ANTI JOIN _new AS n ON {on} "
                                          f"ORDER BY {order_old} LIMIT {examples}") if diff.removed else []

    compared = [c for c in common if c not in key]
    if not compared:
        return diff

    def distinct(c: str) -> str:
        # Columns whose type changed are compared as text.
        if c in retyped:
            return f"CAST(o.{quote(c)} AS VARCHAR) IS DISTINCT FROM CAST(n.{quote(c)} AS VARCHAR)"
        return f"o.{quote(c)} IS DISTINCT FROM n.{quote(c)}"

    any_distinct = " OR ".join(distinct(c) for c in compared)
    per_column = ", ".join(f"count(*) FILTER (WHERE {distinct(c)})" for c in compared)
    counts = con.execute(f"SELECT count(*) FILTER (WHERE {any_distinct}), {per_column} "
                         f"FROM _old AS o JOIN _new AS n ON {on}").fetchone()
    diff.changed = counts[0]
    diff.changed_columns = {c: n for c, n in zip(compared, counts[1:]) if n}
    if diff.changed:
        flags = ", ".join(f"{distinct(c)} AS {quote('_d_' + c)}" for c in compared)
        values = ", ".join(f"o.{quote(c)} AS {quote('_o_' + c)}, n.{quote(c)} AS {quote('_n_' + c)}"
                           for c in compared)
        keys = ", ".join(f"n.{quote(k)}" for k in key)
        rows = _records(con, f"SELECT {keys}, {flags}, {values} FROM _old AS o JOIN _new AS n ON {on} "
                             f"WHERE {any_distinct} ORDER BY {order_new} LIMIT {examples}")
        diff.changed_examples = [
            ({k: row[k] for k in key}, [(c, row["_o_" + c], row["_n_" + c]) for c in compared if row["_d_" + c]])
            for row in rows
        ]
    return diff


# Characters that would start Markdown markup inside a list item. Intraword underscores (source_name) do not
# in CommonMark, so they stay readable.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*\[\]<])")


def _md(text: str) -> str:
    """Text with Markdown's special characters escaped, on one line."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _show(value: Any) -> str:
    """A value as CHANGES.md shows it: strings quoted and cut to EXAMPLE_VALUE_CHARS, null, ISO dates."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        text = value if len(value) <= EXAMPLE_VALUE_CHARS else value[:EXAMPLE_VALUE_CHARS - 1] + "…"
        return _md(json.dumps(text, ensure_ascii=False))
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_show(v) for v in value) + "]"
    return _md(str(value))


def _key_text(row: Mapping[str, Any], key: tuple[str, ...]) -> str:
    return " / ".join(str(row[k]).replace("`", "'") for k in key)


def _row_line(row: Mapping[str, Any], key: tuple[str, ...]) -> str:
    rest = "; ".join(f"{c} {_show(v)}" for c, v in row.items() if c not in key)
    if not key:
        return f"- {rest}"
    return f"- `{_key_text(row, key)}`" + (f": {rest}" if rest else "")


def _table_section(diff: _TableDiff) -> list[str]:
    out = [f"## {diff.name}", ""]
    before = "absent" if diff.rows_before is None else str(diff.rows_before)
    after = "absent" if diff.rows_after is None else str(diff.rows_after)
    out += [f"Rows: {before} before, {after} now. "
            f"{diff.added} added, {diff.removed} removed, {diff.changed} changed.", ""]
    if diff.notes:
        out += [" ".join(diff.notes), ""]
    key = ", ".join(f"`{k}`" for k in diff.key)
    for label, n, rows in (("Added", diff.added, diff.added_examples),
                           ("Removed", diff.removed, diff.removed_examples)):
        if n and rows:
            out += [f"{label} ({n}), first by {key}:" if key else f"{label} ({n}):", ""]
            out += [_row_line(row, diff.key) for row in rows]
            out.append("")
    if diff.changed:
        columns = ", ".join(f"`{c}` ({n})" for c, n in diff.changed_columns.items())
        out += [f"Changed ({diff.changed}); columns that changed: {columns}. First by {key}:", ""]
        for row, changes in diff.changed_examples:
            parts = "; ".join(f"{c} {_show(old)} → {_show(new)}" for c, old, new in changes)
            out.append(f"- `{_key_text(row, diff.key)}`: {parts}")
        out.append("")
    return out


def changes_markdown(current_dir: Path, version: str, previous_dir: Path | None = None,
                     previous_version: str | None = None, examples: int = 3) -> str:
    """``CHANGES.md`` of the release in ``current_dir`` against the one in ``previous_dir`` (None: first release).

    Tables are compared by primary key, over the ``parquet/`` files of the two folders: a key only in the new
    release is added, one only in the previous is removed, and a key in both whose other columns differ is
    changed (with the columns that changed). Up to ``examples`` rows of each kind are shown per table, the first
    by key, so the text is deterministic.
    """
    current_dir = Path(current_dir)
    out = [f"# Changes in {version}", ""]
    if previous_dir is None:
        out += ["First release." if previous_version is None else
                f"The previous release, {previous_version}, is missing: nothing to compare with.", ""]
        out += ["| table | rows |", "|---|---:|"]
        con = duckdb.connect(":memory:")
        try:
            for name in _table_names(current_dir, None):
                path = current_dir / PARQUET_DIR / f"{name}.parquet"
                n = con.execute(f"SELECT count(*) FROM read_parquet({literal(str(path))})").fetchone()[0]
                out.append(f"| {name} | {n} |")
        finally:
            con.close()
        return "\n".join(out) + "\n"

    previous_dir = Path(previous_dir)
    out += [f"Compared with the previous release, {previous_version}. Rows are matched by primary key: a key "
            "only in this release is added, a key only in the previous one is removed, and a key in both whose "
            "other columns differ is changed. The ids of extracted rows are hashes of their document, offsets and "
            "main values, so a row whose offsets or main values moved counts as removed and added.", ""]
    con = duckdb.connect(":memory:")
    try:
        diffs = []
        for name in _table_names(current_dir, previous_dir):
            old = previous_dir / PARQUET_DIR / f"{name}.parquet"
            new = current_dir / PARQUET_DIR / f"{name}.parquet"
            diffs.append(_diff_table(con, name, old if old.is_file() else None, new if new.is_file() else None,
                                     examples))
    finally:
        con.close()
    out += ["| table | rows before | rows now | added | removed | changed |", "|---|---:|---:|---:|---:|---:|"]
    for d in diffs:
        before = "" if d.rows_before is None else d.rows_before
        after = "" if d.rows_after is None else d.rows_after
        out.append(f"| {d.name} | {before} | {after} | {d.added} | {d.removed} | {d.changed} |")
    out.append("")
    unchanged = [d.name for d in diffs if not d.differs]
    if unchanged:
        out += ["Unchanged: " + ", ".join(unchanged) + ".", ""]
    for d in diffs:
        if d.differs:
            out += _table_section(d)
    return "\n".join(out).rstrip("\n") + "\n"


def _table_names(current_dir: Path, previous_dir: Path | None) -> list[str]:
    """Tables with a Parquet file in either release: registry order, then others by name."""
    present = set()
    for folder in (current_dir, previous_dir):
        if folder is not None:
            present |= {p.stem for p in (folder / PARQUET_DIR).glob("*.parquet")}
    return [n for n in TABLES if n in present] + sorted(present - set(TABLES))


# ----------------------------------------------------------------------------------------------------------------
# Checksums and zip
# ----------------------------------------------------------------------------------------------------------------


def _release_files(folder: Path) -> list[str]:
    """Every file under ``folder``, as sorted POSIX paths relative to it."""
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def _write_sums(folder: Path) -> dict[str, str]:
    """Write ``SHA256SUMS`` (``sha256sum`` text format) of every file in ``folder``; return it as a dict."""
    sums = {relative: sha256_file(folder / relative) for relative in _release_files(folder)}
    text = "".join(f"{digest}  {relative}\n" for relative, digest in sums.items())
    (folder / SUMS_FILE).write_text(text, encoding="utf-8")
    return sums


def read_sums(path: Path) -> dict[str, str]:
    """A ``SHA256SUMS`` file as relative path -> hex digest."""
    sums = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        digest, _, relative = line.partition("  ")
        sums[relative.lstrip("*")] = digest
    return sums


def _zip_name(version: str) -> str:
    return f"{ZIP_PREFIX}{version}.zip"


def _write_zip(folder: Path, version: str) -> Path:
    """Zip every file of ``folder`` under ``peacekeeping-<version>/``: sorted entries, fixed timestamps and
    permissions, so the zip's bytes depend on the files' bytes only. Then its ``.sha256`` beside it."""
    path = folder / _zip_name(version)
    prefix = path.stem
    relatives = _release_files(folder)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for relative in relatives:
            source = folder / relative
            info = zipfile.ZipInfo(f"{prefix}/{relative}", date_time=ZIP_TIMESTAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, whatever the platform, so that the permissions below are read
            info.external_attr = 0o644 << 16
            with open(source, "rb") as reader, \
                    archive.open(info, "w", force_zip64=source.stat().st_size > ZIP64_LIMIT) as writer:
                shutil.copyfileobj(reader, writer, 1 << 20)
    (folder / f"{path.name}.sha256").write_text(f"{sha256_file(path)}  {path.name}\n", encoding="utf-8")
    return path


def verify_release(folder: Path) -> list[str]:
    """Recompute the SHA-256 of every file listed in ``SHA256SUMS`` and of the zip; return the problems."""
    folder = Path(folder)
    problems = []
    sums = read_sums(folder / SUMS_FILE)
    for relative, digest in sums.items():
        path = folder / relative
        if not path.is_file():
            problems.append(f"{relative}: missing")
        elif sha256_file(path) != digest:
            problems.append(f"{relative}: SHA-256 differs from {SUMS_FILE}")
    unlisted = set(_release_files(folder)) - set(sums) - {SUMS_FILE}
    unlisted -= {p for p in unlisted if p.startswith(ZIP_PREFIX) and "/" not in p}
    problems.extend(f"{relative}: not in {SUMS_FILE}" for relative in sorted(unlisted))
    for checksum in sorted(folder.glob(f"{ZIP_PREFIX}*.zip.sha256")):
        digest, _, name = checksum.read_text(encoding="utf-8").strip().partition("  ")
        if not (folder / name).is_file() or sha256_file(folder / name) != digest:
            problems.append(f"{name}: SHA-256 differs from {checksum.name}")
    return problems


# ----------------------------------------------------------------------------------------------------------------
# Cutting a release
# ----------------------------------------------------------------------------------------------------------------


def _file_descriptions(source_files: Mapping[str, str]) -> dict[str, str]:
    views = ", ".join(VIEWS)
    return {
        DUCKDB_FILE: f"DuckDB database: every table with its keys, checks and comments, and the views {views}.",
        RUN_METADATA_FILE: "Facts of the build: run id, start time, duration, documents folder, rows per table "
                           "and the SHA-256 of each published file.",
        DICTIONARY_FILE: "Data dictionary: every table, column and view, generated from the schema registry.",
        CHANGES_FILE: "Rows added, removed and changed per table against the previous release.",
        **source_files,
    }


def cut_release(output_dir: Path, version: str | None = None, *, reference_dir: Path | None = None,
                now: dt.datetime | None = None, examples: int = 3) -> Release:
    """Cut a release of the outputs published in ``output_dir`` into ``output_dir/releases/<version>/``.

    ``version``: default ``next_version`` of ``now``'s UTC date. ``reference_dir``: the reference snapshots
    the build read (default: the pipeline's setting, which ``pkdata build`` uses). ``now`` (UTC; default the
    clock) sets the default version and the package's ``created``. See the module docstring for the layout,
    the consistency check against ``run_metadata.json`` and the atomicity. Raises ``ReleaseError``.
    """
    output_dir = Path(output_dir)
    now = (now or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc)
    releases_dir = output_dir / RELEASES_DIR
    if not has_published_outputs(output_dir):
        raise ReleaseError(f"nothing published in {output_dir}: run `pkdata build` (or `pkdata release --build`)")
    releases_dir.mkdir(parents=True, exist_ok=True)
    with _lock(releases_dir):
        repair_latest(releases_dir)
        version = version or next_version(releases_dir, now.date())
        _check_version(releases_dir, version)
        previous = latest_version(releases_dir)
        previous_dir = releases_dir / previous if previous else None
        if previous_dir is not None and not (previous_dir / PARQUET_DIR).is_dir():
            previous_dir = None
        # One build, resolved once: a build published while the release is cut does not mix into it.
        source_dir = published_dir(output_dir)
        metadata = _read_run_metadata(source_dir)

        remove_stale_staging(releases_dir)
        staging = releases_dir / f"{STAGING_PREFIX}{os.getpid()}"
        try:
            staging.mkdir()
            _copy_outputs(source_dir, staging, metadata)
            documents_dir = Path(metadata["documents_dir"]) if metadata.get("documents_dir") else None
            reference = Path(reference_dir or metadata.get("reference_dir") or PipelineSettings().reference_dir)
            source_files, sources = _copy_sources(staging, documents_dir, reference)
            (staging / DICTIONARY_FILE).write_text(data_dictionary_markdown(), encoding="utf-8")
            build_report(staging, staging / REPORT_DIR)  # report/index.html: the release to look at
            (staging / CHANGES_FILE).write_text(
                changes_markdown(staging, version, previous_dir, previous, examples), encoding="utf-8")
            extra: dict[str, Any] = {
                "description": DESCRIPTION,
                "keywords": KEYWORDS,
                "created": now.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "licenses": [DATA_LICENSE],
                "sources": sources,
                "code_commit": code_commit(),
            }
            modified = _code_modified()
            if modified is not None:
                extra["code_modified"] = modified
            write_csv_tables(staging / PARQUET_DIR, staging / CSV_DIR)  # what `frictionless validate` reads
            write_datapackage(staging, version, extra, files=_file_descriptions(source_files),
                              csv_dir=staging / CSV_DIR)
            files = _write_sums(staging)
            zip_path = _write_zip(staging, version)
            for relative in _release_files(staging):
                fsync_file(staging / relative)
            _release_step("staged")
            final = releases_dir / version
            os.rename(staging, final)
            _release_step("renamed")
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        fsync_dir(releases_dir)
        _point_latest(releases_dir, version)
    return Release(version=version, path=final, previous=previous, files=files,
                   zip_path=final / zip_path.name)


