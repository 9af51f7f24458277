"""The status of a personnel figure, read from the verbs and time words of its clause.

Hand-written: the statuses are the annotation guide's own (offered, pledged, planned, deployed, serving,
cumulative, withdrawn), and the cues are few and specific to the domain.

Where the cues are read depends on the figure's place in its clause. When the figure's noun phrase is the
subject ("About 800 Nigerian troops have been pulled out", "UNMIL said 400 police officers would be
repatriated"), its predicate follows it and the cues after the noun phrase count, up to the end of that
predicate. Otherwise the figure is an object or a complement ("Nepal will send 850 troops", "with 7,800
personnel deployed") and only the cues before it count, plus words that make a total cumulative wherever they
stand ("22,000 troops to UN PKOs in total"). A figure set off as the apposition of a subject ("The next rotation,
two observers for MINURSO, is planned for March") takes the predicate after its closing comma.

Some cues change with their neighbours: a departure to somewhere is a deployment and a departure from a place
a withdrawal, while one that names neither ("The remaining 620 personnel left in three flights") is returned as
``"departure"`` for the caller to read in the movement of its story; "deployed" right after a personnel noun in
a clause whose verb is "have" ("Ghana had 2,743 personnel deployed") describes a standing total; sums ("in
total", "altogether") are totals over time unless "currently" says they are today's; and the cues of a count
still in progress (``PROGRESS_CUES``: "so far") leave the caller to tell a total over rotations from the
build-up of one deployment.
"""

import functools
import re

from pipeline.extract import lexicon
from pipeline.extract.personnel import PERSON_NOUN_RE, UNIT_RE, unit_kind, ws
from pipeline.extract.regex_trie import WordBoundaryFinder

# "over twelve years": the number words of a span of years.
_OVER_YEARS = lexicon.alternation(lexicon.number_words_between(2, 15, (20, 30)))

