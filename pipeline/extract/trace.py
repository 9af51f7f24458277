"""The one trace of the extraction's rules: which named rule of which table fired, for tests and `pkdata explain`.

Every rule table of the library (``pipeline.extract.contrib`` in the domain "contributions",
``pipeline.extract.ev`` in "events", the document stage's sentence selection in "document") reports here:
``note(domain, stage, rule, output, pos)`` records that ``rule`` of ``stage`` fired and gave ``output`` (the name
it put in the row's chain or the trace, ``rule`` itself when empty) for the figure, trigger, date or sentence at
document offset ``pos``. With no collector active (the default, in every build) a note is
one context-variable look-up and nothing else, so rows and speed are unchanged.

``with tracing() as notes:`` collects every note made inside the block, in this thread or task only;
``tracing("contributions")`` only the notes of one domain, so that a test of the contribution rules does not see
the other rules' notes. Collectors nest: each sees the notes of its own domain.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import NamedTuple


class Note(NamedTuple):
    stage: str  # contributions: "candidate", "veto", "sender", ...; events: "trigger", "bind", "actor", ...
    rule: str  # the rule's name in its table
    output: str  # the name it gave (its rule name unless one rule tells cases apart)
    pos: int  # document offset of the figure, trigger or sentence concerned (-1: none)


Trace = list[Note]

# The active collectors, innermost last: (domain or None for every domain, the list that collects).
_SINKS: ContextVar[tuple[tuple[str | None, Trace], ...]] = ContextVar("pkdata_extract_trace", default=())


def active() -> bool:
    """Whether a collector is active (to skip work done only for the trace)."""
    return bool(_SINKS.get())


def note(domain: str, stage: str, rule: str, output: str = "", pos: int = -1) -> None:
    """Record that ``rule`` of ``stage`` (in ``domain``) fired, when a collector is active; nothing otherwise."""
    sinks = _SINKS.get()
    if sinks:
        entry = Note(stage, rule, output or rule, pos)
        for wanted, sink in sinks:
            if wanted is None or wanted == domain:
                sink.append(entry)


@contextmanager
def tracing(domain: str | None = None) -> Iterator[Trace]:
    """Collect the notes made inside the block (of ``domain`` only, when given), in order."""
    sink: Trace = []
    token = _SINKS.set((*_SINKS.get(), (domain, sink)))
    try:
        yield sink
    finally:
        _SINKS.reset(token)
