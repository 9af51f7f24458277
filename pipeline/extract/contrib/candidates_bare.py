"""Stage 1, candidates: the ``bare`` rule of ``candidates.CANDIDATE_RULES``, kept apart from ``candidates``
(at its size limit): a figure without a noun that counts a group named before it, and the names of its shapes
("anaphoric": "another 200"; "partitive": "Around 1,000 of them"; "bare_object": "pulled out 450.";
"bare_ranked": "Rwanda follows with 980"; "bare_subject": "; 300 arrived in March"; "bare_predicate": "300 are
women"; "bare_coordinated": "sent 300 to Mali and 200 to Chad"), or of the vetoes it returns ("not_people",
"loss_of_people").
"""

from __future__ import annotations

import re

from pipeline.extract import lexicon, personnel
from pipeline.extract.contrib.common import _PARTITIVE_PART
from pipeline.extract.contrib.context import SentenceContext
from pipeline.extract.types import Quantity

# "another 200", "the remaining 600", "the first 100": a figure that continues a group named before (the last
# word, or the last two words, before it).
_ANAPHORIC_WORDS = lexicon.word_set("anaphoric_words")


_ANAPHORIC_PAIRS = lexicon.word_set("anaphoric_pairs")


# "pulled out 450.", "withdrew 1,000 in December", "sent 300 more to Chad": a verb of sending or withdrawing, then a
# figure that ends its clause or meets a preposition or a time.
_ACT_WORDS = lexicon.word_set("act_words")


_ACT_PAIRS = lexicon.word_set("act_pairs")


# "Rwanda follows with 980", "Senegal is second with 950": a place in a ranking, and its figure.
_RANKED_WITH = re.compile(
    r"\b(?:leads?|led|follows?|followed|comes?|came|ranks?|ranked|next|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth|behind\s+(?:it|them|\w+)|place|position|spot|contributors?,?|highest|lowest)\s+with\s+$",
    re.IGNORECASE,
)


# "with 2,510 in uniform": uniformed personnel of every kind.
_IN_UNIFORM = re.compile(r"\s+in\s+uniform\b", re.IGNORECASE)


# "losing 124 of them": the figure counts the dead.
# A figure without a noun after money or a share counts more of them; nor is any larger than this a group of
# people named before.
_NOT_PEOPLE_KINDS = frozenset({"money", "percent", "decimal", "multiplier"})


_MAX_BARE = 500_000


_LOSS_WORDS = lexicon.word_set("loss_words")


_BARE_END = re.compile(
    # "We deployed 45 yesterday and a further 47 today" (real dev, Australian Senate 2006): a day after the figure
    r"\s*(?:[,.;:)]|$|(?:more|to|from|in|into|out|by|last|this|next|on|at|for|with|under|during|earlier|later|"
    r"yesterday|today|tomorrow|tonight)\b)"
)


# "; 300 arrived in March", "and 400 have already left": a figure that is the subject of a verb of movement.
_BARE_SUBJECT_LEAD = re.compile(
    r"\W*(?:(?:and|but|while|whereas|of\s+these|of\s+them|of\s+(?:the|these|those|its|their)\s+[^;]{1,80}?,)\W*)?"
    r"(?:(?:today|now|currently|at\s+present|presently|still)\W*)?",
    re.IGNORECASE,
)


# "300 are women", "40 will be engineers": a figure without a noun whose predicate names the people it counts.
_OF_WHOM = re.compile(r"\b(?:of\s+whom|among\s+them|among\s+whom)\s+(?:(?:some|about|around|nearly)\s+)?$",
                      re.IGNORECASE)


_PREDICATE_NOUN = re.compile(
    r"\s+(?:are|were|will\s+be|would\s+be)\s+(?:[a-z-]+\s+){0,2}?(?:" + personnel.PERSON_NOUN_RE.pattern + r")",
    re.IGNORECASE,
)