# Cues by status. Each alternative is a regex over the lower-cased clause (matching lower-cased text without
# IGNORECASE is several times faster); a space matches any white space (PDF text breaks lines inside phrases).
_CUES: tuple[tuple[str, str], ...] = (
    # A threat to leave is not a leaving: "threatened to withdraw its 3,300 peacekeepers" (they are there).
    ("threat", r"threat(?:en|ens|ened|ening) to (?:withdraw|pull out|recall|repatriate)"),
    # Leaving: a withdrawal, unless a destination follows ("left Accra for Juba"; see ``_DEPARTURE_TO``).
    ("departure", r"left|leaves?|leaving|depart(?:ed|s|ing)?|departures? of|set off|set out"),
    ("withdrawn", r"withdr[ae]wn?|withdraws|withdrawing|withdrawal of|pull-?out of|exit of|"
                  # The flight home: "flew out of Gao", "were flown home" ("flew out to Mali" is a deployment).
                  r"fl(?:ew|own|ies|y|ying) (?:out of|home|back home|back from|back to)|"
                  r"pull(?:s|ed|ing)? (?:[\w\u2019',-]+ ){0,5}?(?:out|back)|return(?:s|ed|ing)? (?:home|from)|"
                  r"(?:be|being|been|were|was) (?:replaced|relieved)|"
                  r"complet(?:ed|es|ing) (?:its|their) (?:tour|rotation|deployment(?! to)|mission)|"
                  r"repatriat(?:e|es|ed|ing|ion of)|(?:bring|brings|bringing|brought) (?:back )?home|"
                  r"recall(?:s|ed|ing)?(?! (?:that|how|when|the time)\b)|sen(?:t|d|ds|ding) home|evacuat(?:e|es|ed|ing)|went (?:back )?home|"
                  r"draw(?:s|n|ing)? down|drew down|drawdown(?! of)(?<!(?:after|since)\x20the\x20drawdown)"
                  r"(?<!following\x20the\x20drawdown)|drawdown of|quit|quitting"),
    ("offered", r"offer(?:ed|s|ing)?|propos(?:ed|es|ing) to (?:send|deploy|contribute|provide)|"
                r"volunteer(?:ed|s)? to|(?:willing|ready|prepared|stands ready|stood ready) to "
                r"(?:send|deploy|contribute|provide|dispatch|commit|offer)"),
    ("pledged", r"pledg(?:e|es|ed|ing)|commit(?:s|ted)? (?:itself )?to|(?:has|have|had) committed|"
                r"promis(?:e|es|ed|ing)|earmark(?:s|ed)?|"
                # "Canada has undertaken to provide about 1,000 men" (Hansard 1964, real dev r3_020)
                r"undert(?:ake|akes|aken|ook) to (?:send|deploy|contribute|provide|supply|make available)"),
    # Staying on is a standing total, not a plan: "will continue to provide security", "will remain in Juba".
    ("staying", r"(?:will|would|shall) (?:continue to (?:serve|provide|be|operate|work|support|secure|guard|"
                r"protect|patrol|help)|remain|stay)"),
    # "may" is a modal only in lower case ("May" is the month): see ``_MONTH_MAY``.
    ("planned", r"will|would|shall|plans? to|planned|planning to|intends? to|intended to|is to|are to|"
                r"to be (?:sent|deployed|dispatched)|expected|expects?|set to|"
                r"due to (?:arrive|be|leave|deploy|join|depart|begin|start|travel)|scheduled|going to|"
                # An arrival still to come, the same "due" without its verb: "An additional 350 Kenyan soldiers are
                # due in Sierra Leone this week" (real dev r8_118), as "are due to join" (r5_034) and "are due to
                # deploy" (r3_017).
                r"(?:is|are|was|were) due (?:in|at|on|back)|"
                r"prepar(?:es|ing) to|probably|likely|could|might|may|decided to|decides to|approv(?:ed|es)|"
                r"agreed to|aims? to|seeks? to|upcoming|future|estimated|consider(?:s|ing)|"
                r"delayed|postponed|deferred|wants?|wanted|looking at|"
                # A headline's infinitive after its subject: "Ghana to send 300 troops to Mali".
                r"to (?:send|deploy|dispatch|contribute|provide|commit)|"
                # The South African President's letters: "has extended the employment of ... members of the SANDF",
                # "The extended employment of ... (1198) members", "the 200 members of the SANDF extension of
                # employment" (real dev r5_052): a decision for the coming period
                r"extend(?:s|ed|ing)? the employment|extended employment|extension of (?:the )?employment"),
    # The progress of something still under way: a total over time, unless it counts one deployment being built
    # up (see ``PROGRESS_CUES``).
    ("cumulative", r"so far|to date|thus far|till date|until now|up to now|"
                   # "sent some 37,500 troops to Haiti over 13 years", "rotated 37,000 troops through the mission"
                   r"over (?:\d+|" + _OVER_YEARS + r"|several|many) (?:years|decades)|"
                   r"rotat(?:ed|ing) (?:[\w\u2019',-]+ ){1,6}?through|in (?:\d+|[a-z]+) rotations|"
                   r"cumulative(?:ly)?|over the (?:past|last) (?:[\w-]+ )?(?:years|decades?)|over the years|"
                   r"in the (?:past|last) (?:[\w-]+ )?(?:years|decades)|(?:has|have|had) (?:so far |now )?served|"
                   r"(?:has|have) (?:been )?rotated|rotated through|"
                   # Many tours: "some 25,000 CAF personnel completed six-month tours on the island" (real dev r5_046)
                   r"complet(?:ed|ing) (?:[\w-]+ )?tours"),
    # A presence that lasts ("has been based in Bor since 2013") is a standing total, even with "since".
    ("state", r"(?:has|have|had) been (?:based|stationed|deployed|present|serving|in)|(?:has|have) had|"
              r"(?:has|have|had) (?:also )?kept"),
    # "Since that time, Canada has provided more than 125,000 ...", "has since deployed approximately 62,343 troops"
    # (real dev r1_026, r2_034)
    ("cumulative_since", (r"since (?:the )?(?:1[89]\d\d|20\d\d)s?|since (?:its|their|it|they|the country|then)\b|"
                          r"since that time|(?:has|have) since (?:deployed|sent|contributed|provided|dispatched)")),
    # A standing total whatever the verb: "currently deploys", "are stationed in", "contributes".
    ("standing", r"currently|at present|presently|"
                 r"(?:are|is|remain|remains) (?:still |now |currently )?(?:deployed|stationed|based|serving|present|"
                 r"on duty)|perform(?:s|ing)? (?:their|its) duties|"
                 r"contributes|provides|fields"),
    # Sums across missions or units: totals over time unless the present is said ("Altogether, Norway currently
    # deploys 40 observers").
    ("cumulative_sum", r"in total|in all|all told|altogether"),
    ("cumulative_weak", r"a total of"),
    ("deployed", r"(?:start(?:s|ed|ing)?|beg[aiu]n|begins|continu(?:e|es|ed|ing)) to (?:send|deploy|dispatch)|"
                 r"complet(?:ed|es|ing) (?:its|their) deployment to|(?:were|was|been|be) posted (?:to|in)|"
                 r"went (?:to|into|out to)|"
                 r"deploy(?:ed|s|ing)?|deployment of|redeploy(?:ed|s|ing)?|sent|send(?:s|ing)?|"
                 r"dispatch(?:ed|es|ing)?|arriv(?:e|ed|es|ing)|arrival of|landed|flew|flown|contribut(?:ed|ing)|"
                 # "strengthened by the addition of over 3,000 Pakistani troops" (r3_012), "have crossed over the
                 # border" (r1_023): arrivals
                 r"(?:the )?addition of|crossed (?:over )?(?:the border|into)|"
                 r"provid(?:ed|ing)|rotat(?:ed|ing)|reinforc(?:ed|ing)|join(?:s|ed|ing)?|"
                 r"head(?:s|ed|ing)? (?:to|for)|en route to|"
                 # A contribution or deployment is what was sent: "Norway's contribution consists of 70 personnel",
                 # "The full deployment consisted of a battalion group of about 1,800 personnel" (real dev r4_020).
                 r"(?:contributions?|deployments?) consist(?:s|ed) of"),
    ("serving", r"has|have|had|maintain(?:s|ed)?|serv(?:e|es|ing)|stationed|on the ground|based|"
                r"there (?:are|were|is)|participat(?:e|es|ing)|is home to|keeps?|hosts?|counts?|"
                r"includ(?:es|ing)|numbers|stands? at|totals|comprises?|today|now|"
                # What a unit is made of is its size, not an act: "the engineering company, which consists of 335
                # personnel", "The force consisted of 2,500 troops" (real dev r1_040, r4_007, r4_012, r4_026).
                r"consist(?:s|ed) of"),
)
# Strongest first: a withdrawal or an offer settles the status; a plan outranks a total ("will send a total of
# 1,000 troops in all" is planned); "currently" makes any verb a standing total.
# A departure that names neither where to nor what is left ("will depart in two flights") ranks below a plan and is
# returned as "departure": its caller reads it in the story's movement (out to a mission, or home).
_PRIORITY = ("threat", "withdrawn", "offered", "pledged", "staying", "planned", "departure", "cumulative", "standing", "cumulative_sum",
             "state", "cumulative_since", "cumulative_weak", "deployed", "serving")
