"""Rule tables: each stage of the contribution extraction is an ordered tuple of named rules, and a trace of
which rules fired (for tests and for explaining a row).

A ``Rule`` is a row of such a table: its name (what the ``extractor`` column and the trace show), one line of
doc with an example, and the function. A resolver tries its rules in order and the first that answers wins;
a veto table drops a candidate at the first veto that holds, and the trace says which one.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable

from pipeline.extract import trace

DOMAIN = "contributions"


@dataclasses.dataclass(frozen=True)
class Rule:
    """One named rule of a table. ``outputs``: the names the rule can put in a row or the trace when they are
    not just ``name`` (one function that tells two cases apart, "running_total" and "running_from")."""

    name: str
    doc: str
    fn: Callable
    outputs: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return self.outputs or (self.name,)


def check_table(table: tuple[Rule, ...]) -> tuple[Rule, ...]:
    """A table as it is declared, after checking that its rule names are unique (outputs may be shared: two
    rules can give a row the same extractor name)."""
    names = [r.name for r in table]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise ValueError(f"rule names used twice in one table: {duplicates}")
    return table


# The trace of the rules that fire is the library's one trace (``pipeline.extract.trace``), in the domain
# "contributions": ``note(stage, rule, output, pos)`` and ``tracing()`` collect only the contribution rules' notes.
Trace = trace.Trace
note = functools.partial(trace.note, DOMAIN)
tracing = functools.partial(trace.tracing, DOMAIN)
