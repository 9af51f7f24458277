"""Reading the documents manifest (``sources/documents/manifest.csv``).

The manifest describes documents: one row per file, in the columns of :data:`COLUMNS`. It is written by hand, so
bad rows are expected: every row that cannot be used, or can only be used in part, yields a *problem record*
(``{"source_name", "file", "check", "reason", "row_json"}``, bound for the ``rejected_rows`` table) and reading
goes on. Only the CSV syntax and the values of each row are checked here; whether the files exist and lie inside
the documents folder is the inventory's concern (:mod:`pipeline.ingest.inventory`).
"""

from __future__ import annotations

import csv
import difflib
import json
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import pycountry

from pipeline.extract.types import PartialDate
from schemas.vocabularies import PRECISIONS

MANIFEST_NAME = "manifest.csv"

COLUMNS = (
    "source_name",
    "file",
    "title",
    "publisher",
    "url",
    "published_date",
    "date_precision",
    "language",
    "notes",
)

# Known columns a manifest may leave out without a problem record. ``license`` says under which terms the
# document's text may be reused (the real annotated corpus under tests/data/real/ records it for every page).
OPTIONAL_COLUMNS = ("license",)

DEFAULT_LANGUAGE = "en"

# Check names of the problem records, one per kind of fault.
CHECK_READ = "manifest_read"  # the manifest cannot be read or decoded
CHECK_COLUMNS = "manifest_columns"  # header lacks columns, has unknown or repeated ones
CHECK_LINE = "manifest_line"  # a line that is not valid CSV or has the wrong number of fields
CHECK_ROW = "manifest_row"  # a row that names no file
CHECK_DUPLICATE = "manifest_duplicate"  # a source_name already used by an earlier row
CHECK_DATE = "manifest_date"  # a malformed or inconsistent published_date / date_precision
CHECK_LANGUAGE = "manifest_language"  # a language that is not an ISO 639-1 code
CHECK_URL = "manifest_url"  # a url that is not http(s)

# Names people give the columns, for the suggestion in the problem record ("`date`: did you mean
# `published_date`?"); anything else gets difflib's closest known name.
_COLUMN_SYNONYMS = {
    "date": "published_date", "published": "published_date", "publication_date": "published_date",
    "pub_date": "published_date", "precision": "date_precision", "filename": "file", "file_name": "file",
    "path": "file", "name": "source_name", "id": "source_name", "source": "source_name", "lang": "language",
    "link": "url", "href": "url", "outlet": "publisher", "note": "notes", "licence": "license",
}
# Delimiters a spreadsheet program may write a "CSV" with; the header line tells which one a manifest uses.
DELIMITERS = (",", ";", "\t")

_URL = re.compile(r"^https?://[^\s/?#]+\S*$", re.IGNORECASE)


@dataclass(frozen=True)
class ManifestEntry:
    """One usable row of the manifest.

    ``source_name`` is the row's key (the file's stem when the row leaves it empty); ``file`` is the path as
    written (None when the row gives only a source_name); ``language`` is an ISO 639-1 code, None when the row
    gives none (the reader then takes the document's own or ``en``); ``line`` is the manifest line the row
    starts on (the header is line 1). ``warnings`` lists what was wrong with the row but did not prevent its use (for instance
    a malformed date that was dropped); the reader copies them into the document's notes.
    """

    source_name: str
    file: str | None
    title: str | None
    publisher: str | None
    url: str | None
    published: PartialDate | None
    language: str | None
    notes: str | None
    line: int
    warnings: tuple[str, ...] = ()


def problem(check: str, reason: str, *, source_name: str | None = None, file: str | None = None,
            row: object = None, corpus_wide: bool = False) -> dict:
    """A problem record in the shape the pipeline turns into a ``rejected_rows`` row.

    ``corpus_wide``: the problem changes every row of the corpus (no publication dates, no usable manifest);
    ``pkdata build`` prints such problems as warnings, and ``--strict`` refuses to build with them.
    """
    record = {
        "source_name": source_name,
        "file": file,
        "check": check,
        "reason": reason,
        "row_json": json.dumps(row, ensure_ascii=False, default=str),
    }
    if corpus_wide:
        record["corpus_wide"] = True
    return record


