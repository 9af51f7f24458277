"""Date expressions in text, resolved against the publication date and kept at the precision the text gives.

``find_dates(text, published)`` returns every date expression of ``text`` (a document or one sentence) as
:class:`~pipeline.extract.types.DateMention`, sorted and non-overlapping, offsets relative to ``text``.

Why hand-written rules rather than a library: ``dateparser``/``dateutil`` fill the parts a text leaves out
with defaults (``"in January"`` becomes a full day), cannot tell a year from a head count (``"2000 troops"``)
or a footnote glued to a year (``"2013.2"``), and ``dateparser.search`` runs far below the 5 MB/s budget. The
forms a text uses for dates are few and regular, so one combined regular expression, compiled at import and
run once over the text, finds them all; a little Python then resolves each match.

What is recognised (English; French month names as well)::

    1 July 2013 · July 1, 2013 · Jan. 14 · 1st of July · 2013-07-01        -> day
    January 2013 · in January · planned for March · mid-January            -> month
    2011 · in 2011 · mid-2012 · early 2014 · the end of 2013                 -> year
    from 2007 to 2011 · 2007-2011 · 2007–11 · between March and May 2013
    1-3 July 2013 · the 1990s                                                -> spans (kind "span")
    since 2004 / until June 2014                                             -> kind "since" / "until"
    yesterday · today · this morning · last/this/next year|month|week · on Monday
    last December · next July · three years ago                              -> relative to publication

Resolution rules (``relative=True`` marks every date that borrowed anything from the publication date):

* A month (or month and day) without a year takes the publication year. When the clause is not about the
  future and the month lies more than two months after the publication month, it is the previous year's
  ("in December" in a text of 2013-01 is 2012-12; two months of slack allow for a publication date that is
  itself approximate). When the clause speaks of the future and the month lies before the publication month,
  it is the next year's ("will withdraw in April" in a text of 2013-05 is 2014-04). A clause is about the
  future when it holds a marker such as *will*, *plans to*, *hopes to*, *is expected to*, *must*, *next*
  (:func:`clause_is_future`; present *expires* counts too, and a present progressive right before the date,
  "is being replaced on Monday", "are leaving in March", is a future arrangement); a date after a verb of its clause that is no future
  marker is not future, whatever follows it ("arrived in May and will be replaced in February 2020"). The date of a statement verb is in the past ("said on Friday it would
  repatriate"); a date that opens its clause takes the tense of the first verb after it; one that ends its
  sentence after a comma, with no verb after it, the tense of the sentence before it ("said it would deploy
  200 troops, including engineers, by the end of January").
* ``last``/``next`` + month: the most recent such month before / the first one after the publication month.
* Weekdays resolve only when the publication date has day precision: in a past clause, the most recent such
  day on or before publication (wire copy says "on Monday" for the day it is published); in a future
  clause, the next one after it.
* ``yesterday``/``today``/``tomorrow`` keep the publication precision (with a month-precision publication
  date, "today" is that month). ``last month`` needs month precision; ``last week`` needs day precision and
  gives the month when that week lies in one month, else the year.
* Without a publication date, relative expressions are dropped; absolute ones are kept.

Not dates: years inside larger numbers ("2,000", "12.2013"), a four-digit number that counts something
("2000 troops", "1500-strong", "1840-member", "between 2000 and 3000 troops") unless a date preposition precedes it ("in
2000 troops were..."), resolution, page, paragraph and document numbers ("resolution 2100 (2013)",
"S/2013/189", "p. 2012"), percentages and money, URLs ("/2012/10/26/"), lower-case "may"/"march", a bare
month name without a preposition or qualifier before it ("March on", "May I"), an abbreviation alone without
its dot ("by Jan Eliasson"), a capitalised French month alone ("a mission to Mars"), a weekday that starts a
name ("The Sunday Times"), a capitalised "Today" after a word (a title: "USA Today", "ISS Today"), a day after a
month and a comma unless a year or the clause's end follows ("In April, 14 observers": the month alone), fiscal years written with a slash ("2013/14"), numeric dates whose order is
ambiguous ("03/04/2013"), a decimal ("2015.75 points"). A footnote marker glued to a year ("2013.2", and
"2015.17" or "2011.104" where a new sentence or the end of the text follows) is left out of the match. Decades
("the 1990s") are spans from the first to the last year of the decade (the events extractor skips them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from pipeline.extract import lexicon
from pipeline.extract.regex_trie import WordBoundaryFinder, word_trie
from pipeline.extract.types import DateMention, PartialDate

__all__ = ["find_dates", "clause_is_future", "is_future_text"]

# ---------------------------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------------------------

_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")
_EN_ABBREVIATIONS = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9,
                     "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}
_FR_MONTHS = {"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
              "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
              "décembre": 12, "decembre": 12}

# Lower-cased month form (without a trailing dot) -> month number.
_MONTH_NUMBER: dict[str, int] = {name.lower(): i for i, name in enumerate(_EN_MONTHS, start=1)}
_MONTH_NUMBER.update({k.lower(): v for k, v in _EN_ABBREVIATIONS.items()})
_MONTH_NUMBER.update(_FR_MONTHS)

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY_NUMBER = {name.lower(): i for i, name in enumerate(_WEEKDAYS)}

_NUMBER_WORDS = {"a": 1, "an": 1, **{w: v for w, v in lexicon.number_words().items() if 1 <= v <= 12}}


def _alternation(words) -> str:
    """Longest first, so that 'Sept' is tried before 'Sep' and 'juillet' before 'juin'."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


