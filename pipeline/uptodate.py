"""Whether a build would publish what is already published: the inputs key of `pkdata build`.

A build's outputs depend on the documents folder (every file's bytes and name), the reference folder (the missions
catalog, the official snapshots), the code (every file under ``pipeline/`` and ``schemas/``, the versions of the
libraries that write the files), and the settings that change rows (``PKDATA_MAX_FILE_BYTES``,
``PKDATA_WORK_BUDGET``, ``PKDATA_DOCUMENT_SECONDS``, ``PKDATA_MEMORY_BUDGET_MB``). :func:`inputs_key` hashes all of
them; after a successful build that extracted every document for good (nothing stopped by a bound, which the next
build must try again), :func:`record` writes the key beside the published build (``<output>/.cache/up_to_date.json``)
with the size and modification time of each published file. :func:`up_to_date` says whether the next build would
give the same files: same key, ``current`` still points at that build, and no published file changed since.

Then `pkdata build` publishes nothing and runs no Dagster run (a no-op in well under a second, as ``make`` does);
``--force`` builds anyway. Pure Python and light: no Dagster, no pandas, so the check costs only the hashing.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

from pipeline.ingest.hash_cache import HashCache, build_hash_cache
from pipeline.paths import DEFAULT_REFERENCE_DIR, PROJECT_ROOT

RECORD_FILE = Path(".cache") / "up_to_date.json"
KEY_VERSION = "2"  # 2: the documents by their SHA-256 (kept between builds), not their bytes
CODE_DIRS = ("pipeline", "schemas")
# Libraries whose version can change the bytes of the published files (Parquet, DuckDB) or the rows.
LIBRARIES = ("duckdb", "pyarrow", "pandas", "pandera", "numpy", "datasketch", "dagster")
# Settings that change rows (see pipeline.settings); the number of workers and the batch size do not.
ROW_SETTINGS = ("PKDATA_MAX_FILE_BYTES", "PKDATA_WORK_BUDGET", "PKDATA_DOCUMENT_SECONDS", "PKDATA_MEMORY_BUDGET_MB")
_CHUNK = 1 << 20
STABLE_NAMES = ("parquet", "peacekeeping.duckdb", "run_metadata.json")  # pipeline.publish.STABLE_NAMES


def _entries(root: Path, skip: Path | None = None) -> Iterator[tuple[str, Path]]:
    """Every folder (``"dir"``) and file (``"file"``) under ``root``, sorted, without caches of Python and without
    ``skip``. Links to folders are listed, not followed (as ``pipeline.ingest.inventory.discover`` does)."""
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__"
                         and (skip is None or Path(folder, d).resolve() != skip))
        for name in dirs:
            yield "dir", Path(folder, name)
        for name in sorted(names):
            if not name.endswith(".pyc"):
                yield "file", Path(folder, name)


def _files(root: Path) -> Iterator[Path]:
    return (path for kind, path in _entries(root) if kind == "file")


def _hash_file(digest, path: Path) -> None:
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(_CHUNK):
                digest.update(chunk)
        digest.update(b"\0ok\0")
    except OSError as error:
        digest.update(f"\0error {error.errno}\0".encode())


def _hash_file_cached(digest, path: Path, hashes: HashCache) -> None:
    """Feed ``digest`` with the SHA-256 of a file's bytes, reused from ``hashes`` while its ``stat`` is unchanged."""
    try:
        st = os.stat(path)
        sha = hashes.get(path, st)
        if sha is None:
            with open(path, "rb") as fh:
                sha = hashlib.file_digest(fh, "sha256").hexdigest()
            hashes.put(path, st, sha)
        digest.update(f"sha256 {sha}\0ok\0".encode())
    except OSError as error:
        digest.update(f"\0error {error.errno}\0".encode())