_ACT_AFTER = re.compile(
    r"\s+(?:(?:have|has|had|were|was|are|is|will|would|should|are\s+due\s+to|are\s+expected\s+to|are\s+to)\s+)?"
    r"(?:(?:already|since|also|now|currently|still|presently|reportedly)\s+)?(?:be\s+|been\s+)?"
    r"(?:arrived?|left|leave|depart(?:ed)?|deployed|deploy|returned|return|withdrawn|withdrew|sent|repatriated|"
    r"follow(?:ed)?|rotated|join(?:ed)?|serve[ds]?|serving|remain(?:ed|s)?|stay(?:ed|s)?|expected|due)\b",
    re.IGNORECASE,
)


# "sent 300 to Mali and 200 to Chad": a figure coordinated with the one before, its place or time after it.
_AND_BEFORE = re.compile(r"(?:,|\band)\s+$", re.IGNORECASE)


_PLACE_AFTER = re.compile(r"\s+(?:more\s+)?(?:to|in|into|for|from|with|last|this|next|on)\b", re.IGNORECASE)


def _rule_bare(sc: SentenceContext, q: Quantity, clause: tuple[int, int]
               ) -> tuple[personnel.HeadNoun | None, str] | None:
    head, name = _bare_head(sc, q, clause)
    return (head, name) if name else None


def _bare_head(sc, q: Quantity, clause: tuple[int, int]) -> tuple[personnel.HeadNoun | None, str]:
    """A figure without a noun that counts the group named before it: "another 200", "the remaining 600",
    "Around 1,000 of them are in Lebanon", "pulled out 450.", "; 300 arrived in March", "sent 300 to Mali and
    200 to Chad". Its noun is the antecedent's (``_antecedent_type``)."""
    text = sc.text
    if sc.kind_before.get(q.start) in _NOT_PEOPLE_KINDS or (q.low or q.high or 0) > _MAX_BARE:
        return None, "not_people"  # "$40 million in reimbursements, and another 10 million"
    before = text[max(clause[0], q.start - 40):q.start]
    words = before.lower().split()[-2:]
    last = words[-1] if words else ""
    pair = " ".join(words)
    if last in _LOSS_WORDS:
        return None, "loss_of_people"  # "losing 124 of them"
    if (last in _ANAPHORIC_WORDS or pair in _ANAPHORIC_PAIRS) and (_BARE_END.match(text, q.end) or
                                                                  _ACT_AFTER.match(text, q.end)):
        rule = "anaphoric"
    elif _PARTITIVE_PART.match(text, q.end):
        rule = "partitive"
    elif (last in _ACT_WORDS or pair in _ACT_PAIRS) and _BARE_END.match(text, q.end):
        rule = "bare_object"
    elif last == "with" and _RANKED_WITH.search(before) and _BARE_END.match(text, q.end):
        rule = "bare_ranked"  # "Rwanda follows with 980"
    elif (lead := q.start - clause[0] <= 120 and _BARE_SUBJECT_LEAD.fullmatch(text, clause[0], q.start)) and \
            _ACT_AFTER.match(text, q.end):
        rule = "bare_subject"
    elif (lead or _OF_WHOM.search(before)) and (predicate := _PREDICATE_NOUN.match(text, q.end, clause[1])):
        # "300 are women", "850 peacekeepers, of whom 75 are women"
        noun = personnel.PERSON_NOUN_RE.match(text, predicate.start(predicate.lastgroup))
        return personnel.HeadNoun(personnel.person_noun_type(noun), q.start, q.end, noun.group(0), ()), \
            "bare_predicate"
    elif sc.out and _AND_BEFORE.search(before) and _PLACE_AFTER.match(text, q.end) and \
            sc.out[-1].quantity.end >= clause[0]:
        rule = "bare_coordinated"
    else:
        return None, ""
    antecedent = ("peacekeepers", "in uniform") if _IN_UNIFORM.match(text, q.end) else sc.antecedent(q.start)
    if antecedent is None:
        return None, ""
    # The head is the figure itself; its surface is the antecedent's noun, which the type is read from.
    return personnel.HeadNoun(antecedent[0], q.start, q.end, antecedent[1], ()), rule
