"""Plain data types shared by the extraction library.

Every offset is a character offset into the document text as ingested (``DocumentText.text``), so that
every extracted row can be traced back to the exact place that states it. Nothing here knows of Dagster.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date


def fast_init(cls):
    """A frozen, slotted dataclass with a quicker ``__init__``: the same parameters, defaults and resulting object.

    The generated ``__init__`` of a frozen dataclass sets each field with ``object.__setattr__``, looked up at
    every call; millions of spans (sentences, figures, mentions) are made per corpus. This one calls each slot's
    own descriptor (what ``object.__setattr__`` ends in), bound once: about 40 % less time per object. Equality,
    hashing, ``repr``, ``replace`` and immutability are the dataclass's own, untouched.
    """
    fields = dataclasses.fields(cls)
    if not (cls.__dataclass_params__.frozen and hasattr(cls, "__slots__")) or \
            any(f.default_factory is not dataclasses.MISSING or not f.init for f in fields) or \
            hasattr(cls, "__post_init__"):
        raise TypeError(f"fast_init needs a frozen dataclass with slots and plain fields: {cls.__name__}")
    namespace: dict = {}
    params, body = [], []
    for i, f in enumerate(fields):
        namespace[f"_set{i}"] = cls.__dict__[f.name].__set__
        if f.default is dataclasses.MISSING:
            params.append(f.name)
        else:
            namespace[f"_default{i}"] = f.default
            params.append(f"{f.name}=_default{i}")
        body.append(f"    _set{i}(self, {f.name})")
    exec(f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body), namespace)  # noqa: S102
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init
    return cls


@fast_init
@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date known to a precision: ``year``, ``month`` or ``day``.

    ``value`` is the first day of the period (2013-07 is stored as 2013-07-01 with precision ``month``).
    """

    value: date
    precision: str  # "year" | "month" | "day"

    def iso(self) -> str:
        """The date cut to its precision: ``2013``, ``2013-07`` or ``2013-07-01``."""
        full = self.value.isoformat()
        return {"year": full[:4], "month": full[:7]}.get(self.precision, full)

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise ``ValueError`` otherwise."""
        text = text.strip()
        parts = text.split("-")
        if not all(p.isdigit() for p in parts) or len(parts[0]) != 4 or len(parts) > 3:
            raise ValueError(f"not a YYYY[-MM[-DD]] date: {text!r}")
        if len(parts) == 1:
            return cls(date(int(parts[0]), 1, 1), "year")
        if len(parts) == 2:
            return cls(date(int(parts[0]), int(parts[1]), 1), "month")
        return cls(date(int(parts[0]), int(parts[1]), int(parts[2])), "day")


@fast_init
@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a document: ``text[start:end]`` of the document text."""

    index: int
    start: int
    end: int
    evidence: str  # the sentence as written, white space folded to single spaces


@fast_init
@dataclass(frozen=True, slots=True)
class CountryMention:
    iso3: str
    start: int
    end: int
    surface: str
    kind: str  # "name" | "demonym" | "capital" | "armed_force" | "adjective"


@fast_init
@dataclass(frozen=True, slots=True)
class MissionMention:
    """A mention of a peacekeeping mission; ``acronym`` is None when it could not be resolved."""

    acronym: str | None
    start: int
    end: int
    surface: str
    method: str  # "acronym" | "name" | "fuzzy" | "definite" | "description" | "unresolved"
    score: float = 1.0


@fast_init
@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression, resolved against the publication date where it is relative."""

    start: int
    end: int
    surface: str
    date: PartialDate
    end_date: PartialDate | None = None  # for spans: "from 2007 to 2011"
    relative: bool = False  # "yesterday", "in July", "last year"
    kind: str = "point"  # "point" | "span" | "since" | "until"


@fast_init
@dataclass(frozen=True, slots=True)
class Quantity:
    """A count of things: ``low``/``high`` None where the text leaves that side open."""

    start: int
    end: int
    surface: str
    low: int | None
    high: int | None
    approx: bool
    qualifier: str | None = None  # "more than", "up to", "about", ...
    # What the number is, judged from its own form and immediate neighbours: "count" for a cardinal that can
    # count people; "year", "money", "percent", "ordinal", "multiplier" ("fifteen times"), "footnote"
    # (a marker glued to a word or punctuation: "PKOs,7"), "decimal", "other".
    kind: str = "count"


@dataclass(slots=True)
class DocumentContext:
    """What an extractor knows of a document besides its text."""

    doc_id: str
    published: PartialDate | None = None
    language: str = "en"
    extra: dict = field(default_factory=dict)
    # From the manifest: who published the document and where (a national parliament or ministry speaks of
    # its own country's forces: ``pipeline.extract.publishers``).
    publisher: str | None = None
    url: str | None = None


@fast_init
@dataclass(frozen=True, slots=True)
class Contribution:
    """A quantified personnel claim, before it becomes a table row."""

    sentence: Sentence
    quantity: Quantity
    contributor_iso3: str
    mission_acronym: str | None
    scope: str  # "mission" | "all_un_pko" | "unspecified"
    personnel_type: str
    status: str
    as_of: PartialDate | None
    mission_method: str
    extractor: str


@fast_init
@dataclass(frozen=True, slots=True)
class Event:
    """An explicitly dated happening, before it becomes a table row."""

    sentence: Sentence
    date: DateMention
    event_type: str
    actor_iso3: str | None = None
    actor_organisation: str | None = None
    mission_acronym: str | None = None
    location_iso3: str | None = None
    is_planned: bool = False
    extractor: str = "events"
