"""The build's IO manager: Dagster's pickled files, and within one run the document inventory itself.

Every value an asset returns is pickled to ``<output>/.cache/dagster/<asset>`` (``dg.FilesystemIOManager``), so
that a step run later, in another process or another run, can load it. The ``build_dataset`` job runs every step
in one process (``in_process_executor``), so within a run the steps that take the document inventory
(``document_extractions``, ``validated_tables``) can be handed the object the ``document_inventory`` step returned
instead of unpickling the file again. That inventory holds every document's ``SourceFile`` (with its manifest
entry): at 200,000 documents a 75 MB pickle, some 485 MB of Python objects and 6 s of CPU to unpickle, once per
step that loads it, on every build, whatever changed (bench/README.md, "200,000 documents (round s8)").

The file is still written as before (a step of another run, or the Dagster UI, loads it from there). Only the
values of :data:`MEMO_ASSETS` are remembered, and only for the run that stored them; they are read-only
(frozen dataclasses of tuples). ``pkdata build`` holds the same object for the whole run anyway
(``pipeline.assets.sources.planned_inventory``), so remembering it costs no memory there.
"""

from __future__ import annotations

from typing import Any

import dagster as dg

MEMO_ASSETS = frozenset({dg.AssetKey("document_inventory")})
_MISSING = object()
# (run id, asset key) -> the value stored by that run in this process; only the latest run's values are kept.
_MEMO: dict[tuple[str, dg.AssetKey], Any] = {}


def forget_run_values() -> None:
    """Let go of the values remembered for the last run (``pipeline.runner`` calls it when a run ends)."""
    _MEMO.clear()


class _RunValues(dg.IOManager):
    """``inner`` (the pickled files), with the values of :data:`MEMO_ASSETS` handed on within the run that stored
    them."""

    def __init__(self, inner: dg.IOManager):
        self.inner = inner

    def handle_output(self, context: dg.OutputContext, obj: Any) -> None:
        self.inner.handle_output(context, obj)
        if context.has_asset_key and context.asset_key in MEMO_ASSETS and not context.has_asset_partitions:
            if any(run_id != context.run_id for run_id, _ in _MEMO):
                _MEMO.clear()
            _MEMO[(context.run_id, context.asset_key)] = obj

    def load_input(self, context: dg.InputContext) -> Any:
        if context.has_asset_key and context.asset_key in MEMO_ASSETS and not context.has_asset_partitions:
            value = _MEMO.get((context.step_context.run_id, context.asset_key), _MISSING)
            if value is not _MISSING:
                return value
        return self.inner.load_input(context)


class BuildIOManager(dg.FilesystemIOManager):
    """``dg.FilesystemIOManager`` (same files, same configuration), handing the document inventory on within a
    run (see the module docstring)."""

    def create_io_manager(self, context: dg.InitResourceContext) -> dg.IOManager:
        return _RunValues(super().create_io_manager(context))