# English month names are case-sensitive on purpose: lower-case "may" and "march" are verbs. Upper case
# ("MAY 22") occurs in datelines and headings. French names are lower case in running text.
_MONTH_FULL = _alternation([m for m in _EN_MONTHS] + [m.upper() for m in _EN_MONTHS]
                           + list(_FR_MONTHS) + [m.capitalize() for m in _FR_MONTHS])
_MONTH_ABBR = _alternation(list(_EN_ABBREVIATIONS) + [a.upper() for a in _EN_ABBREVIATIONS])
_MONTH = rf"(?:(?:{_MONTH_FULL})(?![\w])|(?:{_MONTH_ABBR})(?:\.|(?![\w])))"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)"
_ORD = r"(?:st|nd|rd|th|er)?"  # "1st", "2nd", French "1er"
_YEAR = r"(?:1[89]\d\d|20\d\d)(?!\d)"
_WEEKDAY = _alternation(_WEEKDAYS)
# What follows a footnote marker glued to a year ("deployed in 2015.17 The ..."): a new sentence or the end of the
# text. A decimal ("2015.75 points") is followed by anything else.
_FOOTNOTE_FOLLOWS = r"\s+[A-Z“\"‘(]|\s*$"

# ---------------------------------------------------------------------------------------------------------
# The combined expression: one alternative per form, most specific first (at one position the first
# alternative that matches wins; finditer then resumes after the match, so results never overlap).
# ---------------------------------------------------------------------------------------------------------

_DATE_RE = re.compile(
    rf"""
    (?P<iso>(?<![\d/.-])(?P<iso_y>{_YEAR})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>0[1-9]|[12]\d|3[01])(?![\d/]))
  | (?P<dayrange>(?<![\w.,/-])(?P<dr_d1>{_DAY}){_ORD}\s*(?:-|–|—|to|and|au|et)\s*(?P<dr_d2>{_DAY}){_ORD}
        \s+(?:of\s+)?(?P<dr_m>{_MONTH})(?:,?\s+(?P<dr_y>{_YEAR}))?)
  | (?P<dm>(?:(?<![\w.,/-])|(?<=Date))(?P<dm_d>{_DAY}){_ORD}(?:\s+(?:of\s+)?|(?=[A-Z][a-z]))(?P<dm_m>{_MONTH})
        (?:,?\s+(?P<dm_y>{_YEAR}))?)
  | (?P<mdrange>(?P<mr_m>{_MONTH})\s+(?P<mr_d1>{_DAY}){_ORD}\s*(?:-|–|—|to)\s*(?P<mr_d2>{_DAY}){_ORD}
        (?:,?\s+(?P<mr_y>{_YEAR}))?)
  | (?P<md>(?P<md_m>{_MONTH})(?:\s+|,\s*(?={_DAY}{_ORD}(?:,?\s*{_YEAR}|\s*[.;:)\]]|\s*$)))(?P<md_d>{_DAY}){_ORD}(?![.,]\d{{3}}|\s*(?:%|per\s?cent))
        (?:(?:,\s*|\s+)(?P<md_y>{_YEAR}))?)
  | (?P<my>(?P<my_m>{_MONTH}),?\s+(?:of\s+)?(?P<my_y>{_YEAR}))
  | (?P<decade>(?<![\w$€£/.,])(?P<dec_y>(?:1[89]|20)\d0)'?s\b)
  | (?P<yrange>(?<![\w$€£/.,])(?P<yr_1>{_YEAR})\s?(?:-|–|—)\s?(?P<yr_2>(?:1[89]|20)\d\d|\d\d)(?![\d/]|\.\d\d))
  | (?P<year>(?<![\w$€£/.,])(?P<yr>{_YEAR})(?![/]|,\d{{3}}|\.\d{{4}}|\.\d\d\d?(?!\d)(?!{_FOOTNOTE_FOLLOWS})
                                            |\s?(?:%|per\s?cent|percent)))
  | (?P<relday>\b(?!(?<=[A-Za-z]\s)[A-Z])(?i:yesterday|today|tomorrow|tonight|this\s+(?:morning|afternoon|evening))\b)
  | (?P<relunit>\b(?P<ru_mod>(?i:last|this|next|earlier\s+this|later\s+this))\s+(?P<ru_unit>year|month|week)\b)
  | (?P<ago>\b(?P<ago_n>\d{{1,2}}|(?i:{_alternation(_NUMBER_WORDS)}))\s+(?P<ago_u>years?|months?|weeks?|days?)\s+ago\b)
  | (?P<weekday>\b(?P<wd>{_WEEKDAY})\b)
  | (?P<bare>(?P<bm>{_MONTH}))
    """,
    re.VERBOSE,
)

