"""One build at a time per output folder: an exclusive lock on ``<output>/.lock`` that names its holder.

A build writes its intermediate data (Dagster's stored asset values, the extraction cache) and its published
files inside its own output folder, so builds into different folders never meet. Two builds into the same folder
would: the second is refused with a message naming the first (process, start time, documents folder).

The lock is an advisory ``flock`` on an open file: the kernel drops it when the holding process ends, however it
ends (``kill -9`` included), so a crashed build never leaves a folder locked. The file's text says who holds it;
it is only read to explain a refusal. Where ``fcntl`` is missing (Windows), a file created exclusively and
holding the pid takes its place, and a lock whose process is gone is taken over.

Taking the lock is re-entrant within a process: ``pkdata build`` takes it for the whole run, and the assets take
it again (a no-op then) so that runs started by the Dagster daemon or UI hold it too, until their process ends.
"""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

LOCK_FILE = ".lock"

_HELD: dict[str, tuple[int, int]] = {}  # resolved output folder -> (file descriptor, depth)
_GUARD = threading.Lock()


class OutputLocked(RuntimeError):
    """Another build is writing into the output folder."""


def _key(output_dir: Path) -> str:
    return str(Path(output_dir).resolve())


def _describe(path: Path) -> str:
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "another process (its lock file could not be read)"
    parts = [f"process {info.get('pid')}"]
    if info.get("host") and info.get("host") != socket.gethostname():
        parts.append(f"on {info['host']}")
    if info.get("started_at"):
        parts.append(f"started {info['started_at']}")
    if info.get("documents_dir"):
        parts.append(f"from documents {info['documents_dir']}")
    if info.get("command"):
        parts.append(f"({info['command']})")
    return " ".join(parts)


def holder(output_dir: Path) -> str | None:
    """Who holds the lock of ``output_dir`` (as text), or None when nobody does."""
    path = Path(output_dir) / LOCK_FILE
    if not path.is_file():
        return None
    if _key(output_dir) in _HELD:
        return _describe(path)
    if fcntl is None:  # pragma: no cover
        return _describe(path)
    fd = os.open(path, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return _describe(path)
    finally:
        os.close(fd)  # closing drops a lock we may just have taken
    return None


def _open_locked(path: Path) -> int:
    """An open descriptor of ``path`` holding the exclusive lock; raises OutputLocked when another holds it."""
    if fcntl is None:  # pragma: no cover - Windows: exclusive creation, a dead holder's file taken over
        try:
            return os.open(path, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o644)
        except FileExistsError:
            raise OutputLocked(_describe(path)) from None
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        raise OutputLocked(_describe(path)) from None
    return fd


def acquire(output_dir: Path, documents_dir: str | None = None, command: str | None = None) -> None:
    """Take the lock of ``output_dir`` (created if need be) or raise :class:`OutputLocked` naming its holder."""
    output_dir = Path(output_dir)
    key = _key(output_dir)
    with _GUARD:
        if key in _HELD:
            fd, depth = _HELD[key]
            _HELD[key] = (fd, depth + 1)
            return
        output_dir.mkdir(parents=True, exist_ok=True)
        path = output_dir / LOCK_FILE
        try:
            fd = _open_locked(path)
        except OutputLocked as refused:
            raise OutputLocked(
                f"another build is writing into {output_dir}: {refused}. Wait for it to finish, or build into "
                "another folder with --output") from None
        info = {"pid": os.getpid(), "host": socket.gethostname(),
                "started_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                "documents_dir": documents_dir, "command": command}
        os.ftruncate(fd, 0)
        os.pwrite(fd, (json.dumps(info) + "\n").encode("utf-8"), 0)
        _HELD[key] = (fd, 1)


def release(output_dir: Path) -> None:
    """Give back one hold of the lock; the last one closes the file (and so drops the lock)."""
    key = _key(output_dir)
    with _GUARD:
        if key not in _HELD:
            return
        fd, depth = _HELD[key]
        if depth > 1:
            _HELD[key] = (fd, depth - 1)
            return
        del _HELD[key]
        if fcntl is None:  # pragma: no cover
            os.close(fd)
            Path(output_dir, LOCK_FILE).unlink(missing_ok=True)
            return
        os.close(fd)


def hold_for_process(output_dir: Path, documents_dir: str | None = None, command: str | None = None) -> None:
    """Make sure this process holds the lock of ``output_dir``: a no-op when it does (``pkdata build`` took it),
    else take it until the process ends (a run that the Dagster daemon or UI started, one process per run)."""
    with _GUARD:
        if _key(output_dir) in _HELD:
            return
    acquire(output_dir, documents_dir, command)


@contextmanager
def output_lock(output_dir: Path, documents_dir: str | None = None, command: str | None = None) -> Iterator[None]:
    """Hold the lock of ``output_dir`` for the block."""
    acquire(output_dir, documents_dir, command)
    try:
        yield
    finally:
        release(output_dir)