def hash_tree(digest, root: Path, skip: Path | None = None, hashes: HashCache | None = None) -> None:
    """Feed ``digest`` with each entry's relative path and kind, the target of each link, and each file's bytes
    (an unreadable file with its error); with ``hashes``, each file's SHA-256 instead of its bytes, not read again
    when its ``stat`` did not change (``pipeline.ingest.hash_cache``)."""
    digest.update(f"tree\0{root.resolve()}\0".encode("utf-8", "surrogatepass"))
    if not root.is_dir():
        digest.update(b"missing\0")
        return
    for kind, path in _entries(root, skip):
        link = os.readlink(path) if path.is_symlink() else ""
        digest.update(f"{kind}\0{path.relative_to(root).as_posix()}\0{link}\0".encode("utf-8", "surrogatepass"))
        if kind == "file" and hashes is not None:
            _hash_file_cached(digest, path, hashes)
        elif kind == "file":
            _hash_file(digest, path)


def library_versions(names=LIBRARIES) -> str:
    """``name=version;...`` of the installed distributions (``none`` for one that is missing)."""
    versions = []
    for name in names:
        try:
            versions.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name}=none")
    return ";".join(versions)


def reference_dir() -> Path:
    """The reference folder a build reads: ``PKDATA_REFERENCE_DIR`` or the bundled one (as ``PipelineSettings``)."""
    return Path(os.environ.get("PKDATA_REFERENCE_DIR") or DEFAULT_REFERENCE_DIR)


def inputs_key(documents: Path, output: Path) -> str:
    """The hash of everything a build's published files depend on (see the module docstring)."""
    digest = hashlib.sha256(f"pkdata-inputs-{KEY_VERSION}\0{sys.version_info[:3]}\0".encode())
    digest.update(library_versions().encode())
    for name in ROW_SETTINGS:
        digest.update(f"\0{name}={os.environ.get(name, '')}".encode("utf-8", "surrogatepass"))
    for name in CODE_DIRS:
        hash_tree(digest, PROJECT_ROOT / name)
    hash_tree(digest, reference_dir())
    # The output folder may sit inside the documents folder: its own files are no input. The documents are
    # many: their hashes are kept between builds (the inventory's, <output>/.cache/file_hashes.json).
    hashes = build_hash_cache(Path(output))
    hash_tree(digest, Path(documents), skip=Path(output).resolve(), hashes=hashes)
    hashes.save()
    return digest.hexdigest()


def _published_files(output: Path) -> dict[str, list[int]] | None:
    """Size and modification time of each file of the build ``current`` points at; None without one."""
    link = output / "current"
    if not link.is_symlink():
        return None
    build = output / os.readlink(link)
    if not build.is_dir():
        return None
    files = {}
    for path in _files(build):
        info = path.stat()
        files[path.relative_to(build).as_posix()] = [info.st_size, info.st_mtime_ns]
    return files


def _current_build(output: Path) -> str | None:
    link = output / "current"
    return os.readlink(link).rsplit("/", 1)[-1] if link.is_symlink() else None


def record(output: Path, key: str) -> None:
    """Remember that the build ``current`` points at was made from the inputs ``key`` (atomically)."""
    output = Path(output)
    files = _published_files(output)
    if files is None:
        return
    target = output / RECORD_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    temporary.write_text(json.dumps({"key": key, "build": _current_build(output), "files": files},
                                    sort_keys=True, indent=1) + "\n", encoding="utf-8")
    os.replace(temporary, target)


def forget(output: Path) -> None:
    """Drop the record (before a build starts: until it ends, nothing is known to be up to date)."""
    (Path(output) / RECORD_FILE).unlink(missing_ok=True)


def up_to_date(output: Path, key: str) -> str | None:
    """The id of the published build when it was made from the inputs ``key`` and no published file changed
    since; None otherwise (no record, another key, another build published since, a file changed or gone)."""
    output = Path(output)
    try:
        recorded = json.loads((output / RECORD_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(recorded, dict) or recorded.get("key") != key:
        return None
    build = _current_build(output)
    if build is None or recorded.get("build") != build:
        return None
    try:
        files = _published_files(output)
    except OSError:
        return None
    if not files or files != recorded.get("files"):
        return None
    # The stable paths users open must still lead through ``current`` (pipeline.publish's layout).
    for name in STABLE_NAMES:
        path = output / name
        if not path.is_symlink() or os.readlink(path) != f"current/{name}":
            return None
    return build