# Where a date can begin: a year, a day number that a month follows, or a word that can open a date (month,
# weekday, "yesterday", "last", "three" of "three years ago"...). Trying the combined expression only at these
# places, instead of at every character, is what keeps the scan fast: Python's re engine has no prefix
# optimisation for an alternation of this size, but it runs a character trie of the opening words quickly.

_LOWER_STARTERS = ("yesterday", "today", "tomorrow", "tonight", "last", "this", "next", "earlier", "later",
                   *(w for w in _NUMBER_WORDS if len(w) > 2))
_OPENING_WORDS = sorted(
    {*_EN_MONTHS, *(m.upper() for m in _EN_MONTHS), *_EN_ABBREVIATIONS, *(a.upper() for a in _EN_ABBREVIATIONS),
     *_FR_MONTHS, *(m.capitalize() for m in _FR_MONTHS), *_WEEKDAYS, *_LOWER_STARTERS,
     *(w.capitalize() for w in _LOWER_STARTERS), *(w.upper() for w in ("yesterday", "today", "tomorrow"))}
)
_ANCHOR_RE = re.compile(
    r"\b(?:(?:1[89]|20)\d\d(?!\d)"
    # a day number only when a month name (or a day range, or "ago") follows: footnotes and counts do not
    r"|\d{1,2}(?=(?:st|nd|rd|th|er)?\s+(?:of\s+)?[A-Zjfmasond]|(?:st|nd|rd|th|er)?\s*(?:-|–|—|to|and|au|et)\s*\d"
    r"|(?:st|nd|rd|th)?[A-Z][a-z]"  # glued to its month, as text taken from a PDF has it: "6December 1997"
    r"|\s+(?:years?|months?|weeks?|days?)\s+ago\b)"
    r"|[Aa]n?(?=\s+(?:year|month|week|day)s?\s+ago\b)"
    rf"|(?:{word_trie(_OPENING_WORDS)})(?![^\W\d_])"
    r"|Date(?=\d))"  # an infobox label glued to its value: "Date11 January 2013 – 15 July 2014"
)
# The same scan, skipping in C to the characters before a word (every anchor starts with a word character).
_ANCHOR_SCAN = WordBoundaryFinder(_ANCHOR_RE.pattern[len(r"\b"):])

# What stands directly before a match is read on the reversed text, so that every look-back is one anchored
# ``match`` at position 0 (a ``search`` for a pattern anchored with ``$`` tries every position of the window).


def _reversed(phrases) -> str:
    """An alternation matching the given phrases written backwards (words in reverse order, white space free)."""
    forms = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(r"\s+".join(re.escape(w[::-1]) for w in reversed(p.split())) for p in forms)


_QUALIFIERS = [
    f"{the}{very}{word}{of}"
    for the in ("", "the ")
    for very in ("", "very ")
    for word in ("early", "late", "mid", "middle", "end", "beginning", "start", "close")
    for of in ("", " of", " of the")
] + ["début", "fin", "mi", "courant"]
_MODIFIERS = ("last", "next", "this", "coming", "prochain")
_KEYWORDS = ("since", "from", "between", "until", "till", "up until", "depuis", "entre", "jusqu'en", "jusqu'au",
             "jusqu'à", "dès")
