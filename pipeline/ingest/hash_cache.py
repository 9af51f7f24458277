"""Content hashes of files kept between builds, trusted while a file's ``stat`` says it did not change.

Hashing every document of a large folder at every build reads the whole corpus (some 2.8 s at 10,000 documents,
a minute at 200,000). A :class:`HashCache` remembers, for each file (by absolute path), the SHA-256 of its bytes
with the size, modification time, status-change time and inode it had; while all four are the same, the hash is
reused without reading the file. The status-change time (``st_ctime_ns``) is the one a program cannot set back:
any write to the file, or a ``touch -d`` that puts an old modification time on new bytes, moves it. As git does
for its index ("racy" entries), a file modified within the last :data:`RACY_SECONDS` is not remembered: a write
in the same clock tick as the hashing could leave the times unchanged.

The cache is one JSON file (``<output>/.cache/file_hashes.json`` for a build), written atomically by
:meth:`HashCache.save`, which keeps only the files looked up since it was loaded (removed documents drop out).
A file it cannot read, or of another version, is an empty cache: every file is hashed again. Pure Python.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

VERSION = 1
RACY_SECONDS = 2.0


def _stamp(st: os.stat_result) -> list[int]:
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]


class HashCache:
    """SHA-256 of files by absolute path, valid while their size, times and inode are unchanged."""

    def __init__(self, path: Path | None):
        self.path = Path(path) if path is not None else None
        self.entries: dict[str, list] = {}
        self.seen: dict[str, list] = {}
        self.changed = False
        if self.path is not None:
            try:
                data = json.loads(self.path.read_text(encoding="utf-8"))
                if isinstance(data, dict) and data.get("version") == VERSION:
                    self.entries = data.get("files") or {}
            except (OSError, ValueError):
                pass
        self.hits = 0

    def get(self, path: Path, st: os.stat_result) -> str | None:
        """The file's hash when it is remembered with the same ``stat``; None otherwise."""
        key = os.path.abspath(path)
        entry = self.entries.get(key)
        if entry is not None and entry[:4] == _stamp(st):
            self.seen[key] = entry
            self.hits += 1
            return entry[4]
        return None

    def put(self, path: Path, st: os.stat_result, digest: str) -> None:
        """Remember the hash of a file just read, unless it was modified too recently to be trusted."""
        if st.st_mtime_ns >= time.time_ns() - int(RACY_SECONDS * 1e9):
            self.changed = True  # not remembered: its old entry, if any, is dropped at save
            return
        self.seen[os.path.abspath(path)] = [*_stamp(st), digest]
        self.changed = True

    def save(self) -> None:
        """Write the files looked up since loading (atomically); nothing when nothing changed."""
        if self.path is None or (not self.changed and len(self.seen) == len(self.entries)):
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        temporary.write_text(json.dumps({"version": VERSION, "files": self.seen}, separators=(",", ":")),
                             encoding="utf-8")
        os.replace(temporary, self.path)
        self.entries, self.changed = dict(self.seen), False


def build_hash_cache(output_dir: Path) -> HashCache:
    """The hash cache of a build's output folder."""
    return HashCache(Path(output_dir) / ".cache" / "file_hashes.json")
