"""triggers"""

from __future__ import annotations

import re

from pipeline.extract.ev.common import _LEADING_FILLER, Trigger
from pipeline.extract.ev.vetoes import _ADJECTIVE_AFTER

# ---------------------------------------------------------------------------------------------------------
# Triggers: one combined expression, alternatives in priority order (at one position the first one wins, so
# "took over command" is an appointment before it is a handover, "offered to send" a pledge before a
# deployment). Group names are "<type>__<rule>".
# ---------------------------------------------------------------------------------------------------------

_W = r"(?:[\w’'-]+\s+)"  # one word and its space
_ROLES = r"(?:commander|head|chief|leader|director|representative|envoy|coordinator)"
_PERSONNEL = (r"(?:troops|soldiers|peacekeepers|personnel|police|units?|battalions?|compan(?:y|ies)|contingents?"
              r"|sending|deploying|contributing)")
_SEND = r"(?:send|deploy|contribute|provide)"
_OPERATIONS = r"(?:\w+\s+){0,2}?(?:operations|patrols|missions|escorts?)"
_OPERATIONS_IN = r"(?:\w+\s+){0,3}?(?:missions?|operations?|peacekeeping|PKOs?|forces?)\b"
# "contributed its first peacekeepers", "contributing Chinese formed police units"
_TROOPS = (r"(?:[\w’'-]+\s+){0,4}?(?:troops|soldiers|peacekeepers|personnel|police|units?|battalions?|compan(?:y|ies)"
           r"|contingents?|forces|engineers|medics|observers|officers|staff|helicopters|aircraft|infantry)\b")
_NOT_MAIL = (r"(?!\s+(?:[\w’'-]+\s+){0,2}?(?:letters?|messages?|notes?|requests?|invitations?|reports?|signals?"
             r"|e-?mails?|statements?|communications?|condolences)\b)")  # "sent a letter"