_LOOKBACK = 48
_BEFORE_RE = re.compile(
    rf"""(?ix)
    (?: (?:-|\s+) (?P<qual>{_reversed(_QUALIFIERS)}) \b
      | \s+ (?P<mod>{_reversed(_MODIFIERS)}) \b )?
    (?: \s+ (?P<kw>{_reversed(_KEYWORDS)}) \b )?
    (?: \W{{0,2}} (?P<word>[^\W\d_]+) \b )?
    """
)
# A month or year named after one of these words is a date; a bare month needs one of them (or a qualifier).
_TRIGGERS = frozenset(
    "in on at by for since until till from to through throughout during before after between and or of early late "
    "mid around circa c en depuis début fin mi dès au last next this".split()
)
_FR_ONLY = frozenset(_FR_MONTHS) - {m.lower() for m in _EN_MONTHS}
_FR_TRIGGERS = frozenset("en depuis début fin mi dès au jusqu'en courant".split())
_MONTH_ABBREVIATIONS_LOWER = frozenset(a.lower() for a in _EN_ABBREVIATIONS)
_CAPITALISED_AFTER = re.compile(r"\s+[A-Z][a-z]")
# A year that these strongly introduce is a year even if a count noun follows ("in 2011 Chinese troops...").
_STRONG_YEAR_TRIGGERS = frozenset(
    "in since until till from through throughout during before after between by circa early late mid en "
    "depuis".split()
)
# Things that a four-digit number can count; a number followed by one of them is no year.
_COUNT_NOUNS = (
    "troops|soldiers|servicemen|servicemembers|peacekeepers|personnel|police|policemen|officers|observers|"
    "staff|men|women|people|persons|civilians|refugees|casualties|deaths|dead|fighters|rebels|militants|"
    "engineers|medics|members|guards|infantry|sailors|marines|pilots|aircraft|helicopters|vehicles|tanks|"
    "units|boats|ships|km|kilometres|kilometers|miles|metres|meters|tons|tonnes|dollars|euros|votes|cases|"
    "children|families|households|hours|hrs|GMT|UTC|residents|displaced|prisoners|detainees|weapons|"
    "contributors|experts|volunteers|workers|students|more|others|strong"
)
_COUNT_AFTER = re.compile(rf"(?:\s*-\s*(?:strong|member|man|men|person|people|woman|women|seat|bed)\b"
                          rf"|\s+(?:[^\W\d_][\w-]*\s+){{0,2}}(?:{_COUNT_NOUNS})\b)")
# "2000 to 3000 troops", "1500 and 2000": a number range, not years. (The second is read backwards.)
_NUMBER_RANGE_AFTER = re.compile(r"\s*(?:-|–|to|and|or)\s*(?P<n>\d[\d,.]*)")
_NUMBER_RANGE_BEFORE_REV = re.compile(r"\s*(?:-|–|ot|dna|ro)\s*(?P<n>[\d,.]*\d)")
# Numbers that look like years but name a document, a page, an article: "resolution 2100 (2013)" (backwards).
_REFERENCES = ("resolution", "resolutions", "res.", "no.", "no", "nos.", "nos", "number", "numbers", "p.", "pp.",
               "page", "pages", "para", "para.", "paras", "paras.", "paragraph", "paragraphs", "article", "articles",
               "art.", "section", "sections", "chapter", "annex", "flight", "room", "code", "law", "decree", "rule",
               "item")
_REFERENCE_BEFORE_REV = re.compile(
    rf"(?i)\s*(?:(?:{_reversed(_REFERENCES)})\b|[#§№]|/SER/S|\(\s*\d+\s*(?:{_reversed(['resolution', 'resolutions'])}"
    r"|/SER/S))"
)
_YEAR_ONLY = re.compile(_YEAR)
_SPAN_END_KEYWORDS = (None, "until", "till", "up until", "jusqu'en", "jusqu'au", "jusqu'à")
_SPAN_GAP = re.compile(r"\s*(?:(?P<and>and|et)|to|until|till|up\s+until|through|thru|au|à|jusqu'(?:en|au|à)|-|–|—)\s*$")

