"""The inventory of the documents folder: which files are documents, under which name, with which content hash.

:func:`discover` pairs the files of the folder with the rows of its manifest and settles everything that can be
known without reading a document's text: paths that leave the folder, missing, empty and oversized files,
repeated names and repeated content. It hashes each file by streaming it (never holding it in memory), so that
the pipeline can skip documents whose bytes did not change. Reading the text is :mod:`pipeline.ingest.readers`'
job; a :class:`SourceFile` with a ``problem`` becomes a ``documents`` row with ``ingest_status`` "error".
"""

from __future__ import annotations

import hashlib
import os
import posixpath
import stat
import threading
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath, PureWindowsPath

from pipeline.ingest.hash_cache import HashCache
from pipeline.ingest.manifest import CHECK_READ, MANIFEST_NAME, ManifestEntry, manifest_refusal, problem, read_manifest

DEFAULT_MAX_BYTES = 200_000_000

CHECK_MISSING = "missing_file"  # a manifest row names a file that is not there
CHECK_PATH = "path_outside"  # a manifest row or a symlink points outside the documents folder
CHECK_NOT_DOCUMENT = "not_a_document"  # a manifest row names the manifest, a hidden file or a folder
CHECK_FILE_TWICE = "manifest_file_twice"  # two manifest rows name the same file
CHECK_SYMLINK_DIR = "symlinked_folder"  # a symlinked folder, which discovery does not follow
CHECK_UNREADABLE_DIR = "unreadable_folder"  # a folder that cannot be listed


@dataclass(frozen=True)
class SourceFile:
    """A candidate document: a file of the folder, or a manifest row whose file could not be used.

    ``path`` is None when there is no file to read (missing, or refused); ``content_sha256`` is None when the
    file was not hashed (too large, unreadable). ``problem`` says why the document cannot be ingested; None
    when it can.
    """

    source_name: str
    rel_path: str
    path: Path | None
    manifest: ManifestEntry | None
    n_bytes: int | None
    content_sha256: str | None
    problem: str | None

    @property
    def doc_id(self) -> str:
        """Stable id: the first 16 hex digits of the SHA-256 of the bytes for an accepted file.

        A file refused by discovery does not own its content's id (a second copy of a document, an empty file):
        its id hashes the content, or the path when the bytes were not read, together with the source_name,
        which is unique, so that ids stay unique.
        """
        if self.problem is None and self.content_sha256 is not None:
            return self.content_sha256[:16]
        basis = self.content_sha256 or f"path:{self.rel_path}"
        return hashlib.sha256(f"{basis}\x00{self.source_name}".encode()).hexdigest()[:16]


def discover(documents_dir: Path, max_bytes: int = DEFAULT_MAX_BYTES,
             hashes: HashCache | None = None) -> tuple[list[SourceFile], list[dict]]:
    """Every candidate document of ``documents_dir`` and its manifest, sorted by source_name, and the problems.

    Files whose name starts with "." (and everything in such folders) and the manifest itself are not
    documents; folders are searched recursively, symlinked folders are not followed. A file named in the
    manifest gets the row's metadata and source_name; any other file is named by its stem. Raises
    ``NotADirectoryError`` when ``documents_dir`` is not a folder (a configuration error, not bad input).
    ``hashes``: content hashes kept from earlier runs (``pipeline.ingest.hash_cache``), reused for the files
    whose ``stat`` did not change, and saved with the new ones.
    """
    documents_dir = Path(documents_dir)
    if not documents_dir.is_dir():
        raise NotADirectoryError(f"documents folder not found: {documents_dir}")
    _RESOLVED.folders = {}
    try:
        return _discover(documents_dir, max_bytes, hashes)
    finally:
        _RESOLVED.folders = None


def _discover(documents_dir: Path, max_bytes: int, hashes: HashCache | None) -> tuple[list[SourceFile], list[dict]]:
    root = documents_dir.resolve()
    problems: list[dict] = []

    manifest_path = documents_dir / MANIFEST_NAME
    entries: list[ManifestEntry] = []
    refusal = manifest_refusal(manifest_path, root)
    if refusal is not None:
        problems.append(problem(CHECK_READ, refusal, file=MANIFEST_NAME, row={"file": MANIFEST_NAME},
                                corpus_wide=True))
    elif manifest_path.is_file():
        entries, problems = read_manifest(manifest_path)

    found = _walk(documents_dir, problems)  # rel_path -> path, in sorted order

    candidates: list[SourceFile] = []
    claimed: dict[str, int] = {}  # rel_path -> manifest line that claimed it
    for entry in entries:
        source = _from_manifest(entry, documents_dir, root, found, claimed, problems)
        if source is not None:
            candidates.append(source)
    for rel_path, path in found.items():
        if rel_path not in claimed:
            candidates.append(SourceFile(PurePosixPath(rel_path).stem, rel_path, path, None, None, None, None))

    candidates = _unique_names(candidates)
    candidates = [_measure(c, root, max_bytes, hashes) for c in candidates]
    if hashes is not None:
        hashes.save()
    candidates.sort(key=lambda c: c.source_name)
    return _mark_duplicate_content(candidates), problems