_STATUS_OF = {"threat": "serving", "staying": "serving", "standing": "serving", "state": "serving", "cumulative_since": "cumulative",
              "cumulative_weak": "cumulative", "cumulative_sum": "cumulative"}
# Read after a figure that is not a subject too: "22,000 troops to UN PKOs in total", and the lasting presence
# that outranks "since": "Hanbit unit, with 290 engineers, has been based in Bor since 2013".
_ANYWHERE = ("cumulative", "cumulative_sum", "state", "cumulative_since")
# Cues of a count still in progress: with a verb of sending and a single mission, the build-up of one deployment
# ("Niger has so far deployed about 650 soldiers with MINUSMA") rather than a total over rotations.
PROGRESS_CUES = frozenset({"so far", "to date", "thus far", "till date", "until now", "up to now"})

_CUE_RE = re.compile(
    r"\b(?:" + "|".join(f"(?P<{status}{i}>{ws(alt)})" for i, (status, alt) in enumerate(_CUES)) + r")\b"
)
# The same scan, skipping in C to the characters before a word (every cue starts with a letter).
_CUE_SCAN = WordBoundaryFinder(_CUE_RE.pattern[len(r"\b"):])
_GROUP_STATUS = {f"{status}{i}": status for i, (status, _) in enumerate(_CUES)}
# A departure to somewhere is a deployment: "left for Mali", "left Accra for South Sudan" (read on the text as
# written: the places between are capitalised).
_DEPARTURE_TO = re.compile(
    r"\s+(?:from\s+(?:the\s+)?(?:[A-Z][\w\u2019'-]*\s+){1,4})?"
    # the time of the departure before its destination: "departed in early January for Africa" (real dev r9_057)
    r"(?:(?:(?:in|on)\s+(?:(?:early|mid|late)[\s-]+)?(?:\d{1,2}\s+)?[A-Z][a-z]+(?:\s+\d{1,2})?(?:,?\s+\d{4})?|"
    r"yesterday|today|last\s+(?:week|month|night)|this\s+(?:week|month|morning))\s+)?"
    r"(?:[A-Z][\w\u2019'-]*\s+){0,3}(?:for|to)\b"
    r"(?!\s+(?:home|good)\b)"
)
# What a departure leaves, when it names it: a place ("left Mali", "departed from Gao"), "home", the country.
_DEPARTURE_FROM = re.compile(
    r"\s+(?:(?:from\s+)?(?:the\s+)?[A-Z]|from\b|home\b|(?:the|their|its)\s+(?:country|base|camp|mission|area|region|"
    r"town|city|capital|island)\b)"
)
# "had 3,600 personnel deployed": a participle after a personnel noun, in a clause whose verb is "have", describes
# the personnel (a standing total), it is not the act of deploying them.
_NOUN_BEFORE_PARTICIPLE = re.compile(
    r"(?:personnel|troops|soldiers|police|officers|peacekeepers|observers|engineers|staff|gendarmes|"
    r"experts(?: on mission)?|men|women|servicemen|contingents?|battalions?|units?)\s+$"
)
_HAVE = re.compile(r"\b(?:has|have|had|having)\b")
# A participle right after an article or a possessive modifies the noun after it ("the departing battalion").
_ADJECTIVE_PARTICIPLE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|these|those)\s+$")
_PARTICIPLE = re.compile(r"[a-z]+(?:ing|ed)")
_MOVES = frozenset({"departure", "withdrawn", "deployed"})
# Another figure of people later in the clause ("... contributed 115,000 troops to 42 missions, and currently had
# 4,500 personnel deployed"): the totals' and presence cues after it ("deployed", "in total") are that figure's.
_OTHER_FIGURE = re.compile(r"\b\d[\d,]*\s+(?:[\w-]+\s+){0,2}?" + PERSON_NOUN_RE.pattern +
                           # or a coordinated predicate of its own: "has 930 personnel serving, and has been a
                           # contributor since 2013"
                           r"|,?\s+and\s+(?:has|have|had|is|are|was|were)\s+(?:also\s+)?been\b")

