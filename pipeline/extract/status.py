"""The status of a personnel figure, read from the verbs and time words of its clause.

Hand-written: the statuses are the annotation guide's own (offered, pledged, planned, deployed, serving,
cumulative, withdrawn), and the cues are few and specific to the domain.

Where the cues are read depends on the figure's place in its clause. When the figure's noun phrase is the
subject ("About 800 Nigerian troops have been pulled out", "UNMIL said 400 police officers would be
repatriated"), its predicate follows it and the cues after the noun phrase count, up to the end of that
predicate. Otherwise the figure is an object or a complement ("Nepal will send 850 troops", "with 7,800
personnel deployed") and only the cues before it count, plus words that make a total cumulative wherever they
stand ("22,000 troops to UN PKOs in total").
"""

import functools
import re

from pipeline.extract.personnel import PERSON_NOUN_RE, UNIT_RE, unit_kind, ws

# Cues by status. Each alternative is a regex over the lower-cased clause (matching lower-cased text without
# IGNORECASE is several times faster); a space matches any white space (PDF text breaks lines inside phrases).
_CUES: tuple[tuple[str, str], ...] = (
    # Leaving: a withdrawal, unless a destination follows ("left Accra for Juba"; see ``_DEPARTURE_TO``).
    ("departure", r"left|leaves?|leaving|depart(?:ed|s|ing)?|set off|set out"),
    ("withdrawn", r"withdr[ae]wn?|withdraws|withdrawing|withdrawal of|"
                  r"pull(?:s|ed|ing)? (?:[\w\u2019',-]+ ){0,5}?(?:out|back)|return(?:s|ed|ing)? (?:home|from)|"
                  r"(?:be|being|been|were|was) (?:replaced|relieved)|"
                  r"complet(?:ed|es|ing) (?:its|their) (?:tour|rotation|deployment|mission)|"
                  r"repatriat(?:e|es|ed|ing|ion of)|(?:bring|brings|bringing|brought) (?:back )?home|"
                  r"recall(?:s|ed|ing)?|sen(?:t|d|ds|ding) home|evacuat(?:e|es|ed|ing)|"
                  r"draw(?:s|n|ing)? down|drew down|drawdown of|quit|quitting"),
    ("offered", r"offer(?:ed|s|ing)?|propos(?:ed|es|ing) to (?:send|deploy|contribute|provide)|"
                r"volunteer(?:ed|s)? to|(?:willing|ready|prepared|stands ready|stood ready) to "
                r"(?:send|deploy|contribute|provide|dispatch|commit|offer)"),
    ("pledged", r"pledg(?:e|es|ed|ing)|commit(?:s|ted)? (?:itself )?to|(?:has|have|had) committed|"
                r"promis(?:e|es|ed|ing)|earmark(?:s|ed)?"),
    # "may" is a modal only in lower case ("May" is the month): see ``_MONTH_MAY``.
    ("planned", r"will|would|shall|plans? to|planned|planning to|intends? to|intended to|is to|are to|"
                r"to be (?:sent|deployed|dispatched)|expected|expects?|set to|"
                r"due to (?:arrive|be|leave|deploy|join|depart|begin|start|travel)|scheduled|going to|"
                r"prepar(?:es|ing) to|probably|likely|could|might|may|decided to|decides to|approv(?:ed|es)|"
                r"agreed to|aims? to|seeks? to|upcoming|future|estimated|consider(?:s|ing)|"
                r"delayed|postponed|deferred"),
    ("cumulative", r"in total|in all|all told|altogether|so far|to date|thus far|till date|until now|up to now|"
                   r"cumulative(?:ly)?|over the (?:past|last) (?:[\w-]+ )?(?:years|decades?)|over the years|"
                   r"in the (?:past|last) (?:[\w-]+ )?(?:years|decades)|(?:has|have|had) (?:so far |now )?served|"
                   r"(?:has|have) (?:been )?rotated|rotated through"),
    # A presence that lasts ("has been based in Bor since 2013") is a standing total, even with "since".
    ("state", r"(?:has|have|had) been (?:based|stationed|deployed|present|serving|in)|(?:has|have) had"),
    ("cumulative_since", r"since (?:the )?(?:1[89]\d\d|20\d\d)s?|since (?:its|their|it|they|the country)\b"),
    # A standing total whatever the verb: "currently deploys", "are stationed in", "contributes".
    ("standing", r"currently|at present|presently|"
                 r"(?:are|is|remain|remains) (?:still |now |currently )?(?:deployed|stationed|based|serving|present)|"
                 r"contributes|provides|fields"),
    ("cumulative_weak", r"a total of"),
    ("deployed", r"deploy(?:ed|s|ing)?|deployment of|redeploy(?:ed|s|ing)?|sent|send(?:s|ing)?|"
                 r"dispatch(?:ed|es|ing)?|arriv(?:e|ed|es|ing)|arrival of|landed|flew|flown|contribut(?:ed|ing)|"
                 r"provid(?:ed|ing)|rotat(?:ed|ing)|reinforc(?:ed|ing)|join(?:s|ed|ing)?|"
                 r"consist(?:s|ed|ing)? of|head(?:s|ed|ing)? (?:to|for)|en route to"),
    ("serving", r"has|have|had|maintain(?:s|ed)?|serv(?:e|es|ing)|stationed|on the ground|based|"
                r"there (?:are|were|is)|participat(?:e|es|ing)|is home to|keeps?|hosts?|counts?|"
                r"includ(?:es|ing)|numbers|stands? at|totals|comprises?|today|now"),
)
# Strongest first: a withdrawal or an offer settles the status; a plan outranks a total ("will send a total of
# 1,000 troops in all" is planned); "currently" makes any verb a standing total.
_PRIORITY = ("withdrawn", "offered", "pledged", "planned", "cumulative", "standing", "state", "cumulative_since",
             "cumulative_weak", "deployed", "serving")