# Clause-level tense markers (see clause_is_future).
_FUTURE_PHRASES = (
    "will", "shall", "won't", "wo not", "going to", "plan to", "plans to", "planning to", "planned", "intend to",
    "intends to", "hope to", "hopes to", "hoping to", "expect to", "expects to", "aim to", "aims to", "would",
    "could", "might", "upcoming", "forthcoming", "next", "later this", "seek to", "seeks to", "prepare to",
    "prepares to", "supposed to", "required to", "obliged to", "expires", "prévoit", "devrait", "sera", "seront",
)
# Run on lower-cased text: a case-sensitive prefix trie is three times faster than a case-insensitive
# alternation, and tense is tested for every resolved month and every event.
_FUTURE_RE = re.compile(
    rf"\b(?:{word_trie(_FUTURE_PHRASES)}|(?:is|are|be|was|were)\s+(?:expected|due|scheduled|set(?!\s+up\b)|slated|poised|to)\s"
    r"|must(?!\s+have\b)|va\s|vont\s)|'ll\b"
)
_MAY_RE = re.compile(r"\bmay\b")  # on the text as written: lower-case "may" only, "May" is a month
# Backwards: the clause before a point runs back to a punctuation mark that white space follows.
# (Parentheses do not break a clause: "will take over from AFISMA (the AU force) on 1 July".)
_CLAUSE_BEFORE_REV = re.compile(r"(?:[^,;:.!?\"“”]|(?<!\s)[,;:.!?\"“”])*")
_CLAUSE_BREAK_AFTER = re.compile(r"[,;:.!?\"“”](?:\s|$)")
# Verb-like words (auxiliaries, future markers, past forms): the first one after a clause-opening date.
_VERBISH = re.compile(
    r"(?<![\w-])(?:[a-z][\w’'-]*ed|will|would|shall|won't|is|are|was|were|has|have|had|plans?|hopes?|expects?"
    r"|intends?|aims?|seeks?|told|said|sent|took|began|left|led|fought|made|became|gave|held|met|won|lost|may"
    r"|might|could|going|due|set|va|vont|sera|seront|prévoit|devrait)\b|'ll\b"
)
# A present progressive right before a date, with a word or two (object, "by ...") between them at most.
_PROGRESSIVE_BEFORE = re.compile(
    r"(?i)\b(?:is|are|am)\s+(?:being\s+[a-z]+(?:ed|en|wn|nt)|(?!being\b)[a-z]+ing)(?:\s+\w+){0,2}?"
    r"\s+(?:on|in|at|by|this|next|early|late)\s+$"
)
_SENTENCE_BREAK_AFTER = re.compile(r"[;.!?](?:\s|$)")
_SENTENCE_BREAK_BEFORE_REV = re.compile(r"\s[;.!?]")  # on the reversed text: a stop that white space follows
_SENTENCE_LOOKBACK = 240
# A past statement verb right before a date ("said on Friday", "told reporters in April"): the date is its.
_RELATIVE_PRONOUN = re.compile(r"\b(?:who|which)\s+(?=[a-z])")
_STATEMENT_BEFORE = re.compile(
    r"(?i)\b(?:said|told(?:\s+(?:reporters|journalists|the\s+\w+|\w+))?|announced|stated|declared|confirmed|added"
    r"|noted|reported|wrote|warned|explained|insisted)\s+(?:(?:on|in|at|late|early|last|earlier)\s+)*$"
)
_LEADING_FILLER = re.compile(
    r"(?i:^\W*(?:\b(?:in|on|at|by|for|since|from|during|until|before|after|around|early|late|mid|middle|end|beginning"
    r"|start|close|the|of|and)\b\W*)*$)"
)

# ---------------------------------------------------------------------------------------------------------
# Tense
# ---------------------------------------------------------------------------------------------------------


def is_future_text(fragment: str) -> bool:
    """True when a clause holds a future marker (*will, plans to, hopes to, is expected to, would, may*)."""
    return _FUTURE_RE.search(fragment.lower()) is not None or _MAY_RE.search(fragment) is not None


def _future_at(fragment: str, position: int) -> bool:
    """A future marker starts at ``position`` of ``fragment``."""
    return _FUTURE_RE.match(fragment[position:position + 40].lower()) is not None \
        or _MAY_RE.match(fragment, position) is not None