# A relative clause with its auxiliary: "the force that is trying ...", "the fighting that has raged since 2003".
_OTHER_RELATIVE = re.compile(r"\b(?:that|which|who)\s+(?:has|have|had|is|are|was|were)\b")
# The end of the predicate that follows a subject figure: a comma, a dash, or a subordinate clause.
_PREDICATE_END = re.compile(
    r"[,;:()\u2013\u2014]|\b(?:after|before|because|when|while|whereas|although|though|amid|but|so that|"
    r"in order to|to deal with)\b|"
    # "300 arrived in March and the remaining 450 will follow": another subject after "and".
    r"\band\s+(?=(?:the|another|a\s+further|an\s+additional|\d)\b)",
    re.IGNORECASE,
)
# Words after "and" that start another noun phrase: "... arrived in March and the remaining 450 will follow".
_NEW_NP_AFTER_AND = frozenset({"the", "another", "a", "an", "more", "over", "about", "some", "nearly", "around",
                               "almost", "roughly", "approximately"})
_PREDICATE_WINDOW = 100
# "The British contingent of 400, mostly engineers, ...", "The first 120 gendarmes, drawn from the mobile units of
# the national gendarmerie, arrived ...": an apposition between a subject figure and its predicate.
_APPOSITION = re.compile(
    r"(?P<of>\s+(?:of|from)\s+(?:the\s+)?(?:[A-Z][\w\u2019'.-]*\s*)+)?"  # "850 soldiers of the Ghana Armed Forces"
    r"\s*,(?:[^,;:]{1,60}|\s*(?:drawn|led|commanded|made up|composed|selected|nominated|appointed|chosen|trained|"
    r"equipped|headed|mostly|mainly|largely|including|among them|all|most|many|some|both|half|the)\b[^,;:]{0,100}),"
)
_NEXT_COMMA = re.compile(r"[^,;:]{0,60}?,")
# An adverbial that opens a clause before its subject ("In addition, 700 soldiers ..."): the comma after it does not
# make the figure an apposition.
_INTRODUCTORY = re.compile(
    r"\W*(?:in|on|at|by|for|from|however|meanwhile|also|additionally|moreover|furthermore|last|this|since|after|"
    r"before|during|as|with|under|according|besides|beyond|instead|today|yesterday|now|then|earlier|later|overall|so far|"
    r"to date|altogether|in all|in total)\b",
    re.IGNORECASE,
)
_COORDINATED_VERB = re.compile(r"(?:\band|,)\s+$")
_ACTS = frozenset({"deployed", "withdrawn", "pledged", "offered", "planned", "departure"})
_DIGIT = re.compile(r"\d")
_HAVE_CUES = frozenset({"has", "have", "had", "currently", "now", "today"})
_INSIDE_APPOSITION = re.compile(r",\s*(?:including|among them|of whom|of which|mostly|mainly)\s+(?:\w+\s+){0,3}$",
                                re.IGNORECASE)