_STATUS_OF = {"standing": "serving", "state": "serving", "cumulative_since": "cumulative",
              "cumulative_weak": "cumulative"}
# Read after a figure that is not a subject too: "22,000 troops to UN PKOs in total", and the lasting presence
# that outranks "since": "Hanbit unit, with 290 engineers, has been based in Bor since 2013".
_ANYWHERE = ("cumulative", "state", "cumulative_since")

_CUE_RE = re.compile(
    r"\b(?:" + "|".join(f"(?P<{status}{i}>{ws(alt)})" for i, (status, alt) in enumerate(_CUES)) + r")\b"
)
_GROUP_STATUS = {f"{status}{i}": status for i, (status, _) in enumerate(_CUES)}
# A departure to somewhere is a deployment: "left for Mali", "left Accra for South Sudan" (read on the text as
# written: the places between are capitalised).
_DEPARTURE_TO = re.compile(r"\s+(?:[A-Z][\w\u2019'-]*\s+){0,3}(?:for|to)\b(?!\s+(?:home|good)\b)")

# The end of the predicate that follows a subject figure: a comma, a dash, or a subordinate clause.
_PREDICATE_END = re.compile(
    r"[,;:()\u2013\u2014]|\b(?:after|before|because|when|while|whereas|although|though|amid|but|so that|"
    r"in order to|to deal with)\b",
    re.IGNORECASE,
)
_PREDICATE_WINDOW = 100
_APPOSITION = re.compile(r"\s*,[^,;:]{1,40},")
_INSIDE_APPOSITION = re.compile(r",\s*(?:including|among them|of whom|of which|mostly|mainly)\s+(?:\w+\s+){0,3}$",
                                re.IGNORECASE)
_COMMA = re.compile(r"\s*,")

