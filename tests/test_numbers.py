"""Tests for ``pipeline.extract.numbers``: the exact figures, bounds and kinds read from sentences.

Each case lists every quantity found, as (surface, low, high, approx, kind), in text order.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from pipeline.extract.numbers import find_quantities, parse_number

DOCUMENTS = Path(__file__).resolve().parents[1] / "sources" / "documents"


def found(text: str) -> list[tuple]:
    return [(q.surface, q.low, q.high, q.approx, q.kind) for q in find_quantities(text)]


def count(surface: str, low: int | None, high: int | None = None, approx: bool = False) -> tuple:
    """A count; ``high`` defaults to ``low`` (pass ``None`` explicitly via the tuple for open ranges)."""
    return (surface, low, low if high is None else high, approx, "count")


SEED_SENTENCES = [
    pytest.param(
        "China today has 1,650 peacekeepers participating in UN PKOs,7 more than fifteen times as many as "
        "it had in 2000.8",
        [count("1,650", 1650), ("7", 7, 7, False, "footnote"),
         ("more than fifteen times", 15, None, True, "multiplier"), ("2000", 2000, 2000, False, "year"),
         ("8", 8, 8, False, "footnote")],
        id="pdf-footnotes-and-year",
    ),
    pytest.param(
        "China has offered to send more than 500 soldiers to the UN force",
        [("more than 500", 500, None, True, "count")], id="more-than",
    ),
    pytest.param(
        '"China has offered between 500 and 600 soldiers," said one senior diplomat yesterday.',
        [count("between 500 and 600", 500, 600), count("one", 1)], id="between-and",
    ),
    pytest.param(
        "At least 155 of the Chinese troops are expected to be engineers",
        [("At least 155", 155, None, True, "count")], id="at-least-sentence-start",
    ),
    pytest.param(
        "It currently has about 2,000 troops in missions around the world.",
        [count("about 2,000", 2000, approx=True)], id="about-not-year",
    ),
    pytest.param(
        "In January 2012, China deployed a “guard” unit – consisting of about PLA 50 infantry – to the UN "
        "Mission in South Sudan (UNMISS).5 However",
        [("2012", 2012, 2012, False, "year"), count("50", 50, approx=True), ("5", 5, 5, False, "footnote")],
        id="qualifier-before-acronym",
    ),
    pytest.param(
        "it probably will consist of two to three infantry platoons (approximately 50-75 personnel)",
        [count("two to three", 2, 3), count("approximately 50-75", 50, 75, approx=True)],
        id="word-range-and-qualified-range",
    ),
    pytest.param(
        "China plans to provide approximately 400 peacekeepers to the UN Multidimensional Integrated "
        "Stabilization Mission in Mali (MINUSMA),1 which took over from AFISMA on July 1.",
        [count("approximately 400", 400, approx=True), ("1", 1, 1, False, "footnote"),
         ("1", 1, 1, False, "other")],
        id="footnote-after-parenthesis-and-day",
    ),
    pytest.param(
        "From 2007 to 2011, a PLA general served. In 2011, the second PLA officer took command in Cyprus.10",
        [("2007", 2007, 2007, False, "year"), ("2011", 2011, 2011, False, "year"),
         ("2011", 2011, 2011, False, "year"), ("second", 2, 2, False, "ordinal"),
         ("10", 10, 10, False, "footnote")],
        id="year-span-ordinal-footnote",
    ),
    pytest.param(
        "More than 6,500 African troops are in the country but the UN is looking for at least 3,000 more.",
        [("More than 6,500", 6500, None, True, "count"), ("at least 3,000", 3000, None, True, "count")],
        id="two-lower-bounds",
    ),
]

DIGIT_FORMS = [
    pytest.param("1,650 peacekeepers", [count("1,650", 1650)], id="comma-thousands"),
    pytest.param("22,000 troops", [count("22,000", 22000)], id="comma-22000"),
    pytest.param("1,650,000 refugees", [count("1,650,000", 1650000)], id="two-groups"),
    pytest.param("2,75,000 personnel", [count("2,75,000", 275000)], id="south-asian-grouping"),
    pytest.param("1,25,50,000 people", [count("1,25,50,000", 12550000)], id="south-asian-crore"),
    pytest.param("some 1 650 troops", [count("some 1 650", 1650, approx=True)], id="space-thousands"),
    pytest.param("15\u00a0000 soldiers", [count("15\u00a0000", 15000)], id="no-break-space-thousands"),
    pytest.param("1.5 million refugees", [count("1.5 million", 1500000)], id="decimal-million"),
    # thousands grouped by a full stop when people are counted (real dev r10_089, r2_047); not a decimal otherwise
    pytest.param("more than 26.000 Austrian peacekeepers", [("more than 26.000", 26000, None, True, "count")],
                 id="dot-thousands-people"),
    pytest.param("additional 2.000 military officers", [count("2.000", 2000)], id="dot-thousands-two-words"),
    pytest.param("a 2.500 km border", [("2.500", None, None, False, "other")], id="dot-decimal-measure"),
    pytest.param("2 million people", [count("2 million", 2000000)], id="digit-million"),
    pytest.param("3.2 thousand troops", [count("3.2 thousand", 3200)], id="decimal-thousand"),
    pytest.param("a ratio of 2.5", [("2.5", None, None, False, "decimal")], id="decimal"),
    pytest.param("1650 peacekeepers", [count("1650", 1650)], id="four-digits-not-year-range"),
    pytest.param("12 observers", [count("12", 12)], id="small"),
    pytest.param("0 casualties", [count("0", 0)], id="zero"),
]

WORD_FORMS = [
    pytest.param("five observers", [count("five", 5)], id="five"),
    pytest.param("twenty-five engineers", [count("twenty-five", 25)], id="hyphenated"),
    pytest.param("twenty five engineers", [count("twenty five", 25)], id="spaced-compound"),
    pytest.param("Five hundred troops arrived", [count("Five hundred", 500)], id="capitalised-start"),
    pytest.param("two thousand five hundred and twelve men",
                 [count("two thousand five hundred and twelve", 2512)], id="long"),
    pytest.param("one hundred and fifty soldiers", [count("one hundred and fifty", 150)], id="hundred-and"),
    pytest.param("a hundred soldiers", [count("a hundred", 100)], id="a-hundred"),
    pytest.param("a thousand soldiers", [count("a thousand", 1000)], id="a-thousand"),
    pytest.param("a dozen observers", [count("a dozen", 12)], id="a-dozen"),
    pytest.param("two dozen observers", [count("two dozen", 24)], id="two-dozen"),
    pytest.param("half a dozen observers", [count("half a dozen", 6)], id="half-a-dozen"),
    pytest.param("a couple of officers", [count("a couple of", 2)], id="a-couple-of"),
    pytest.param("dozens of soldiers", [("dozens", 24, None, True, "count")], id="dozens"),
    pytest.param("hundreds of soldiers", [("hundreds", 200, None, True, "count")], id="hundreds"),
    pytest.param("Thousands of refugees", [("Thousands", 2000, None, True, "count")], id="thousands"),
    pytest.param("tens of thousands of refugees",
                 [("tens of thousands", 20000, None, True, "count")], id="tens-of-thousands"),
    pytest.param("hundreds of thousands of people",
                 [("hundreds of thousands", 200000, None, True, "count")], id="hundreds-of-thousands"),
    pytest.param("a few hundred soldiers", [("a few hundred", 200, None, True, "count")], id="a-few-hundred"),
    pytest.param("several thousand troops", [("several thousand", 2000, None, True, "count")],
                 id="several-thousand"),
    pytest.param("said one senior diplomat", [count("one", 1)], id="one-is-a-number"),
    pytest.param("one of the largest", [count("one", 1)], id="one-of-the"),
    pytest.param("five million people", [count("five million", 5000000)], id="words-million"),
    pytest.param("Nineteen peacekeepers were killed", [count("Nineteen", 19)], id="teen"),
    pytest.param("five six", [count("five", 5), count("six", 6)], id="no-run-on-units"),
    pytest.param("someone and anyone", [], id="one-inside-words"),
    pytest.param("the often-cited tone", [], id="no-number-words"),
]

RANGES = [
    pytest.param("500-600 troops", [count("500-600", 500, 600)], id="hyphen"),
    pytest.param("500–600 troops", [count("500–600", 500, 600)], id="en-dash"),
    pytest.param("500 - 600 troops", [count("500 - 600", 500, 600)], id="spaced-hyphen"),
    pytest.param("500 to 600 troops", [count("500 to 600", 500, 600)], id="to"),
    pytest.param("from 500 to 1,000 troops", [count("from 500 to 1,000", 500, 1000)], id="from-to"),
    pytest.param("50 or 60 soldiers", [count("50 or 60", 50, 60)], id="or"),
    pytest.param("one or two officers", [count("one or two", 1, 2)], id="words-or"),
    pytest.param("between 2 and 3 million people", [count("between 2 and 3 million", 2000000, 3000000)],
                 id="scale-applies-to-both"),
    pytest.param("500,000 to 1 million people", [count("500,000 to 1 million", 500000, 1000000)],
                 id="scale-not-applied-to-full-number"),
    pytest.param("approximately 50-75 personnel", [count("approximately 50-75", 50, 75, approx=True)],
                 id="qualified-range"),
    pytest.param("15,000 to 13,000 troops", [count("15,000", 15000), count("13,000", 13000)],
                 id="descending-is-not-a-range"),
    pytest.param("500 and 600 soldiers", [count("500", 500), count("600", 600)], id="and-without-between"),
    pytest.param("between 1 and 100", [count("between 1 and 100", 1, 100)], id="between-small"),
    pytest.param("3,000-4,000 troops", [count("3,000-4,000", 3000, 4000)], id="separated-thousands"),
    pytest.param("2007-2011 period", [("2007", 2007, 2007, False, "year"), ("2011", 2011, 2011, False, "year")],
                 id="years-are-not-ranges"),
    pytest.param("between 2012 and 2013", [("2012", 2012, 2012, False, "year"),
                                           ("2013", 2013, 2013, False, "year")], id="between-years"),
    pytest.param("2000-3000 troops", [count("2000-3000", 2000, 3000)], id="year-like-count-range"),
]

QUALIFIERS = [
    pytest.param("about 400 troops", [count("about 400", 400, approx=True)], id="about"),
    pytest.param("approximately 400 troops", [count("approximately 400", 400, approx=True)], id="approximately"),
    pytest.param("around 8,000 soldiers", [count("around 8,000", 8000, approx=True)], id="around"),
    pytest.param("roughly 300 men", [count("roughly 300", 300, approx=True)], id="roughly"),
    pytest.param("Some 3,000 troops", [count("Some 3,000", 3000, approx=True)], id="some"),
    pytest.param("nearly 1,000 peacekeepers", [count("nearly 1,000", 1000, approx=True)], id="nearly"),
    pytest.param("almost 700 police", [count("almost 700", 700, approx=True)], id="almost"),
    pytest.param("close to 900 troops", [count("close to 900", 900, approx=True)], id="close-to"),
    pytest.param("an estimated 5,000 fighters", [count("an estimated 5,000", 5000, approx=True)],
                 id="an-estimated"),
    pytest.param("circa 200 staff", [count("circa 200", 200, approx=True)], id="circa"),
    pytest.param("c. 200 staff", [count("c. 200", 200, approx=True)], id="c-dot"),
    pytest.param("about a dozen observers", [count("about a dozen", 12, approx=True)], id="about-a-dozen"),
    pytest.param("over 2,000 troops", [("over 2,000", 2000, None, True, "count")], id="over"),
    pytest.param("in excess of 900 troops", [("in excess of 900", 900, None, True, "count")], id="in-excess-of"),
    pytest.param("upwards of 900 troops", [("upwards of 900", 900, None, True, "count")], id="upwards-of"),
    pytest.param("no fewer than 40 observers", [("no fewer than 40", 40, None, True, "count")],
                 id="no-fewer-than"),
    pytest.param("some 500-plus soldiers", [("some 500-plus", 500, None, True, "count")], id="some-plus"),
    pytest.param("500+ troops", [("500+", 500, None, True, "count")], id="plus-sign"),
    pytest.param("a 500-plus contingent", [("500-plus", 500, None, True, "count")], id="n-plus"),
    pytest.param("500 or more troops", [("500 or more", 500, None, True, "count")], id="or-more"),
    # "and more than" begins the next figure's qualifier, it does not close the year before it.
    pytest.param("since 1978 and more than 9,000 tours", [("1978", 1978, 1978, False, "year"),
                                                          ("more than 9,000", 9000, None, True, "count")],
                 id="and-more-than-next-figure"),
    pytest.param("in 1990 and over 3,000 troops", [("1990", 1990, 1990, False, "year"),
                                                   ("over 3,000", 3000, None, True, "count")],
                 id="and-over-next-figure"),
    pytest.param("up to 600 soldiers", [("up to 600", None, 600, True, "count")], id="up-to"),
    pytest.param("as many as 600 soldiers", [("as many as 600", None, 600, True, "count")], id="as-many-as"),
    pytest.param("no more than 60 observers", [("no more than 60", None, 60, True, "count")],
                 id="no-more-than"),
    pytest.param("fewer than 50 observers", [("fewer than 50", None, 50, True, "count")], id="fewer-than"),
    pytest.param("less than 50 observers", [("less than 50", None, 50, True, "count")], id="less-than"),
    pytest.param("under 100 personnel", [("under 100", None, 100, True, "count")], id="under"),
    pytest.param("a maximum of 12,640 troops", [("a maximum of 12,640", None, 12640, True, "count")],
                 id="a-maximum-of"),
    pytest.param("1,000 or so troops", [count("1,000 or so", 1000, approx=True)], id="or-so"),
    pytest.param("the 500-odd troops", [count("500-odd", 500, approx=True)], id="odd"),
    pytest.param("about Chinese 500 troops", [count("500", 500, approx=True)], id="gap-capitalised-word"),
    pytest.param("some of the 500 troops", [count("500", 500)], id="some-of-the-not-a-qualifier"),
    pytest.param("over the past 10 years", [("10", 10, 10, False, "other")], id="over-not-adjacent"),
]

COMPOUNDS = [
    pytest.param("a 700-member battalion", [count("700-member", 700)], id="member"),
    pytest.param("a 395-strong force", [count("395-strong", 395)], id="strong"),
    pytest.param("a 140-person unit", [count("140-person", 140)], id="person"),
    pytest.param("an 850-man battalion", [count("850-man", 850)], id="man"),
    pytest.param("a 1,000-strong contingent", [count("1,000-strong", 1000)], id="thousands-strong"),
    pytest.param("a three-member team", [count("three-member", 3)], id="words-member"),
    pytest.param("a two-year mandate", [("two-year", 2, 2, False, "other")], id="duration-compound"),
    pytest.param("a 25-year-old soldier", [("25-year-old", 25, 25, False, "other")], id="age-compound"),
    pytest.param("a 12-vehicle convoy", [("12-vehicle", 12, 12, False, "other")], id="other-compound"),
    pytest.param("one-third of the force", [("one-third", 1, 1, False, "other")], id="fraction"),
]

KINDS = [
    # years
    pytest.param("in 2000", [("2000", 2000, 2000, False, "year")], id="year-in"),
    pytest.param("since 1992", [("1992", 1992, 1992, False, "year")], id="year-since"),
    pytest.param("the 2004 expansion", [("2004", 2004, 2004, False, "year")], id="year-adjective"),
    pytest.param("the 2013 elections", [("2013", 2013, 2013, False, "year")], id="year-determiner-plural"),
    pytest.param("the 2000 troops", [count("2000", 2000)], id="determiner-people-count"),
    pytest.param("2000 troops", [count("2000", 2000)], id="count-2000-troops"),
    pytest.param("about 2000 soldiers", [count("about 2000", 2000, approx=True)], id="count-about-2000"),
    pytest.param("2000 Chinese troops", [count("2000", 2000)], id="count-across-adjective"),
    pytest.param("In 2013 peacekeepers were deployed", [("2013", 2013, 2013, False, "year")],
                 id="year-prep-beats-plural"),
    pytest.param("January 2013", [("2013", 2013, 2013, False, "year")], id="year-after-month"),
    pytest.param("2013.2 The", [("2013", 2013, 2013, False, "year"), ("2", 2, 2, False, "footnote")],
                 id="year-glued-footnote"),
    pytest.param("the 1990s", [("1990s", 1990, 1999, True, "year")], id="decade"),
    pytest.param("in 2007-08", [("2007-08", 2007, 2007, False, "year")], id="year-span-short"),
    pytest.param("by mid-2013", [("2013", 2013, 2013, False, "year")], id="mid-year"),
    # money
    pytest.param("$110 million", [("$110 million", 110000000, 110000000, False, "money")], id="dollar-million"),
    pytest.param("US$ 5m", [("US$ 5m", 5000000, 5000000, False, "money")], id="us-dollar-m"),
    pytest.param("5 million dollars", [("5 million dollars", 5000000, 5000000, False, "money")],
                 id="dollars-suffix"),
    pytest.param("USD 3 billion", [("USD 3 billion", 3000000000, 3000000000, False, "money")], id="usd"),
    pytest.param("€5bn", [("€5bn", 5000000000, 5000000000, False, "money")], id="euro-bn"),
    pytest.param("£20,000", [("£20,000", 20000, 20000, False, "money")], id="pound"),
    pytest.param("EUR 40 million", [("EUR 40 million", 40000000, 40000000, False, "money")], id="eur"),
    pytest.param("about $5 million", [("about $5 million", 5000000, 5000000, True, "money")],
                 id="qualified-money"),
    pytest.param("$5-10 million", [("$5-10 million", 5000000, 10000000, False, "money")], id="money-range"),
    # percent
    pytest.param("15%", [("15%", 15, 15, False, "percent")], id="percent-sign"),
    pytest.param("15 per cent", [("15 per cent", 15, 15, False, "percent")], id="per-cent"),
    pytest.param("15 percent", [("15 percent", 15, 15, False, "percent")], id="percent-word"),
    pytest.param("Ninety-five per cent", [("Ninety-five per cent", 95, 95, False, "percent")], id="percent-words"),
    pytest.param("2.5%", [("2.5%", None, None, False, "percent")], id="percent-decimal"),
    pytest.param("50 to 60 per cent", [("50 to 60 per cent", 50, 60, False, "percent")], id="percent-range"),
    # ordinals and multipliers
    pytest.param("the 1st Battalion", [("1st", 1, 1, False, "ordinal")], id="ordinal-1st"),
    pytest.param("its 24th rotation", [("24th", 24, 24, False, "ordinal")], id="ordinal-24th"),
    pytest.param("the second officer", [("second", 2, 2, False, "ordinal")], id="ordinal-word"),
    pytest.param("the twenty-first contingent", [("twenty-first", 21, 21, False, "ordinal")],
                 id="ordinal-compound"),
    pytest.param("three times as many", [("three times", 3, 3, False, "multiplier")], id="multiplier"),
    pytest.param("a fivefold increase", [], id="fivefold-not-a-number-word"),
    pytest.param("a 5-fold increase", [("5-fold", 5, 5, False, "multiplier")], id="n-fold"),
    # footnotes
    pytest.param("in UN PKOs,7 more", [("7", 7, 7, False, "footnote")], id="footnote-comma"),
    pytest.param("the country.2 Then", [("2", 2, 2, False, "footnote")], id="footnote-period"),
    pytest.param("Chinese officials.3 The", [("3", 3, 3, False, "footnote")], id="footnote-officials"),
    pytest.param("(UNMISS).5 However", [("5", 5, 5, False, "footnote")], id="footnote-paren-period"),
    pytest.param("forces.”4 China", [("4", 4, 4, False, "footnote")], id="footnote-quote"),
    pytest.param("combat experience12 and", [("12", 12, 12, False, "footnote")], id="footnote-glued-word"),
    # A grouped figure and a note after a full stop, at a sentence's or a line's end; not a decimal elsewhere.
    pytest.param("Bangladesh 7,915 and India 7,839.6",
                 [count("7,915", 7915), count("7,839", 7839), ("6", 6, 6, False, "footnote")],
                 id="footnote-after-grouped-figure-text-end"),
    pytest.param("some 12,500.14 The", [count("some 12,500", 12500, approx=True), ("14", 14, 14, False, "footnote")],
                 id="footnote-after-grouped-figure-next-sentence"),
    pytest.param("Nepal 5,100.3\nIndia", [count("5,100", 5100), ("3", 3, 3, False, "footnote")],
                 id="footnote-after-grouped-figure-line-end"),
    pytest.param("a ratio of 1,234.5 and", [("1,234.5", None, None, False, "decimal")],
                 id="grouped-decimal-mid-sentence"),
    pytest.param("it cost $1,234.5 The", [("$1,234.5", None, None, False, "money")], id="grouped-decimal-money"),
    pytest.param("rose by 1,200.5 per cent", [("1,200.5 per cent", None, None, False, "percent")],
                 id="grouped-decimal-percent"),
    # other
    pytest.param("resolution 2100", [("2100", 2100, 2100, False, "other")], id="resolution"),
    pytest.param("S/RES/2100 (2013)", [("2100", 2100, 2100, False, "other"), ("2013", 2013, 2013, False, "year")],
                 id="resolution-symbol"),
    pytest.param("UNSCR 2100", [("2100", 2100, 2100, False, "other")], id="unscr"),
    pytest.param("Implications (2009), p. 8.", [("2009", 2009, 2009, False, "year"), ("8", 8, 8, False, "other")],
                 id="page"),
    pytest.param("No. 5", [("5", 5, 5, False, "other")], id="number-abbreviation"),
    pytest.param("at 10:30", [("10:30", None, None, False, "other")], id="time"),
    pytest.param("at 3 p.m.", [("3 p.m.", None, None, False, "other")], id="time-pm"),
    pytest.param("aged 25", [("25", 25, 25, False, "other")], id="aged"),
    pytest.param("aged between 18 and 25", [("18 and 25", 18, 25, False, "other")], id="aged-between"),
    pytest.param("resolution 2100 and 12,000 troops", [("2100", 2100, 2100, False, "other"),
                                                      count("12,000", 12000)], id="reference-then-count"),
    pytest.param("a number of 500 troops", [count("500", 500)], id="a-number-of"),
    pytest.param("N° 5", [("5", 5, 5, False, "other")], id="numero-sign"),
    pytest.param("25 years old", [("25", 25, 25, False, "other")], id="years-old"),
    pytest.param("call +41 22 917 1234", [("+41 22 917 1234", None, None, False, "other")], id="phone-intl"),
    pytest.param("call 212-963-1234", [("212-963-1234", None, None, False, "other")], id="phone-us"),
    pytest.param("on July 1", [("1", 1, 1, False, "other")], id="day-after-month"),
    pytest.param("on 1 July", [("1", 1, 1, False, "other")], id="day-before-month"),
    pytest.param("24 December 2013", [("24", 24, 24, False, "other"), ("2013", 2013, 2013, False, "year")],
                 id="day-month-year"),
    pytest.param("October, 25, 2012", [("25", 25, 25, False, "other"), ("2012", 2012, 2012, False, "year")],
                 id="citation-date"),
    pytest.param("on 2013-07-01", [("2013-07-01", None, None, False, "other")], id="iso-date"),
    pytest.param("for 10 months", [("10", 10, 10, False, "other")], id="duration"),
    pytest.param("a 155 mm howitzer", [("155", 155, 155, False, "other")], id="measure"),
    pytest.param("within 5 km", [("5", 5, 5, False, "other")], id="distance"),
    pytest.param("COVID-19 cases", [("19", 19, 19, False, "other")], id="code-hyphen"),
    pytest.param("Mi-17 helicopters", [("17", 17, 17, False, "other")], id="model"),
    pytest.param("the G77 group", [("77", 77, 77, False, "other")], id="glued-code"),
    pytest.param("nytimes.com/2012/10/26/world", [("2012", 2012, 2012, False, "other"), ("10", 10, 10, False, "other"),
                                                  ("26", 26, 26, False, "other")], id="url-path"),
    pytest.param("html?_r=0", [("0", 0, 0, False, "other")], id="url-query"),
    pytest.param("pages 12-15", [("12-15", 12, 15, False, "other")], id="page-range"),
    pytest.param("a 5m wall", [("5", 5, 5, False, "other")], id="short-scale-outside-money-is-a-unit"),
    pytest.param("10-15% of", [("10-15%", 10, 15, False, "percent")], id="percent-range-sign"),
    pytest.param("the end of a page.\n 12 \nThe next page", [("12", 12, 12, False, "other")],
                 id="page-number-alone-on-its-line"),
    pytest.param("China sent 500\ntroops", [count("500", 500)], id="line-break-after-count"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    SEED_SENTENCES + DIGIT_FORMS + WORD_FORMS + RANGES + QUALIFIERS + COMPOUNDS + KINDS,
)
def test_find_quantities(text: str, expected: list[tuple]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("more than 500 soldiers", "more than"),
        ("about PLA 50 infantry", "about"),
        ("approximately 50-75 personnel", "approximately"),
        ("500 or more troops", "or more"),
        ("500+ troops", "+"),
        ("some 500-plus soldiers", "some plus"),
        ("hundreds of soldiers", "hundreds"),
        ("between 500 and 600 soldiers", None),
        ("1,650 peacekeepers", None),
    ],
)
def test_qualifier_text(text: str, qualifier: str | None) -> None:
    (quantity,) = find_quantities(text)
    assert quantity.qualifier == qualifier


def test_offsets_are_relative_to_text() -> None:
    text = "Line one.\nChina has about 2,000 troops."
    (one, about) = find_quantities(text)
    assert (one.start, one.end) == (5, 8)
    assert (about.start, about.end, about.surface) == (20, 31, "about 2,000")
    assert text[about.start:about.end] == about.surface


def test_qualifier_separated_by_words_is_not_in_the_span() -> None:
    text = "consisting of about PLA 50 infantry"
    (q,) = find_quantities(text)
    assert (q.start, q.end, q.qualifier) == (text.index("50"), text.index("50") + 2, "about")


def test_line_breaks_inside_an_expression() -> None:
    assert found("more than\nfifteen times") == [("more than\nfifteen times", 15, None, True, "multiplier")]
    assert found("two to\nthree platoons") == [count("two to\nthree", 2, 3)]


def test_empty_and_numberless_text() -> None:
    assert find_quantities("") == []
    assert find_quantities("No figures here, only words.") == []


@pytest.mark.parametrize("path", sorted(DOCUMENTS.glob("*.txt")), ids=lambda p: p.stem)
def test_whole_documents_sorted_disjoint_and_deterministic(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    quantities = find_quantities(text)
    assert quantities, "every seed document states figures"
    assert quantities == find_quantities(text)
    for q in quantities:
        assert text[q.start:q.end] == q.surface
    for a, b in zip(quantities, quantities[1:]):
        assert a.end <= b.start


def test_seed_document_counts() -> None:
    text = (DOCUMENTS / "002_fdb4b3e7f5745b0a.txt").read_text(encoding="utf-8")
    counts = [(q.surface, q.low, q.high) for q in find_quantities(text) if q.kind == "count"]
    assert counts[:6] == [
        ("approximately 400", 400, 400), ("50", 50, 50), ("two to three", 2, 3),
        ("approximately 50-75", 50, 75), ("1,650", 1650, 1650), ("approximately 22,000", 22000, 22000),
    ]


FUZZ_TOKENS = [
    "1,650", "2,75,000", "1 650", "500", "-", "–", "to", "or", "and", "between", "from", "about", "PLA", "more",
    "than", "up", "$", "US$", "5m", "917.15m", "million", "%", "per", "cent", "2013", "2000.8", ".", ",", "7", "(",
    ")", "+", "plus", "a", "dozen", "dozens", "hundred", "one", "twenty-five", "first", "July", "1", "\n", "  ",
    "troops", "the", "resolution", "p.", "aged", "10:30", "+41", "22", "917", "1234", "s", "'s", "-member",
    "times", "or so", "N°",
]


def test_random_token_soup_keeps_the_invariants() -> None:
    """Spans match the text, are sorted and disjoint, and low <= high, whatever the input."""
    rng = random.Random(20130701)
    for _ in range(3000):
        text = "".join(rng.choice(FUZZ_TOKENS) + rng.choice(["", " ", " ", "\n"]) for _ in range(rng.randint(1, 14)))
        quantities = find_quantities(text)
        for q in quantities:
            assert text[q.start:q.end] == q.surface and q.start < q.end, (text, q)
            assert q.low is None or q.high is None or q.low <= q.high, (text, q)
        for a, b in zip(quantities, quantities[1:]):
            assert a.end <= b.start, (text, a, b)


@pytest.mark.parametrize(
    ("surface", "value"),
    [
        ("1,650", 1650), ("2,75,000", 275000), ("22,000", 22000), ("1 650", 1650), ("five", 5),
        ("Five", 5), ("twenty-five", 25), ("a dozen", 12), ("half a dozen", 6), ("a couple of", 2),
        ("1.5 million", 1500000), ("2 million", 2000000), ("3.2 thousand", 3200), ("a hundred", 100),
        ("one hundred and one", 101), ("two thousand five hundred", 2500), ("  500  ", 500), ("0", 0),
        ("2.5", None), ("dozens", None), ("hundreds", None), ("first", None), ("24th", None),
        ("500-600", None), ("about 500", None), ("$5m", None), ("5m", None), ("troops", None), ("", None),
        ("five troops", None),
    ],
)
def test_parse_number(surface: str, value: int | None) -> None:
    assert parse_number(surface) == value