_COMMA = re.compile(r"\s*,")
# The size of a subject set off by commas: "The battalion, comprising 340 personnel, will ...".
_SIZE_APPOSITION = re.compile(
    r",\s*(?:comprising|consisting\s+of|made\s+up\s+of|composed\s+of|numbering|totall?ing|with|of)\s+"
    r"(?:(?:some|about|around|nearly|approximately|roughly|more\s+than|over|up\s+to)\s+)?"
    r"(?:\d[\d,]*\s*(?:,\s*and|,|and)\s+)*$", re.IGNORECASE)  # "with 1,400 and 1,300 troops respectively,"
_CLOSING_COMMA = re.compile(r"[^,;:()]{0,40}?,")

# Words that can stand in a noun phrase before its figure ("the first batch of", "another", "its"), and the
# words and marks after which a noun phrase starts a clause ("said", "that", a comma, a quote).
_NP_WORDS = frozenset(
    """the a an some another all its their our his her these those first last latest new remaining further
    additional batch group contingent team total of more than nearly almost over about around only just
    initial second third rest remainder up to at least as many each every and from rotation wave battalion company
    unit platoon detachment squadron brigade force deployment arrival withdrawal departure dispatch contribution
    pledge offer repatriation including party element elements convoy flight troop advance echelon wave tranche
    main body section squad consisting comprising""".split()
)
_SUBJECT_BOUNDARY_WORDS = frozenset(
    "that said says say told tells announced announces added adds reported reports stated states".split()
    # a subordinate clause opens: "This process began in 1989 when two Australian officers were deployed to
    # Thailand" (real dev r2_022)
    + "when where while whereas once until because although though".split()
)
# The time of a statement between the reporting verb and the reported clause's subject: "Ruto said on Wednesday
# the remaining 600 would be deployed".
_REPORTED_WHEN = re.compile(
    r"\b(said|says|told\s+\w+|announced|added|stated|confirmed)\s+(?:on\s+[A-Z]\w+|yesterday|today|earlier"
    r"(?:\s+today)?|last\s+(?:week|month|night)|this\s+(?:week|month|morning))\b"
)
_REPORTING_HINTS = ("said", "says", "told", "announced", "added", "stated", "confirmed")
_LEFT_TOKEN = re.compile(r"[\w\u2019'.-]+|[^\w\s]")
# A spaced hyphen ends a dateline: "NAIROBI, July 17 - A second contingent of 200 ...".
_BOUNDARY_MARKS = frozenset(",:;(\"\u201c\u201d\u2018\u2019'\u2013\u2014-")
_SUBJECT_LOOKBACK = 100


# A clause that opens with an adverbial and then the figure's noun phrase: "So far Egypt (1,072) and Togo (650) have
# withdrawn", "In 2013 Chad sent ...".
_OPENING_ADVERBIAL = re.compile(
    r"\W*(?:so\s+far|to\s+date|thus\s+far|today|now|currently|meanwhile|also|in\s+addition|in\s+total|altogether|"
    r"(?:in|since|by|until)\s+(?:(?:early|late|mid-?)\s*)?(?:[a-z]+\s+)?\d{4}|last\s+(?:week|month|year)|"
    r"this\s+(?:week|month|year))\W*",
    re.IGNORECASE,
)