def clause_is_future(text: str, start: int, end: int) -> bool:
    """True when the clause around ``text[start:end]`` speaks of the future ("hopes to hand over ... in July").

    The clause runs from the last punctuation before ``start`` to the next one after ``end``; when the
    expression opens its clause ("In July, France will ..."), the rest of the sentence counts as well. This is
    a marker test, not a parse: a clause with no future marker is taken as past or present.
    """
    before = _CLAUSE_BEFORE_REV.match(text[max(0, start - 120):start][::-1]).group()[::-1]
    if _STATEMENT_BEFORE.search(before[-40:]):
        return False  # "said on Friday it would repatriate": the date is the statement's, in the past
    if _PROGRESSIVE_BEFORE.search(before[-60:]):
        return True  # "is being replaced on Monday", "are arriving in March": a present progressive with a time
        # adverbial is a future arrangement
    after = text[end:end + 120]
    if _LEADING_FILLER.match(before):
        # The expression opens its clause: the tense is that of the first verb after it ("On Tuesday, the
        # head of UN peacekeeping told reporters that the UN would deploy": past, from "told").
        stop = _SENTENCE_BREAK_AFTER.search(after)
        if stop is not None:
            after = after[:stop.start()]
        verb = _VERBISH.search(after)
        if verb is not None:
            return _future_at(after, verb.start())
        # No verb after it: a trailing adverbial ("said it would deploy 200 troops, including engineers, by the
        # end of January") takes the tense of the sentence before it.
        sentence = text[max(0, start - _SENTENCE_LOOKBACK):start]
        stop = _SENTENCE_BREAK_BEFORE_REV.search(sentence[::-1])
        if stop is not None:
            sentence = sentence[len(sentence) - stop.start():]
        return is_future_text(sentence)
    relative = None
    for relative in _RELATIVE_PRONOUN.finditer(before):
        pass
    if relative is not None:
        # A relative clause opens between the clause's verb and the date: its own verb sets the tense ("will be
        # joining three officers who arrived as an advance party on 27 June": past).
        before = before[relative.end():]
    if is_future_text(before):
        return True
    if _VERBISH.search(before) is not None:
        # The date follows its own verb, which is not future ("arrived in May and will be replaced in
        # February 2020"): a future marker later in the clause belongs to another verb.
        return False
    stop = _CLAUSE_BREAK_AFTER.search(after)
    if stop is not None:
        after = after[:stop.start()]
    return is_future_text(after)


# ---------------------------------------------------------------------------------------------------------
# Resolution
# ---------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Atom:
    """One recognised date before spans are merged."""

    start: int
    end: int
    date: PartialDate
    relative: bool
    has_year: bool  # the year was written (not borrowed from the publication date)
    month: int | None = None
    day: int | None = None
    end_date: PartialDate | None = None
    kind: str = "point"
    keyword: str | None = None  # since / from / between / until ... directly before
    bare_start: int = -1  # start without the keyword
    unresolved: bool = False  # a month without a year and no publication date: kept only as a span's first end


_UNRESOLVED_YEAR = 1  # the placeholder year of a month named without one in a text without a publication date


def _make(y: int, m: int | None = None, d: int | None = None) -> PartialDate | None:
    try:
        if d is not None:
            return PartialDate(date(y, m, d), "day")
        if m is not None:
            return PartialDate(date(y, m, 1), "month")
        return PartialDate(date(y, 1, 1), "year")
    except ValueError:  # "February 30"
        return None


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


def _month_number(surface: str) -> int:
    return _MONTH_NUMBER[surface.rstrip(".").lower()]


# ---------------------------------------------------------------------------------------------------------
# Main entry point
# ---------------------------------------------------------------------------------------------------------


def _lookback(text: str, start: int) -> tuple[int, int, str | None, str | None, str | None, bool]:
    """Extend ``start`` over qualifiers ("mid-", "early"), modifiers ("last") and keywords ("since") before it.

    Returns (start with keyword, start without keyword, keyword, modifier, word before, qualified).
    """
    window = text[max(0, start - _LOOKBACK):start][::-1]
    m = _BEFORE_RE.match(window)
    bare_start = start - max(m.end("qual"), m.end("mod"), 0)
    new_start = start - m.end("kw") if m.group("kw") else bare_start
    keyword = " ".join(m.group("kw")[::-1].lower().split()[::-1]) if m.group("kw") else None
    modifier = m.group("mod")[::-1].lower() if m.group("mod") else None
    word = keyword or (m.group("word")[::-1].lower() if m.group("word") else None)
    return new_start, bare_start, keyword, modifier, word, m.group("qual") is not None


def _is_count(text: str, m: re.Match, word: str | None) -> bool:
    """A four-digit number that counts something rather than naming a year."""
    start, end = m.start(), m.end()
    before = text[max(0, start - 24):start][::-1]
    if _REFERENCE_BEFORE_REV.match(before):
        return True
    after = _NUMBER_RANGE_AFTER.match(text, end)
    if after is not None and not _YEAR_ONLY.fullmatch(after.group("n").rstrip(".,")):
        return True
    other = _NUMBER_RANGE_BEFORE_REV.match(before)
    if other is not None and not _YEAR_ONLY.fullmatch(other.group("n")[::-1].lstrip(".,")):
        return True
    return word not in _STRONG_YEAR_TRIGGERS and _COUNT_AFTER.match(text, end) is not None


