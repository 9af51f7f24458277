"""Rule tables: each stage of the contribution extraction is an ordered tuple of named rules, and a trace of
which rules fired (for tests and for explaining a row).

A ``Rule`` is a row of such a table: its name (what the ``extractor`` column and the trace show), one line of
doc with an example, and the function. A resolver tries its rules in order and the first that answers wins;
a veto table drops a candidate at the first veto that holds, and the trace says which one.
"""

from __future__ import annotations

import contextlib
import contextvars
import dataclasses
from collections.abc import Callable, Iterator


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


# The trace of the rules that fire, when a caller asks for one (``tracing``); None otherwise, which costs one
# look-up per candidate figure.
Trace = list[tuple[str, str, str, int]]
_TRACE: contextvars.ContextVar[Trace | None] = contextvars.ContextVar("contrib_trace", default=None)


def note(stage: str, rule: str, output: str, pos: int = -1) -> None:
    """Record that ``rule`` of ``stage`` fired with ``output`` (the name it gave), for the figure at document
    offset ``pos``."""
    trace = _TRACE.get()
    if trace is not None:
        trace.append((stage, rule, output, pos))


@contextlib.contextmanager
def tracing() -> Iterator[Trace]:
    """Collect ``(stage, rule name, output, figure offset)`` for every rule that fires inside the block."""
    trace: Trace = []
    token = _TRACE.set(trace)
    try:
        yield trace
    finally:
        _TRACE.reset(token)