def is_subject(before: str) -> bool:
    """Whether a noun phrase preceded by ``before`` (its clause up to the phrase) starts that clause: only
    determiners, quantifiers and capitalised words ("A contingent of", "The last", "Kenya's") stand between it
    and the clause start, a punctuation mark, or a reporting verb ("UNMIL said 400 police officers ...")."""
    if before and _OPENING_ADVERBIAL.fullmatch(before):
        return True
    tail = before[-_SUBJECT_LOOKBACK:]
    if any(verb in tail for verb in _REPORTING_HINTS):
        tail = _REPORTED_WHEN.sub(r"\1", tail)
    tokens = _LEFT_TOKEN.findall(tail)
    after_unit = 0  # how many tokens nearer the figure a unit noun stands (0: none within reach)
    nearer = ""  # the token just after this one, lower-cased
    for tok in reversed(tokens):
        low = tok.lower()
        if tok in _BOUNDARY_MARKS or low in _SUBJECT_BOUNDARY_WORDS or (low == "and" and nearer in _NEW_NP_AFTER_AND) \
                or tok.strip("-") == "":  # "KHARTOUM, Nov. 24 (Xinhua) -- An advance team of ..."
            return True
        nearer = low
        unit = UNIT_RE.fullmatch(tok) is not None
        if (low in _NP_WORDS or tok[:1].isupper() or tok[:1].isdigit() or unit or PERSON_NOUN_RE.fullmatch(tok)
                or (after_unit and tok.isalpha()) or unit_kind(low) is not None):
            # "Senegal's 500 gendarmes and 850 soldiers", "A Chinese medical team of", "A Swedish intelligence
            # unit of", "a formed police unit of": the figure's own noun phrase, or an earlier figure of the same
            # subject (the two words before a unit noun name its kind).
            after_unit = 1 if unit else (after_unit + 1 if 0 < after_unit < 2 else 0)
            continue
        return False
    return len(before) <= _SUBJECT_LOOKBACK


def lower_keeping_offsets(text: str) -> str:
    """``text`` lower-cased, keeping every offset (the few characters whose lower case is longer are kept)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return lowered


@functools.lru_cache(maxsize=256)  # the figures of one clause share its cues
def clause_cues(clause: str) -> tuple[tuple[int, str, str], ...]:
    """Every status cue of ``clause``: (offset, status, cue as written), in order."""
    out = []
    lowered = lower_keeping_offsets(clause)
    for start, m in _CUE_SCAN.finditer(lowered):
        status = _GROUP_STATUS[m.lastgroup]
        end = m.end()
        cue = lowered[start:end]
        if status == "departure":
            if _DEPARTURE_TO.match(clause, end):
                status = "deployed"
            elif _DEPARTURE_FROM.match(clause, end):
                status = "withdrawn"
        elif status == "planned" and clause[start] == "M":
            continue  # "May", the month
        elif status == "offered" and cue in _OFFER_VERBS and not _OFFER_OF_PEOPLE.match(clause, end):
            # "15 military experts ... arrived in Freetown on Saturday to offer 'advice and guidance'" (real dev
            # r10_003), "begin to offer us some light" (r9_093), "offers words of encouragement" (r2_042): what is
            # offered is no people; not "prepared to offer up to 20 UK military observers" (r3_013), "to offer
            # our military forces" (r8_022), "offering a battalion" (r5_025), "offers to send"
            continue
        elif status == "planned" and _TO_A_NOUN.match(clause, end) and cue in ("is to", "are to"):
            # "The main commitments are to KFOR in Kosovo" (real dev r6_009), "Its largest contribution of
            # personnel is to the UN Organization Stabilization Mission" (r1_026): a destination, not a plan
            continue
        if status in _MOVES and _ADJECTIVE_PARTICIPLE.search(lowered, max(0, start - 8), start) and \
                _PARTICIPLE.fullmatch(lowered, start, end):
            # "23 members of the departing Bangladesh Battalion": an adjective (real dev r1_007); not a plan's
            # ("an expected 650", "the pledged 300": the whole still to come)
            continue
        elif status in ("deployed", "pledged") and cue in ("deployed", "committed to") and \
                _NOUN_BEFORE_PARTICIPLE.search(lowered, max(0, start - 25), start) and _HAVE.search(lowered, 0, start):
            status = "state"
        out.append((start, status, clause[start:end]))
    return tuple(out)


def apposition_end(text: str, pos: int) -> int | None:
    """Where an apposition right after a noun phrase ending at ``pos`` ends ("15 staff officers, nominated by the
    Chief of the Defence Staff last year, were posted ..."), or None when none follows (nor when the commas hold a
    verb of its own: "The contingent, including 20 engineers, will leave for Bamako in August, he said")."""
    m = _APPOSITION.match(text, pos)
    if m is None or _CUE_RE.search(lower_keeping_offsets(text[pos:m.end()])):
        return None
    return m.end()


def figure_status(clause: str, np_start: int, np_end: int) -> tuple[str, str]:
    """The status of the figure whose noun phrase spans ``clause[np_start:np_end]``, and the cue that decided
    it ("" when none did: a figure with no cue is a standing total, "serving"). The status is one of the guide's,
    or ``"departure"`` for a departure that names neither its destination nor the place it leaves."""
    cues = clause_cues(clause)
    by_size = _status_of_sized_subject(clause, np_start, np_end, cues)
    if by_size is not None:
        return by_size
    predicate = _subject_predicate(clause, np_start, np_end, cues) if is_subject(clause[:np_start]) else (0, 0)
    first = _own_predicate_start(clause, np_start, cues)
    found: dict[str, str] = {}
    other: int | None = None  # where the next figure of the clause starts: cues after it are its own
    for pos, status, cue in cues:
        if pos >= np_end and status in _ANYWHERE and other is None:
            other = _own_cues_end(clause, np_end)
        if first <= pos < np_start or predicate[0] <= pos < predicate[1] or \
                (pos >= np_end and status in _ANYWHERE and pos < other):
            found.setdefault(status, cue)
    return _decide(found)


def _status_of_sized_subject(clause: str, np_start: int, np_end: int, cues) -> tuple[str, str] | None:
    """"The 124th Infantry Battalion, comprising 340 personnel, will deploy": the size of the subject, whose
    predicate follows the closing comma, takes that predicate's status (None when it has no cue)."""
    if not (_SIZE_APPOSITION.search(clause, max(0, np_start - 60), np_start)
            and (close := _CLOSING_COMMA.match(clause, np_end))
            and is_subject(clause[:clause.rfind(",", 0, np_start)])):
        return None
    predicate = _predicate(clause, close.end())
    found: dict[str, str] = {}
    for pos, status, cue in cues:
        if predicate[0] <= pos < predicate[1]:
            found.setdefault(status, cue)
    return _decide(found) if found else None


