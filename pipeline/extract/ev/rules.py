"""Rule tables of the event extraction, and the trace of the rules that fire.

A ``Rule`` is a row of a table: its name (what the trace and the ``extractor`` column show), one line of doc, an
example sentence, and the function (or, for the trigger table, the event type its patterns give). A resolver
tries its rules in order and the first that answers wins; a veto table drops a date (or a trigger) at the first
veto that holds, and the trace says which one. The same shape as ``pipeline.extract.contrib.rules``, with an
example per rule; the trace is the library's one trace (``pipeline.extract.trace``) in the domain "events", so
that the contribution trace, and the cases recorded from it, stay the contributions' alone.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable

from pipeline.extract import trace

DOMAIN = "events"


@dataclasses.dataclass(frozen=True)
class Rule:
    """One named rule of a table. ``outputs``: the names the rule can record when they are not just ``name``."""

    name: str
    doc: str
    example: str
    fn: Callable | None = None
    outputs: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return self.outputs or (self.name,)


def check_table(table: tuple[Rule, ...]) -> tuple[Rule, ...]:
    """A table as it is declared, after checking that its names are unique and each rule has a doc and an
    example."""
    names = [r.name for r in table]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise ValueError(f"rule names used twice in one table: {duplicates}")
    bare = [r.name for r in table if not r.doc.strip() or not r.example.strip()]
    if bare:
        raise ValueError(f"rules without a doc line or an example: {bare}")
    return table


# (stage, rule name, output, document offset of the date or trigger), in the library's trace: ``note(stage, rule,
# output="", pos=-1)`` (output: the name the rule gave, when not its own) and ``tracing()`` collect only the event
# rules' notes; nobody tracing costs one look-up per rule that fires.
Trace = trace.Trace
note = functools.partial(trace.note, DOMAIN)
tracing = functools.partial(trace.tracing, DOMAIN)
