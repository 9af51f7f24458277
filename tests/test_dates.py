"""Tests of pipeline.extract.dates: exact surfaces, resolved values, precisions, spans and relative flags."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract.dates import clause_is_future, find_dates
from pipeline.extract.types import PartialDate

DOCUMENTS = Path(__file__).resolve().parents[1] / "sources" / "documents"
DAY = "2013-05-23"  # a Thursday
MONTH = "2013-07"
JAN = "2013-01-10"  # a Thursday
NOV = "2013-11-20"


def _run(text: str, published: str | None):
    pub = PartialDate.parse(published) if published else None
    return [
        (d.surface, d.date.iso(), d.date.precision, d.end_date.iso() if d.end_date else None, d.relative)
        for d in find_dates(text, pub)
    ]


CASES = [
    # --- absolute days, both orders, abbreviations, ordinals, ISO -------------------------------------------
    ("On 1 July 2013 the mission began.", DAY, [("1 July 2013", "2013-07-01", "day", None, False)]),
    ("It began on July 1, 2013.", DAY, [("July 1, 2013", "2013-07-01", "day", None, False)]),
    ("It began on July 1st 2013.", DAY, [("July 1st 2013", "2013-07-01", "day", None, False)]),
    ("the 1st of July 2013", DAY, [("1st of July 2013", "2013-07-01", "day", None, False)]),
    ("the 24 December 2013 resolution", DAY, [("24 December 2013", "2013-12-24", "day", None, False)]),
    ("Published 2013-07-01 in Bamako", DAY, [("2013-07-01", "2013-07-01", "day", None, False)]),
    ("on Sept. 12, 2012 the force", DAY, [("Sept. 12, 2012", "2012-09-12", "day", None, False)]),
    ("NEW YORK, MAY 22 (Reuters)", DAY, [("MAY 22", "2013-05-22", "day", None, True)]),
    ("The New York Times, October, 25, 2012.", DAY, [("October, 25, 2012", "2012-10-25", "day", None, False)]),
    ("le 1er juillet 2013 à Bamako", DAY, [("1er juillet 2013", "2013-07-01", "day", None, False)]),
    ("February 30, 2013 is no day", DAY, []),
    # --- days without a year: the publication year, or the previous one --------------------------------
    ("which took over on July 1.", MONTH, [("July 1", "2013-07-01", "day", None, True)]),
    ("It was signed on Jan. 14 in Addis Ababa.", DAY, [("Jan. 14", "2013-01-14", "day", None, True)]),
    ("They arrived on 3 February.", DAY, [("3 February", "2013-02-03", "day", None, True)]),
    ("They arrived on 20 December.", JAN, [("20 December", "2012-12-20", "day", None, True)]),
    # --- months --------------------------------------------------------------------------------------------
    ("In January 2012, China deployed a unit.", DAY, [("January 2012", "2012-01", "month", None, False)]),
    ("France intervened in January.", DAY, [("January", "2013-01", "month", None, True)]),
    ("The troops left in December.", JAN, [("December", "2012-12", "month", None, True)]),
    ("The troops will leave in January.", NOV, [("January", "2014-01", "month", None, True)]),
    ("hopes to hand over to UN peacekeepers in July.", DAY, [("July", "2013-07", "month", None, True)]),
    ("Chad will withdraw its troops in April.", DAY, [("April", "2014-04", "month", None, True)]),
    ("MINUSMA will take over from the African-led force (AFISMA) on 1 July.", "2013-04-25",
     [("1 July", "2013-07-01", "day", None, True)]),
    ("Chad withdrew its troops in April.", DAY, [("April", "2013-04", "month", None, True)]),
    ("Since January 2009, the PLA Navy has sustained operations.", DAY,
     [("Since January 2009", "2009-01", "month", None, False)]),
    ("security since January 2013 when rebels", DAY, [("since January 2013", "2013-01", "month", None, False)]),
    ("They came in mid-January.", DAY, [("mid-January", "2013-01", "month", None, True)]),
    ("They came last December.", DAY, [("last December", "2012-12", "month", None, True)]),
    # "for" introduces a month: "planned for March", "scheduled for October"
    ("The next rotation is planned for March.", JAN, [("March", "2013-03", "month", None, True)]),
    ("The handover is scheduled for October.", DAY, [("October", "2013-10", "month", None, True)]),
    ("Elections are set for March.", DAY, [("March", "2014-03", "month", None, True)]),
    # a date that ends its sentence after a comma takes the tense of the clause before it
    ("Egypt said it would deploy 200 more troops, including engineers, by the end of February.", NOV,
     [("the end of February", "2014-02", "month", None, True)]),
    ("Egypt deployed 200 more troops, including engineers, at the end of February.", NOV,
     [("the end of February", "2013-02", "month", None, True)]),
    ("They will come next July.", DAY, [("next July", "2013-07", "month", None, True)]),
    ("until June 2014", DAY, [("until June 2014", "2014-06", "month", None, False)]),
    ("in Jan. 2010 and Sept 2011", DAY,
     [("Jan. 2010", "2010-01", "month", None, False), ("Sept 2011", "2011-09", "month", None, False)]),
    ("depuis janvier 2013", DAY, [("depuis janvier 2013", "2013-01", "month", None, False)]),
    # --- years ------------------------------------------------------------------------------------------
    ("when it joined the United Nations in 1971.", DAY, [("1971", "1971", "year", None, False)]),
    ("Since 2004, China has been contributing.", DAY, [("Since 2004", "2004", "year", None, False)]),
    ("as many as it had in 2000.8 China has deployed", DAY, [("2000", "2000", "year", None, False)]),
    ("the force was expanded in mid-2012 and early 2014.", DAY,
     [("mid-2012", "2012", "year", None, False), ("early 2014", "2014", "year", None, False)]),
    ("by the end of 2013", DAY, [("the end of 2013", "2013", "year", None, False)]),
    ("In 2000 troops were sent.", DAY, [("2000", "2000", "year", None, False)]),
    ("a post-2011 settlement", DAY, [("2011", "2011", "year", None, False)]),
    # a footnote marker glued to a year at the end of a sentence (PDF text); a decimal is no year
    ("a battalion it first sent in 2009.12", DAY, [("2009", "2009", "year", None, False)]),
    ("a battalion it first sent in 2009.12 The following year", DAY, [("2009", "2009", "year", None, False)]),
    ("the unit arrived in 2011.104\nIn 2012 it left", DAY,
     [("2011", "2011", "year", None, False), ("2012", "2012", "year", None, False)]),
    ("the index stood at 2015.75 points", DAY, []),
    # --- spans ------------------------------------------------------------------------------------------
    ("From 2007 to 2011, a PLA general served.", DAY, [("From 2007 to 2011", "2007", "year", "2011", False)]),
    ("between March and May 2013", DAY, [("between March and May 2013", "2013-03", "month", "2013-05", False)]),
    ("between November and February 2013", DAY,
     [("between November and February 2013", "2012-11", "month", "2013-02", False)]),
    ("the 2007-2011 period", DAY, [("2007-2011", "2007", "year", "2011", False)]),
    ("in 2007–11", DAY, [("2007–11", "2007", "year", "2011", False)]),
    ("talks on 1-3 July 2013", DAY, [("1-3 July 2013", "2013-07-01", "day", "2013-07-03", False)]),
    ("from January 2012 until March 2013", DAY,
     [("from January 2012 until March 2013", "2012-01", "month", "2013-03", False)]),
    ("in the 1990s", DAY, [("1990s", "1990", "year", "1999", False)]),
    # --- relative to publication ------------------------------------------------------------------------
    ("said one senior diplomat yesterday.", DAY, [("yesterday", "2013-05-22", "day", None, True)]),
    ("China today has 1,650 peacekeepers", MONTH, [("today", "2013-07", "month", None, True)]),
    ("Talks resume tomorrow.", DAY, [("tomorrow", "2013-05-24", "day", None, True)]),
    ("The Council this morning extended the mandate.", DAY, [("this morning", "2013-05-23", "day", None, True)]),
    ("The vote is this afternoon.", MONTH, [("this afternoon", "2013-07", "month", None, True)]),
    ("It withdrew last year.", DAY, [("last year", "2012", "year", None, True)]),
    ("It will withdraw next year.", DAY, [("next year", "2014", "year", None, True)]),
    ("The vote took place last month.", DAY, [("last month", "2013-04", "month", None, True)]),
    ("The vote took place last month.", "2013", []),
    ("They met last week.", DAY, [("last week", "2013-05", "month", None, True)]),
    ("three years ago", DAY, [("three years ago", "2010", "year", None, True)]),
    ("The ministers met on Monday.", DAY, [("Monday", "2013-05-20", "day", None, True)]),
    ("The ministers met on Thursday.", DAY, [("Thursday", "2013-05-23", "day", None, True)]),
    ("The ministers will meet on Monday.", DAY, [("Monday", "2013-05-27", "day", None, True)]),
    # the date of a statement verb takes its past tense, whatever the reported clause says
    ("Uruguay's army said on Friday it would repatriate 300 soldiers.", DAY,
     [("Friday", "2013-05-17", "day", None, True)]),
    ("The minister announced on Tuesday that troops will leave.", DAY, [("Tuesday", "2013-05-21", "day", None, True)]),
    ("Officials told reporters in April that the force would grow.", JAN, [("April", "2012-04", "month", None, True)]),
    ("The ministers met last Friday.", DAY, [("last Friday", "2013-05-17", "day", None, True)]),
    ("They landed early Wednesday at the air base.", DAY, [("early Wednesday", "2013-05-22", "day", None, True)]),
    ("The contingent departed for Juba today.", DAY, [("today", "2013-05-23", "day", None, True)]),
    ("On Tuesday, Mr. Ladsous told reporters that the UN would deploy helicopters.", DAY,
     [("Tuesday", "2013-05-21", "day", None, True)]),
    ("On Tuesday, the UN will deploy helicopters.", DAY, [("Tuesday", "2013-05-28", "day", None, True)]),
    # a weekday in a story dated only to the month keeps the month, as "yesterday" does (real dev gold r9_017 "The
    # first six troops arrived last Monday" -> 2005-04, r9_004; guide C1: a vague relative time takes the month)
    ("The ministers met on Monday.", MONTH, [("Monday", "2013-07", "month", None, True)]),
    ("France intervened in January.", None, []),
    ("From 2007 to 2011 and yesterday", None, [("From 2007 to 2011", "2007", "year", "2011", False)]),
    # --- not dates ----------------------------------------------------------------------------------------
    ("China sent 2,000 troops and then 2000 more soldiers.", DAY, []),
    ("about 2000 Chinese troops", DAY, []),
    ("between 2000 and 3000 troops", DAY, []),
    ("a 1500-strong force", DAY, []),
    ("a 1840-member contingent and a 2000-man brigade", DAY, []),
    ("They may come. March on!", DAY, []),
    ("May I ask? March forward.", DAY, []),
    ("resolution 2100 (2013) and Security Council resolution 2085", DAY, []),
    ("see p. 2012 and para. 2013", DAY, []),
    ("report S/2013/189 of the Secretary-General", DAY, []),
    ("a rise of 2013% and $2010", DAY, []),
    ("http://www.nytimes.com/2012/10/26/world/asia", DAY, []),
    ("the January offensive", DAY, []),
    ("The letter was signed by Jan Eliasson.", DAY, []),
    ("a mission to Mars", DAY, []),
    ("The Sunday Times reported it.", DAY, []),
    ("troops arrived en mars 2013 et en avril", DAY,
     [("mars 2013", "2013-03", "month", None, False), ("avril", "2013-04", "month", None, True)]),
    ("They left in Jan. and came back in Sept.", DAY,
     [("Jan.", "2013-01", "month", None, True), ("Sept.", "2012-09", "month", None, True)]),
    # --- a month and a relative year are one date -------------------------------------------------------------
    ("In June last year the Council adopted resolution 2100.", DAY,
     [("June last year", "2012-06", "month", None, True)]),
    ("a law that took effect in October last year", NOV, [("October last year", "2012-10", "month", None, True)]),
    ("The base will close in February next year.", DAY, [("February next year", "2014-02", "month", None, True)]),
    ("on 4 March last year", DAY, [("4 March last year", "2012-03-04", "day", None, True)]),
    # --- the tense of a month's own verb ----------------------------------------------------------------------
    ("The battalion arrived in the mission area in October and will be replaced in March 2014.", NOV,
     [("October", "2013-10", "month", None, True), ("March 2014", "2014-03", "month", None, False)]),
    ("Kenya informed the Secretariat in October that it would withdraw its officers.", NOV,
     [("October", "2013-10", "month", None, True)]),
    ("The Bundestag mandate expires at the end of September.", DAY,
     [("the end of September", "2013-09", "month", None, True)]),
    ("Its mandate, which expires in March, will be reviewed.", NOV, [("March", "2014-03", "month", None, True)]),
    ("His mandate expired at midnight on Wednesday.", DAY, [("Wednesday", "2013-05-22", "day", None, True)]),
    # --- a comma after a month ends the date unless a day and a year (or the sentence's end) follow ------------
    ("In April, 14 Nepalese observers arrived.", DAY, [("April", "2013-04", "month", None, True)]),
    ("In March, 300 troops left Gao.", DAY, [("March", "2013-03", "month", None, True)]),
    ("signed on March, 5 2012 in Addis Ababa", DAY, [("March, 5 2012", "2012-03-05", "day", None, False)]),
    # --- a capitalised "Today" after a word is a title ("USA Today", "Africa Today"), not a date ---------------
    ("Africa Today: What the drawdown means", DAY, []),
    ("a column in USA Today on peacekeeping", DAY, []),
    ("Today the mission closed.", DAY, [("Today", "2013-05-23", "day", None, True)]),
    # --- a present progressive before a date is a future arrangement ------------------------------------------
    ("The contingent is being relieved on Monday by a Ghanaian unit.", DAY,
     [("Monday", "2013-05-27", "day", None, True)]),
    ("The engineers are leaving in March.", DAY, [("March", "2014-03", "month", None, True)]),
    ("The contingent was relieved on Monday.", DAY, [("Monday", "2013-05-20", "day", None, True)]),
    # --- "was set up" is past (real dev r1_017); "since" a month looks back (r1_009) ----------------------------
    ("The mission was set up in April to maintain security.", NOV, [("April", "2013-04", "month", None, True)]),
    ("The vote is set for April.", NOV, [("April", "2014-04", "month", None, True)]),
    ("They have served since July and will end their tour in two months.", NOV,
     [("since July", "2013-07", "month", None, True)]),
    # --- a month that a month with a year follows takes that year (real dev r3_029, r7_001, r2_035) --------------
    ("patrols were carried out in February and March 1999.", NOV,
     [("February", "1999-02", "month", None, False), ("March 1999", "1999-03", "month", None, False)]),
    ("sent to reinforce the contingent in August and October, 1964;", NOV,
     [("August", "1964-08", "month", None, False), ("October, 1964", "1964-10", "month", None, False)]),
    ("patrols over the period January to March 1998.", NOV,
     [("January to March 1998", "1998-01", "month", "1998-03", False)]),
    ("El Salvador March to April 1994 Electoral Observers", NOV,
     [("March to April 1994", "1994-03", "month", "1994-04", False)]),
    # --- a day glued to its month (PDF text, real dev r6_007) or to an infobox label (r4_002, r4_036) ------------
    ("The first TMG was deployed in Bougainville on 6December 1997.", NOV,
     [("6December 1997", "1997-12-06", "day", None, False)]),
    ("Date11 January 2013 – 15 July 2014", NOV,
     [("11 January 2013 – 15 July 2014", "2013-01-11", "day", "2014-07-15", False)]),
    ("sent 23 individuals to UNTAC from May 23 to 28, 1993, to support", NOV,
     [("from May 23 to 28, 1993", "1993-05-23", "day", "1993-05-28", False)]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_find_dates(text, published, expected):
    assert _run(text, published) == expected


@pytest.mark.parametrize("name", sorted(p.name for p in DOCUMENTS.glob("*.txt")))
def test_mentions_are_sorted_disjoint_and_traceable(name):
    text = (DOCUMENTS / name).read_text(encoding="utf-8")
    mentions = find_dates(text, PartialDate.parse(DAY))
    assert mentions, "the seed documents hold dates"
    for previous, current in zip(mentions, mentions[1:]):
        assert previous.end <= current.start
    for m in mentions:
        assert text[m.start:m.end] == m.surface
        assert m.end_date is None or m.end_date.value >= m.date.value


def test_offsets_are_relative_to_the_text_given():
    sentence = "China deployed a unit in January 2012."
    [whole] = find_dates("Some preamble. " + sentence, PartialDate.parse(DAY))
    [alone] = find_dates(sentence, PartialDate.parse(DAY))
    assert (whole.start - alone.start, whole.surface) == (len("Some preamble. "), alone.surface)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Since 2004, China", ["since"]),
        ("from January 2013 the mission", ["since"]),
        ("until June 2014", ["until"]),
        ("From 2007 to 2011", ["span"]),
        ("in 2011 and 2012", ["point", "point"]),
        ("between 2010 and the elections", ["point"]),
    ],
)
def test_kinds(text, kinds):
    assert [d.kind for d in find_dates(text, PartialDate.parse(DAY))] == kinds


def test_between_without_partner_keeps_only_the_date():
    [d] = find_dates("between 2010 and the elections", PartialDate.parse(DAY))
    assert (d.surface, d.start, d.end) == ("2010", 8, 12)


def test_offsets_point_into_the_text():
    text = "France, which intervened in the west African nation in January, hopes to hand over in July."
    mentions = find_dates(text, PartialDate.parse(DAY))
    assert [(text[d.start:d.end], d.start) for d in mentions] == [("January", 55), ("July", 86)]


@pytest.mark.parametrize(
    ("text", "target", "future"),
    [
        ("France, which intervened in the west African nation in January, hopes to hand over in July.", "January",
         False),
        ("France, which intervened in the west African nation in January, hopes to hand over in July.", "July",
         True),
        ("hopes to hand over to UN peacekeepers in July.", "July", True),
        ("In July, France will hand over to the UN.", "July", True),
        ("The UN force will take over on July 1.", "July 1", True),
        ("The force took over on July 1.", "July 1", False),
        ("He said the force was expected to arrive in July.", "July", True),
        ("Troops arrived in July, and more will come later.", "July", False),
        ("Kenya said it would send more officers, mostly women, by the end of March.", "the end of March", True),
        ("Kenya sent more officers, mostly women, at the end of March.", "the end of March", False),
        ("They landed early Wednesday, and more will come.", "early Wednesday", False),
    ],
)
def test_clause_is_future(text, target, future):
    start = text.index(target)
    assert clause_is_future(text, start, start + len(target)) is future


def test_a_month_without_a_year_opens_a_span_even_without_a_publication_date() -> None:
    """Real dev lines from pages with no publication date (DVA's Somalia page, Japan's UNTAC page): the first
    month takes the year of the second; alone, a month without a year still resolves to nothing."""
    spans = find_dates("deployed in Somalia from January to May 1993, patrolling", None)
    assert [(d.date.iso(), d.end_date.iso(), d.kind) for d in spans] == [("1993-01", "1993-05", "span")]
    spans = find_dates("a second contingent of eight was sent from March to September 1993.", None)
    assert [(d.date.iso(), d.kind) for d in spans] == [("1993-03", "span")]
    assert find_dates("arrived in January and left", None) == []
    assert find_dates("from January to May and", None) == []