def _subject_predicate(clause: str, np_start: int, np_end: int, cues) -> tuple[int, int]:
    """The predicate of a figure that is the subject of its clause.

    "250 personnel (known as Kiwi Company) deploy to", "A 30-strong Movement Control Group (MCG) from the
    Australian Defence Force, including ..., joined" (real dev r7_006, r2_023): the predicate follows the brackets
    that name the subject.
    """
    np_end = _paren_end(clause, np_end)
    start = np_end
    if _INSIDE_APPOSITION.search(clause, max(0, np_start - 40), np_start):
        # "The contingent, including 20 engineers, will leave": the comma closes the figure's apposition.
        comma = _COMMA.match(clause, np_end)
        if comma:
            start = comma.end()
    elif (before := clause[:np_start].rstrip()).endswith(",") and \
            not (_INTRODUCTORY.match(clause) and clause.find(",") == len(before) - 1) and \
            (rest := _NEXT_COMMA.match(clause, np_end)) and not any(np_end <= pos < rest.end() for pos, _, _ in cues):
        # "The next rotation, four staff officers for UNMISS, is planned": the figure is itself the apposition
        # (verbless up to its closing comma) of the subject before it; the predicate follows the comma.
        start = rest.end()
    else:
        apposition = _APPOSITION.match(clause, np_end)  # "The British contingent of 400, mostly engineers, ..."
        if apposition:
            start = apposition.end()
    return _predicate(clause, start)


def _own_predicate_start(clause: str, np_start: int, cues) -> int:
    """Where the figure's own predicate starts among coordinated verbs before it (0: the clause's start).

    "pulled out 1,200 troops in 2013 and redeployed 800 in 2014": a second predicate, after one that had its own
    figure, is the only one of the figures after it. "had maintained a presence since 1960 and had some 2,800
    troops": a coordinated "had" opens the figure's own predicate, figure or not before it.
    """
    first = 0
    for pos, status, cue in cues:
        if pos >= np_start:
            break
        if not _COORDINATED_VERB.search(clause, max(0, pos - 6), pos):
            continue
        if (status in _ACTS and _DIGIT.search(clause, first, pos)) or cue.lower() in _HAVE_CUES:
            first = pos
    return first