# Words that can stand in a noun phrase before its figure ("the first batch of", "another", "its"), and the
# words and marks after which a noun phrase starts a clause ("said", "that", a comma, a quote).
_NP_WORDS = frozenset(
    """the a an some another all its their our his her these those first last latest new remaining further
    additional batch group contingent team total of more than nearly almost over about around only just
    initial second third rest remainder up to at least as many each every and rotation wave battalion company
    unit platoon detachment squadron brigade force deployment arrival withdrawal departure dispatch contribution
    pledge offer repatriation including""".split()
)
_SUBJECT_BOUNDARY_WORDS = frozenset(
    "that said says say told tells announced announces added adds reported reports stated states".split()
)
_LEFT_TOKEN = re.compile(r"[\w\u2019'.-]+|[^\w\s]")
_BOUNDARY_MARKS = frozenset(",:;(\"\u201c\u201d\u2018\u2019'\u2013\u2014")
_SUBJECT_LOOKBACK = 100


def is_subject(before: str) -> bool:
    """Whether a noun phrase preceded by ``before`` (its clause up to the phrase) starts that clause: only
    determiners, quantifiers and capitalised words ("A contingent of", "The last", "Kenya's") stand between it
    and the clause start, a punctuation mark, or a reporting verb ("UNMIL said 400 police officers ...")."""
    tail = before[-_SUBJECT_LOOKBACK:]
    tokens = _LEFT_TOKEN.findall(tail)
    after_unit = False  # the token just after this one (nearer the figure) is a unit noun
    for tok in reversed(tokens):
        low = tok.lower()
        if tok in _BOUNDARY_MARKS or low in _SUBJECT_BOUNDARY_WORDS:
            return True
        unit = UNIT_RE.fullmatch(tok) is not None
        if (low in _NP_WORDS or tok[:1].isupper() or tok[:1].isdigit() or unit or PERSON_NOUN_RE.fullmatch(tok)
                or (after_unit and tok.isalpha()) or unit_kind(low) is not None):
            # "Senegal's 500 gendarmes and 850 soldiers", "A Chinese medical team of", "A Swedish intelligence
            # unit of": the figure's own noun phrase, or an earlier figure of the same subject.
            after_unit = unit
            continue
        return False
    return len(before) <= _SUBJECT_LOOKBACK


def _lower(text: str) -> str:
    """``text`` lower-cased, keeping every offset (the few characters whose lower case is longer are kept)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return lowered


@functools.lru_cache(maxsize=256)  # the figures of one clause share its cues
def clause_cues(clause: str) -> tuple[tuple[int, str, str], ...]:
    """Every status cue of ``clause``: (offset, status, cue as written), in order."""
    out = []
    for m in _CUE_RE.finditer(_lower(clause)):
        status = _GROUP_STATUS[m.lastgroup]
        start = m.start()
        if status == "departure":
            status = "deployed" if _DEPARTURE_TO.match(clause, m.end()) else "withdrawn"
        elif status == "planned" and clause[start] == "M":
            continue  # "May", the month
        out.append((start, status, clause[start:m.end()]))
    return tuple(out)


def figure_status(clause: str, np_start: int, np_end: int) -> tuple[str, str]:
    """The status of the figure whose noun phrase spans ``clause[np_start:np_end]``, and the cue that decided
    it ("" when none did: a figure with no cue is a standing total, "serving")."""
    predicate = (0, 0)
    if is_subject(clause[:np_start]):
        start = np_end
        if _INSIDE_APPOSITION.search(clause, max(0, np_start - 40), np_start):
            # "The contingent, including 20 engineers, will leave": the comma closes the figure's apposition.
            comma = _COMMA.match(clause, np_end)
            if comma:
                start = comma.end()
        else:
            apposition = _APPOSITION.match(clause, np_end)  # "The British contingent of 400, mostly engineers, ..."
            if apposition:
                start = apposition.end()
        limit = min(len(clause), start + _PREDICATE_WINDOW)
        stop = _PREDICATE_END.search(clause, start, limit)
        predicate = (start, stop.start() if stop else limit)
    found: dict[str, str] = {}
    for pos, status, cue in clause_cues(clause):
        if pos < np_start or predicate[0] <= pos < predicate[1] or (pos >= np_end and status in _ANYWHERE):
            found.setdefault(status, cue)
    for status in _PRIORITY:
        if status in found:
            return _STATUS_OF.get(status, status), found[status]
    return "serving", ""
