"""Checks before any extraction: the folders a build needs, the disk space, and the manifest problems that would
change every row. Each finding is one line that says what to do, never a traceback.

``pkdata build`` runs these first: an environment error stops it at once (instead of after the whole
extraction), a corpus-wide warning is printed (``--strict`` makes it an error).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from pipeline.ingest.manifest import MANIFEST_NAME, corpus_warnings, manifest_refusal, read_manifest

MIN_FREE_BYTES = 200_000_000  # the tables, the DuckDB file, the cache and Dagster's stored values of a build
FREE_SHARE_OF_DOCUMENTS = 0.5  # and about half the documents' bytes again for a large corpus (cache, tables)


def _nearest_existing(path: Path) -> Path:
    path = path.absolute()
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def _documents_bytes(documents_dir: Path) -> int:
    total = 0
    for dirpath, _, filenames in os.walk(documents_dir):
        for name in filenames:
            try:
                total += os.lstat(os.path.join(dirpath, name)).st_size
            except OSError:
                continue
    return total


def _writable(folder: Path) -> str | None:
    """Why files cannot be created in ``folder`` (created if missing), or None."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        return exc.strerror or str(exc)
    return None


def environment_errors(documents_dir: Path, output_dir: Path, min_free: int = MIN_FREE_BYTES) -> list[str]:
    """Problems that would make a build fail: documents folder missing or unreadable, output folder not
    writable, too little disk space. Empty when the build can start."""
    documents_dir, output_dir = Path(documents_dir), Path(output_dir)
    if not documents_dir.is_dir():
        return [f"documents folder not found: {documents_dir} (give an existing folder with --documents)"]
    if not os.access(documents_dir, os.R_OK | os.X_OK):
        return [f"documents folder not readable: {documents_dir} (check its permissions)"]
    why = _writable(output_dir)
    if why is not None:
        return [f"cannot write into the output folder {output_dir}: {why} "
                "(choose a writable folder with --output, or fix its permissions)"]
    need = min_free + int(FREE_SHARE_OF_DOCUMENTS * _documents_bytes(documents_dir))
    free = shutil.disk_usage(_nearest_existing(output_dir)).free
    if free < need:
        return [f"not enough disk space for the build in {output_dir}: {free / 1e6:,.0f} MB free, about "
                f"{need / 1e6:,.0f} MB needed (free some space or build into another disk with --output)"]
    return []


def manifest_warnings(documents_dir: Path) -> list[str]:
    """The manifest problems that change every row (no publication dates, no usable rows), each with what to
    do; empty when there is no manifest (every file is then named by its stem, as documented)."""
    path = Path(documents_dir) / MANIFEST_NAME
    refusal = manifest_refusal(path, Path(documents_dir))
    if refusal is not None:
        return [refusal]
    if not path.is_file():
        return []
    _, problems = read_manifest(path)
    return corpus_warnings(problems)
