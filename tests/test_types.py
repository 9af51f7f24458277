"""The shared span types: ``fast_init`` makes the same objects as the dataclass's own ``__init__``."""

import dataclasses

import pytest

from pipeline.extract.personnel import HeadNoun
from pipeline.extract.types import DateMention, MissionMention, PartialDate, Quantity, Sentence, fast_init


def _plain(cls):
    """The class as ``@dataclass(frozen=True, slots=True)`` alone makes it."""
    fields = [(f.name, f.type, f.default) if f.default is not dataclasses.MISSING else (f.name, f.type)
              for f in dataclasses.fields(cls)]
    return dataclasses.make_dataclass(cls.__name__, fields, frozen=True, slots=True)


@pytest.mark.parametrize("cls, args, kwargs", [
    (Quantity, (3, 9, "about 500", 500, 500, True), {}),
    (Quantity, (0, 4, "2013", 2013, 2013, False), {"kind": "year", "qualifier": None}),
    (Sentence, (2, 10, 50, "Ghana sent 300 troops."), {}),
    (MissionMention, ("UNMISS", 4, 10, "UNMISS", "acronym"), {}),
    (DateMention, (1, 5, "2013", PartialDate.parse("2013")), {"kind": "since"}),
    (HeadNoun, ("troops", 4, 10, "troops", ()), {"np_start": 0}),
])
def test_fast_init_makes_the_dataclass_object(cls, args, kwargs):
    made, plain = cls(*args, **kwargs), _plain(cls)(*args, **kwargs)
    assert dataclasses.astuple(made) == dataclasses.astuple(plain)
    assert repr(made).split("(", 1)[1] == repr(plain).split("(", 1)[1]
    assert made == cls(*args, **kwargs) and hash(made) == hash(cls(*args, **kwargs))
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.start = 99


def test_fast_init_keeps_the_signature_errors():
    with pytest.raises(TypeError, match="missing"):
        Sentence(1, 2)
    with pytest.raises(TypeError, match="unexpected keyword"):
        Sentence(1, 2, 3, "x", nope=1)


def test_fast_init_refuses_what_it_cannot_make_alike():
    @dataclasses.dataclass
    class Mutable:
        x: int

    with pytest.raises(TypeError, match="frozen dataclass with slots"):
        fast_init(Mutable)
