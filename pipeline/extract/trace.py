"""An optional record of the rules' decisions, for `pkdata explain`: off unless a caller collects it.

The rules call :func:`note` where they decide something about a figure (the noun rule that read it, a veto that
dropped it); with no collector active (the default, in every build) a note is one context-variable lookup and
nothing else, so rows and speed are unchanged. ``with collect() as events:`` records the notes made inside it,
in this thread or task only.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field


@dataclass(frozen=True)
class TraceEvent:
    stage: str  # "sentence", "head", "veto", "drop", "list_item"...
    name: str  # the rule or veto
    start: int | None = None  # document offsets of the figure or sentence concerned
    end: int | None = None
    detail: dict = field(default_factory=dict)


_SINK: ContextVar[list[TraceEvent] | None] = ContextVar("pkdata_extract_trace", default=None)


def active() -> bool:
    """Whether a collector is active (to skip work done only for the trace)."""
    return _SINK.get() is not None


def note(stage: str, name: str, start: int | None = None, end: int | None = None, **detail) -> None:
    """Record a decision when a collector is active; do nothing otherwise."""
    sink = _SINK.get()
    if sink is not None:
        sink.append(TraceEvent(stage, name, start, end, detail))


@contextmanager
def collect() -> Iterator[list[TraceEvent]]:
    """Collect the notes made inside the block, in order."""
    events: list[TraceEvent] = []
    token = _SINK.set(events)
    try:
        yield events
    finally:
        _SINK.reset(token)