def _walk(documents_dir: Path, problems: list[dict]) -> dict[str, Path]:
    """Files under ``documents_dir`` by relative POSIX path, in sorted order, hidden names and manifest left out."""
    found: dict[str, Path] = {}

    def unreadable(exc: OSError) -> None:
        rel = safe_name(Path(os.path.relpath(exc.filename, documents_dir)).as_posix()) if exc.filename else "."
        problems.append(problem(CHECK_UNREADABLE_DIR, f"cannot list folder {rel}: {exc.strerror}", file=rel,
                                row={"file": rel}))

    for dirpath, dirnames, filenames in os.walk(documents_dir, onerror=unreadable):
        here = Path(dirpath)
        rel_dir = here.relative_to(documents_dir).as_posix()
        for name in sorted(dirnames):
            if not name.startswith(".") and (here / name).is_symlink():
                rel = safe_name(posixpath.normpath(posixpath.join(rel_dir, name)))
                problems.append(problem(CHECK_SYMLINK_DIR, f"symlinked folder not followed: {rel}", file=rel,
                                        row={"file": rel}))
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            rel = posixpath.normpath(posixpath.join(rel_dir, name))
            if name.startswith(".") or rel == MANIFEST_NAME:
                continue
            found[safe_name(rel)] = here / name
    return dict(sorted(found.items()))