def _atom(text: str, m: re.Match, published: PartialDate | None) -> _Atom | None:
    """Resolve one match of ``_DATE_RE`` (None when it is not a date or cannot be resolved)."""
    form = m.lastgroup
    g = m.group
    start, end = m.start(), m.end()
    new_start, bare_start, keyword, modifier, word, qualified = _lookback(text, start)

    def future() -> bool:
        return clause_is_future(text, start, end)

    def month_year(month: int) -> tuple[int | None, bool]:
        """Year for a month written without one: (year, relative)."""
        if published is None:
            # No publication date: a placeholder year, kept only when the month opens a span whose other end has
            # a year ("from January to May 1993"), dropped otherwise (_merge_spans, find_dates).
            return _UNRESOLVED_YEAR, True
        if modifier is not None:
            return _month_with_modifier(month, published, modifier), True
        # "since July" looks back, whatever the rest of the clause plans ("since July and will end ...")
        return _year_for_month(month, published, keyword not in ("since", "depuis") and future()), True

    def build(pd: PartialDate | None, relative: bool, has_year: bool, month=None, day=None,
              end_date=None, kind="point") -> _Atom | None:
        if pd is None:
            return None
        unresolved = not has_year and pd.value.year == _UNRESOLVED_YEAR
        return _Atom(new_start, end, pd, relative, has_year, month, day, end_date, kind, keyword, bare_start,
                     unresolved)

    if form == "iso":
        return build(_make(int(g("iso_y")), int(g("iso_m")), int(g("iso_d"))), False, True)

    if form in ("dm", "md", "my", "dayrange", "mdrange"):
        prefix = {"dm": "dm", "md": "md", "my": "my", "dayrange": "dr", "mdrange": "mr"}[form]
        month = _month_number(g(f"{prefix}_m"))
        year_text = g(f"{prefix}_y")
        if year_text is not None:
            year, relative = int(year_text), False
        else:
            year, relative = month_year(month)
            if year is None:
                return None
        if form == "my":
            return build(_make(year, month), relative, not relative, month)
        if form in ("dm", "md"):
            day = int(g(f"{prefix}_d"))
            return build(_make(year, month, day), relative, not relative, month, day)
        first, last = _make(year, month, int(g(f"{prefix}_d1"))), _make(year, month, int(g(f"{prefix}_d2")))
        if first is None or last is None or last.value <= first.value:
            return None
        return build(first, relative, not relative, month, first.value.day, end_date=last, kind="span")

    if form == "bare":
        surface = g("bm")
        if surface.lower() in _FR_ONLY:
            # A French month alone only in French, lower case, after a French word: "en mars" (not "to Mars").
            if not surface.islower() or word not in _FR_TRIGGERS:
                return None
        elif not (qualified or modifier or word in _TRIGGERS or _MONTH_PAIR_AFTER.match(text, end)):
            return None
        elif surface.rstrip(".").lower() in _MONTH_ABBREVIATIONS_LOWER and not surface.endswith("."):
            return None  # "by Jan Eliasson": an abbreviation alone needs its dot
        month = _month_number(surface)
        year, relative = month_year(month)
        if year is None:
            return None
        return build(_make(year, month), relative, False, month)

    if form == "year":
        if _is_count(text, m, None if qualified else word):
            return None
        return build(_make(int(g("yr"))), False, True)

    if form == "yrange":
        first = int(g("yr_1"))
        second_text = g("yr_2")
        second = int(second_text) if len(second_text) == 4 else first // 100 * 100 + int(second_text)
        if _is_count(text, m, None if qualified else word):
            return None
        if second <= first or second - first > 50:
            # "2013-07" (a month, not a span): keep the year only.
            return _Atom(new_start, m.start("yr_1") + 4, _make(first), False, True, kind="point",
                         keyword=keyword, bare_start=bare_start)
        return build(_make(first), False, True, end_date=_make(second), kind="span")

    if form == "decade":
        first = int(g("dec_y"))
        return build(_make(first), False, True, end_date=_make(first + 9), kind="span")

    if form == "relday":
        return build(_relative_day(g("relday"), published), True, False)

    if form == "relunit":
        return build(_relative_unit(g("ru_mod"), g("ru_unit"), published), True, False)

    if form == "ago":
        n_text = g("ago_n").lower()
        n = int(n_text) if n_text.isdigit() else _NUMBER_WORDS[n_text]
        return build(_ago(n, g("ago_u").lower(), published), True, False)

    if form == "weekday":
        if modifier is None and word not in _TRIGGERS and _CAPITALISED_AFTER.match(text, end):
            return None  # "The Sunday Times", "Monday Morning Briefing": part of a name
        if modifier == "last":
            direction = "past"
        elif modifier in ("next", "coming"):
            direction = "future"
        else:
            direction = "future" if future() else "past"
        return build(_weekday(g("wd"), published, direction), True, False)
    return None  # pragma: no cover - every alternative is handled above


