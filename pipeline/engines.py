"""Where the extraction's batches run: processes on this machine (the default), or a Dask ``distributed`` cluster.

:func:`pipeline.batch.extract_corpus` hands batches of documents to a :class:`concurrent.futures.Executor` that
an engine opens; the rows do not depend on the engine (tested: ``tests/test_distributed.py``).

- :class:`LocalProcesses`: a :class:`~concurrent.futures.ProcessPoolExecutor` whose processes end with the
  build (``pipeline.bounds.die_with_parent``).
- :class:`DaskCluster`: the executor of a ``distributed.Client`` connected to a running scheduler
  (``tcp://host:8786``; setting ``PKDATA_DASK_SCHEDULER`` or ``pkdata build --scheduler``). Its workers, on any
  number of machines, are started from the project's environment (they import ``pipeline``) and must see the
  documents and the extraction cache at the same paths as the build (a shared folder). A worker runs the
  initializer (the mission matcher) once per build, before its first batch of that build. Dask runs tasks off
  the main thread, so the wall-clock guard of ``pipeline.bounds`` does not fire there: the work budget is the
  guard; Dask's own worker memory limits stand in for the memory budget's queue.

Pure Python: no Dagster. ``distributed`` is imported only when a cluster is used.
"""

from __future__ import annotations

import gc
import threading
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Protocol

from pipeline.bounds import die_with_parent


class Engine(Protocol):
    """What runs the batches: ``executor`` opens a pool with ``initializer(*initargs)`` run in each worker before
    its first task."""

    remote: bool  # True: every batch goes to the engine, even when one process would do

    def executor(self, max_workers: int, initializer: Callable, initargs: tuple) -> Iterator[Executor]: ...

    def describe(self) -> str: ...


def _local_init(initializer: Callable, initargs: tuple) -> None:
    die_with_parent()
    initializer(*initargs)


@dataclass(frozen=True)
class LocalProcesses:
    """Worker processes on this machine, children of the build (today's behaviour)."""

    remote: bool = False

    @contextmanager
    def executor(self, max_workers: int, initializer: Callable, initargs: tuple) -> Iterator[Executor]:
        # The build's long-lived objects (the document inventory, the catalog) go to the permanent generation
        # while the workers fork: a worker's garbage collections then no longer write to the pages it shares
        # with the build, which would copy them (Python's gc.freeze documentation; bench/README.md, round s8).
        gc.freeze()
        try:
            with ProcessPoolExecutor(max_workers=max_workers, initializer=_local_init,
                                     initargs=(initializer, initargs)) as pool:
                yield pool
        finally:
            gc.unfreeze()

    def describe(self) -> str:
        return "local processes"


# On a Dask worker: the token of the build whose initializer ran last in this process.
_READY_TOKEN: str | None = None
_READY_LOCK = threading.Lock()


def _initialized_call(token: str, initializer: Callable, initargs: tuple, fn: Callable, *args):
    """Run ``fn(*args)`` on a Dask worker after ``initializer(*initargs)``, which runs once per build (token)."""
    global _READY_TOKEN
    with _READY_LOCK:
        if _READY_TOKEN != token:
            initializer(*initargs)
            _READY_TOKEN = token
    return fn(*args)


class _DaskExecutor(Executor):
    """A ``distributed`` client's executor whose tasks run the initializer first; ``limit`` tasks at most at once
    (None: as many as the cluster takes)."""

    def __init__(self, client, initializer: Callable, initargs: tuple, limit: int | None):
        self._inner = client.get_executor(pure=False)
        # The initializer's arguments (the mission catalog) travel once to each worker, not with every batch.
        [self._initargs] = client.scatter([initargs], broadcast=True, hash=False)
        self._token = f"{uuid.uuid4().hex}"
        self._initializer = initializer
        self._slots = threading.BoundedSemaphore(limit) if limit else None

    def submit(self, fn, /, *args, **kwargs) -> Future:
        if self._slots is not None:
            self._slots.acquire()
        future = self._inner.submit(_initialized_call, self._token, self._initializer, self._initargs, fn,
                                    *args, **kwargs)
        if self._slots is not None:
            future.add_done_callback(lambda _: self._slots.release())
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self._inner.shutdown(wait=wait)


@dataclass(frozen=True)
class DaskCluster:
    """A running Dask ``distributed`` scheduler at ``address`` (``tcp://host:8786``) and its workers."""

    address: str
    remote: bool = True

    @contextmanager
    def executor(self, max_workers: int, initializer: Callable, initargs: tuple) -> Iterator[Executor]:
        """``max_workers`` 1 keeps one task at a time on the cluster (documents too large to read beside others);
        any other number leaves it to the scheduler."""
        from distributed import Client

        with Client(self.address, set_as_default=False) as client:
            pool = _DaskExecutor(client, initializer, initargs, limit=1 if max_workers == 1 else None)
            try:
                yield pool
            finally:
                pool.shutdown(wait=True)

    def describe(self) -> str:
        return f"Dask cluster at {self.address}"


LOCAL = LocalProcesses()


def engine_for(scheduler: str | None) -> Engine:
    """The engine a build runs its extraction on: the Dask scheduler at ``scheduler``, else local processes."""
    scheduler = (scheduler or "").strip()
    return DaskCluster(scheduler) if scheduler else LOCAL