def manifest_refusal(path: Path, root: Path) -> str | None:
    """Why the manifest at ``path`` must not be read, or None: it is read only when it is a regular file inside
    the documents folder ``root`` (a symbolic link to a file outside would bring foreign rows into the tables)."""
    try:
        st = os.lstat(path)
    except OSError:
        return None
    if stat.S_ISLNK(st.st_mode):
        try:
            inside = path.resolve().is_relative_to(root.resolve())
        except (OSError, RuntimeError):
            inside = False
        if not inside:
            return (f"{MANIFEST_NAME} is a symbolic link to a file outside the documents folder; not read. "
                    "Copy the manifest into the folder")
        st = os.stat(path)
    if not stat.S_ISREG(st.st_mode):
        return f"{MANIFEST_NAME} is not a regular file; not read"
    return None


def corpus_warnings(problems: list[dict]) -> list[str]:
    """The reasons of the problems that change every row (see :func:`problem`), each with what to do."""
    return [p["reason"] for p in problems if p.get("corpus_wide")]


def suggest_column(name: str) -> str | None:
    """The known column a misnamed one probably means."""
    key = name.strip().lower().replace(" ", "_").replace("-", "_")
    if key in _COLUMN_SYNONYMS:
        return _COLUMN_SYNONYMS[key]
    if key in COLUMNS or key in OPTIONAL_COLUMNS:
        return key
    close = difflib.get_close_matches(key, (*COLUMNS, *OPTIONAL_COLUMNS), n=1, cutoff=0.6)
    return close[0] if close else None


