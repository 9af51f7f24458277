"""Dates relative to the publication date: the year of a month named without one, "last December", "next
week", "three years ago", "yesterday", "on Monday" (rules in the docstring of ``pipeline.extract.dates``).

Package-internal: only ``dates`` imports these names.
"""

from __future__ import annotations

from datetime import date, timedelta

from pipeline.extract.types import PartialDate

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY_NUMBER = {name.lower(): i for i, name in enumerate(_WEEKDAYS)}


def _year_for_month(month: int, published: PartialDate, future: bool) -> int:
    """The year of a month named without one (rule in the module docstring)."""
    year = published.value.year
    if published.precision == "year":
        return year
    delta = month - published.value.month
    if not future and delta > 2:
        return year - 1
    if future and delta < 0:
        return year + 1
    return year


def _month_with_modifier(month: int, published: PartialDate, modifier: str) -> int:
    """Year of 'last December' / 'next July' / 'this July'."""
    year = published.value.year
    if published.precision == "year" or modifier == "this":
        return year
    if modifier == "last":
        return year if month < published.value.month else year - 1
    return year if month > published.value.month else year + 1  # next / coming / prochain


def _week_period(day: date) -> PartialDate | None:
    """The month (or year) holding the whole Monday-Sunday week of ``day``."""
    monday = day - timedelta(days=day.weekday())
    sunday = monday + timedelta(days=6)
    if (monday.year, monday.month) == (sunday.year, sunday.month):
        return PartialDate(date(monday.year, monday.month, 1), "month")
    if monday.year == sunday.year:
        return PartialDate(date(monday.year, 1, 1), "year")
    return None


def _shift_month(value: date, months: int) -> date:
    index = value.year * 12 + value.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _relative_unit(modifier: str, unit: str, published: PartialDate | None) -> PartialDate | None:
    if published is None:
        return None
    modifier = modifier.lower().split()[-1]  # "earlier this" -> "this"
    step = {"last": -1, "this": 0, "next": 1}[modifier]
    pub = published.value
    if unit == "year":
        return PartialDate(date(pub.year + step, 1, 1), "year")
    if unit == "month":
        if published.precision == "year":
            return None
        return PartialDate(_shift_month(pub, step), "month")
    if published.precision != "day":  # week
        return None
    return _week_period(pub + timedelta(days=7 * step))


def _ago(n: int, unit: str, published: PartialDate | None) -> PartialDate | None:
    if published is None:
        return None
    pub = published.value
    unit = unit.rstrip("s")
    if unit == "year":
        return PartialDate(date(pub.year - n, 1, 1), "year")
    if unit == "month":
        return None if published.precision == "year" else PartialDate(_shift_month(pub, -n), "month")
    if published.precision != "day":
        return None
    if unit == "week":
        return _week_period(pub - timedelta(days=7 * n))
    return PartialDate(pub - timedelta(days=n), "day")


def _relative_day(word: str, published: PartialDate | None) -> PartialDate | None:
    if published is None:
        return None
    word = word.lower()
    if published.precision != "day":
        return published  # the day is not known: keep the publication's precision
    step = {"yesterday": -1, "tomorrow": 1}.get(word, 0)  # today, tonight, this morning: the day itself
    return PartialDate(published.value + timedelta(days=step), "day")


def _weekday(name: str, published: PartialDate | None, direction: str) -> PartialDate | None:
    if published is None:
        return None
    if published.precision != "day":
        # the day is not known: keep the publication's precision, as "yesterday" does ("The first six troops arrived
        # last Monday" in a story of April 2005 -> 2005-04, real dev r9_017)
        return published
    target = _WEEKDAY_NUMBER[name.lower()]
    pub = published.value
    if direction == "past":
        return PartialDate(pub - timedelta(days=(pub.weekday() - target) % 7), "day")
    return PartialDate(pub + timedelta(days=(target - pub.weekday() - 1) % 7 + 1), "day")