# An offer in the active voice ("to offer", "offers", "offering") is of people when a figure, a personnel noun or a
# unit comes within a few words, or an act ("offers to send"); "offered" is left as it reads.
_OFFER_VERBS = frozenset({"offer", "offers", "offering"})
_OFFER_OF_PEOPLE = re.compile(
    r"\s+(?:to\b|(?:[\w\u2019'-]+\s+){0,3}?(?:\d|(?:" + lexicon.alternation(lexicon.number_words_between(1, 20)) +
    r"|hundreds|thousands|dozens)\b|" + PERSON_NOUN_RE.pattern + "|" + UNIT_RE.pattern + "))", re.IGNORECASE)


# What follows "is to" / "are to" when it is a destination, not a verb: a name or an article.
_TO_A_NOUN = re.compile(r"\s+(?:the\b|an?\b|[A-Z])")


# A short aside in brackets right after a noun phrase: "(known as Kiwi Company)", "(MCG)", "(FPU)".
_PAREN_AFTER = re.compile(r"\s*\([^()]{1,60}\)")


# An aside between dashes right after a noun phrase, its breakdown: "A contingent of 205 Peruvian service members —
# 145 from the Army, 41 Navy, and 19 Air Force — departed" (real dev r9_057), "the Chilean contingent—seven troops
# from the Navy and seven from the Army—to acquire" (r9_060), "four officers—two Army, one Navy and one Air Force—were
# deployed" (r9_081).
_DASHES_AFTER = re.compile(r"\s*[\u2013\u2014][^\u2013\u2014.;:()]{1,80}[\u2013\u2014]")


def _paren_end(clause: str, np_end: int) -> int:
    """Where a bracketed aside right after the noun phrase ending at ``np_end`` ends, or an aside between dashes
    (``np_end`` when none)."""
    paren = _PAREN_AFTER.match(clause, np_end)
    if paren is not None and not _DIGIT.search(clause, np_end, paren.end()):
        return paren.end()
    dashes = _DASHES_AFTER.match(clause, np_end)
    return dashes.end() if dashes is not None else np_end


def _own_cues_end(clause: str, np_end: int) -> int:
    """Where the cues read anywhere after a figure stop being its own: at the clause's next figure of people, or at
    a relative clause of another noun after it ("129 Egyptian engineering personnel arrived today ... to join the
    force that is trying to quell the fighting that has raged since 2003": the "since" is the fighting's, real dev
    r1_040); a relative clause right after the figure's noun phrase is the figure's own."""
    figure = _OTHER_FIGURE.search(clause, np_end)
    end = figure.start() if figure else len(clause)
    relative = _OTHER_RELATIVE.search(clause, np_end, end)
    if relative is not None and clause[np_end:relative.start()].strip(" ,"):
        end = relative.start()
    return end


def _predicate(clause: str, start: int) -> tuple[int, int]:
    """The span of the predicate that starts at ``start``: up to its end (``_PREDICATE_END``), within a window."""
    limit = min(len(clause), start + _PREDICATE_WINDOW)
    stop = _PREDICATE_END.search(clause, start, limit)
    return start, stop.start() if stop else limit


def _decide(found: dict[str, str]) -> tuple[str, str]:
    """The status that the cues found for a figure give (by ``_PRIORITY``), and the cue that decided it."""
    if "planned" in found and "departure" in found and \
            next(p for p in _PRIORITY if p in found) in ("planned", "departure"):
        # "will leave next month": a planned departure, home or out to the mission as the story tells
        return "planned_departure", found["departure"]
    if "cumulative_weak" in found and "serving" in found and "deployed" not in found and \
            found["serving"].lower() in ("has", "have", "had", "serve", "serves"):
        # "have a total of about 330 personnel": what they have, not a sum over time; "A total of 729 Egyptian
        # officers and police personnel serve in U.N. peacekeeping operations" (real dev r10_048): the present
        del found["cumulative_weak"]
    for status in _PRIORITY:
        if status in found:
            return _STATUS_OF.get(status, status), found[status]
    return "serving", ""
