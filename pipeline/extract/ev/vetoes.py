"""vetoes"""

from __future__ import annotations

import re

from pipeline.extract.ev.common import Trigger
from pipeline.extract.types import DateMention, Sentence

# ---------------------------------------------------------------------------------------------------------

_CITATION_AFTER = re.compile(
    r"(?i)[\s)\]]*[,.;]?\s*(?:pp?\.\s*\d|https?://|www\.|accessed|retrieved|available\s+(?:at|from)|URL\b)"
)
_PUBLICATION = (
    r"(?:Times|Post|News|Journal|Herald|Guardian|Telegraph|Reuters|AFP|AP|Press|Review|Report|Monitor|Agency"
    r"|Institute|Tribune|Gazette|Economist|Daily|Magazine|Radio|Television|BBC|CNN|Xinhua|Bulletin|Quarterly"
    r"|Affairs|Studies|Policy|Paper|Papers|Brief|Briefing|Online|Standard|Chronicle|Observer|Express|Mail)"
)
_CITATION_BEFORE = re.compile(
    rf"(?:[”\"]\s*,?\s*(?:\(?[A-Z][\w.&'’-]*\)?\s*){{1,7}},\s*"
    rf"|,\s*(?:The\s+)?(?:[A-Z][\w.&'’-]*\s+){{0,4}}{_PUBLICATION}\s*(?:\([^()]{{1,30}}\)\s*)?,\s*)$"
)
_PUBLISHED_STAMP = re.compile(r"(?i)\b(?:published|updated|posted|issued|dated|last\s+modified)\s*:?\s*(?:on\s*)?$")
_DATELINE_BEFORE = re.compile(r"\W*(?:[A-Z][A-Za-z.'’/-]*\s*){1,4},\s*$|\W*$")
_DATELINE_AFTER = re.compile(r"(?:,?\s*\d{4})?\s*(?:\([^)]{1,40}\)\s*)?[-–—:]")
_COMPARISON_HINT = re.compile(r"(?i)\b(?:as|than|compared|from|relative|levels?)\b")
_COMPARISON_BEFORE = re.compile(
    r"(?i)\b(?:as\s+(?:many|much|few|little|high|large)\s+as|than|compared\s+(?:with|to)|up\s+from|down\s+from"
    r"|relative\s+to|levels?\s+of)\s+(?:[a-z’']+\s+){0,3}?(?:(?:in|on|at|by|during)\s+)?$"
)
_ADJECTIVE_BEFORE = re.compile(r"(?i)(?:\b(?:the|a|an|its|their|his|her|this|that|these|those|our)|['’]s)\s+$")
_ADJECTIVE_AFTER = re.compile(r"\s+[a-z]")
_STATE_DATE_BEFORE = re.compile(r"(?i)\bas\s+(?:of|at|on)\s+$")
_TITLE_WORD = re.compile(r"\b[A-Za-z][\w’'-]{3,}")
# A date used as the adjective of an event noun dates that event: "seized power in a 1994 coup", "after the
# Dec. 1 election", "the 1994 genocide".
_EVENT_NOUN_AFTER = re.compile(
    r"\s+(?:(?P<other>coup|coups|elections?|genocide|referendum|uprising|revolution|war|independence|earthquake"
    # "the 1974 Disengagement Agreement", "the 2015 peace accord"
    r"|(?:[A-Z][\w-]+\s+|peace\s+){0,2}?(?:[Aa]greements?|[Aa]ccords?|[Tt]reaty|[Cc]ease-?fire))"
    r"|(?P<attack>attacks?|massacres?|bombings?|ambush)|(?P<intervention>invasion|offensive|intervention))\b"
)
# A year in parentheses after a document's number: "resolutions 2628 (2022) of ... and 2687 (2023)",
# "[PSC/PR/COMM.1068 (2022)]".
_DOCUMENT_NUMBER_BEFORE = re.compile(r"[\d.]\d\)?\s*\($")
# Two dates of one happening: "withdrew ... in 2021 and 2022", "in March and April".
_DATE_PAIR_GAP = re.compile(r"(?i)\s*(?:,|and|or|,\s*and)\s*(?:in\s+|on\s+)?")
# A demand's deadline: "asked the mission to complete the withdrawal ... by December 31".
_DEADLINE_BEFORE = re.compile(r"(?i)\b(?:by|before|no\s+later\s+than)\s+(?:the\s+end\s+of\s+)?$")
_PLURAL_BEFORE = re.compile(r"[a-z]{3,}s\s+$")
_ACTIVE_PERFECT = re.compile(r"(?i)\b(?:have|has|had)\s+$")