_MANDATE_OBJECT = r"(?:[\w’'-]+\s+){0,3}?(?:mandates?|missions?|deployments?|presence|authori[sz]ations?|operations?)\b"
# Each branch starts with a literal stem in lower case; the stems make the anchor trie below.
_TRIGGERS: list[tuple[str, str, tuple[str, ...]]] = [
    ("statement", "pledge_announced", (rf"announc(?:ed|es|ing)\s+(?:that\s+)?(?:it|they|\w+)\s+would\s+{_SEND}",)),
    ("appointment", "command", (r"assum(?:ed|es|e|ing)\s+(?:the\s+)?command",
                                r"took(?:\s+over)?\s+(?:the\s+)?command",
                                r"tak(?:es?|ing)(?:\s+over)?\s+(?:the\s+)?command",
                                # "has commanded the force since June 2013", "has headed the mission since 2013"
                                # (a country that commands a force is rarer in news than a general who does)
                                rf"command(?:ed|s)\s+(?:the\s+)?{_W}{{0,4}}?(?:force|mission|operation|contingent"
                                r"|brigade|battalion|troops)\b",
                                rf"head(?:ed|s)\s+(?:the\s+)?{_W}{{0,4}}?(?:force|mission|operation)\b")),
    ("appointment", "served_as", (rf"serv(?:ed|es|ing)\s+as\s+(?:the\s+)?{_W}{{0,3}}?{_ROLES}",)),
    ("appointment", "became", (rf"bec(?:ame|omes?)\s+(?:the\s+)?{_W}{{0,3}}?{_ROLES}",)),
    ("appointment", "appointed", (r"appoint(?:ed|s|ing|ment)?", r"nominat(?:ed|es|ion)", r"sworn\s+in",
                                  r"named\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?(?:head|chief|commander|force|special"
                                  r"|acting|deputy)")),
    ("pledge", "offer", (rf"offer(?:ed|s|ing)?(?:\s+to\s+{_SEND})?", rf"pledg(?:ed|es|e|ing)(?:\s+to\s+{_SEND})?",
                         rf"promis(?:ed|es|e|ing)(?:\s+to\s+{_SEND})?",
                         rf"commit(?:ted|s|ting)?\s+(?:to\s+)?{_W}{{0,3}}?{_PERSONNEL}", rf"agreed\s+to\s+{_SEND}",
                         # "the deployment was approved by the Dáil", "Parliament voted on Sept. 5 to send troops":
                         # a legislature's approval of a sending is a pledge (the Security Council's is a mandate)
                         r"approv(?:ed|al)\s+(?:of\s+|by\s+)?(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:D[áa]il|parliament"
                         r"|senate|congress|bundestag|national\s+assembly|legislature|lawmakers|cabinet)\b",
                         *(rf"{body}\s+(?:\w+\s+)?(?:voted|approved|authori[sz]ed)\b"
                           for body in ("parliament", "lawmakers", "legislators", "senate", "congress", "bundestag"))
                         )),
    ("handover", "handover", (r"hand(?:s|ed|ing)?\s+over", r"handover", r"hand-over",
                              r"took\s+over", r"tak(?:es?|en|ing)\s+over",
                              r"transfer(?:red|ring|s)?\s+(?:of\s+)?(?:the\s+)?(?:\w+\s+)?(?:authority"
                              r"|responsibilit\w+|command|control)",
                              r"transition(?:ed|ing)?\s+(?:to|into|from)", r"re-?hatt(?:ed|ing)",
                              r"assum(?:ed|es|e|ing)\s+(?:\w+\s+)?responsibilit\w+")),
    # "ATMIS replaced AMISOM", "was succeeded by UNSMIH": only with a mission or a force in the clause (checked).
    ("handover", "replace", (r"replac(?:ed|es|ing)", r"succeed(?:ed|s)(?!\s+in\b)", r"supersed(?:ed|es)")),
    # "AMIS was absorbed into UNAMID": the mission after "into" takes over.
    ("handover", "absorbed", (r"absorb(?:ed|s)\s+into", r"merged\s+into", r"subsumed\s+into", r"folded\s+into")),
    ("other", "relations", (r"establish(?:ed|es|ing|ment)?\s+(?:\w+\s+){0,2}?(?:relations|ties)",)),
    ("mandate", "mandate", (r"establish(?:ed|es|ing|ment)?", r"authori[sz](?:ed|es|e|ing|ation)", r"mandat(?:ed|e)\b",
                            rf"extend(?:ed|s|ing)?\s+{_MANDATE_OBJECT}", rf"extension\s+{_MANDATE_OBJECT}",
                            rf"renew(?:ed|s|al|ing)?\s+{_MANDATE_OBJECT}", rf"creat(?:ed|es|ion)\s+{_MANDATE_OBJECT}",
                            r"set\s+up", r"created(?=\s+(?:in|on|by)\b)",
                            r"vot(?:ed|es|e|ing)\s+unanimously",
                            r"approv(?:ed|es|al)\s+(?:of\s+|by\s+)?(?:the\s+)?(?:U\.N\.\s+|UN\s+|United\s+Nations\s+)?"
                            r"Security\s+Council",
                            r"vot(?:ed|es|e|ing)\s+(?:unanimously\s+)?(?:to|for|on)", r"adopt(?:ed|s|ing)\s+resolution",
                            r"adoption\s+(?:[\w’'-]+\s+){0,4}?resolutions?\b",
                            rf"approv(?:ed|es|e|al|ing)\s+(?:of\s+)?(?:the\s+)?{_MANDATE_OBJECT}",
                            rf"endors(?:ed|es|e|ement|ing)\s+(?:of\s+)?(?:the\s+)?{_MANDATE_OBJECT}")),
    # "resolution 2687, adopted in June": only after a resolution (checked).
    ("mandate", "adopted", (r"adopted",)),
    # "agreed to extend ECOMIG": only when a mission follows (checked).
    ("mandate", "extend_mission", (r"extend(?:ed|s|ing)?", r"renew(?:ed|s|ing)?")),
    ("intervention", "intervention", (r"interven(?:ed|es|e|ing|tions?)", r"invad(?:ed|es|e|ing)", r"invasion",
                                      r"cross(?:ed|es)\s+(?:the\s+border|into)\b",
                                      rf"fought\s+(?:a|an|the)?\s*{_W}{{0,2}}?wars?",
                                      r"wag(?:ed|es|ing)\s+(?:a\s+)?(?:war|campaign)",
                                      r"defeat(?:ed|s|ing)?\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:rebels?|rebellion"
                                      r"|militants?|militias?|insurgen\w+|armed\s+groups?|jihadists?|fighters)\b",
                                      r"launch(?:ed|es|ing)?\s+(?:a\s+|an\s+|its\s+)?(?:\w+\s+){0,2}?(?:offensive"
                                      r"|operation|intervention|air\s?strikes|strikes|campaign|incursion)")),
    ("attack", "attack", (r"attack(?:ed|s|ing)?", r"ambush(?:ed|es)?", r"assault(?:ed|s)?", r"raid(?:ed|s)",
                          r"shell(?:ed|ing)", r"bomb(?:ed|ing|ings)", r"kill(?:ed|ing)", r"wounded", r"injured",
                          r"kidnapp(?:ed|ing)", r"abduct(?:ed|ion)", r"came\s+under\s+(?:attack|fire)",
                          r"struck\s+by", r"hit\s+by", r"clash(?:ed|es)", r"lost\s+their\s+lives",
                          *(rf"{verb}\s+(?:a|an|the|its|their|two|three|several)\s+{_W}{{0,2}}?(?:convoy|patrol|base"
                            r"|camp|vehicle|position|compound|helicopter|plane|device|IED|mine|landmine|bomb)s?\b"
                            for verb in ("struck", "hit")),
                          r"seized\s+by", r"taken\s+hostage", r"held\s+hostage", r"fell\s+to\b",
                          r"overr(?:an|un|uns|unning)", r"storm(?:ed|ing)", r"open(?:ed|s|ing)?\s+fire",
                          r"return(?:ed|s|ing)?\s+fire")),
    ("attack", "struck", (r"struck",)),  # "a convoy was struck on Monday" (checked: after a form of "be")
    ("withdrawal", "withdrawal", (r"withdr(?:ew|awn|aws|awing|awal|aw)", r"pull(?:ed|s|ing)?\s+(?:out|back)",
                                  r"pull-?out", r"repatriat(?:ed|es|e|ion|ing)", r"dr(?:ew|awn|awing)\s+down",
                                  r"drawdown", r"terminat(?:ed|es|e|ion)", r"rotat(?:ed|es|ing)\s+(?:out|home)\b",
                                  r"exit(?:ed|s|ing)?(?=\s+(?:from\s+)?(?:the\s+country\b|(?-i:[A-Z])))", r"left\s+the\s+(?:country|mission)",
                                  r"scal(?:ed|es|ing)\s+(?:back|down)", r"wound\s+down", r"wind(?:s|ing)?\s+down",
                                  r"sent\s+(?:back\s+)?home\b", r"send(?:s|ing)?\s+(?:[\w’'-]+\s+){0,3}?home\b",
                                  r"end(?:ed|s|ing)?\s+(?:its|their|his|her|our|the)\s+(?:[\w’'-]+\s+){0,3}?"
                                  r"(?:participation|deployment|presence|involvement|engagement|mission|operations)\b",
                                  *(rf"{verb}\s+(?:its|their)\s+(?:\w+\s+)?(?:footprint|presence|contingents?|troops"
                                    r"|forces|personnel|deployment)\b"
                                    for verb in (r"reduc(?:ed|es|e|ing)", r"cut(?:s|ting)?")),
                                  r"brought\s+(?:[\w’'-]+\s+){0,5}?(?:home|back)\b",
                                  r"bring(?:s|ing)?\s+(?:[\w’'-]+\s+){0,5}?(?:home|back)\b",
                                  r"flew\s+(?:back\s+)?(?:out|home)\b", r"flown\s+(?:back\s+)?(?:out|home)\b",
                                  r"return(?:ed|s|ing)?\s+(?:back\s+)?home\b",
                                  r"vacat(?:ed|es|ing)(?!\s+(?:the\s+|his\s+|her\s+|its\s+)?(?:posts?|seats?|office"
                                  r"|positions?)\b)")),
    ("withdrawal", "gone", (r"gone",)),  # "must be gone by 31 December" (checked: after a form of "be")
    # A mission closing ("UNMIL closed in March 2018", "the closure of UNOCI"): only with a mission (checked).
    ("withdrawal", "closure", (r"clos(?:ed|es|ing|ure)",)),
    # "has had a continuous presence in UNIFIL since 1978", "Since May 2006, it has kept a contingent",
    # "Ghana, a contributor to UN peacekeeping since 1960": only with a "since" date (checked in extract_events).
    ("deployment", "presence_since", (*(rf"{verb}\s+(?:a\s+|an\s+|its\s+|their\s+|the\s+)?(?:[\w’'-]+\s+){{0,2}}?"
                                        r"(?:presence|contingents?|battalions?|troops|units?|peacekeepers"
                                        r"|compan(?:y|ies)|backbone)\b"
                                        for verb in ("kept", r"keep(?:s|ing)?", r"maintain(?:ed|s|ing)?", "had",
                                                     r"provid(?:ed|es|ing)")),
                                      # "has had a continuous presence": the noun (not "has", a stem too frequent)
                                      r"presence\b",
                                      r"contributors?\s+(?:of\s+\w+\s+)?(?:to|in)\b")),
    ("deployment", "join_mission", (rf"join(?:ed|s|ing)?\s+(?:the\s+)?{_W}{{0,4}}?(?:missions?|forces?"
                                    r"|peacekeep\w*|operations?|contingents?)\b",)),
    # "formally launched its mission, known as SAMIM, on July 15": operations begin (authorising is a mandate).
    ("deployment", "deploy", (r"deploy(?:ed|s|ing|ments?)?", r"launch(?:ed|es|ing)?\s+(?:the\s+|its\s+|their\s+)?"
                              r"(?:\w+\s+){0,3}?mission", r"serv(?:ed|es|e|ing)\s+(?:in|with|under|on)\b",
                              r"beg[au]n\s+(?:its\s+|their\s+)?operations",
                              r"start(?:ed|s)?\s+(?:its\s+|their\s+)?operations",
                              r"commenc(?:ed|es)\s+(?:its\s+|their\s+)?operations", r"became\s+operational",
                              r"dispatch(?:ed|es|ing)?", rf"sent{_NOT_MAIL}", rf"send(?:s|ing)?{_NOT_MAIL}",
                              rf"contribut(?:ed|es|e|ing)\s+{_TROOPS}",
                              r"provid(?:ed|es|e|ing)\s+(?:\w+\s+){0,2}?(?:security|troops|soldiers|peacekeepers"
                              r"|personnel|police|protection|units?|engineers|support)",
                              r"stationed", r"rotat(?:ed|es|e|ing|ions?)", r"reinforc(?:ed|es|e|ing|ements?)",
                              rf"led\s+(?:the\s+|a\s+|an\s+)?{_W}{{0,4}}?(?:force|mission|operation|coalition)\b",
                              rf"participat(?:ed|ing|ion|es|e)\s+in\s+{_OPERATIONS_IN}",
                              rf"took\s+part\s+in\s+{_OPERATIONS_IN}", rf"tak(?:ing|es?)\s+part\s+in\s+{_OPERATIONS_IN}",
                              rf"sustain(?:ed|s|ing)?\s+{_OPERATIONS}", rf"conduct(?:ed|s|ing)?\s+{_OPERATIONS}",
                              rf"carri(?:ed|es)\s+out\s+{_OPERATIONS}", r"patrol(?:led|s|ling)",
                              r"escort(?:ed|ing)", r"posted\s+to\b")),
    # "has been a troop contributor since 1960"; "have been in Somalia since 2007" (checked: a country or a mission
    # follows).
    ("deployment", "contributor", (r"been\s+(?:a|an|one\s+of\s+the)\s+(?:[\w’'-]+\s+){0,4}?contributors?\b",)),
    ("deployment", "presence", (r"been\s+(?:present\s+|based\s+|stationed\s+)?in\b",)),
    # "has contributed to UNIFIL since 2006", "has participated in UNTSO": only when a mission follows (checked).
    ("deployment", "contribute_mission", (r"contribut(?:ed|es|e|ing)\s+to", r"participat(?:ed|ing|es|e)\s+in",
                                          r"led(?!\s+to\b)")),
    # Movements: arriving or landing at home is a return; leaving for a place a deployment, leaving the host a
    # withdrawal (decided from the actor and the place; see _movement).
    ("deployment", "arrive", (r"arriv(?:ed|es|al|e|ing)", r"land(?:ed|s|ing)",
                              r"return(?:ed|s|ing)?(?=\s+(?:to|from)\b)")),
    ("deployment", "depart", (r"depart(?:ed|s|ing|ure)?", r"left", r"leav(?:e|es|ing)")),
    ("other", "ceremony", (r"paid\s+(?:\w+\s+){0,2}?tributes?", r"pay(?:s|ing)?\s+(?:\w+\s+){0,2}?tributes?",
                           r"laid\s+(?:a\s+)?wreaths?", r"lay(?:s|ing)?\s+(?:a\s+)?wreaths?",
                           r"commemorat(?:ed|es|ing|ion)", r"honou?r(?:ed|s|ing)", r"observed\s+(?:a\s+)?(?:minute"
                           r"|moment)", r"held\s+(?:a\s+|an\s+|its\s+|the\s+)?(?:[\w’'-]+\s+){0,3}?(?:ceremony|service|commemoration"
                           r"|parade|meeting|conference|summit|session|debate|talks)\b",
                           # "at its 1168th meeting held on 14 August 2023", "May 29 marked the International Day"
                           *(rf"{noun}\s+(?:was\s+)?held\b"
                             for noun in ("meeting", "conference", "summit", "session", "debate", "ceremony", "parade")),
                           r"award(?:ed|s)\s+(?:[\w’'-]+\s+){0,4}?medals?\b",
                           r"mark(?:ed|s)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,5}?(?:Day|anniversary)\b")),
    ("other", "funding", (r"cut(?:s|ting)?\s+(?:[\w’'-]+\s+){0,2}?(?:payments?|funding|funds|contributions?|budgets?"
                          r"|allowances|stipends|aid|support)\b",
                          r"suspend(?:ed|s|ing)?\s+(?:[\w’'-]+\s+){0,2}?(?:payments?|funding|funds|contributions?|aid"
                          r"|support|allowances|stipends|cooperation|rotations|flights|deployments?|operations"
                          r"|patrols|participation)\b")),
    # "opened in 2004": a centre, a base, an office (checked).
    ("other", "opening", (r"open(?:ed|s)", r"inaugurat(?:ed|es|ion)")),
    # "demanded in June that the mission leave", "ordered a halt to all rotations": a demand that a force leave or
    # stop (checked).
    ("other", "demand", (r"demand(?:ed|s)", r"order(?:ed|s)", r"request(?:ed|s)", r"ask(?:ed|s)",
                            r"expel(?:led|s)")),
    # "The conflict broke out in 2003"; fighting or violence that erupts is an attack (see _event).
    ("other", "outbreak", (r"broke\s+out", r"erupt(?:ed|s)")),
    ("other", "other", (r"join(?:ed|s|ing)?", r"took\s+effect", r"tak(?:es|e)\s+effect", r"entered\s+into\s+force",
                        r"enters\s+into\s+force", r"came\s+into\s+force", r"comes\s+into\s+force", r"evacuat(?:ed|ion|es|e|ing)", r"sign(?:ed|s|ing)",
                        r"ratif(?:ied|ies|y)", r"held\s+(?:\w+\s+)?elections", r"elected", r"independence",
                        r"seiz(?:ed|es|e)\s+(?:power|control)", r"ousted", r"overthr(?:ew|own)", r"coup",
                        r"visit(?:ed|s)", r"bec(?:ame|omes?)\s+(?:a\s+)?member", r"admitted",
                        r"elections?\s+(?:were|was|will\s+be)\s+held")),
    # Light verbs: they date whatever event noun their clause (or their subject's clause) names ("the transfer
    # of authority took place", "the next rotation, ..., is planned for March").
    ("other", "light", (r"took\s+place", r"tak(?:es|ing|e)\s+place", r"occurred", r"happened",
                        # "is planned for", "was scheduled for" (checked: after a form of "be")
                        *(rf"{verb}\s+(?:for|on|in|by)\b"
                          for verb in ("planned", "scheduled", "slated", "due", "set", "expected")))),
    # A threat, a vow or a refusal dates a statement; what it threatens is no happening (its triggers are dropped).
    ("statement", "threat", (r"threaten(?:ed|s|ing)?\s+to", r"vow(?:ed|s)\s+to", r"refus(?:ed|es)\s+to")),
    ("statement", "born", (r"born",)),  # "Born in 1965, General Diop joined": a biography, not an event
    ("statement", "statement", (r"said", r"says", r"say", r"told", r"tells", r"stated", r"declared", r"noted",
                                r"informed", r"notified",
                                r"added", r"explained", r"argued", r"warned", r"reported", r"wrote", r"commented",
                                r"announced", r"according\s+to", r"confirmed", r"stressed", r"insisted",
                                r"claimed", r"denied", r"urged", r"called\s+for", r"signall?ed")),
]


