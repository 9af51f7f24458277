"""Tests for ``pipeline.extract.numbers``: exact figures and kinds read from sentences."""

from __future__ import annotations

import pytest

from pipeline.extract.numbers import find_quantities, parse_number


def found(text: str) -> list[tuple]:
    return [(q.surface, q.low, q.high, q.approx, q.kind) for q in find_quantities(text)]


CASES = [
    ("China today has 1,650 peacekeepers participating in UN PKOs,7 more than fifteen times as many as it had in 2000.8",
     [("1,650", 1650, 1650, False, "count"), ("7", 7, 7, False, "footnote"),
      ("more than fifteen times", 15, None, True, "multiplier"), ("2000", 2000, 2000, False, "year"),
      ("8", 8, 8, False, "footnote")]),
    ("China has offered to send more than 500 soldiers", [("more than 500", 500, None, True, "count")]),
    ('"China has offered between 500 and 600 soldiers," said one senior diplomat yesterday.',
     [("between 500 and 600", 500, 600, False, "count"), ("one", 1, 1, False, "count")]),
    ("consisting of about PLA 50 infantry", [("50", 50, 50, True, "count")]),
    ("two to three infantry platoons (approximately 50-75 personnel)",
     [("two to three", 2, 3, False, "count"), ("approximately 50-75", 50, 75, True, "count")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_find_quantities(text: str, expected: list[tuple]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("surface", "value"), [
    ("1,650", 1650), ("2,75,000", 275000), ("five", 5), ("twenty-five", 25), ("a dozen", 12),
    ("1.5 million", 1500000), ("2.5", None), ("dozens", None), ("troops", None),
])
def test_parse_number(surface: str, value: int | None) -> None:
    assert parse_number(surface) == value
