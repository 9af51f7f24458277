"""Stage 7, as-of date: an explicit date of the figure's clause, a statement's date, a dateline, else the
publication date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.extract import status
from pipeline.extract.contrib.common import _CHANGED_FROM_ANYWHERE
from pipeline.extract.contrib.context import SentenceContext
from pipeline.extract.types import (
    PartialDate,
)

# A date after the figure dates it when it follows closely ("sent 500 troops in January") or dates the
# statement ("..., the army said on Monday"); not when it belongs to a comparison or a relative clause.
_DATE_AFTER_WINDOW = 140


_DATE_AFTER_STOP = re.compile(
    r"\b(?:than|as (?:many|much|it|they|in)|compared|versus|which|who|whose|where|created|established|set up|"
    r"founded|launched|began|begun|started|formed|since|after|before|unlike)\b",
    re.IGNORECASE,
)


# The end of a dateline after its date: "NAIROBI, July 17 - ", "JAKARTA, Sept 24 (Reuters) - ".
_DATELINE_END = re.compile(r"(?:,?\s*\d{4})?\s*(?:\([A-Za-z. ]{2,20}\)\s*)?[-\u2013\u2014]{1,2}\s")


_STATEMENT_DATE = re.compile(
    r"\b(?:said|says|announced|stated|added|confirmed|reported|told\s+\w+(?:\s+\w+)?)\s+"
    r"(?:on\s+|late\s+on\s+|earlier\s+|last\s+)?$",
    re.IGNORECASE,
)


_AS_OF_BEFORE = re.compile(r"\bas\s+(?:of|at)\s+$", re.IGNORECASE)
# A date inside a "since" phrase starts a span; it does not date the figure.
_SINCE_PHRASE = re.compile(r"\bsince\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){1,4}?(?:in|of|on)\s+$",
                           re.IGNORECASE)
# "At the end of 1992", "at the end of this year": the year's last month, at the precision the text gives (C2;
# real dev r7_006, r5_034).
_END_OF = re.compile(r"(?:the\s+)?end\s+of\b", re.IGNORECASE)


def _at_text_precision(d) -> PartialDate:
    """The date of a mention as the text gives it: "the end of 1992" is December 1992."""
    if d.date.precision == "year" and _END_OF.match(d.surface):
        return PartialDate(d.date.value.replace(month=12), "month")
    return d.date


def _other_predicate(text: str, clause: tuple[int, int], np_end: int, pos: int,
                     figures: Sequence[tuple[int, int]]) -> bool:
    """Whether a date at ``pos`` after a figure belongs to another figure's predicate: a verb, then another
    figure, stand between them ("had 4,500 peacekeepers ... and would deploy a further 300 ... next month"); not
    when the figures share their verb ("500 gendarmes and 850 soldiers arrived in April")."""
    others = [f_start for f_start, f_end in figures if np_end <= f_start and f_end <= pos]
    if not others:
        return False
    cues = status.clause_cues(text[clause[0]:clause[1]])
    return any(np_end <= clause[0] + c_pos < others[-1] for c_pos, _, _ in cues)


# A time word of the present between an earlier date and the figure: the date is another clause's, the figure is
# today's (the publication's): "In 2015, the UK pledged to double the number of its Peacekeepers, and today almost
# 600 UK military personnel are working across 7 different missions" (real dev r5_049; also r8_111 "Since 1960,
# Pakistan has been actively involved ... and today stands at the top with 10,175 troops"). Not a date that "as of"
# introduces ("As of 1 June 2014, Ireland is currently contributing ...").
_PRESENT_WORD = re.compile(r"\b(?:today|now|currently|at\s+present|presently)\b", re.IGNORECASE)


# A date that ends a fronted phrase governed by a participle of agreeing or founding dates that act, not the figure
# of the clause after the comma: "According to a progressive disengagement plan agreed upon by ONUB and the
# Burundian government in 2005, the 640-strong Ethiopian contingent would leave in March" (real dev r10_006: March,
# as the gold), "Established by the Security Council in 2007, the mission is expected to have a total of 26,000"
# (r1_038, r1_039).
_AGREED = re.compile(r"\b(?:agreed|signed|adopted|approved|established|concluded|negotiated|reached|created|"
                     r"founded|set\s+up)\b[^,;:()]{0,70}$", re.IGNORECASE)
_COMMA_NEXT = re.compile(r"\s*,")


def _fronted_participle_date(text: str, d, clause_start: int) -> bool:
    if _COMMA_NEXT.match(text, d.end) is None:
        return False
    return _AGREED.search(text, max(clause_start, d.start - 80), d.start) is not None


def _present_between(text: str, d, np_start: int) -> bool:
    if _PRESENT_WORD.search(text, d.end, np_start) is None:
        return False
    return _AS_OF_BEFORE.search(text, max(0, d.start - 12), d.start) is None


def _as_of(sc: SentenceContext, clause: tuple[int, int], np_start: int, np_end: int) -> PartialDate | None:
    """An explicit date of the figure's clause ("In January 2012, China deployed..."), else the publication date.

    A date before the figure in its clause counts, unless it follows another figure, whose date it is ("sent 300
    to Haiti in 2010 and another 200 in 2011"); one after it when it follows closely ("sent 500 troops in
    January", "will be deployed to the UN Mission in Liberia next month") or dates the statement ("..., the army
    said on Monday"), but not in a comparison ("as many as it had in 2000") nor a relative clause. "since 1992"
    dates a cumulative total up to the publication, not the figure. A dateline's date ("ACCRA, March 10 - ...")
    dates the story: a date of the figure's own after it comes first.
    """
    text, dates, published = sc.text, sc.dates, sc.ctx.published

    def figures() -> Sequence[tuple[int, int]]:  # the sentence's figures, found when first needed
        return sc.figures

    dateline: PartialDate | None = None
    apposition = status.apposition_end(text, np_end)  # a date inside it describes the people, not the figure
    for d in dates:
        if d.start < clause[0] or d.start >= clause[1]:
            continue
        if d.kind == "since" and d.surface[:5].lower() == "since":
            continue  # "since 1992" starts a total; "from next year" dates a plan
        if _SINCE_PHRASE.search(text, max(clause[0], d.start - 50), d.start):
            continue  # "Since the first dispatch in February 1996, Japan has continued to dispatch ..." (r5_041)
        if d.start >= np_end:
            if apposition is not None and d.start < apposition:
                continue
            statement = _STATEMENT_DATE.search(text, max(np_end, d.start - 40), d.start)
            near = d.start - np_end <= _DATE_AFTER_WINDOW and not _DATE_AFTER_STOP.search(text, np_end, d.start) \
                and not _other_predicate(text, clause, np_end, d.start, figures()) \
                and not _CHANGED_FROM_ANYWHERE.search(text, np_end, d.start)  # "600, up from 400 in July"
            if not (statement or near):
                continue
        elif d.start >= np_start or any(clause[0] <= f_start and f_end <= d.start < np_start
                                         for f_start, f_end in figures() if f_end <= np_start and f_start < np_start) \
                or _CHANGED_FROM_ANYWHERE.search(text, d.end, np_start) or _present_between(text, d, np_start) \
                or _fronted_participle_date(text, d, clause[0]):
            continue  # a date of another figure: after it, or before a change ("In 2012, ... 1,900, down from 2,200")
        elif dateline is None and _DATELINE_END.match(text, d.end, np_start):
            dateline = d.date
            continue
        return d.end_date or d.date if d.kind == "until" else _at_text_precision(d)
    if dateline is None and text[max(0, clause[0] - 6):clause[0]].lower().endswith("when"):
        # "Ghana first sent troops abroad in 1960, when a battalion ... went to the Congo": the date before it.
        comma = text.rfind(",", max(0, clause[0] - 12), clause[0])
        for d in dates:
            if comma > 0 and d.end <= comma and not text[d.end:comma].strip():
                return d.date
    return dateline or _as_of_caption(sc, np_start) or published


def _as_of_caption(sc: SentenceContext, np_start: int) -> PartialDate | None:
    """The date of an "as of" phrase earlier in the sentence, which dates every figure after it even in another
    clause ("According to the latest figures as of the end of March 2012, Japan is ranked as the 38th (449
    personnel)": real dev r2_048; C7's "As of November 1993" in running text)."""
    for d in sc.dates:
        if sc.sent.start <= d.start < np_start and _AS_OF_BEFORE.search(sc.text, max(sc.sent.start, d.start - 12),
                                                                         d.start):
            return _at_text_precision(d)
    return None




# A paragraph that opens with "As of <date>," gives the date of the standing figures it goes on to tell: a written
# answer's "As of 1 June 2014, Ireland is contributing approximately 417 Defence Forces personnel ... Ireland's main
# deployments are ... UNIFIL with 199 personnel" (real dev r8_001), "As of 09 February 2024, the most recent figures
# available, Ireland is contributing 530 ... The two main missions ... UNIFIL with 332 personnel" (r3_002). A plan
# or a pledge keeps the date of its statement.
_AS_OF_LEAD = re.compile(r"(?:^|\n|[.!?:]\s+)[\"\u201c]?As\s+(?:of|at)\s+$")
_LEAD_REACH = 14  # characters before the date that hold its "As of"
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\u00a0]*\n")
_PARAGRAPH_REACH = 4000  # no paragraph is longer


def _as_of_leads(sc: SentenceContext) -> list:
    """The document's dates that follow a sentence-opening "As of", found once per document."""
    leads = getattr(sc.doc, "_as_of_leads", None)
    if leads is None:
        text = sc.text
        leads = [d for d in sc.doc.dates if d.kind == "point" and
                 _AS_OF_LEAD.search(text, max(0, d.start - _LEAD_REACH), d.start) is not None]
        sc.doc._as_of_leads = leads
    return leads


def paragraph_as_of(sc: SentenceContext) -> PartialDate | None:
    """The date of the "As of <date>," that opens a sentence before this one in its paragraph, if any."""
    leads = [d for d in _as_of_leads(sc) if d.start < sc.sent.start]
    if not leads:
        return None
    last = leads[-1]
    if sc.sent.start - last.end > _PARAGRAPH_REACH or \
            _PARAGRAPH_BREAK.search(sc.text, last.end, sc.sent.start) is not None:
        return None  # another paragraph
    return _at_text_precision(last)