def _stem(branch: str) -> str:
    """The literal letters a trigger branch starts with (two at least: they anchor the scan)."""
    stem = re.match(r"[a-z'-]*", branch).group()
    if len(stem) < 2:
        raise ValueError(f"trigger branch without a literal stem: {branch!r}")
    return stem

_STEMS = sorted({_stem(b) for _, _, branches in _TRIGGERS for b in branches})


def _trigger_expression(word: str) -> re.Pattern:
    """The trigger alternatives that can start where the sentence scan found ``word`` (a stem, lower case):
    those whose stem and ``word`` are prefixes of one another, in priority order. One small expression per stem,
    instead of the whole table tried at every stem, keeps the scan fast."""
    groups = []
    for kind, rule, branches in _TRIGGERS:
        chosen = [b for b in branches if _stem(b).startswith(word) or word.startswith(_stem(b))]
        if chosen:
            groups.append(f"(?P<{kind}__{rule}>{'|'.join(chosen)})")
    return re.compile(r"(?i)(?:" + "|".join(groups) + r")\b")


# The case-insensitive expressions run only where the sentence scan (below) finds a stem.
_TRIGGER_BY_STEM = {stem: _trigger_expression(stem) for stem in _STEMS}
# A present participle is a predicate only after an auxiliary or an aspect verb (two words at most before it).
_AUXILIARY_BEFORE = re.compile(
    r"(?i)\b(?:is|are|was|were|be|been|being|am|began|begin|begins|beginning|started|starts|start|continues?|"
    r"continued|kept|keeps|stopped|ended|resumed|will|would)\s+(?:\w+\s+)?$"
)
_MAIL_BEFORE = re.compile(
    r"(?i)\b(?:letters?|messages?|notes?|reports?|requests?|invitations?|e-?mails?|statements?)\s+(?:\w+\s+)?$"
)
# A past participle after a determiner and before a noun is an adjective ("Ghana's deployed personnel"); not "that".
_DETERMINERS = frozenset(
    "the a an its their his her our these those newly recently already previously".split()
)