def _is_not_event(text: str, sentence: Sentence, d: DateMention, clause_start: int) -> bool:
    """Citations, datelines, stamps, comparisons, adjectives, titles, decades."""
    if d.kind == "span" and d.end_date is not None and d.surface.rstrip().endswith("s") \
            and d.date.value.year % 10 == 0 and d.end_date.value.year - d.date.value.year == 9:
        return True  # a decade: too vague to date an event
    before = text[sentence.start:d.start]
    if _CITATION_AFTER.match(text, d.end, sentence.end + 40):
        return True
    # (Cheap guards before the regexes anchored at the end, which try every position of their window.)
    if before.rstrip().endswith(",") and _CITATION_BEFORE.search(before[-120:]):
        return True
    if d.start - sentence.start <= 80 and _PUBLISHED_STAMP.search(before[-40:]):
        return True
    open_paren = before.rfind("(")
    if open_paren > before.rfind(")") and ":" in before[open_paren:]:
        return True  # "(Stockholm, Sweden: SIPRI, November 2009)"
    if d.start - sentence.start <= 60 and _DATELINE_BEFORE.fullmatch(before) \
            and _DATELINE_AFTER.match(text, d.end, sentence.end):
        return True
    window = text[max(clause_start, d.start - 80):d.start]
    if _COMPARISON_HINT.search(window) and _COMPARISON_BEFORE.search(window):
        return True
    if _STATE_DATE_BEFORE.search(before[-12:]):
        return True  # "as of December 2020": the date of a state
    if _DOCUMENT_NUMBER_BEFORE.search(before[-12:]):
        return True  # "(2023)" after a document's number is part of its symbol
    if d.kind == "point" and _ADJECTIVE_BEFORE.search(before[-12:]) and _ADJECTIVE_AFTER.match(text, d.end) \
            and not _EVENT_NOUN_AFTER.match(text, d.end):
        return True  # "Beijing's 2004 expansion", "the 24 December 2013 resolution"
    return _in_title(text, sentence, d)


def _in_title(text: str, sentence: Sentence, d: DateMention) -> bool:
    """The date sits inside a quoted title in Title Case ("“Peacekeeping in 2013,” Journal")."""
    before = text[sentence.start:d.start]
    opening = max(before.rfind("“"), before.rfind('"'))
    if opening < 0 or before.rfind("”") > opening:
        return False
    after = text[d.end:sentence.end]
    closing = min((i for i in (after.find("”"), after.find('"')) if i >= 0), default=-1)
    if closing < 0:
        return False
    quoted = before[opening + 1:] + " " + after[:closing]
    words = _TITLE_WORD.findall(quoted)
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _is_tally(text: str, sentence_start: int, trigger: Trigger) -> bool:
    """ "have been killed", "peacekeepers killed in hostile acts": victims counted (over a "since" span), unlike
    attacks that go on ("attacks have killed 1,000 civilians since 2014", "have attacked positions since August")."""
    word = text[trigger.start:trigger.end].lower()
    before = text[max(sentence_start, trigger.start - 12):trigger.start]
    if word.startswith("lost"):
        return True
    if word.startswith(("kill", "wound", "injur")):
        return _ACTIVE_PERFECT.search(before) is None
    # "71 missions established since 1948": a participle after a plural noun counts what it names
    return word.endswith("ed") and " " not in word and _PLURAL_BEFORE.search(before) is not None