def safe_name(name: str) -> str:
    """A file name as recorded in the tables: the name itself when it is valid Unicode; a name whose bytes are
    not valid in the file system's encoding (Python keeps them as surrogates, which no UTF-8 table can hold)
    with each such byte written ``\\xNN``. The file itself is still read under its real name."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")
    return name


def _from_manifest(entry: ManifestEntry, documents_dir: Path, root: Path, found: dict[str, Path],
                   claimed: dict[str, int], problems: list[dict]) -> SourceFile | None:
    """The candidate of one manifest row: its file, or an error candidate saying why there is none."""
    row = {"line": entry.line, "source_name": entry.source_name, "file": entry.file}

    def refused(check: str, reason: str, rel_path: str) -> SourceFile:
        problems.append(problem(check, f"line {entry.line}: {reason}", source_name=entry.source_name,
                                file=entry.file, row=row))
        return SourceFile(entry.source_name, rel_path, None, entry, None, None, reason)

    if entry.file is None:
        # The row gives only a source_name: use the one file of that stem, if there is exactly one.
        matches = [rel for rel in found if PurePosixPath(rel).stem == entry.source_name and rel not in claimed]
        if len(matches) != 1:
            how = "no file" if not matches else f"{len(matches)} files ({', '.join(matches)})"
            return refused(CHECK_MISSING, f"file not found: {how} named {entry.source_name}.*",
                           entry.source_name)
        rel_path = matches[0]
    else:
        rel_path = _safe_rel_path(entry.file, documents_dir, root)
        if rel_path is None:
            return refused(CHECK_PATH, f"path outside the documents folder: {entry.file}", entry.file)
        parts = PurePosixPath(rel_path).parts
        if rel_path == MANIFEST_NAME or any(p.startswith(".") for p in parts):
            return refused(CHECK_NOT_DOCUMENT, f"not a document: {entry.file}", rel_path)
        if not (documents_dir / rel_path).exists():
            return refused(CHECK_MISSING, f"file not found: {entry.file}", rel_path)
        if (documents_dir / rel_path).is_dir():
            return refused(CHECK_NOT_DOCUMENT, f"not a document: {entry.file} is a folder", rel_path)
    if rel_path in claimed:
        problems.append(problem(CHECK_FILE_TWICE, f"line {entry.line}: file {rel_path} already described on line "
                                                  f"{claimed[rel_path]}; row ignored",
                                source_name=entry.source_name, file=entry.file, row=row))
        return None
    claimed[rel_path] = entry.line
    return SourceFile(entry.source_name, rel_path, documents_dir / rel_path, entry, None, None, None)


def _safe_rel_path(file: str, documents_dir: Path, root: Path) -> str | None:
    """``file`` as a normalised path relative to the folder, or None when it leads outside.

    Refused: absolute paths (POSIX or Windows), paths that climb out with "..", NUL bytes, and paths whose
    resolution through symlinks ends outside the folder.
    """
    if "\x00" in file or PurePosixPath(file).is_absolute() or PureWindowsPath(file).anchor:
        return None
    rel = posixpath.normpath(file)
    if rel == ".." or rel.startswith("../"):
        return None
    return rel if _inside(documents_dir / rel, root) else None


_RESOLVED = threading.local()  # .folders: folder -> its real path, while one discover() runs in this thread


def _resolve(path: Path) -> Path:
    """``path.resolve()``; while :func:`discover` runs, a path that is no link is its folder's real path (looked
    up once per folder, not once per file: ``resolve`` costs an ``lstat`` per component of every path) and its
    name."""
    folders = getattr(_RESOLVED, "folders", None)
    if folders is None or path.name in ("", ".", "..") or os.path.islink(path):
        return path.resolve()
    parent = str(path.parent)
    real = folders.get(parent)
    if real is None:
        real = folders[parent] = os.path.realpath(parent)
    return Path(real, path.name)


def _inside(path: Path, root: Path) -> bool:
    """Whether ``path``, symlinks resolved, lies inside ``root`` (an already resolved folder)."""
    try:
        return _resolve(path).is_relative_to(root)
    except (OSError, RuntimeError):  # symlink loops
        return False


def _unique_names(candidates: list[SourceFile]) -> list[SourceFile]:
    """Give each candidate a unique source_name.

    Manifest rows come first (their names were checked unique by the manifest reader), then unlisted files in
    path order; a later candidate whose name is taken keeps its relative path as name (made unique if need
    be) and is marked in error, since the source_name is the key that ties a document to its annotations.
    """
    taken: dict[str, str] = {}
    out = []
    for c in candidates:
        if c.source_name in taken:
            name = c.rel_path
            n = 2
            while name in taken:
                name, n = f"{c.rel_path}~{n}", n + 1
            reason = f"duplicate source_name {c.source_name!r}: also the name of {taken[c.source_name]}"
            c = replace(c, source_name=name, problem=c.problem or reason)
        taken[c.source_name] = c.rel_path
        out.append(c)
    return out


def _measure(c: SourceFile, root: Path, max_bytes: int, hashes: HashCache | None = None) -> SourceFile:
    """Size and content hash of a candidate's file, or the problem that prevents them."""
    if c.path is None:
        return c
    if not _inside(c.path, root):
        return replace(c, path=None, problem=c.problem or f"symlink points outside the documents folder: "
                                                          f"{c.rel_path}")
    try:
        st = os.stat(c.path)
    except OSError as exc:
        return replace(c, problem=c.problem or f"cannot read file: {exc.strerror}")
    if not stat.S_ISREG(st.st_mode):
        return replace(c, path=None, problem=c.problem or "not a regular file")
    c = replace(c, n_bytes=st.st_size)
    if st.st_size > max_bytes:
        return replace(c, problem=c.problem or f"file too large: {st.st_size} bytes (limit {max_bytes})")
    digest = hashes.get(c.path, st) if hashes is not None else None
    if digest is None:
        try:
            with open(c.path, "rb") as f:
                digest = hashlib.file_digest(f, "sha256").hexdigest()
        except OSError as exc:
            return replace(c, problem=c.problem or f"cannot read file: {exc.strerror}")
        if hashes is not None:
            hashes.put(c.path, st, digest)
    c = replace(c, content_sha256=digest)
    if st.st_size == 0:
        return replace(c, problem=c.problem or "empty file")
    return c


def _mark_duplicate_content(candidates: list[SourceFile]) -> list[SourceFile]:
    """Mark every accepted file whose bytes equal an earlier (by source_name) accepted file's."""
    owner: dict[str, str] = {}
    out = []
    for c in candidates:
        if c.problem is None and c.content_sha256 is not None:
            if c.content_sha256 in owner:
                c = replace(c, problem=f"duplicate content of {owner[c.content_sha256]}")
            else:
                owner[c.content_sha256] = c.source_name
        out.append(c)
    return out