def _is_determiner(before: str) -> bool:
    """The word that ends ``before`` (white space after it) is a determiner or a possessive."""
    if not before[-1:].isspace():
        return False
    words = before.rsplit(None, 1)
    word = words[-1] if words else ""
    return word.lower() in _DETERMINERS or word.endswith(("'s", "’s"))


def _trigger_at(text: str, position: int, start: int, end: int, stem: str) -> Trigger | None:
    """The trigger starting at ``position`` (where the scan found ``stem``) of the sentence ``text[start:end]``."""
    m = _TRIGGER_BY_STEM[stem].match(text, position, end)
    if m is None:
        return None
    kind, rule = m.lastgroup.split("__")
    words = m.group().split(None, 1)
    first = words[0].lower()
    if first in ("sent", "send", "sends", "sending") and _MAIL_BEFORE.search(text[max(start, position - 30):position]):
        return None  # "a letter sent on 3 May"
    if kind != "statement" and first.endswith("ing") and first != "meeting":
        before = text[max(start, position - 40):position]
        if not _AUXILIARY_BEFORE.search(before) and not _LEADING_FILLER.match(before):
            return None  # "peacekeepers participating in": a modifier, not a predicate
    if text[position].isupper() and not first.endswith(("ed", "s")) and _CAPITALISED_AFTER.match(text, m.end()) \
            and _CAPITALISED_BEFORE.search(text, max(start, position - 30), position) \
            and text[start:position].strip():
        return None  # "the Force Intervention Brigade", "Operation Restore Hope": a name
    if first.endswith("ed") and position > start and text[position - 1] == "-":
        return None  # "African-led", "UN-backed": a compound adjective, not a predicate
    if len(words) == 1 and first.endswith("ed") and _ADJECTIVE_AFTER.match(text, m.end()) \
            and _is_determiner(text[max(start, position - 16):position]):
        return None  # "Ghana's deployed personnel", "the stationed troops": an adjective, not a predicate
    before = text[max(start, position - 40):position]
    if (" on " in before or " about " in before or " over " in before or " regarding " in before
            or " concerning " in before) and _TOPIC_BEFORE.search(before):
        return None  # "talks on the withdrawal", "a report on the handover": the topic of something else
    if first == "attacks" and _TREND_AFTER.match(text, m.end()):
        return None  # "attacks on peacekeepers increased in 2022": a trend, not an attack
    check = _TEXT_CHECKS.get(rule)
    if check is not None and not check(text, m, start, end):
        return None
    return Trigger(m.start(), m.end(), kind, rule)


