"""The local process pool: the build's objects frozen while the workers fork, and unfrozen afterwards."""

from __future__ import annotations

import gc

from pipeline.engines import LocalProcesses


def _nothing() -> None:
    return None


def _worker_sees_frozen() -> int:
    return gc.get_freeze_count()


def test_objects_frozen_while_the_pool_runs_and_unfrozen_after():
    held = [object() for _ in range(1000)]  # long-lived objects of the build, as the inventory is
    assert gc.get_freeze_count() == 0
    with LocalProcesses().executor(2, _nothing, ()) as pool:
        assert gc.get_freeze_count() >= len(held)
        # a forked worker inherits them in the permanent generation: its collections leave their pages alone
        assert pool.submit(_worker_sees_frozen).result(timeout=60) >= len(held)
    assert gc.get_freeze_count() == 0
