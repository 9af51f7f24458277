"""What the stages share: the document's look-ups (``DocContext``) and one sentence being read
(``SentenceContext``: its clauses, its checked triggers, its dates), instead of long argument lists."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pipeline.extract.ev.common import Clauses, Trigger
from pipeline.extract.ev.entities import DocIndex
from pipeline.extract.types import DateMention, Sentence


@dataclass(slots=True)
class DocContext:
    """Per document: the entity look-ups, the focus mission, the last day of the publication period (a date after
    it is in the future); the starts of the chronology headings read with the sentence under them
    (``chronology.merge_headings``)."""

    doc: DocIndex
    focus: str | None
    publication_end: date | None
    headings: frozenset[int] = frozenset()


@dataclass(slots=True)
class SentenceContext:
    """One sentence that holds a date: its clauses, its (checked) triggers and its dates; ``resolution``: it
    names a resolution; ``special``: a resolution or a date that qualifies an event noun can date an event even
    without a trigger."""

    dc: DocContext
    index: int
    sentence: Sentence
    clauses: Clauses
    triggers: list[Trigger]
    dates: list[DateMention]
    resolution: bool
    special: bool

    @property
    def text(self) -> str:
        return self.dc.doc.text