# Rules whose trigger word is ambiguous: the words around it decide (the checks that need the countries and
# missions of the sentence are in _checked).
_BE_BEFORE = re.compile(r"(?i)\b(?:be|been|is|are|was|were)\s+(?:\w+\s+)?$")
_RESOLUTION_BEFORE = re.compile(r"(?i)\bresolutions?\b")
_LEAVE_NOUN_BEFORE = re.compile(r"(?i)\b(?:on|annual|sick|maternity|paternity|home|of|a|the|their|his|her)\s+$")
_INSTITUTION = re.compile(
    r"(?i)\b(?:cent(?:re|er)s?|schools?|academy|academies|colleges?|institutes?|bases?|camps?|offices?|headquarters"
    r"|hospitals?|clinics?|facilit(?:y|ies)|embass(?:y|ies)|consulates?|hubs?|depots?|memorials?|airports?)\b"
)
_DEMAND_AFTER = re.compile(
    r"(?i)\b(?:leave|leaves|withdraw\w*|depart\w*|quit|exit|pull\s+out|go\s+home|expel\w*|departure|closure|halt"
    r"|suspen\w+|stop|freeze|end)\b"
)
_CHECK_WINDOW = 120
_COMPLETED = re.compile(
    r"(?i)\b(?:had|has|have)\s+(?:now\s+|successfully\s+|finally\s+|already\s+)?(?:completed|finished|concluded)"
    r"\s+(?:the\s+|its\s+|their\s+)?"
)
_TOPIC_BEFORE = re.compile(
    r"(?i)\b(?:talks|debates?|discussions?|negotiations?|consultations?|reports?|briefings?|meetings?|conferences?"
    r"|statements?|letters?|stud(?:y|ies)|reviews?|questions?|concerns?)\s+(?:on|about|over|regarding|concerning)"
    r"\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w’'-]+\s+)?$"
)
_TREND_AFTER = re.compile(
    r"(?i)(?:\s+(?:on|against)(?:\s+[\w’'-]+){1,3}?)?\s+(?:have\s+|has\s+)?(?:increased|rose|risen|fell|fallen"
    r"|declined|doubled|tripled|decreased|dropped|surged|grew|grown)\b"
)
# A capitalised noun between capitalised words is part of a name ("the Force Intervention Brigade").
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w.’'-]*\s+$")
_CAPITALISED_AFTER = re.compile(r"\s+[A-Z]")


