"""Bounds on what one document may cost a build, besides the rules' work budget
(``pipeline.extract.document.work_units``), and worker processes that end with their parent.

- **Wall-clock guard**: the last guard, generous, for what the work budget does not count (a reader stuck on a
  pathological PDF, say). Machine-dependent by nature, so it only ever fires far beyond the work budget.
- **Memory budget**: reading a document takes a multiple of its size (an HTML page's tree, a PDF's objects, the
  text and its lower-cased copy). The workers share one budget: a document whose estimate exceeds the budget
  divided by the number of workers is read alone, after the others, in a process of its own; one whose estimate
  exceeds the whole budget is not read, with a recorded error.
- **Workers die with their parent**: a build killed with ``kill -9`` leaves no extraction process behind.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

DEFAULT_DOCUMENT_SECONDS = 600.0
DEFAULT_MEMORY_BUDGET_MB = 4096
# Peak memory of reading and extracting a document, as a multiple of its file size (measured: an HTML page of
# 190 MB took 2.4 GB, about 13 times; text about 6 times; a PDF's text layer is small beside its file).
MEMORY_FACTOR = {".html": 13.0, ".htm": 13.0, ".txt": 6.0, ".pdf": 4.0}
DEFAULT_MEMORY_FACTOR = 13.0


class WallClockExceeded(BaseException):
    """A document took longer than the wall-clock guard (a BaseException: the handlers of bad input that catch
    Exception around readers and rules must not swallow it)."""


def memory_estimate(n_bytes: int | None, suffix: str) -> int:
    """Bytes of memory that reading and extracting a file of ``n_bytes`` with this suffix may take."""
    return int((n_bytes or 0) * MEMORY_FACTOR.get(suffix.lower(), DEFAULT_MEMORY_FACTOR))


def _on_alarm(signum, frame):  # noqa: ARG001 - signal handler signature
    raise WallClockExceeded()


@contextmanager
def wall_clock_guard(seconds: float | None) -> Iterator[None]:
    """Raise :class:`WallClockExceeded` in the block after ``seconds`` (a real-time timer signal). Only in the
    main thread of a process with SIGALRM; elsewhere (and with ``seconds`` None or 0) no guard."""
    usable = (seconds and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def die_with_parent() -> None:
    """Make this (worker) process end when its parent does: ``PR_SET_PDEATHSIG`` on Linux, else a thread that
    watches the parent's pid."""
    parent = os.getppid()
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(1, signal.SIGKILL, 0, 0, 0) == 0:  # PR_SET_PDEATHSIG = 1
            if os.getppid() != parent:  # the parent died before the call
                os._exit(1)
            return
    except (OSError, AttributeError):
        pass

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="die-with-parent", daemon=True).start()