def sniff_delimiter(header_line: str) -> str:
    """The delimiter of a manifest, from its header line: the one of comma, semicolon and tab that splits it
    into the most fields (comma on a tie)."""
    counts = {d: header_line.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def read_manifest(path: Path) -> tuple[list[ManifestEntry], list[dict]]:
    """Read the manifest at ``path``: its usable entries (in file order) and the problem records.

    Never raises on bad content: an unreadable file, a header without the key columns, broken CSV lines, rows
    with the wrong number of fields, repeated source_names, malformed dates, languages and urls are all reported
    as problem records. A broken line costs only its own row: reading resumes on the next line.
    """
    problems: list[dict] = []
    text = _read_text(path, problems)
    if text is None:
        return [], problems

    lines = [line + "\n" for line in text.split("\n")]
    delimiter = sniff_delimiter(next((line for line in lines if line.strip()), ""))
    records = _csv_records(lines, problems, delimiter)
    try:
        header_line, header = next(records)
    except StopIteration:
        problems.append(problem(CHECK_READ, "empty manifest", row={"line": 1}))
        return [], problems

    columns = _check_header(header, header_line, problems)
    if columns is None:
        return [], problems

    entries: list[ManifestEntry] = []
    first_line: dict[str, int] = {}
    for line, fields in records:
        if not any(f.strip() for f in fields):
            continue  # blank or all-empty line
        raw = dict(zip(header, fields, strict=False))
        if len(fields) != len(header):
            problems.append(problem(
                CHECK_LINE, f"line {line}: {len(fields)} fields, expected {len(header)}",
                source_name=_clean(raw.get("source_name")), file=_clean(raw.get("file")),
                row={"line": line, "fields": fields}))
            continue
        entry = _entry(columns, fields, line, raw, problems)
        if entry is None:
            continue
        if entry.source_name in first_line:
            problems.append(problem(
                CHECK_DUPLICATE,
                f"duplicate source_name {entry.source_name!r}: already on line {first_line[entry.source_name]}",
                source_name=entry.source_name, file=entry.file, row={"line": line, **raw}))
            continue
        first_line[entry.source_name] = line
        entries.append(entry)
    return entries, problems


def _read_text(path: Path, problems: list[dict]) -> str | None:
    """The manifest's text, UTF-8 (BOM allowed) or, failing that, Windows-1252 with a problem record."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        problems.append(problem(CHECK_READ, f"cannot read manifest: {exc}", row={"path": str(path)},
                                corpus_wide=True))
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        # A hand-edited CSV that is not UTF-8 is almost always Windows-1252 (what spreadsheet programs write);
        # Latin-1 as the last resort decodes any byte, so the manifest is never lost to its encoding.
        try:
            text, codec = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            text, codec = data.decode("latin-1"), "latin-1"
        problems.append(problem(CHECK_READ, f"manifest is not UTF-8 ({exc.reason} at byte {exc.start}); "
                                            f"decoded as {codec}", row={"path": str(path)}))
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _csv_records(lines: list[str], problems: list[dict], delimiter: str = ",") -> Iterator[tuple[int, list[str]]]:
    """Yield ``(first line number, fields)`` for each CSV record of ``lines``.

    A record that is not valid CSV (a stray quote, an unterminated quoted field, a NUL) is reported and skipped,
    and parsing resumes on the line after the one it started on: one broken line does not swallow the rest.
    """
    base = 0  # index in ``lines`` where the current reader started
    while base < len(lines):
        reader = csv.reader(iter(lines[base:]), strict=True, delimiter=delimiter)
        consumed = 0  # lines consumed by the reader before the current record
        try:
            for fields in reader:
                line = base + consumed + 1
                consumed = reader.line_num
                if fields:
                    yield line, fields
            return
        except csv.Error as exc:
            start = base + consumed  # index of the broken record's first line
            problems.append(problem(CHECK_LINE, f"line {start + 1}: not valid CSV ({exc})",
                                    row={"line": start + 1, "text": lines[start].rstrip("\n")}))
            base = start + 1


def _check_header(header: list[str], line: int, problems: list[dict]) -> dict[str, int] | None:
    """Map each known column to its index (names matched case-insensitively); report missing, unknown (with the
    known name each probably means) and repeated columns.

    Returns None when the header has neither ``source_name`` nor ``file``, so that no row can be tied to a file.
    """
    columns: dict[str, int] = {}
    unknown, repeated = [], []
    for i, name in enumerate(header):
        key = name.strip().lstrip("\ufeff").lower()
        if key not in COLUMNS and key not in OPTIONAL_COLUMNS:
            unknown.append(name)
        elif key in columns:
            repeated.append(name)
        else:
            columns[key] = i
    missing = [c for c in COLUMNS if c not in columns]
    faults = []
    if missing:
        faults.append("missing columns: " + ", ".join(missing))
    if unknown:
        faults.append("unknown columns ignored: " + ", ".join(_with_suggestion(n, columns) for n in unknown))
    if repeated:
        faults.append("repeated columns ignored: " + ", ".join(repeated))
    row = {"line": line, "header": header}
    no_dates = "published_date" not in columns
    if no_dates:
        hint = next((f" (`{n.strip()}`: did you mean `published_date`?)" for n in unknown
                     if suggest_column(n) == "published_date"), "")
        faults.append(f"no published_date column{hint}: the relative dates (\"yesterday\", \"in July\") of every "
                      "document are resolved without a publication date; name the column published_date")
    if faults:
        problems.append(problem(CHECK_COLUMNS, "; ".join(faults), row=row, corpus_wide=no_dates))
    if "source_name" not in columns and "file" not in columns:
        problems.append(problem(CHECK_COLUMNS, "manifest has neither a source_name nor a file column: no row can "
                                               "be used, every document is named by its file and has no "
                                               "publication date. Fix the header of manifest.csv (comma, "
                                               "semicolon or tab separated)", row={**row, "key": "no_key"},
                                corpus_wide=True))
        return None
    return columns


def _with_suggestion(name: str, columns: dict[str, int]) -> str:
    guess = suggest_column(name)
    if guess is None or guess in columns:
        return f"`{name}`"
    return f"`{name}` (did you mean `{guess}`?)"


def _clean(value: str | None) -> str | None:
    """A field stripped of surrounding white space; None when empty."""
    if value is None:
        return None
    value = value.strip()
    return value or None


def _entry(columns: dict[str, int], fields: list[str], line: int, raw: dict,
           problems: list[dict]) -> ManifestEntry | None:
    """Build the entry of one row, reporting what is wrong with it; None when the row names no file."""
    def get(name: str) -> str | None:
        i = columns.get(name)
        return None if i is None else _clean(fields[i])

    source_name, file = get("source_name"), get("file")
    row = {"line": line, **raw}
    if source_name is None and file is None:
        problems.append(problem(CHECK_ROW, f"line {line}: row names neither a source_name nor a file", row=row))
        return None
    if source_name is None:
        source_name = PurePosixPath(file).stem

    warnings: list[str] = []

    def warn(check: str, reason: str) -> None:
        warnings.append(reason)
        problems.append(problem(check, f"line {line}: {reason}", source_name=source_name, file=file, row=row))

    published = _published(get("published_date"), get("date_precision"), "date_precision" in columns, warn)
    language = _language(get("language"), warn)
    url = get("url")
    if url is not None and not _URL.match(url):
        warn(CHECK_URL, f"url {url!r} is not an http(s) address; kept as written")
    return ManifestEntry(
        source_name=source_name,
        file=file,
        title=get("title"),
        publisher=get("publisher"),
        url=url,
        published=published,
        language=language,
        notes=get("notes"),
        line=line,
        warnings=tuple(warnings),
    )


def _published(value: str | None, precision: str | None, has_precision_column: bool, warn) -> PartialDate | None:
    """The publication date of a row, checked against its stated precision.

    A date whose precision is empty takes the precision of its own form (with a warning). When the stated
    precision contradicts the form (``2013-07`` said to be ``day``; ``2013-07-15`` said to be ``month``), the
    date is cut to the coarser of the two: that is what both the date and the precision agree on, whichever of
    them is wrong. The first day of a period written in full (``2013-07-01`` with ``month``) is the stored form
    of a month and is accepted silently.
    """
    if value is None:
        if precision is not None:
            warn(CHECK_DATE, f"date_precision {precision!r} without a published_date; ignored")
        return None
    try:
        date = PartialDate.parse(value)
    except ValueError:
        warn(CHECK_DATE, f"malformed published_date {value!r} (expected YYYY, YYYY-MM or YYYY-MM-DD); "
                         "date dropped")
        return None
    if precision is None:
        if has_precision_column:
            warn(CHECK_DATE, f"date_precision empty; {date.precision!r} taken from published_date {value!r}")
        return date
    stated = precision.lower()
    if stated not in PRECISIONS:
        warn(CHECK_DATE, f"unknown date_precision {precision!r} (expected one of {', '.join(PRECISIONS)}); "
                         f"{date.precision!r} taken from published_date {value!r}")
        return date
    if stated == date.precision:
        return date
    coarser = min(stated, date.precision, key=PRECISIONS.index)
    cut = PartialDate.parse(date.iso()[: {"year": 4, "month": 7, "day": 10}[coarser]])
    if cut.value != date.value or PRECISIONS.index(stated) > PRECISIONS.index(date.precision):
        warn(CHECK_DATE, f"date_precision {precision!r} contradicts published_date {value!r}; "
                         f"kept as {cut.iso()} ({coarser})")
    return cut


def _language(value: str | None, warn) -> str | None:
    """An ISO 639-1 code from a code or an English language name (pycountry); None when empty or unknown."""
    if value is None:
        return None
    code = value.lower().replace("_", "-").split("-")[0]  # "en-GB" -> "en"
    if len(code) == 2 and pycountry.languages.get(alpha_2=code) is not None:
        return code
    try:
        found = pycountry.languages.lookup(value)
    except LookupError:
        found = None
    alpha_2 = getattr(found, "alpha_2", None)
    if alpha_2:
        return alpha_2
    warn(CHECK_LANGUAGE, f"language {value!r} is not an ISO 639-1 code; ignored")
    return None