def _after_be(text: str, m: re.Match, start: int, end: int) -> bool:
    return _BE_BEFORE.search(text, max(start, m.start() - 24), m.start()) is not None


def _light_after_be(text: str, m: re.Match, start: int, end: int) -> bool:
    """ "took place" always; "planned for" only as a predicate ("is planned for March", not "a plan for")."""
    return not m.group().lower().startswith(("planned", "scheduled", "slated", "due", "set", "expected")) \
        or _after_be(text, m, start, end)


def _after_resolution(text: str, m: re.Match, start: int, end: int) -> bool:
    return _RESOLUTION_BEFORE.search(text, max(start, m.start() - 80), m.start()) is not None


def _not_a_leave_noun(text: str, m: re.Match, start: int, end: int) -> bool:
    """ "on leave", "annual leave", "a departure from the text" are no movements of troops."""
    word = m.group().lower()
    if not (word.startswith("leav") or word == "departure"):
        return True
    before = _LEAVE_NOUN_BEFORE.search(text, max(start, m.start() - 12), m.start())
    if before is None:
        return True
    return word == "departure" and before.group().split()[0].lower() in ("the", "their", "his", "her")


def _names_an_institution(text: str, m: re.Match, start: int, end: int) -> bool:
    return _INSTITUTION.search(text, max(start, m.start() - 80), min(end, m.end() + 50)) is not None


def _demands_a_departure(text: str, m: re.Match, start: int, end: int) -> bool:
    return m.group().lower().startswith("expel") \
        or _DEMAND_AFTER.search(text, m.end(), min(end, m.end() + _CHECK_WINDOW)) is not None


_TEXT_CHECKS = {
    "adopted": _after_resolution,
    "opening": _names_an_institution,
    "demand": _demands_a_departure,
    "depart": _not_a_leave_noun,
    "gone": _after_be,
    "struck": _after_be,
    "light": _light_after_be,
}