def _merge_spans(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """Join 'from A to B', 'between A and B', 'A-B' into spans; set since/until kinds."""
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        if b is not None and a.kind == "point" and b.kind == "point" and b.keyword in _SPAN_END_KEYWORDS:
            gap = _SPAN_GAP.match(text, a.end, b.bare_start)  # "until" is b's keyword and the gap at once
            ok = gap is not None and gap.end() == b.bare_start
            if ok and gap.group("and") is not None:
                ok = a.keyword in ("between", "entre")
            if ok:
                start_date, relative = a.date, a.relative or b.relative
                if not a.has_year and b.has_year and a.month is not None:
                    # "between March and May 2013": the first end takes the year of the second.
                    year = b.date.value.year - (1 if b.month is not None and a.month > b.month else 0)
                    start_date = _make(year, a.month, a.day) or a.date
                    relative = b.relative
                if start_date.value <= b.date.value:
                    out.append(_Atom(a.start, b.end, start_date, relative, True, a.month, a.day,
                                     end_date=b.date, kind="span", keyword=a.keyword, unresolved=b.unresolved))
                    i += 2
                    continue
        if a.kind == "point" and a.keyword in ("since", "from", "depuis", "dès"):
            a = replace(a, kind="since")
        elif a.kind == "point" and a.keyword in ("until", "till", "up until", "jusqu'en", "jusqu'au", "jusqu'à"):
            a = replace(a, kind="until")
        elif a.keyword in ("between", "entre") and a.kind == "point":
            # "between" without a partner date ("between 2010 and the elections"): drop the keyword.
            a = replace(a, start=a.bare_start)
        out.append(a)
        i += 1
    return out


_PAIR_GAP = re.compile(r"\s*(?:and|or|to|through|-|–|—)\s*")
# A month that another month with a year follows: "February and March 1999", "January to March 1998".
_MONTH_PAIR_AFTER = re.compile(rf"\s*(?:and|or|to|through|-|–|—)\s*{_MONTH},?\s+{_YEAR}")


def _with_paired_years(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """ "in February and March 1999", "in August and October, 1964", "over the period January to March 1998": a
    month without a year that a month with a written year follows, joined by "and", "or", "to" or a dash, is of
    that year (of the year before when its month comes later: "November and January 1994")."""
    out = list(atoms)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.has_year or a.month is None or a.kind != "point" or not b.has_year or b.month is None \
                or _PAIR_GAP.fullmatch(text, a.end, b.bare_start) is None:
            continue
        paired = _make(b.date.value.year - (1 if a.month > b.month else 0), a.month, a.day)
        if paired is not None:
            out[i] = replace(a, date=paired, relative=False, has_year=True, unresolved=False)
    return out


_RELATIVE_YEAR_AFTER = re.compile(r"(?i)(?:\s+|\s*,\s*|\s+of\s+)(?:last|this|next)\s+year\b")


def _with_relative_years(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """ "In May last year", "in March of next year": a month without a year and the relative year after it are one
    date (the month of that year), not the month resolved on its own plus a year."""
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        if b is not None and a.month is not None and not a.has_year and a.kind == "point" \
                and b.date.precision == "year" and b.relative \
                and _RELATIVE_YEAR_AFTER.fullmatch(text, a.end, b.end) is not None:
            merged = _make(b.date.value.year, a.month, a.day)
            if merged is not None:
                out.append(_Atom(a.start, b.end, merged, True, False, a.month, a.day, keyword=a.keyword,
                                 bare_start=a.bare_start))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def find_dates(text: str, published: PartialDate | None) -> list[DateMention]:
    """Every date expression in text (a whole document or one sentence), sorted, non-overlapping, offsets
    relative to text, resolved against the publication date where relative."""
    atoms: list[_Atom] = []
    last_end = 0
    match = _DATE_RE.match
    for position, _ in _ANCHOR_SCAN.finditer(text):
        if position < last_end:
            continue
        m = match(text, position)
        if m is None and text.startswith("Date", position):
            m = match(text, position + 4)
        if m is None:
            continue
        last_end = m.end()
        atom = _atom(text, m, published)
        if atom is None:
            continue
        if atoms and atom.start < atoms[-1].end:  # a lookback prefix may not reach into the previous date
            atom.start = atom.bare_start = m.start()
        atoms.append(atom)
    result = []
    for a in _merge_spans(text, _with_paired_years(text, _with_relative_years(text, atoms))):
        if a.unresolved:
            continue
        result.append(DateMention(start=a.start, end=a.end, surface=text[a.start:a.end], date=a.date,
                                  end_date=a.end_date, relative=a.relative, kind=a.kind))
    return result
