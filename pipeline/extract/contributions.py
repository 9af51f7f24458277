"""Contribution rules: who sends how many personnel of which kind to which mission, in what status, as of when.

A figure becomes a contribution when its noun phrase counts people (``personnel.head_after``, "a 700-member
battalion", "a battalion of 850", "troops numbering 395", "the number of Kenyans serving with the MSS"), or when
it has no noun of its own but counts a group named before it ("another 200", "the remaining 600", "Around 1,000
of them are in Lebanon", "pulled out 450."), a country can be named as the one that sends them, and nothing
marks it as something else (casualties and the dead honoured, an authorised strength, a request, a national
army, a total drawn "from six countries", units counted). Each decision is a small function below, so that a
reviewer can read the rule that made a row from its ``extractor`` value:
``contributions.v4:<figure rule>+<sender rule>+<type rule>+status(<cue>)``.

The sender of a figure is the country of its own noun phrase, the one it comes "from", the agent or the subject
of a relative clause after it ("the unit that India sent"), the country of its list item when the item's verb is
left out ("..., Ghana two companies, and Togo and Mali a dozen staff officers each"), the antecedent of the
relative clause that holds it ("..., and Egypt, which has pledged another 800"), else the subject of its own
clause ("..., and Benin has offered up to 2,000"), else of its sentence. A host country that labels a list item
("- Lebanon: 870 infantry (UNIFIL)") is where the figure serves: the story's country sends it.

The document is read in order, sentence by sentence. What a sentence says about its country and mission is kept
(``_Focus``) so that the next one can refer to them: "It currently has 2,000 troops", "Another 350 troops will
follow", "Chad is its largest contributor".

A headline (a line that ends without a full stop: "Three new Swiss military observers for the Middle East")
announces the story's lead: a headline figure restated in the first sentences after it takes their mission,
status and date.
A force outside any mission ("under a bilateral agreement") has no mission, a mission that had ended by a
figure's date gives way, as the story's topic, to the force its host has then, and where most of a figure's
people are ("1,000 personnel, most of them in southern Lebanon") does not make it that mission's.

Only sentences with a figure and a word for personnel, a unit or contributors (or "of them") are read closely
(the prefilter in ``extract_contributions``); the others cost two scans of the lower-cased sentence.

Hand-written: this is the domain logic of the project. The building blocks (countries, figures, dates, mission
names) are separate modules.
"""

import bisect
import dataclasses
import functools
import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta

from pipeline.extract import personnel, status, trace
from pipeline.extract.numbers import find_quantities
from pipeline.extract.regex_trie import word_trie
from pipeline.extract.types import (
    Contribution,
    CountryMention,
    DateMention,
    DocumentContext,
    MissionMention,
    PartialDate,
    Quantity,
    Sentence,
)

VERSION = "contributions.v22"

# --- which sentences are read -------------------------------------------------------------------------------------
# A figure (digits or number words) and a noun that counts people or units, on lower-cased text.
_NUMBER_HINT = re.compile(
    r"[0-9]|\b" + word_trie((
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
        "thousand", "dozen")))

# --- clauses ------------------------------------------------------------------------------------------------------
# Clause boundaries inside a sentence. A relative clause set off by commas (", which leads the UN force in
# Haiti,") is one boundary as a whole: what follows it continues the main clause.
# Verbs and auxiliaries that tell a new clause's subject from a list item: ", and Fiji has offered ...".
_FINITE = (r"(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|shall|should|plans|intends|"
           r"sent|sends|deployed|deploys|pledged|pledges|offered|offers|contributed|contributes|provided|provides|"
           r"withdrew|withdraws|pulled|pulls|brought|brings|maintains|keeps|said|says|announced|agreed|decided)\b")
_CLAUSE_BREAK = re.compile(
    r",\s*(?:which|who|whose|where)\b[^,;.]*(?:,|(?=;))|;|\bbut\b|"
    # A subordinate clause after a comma, a footnote marker or a time span: ",21 weeks before SAMIM became ...".
    r",\d{0,3}\s*(?:(?:days|weeks|months|years|shortly|soon|just|long|only)\s+)?"
    r"(?:which|who|whose|where|while|whereas|although|though|after|before|when|as|until)\b|\bthough\b|\bwhile\b|"
    # ", and the government has pledged": a new subject after a comma (a footnote marker may stand before it).
    r",\d{0,3}\s*and\s+(?=(?:the|it|they|its|their|this|these)\s)|"
    # ", and Benin has offered ...", ": Kenya has roughly 3,600 soldiers there": a named subject and its verb.
    r"(?:,\d{0,3}\s*and|:)\s+(?=(?-i:(?:[A-Z][\w\u2019'.-]*\s+){1,4})" + _FINITE + r")",
    re.IGNORECASE,
)

# --- what is not a contribution -----------------------------------------------------------------------------------
# Matched on lower-cased text, as a prefix tree (several times faster than an alternation with IGNORECASE).
_CASUALTY = re.compile(r"\b(?:" + word_trie((
    "kill", "killed", "killing", "kills", "dead", "died", "dies", "death", "deaths", "wounded", "wounding", "injured",
    "injuring", "injuries", "injury", "casualty", "casualties", "fatality", "fatalities", "abducted", "abducting",
    "abduction", "kidnaped", "kidnapped", "kidnaping", "kidnapping", "hostage", "hostages", "missing", "were lost",
    "executed", "massacred", "ambush", "ambushed", "attack on", "attacked on", "attacks on", "accused", "arrested",
    "sexual", "charged", "victim", "victims", "death toll",
    # The dead honoured: "who made the supreme sacrifice", "who laid down their lives".
    "supreme sacrifice", "ultimate sacrifice", "laid down their lives", "lost their lives", "gave their lives",
    "paid the ultimate price", "martyr", "martyrs", "martyred", "martyrdom", "perished", "sacrificed",
    "sacrificed their", "died on duty",
    # Held or freed: "49 of its soldiers were detained", "rescued 233 peacekeepers".
    "detained", "detention", "captured", "captive", "rescued", "freed",
)) + r"|lost(?!\s+contact))\b")
_AUTHORISED = re.compile(
    r"\b(?:authori[sz](?:ed|es|ing|ation)|ceiling|mandated (?:strength|size)|maximum strength|full strength|"
    r"authorized strength|troop strength of|strength of|capped at|cap of)\b",
    re.IGNORECASE,
)
_REQUEST = re.compile(
    r"\b(?:ask(?:ed|s|ing)?|request(?:ed|s|ing)?|needs?|needed|seek(?:s|ing)?|sought|looking for|call(?:ed|s)? for|"
    r"appeal(?:ed|s)? for|short of|lacks?|lacking)\b",
    re.IGNORECASE,
)
# Personnel being made ready, not yet contributed: "100 police officers have been trained for deployment".
_NOT_YET = re.compile(r"\b(?:(?:have|has|had)\s+been|were|was|are\s+being|being)\s+(?:trained|recruited|screened)\b|"
                      r"\btrained\s+for\b|"
                      # Trainees, not a contingent: "China will train 2,000 peacekeepers from other countries".
                      r"\b(?:will|to|would|shall|and)\s+(?:help\s+)?train\b|\btrain(?:s|ed|ing)\s+(?:up\s+to\s+)?(?=\d)",
                      re.IGNORECASE)
# The words ``_FORCE_SIZE`` needs, for a cheap test of a whole sentence.
_FORCE_SIZE_WORDS = re.compile(r"\b(?:armed\s+forces|army|military|defen[cs]e\s+forces?)\b", re.IGNORECASE)
# A military exercise, not a peace operation: "The exercise involved 760 Chinese troops".
_EXERCISE = re.compile(r"\b(?:exercises?|drills?|war\s+games|manoeuvres|maneuvers)\b", re.IGNORECASE)
# A country's forces as a whole: "Gambia's armed forces number only about 2,500 personnel".
_FORCE_SIZE = re.compile(
    r"\b(?:armed\s+forces|army|military|defen[cs]e\s+forces?)\s+(?:now\s+|currently\s+|only\s+)?"
    r"(?:numbers?|totals?|stands?\s+at|comprises?)\s+(?:(?:only|about|some|around|roughly|nearly|just|over)\s+)*$",
    re.IGNORECASE)
# A country's own armed forces, not a contingent abroad: "The Nepali Army has 95,000 active soldiers".
_NATIONAL_FORCE = re.compile(
    r"\b(?:active(?:[\s-]duty)?|standing army|under arms|reservists?|reserve|conscripts?|paramilitar(?:y|ies))\b",
    re.IGNORECASE,
)

# --- who sends them -----------------------------------------------------------------------------------------------
# Modifiers that name a sender that is not one country: no row, and no borrowing of a country from elsewhere.
_NON_COUNTRY_SENDERS = frozenset(
    """african european asian arab western eastern nordic scandinavian latin regional foreign international
    multinational allied coalition un u.n. au ecowas nato eu igad sadc eccas""".split()
)
# A country after these words is where personnel go or come from, not who sends them; also the host of the
# mission they serve in ("to Mali", "for Juba", "left South Sudan", "pulled out of Mali").
_DESTINATION_WORDS = frozenset(
    "to in into inside within across throughout for toward towards at over near from left leave leaves leaving "
    "quit quitting".split()
)
# Who speaks for a country: "Speaking for Pakistan", "on behalf of the Netherlands".
_ON_BEHALF = re.compile(
    r"\b(?:speaking|spoke|speaks)\s+for\s+(?:the\s+)?$|\bbehalf\s+of\s+(?:the\s+)?$|"
    # "The speaker for Ghana said that his country ...", "the representative of Nepal"
    r"\b(?:speaker|delegate|representative|ambassador|envoy|minister|spokes(?:man|woman|person)|delegation|"
    r"president|prime\s+minister|chief|head)\s+(?:for|of)\s+(?:the\s+)?$",
    re.IGNORECASE)
# Departures, and the words before the place they leave ("left Accra", "departed from Kathmandu").
_DEPARTURE_CUES = ("left", "leav", "depart", "set off", "set out")
_LEAVING_WORDS = frozenset({"left", "leave", "leaves", "leaving", "departed", "depart", "departs", "departing", "from"})
# Nor is a country after these words the subject ("talks with Mali", "overtaken Pakistan as").
_NOT_SUBJECT_WORDS = frozenset("with against between among than unlike like beyond besides outside except".split())
# Words skipped between such a word and the country: "to the Central African Republic", "in northern Mali".
_PLACE_MODIFIERS = frozenset(
    """the northern southern eastern western central north south east west north-eastern north-western
    south-eastern south-western""".split()
)
_WORDS_BEFORE = re.compile(r"[\w'\u2019-]+")


# The end of a sentence: a full stop, question or exclamation mark after a word in lower case or a digit ("had
# already left. Britain ..."), not an abbreviation ("U.N. Mali").
_SENTENCE_END = re.compile(r"[a-z0-9)\"\u201d\u2019][.!?][\"\u201d\u2019]?\s")


def _word_before(text: str, pos: int) -> str:
    """The word before ``pos`` in its sentence, lower-cased, skipping "the" and compass adjectives ("to the
    northern"); "out of" reads as one word. A backward look at 40 characters: cheaper than a regex anchored at
    ``pos``."""
    start = max(0, pos - 40)
    if text.find(".", start, pos) >= 0:
        for end in _SENTENCE_END.finditer(text, start, pos):
            start = end.end()
    words = _WORDS_BEFORE.findall(text, start, pos)
    while words and words[-1].lower() in _PLACE_MODIFIERS:
        words.pop()
    if not words:
        return ""
    word = words[-1].lower()
    if word == "of" and len(words) > 1 and words[-2].lower() == "out":
        return "out of"
    return word


def _is_destination(text: str, pos: int) -> bool:
    """Whether a place at ``pos`` is where personnel go or leave ("to Mali", "out of Somalia")."""
    word = _word_before(text, pos)
    return word in _DESTINATION_WORDS or word == "out of"


_PRONOUN_SUBJECT = re.compile(r"\b(?:it|they|its|their|(?:the|his|her|my) (?:country|government|nation))\b",
                              re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:we|our|us|our country|our nation)\b", re.IGNORECASE)
_ORG_SUBJECT = re.compile(
    r"\b(?:UN|U\.N\.|United Nations|African Union|AU|ECOWAS|EU|European Union|NATO|mission|force|operation|"
    r"Secretary-General|Security Council|the organi[sz]ation)\b"
)
_PARTITIVE_PRONOUN = re.compile(r"\s*of\s+(?:them|its|their)\b", re.IGNORECASE)
# "395 officers and soldiers of the PLA", "850 troops from Nepal": the sender right after the head noun.
_OF_FROM_AFTER = re.compile(
    r"(?:\s+and\s+[\w-]+)?[\s,]*(?:\w+\s+){0,2}?(?<!out )(?P<prep>from|of)\s+(?:the\s+)?"
    # "12 soldiers from the Armed Forces of Malta"
    r"(?:(?:armed\s+forces|army|defen[cs]e\s+forces?|military|national\s+police|police\s+force|navy)\s+of\s+"
    r"(?:the\s+)?)?", re.IGNORECASE
)
# "including 1,300 from Nigeria", "1,400 are from Chad": a figure without its noun, and its sender.
_ELLIPTIC_FROM = re.compile(
    r"\s+(?:(?:are|were|is|was|come|came|coming)\s+)?(?:from|of)\s+(?:the\s+)?|\s+(?:are|were)\s+", re.IGNORECASE
)
# ", which has pledged another 800": the start of a relative clause, whose antecedent is right before its comma.
_RELATIVE_LEAD = re.compile(r",\s*(?:which|who|whose)\b", re.IGNORECASE)
# "the 100-strong company that Zambia sent to Liberia": the sender of a figure named in a relative clause after it.
_RELATIVE_SENDER = re.compile(r"\s+(?:that|which|whom)\s+(?:the\s+)?")
_RELATIVE_VERB = re.compile(
    r"\s+(?:has\s+|had\s+|have\s+)?(?:sent|deployed|dispatched|contributed|provided|pledged|offered|promised|"
    r"withdrew|pulled\s+out|repatriated|brought\s+home|maintains|maintained|keeps|kept|will\s+send|"
    r"will\s+deploy|plans\s+to)\b"
)
# A list item without its verb: the country stands right before its figure ("Burkina Faso two companies") after a
# comma, "and", a semicolon or a colon.
_ITEM_GAP = re.compile(r"\s+")
_ITEM_START = re.compile(r"(?:[,;:]|\band)\s*$")
# "Each of the 12 Nepali battalions has 850 soldiers": a size per unit, not a contribution.
_DISTRIBUTIVE = re.compile(r"\b(?:each|every)\s+(?:of\s+|[a-z]+\s+(?:has|have|had|is|was|numbers|comprises))",
                           re.IGNORECASE)
_EACH_AFTER = re.compile(r"\s+each\b", re.IGNORECASE)
_UNITS_OF = re.compile(r"\b(?:" + personnel.UNIT_RE.pattern + r")\s+of\s+(?:some\s+|about\s+|around\s+)?$",
                       re.IGNORECASE)
# A country that labels a list item: "- Lebanon: 870 infantry (UNIFIL)".
_LABEL_AFTER = re.compile(r"\s*:")
# "Burundi and Gabon have each contributed": countries joined as one subject.
_COORDINATION = re.compile(r"\s*(?:,\s*and|,|and|&)\s+(?:the\s+)?")
_EACH = re.compile(r"\beach\b", re.IGNORECASE)
# "will be provided by Burundi": the agent of a passive.
_AGENT_BEFORE = re.compile(
    r"(?<!followed )(?<!preceded )(?<!trailed )(?<!outnumbered )(?<!ranked )\bby\s+(?:the\s+)?$", re.IGNORECASE
)  # not a ranking: "Bangladesh ..., followed by Nepal with 6,200"
# "With 1,300 uniformed personnel, Ghana is among the top ten contributors".
_FRONTED_WITH = re.compile(r"^\W*With\s+$")
# An attribution after the figure: whose words they are ("the Kenyan defence minister said").
_ATTRIBUTION = re.compile(r"\b(?:said|says|told|tells|added|stated|announced|according to)\b", re.IGNORECASE)
# A sentence that continues the last one without naming its subject: "Another 350 troops will follow in July",
# or a bullet that starts with its verb ("- Has pledged 500 police officers to MINUSMA").
_CONTINUATION = re.compile(
    r"\W*(?:(?:Another|A further|An additional|The remaining|The rest of|Of these|Of those|Among them)\b|"
    # "The contingent, including 20 engineers, will leave ...", "The first 120 gendarmes arrived ...", "The second
    # flight departed ...": a group named before, by its definite noun.
    # "The 124th Infantry Battalion, comprising 340 personnel, will deploy": a unit named by its number.
    r"The\s+(?:(?:new|first|second|third|fourth|next|last|final|remaining|other|latest|\d+(?:st|nd|rd|th))\s+)?"
    r"(?:[\d,]+(?:-(?:member|strong))?\s+)?"
    r"(?:[A-Za-z-]+\s+){0,2}?(?i:contingent|battalion|unit|company|detachment|platoon|team|rotation|batch|flight|"
    r"group|echelon|wave|tranche|advance\s+party|main\s+body|deployments?|contributions?|"
    r"troops|soldiers|officers|peacekeepers|personnel|"
    r"police|gendarmes|engineers|observers)\b|"
    r"(?:(?:Currently|Now|Also|Still|Today)\s+)?(?i:has|have|had|contributes|contributed|deploys|deployed|sends|"
    r"sent|provides|provided|maintains|maintained|pledged|pledges|plans|will|offers|offered)\b)"
)

# --- figures without a noun of their own --------------------------------------------------------------------------
# "another 200", "the remaining 600", "the first 100": a figure that continues a group named before (the last
# word, or the last two words, before it).
_ANAPHORIC_WORDS = frozenset({"another", "including"})  # "4,300 troops in the Sahel, including 2,400 in Mali"
_ANAPHORIC_PAIRS = frozenset({"a further", "an additional", "the remaining", "the other", "the first", "the last",
                              "the next", "the final", "of whom", "of which", "of these", "of those", "of them",
                              "among them"})
_BARE_HINT = re.compile(
    r"\b(?:another|remaining|further|additional|with|(?:reinforced|joined|replaced|relieved|bolstered)\s+by)\s+"
    r"(?:some\s+|about\s+|around\s+|nearly\s+)?\d"
)
_BARE_WORDS = ("another ", "remaining ", "further ", "additional ", "with ", " by ")  # a cheap test before the regex
# "pulled out 450.", "withdrew 1,000 in December", "sent 300 more to Chad": a verb of sending or withdrawing, then a
# figure that ends its clause or meets a preposition or a time.
_ACT_WORDS = frozenset("""leaving sent send sends sending deployed deploys deploying dispatched withdrew withdraws
    withdrawing repatriated added adds contributed contributes pledged offered promised recalled has have had
    maintains keeps provides fields redeployed redeploys dispatches dispatching evacuated rotated""".split())
_ACT_PAIRS = frozenset({"pulled out", "pulls out", "brought home", "reinforced by", "joined by", "bolstered by",
                        "augmented by", "replaced by", "relieved by"})
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
_LOSS_WORDS = frozenset("""lose loses lost losing kill kills killed killing wound wounds wounded wounding""".split())
_BARE_END = re.compile(
    r"\s*(?:[,.;:)]|$|(?:more|to|from|in|into|out|by|last|this|next|on|at|for|with|under|during|earlier|later)\b)"
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
# What people "serve" as: a demonym that counts them ("80,000 Ghanaians have served in UN missions").
_SERVICE_AFTER = re.compile(
    r"\s+(?:(?:have|has|had|are|were|will|currently|now|still)\s+)*(?:(?:been|be)\s+)?"
    r"(?:served|serve|serving|deployed|stationed|based|rotated|participated|taken\s+part|worn\s+the\s+blue)\b",
    re.IGNORECASE,
)
# "three of them Irish officers", "two of whom": a part of a group named before, in the same sentence.
_PARTITIVE_PART = re.compile(
    r"\s*of\s+(?:them|those|these|whom|the\s+(?:personnel|troops|soldiers|peacekeepers|officers|contingent|"
    r"battalion|unit|force|members|team|group|deployment))\b", re.IGNORECASE)
# "600 of its roughly 4,500 soldiers": the whole a part is taken from (``word``: "an expected 650").
_PARTITIVE_WHOLE = re.compile(
    r"\bof\s+(?:its|their|his|her|our|the|an?|this|these|those)\s+(?:(?P<word>[a-z]+)\s+)?$", re.IGNORECASE
)
_PLAN_WORDS = frozenset("expected planned promised pledged proposed envisaged additional further".split())
# "the number of Ghanaians serving with UNMIL", after or before its figure.
_NUMBER_OF_AFTER = re.compile(r"\s+the\s+(?:total\s+)?number\s+of\s+", re.IGNORECASE)
_NUMBER_OF_BEFORE = re.compile(
    r"\bthe\s+(?:total\s+)?number\s+of\s+(?P<group>[^,;:()]{1,80}?)\s+"
    r"(?:(?:has|had|have|will|would|could|may|might|is|was|are|were)\s+)?(?:(?:expected|set|likely)\s+)?(?:to\s+)?"
    r"(?:reach(?:ed|es)?|r[io]se[ns]?\s+to|risen\s+to|gr[eo]w[ns]?\s+to|grown\s+to|increas(?:e|ed|es)\s+to|"
    r"climb(?:ed|s)?\s+to|stands?\s+at|stood\s+at|f[ae]ll(?:s|en)?\s+to|dropp?(?:ed|s)?\s+to|"
    r"declin(?:e|ed|es)\s+to|hit|hits|exceed(?:ed|s)?|is|was|to|at)\s+$",
    re.IGNORECASE,
)
# "raising its contingent there to 1,300", "has cut its troops in Mali to 800": the sender's own total after a change.
_OWN_TOTAL = re.compile(
    r"\b(?:bring|brings|bringing|brought|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|tak(?:e|es|ing)|took|"
    r"boost(?:s|ed|ing)?|lift(?:s|ed|ing)?|expand(?:s|ed|ing)?|cut(?:s|ting)?|reduc(?:e|es|ed|ing)|"
    r"trim(?:s|med|ming)?|scal(?:e|es|ed|ing)\s+(?:back|down))\s+(?:its|their|(?-i:[A-Z])[\w-]*[\u2019']s)\s+"
    r"(?:total\s+)?"
    r"(?P<noun>contribution|contingent|presence|deployment|force|troops|soldiers|personnel|peacekeepers|police|"
    r"total|numbers?)\b[^,;.()]{0,40}?\s+to\s+$",
    re.IGNORECASE,
)
# "a contribution of around 14 to MINUSMA": a figure of people without a noun, counted by what it is.
_CONTRIBUTION_OF = re.compile(r"\b(?P<noun>contribution|contingent\s+size|troop\s+contribution)\s+of\s+$",
                              re.IGNORECASE)
_CONTRIBUTION_LINKS = frozenset({"of"})
# "bringing to 400 the number of", "raising the number of ... to 400": the running total after a movement.
_RUNNING_VERB = (r"(?:bring|brings|bringing|brought|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|tak(?:e|es|ing)|took|"
                 r"swell(?:s|ed|ing)?|boost(?:s|ed|ing)?|lift(?:s|ed|ing)?|push(?:es|ed|ing)?)")
# A total after a change, named by its noun before the figure: "increase its UNIFIL contingent to 1,000", and the
# total before the change after it: "... to 1,000 from about 180".
_RUNNING_NOUN = re.compile(
    r"\b" + _RUNNING_VERB + r"\s+(?:(?:its|their|the|his|her|our)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?P<noun>contingents?|forces?|presence|deployments?|troops|peacekeepers|personnel|participation|"
    r"contributions?|battalions?)\s+to\s+(?:(?:about|some|around|roughly|nearly|more\s+than|over)\s+)?"
    r"(?P<from>\d[\d,.]*\s+from\s+(?:(?:about|some|around|roughly|nearly|just\s+over|over)\s+)?)?$",
    re.IGNORECASE,
)
_CHANGE_VERB = r"\b(?:up|down|rising|risen|falling|fallen|increased|decreased|reduced|cut)\s+from"
_CHANGED_FROM = re.compile(
    _CHANGE_VERB + r"\s+(?:(?:about|some|around|nearly|roughly|just\s+over|over|more\s+than)\s+)?$", re.IGNORECASE)
_CHANGED_FROM_ANYWHERE = re.compile(_CHANGE_VERB + r"\b", re.IGNORECASE)
_RUNNING_TYPES = {"contingent": "troops", "force": "troops", "troop": "troops", "battalion": "troops"}
_RUNNING_TOTAL = re.compile(
    r"\b" + _RUNNING_VERB + r"\s+(?:(?:its|their|the|his|her)\s+)?(?:[\w-]+\s+){0,4}?to\s+$", re.IGNORECASE
)
_TO = frozenset({"to"})
_LEAVING = re.compile(r"\bleaving\s+(?:(?:about|some|around|only|just|roughly|nearly)\s+)?$", re.IGNORECASE)
_LEAVING_LINKS = frozenset({"leaving", "about", "some", "around", "only", "just", "roughly", "nearly"})
_BY = frozenset({"by", "a", "an", "some"})
_REPLACED_BY = re.compile(r"\b(?:replaced|relieved|succeeded|taken\s+over|reinforced|joined|bolstered|augmented)"
                          r"\s+by\s+(?:(?:a|an|some)\s+)?"
                          # "will be replaced by a new rotation of about 850 troops"
                          r"(?:(?:new|fresh|further|second|third|next|larger|smaller|[\w-]+-strong)\s+)*"
                          r"(?:(?:rotation|contingent|battalion|unit|batch|group|team|company|force|detachment)\s+of\s+)?"
                          r"(?:(?:about|some|around|nearly|approximately|roughly)\s+)?$", re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:will|would|shall|to\s+be|set\s+to|due\s+to)\b", re.IGNORECASE)
_RUNNING_VERB_BEFORE = re.compile(r"\b" + _RUNNING_VERB + r"\s+$", re.IGNORECASE)
_RUNNING_PLAN = re.compile(
    r"\b(?:will|would|shall|could|to|expected\s+to|set\s+to|likely\s+to)\s+(?:\w+\s+)?$", re.IGNORECASE
)
# "The contingent includes 175 engineers": a part of a whole named before, which shares its plan.
_INCLUDES = re.compile(r"\b(?:includ(?:es|e|ed|ing)|compris(?:es|e|ed|ing)|consists?\s+of|made\s+up\s+of)\s+"
                       r"(?:[\w,-]+\s+){0,6}$", re.IGNORECASE)  # "includes 120 women and a 40-strong platoon"
# A verb of sending, for a total "so far" that is the build-up of one deployment.
_SENDING = re.compile(r"\b(?:sent|deployed|dispatched|contributed|provided)\b", re.IGNORECASE)
# Many rotations: a total over time even with "so far" and one mission ("has sent seven rotations ... totaling").
_ROTATIONS = re.compile(r"\b(?:\w+\s+)?(?:rotations|batches|contingents|tours)\b|\btotall?ing\b", re.IGNORECASE)

_NUMBER_OF_LINKS = frozenset({"reach", "reached", "reaches", "to", "at", "hit", "hits", "exceed", "exceeded",
                               "exceeds", "is", "was"})  # the words ``_NUMBER_OF_BEFORE`` ends with
# Statuses of a group still to come, which its parts share; those after which a departure is outbound.
_PLANS = frozenset({"planned", "pledged", "offered"})
_OUTBOUND = frozenset({"deployed", "planned", "pledged", "offered"})
_POLICE_TYPES = frozenset({"police", "formed_police_unit"})

# --- what is not a contribution, continued -----------------------------------------------------------------------
# "22,000 personnel from six countries": a total drawn from several countries is nobody's contribution.
_MANY_SENDERS_AFTER = re.compile(
    # "12,000 troops and 1,700 police from dozens of countries": both figures are the mission's.
    r"(?:\s+and\s+(?:about\s+|some\s+|around\s+|nearly\s+)?\d[\d,]*\s+[\w-]+(?:\s+[\w-]+)?)?"
    r"[\s,]+(?:(?:drawn|coming|contributed)\s+)?(?:from|by)\s+(?:more\s+than\s+|over\s+|some\s+|about\s+|around\s+|"
    r"nearly\s+|almost\s+|at\s+least\s+|up\s+to\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|a\s+dozen|dozens\s+of|several|many|various|different|"
    r"numerous)\s+(?:other\s+|different\s+|(?:troop-|police-)?contributing\s+|member\s+|african\s+|"
    r"european\s+|asian\s+)?(?:countries|nations|states)\b",
    re.IGNORECASE,
)
# Units counted, not people: "three formed police units", "two FPUs". No country fields more than a few dozen
# units of a kind: a larger figure counts their people, however loosely written ("1,400 formed police units").
_UNIT_COUNT = re.compile(r"(?:units?|FPUs?)$", re.IGNORECASE)
_MAX_UNITS = 40

# --- which mission ------------------------------------------------------------------------------------------------
# A deployment outside any mission: "under a bilateral agreement with Maputo", "outside the UN framework".
_BILATERAL = re.compile(
    r"\bbilateral(?:ly)?\b|\boutside\s+(?:the\s+)?(?:UN|U\.N\.|United\s+Nations|AU|African\s+Union)\s+"
    r"(?:framework|umbrella|system|mandate)",
    re.IGNORECASE,
)
# Scope words for all UN operations together: "in UN PKOs", "in missions around the world", "in six missions".
_COUNT_WORD = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|numerous)"
_UN = r"(?:UN|U\.N\.|United Nations)"
_ALL_UN_PKO = re.compile(
    # One alternative per first word, so that a position fails fast: "in", "to", "for", ... then what follows.
    r"\b(?:(?:in|to|for|across|with|among|into|on)\s+(?:"
    r"(?:the\s+)?(?:various\s+|several\s+|different\s+|other\s+|all\s+|its\s+|their\s+|"
    # "in seven of the UN's 14 peacekeeping operations"
    + _COUNT_WORD + r"\s+of\s+(?:the\s+)?" + _UN + r"[\u2019']s?\s+(?:\d+\s+)?|"
    r"(?:(?:over|more\s+than|some|about|around|nearly|at\s+least|a\s+total\s+of)\s+)?" + _COUNT_WORD + r"\s+)?"
    r"(?:" + _UN + r")?\s*(?:-led\s+)?(?:peace(?:-?keeping)?\s+)?"
    r"(?:missions|operations|PKOs|forces|deployments|mission\s+areas)\b"
    r"(?!\s+in\s+[A-Z])|"
    + _UN + r"\s+peace-?keeping\b(?!\s+(?:mission|force|operation)\b)|"
    # "troops and police in peacekeeping", "5,000 personnel serving in peacekeeping"
    r"peace-?keeping\b(?![\s-]+(?:mission|force|operation|contingent|unit|battalion|troop|personnel|police))|"
    r"the\s+field\b(?!\s+(?:in|with|at|of)\b))|"  # "has 2,600 peacekeepers in the field"
    r"UN\s+PKOs|(?:around|across|throughout)\s+the\s+(?:world|globe)|worldwide|globally|"
    # "have served as UN military observers"
    r"as\s+" + _UN + r"\s+(?:military\s+|police\s+)?(?:observers|peacekeepers|police|blue\s+helmets|experts|"
    r"staff\s+officers|officers)\b)",
)
# A ranking of contributors: with no mission named, it ranks them across all UN operations.
_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
_RANKING = re.compile(
    r"\b(?:(?:largest|biggest|top|leading|greatest|main|major|foremost|" + _ORDINAL + r"[\s-]+largest)\b"
    r"[^.;]{0,40}?\bcontribut(?:or|ors|ing\s+countr(?:y|ies)|ing\s+nations?)\b|"
    r"rank(?:s|ed)?\s+(?:\w+\s+){0,2}?(?:" + _ORDINAL + r"|highest)\b|top(?:s|ped)?\s+the\s+(?:list|table|ranking)\b|"
    r"\b(?:complete|completes|round\s+out|rounds\s+out|make\s+up|among)\s+the\s+top\s+(?:three|five|ten|\d+)\b)",
    re.IGNORECASE,
)
# A ranking among all contributors, whatever mission the story is about: "ranked sixth among contributors".
_GLOBAL_RANKING = re.compile(
    r"\bamong\s+(?:all\s+|the\s+)?(?:\d+\s+|[a-z]+\s+)?(?:troop[\s-]+|police[\s-]+)?(?:contributors|contributing\s+"
    r"(?:countries|nations|states))\b|\b(?:contributors?|contributing\s+countr(?:y|ies))\s+(?:to|of)\s+(?:UN|U\.N\.|"
    r"United\s+Nations)\s+peace|"
    r"\b(?:complete|completes|round\s+out|rounds\s+out)\s+the\s+top\s+(?:three|five|ten|\d+)\b", re.IGNORECASE)
# "its largest contributor": the ranking is within the mission the text is about.
_MISSION_POSSESSIVE = re.compile(
    r"\b(?:its|the mission's|the force's|the operation's)\s+(?:[\w-]+\s+){0,2}?contribut|"
    r"\bcontribut\w*\s+to\s+the\s+(?:group|mission|force|operation)\b",
    re.IGNORECASE,
)
# A mission named as what was left or replaced is not where personnel are: "withdrawn from MINUSMA", "took over
# from MISCA", "ATMIS, which replaced AMISOM".
_FROM_BEFORE = re.compile(
    r"\b(?:from|replac(?:ed|es|ing)|succeed(?:ed|s|ing)|successor\s+to|predecessor,?)\s+(?:the\s+)?$", re.IGNORECASE
)
# Two places joined as one: "in Mali and the Democratic Republic of the Congo".
_SPREAD = re.compile(r"\s+(?:and|&)\s+(?:in\s+)?(?:the\s+)?")
# Where most of a figure's people are: "most of them in southern Lebanon", "the bulk of them with UN missions".
# A figure followed by its parts: "1,300 soldiers in Mali, around 300 of them with EUTM Mali and the rest ...".
# "... most of the force, which numbers around 1,000 troops": the mission itself, before a relative clause.
_FORCE_NOUN_BEFORE = re.compile(r"\b(?:the|its)\s+(?:whole\s+|entire\s+|UN\s+|peacekeeping\s+)?"
                                r"(?:force|mission|operation)\s*$", re.IGNORECASE)
_UNIT_FROM_BEFORE = re.compile(
    r"\b(?:" + personnel.UNIT_RE.pattern + r"|troops|soldiers|peacekeepers|police|officers|personnel|contingents?)"
    r"\s+from\s+(?:the\s+)?$", re.IGNORECASE)
_OVERSEAS = re.compile(r"\b(?:overseas|abroad)\b", re.IGNORECASE)
_UN_WORD = re.compile(r"\b(?:UN|U\.N\.|United\s+Nations|peace-?keeping|PKOs?|blue\s+helmets?)\b", re.IGNORECASE)
_TO_MISSION = frozenset({"to", "in", "into", "with", "for", "join", "joined", "joining"})
_SPLIT_AFTER = re.compile(
    r"[^.;,]{0,60},\s*(?P<part>(?:(?:about|around|some|nearly|roughly|over|more\s+than)\s+)?\d[\d,]*\s+of\s+(?:them|whom))"
    r"[^.;]{0,80}?\b(?:the\s+rest|the\s+others|the\s+remainder|others)\b", re.IGNORECASE)
_MOST_OF_THEM = re.compile(
    r"\b(?:most|the\s+bulk|the\s+majority|many|half|two-thirds|three-quarters)\s+of\s+(?:them|whom)\b|"
    r",\s*(?:mostly|mainly|largely|chiefly|primarily)\s+(?:in|with|at|on|based|deployed|serving)\b|"
    # "1,300 troops in the Sahel, including 1,100 in Mali": where the part is is not the whole's scope
    r",\s*including\s+(?:(?:about|some|around|nearly|over|more\s+than)\s+)?\d",
    re.IGNORECASE,
)
# Missions in the plural that the scope words do not take as all UN operations ("UN and AU missions").
_GENERIC_MISSIONS = re.compile(r"\b(?:missions|operations|PKOs)\b")
# How many sentences back a mission still makes the topic of a ranking of contributors.
_RECENT_SENTENCES = 2
# Sender rules that carry the last figure's country over, and with it the scope of that figure.
_CARRIED_SENDERS = frozenset({"pronoun", "continuation", "speaker_focus"})
# Statuses for which a mission must have begun by the figure's date ("arrived in Bamako" in January 2013 is
# AFISMA; MINUSMA came in July).
_STARTED_STATUSES = frozenset({"deployed", "serving", "withdrawn", "cumulative"})
# Mission kinds by how likely a contingent sent to the host country joins one (lower first).
_KIND_RANK = {"peacekeeping": 0, "observer": 0, "police": 0, "transitional_administration": 0, "military": 1,
              "political": 2}

# --- what kind of personnel ---------------------------------------------------------------------------------------
# "155 of the Chinese troops are expected to be engineers": a kind of personnel named by the predicate (not
# across another figure: "850 personnel, including 40 staff officers").
_PREDICATE_TYPE = re.compile(
    r"[^.;:()\d]{0,40}?\b(?:be|are|were|is|was|as)\s+"
    r"(?:[A-Za-z-]+\s+){0,2}?(?:" + personnel.PERSON_NOUN_RE.pattern + r")",
    re.IGNORECASE,
)
_UNIT_BEFORE = re.compile(
    r"(?P<kind>[\w\u2019'\"\u201c\u201d-]+(?:\s+[\w-]+)?)\s+(?P<unit>" + personnel.UNIT_RE.pattern + r")\s*"
    r"(?:\(\s*|of\s+|with\s+|comprising\s+|consisting of\s+|numbering\s+)$",
    re.IGNORECASE,
)
# "The Indian contingent in South Sudan now numbers 850": a unit, a place, then the verb that gives its size.
_UNIT_NUMBERS = re.compile(
    r"(?P<unit>" + personnel.UNIT_RE.pattern + r")(?:\s+(?:in|with|at|on|there)\b[^,;.()\d]{0,40}?)?\s+"
    r"(?:now\s+|currently\s+|still\s+)?(?:numbers|numbered|totals|totall?ed|stands\s+at|stood\s+at)\s+$",
    re.IGNORECASE,
)
# The words ``_UNIT_BEFORE`` and ``_UNIT_NUMBERS`` end with.
_UNIT_LINKS = frozenset({"of", "(", "with", "comprising", "numbering"})
_UNIT_NUMBERS_LINKS = frozenset({"numbers", "numbered", "totals", "totaled", "totalled", "at"})
# "Officers left for Beirut to join UNTSO as military observers": the role they join as, further on.
_ROLE_WINDOW = 260
_ROLE_VERB = re.compile(r"\b(?:join|joins|joined|joining|serve|serves|served|serving|work|works|worked|working|"
                        r"act|acting|deployed|sent|go|goes|went)\b", re.IGNORECASE)
_ROLE_AFTER_AS = re.compile(r"(?:[A-Za-z.-]+\s+){0,2}?(?:" + personnel.PERSON_NOUN_RE.pattern + r")", re.IGNORECASE)
_STOPS = re.compile(r"[.;:]\s")
# "two infantry battalions, together about 2,400 soldiers": a unit, then its strength in apposition.
_UNIT_APPOSITION = re.compile(
    r"(?P<kind>[\w\u2019'-]+(?:\s+[\w-]+)?)\s+(?P<unit>" + personnel.UNIT_RE.pattern + r")"
    r"(?:\s+(?:to|in)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})?\s*,\s*"
    r"(?:(?:together|combined|altogether|in\s+all|in\s+total|totall?ing|comprising|numbering|with|of)\s+)?$",
    re.IGNORECASE,
)
_IN_UNITS = re.compile(r"\s+(?:and\s+[\w-]+\s+)?(?:in|of|with|from)\s+(?:the\s+|its\s+|their\s+)?(?P<kind>[\w-]+(?:\s+[\w-]+)?)\s+"
                       r"(?:units?|battalions?|compan(?:y|ies)|detachments?|contingents?|teams?)\b", re.IGNORECASE)
_UNIT_APPOSITION_LINKS = frozenset({"together", "combined", "altogether", "all", "total", "totaling", "totalling",
                                    "comprising", "numbering", "with", "of"})
_SIZE_COMPOUND = re.compile(r"-?\s*(?:member|strong|man|men|person|personnel|troop|soldier)$", re.IGNORECASE)
_UNIT_AFTER_SIZE = re.compile(r"\s*((?:[\w-]+\s+){0,3}?)(" + personnel.UNIT_RE.pattern + r")\b", re.IGNORECASE)

# --- as of when ---------------------------------------------------------------------------------------------------
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


# --- list items ---------------------------------------------------------------------------------------------------
# "Jordan (1,800)", "Leading police contributors: Jordan 1,800", "..., Bangladesh 7,915 and India 7,839": a
# figure right after a country, in a list that counts the same personnel as an earlier figure of its sentence
# or as a ranking of contributors.
_NOUN_THEN_LIST = re.compile(
    r"(?:" + personnel.PERSON_NOUN_RE.pattern + r")\s*(?:from|:)\s+(?:the\s+)?", re.IGNORECASE
)
_LIST_GAP = re.compile(r"\s*(?:\(\s*|:\s*|\s+with\s+|)$")
_LIST_COMMA = re.compile(r",\s*")
# Figures that share the noun of the last one: "1,400 and 1,300 troops", "120, 140 and 160 police".
_SHARED_NOUN = re.compile(r"(?:\s*,\s*\d[\d,]*)*\s*(?:,\s*and|and|or)\s+(?:(?:about|some|around|nearly)\s+)?\d[\d,]*(?=\s)")
_OF_THE_BEFORE = re.compile(r"\bof\s+(?:the|its|their|this|that)\s+$", re.IGNORECASE)
_STANDBY = re.compile(r"\bstand-?by\b", re.IGNORECASE)
_PROMISES = frozenset({"pledged", "offered"})
_ITEM_FIGURE_AFTER = re.compile(r"\s*(?:\(\s*|:\s*|,\s*)(?:about\s+|some\s+|around\s+|nearly\s+)?\d")
_HOMEWARD = frozenset({"to", "for", "toward", "towards", "into"})
_SOON_BEFORE = timedelta(days=40)  # a plan dated to within this of a mission's start may be for it
_DIGIT = re.compile(r"(?<![\w])\d")  # a figure, not the digit of a name ("G5")
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_LIST_AFTER = re.compile(r"\s*(?:\)|,|;|\.|and\b|$)")
# The later items of a list "Sweden (220), Germany (about 1,000) and Benin (150)": each one's closing bracket.
_LIST_NEXT_ITEM = re.compile(r"\)?\s*(?:,\s*and|,|and)\s+(?:the\s+)?[A-Z][\w\u2019'. -]{1,40}?\s*\([^()]{1,30}\)")
_CONTINGENTS = re.compile(r"\b(?:contingents?|battalions|units|troop[- ]contributing|tccs)\b", re.IGNORECASE)


# A list's lead-in line ("Highlights of the commitments announced include:") and its items (bullets or "Country:"
# labels): the lead says what the items are when they have no verb of their own.
_LEAD_LINE = re.compile(r"\n[ \t]*([^\n]{8,300}):[ \t]*\n")
_ITEM_LINE = re.compile(r"[ \t]*(?:[\u2022\u25aa\u25cf\u2023\u2013\u2014*-]|\(?[a-z0-9]{1,2}[.)]|"
                        r"[A-Z][\w\u2019' .-]{1,40}:)")
_LEAD_STATUS = (
    ("pledged", re.compile(r"\b(?:pledg\w*|commitments?|committed|promis\w*)\b", re.IGNORECASE)),
    ("offered", re.compile(r"\boffer\w*", re.IGNORECASE)),
    ("withdrawn", re.compile(r"\b(?:withdraw\w*|repatriat\w*|drawdown)\b", re.IGNORECASE)),
)
_LEAD_REACH = 3000
_UNREAD = object()  # a lazily computed attribute not computed yet (None is a value)
# Cues that say what an item holds, not what was done with it: a list's lead says that ("• Rwanda: two battalions,
# some 1,600 personnel in all" under "Commitments announced include:").
_WEAK_CUES = frozenset({"including", "includes", "include", "comprises", "comprise", "comprising", "in all",
                        "in total", "all told", "altogether", "a total of", "totals", "numbers", "running_total"})


def _list_lead(text: str, pos: int) -> str | None:
    """The status a list's lead-in line gives the item that holds ``pos``, when every line between the lead and
    the item is an item too (or blank); None when the item is not in such a list or the lead says nothing."""
    line_start = text.rfind("\n", 0, pos) + 1
    if not _ITEM_LINE.match(text, line_start):
        return None
    lead = None
    for lead in _LEAD_LINE.finditer(text, max(0, line_start - _LEAD_REACH), line_start + 1):
        pass
    if lead is None:
        return None
    for line in text[lead.end():line_start].split("\n"):
        if line.strip() and not _ITEM_LINE.match(line) and not line.startswith((" ", "\t")):
            return None  # a paragraph between: not the lead of this list
    for st, cue in _LEAD_STATUS:
        if cue.search(lead.group(1)):
            return st
    return None


def _in_spans(pos: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _slice(items: Sequence, starts: list[int], start: int, end: int) -> list:
    """Items (sorted by ``start``) whose start lies in [start, end)."""
    return list(items[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)])


def _clause_breaks(text: str, sent: Sentence) -> list[tuple[int, int]]:
    """The spans of the clause boundaries of a sentence (document offsets), found once per sentence."""
    return [m.span() for m in _CLAUSE_BREAK.finditer(text, sent.start, sent.end)]


def _clause_bounds(sent: Sentence, breaks: Sequence[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The clause of the sentence that holds ``pos`` (document offsets), given its ``_clause_breaks``."""
    start, end = sent.start, sent.end
    for b_start, b_end in breaks:
        if b_end <= pos:
            start = b_end
        elif b_start > pos:
            end = b_start
            break
        else:  # inside a relative clause set off by commas: that clause
            return b_start + 1, b_end - 1
    return start, end


# --- mission facts ------------------------------------------------------------------------------------------------

@functools.lru_cache(maxsize=8)
def _mission_facts(matcher) -> dict[str, tuple[str, date | None, str | None]]:
    """acronym -> (kind, start date, lead nation) from the matcher's catalog, built once per matcher."""
    return {m["mission_acronym"]: (m["kind"], m["start_date"], m.get("lead_iso3"))
            for m in matcher.catalog.missions}


def _period_end(when: PartialDate) -> date:
    v = when.value
    if when.precision == "year":
        return date(v.year, 12, 31)
    if when.precision == "month":
        return date(v.year + (v.month == 12), v.month % 12 + 1, 1)
    return v


@functools.lru_cache(maxsize=4096)
def _hosted_mission(matcher, iso3: str, when: PartialDate | None, st: str | None,
                    sender: str | None = None) -> str | None:
    """The mission that personnel sent to a country join: the matcher's best mission hosted there at that date,
    preferring a force to a political mission, and one that had begun by then unless the figure is a plan.
    A nation's own operation there comes first: French troops in Mali in 2015 are Barkhane's, not MINUSMA's."""
    hosted = matcher.missions_hosted_in(iso3, when)
    if not hosted:
        return None
    facts = _mission_facts(matcher)
    if sender is not None and when is not None:
        own = [a for a in hosted if facts[a][2] == sender]
        if own:
            return own[0]
        # A joint force of its host countries (the G5 Sahel force, the MNJTF) takes no one else's troops.
        hosted = [a for a in hosted if not (_is_joint_force(matcher, a) and sender not in matcher.host_countries(a))]
        if not hosted:
            return None
    if st in _STARTED_STATUSES and when is not None:
        end = _period_end(when)
        begun = [a for a in hosted if facts[a][1] is None or facts[a][1] <= end]
        hosted = begun or hosted
    # Personnel join a peace operation before a national or training operation, and either before a political
    # mission; the matcher's order is kept within each rank.
    return min(hosted, key=lambda a: _KIND_RANK.get(facts[a][0], 1))


@functools.lru_cache(maxsize=1024)
def _is_joint_force(matcher, acronym: str) -> bool:
    """A force that its host countries make up together: not led by one nation or an organisation of the
    vocabulary, military, with three or more hosts (FC-G5S, MNJTF)."""
    mission = matcher.mission(acronym)
    return mission is not None and (mission["organisation"] == "other" and mission["kind"] == "military" and not mission.get("lead_iso3")
            and len(mission["host_iso3"]) >= 3)


@functools.lru_cache(maxsize=4096)
def _active_then(matcher, acronym: str, when: PartialDate | None) -> bool:
    """Whether a mission was active at ``when`` (within the matcher's tolerances); True without a matcher or date."""
    if matcher is None or when is None:
        return True
    return any(acronym in matcher.missions_hosted_in(h, when) for h in matcher.host_countries(acronym))


@functools.lru_cache(maxsize=4096)
def _current_mission(matcher, acronym: str, when: PartialDate, st: str) -> str:
    """The story's mission at a figure's date: one that had ended by then ("AMISOM" in a story of 2023) gives way
    to the mission its host has then (ATMIS)."""
    hosts = matcher.host_countries(acronym)
    hosted = [a for h in hosts for a in matcher.missions_hosted_in(h, when)]
    if not hosted or acronym in hosted:
        return acronym
    successor = _hosted_mission(matcher, hosts[0], when, st)
    # Personnel do not join a political mission: without a force there then, the story's mission stays.
    if successor is None or _KIND_RANK.get(_mission_facts(matcher)[successor][0], 1) > 1:
        return acronym
    return successor


# --- the document loop --------------------------------------------------------------------------------------------

# Words of peace operations: a document without any, and without a mission mention, is not about them, and its
# figures of soldiers and police (an election, a domestic operation, a national army) are not contributions
# unless their sentence names a mission or all UN operations.
_PEACE_CONTEXT = re.compile(
    r"peace[\s-]?keep|blue\s+(?:helmet|beret)s?|casques?\s+bleus|(?-i:\bU\.?N\.?\b)|united\s+nations|"
    r"african\s+union|\bpkos?\b|(?:troop|police)[\s-]+contribut|contributing\s+countr",
    re.IGNORECASE,
)
# Mission rules that name the mission or the scope in the sentence itself, and those that name nothing.
_EXPLICIT_MISSION = frozenset({"sentence", "scope_words"})
_IMPLICIT_MISSION = frozenset({"document_focus", "none", "generic_missions"})
# Figure rules for figures without a noun of their own, which count the group named before them.
_BARE_RULES = frozenset({"anaphoric", "partitive", "bare_object", "bare_subject", "bare_coordinated",
                         "bare_predicate", "bare_ranked", "own_total"})


class _Focus:
    """What the discourse is about so far: the last sender country, and the last mission named or the scope of
    the last figure ("in UN missions around the world" makes "It has contributed 100,000 since 1958" global)."""

    def __init__(self) -> None:
        self.country: str | None = None
        self.mission: str | None = None
        self.scope: str = "mission"  # or "all_un_pko"
        self.mission_sentence: int = -1_000  # index of the sentence that named or used the mission
        # The last row's type, status and date, and its sentence: what "another 200" and "of them" count, and
        # the plan or the movement that "The battalion includes 120 engineers" or "400 left on Monday" continue.
        self.ptype: str | None = None
        self.status: str | None = None
        self.as_of: PartialDate | None = None
        self.row_sentence: int = -1_000
        self.mentions: dict[str, int] = {}  # how often each mission has been named so far
        self.document_missions: frozenset[str] = frozenset()  # every mission the document names
        self.senders: dict[str, int] = {}  # rows so far per sender
        self._peace: bool | None = None

    def story_country(self) -> str | None:
        """The country a unit named without one belongs to ("The largest deployments are ..."): the last sender,
        unless it sent one row in an aside ("A section of 12 soldiers from Malta will also serve with the
        battalion") while another sender has several."""
        last = self.country
        if last is not None and self.senders.get(last, 0) <= 1:
            # the sender with most rows; among equals the first the story named (dicts keep insertion order)
            main = max(self.senders.items(), key=lambda kv: kv[1], default=(None, 0))
            if main[0] is not None and main[0] != last and main[1] >= 2:
                return main[0]
        return last

    def about_peace_operations(self, text: str, missions: Sequence[MissionMention]) -> bool:
        """Whether the document speaks of peace operations (decided once, when a figure first needs it)."""
        if self._peace is None:
            self._peace = any(m.acronym for m in missions) or _PEACE_CONTEXT.search(text) is not None
        return self._peace


def extract_contributions(
    text: str,
    sentences: Sequence[Sentence],
    countries: Sequence[CountryMention],
    missions: Sequence[MissionMention],
    dates: Sequence[DateMention],
    ctx: DocumentContext,
    matcher=None,
) -> list[Contribution]:
    """All contributions a document states. Mention lists are sorted and carry document offsets."""
    c_starts = [c.start for c in countries]
    m_starts = [m.start for m in missions]
    d_starts = [d.start for d in dates]
    focus = _Focus()
    focus.document_missions = frozenset(m.acronym for m in missions if m.acronym)
    out: list[Contribution] = []
    for sent in sentences:
        s_countries = _slice(countries, c_starts, sent.start, sent.end)
        s_missions = _slice(missions, m_starts, sent.start, sent.end)
        mission_spans = [(m.start, m.end) for m in s_missions]
        rows: list[Contribution] = []
        lowered = status.lower_keeping_offsets(text[sent.start:sent.end])
        # "Around 1,000 of them are in Lebanon", "The remaining 300 will return home": a group named before;
        # "80,000 Ghanaians have served".
        people = personnel.PEOPLE_HINT_RE.search(lowered) is not None or "deploy" in lowered or \
            " of them" in lowered or " served" in lowered or " serving" in lowered or \
            (any(word in lowered for word in _BARE_WORDS) and _BARE_HINT.search(lowered) is not None)
        if people and _NUMBER_HINT.search(lowered):
            s_dates = _slice(dates, d_starts, sent.start, sent.end)
            reader = _SentenceReader(text, sent, s_countries, s_missions, s_dates, mission_spans, ctx, matcher,
                                     focus, lambda: focus.about_peace_operations(text, missions), lowered)
            rows = reader.rows()
            out.extend(rows)
        else:
            trace.note("sentence", "not_read", sent.start, sent.end, people_word=people)
        _update_focus(text, sent, s_countries, s_missions, mission_spans, ctx, matcher, focus, rows, people)
    return _echo_headlines(out)


# A sentence ends as a sentence does (a full stop, a question or exclamation mark, perhaps a closing quote or a
# footnote marker after it): a headline does not.
_CLOSERS = "\"'\u201d\u2019)"
# How many sentences after a headline the story restates it.
_ECHO_SENTENCES = 3
# The matching classes of personnel types (``tests/data/gold/README.md``).
_TYPE_CLASS = {"troops": 0, "peacekeepers": 0, "infantry": 1, "guards": 1, "engineers": 2, "medical": 3,
               "transport": 4, "aviation": 4, "police": 5, "formed_police_unit": 5, "observers": 6,
               "staff_officers": 6}


def _echo_headlines(rows: list[Contribution]) -> list[Contribution]:
    """A headline's figure restated by the story's first sentences ("Three new Swiss military observers for the
    Middle East" / "Three Swiss officers left for Jerusalem on 12 January to join UNTSO ...") is the story's
    figure: it takes the restatement's mission, status and date, which a headline leaves out or compresses
    ("Indonesia to send 850 troops to U.N. force in Congo"). Same sender, figure and class of personnel."""
    out = list(rows)
    for i, row in enumerate(out):
        if row.sentence.evidence.rstrip().rstrip("0123456789").rstrip(_CLOSERS).endswith((".", "!", "?")):
            continue
        for later in out[i + 1:]:
            gap = later.sentence.index - row.sentence.index
            if gap > _ECHO_SENTENCES:
                break
            if gap > 0 and later.contributor_iso3 == row.contributor_iso3 and \
                    (later.quantity.low, later.quantity.high) == (row.quantity.low, row.quantity.high) and \
                    _TYPE_CLASS.get(later.personnel_type) == _TYPE_CLASS.get(row.personnel_type):
                out[i] = dataclasses.replace(
                    row, mission_acronym=later.mission_acronym, scope=later.scope, status=later.status,
                    as_of=later.as_of, mission_method=later.mission_method, extractor=row.extractor + "+headline")
                break
    return out


def _update_focus(text, sent, s_countries, s_missions, mission_spans, ctx, matcher, focus: _Focus,
                  rows: list[Contribution], people: bool) -> None:
    """Remember the sentence's sender country and mission for the sentences that refer back to them; a host
    country counts as the mission only in a sentence about personnel (``people``). A sentence whose subject is a
    mission or an organisation ("MINUSMA will take over ...") makes "it" in the next one theirs, not a country's."""
    subject = _subject_country(text, s_countries, sent.end, mission_spans)
    if rows:
        focus.country = rows[-1].contributor_iso3
        for row in rows:
            focus.senders[row.contributor_iso3] = focus.senders.get(row.contributor_iso3, 0) + 1
        focus.ptype, focus.status, focus.as_of = rows[-1].personnel_type, rows[-1].status, rows[-1].as_of
        focus.row_sentence = sent.index
        if all(r.mission_method == "bilateral" for r in rows):
            # A force outside any mission: the missions its sentence names are not the story's topic.
            focus.mission, focus.scope, focus.mission_sentence = None, "mission", sent.index
            return
    elif subject is not None and not _LABEL_AFTER.match(text, subject.end):
        focus.country = subject.iso3  # not a place that labels a list item ("- Haiti: 140 police (MINUSTAH)")
    if not rows:
        first_mission = s_missions[0].start if s_missions else sent.end
        org = _ORG_SUBJECT.search(text, sent.start, min(sent.end, sent.start + 40))
        first_other = min(first_mission, org.start() if org else sent.end)
        if first_other < sent.end and first_other - sent.start < 40 and \
                (subject is None or subject.start > first_other):
            focus.country = None  # not a short sentence without either: "Q: And the Golan?"
    named = [m for m in s_missions if m.acronym and not _left_behind(text, s_missions, m)]
    for m in named:
        focus.mentions[m.acronym] = focus.mentions.get(m.acronym, 0) + 1
    if named:
        last = named[-1].acronym
        if not rows and focus.mission not in (None, last) and focus.mentions[last] == 1 and \
                focus.scope == "mission" and not _DIGIT.search(text, sent.start, sent.end):
            # A first mention in an aside that speaks of no personnel ("as the G5 Sahel force collapses")
            # leaves the story's mission the scope of the figures that follow.
            return
        focus.mission, focus.scope, focus.mission_sentence = last, "mission", sent.index
        return
    if rows and (rows[-1].mission_acronym or rows[-1].scope == "all_un_pko"):
        focus.mission = rows[-1].mission_acronym or focus.mission
        focus.scope = rows[-1].scope
        if rows[-1].mission_acronym:
            focus.mission_sentence = sent.index
        return
    if people:
        hosts = _host_missions(text, s_countries, subject.iso3 if subject else None, mission_spans,
                               ctx.published, matcher, None, (sent.start, sent.end))
        if hosts:
            focus.mission, focus.scope, focus.mission_sentence = hosts[-1][1], "mission", sent.index


def _left_behind(text: str, missions: Sequence[MissionMention], m: MissionMention) -> bool:
    """Whether a mission is named as what was left or replaced ("took over from MISCA", "ATMIS, which replaced
    the African Union Mission in Somalia (AMISOM)"): an acronym in brackets shares the verdict of its name."""
    if _FROM_BEFORE.search(text, max(0, m.start - 20), m.start):
        return True
    before = text[max(0, m.start - 3):m.start].rstrip()
    if before.endswith("("):
        name = next((n for n in missions if n.end <= m.start and not text[n.end:m.start].strip(" (")), None)
        return name is not None and name is not m and _left_behind(text, missions, name)
    return False


def _subject_country(text: str, countries: Sequence[CountryMention], before: int,
                     mission_spans: Sequence[tuple[int, int]]) -> CountryMention | None:
    """The first country named before ``before`` that can be the sender: not a destination ("to Mali"), not
    part of a mission's name, not the object of a comparison or of "with"."""
    excluded_end: int | None = None
    for i, c in enumerate(countries):
        if c.start >= before:
            break
        if _is_line_label(text, c) and any(
                o.start < before and not _is_line_label(text, o) and not _in_spans(o.start, mission_spans)
                and _word_before(text, o.start) not in _DESTINATION_WORDS for o in countries[i + 1:]):
            continue  # "FINLAND and IRELAND - Finland will send 250": the line's own subject, not its label
        if _in_spans(c.start, mission_spans):
            continue
        word = _word_before(text, c.start)
        if word in _DESTINATION_WORDS or word in _NOT_SUBJECT_WORDS or word == "out of":
            if not (word == "for" or word == "of") or not _ON_BEHALF.search(text, max(0, c.start - 30), c.start):
                excluded_end = c.end
                continue  # but "Speaking for Pakistan, the representative said his country had ..."
        if excluded_end is not None and _JOINED.fullmatch(text, excluded_end, c.start):
            excluded_end = c.end
            continue  # "units from Nigeria and Nepal": the second country is governed by the same "from"
        return c
    return None


def _is_line_label(text: str, c: CountryMention) -> bool:
    """Whether a country labels its line ("BANGLADESH - Has offered ...", "Chad: 1,400", "- Lebanon: 870 ...")."""
    line_start = text.rfind("\n", 0, c.start) + 1
    label = _LINE_LABEL.match(text, line_start)
    return label is not None and c.end <= label.end()


_LINE_LABEL = re.compile(r"[ \t]*(?:[-*\u2022\u2013][ \t]*)?[A-Z][\w'.]*(?:[ \t]+[A-Z][\w'.]*){0,3}"
                         r"(?:[ \t]+(?:and|AND|&)[ \t]+[A-Z][\w'.]*(?:[ \t]+[A-Z][\w'.]*){0,3})?[ \t]*[-\u2013\u2014:][ \t]")
_JOINED = re.compile(r"\s*,?\s*(?:and|or)\s+(?:the\s+)?")  # not a bare comma: "In Mali, Chad has deployed"


def _host_missions(text: str, countries: Sequence[CountryMention], sender: str | None,
                   mission_spans: Sequence[tuple[int, int]], when: PartialDate | None, matcher,
                   st: str | None, span: tuple[int, int]) -> list[tuple[int, str]]:
    """Missions referred to by their host country or its capital, or by a place that a mission's name uses,
    inside ``span``: "deployment of infantry to Mali", "arrived in Bangui", "pulled out of Mali", "troops in
    Darfur" -> [(offset, mission)], in text order."""
    found: list[tuple[int, str]] = []
    if matcher is None:
        return found
    for c in countries:
        if c.iso3 == sender or c.kind not in ("name", "capital") or _in_spans(c.start, mission_spans):
            continue
        if not _is_destination(text, c.start) or _ITEM_FIGURE_AFTER.match(text, c.end):
            continue  # not a place, or a list item's sender: "contingents from Togo (650) and Niger (850)"
        if st == "withdrawn" and _word_before(text, c.start) in _HOMEWARD:
            continue  # where a withdrawn contingent goes is home: "flew back to N'Djamena"
        hosted = _hosted_mission(matcher, c.iso3, when, st, sender)
        if hosted:
            found.append((c.start, hosted))
    # Places below the country level (Darfur, Abyei, the Golan): the mission named after the place, when one
    # was active then. Places that are countries were read above.
    known = [(c.start, c.end) for c in countries]
    for start, end, acronym in matcher.places_in(text, span[0], span[1], when):
        if (_in_spans(start, known) or _in_spans(start, mission_spans) or not _is_destination(text, start)
                or any(start <= k[0] < end for k in known)):
            continue
        found.append((start, acronym))
    return sorted(found)


# Words after a figure that leave it free to count people: "a further 300 to MINUSCA", "300 arrived", "600 of".
_FREE_AFTER = frozenset("""to in into from for of more and or with at on by under during were are was is will would
    have has had arrived left departed returned serve served remain remained each""".split())
_NEXT_WORD = re.compile(r"\s+(?:[A-Z][\w\u2019'-]*\s+)?([a-z][a-z-]*)")


def _may_count_people(text: str, end: int) -> bool:
    """Whether the figure ending at ``end`` may count people: its next word is a personnel noun or leaves it
    without a noun ("300 to Chad"), not another noun ("two flights", "12 vehicles")."""
    m = _NEXT_WORD.match(text, end, end + 60)
    if m is None:
        return True
    return m.group(1) in _FREE_AFTER or personnel.PERSON_NOUN_RE.match(text, m.start(1)) is not None


# --- one sentence -------------------------------------------------------------------------------------------------

def _veto(q: Quantity, name: str) -> list[Contribution]:
    """No row for the figure ``q``; ``name`` says why (recorded for `pkdata explain` when a trace is collected)."""
    trace.note("veto", name, q.start, q.end)
    return []


class _SentenceReader:
    """The contributions of one sentence, figure by figure."""

    def __init__(self, text, sent, countries, missions, dates, mission_spans, ctx, matcher, focus, about_peace,
                 lowered):
        self.text, self.sent, self.lowered = text, sent, lowered  # ``lowered``: the sentence in lower case
        self.countries, self.missions, self.dates = countries, missions, dates
        self.mission_spans, self.ctx, self.matcher, self.focus = mission_spans, ctx, matcher, focus
        self.about_peace = about_peace  # () -> bool: whether the document speaks of peace operations
        self._breaks: list[tuple[int, int]] | None = None
        self.out: list[Contribution] = []
        self._all_figures: list[Quantity] = []
        self._kind_before: dict[int, str] = {}
        self._figures: list[tuple[int, int]] | None = None
        self._respectively: dict[int, str] | None = None
        self._present: dict[re.Pattern, bool] = {}
        self._lead: str | None | object = _UNREAD

    def _list_lead(self) -> str | None:
        """The status the lead-in of the sentence's list gives (``_list_lead``), found once per sentence."""
        if self._lead is _UNREAD:
            self._lead = _list_lead(self.text, self.sent.start)
        return self._lead

    def _in_sentence(self, regex: re.Pattern) -> bool:
        """Whether ``regex`` matches anywhere in the sentence (the lower-cased copy for ``_CASUALTY``), once."""
        if regex not in self._present:
            found = regex.search(self.lowered) if regex is _CASUALTY else \
                regex.search(self.text, self.sent.start, self.sent.end)
            self._present[regex] = found is not None
        return self._present[regex]

    @property
    def figures(self) -> list[tuple[int, int]]:
        """The spans of the sentence's count figures that may count people (document offsets): the figures a date
        or a partitive can belong to; found when first needed."""
        if self._figures is None:
            self._figures = [(q.start, q.end) for q in self._all_figures if _may_count_people(self.text, q.end)]
        return self._figures

    @property
    def breaks(self) -> list[tuple[int, int]]:
        """The sentence's clause boundaries, found when a figure first needs them."""
        if self._breaks is None:
            self._breaks = _clause_breaks(self.text, self.sent)
        return self._breaks

    def rows(self) -> list[Contribution]:
        sent = self.sent
        quantities = [Quantity(q.start + sent.start, q.end + sent.start, q.surface, q.low, q.high, q.approx,
                               q.qualifier, q.kind) for q in find_quantities(self.text[sent.start:sent.end])]
        figures = [q for q in quantities if q.kind == "count"]
        self._all_figures = figures
        # The kind of the quantity before each figure: "$40 million ..., and another 10 million" is more money.
        self._kind_before = {q.start: p.kind for p, q in zip(quantities, quantities[1:]) if p.kind != "footnote"}
        for q in figures:
            rows = self._figure(q)
            if not rows:
                row = self._list_item(q)
                rows = [row] if row is not None else []
            self.out.extend(rows)
        return self.out

    # -- a figure with its own noun ---------------------------------------------------------------------------
    def _head(self, q: Quantity, clause: tuple[int, int]) -> tuple[personnel.HeadNoun | None, str]:
        text = self.text
        head = _unit_size_head(text, q)
        if head is not None:
            return head, "unit_size"
        head = personnel.head_after(text, q.end)
        if head is not None:
            if head.personnel_type == "formed_police_unit" and _UNIT_COUNT.search(head.surface) and \
                    (q.high or q.low or 0) <= _MAX_UNITS:
                return None, ""  # "three formed police units": units counted, not people
            return head, "figure_noun"
        head = _unit_of_head(text, q, clause[0])
        if head is not None:
            return head, "unit_of"
        head = personnel.head_before(text, q.start, clause[0])
        if head is not None:
            return head, "noun_numbering"
        head = personnel.head_before_size(text, q.start, q.end, clause[0])
        if head is not None:
            return head, "unit_strong"
        head = self._number_of_head(q, clause)
        if head is not None:
            return head, "number_of"
        contribution = _CONTRIBUTION_OF.search(text, max(clause[0], q.start - 40), q.start) \
            if personnel.ends_with_word(text[max(clause[0], q.start - 16):q.start], _CONTRIBUTION_LINKS) else None
        if contribution is not None:  # "a contribution of around 14 to MINUSMA": people of every kind
            return personnel.HeadNoun("peacekeepers", contribution.start(), contribution.end("noun"),
                                      contribution.group("noun"), (), True), "contribution_of"
        head = self._own_total_head(q, clause)
        if head is not None:
            return head, "own_total"
        head = self._elliptic_head(q)
        if head is not None:
            return head, "elliptic_from"
        head = self._demonym_head(q)
        if head is not None:
            return head, "demonym"
        if self.out and _CHANGED_FROM.search(text, max(self.sent.start, q.start - 40), q.start):
            prev = self.out[-1]  # "600 police in Haiti, up from 400 in July": the same people, before the change
            return personnel.HeadNoun(prev.personnel_type, q.start, q.end, text[q.start:q.end], ()), "changed_from"
        running = _RUNNING_NOUN.search(text, max(clause[0], q.start - 90), q.start)
        if running is not None:  # "increase its UNIFIL contingent to 1,000", "... to 1,000 from about 180"
            noun = running.group("noun").lower()
            return personnel.HeadNoun(_RUNNING_TYPES.get(noun.rstrip("s"), "peacekeepers"), running.start("noun"),
                                      running.end("noun"), running.group("noun"), (), False,
                                      running.start()), "running_total" if running.group("from") is None \
                else "running_from"
        shared = _SHARED_NOUN.match(text, q.end, self.sent.end)
        if shared is not None:
            head = personnel.head_after(text, shared.end())
            if head is not None:  # "with 1,400 and 1,300 troops respectively": the noun of the last figure
                return personnel.HeadNoun(head.personnel_type, head.start, head.end, head.surface, head.modifiers), \
                    "shared_noun"
        return self._bare_head(q, clause)

    def _demonym_head(self, q: Quantity) -> personnel.HeadNoun | None:
        """"more than 80,000 Ghanaians have served in UN missions": a demonym in the plural counts people when a
        verb of service follows it (not "2,000 Ghanaians were evacuated")."""
        c = next((c for c in self.countries if c.start > q.end), None)
        if c is None or c.kind != "demonym" or self.text[q.end:c.start].strip() or not c.surface.endswith("s"):
            return None
        if not _SERVICE_AFTER.match(self.text, c.end):
            return None
        return personnel.HeadNoun("peacekeepers", c.start, c.end, c.surface, ())

    def _elliptic_head(self, q: Quantity) -> personnel.HeadNoun | None:
        """"The UN Mission in Liberia has 7,500 troops, including 1,300 from Nigeria", "of which 2,200 are
        Indian": a figure whose noun is the sentence's last personnel noun before it, when a country follows."""
        m = _ELLIPTIC_FROM.match(self.text, q.end, min(self.sent.end, q.end + 30))
        country = next((c for c in self.countries if m is not None and c.start == m.end()), None)
        if country is None:
            return None
        noun = None
        for noun in personnel.PERSON_NOUN_RE.finditer(self.text, self.sent.start, q.start):
            pass
        if noun is None:
            return None
        # The noun phrase runs to the country, which makes it the sender.
        return personnel.HeadNoun(personnel.person_noun_type(noun), country.start, country.end, noun.group(0), ())

    def _antecedent(self, pos: int) -> tuple[str, str] | None:
        """The personnel type of the group a figure without a noun refers to, and its noun: the type of the
        sentence's row before ``pos``, else its last personnel noun before ``pos``, else the type of the last row
        when it was read in the last two sentences (with no noun)."""
        if self.out and self.out[-1].quantity.end <= pos:
            return self.out[-1].personnel_type, ""  # the figure before it in the sentence, as it was read
        noun = None
        for noun in personnel.PERSON_NOUN_RE.finditer(self.text, self.sent.start, pos):
            pass
        if noun is not None:
            return personnel.person_noun_type(noun), noun.group(0)
        if self.focus.ptype is not None and self.sent.index - self.focus.row_sentence <= 2:
            return self.focus.ptype, ""
        return None

    def _antecedent_type(self, pos: int) -> str | None:
        antecedent = self._antecedent(pos)
        return antecedent[0] if antecedent is not None else None

    def _bare_head(self, q: Quantity, clause: tuple[int, int]) -> tuple[personnel.HeadNoun | None, str]:
        """A figure without a noun that counts the group named before it: "another 200", "the remaining 600",
        "Around 1,000 of them are in Lebanon", "pulled out 450.", "; 300 arrived in March", "sent 300 to Mali and
        200 to Chad". Its noun is the antecedent's (``_antecedent_type``)."""
        text = self.text
        if self._kind_before.get(q.start) in _NOT_PEOPLE_KINDS or (q.low or q.high or 0) > _MAX_BARE:
            return None, ""  # "$40 million in reimbursements, and another 10 million"
        before = text[max(clause[0], q.start - 40):q.start]
        words = before.lower().split()[-2:]
        last = words[-1] if words else ""
        pair = " ".join(words)
        if last in _LOSS_WORDS:
            return None, ""  # "losing 124 of them"
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
        elif self.out and _AND_BEFORE.search(before) and _PLACE_AFTER.match(text, q.end) and \
                self.out[-1].quantity.end >= clause[0]:
            rule = "bare_coordinated"
        else:
            return None, ""
        antecedent = ("peacekeepers", "in uniform") if _IN_UNIFORM.match(text, q.end) else self._antecedent(q.start)
        if antecedent is None:
            return None, ""
        # The head is the figure itself; its surface is the antecedent's noun, which the type is read from.
        return personnel.HeadNoun(antecedent[0], q.start, q.end, antecedent[1], ()), rule

    def _number_of_head(self, q: Quantity, clause: tuple[int, int]) -> personnel.HeadNoun | None:
        """"brings to 850 the number of Ghanaians serving with UNMIL", "wants the number of Chinese police in UN
        missions to reach 500": a figure that gives the number of a group of people named next to it, by a
        personnel noun or by a demonym ("Ghanaians": the personnel of the sentence before it)."""
        text = self.text
        after = _NUMBER_OF_AFTER.match(text, q.end, clause[1])
        if after is not None:
            head = personnel.head_after(text, after.end())
            if head is not None:
                return head
            c = next((c for c in self.countries if c.start == after.end()), None)
            if c is None or c.kind != "demonym":
                return None
            return personnel.HeadNoun(self._antecedent_type(q.start) or "peacekeepers", c.start, c.end, c.surface, ())
        if not personnel.ends_with_word(text[max(clause[0], q.start - 16):q.start], _NUMBER_OF_LINKS):
            return None  # most figures: no need to run the window regex
        before = _NUMBER_OF_BEFORE.search(text, max(clause[0], q.start - 160), q.start)
        if before is None:
            return None
        g0, g1 = before.span("group")
        noun = personnel.PERSON_NOUN_RE.search(text, g0, g1)
        if noun is not None:
            return personnel.HeadNoun(personnel.person_noun_type(noun), noun.start(), noun.end(), noun.group(0), (),
                                      False, before.start())
        c = next((c for c in self.countries if g0 <= c.start < g1 and c.kind == "demonym"), None)
        if c is None:
            return None
        return personnel.HeadNoun(self._antecedent_type(before.start()) or "peacekeepers", c.start, c.end, c.surface,
                                  (), False, before.start())

    def _own_total_head(self, q: Quantity, clause: tuple[int, int]) -> personnel.HeadNoun | None:
        """"raising its contingent there to 1,300", "bringing its total to 5,400", "has cut its contingent to 800":
        the sender's own total after a change; its noun is the one it names, or the group named before it."""
        text = self.text
        lo = max(clause[0], q.start - 90)
        if not personnel.ends_with_word(text[max(clause[0], q.start - 8):q.start], _TO) or not (
                text.find("its ", lo, q.start) >= 0 or text.find("their ", lo, q.start) >= 0 or
                text.find("s ", lo, q.start) >= 0):
            return None
        m = _OWN_TOTAL.search(text, lo, q.start)
        if m is None:
            return None
        noun = personnel.PERSON_NOUN_RE.fullmatch(m.group("noun"))
        if noun is not None:
            ptype = personnel.person_noun_type(noun)
        else:
            # "850 soldiers and 160 police ..., bringing Rwanda's contribution to 1,000": all of them, in general.
            kinds = {_TYPE_CLASS.get(personnel.person_noun_type(n))
                     for n in personnel.PERSON_NOUN_RE.finditer(text, self.sent.start, m.start())}
            ptype = "peacekeepers" if len(kinds) > 1 else self._antecedent_type(m.start())
        if ptype is None:
            return None
        return personnel.HeadNoun(ptype, m.start("noun"), m.end("noun"), m.group("noun"), (), False, m.start("noun"))

    def _figure(self, q: Quantity) -> list[Contribution]:
        text, sent, focus = self.text, self.sent, self.focus
        clause = _clause_bounds(sent, self.breaks, q.start)
        head, rule = self._head(q, clause)
        if head is None:
            return _veto(q, "no_personnel_noun")
        trace.note("head", rule, q.start, q.end, noun=head.surface, type=head.personnel_type)
        if rule == "unit_size" and _OF_THE_BEFORE.search(text, max(clause[0], q.start - 12), q.start) and \
                any(clause[0] <= f_end <= q.start for _, f_end in self.figures):
            # "The remaining 520 members of the 700-strong battalion": the unit named, not a new figure
            return _veto(q, "size_of_a_unit_named")
        np_start = head.np_start if head.np_start is not None else q.start
        np_end = max(head.end, q.end)
        modifiers = head.modifiers if head.np_start is None else tuple(text[np_start:head.start].split())
        lo, hi = max(clause[0], np_start - 60), min(clause[1], np_end + 60)  # the figure's neighbourhood
        # What marks a figure as no contribution, each searched near the figure only when its sentence has it at
        # all (``_in_sentence``: one search per sentence instead of one per figure, most sentences have none).
        present = self._in_sentence
        if present(_CASUALTY) and _CASUALTY.search(self.lowered, lo - sent.start, hi - sent.start):
            return _veto(q, "casualty")
        if present(_AUTHORISED) and _AUTHORISED.search(text, clause[0], min(clause[1], np_end + 30)):
            return _veto(q, "authorised_strength")
        if _EACH_AFTER.match(text, np_end) and _UNITS_OF.search(text, max(clause[0], q.start - 40), q.start):
            return _veto(q, "size_per_unit")  # "two units of 140 officers each"
        if present(_NATIONAL_FORCE) and _NATIONAL_FORCE.search(text, np_start, np_end):
            return _veto(q, "national_force")
        if present(_DISTRIBUTIVE) and _DISTRIBUTIVE.search(text, clause[0], np_start):
            return _veto(q, "distributive")
        if present(_NOT_YET) and _NOT_YET.search(text, lo, hi):
            return _veto(q, "not_yet_trained")
        if _MANY_SENDERS_AFTER.match(text, np_end, sent.end):
            return _veto(q, "many_senders")
        if present(_EXERCISE) and _EXERCISE.search(text, clause[0], clause[1]):
            return _veto(q, "exercise")
        if present(_FORCE_SIZE_WORDS) and _FORCE_SIZE.search(text, clause[0], np_start):
            return _veto(q, "national_force_size")
        # "the number of Ghanaian peacekeepers ... will rise to 1,570": the verb before the figure is its predicate.
        status_end = head.end if rule == "number_of" and head.np_start is not None else np_end
        st, cue = status.figure_status(text[clause[0]:clause[1]], np_start - clause[0], status_end - clause[0])
        if st not in ("offered", "pledged") and _REQUEST.search(text, clause[0], np_start):
            return _veto(q, "request")
        clause_status = st
        st, cue = self._status_in_context(q, np_start, clause, st, cue)
        senders, sender_rule = self._senders(q, np_start, np_end, modifiers, clause, clause_status)
        if self.out and _PARTITIVE_PART.match(text, q.end) and \
                not status.clause_cues(text[self.out[-1].quantity.end:q.start]):
            # "which has some 1,300 soldiers in Mali, around 300 of them with EUTM Mali": a part of the figure
            # before it, in its apposition, is in that figure's state
            st, cue = self.out[-1].status, "partitive_of_previous"
        if rule in ("running_from", "changed_from"):
            st, cue = "serving", rule  # the total before the change
        elif head.surface.lower().startswith(("tours", "individual tours", "person-times", "man-times")) and \
                st in ("serving", "deployed"):
            st, cue = "cumulative", "tours"  # "47,000 individual tours of duty have been completed": a sum over time
        if (not cue or (st in ("serving", "cumulative") and cue.lower() in _WEAK_CUES)) and \
                (lead := self._list_lead()) is not None:
            st, cue = lead, "list_lead"  # "Commitments announced include: • Ethiopia: 2,000 troops ..."
        standby = _STANDBY.search(text, max(clause[0], np_start - 40), min(clause[1], np_end + 40)) is not None
        if standby and st in ("planned", "serving"):
            st, cue = "pledged", "standby"  # "will build a standby force of 8,000 troops": a commitment
        if sender_rule == "respectively" and self.out and "+respectively+" in self.out[-1].extractor:
            st, cue = self.out[-1].status, "respectively"  # the figures paired with their countries share a verb
        if not senders:
            return _veto(q, "no_sender")
        if sender_rule == "relative":  # "the company that Zambia sent": the verb of the relative clause
            st, cue = status.figure_status(text[np_end:clause[1]], 0, 0)
        if sender_rule in ("item", "item_each") and not cue and self.out:
            st, cue = self.out[-1].status, "gapped"  # "..., Burkina Faso two companies": the item's verb is left out
        as_of = _as_of(text, self.dates, clause, np_start, np_end, self.ctx.published, lambda: self.figures)
        if st == "serving" and sender_rule in _CARRIED_SENDERS and focus.status in _PLANS and \
                _INCLUDES.search(text, max(clause[0], np_start - 60), np_start):
            st, cue, as_of = focus.status, "part_of_plan", focus.as_of  # "The battalion includes 120 engineers"
        if st == "departure":  # neither a destination nor a place left: the movement of the story
            st = "deployed" if focus.status in _OUTBOUND else "withdrawn"
        elif st == "planned_departure":  # "will leave next month": out to the mission (a plan), or home
            st = "planned" if focus.status in _OUTBOUND or focus.status is None else "withdrawn"
        elif st == "withdrawn" and cue.lower().startswith(_DEPARTURE_CUES) and \
                self._leaves_home(clause, senders):
            st = "deployed"  # "Its advance party of 100 troops left Accra on Monday": leaving home for the mission
        ptype, type_rule = _personnel_type(text, q, head, clause[0], sent.start, lambda: self.figures)
        ptype, type_rule = self._type_in_context(q, head, ptype, type_rule)
        rows = []
        bare = rule in _BARE_RULES
        for sender in senders:
            mission, scope, mission_rule = self._mission(q.start, q.end, clause, sender, st, as_of,
                                                         carried=sender_rule in _CARRIED_SENDERS or bare,
                                                         threat=cue.lower().startswith("threat"))
            if bare and mission_rule in _IMPLICIT_MISSION and self.out:
                # "In 2014 India had 7,000 peacekeepers in UN missions; today it has about 5,500": the group's scope
                previous = self.out[-1]
                mission, scope, mission_rule = previous.mission_acronym, previous.scope, "antecedent"
            if mission_rule not in _EXPLICIT_MISSION and not self.about_peace():
                trace.note("veto", "not_about_peace_operations", q.start, q.end, sender=sender)
                continue
            if self._self_hosted(sender, mission, mission_rule, as_of):
                # A host country that heads a bullet is where its contingent serves; the story's country sends it.
                if sender_rule != "label" or not focus.country or \
                        self._self_hosted(focus.country, mission, mission_rule, as_of):
                    trace.note("veto", "sender_hosts_the_mission", q.start, q.end, sender=sender, mission=mission)
                    continue
                sender = focus.country
            if mission_rule in _IMPLICIT_MISSION and (standby or (cue == "list_lead" and st in _PROMISES)):
                # A standby force, or a pledge in a summit's list, is for UN peacekeeping, not for the story's mission
                mission, scope, mission_rule = None, "all_un_pko", "pledge_scope"
            if rule == "number_of" and mission_rule in _IMPLICIT_MISSION:
                # "the number of Indonesian peacekeepers", with no mission or place: all the country's peacekeepers
                mission, scope, mission_rule = None, "all_un_pko", "national_total"
            row_status = st
            if st == "cumulative" and cue.lower() in status.PROGRESS_CUES and scope == "mission" and \
                    _SENDING.search(text, clause[0], clause[1]) and not _ROTATIONS.search(text, sent.start, sent.end):
                row_status = "deployed"  # "has so far deployed 650 soldiers with MINUSMA": one deployment's build-up
            rows.append(Contribution(
                sentence=sent, quantity=q, contributor_iso3=sender, mission_acronym=mission, scope=scope,
                personnel_type=ptype, status=row_status, as_of=as_of, mission_method=mission_rule,
                extractor=f"{VERSION}:{rule}+{sender_rule}+{type_rule}+status({cue or 'default'})",
            ))
        return rows

    def _status_in_context(self, q: Quantity, np_start: int, clause: tuple[int, int], st: str,
                           cue: str) -> tuple[str, str]:
        """Statuses that the figure's place says, whatever the clause's verb: the whole of a partitive ("withdrew
        600 of its roughly 4,500 soldiers": the 4,500 are the standing total) and a running total ("bringing to
        400 the number of Kenyans", "raising the number of ... to 400"), unless a plan is said."""
        text = self.text
        lo = max(clause[0], q.start - 40)
        whole = _PARTITIVE_WHOLE.search(text, lo, q.start) if text.find("of ", lo, q.start) >= 0 else None
        if whole is not None and any(0 <= whole.start() - f_end <= 2 for f_start, f_end in self.figures
                                     if f_end <= whole.start()):
            if (whole.group("word") or "").lower() not in _PLAN_WORDS:
                return "serving", "partitive_whole"
            return st, cue
        if _REPLACED_BY.search(text, max(clause[0], q.start - 80), q.start):
            # "will be replaced by 750 from Zambia", "reinforced by 120 more": the figure that comes.
            return ("planned", "replaced_by") if _RUNNING_PLAN.search(text, clause[0], q.start) or \
                _FUTURE.search(text, clause[0], q.start) else ("deployed", "replaced_by")
        if personnel.ends_with_word(text[max(clause[0], q.start - 16):q.start], _LEAVING_LINKS) and \
                _LEAVING.search(text, max(clause[0], q.start - 30), q.start):
            # "will withdraw 300 of its soldiers, leaving 1,000 in Mali": those who stay.
            return ("planned", "leaving") if _FUTURE.search(text, clause[0], q.start) else ("serving", "leaving")
        running = None
        if personnel.ends_with_word(text[max(clause[0], q.start - 8):q.start], _TO):
            running = _RUNNING_TOTAL.search(text, max(clause[0], q.start - 60), q.start)
        if running is None and np_start < q.start:
            running = _RUNNING_VERB_BEFORE.search(text, max(clause[0], np_start - 20), np_start)
        if running is not None:
            # The total after the change: planned when the change is ("will send 200 more, raising ... to 1,300").
            if st == "planned" or _RUNNING_PLAN.search(text, max(clause[0], running.start() - 30), running.start()):
                return "planned", "running_total"
            return "serving", "running_total"
        return st, cue

    def _type_in_context(self, q: Quantity, head: personnel.HeadNoun, ptype: str,
                         type_rule: str) -> tuple[str, str]:
        """Generic heads read in their story: "three of them Irish officers" are what "them" are (observers),
        and "officers" in a story of police are police officers ("68 women officers")."""
        if ptype not in ("troops", "peacekeepers"):
            return ptype, type_rule
        if _PARTITIVE_PART.match(self.text, q.end):
            antecedent = self._antecedent_type(q.start)
            if antecedent is not None and antecedent not in ("troops", "peacekeepers"):
                return antecedent, "partitive"
        if head.surface.lower() == "officers":
            if "police" in self.lowered or (self.focus.ptype in _POLICE_TYPES and
                                       self.sent.index - self.focus.row_sentence <= 2):
                return "police", "police_story"
        return ptype, type_rule

    # -- a figure in a list: "Jordan (1,800)", "Bangladesh 7,915" ----------------------------------------------
    def _list_item(self, q: Quantity) -> Contribution | None:
        text, sent = self.text, self.sent
        country = next((c for c in reversed(self.countries) if c.end <= q.start), None)
        if country is None or q.start - country.end > 6:
            return None
        # "Egypt has 1,000 troops in MINUSMA; Chad, 1,400; and Togo, 900": a comma after an earlier row.
        if not (_LIST_GAP.fullmatch(text, country.end, q.start) or
                (self.out and _LIST_COMMA.fullmatch(text, country.end, q.start))):
            return None
        if not _LIST_AFTER.match(text, q.end) or _in_spans(country.start, self.mission_spans):
            return None
        sent_text = text[sent.start:sent.end]
        if _CASUALTY.search(self.lowered) or _AUTHORISED.search(sent_text):
            return None
        prev = self.out[-1] if self.out else None
        if prev is not None:
            return Contribution(
                sentence=sent, quantity=q, contributor_iso3=country.iso3, mission_acronym=prev.mission_acronym,
                scope=prev.scope, personnel_type=prev.personnel_type, status=prev.status, as_of=prev.as_of,
                mission_method=prev.mission_method, extractor=f"{VERSION}:list_gapped+list+previous+status(previous)",
            )
        ptype = personnel.contributor_type(sent_text) or self._list_noun_type()
        if ptype is None and _CONTINGENTS.search(sent_text):
            ptype = "peacekeepers"  # "Contingents that have left include those of Sweden (220), Benin (150)"
        if ptype is None:
            return None
        clause = _clause_bounds(sent, self.breaks, q.start)
        st, cue = status.figure_status(text[clause[0]:clause[1]], q.start - clause[0], q.end - clause[0])
        # The list as one noun phrase: its verb may stand after it ("Troops from Sweden (220) and Benin (150)
        # have already left", "So far Egypt (1,072) and Togo (650) have withdrawn") or before its first item.
        list_end = q.end
        while (item := _LIST_NEXT_ITEM.match(text, list_end, sent.end)) is not None:
            list_end = item.end()
        whole = status.figure_status(text[sent.start:sent.end], country.start - sent.start, list_end - sent.start)
        if whole[1] and (not cue or whole[0] in ("withdrawn", "offered", "pledged", "planned")):
            st, cue = whole
        if st == "departure":
            st = "deployed" if self.focus.status in _OUTBOUND else "withdrawn"
        elif st == "planned_departure":
            st = "planned" if self.focus.status in _OUTBOUND or self.focus.status is None else "withdrawn"
        as_of = _as_of(text, self.dates, clause, q.start, q.end, self.ctx.published, lambda: self.figures)
        mission, scope, mission_rule = self._mission(q.start, q.end, (sent.start, sent.end), country.iso3, st,
                                                     as_of)
        if mission_rule not in _EXPLICIT_MISSION and not self.about_peace():
            return None
        return Contribution(
            sentence=sent, quantity=q, contributor_iso3=country.iso3, mission_acronym=mission, scope=scope,
            personnel_type=ptype, status=st, as_of=as_of, mission_method=mission_rule,
            extractor=f"{VERSION}:list_contributors+list+contributors+status({cue or 'default'})",
        )

    def _list_noun_type(self) -> str | None:
        """"Police from Senegal (140), Nigeria (120) and Togo (140)": the personnel noun that introduces a list
        of countries, when one does."""
        for m in _NOUN_THEN_LIST.finditer(self.text, self.sent.start, self.sent.end):
            if any(c.start == m.end() for c in self.countries):
                return m.lastgroup
        return None

    # -- who sends them ---------------------------------------------------------------------------------------------
    def _senders(self, q, np_start, np_end, modifiers, clause, st) -> tuple[list[str], str]:
        """The countries that send the figure's personnel (one, or several that "each" send as many), and the
        rule that found them; none when the sender is not one country or is unknown."""
        text, sent, countries, spans = self.text, self.sent, self.countries, self.mission_spans
        in_np = [c for c in countries if np_start <= c.start < np_end and not _in_spans(c.start, spans)]
        if in_np:
            return [in_np[0].iso3], "np"
        if "respectively" in self.lowered:
            respective = self._respective().get(q.start)
            if respective is not None:
                return [respective], "respectively"
        if {m.lower().strip(".") for m in modifiers} & _NON_COUNTRY_SENDERS:
            return [], "regional"
        after = _OF_FROM_AFTER.match(text, np_end, min(sent.end, np_end + 40))
        if after:
            c = next((c for c in countries if c.start == after.end()), None)
            # "withdrawn ... from Congo" names the host left, not the sender.
            if c is not None and not (after.group("prep").lower() == "from" and st == "withdrawn"):
                group = self._coordinated(c, sent.end)
                if len(group) > 1:  # "1,700 troops will come from Bangladesh and Nepal": a joint figure
                    if _EACH.search(text, sent.start, sent.end):
                        return [x.iso3 for x in group], "each"
                    return [], "joint"
                return [c.iso3], after.group("prep").lower()
        for c in countries:
            if np_end <= c.start < clause[1] and _AGENT_BEFORE.search(text, max(0, c.start - 24), c.start):
                # "were deployed by Rwanda"; not when the clause names its subject before the figure ("Rwanda
                # deployed 850 troops, airlifted by US Air Force aircraft").
                if _subject_country(text, [x for x in countries if x.start >= clause[0]], np_start, spans) is None:
                    return [c.iso3], "agent"
                break
        relative = _RELATIVE_SENDER.match(text, np_end, clause[1])
        if relative is not None:
            c = next((c for c in countries if c.start == relative.end()), None)
            if c is not None and _RELATIVE_VERB.match(text, c.end):
                return [c.iso3], "relative"  # "the 100-strong company that Zambia sent to ..."
        item = self._gapped_item(np_start, clause)
        if item is not None:
            if len(item) == 1:
                return [item[0].iso3], "item"
            if _EACH.search(text, np_end, clause[1]):
                return [c.iso3 for c in item], "item_each"
            return [], "joint"
        if self._mission_relative(np_start):
            return [], "mission_relative"  # "MINUSMA, which ... has about 12,000 troops": the mission's strength
        if st != "withdrawn":
            for c in countries:
                if c.start >= np_start:
                    break
                if c.start >= clause[0] and _UNIT_FROM_BEFORE.search(text, max(clause[0], c.start - 40), c.start) \
                        and not _in_spans(c.start, spans):
                    return [c.iso3], "unit_from"  # "A formed police unit from Ghana, comprising 160 officers, ..."
        antecedent = self._relative_antecedent(clause)
        if antecedent is not None:
            return [antecedent.iso3], "relative_antecedent"  # "..., and Egypt, which has pledged another 800"
        # The subject of the figure's own clause ("..., and Benin has offered up to 2,000"), else of the sentence.
        if clause[0] > sent.start:
            subject = _subject_country(text, [c for c in countries if c.start >= clause[0]], np_start, spans) or \
                _subject_country(text, countries, np_start, spans)
        else:
            subject = _subject_country(text, countries, np_start, spans)
        if subject is not None:
            group = self._coordinated(subject, np_start)
            if len(group) == 1:
                if _LABEL_AFTER.match(text, subject.end):
                    return [subject.iso3], "label"  # "- Lebanon: 870 infantry (UNIFIL)": perhaps a place
                return [subject.iso3], "subject"
            # "Burundi and Gabon have each contributed 850": one row each; a joint figure is nobody's.
            if _EACH.search(text, sent.start, sent.end):
                return list(dict.fromkeys(c.iso3 for c in group)), "subject_each"
            return [], "joint"
        before = text[sent.start:np_start]
        if _FRONTED_WITH.match(before):
            c = self._country_after(np_end)
            if c is not None:
                return [c.iso3], "fronted_with"
        if _FIRST_PERSON.search(text, sent.start, np_end):
            if _ATTRIBUTION.search(text, np_end, sent.end):
                c = self._country_after(np_end)
                if c is not None:
                    return [c.iso3], "speaker"
            if self.focus.country:
                return [self.focus.country], "speaker_focus"
            return [], ""
        if not self.focus.country:
            return [], ""
        # "It currently has about 2,000 troops": a pronoun takes the last sender named, unless an organisation
        # is the subject ("The UN says it has 12,000 troops").
        pron = _PRONOUN_SUBJECT.search(before)
        org = _ORG_SUBJECT.search(before)
        if org is not None and (pron is None or org.start() < pron.start()):
            return [], ""
        if pron or _PARTITIVE_PRONOUN.match(text, q.end) or _PARTITIVE_PART.match(text, q.end):
            return [self.focus.country], "pronoun"  # "It has ...", "30 of them", "30 of the personnel are women"
        if _CONTINUATION.match(text, sent.start, sent.end) and _subject_country(text, countries, sent.end,
                                                                                 spans) is None:
            return [self.focus.story_country()], "continuation"
        return [], ""

    def _self_hosted(self, sender: str, mission: str | None, mission_rule: str, when: PartialDate | None) -> bool:
        """Whether the figure is the host country's own forces, not a contribution: the mission it serves in is
        hosted by the sender ("Congolese army troops ... alongside MONUSCO"), or no mission is named and the
        sender hosts a peacekeeping operation then ("The Malian army has about 7,000 soldiers")."""
        if self.matcher is None:
            return False
        if mission is not None:
            return sender in self.matcher.host_countries(mission)
        if mission_rule in _EXPLICIT_MISSION:  # all UN operations: contributed abroad
            return False
        facts = _mission_facts(self.matcher)
        end = _period_end(when) if when is not None else None
        return any(facts[a][0] == "peacekeeping" and (end is None or facts[a][1] is None or facts[a][1] <= end)
                   for a in self.matcher.missions_hosted_in(sender, when))

    def _leaves_home(self, clause: tuple[int, int], senders: list[str]) -> bool:
        """Whether the place a departure leaves is the sender's own country or capital ("left Accra")."""
        for c in self.countries:
            if clause[0] <= c.start < clause[1] and _word_before(self.text, c.start) in _LEAVING_WORDS:
                return c.iso3 in senders
        return False

    def _mission_relative(self, np_start: int) -> bool:
        """Whether the figure stands in a relative clause about a mission ("MINUSMA, which was set up in 2013 and
        has about 12,000 troops"), with no country named between the mission and the figure."""
        lead = None
        for lead in _RELATIVE_LEAD.finditer(self.text, self.sent.start, np_start):
            pass
        if lead is None:
            return False
        comma = lead.start()
        if any(comma <= c.start < np_start for c in self.countries) or \
                _PRONOUN_SUBJECT.search(self.text, lead.end(), np_start):
            return False  # "MINUSMA, which it joined with 1,400 troops": the pronoun's country sends them
        return any(m.end <= comma and not self.text[m.end:comma].strip(" )") for m in self.missions) or \
            _FORCE_NOUN_BEFORE.search(self.text, max(self.sent.start, comma - 30), comma) is not None

    def _relative_antecedent(self, clause: tuple[int, int]) -> CountryMention | None:
        """The country a relative clause holding the figure is about: "Egypt, which has pledged another 800"."""
        lead = _RELATIVE_LEAD.search(self.text, max(self.sent.start, clause[0] - 10), min(self.sent.end, clause[0] + 8))
        if lead is None:
            return None
        comma = lead.start()
        country = next((c for c in reversed(self.countries) if c.end <= comma), None)
        if country is None or self.text[country.end:comma].strip() or _in_spans(country.start, self.mission_spans):
            return None
        return country

    def _gapped_item(self, np_start: int, clause: tuple[int, int]) -> list[CountryMention] | None:
        """The countries of a list item whose verb is left out, right before the figure: "Niger has sent a
        650-strong battalion, Burkina Faso two companies, and Guinea and Togo a dozen advisers each"."""
        text = self.text
        group: list[CountryMention] = []
        for c in reversed(self.countries):
            if c.end > np_start or c.start < clause[0]:
                continue
            gap = text[c.end:group[0].start] if group else text[c.end:np_start]
            if not (_COORDINATION.fullmatch(gap) if group else _ITEM_GAP.fullmatch(gap)):
                break
            if _in_spans(c.start, self.mission_spans):
                return None
            group.insert(0, c)
        if not group or not _ITEM_START.search(text, max(clause[0], group[0].start - 8), group[0].start):
            return None
        return list({c.iso3: c for c in group}.values())

    def _respective(self) -> dict[int, str]:
        """"Chad and Bangladesh, with 1,400 and 1,300 troops respectively": figure start -> its country, pairing
        the coordinated figures before "respectively" with the coordinated countries before them, in order."""
        if self._respectively is None:
            self._respectively = {}
            m = _RESPECTIVELY.search(self.text, self.sent.start, self.sent.end)
            figures = [f for f in self.figures if m is not None and f[1] <= m.start()]
            run = figures[-1:]
            for f in reversed(figures[:-1]):  # the figures joined by "and" or commas right before "respectively"
                if not _COORDINATION.fullmatch(self.text, f[1], run[0][0]):
                    break
                run.insert(0, f)
            if len(run) >= 2:
                for c in self.countries:
                    if c.start >= run[0][0]:
                        break
                    group = self._coordinated(c, run[0][0])
                    if len(group) == len(run):
                        self._respectively = {f[0]: g.iso3 for f, g in zip(run, group)}
                        break
        return self._respectively

    def _coordinated(self, first: CountryMention, limit: int) -> list[CountryMention]:
        """``first`` and the countries joined to it before ``limit`` ("Burundi and Gabon", "Nepal, India and
        Bangladesh"), deduplicated by code."""
        group = [first]
        for c in self.countries:
            if c.start <= group[-1].start:
                continue
            if c.start >= limit or not _COORDINATION.fullmatch(self.text, group[-1].end, c.start):
                break
            group.append(c)
        return list({c.iso3: c for c in group}.values())

    def _country_after(self, pos: int) -> CountryMention | None:
        """The first country after ``pos`` in the sentence that is not a destination nor in a mission's name."""
        for c in self.countries:
            if c.start < pos or _in_spans(c.start, self.mission_spans):
                continue
            if _is_destination(self.text, c.start):
                continue
            return c
        return None

    # -- which mission ----------------------------------------------------------------------------------------------
    def _mission(self, q_start, q_end, clause, sender, st, as_of, carried=False,
                 threat=False) -> tuple[str | None, str, str]:
        """(acronym, scope, how): a mission named after the figure in its clause, scope words for all UN
        operations, a mission named before it, a host country ("to Mali"), another mission of the sentence, a
        ranking of contributors (all UN operations), else the document's focus: the scope of the last figure
        when the sender is carried over from it (``carried``: "It has contributed 100,000 since 1958"), else the
        last mission named."""
        text, sent = self.text, self.sent
        if ("bilateral" in self.lowered or "outside" in self.lowered) and _BILATERAL.search(text, clause[0], clause[1]):
            return None, "unspecified", "bilateral"  # "under a bilateral agreement with Maputo": no mission
        # "withdrawn from UNDOF", "threatened to withdraw them from UNAMID": the mission after "from" is theirs
        leaving = st == "withdrawn" or threat

        def usable(m: MissionMention) -> bool:
            return m.acronym is not None and (leaving or not _left_behind(text, self.missions, m))

        split = _SPLIT_AFTER.match(text, q_end, sent.end)
        if split is not None and any(split.start("part") <= m.start < sent.end and m.acronym for m in self.missions):
            # "some 1,300 soldiers in Mali, around 300 of them with EUTM Mali and the rest with the UN force": the
            # whole is in more than one mission
            return None, "unspecified", "split"
        most = _MOST_OF_THEM.search(text, q_end, clause[1])
        if most is not None:
            # "1,000 personnel, most of them in southern Lebanon": where most of them are is not the figure's scope.
            clause, scope_end = (clause[0], most.start()), most.start()
        else:
            scope_end = sent.end
        resolved = [m for m in self.missions if usable(m) and not q_end <= scope_end <= m.start]
        after = [m for m in resolved if q_end <= m.start < clause[1]]
        scope = _ALL_UN_PKO.search(text, q_end, clause[1])
        if scope and _in_spans(scope.start(), self.mission_spans):
            scope = None
        # Whichever comes first after the figure: "in six missions, including UNAMID" is all of them.
        if after and not (scope and scope.start() < after[0].start):
            return after[0].acronym, "mission", "sentence"
        if scope:
            if _OVERSEAS.search(text, clause[0], clause[1]) and not _UN_WORD.search(scope.group(0)):
                # "656 personnel serving overseas in 13 missions": EU, NATO and OSCE missions too, not only the UN's
                return None, "unspecified", "overseas"
            return None, "all_un_pko", "scope_words"
        # "between 250 and 300 troops, mainly engineers and medical staff, to UNMISS": a destination after the
        # figure's apposition, with no other figure between, is the figure's own.
        later = next((m for m in resolved if m.start >= q_end), None)
        if later is not None and _word_before(text, later.start) in _TO_MISSION and \
                not any(q_end <= f_start < later.start for f_start, _ in self.figures):
            return later.acronym, "mission", "sentence"
        before = [m for m in resolved if m.start < q_start]
        if before:
            return before[-1].acronym, "mission", "sentence"
        scope = _ALL_UN_PKO.search(text, clause[0], clause[1])
        if scope and not _in_spans(scope.start(), self.mission_spans):
            return None, "all_un_pko", "scope_words"
        hosts = [h for h in _host_missions(text, self.countries, sender, self.mission_spans, as_of, self.matcher, st,
                                           (sent.start, sent.end))
                 if not q_end <= scope_end <= h[0]]
        if hosts:
            # The place after the figure in its clause ("500 to Lebanon and 300 to South Sudan"), else the first;
            # none when the figure spans two ("most of them in Mali and the Democratic Republic of the Congo").
            after_figure = [h for h in hosts if q_end <= h[0] < clause[1]]
            places = after_figure or hosts
            place = next((c for c in self.countries if c.start == places[0][0]), None)
            if place is None:  # a place below the country level ("in Darfur")
                return places[0][1], "mission", "host_place"
            joined = _SPREAD.match(text, place.end)
            other = next((c for c in self.countries if joined is not None and c.start == joined.end()), None)
            if other is None or other.iso3 == place.iso3 or other.iso3 == sender:
                return self._named_successor(places[0][1], place.iso3, as_of, st), "mission", "host_country"
        if resolved:
            return resolved[0].acronym, "mission", "sentence"
        # A ranking of contributors ranks them within the mission of the last sentences ("its largest
        # contributor"), else across all UN operations.
        recent = self.focus.mission is not None and sent.index - self.focus.mission_sentence <= _RECENT_SENTENCES
        ranking = _RANKING.search(text, sent.start, sent.end)
        if ranking and (not recent or _GLOBAL_RANKING.search(text, sent.start, sent.end)) and \
                not _MISSION_POSSESSIVE.search(text, sent.start, sent.end):
            return None, "all_un_pko", "ranking"
        if carried and self.focus.scope == "all_un_pko":
            return None, "all_un_pko", "document_focus"
        if _GENERIC_MISSIONS.search(text, clause[0], clause[1]):
            return None, "unspecified", "generic_missions"  # "through UN and AU missions": none in particular
        if self.focus.mission:
            current = self._current(self.focus.mission, as_of, st)
            if st != "cumulative" and not _active_then(self.matcher, current, as_of):
                # The story's mission had closed long before the figure's date (a history of UNTAG, then today's
                # figures): it is not the figure's scope.
                return None, "unspecified", "stale_focus"
            return current, "mission", "document_focus"
        return None, "unspecified", "none"

    def _named_successor(self, acronym: str, host: str, when: PartialDate | None, st: str) -> str:
        """A plan for a host country goes to the mission the document names that starts there soon after the
        figure's date ("will deploy to Somalia next month" in December 2024, in a story on AUSSOM), rather than to
        the one ending then."""
        if st not in _PLANS or self.matcher is None or when is None:
            return acronym
        facts = _mission_facts(self.matcher)  # acronym -> (kind, start date, lead nation)
        start = facts[acronym][1]
        if start is None:
            return acronym
        soon = _period_end(when) - _SOON_BEFORE
        for other in self.matcher.missions_hosted_in(host, when):
            other_start = facts[other][1]
            if other != acronym and other in self.focus.document_missions and other_start is not None and \
                    other_start > max(start, soon):
                return other
        return acronym

    def _current(self, acronym: str, when: PartialDate | None, st: str) -> str:
        if self.matcher is None or when is None:
            return acronym
        return _current_mission(self.matcher, acronym, when, st)


# --- figure heads and personnel types -----------------------------------------------------------------------------

def _mixed_units(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lists units of more than one kind ("two infantry battalions and two formed
    police units"): the kind is read from the two words before each unit word."""
    kinds = set()
    for m in personnel.UNIT_RE.finditer(text, start, end):
        kind = personnel.unit_kind(" ".join(text[max(start, m.start() - 30):m.start()].split()[-2:]))
        if kind:
            kinds.add(kind)
    return len(kinds) > 1


def _unit_size_head(text: str, q: Quantity) -> personnel.HeadNoun | None:
    """"a 700-member battalion", "a 395-strong engineering company": the figure is the size of a unit."""
    if not _SIZE_COMPOUND.search(q.surface):
        return None
    m = _UNIT_AFTER_SIZE.match(text, q.end)
    if not m:
        return None
    words = m.group(1).strip()
    kind = personnel.unit_kind(words) if words else None
    return personnel.HeadNoun(kind or "troops", m.start(2), m.end(2), m.group(2), tuple(words.split()), True)


_UNIT_NP_WORDS = frozenset("""a an the its their our his her this that another second third fourth first new further
    additional formed""".split())
_WORD_BEHIND = re.compile(r"[\w\u2019'-]+(?=\s+$)")


def _unit_phrase_start(text: str, unit_start: int, limit: int) -> int:
    """Where the noun phrase of a unit word starts: back over determiners, capitalised words and the words of a
    unit's kind ("a Senegalese formed police unit", "its second infantry battalion"), not over a verb."""
    start = unit_start
    while start > limit:
        word = _WORD_BEHIND.search(text, max(limit, start - 30), start)
        if word is None:
            break
        token = word.group()
        if not (token.lower() in _UNIT_NP_WORDS or token[:1].isupper() or personnel.unit_kind(token)):
            break
        start = word.start()
    return start


def _unit_of_head(text: str, q: Quantity, clause_start: int) -> personnel.HeadNoun | None:
    """"a battalion of 850", "an engineering company of about 275": a unit word, then "of", then the figure."""
    tail = text[max(clause_start, q.start - 16):q.start]
    if personnel.ends_with_word(tail, _UNIT_LINKS):
        m = _UNIT_BEFORE.search(text, max(clause_start, q.start - 80), q.start)
        if m and "(" not in m.group(0):
            kind = personnel.unit_kind(m.group("kind")) or "troops"
            # The noun phrase starts with the unit's ("a formed police unit of 160 officers"): its subject.
            np_start = _unit_phrase_start(text, m.start("unit"), clause_start)
            return personnel.HeadNoun(kind, m.start("unit"), m.end("unit"), m.group("unit"), (), True, np_start)
        return None
    if not personnel.ends_with_word(tail, _UNIT_NUMBERS_LINKS):
        return None  # most figures: no need to run the window regexes
    m = _UNIT_NUMBERS.search(text, max(clause_start, q.start - 80), q.start)
    if m is None:
        return None
    # "The Chinese contingent in South Sudan numbers about 1,000": the unit's phrase is the figure's subject.
    np_start = personnel.noun_phrase_start(text, m.start("unit"), clause_start)
    kind = personnel.unit_kind(text[np_start:m.start("unit")]) or "troops"
    return personnel.HeadNoun(kind, m.start("unit"), m.end("unit"), m.group("unit"), (), True, np_start)


def _role_as(text: str, pos: int) -> tuple[str, int] | None:
    """The personnel type of the role that people named at ``pos`` serve as, and where it ends: "... left for
    Beirut on Sunday to join UNTSO as military observers" -> observers (a verb of service, then "as")."""
    end = pos + _ROLE_WINDOW
    stop = _STOPS.search(text, pos, end)
    if stop is not None:
        end = stop.start()
    i = text.find(" as ", pos, end)
    while i >= 0:
        role = _ROLE_AFTER_AS.match(text, i + 4, end)
        if role is not None and _ROLE_VERB.search(text, pos, i):
            return role.lastgroup or "peacekeepers", role.end()
        i = text.find(" as ", i + 4, end)
    return None


def _personnel_type(text: str, q: Quantity, head: personnel.HeadNoun, clause_start: int, sent_start: int,
                    figures: Callable[[], Sequence[tuple[int, int]]] = tuple) -> tuple[str, str]:
    """Refine a generic head ("personnel", "troops") by its unit ("infantry platoons (50-75 personnel)", "two
    infantry battalions, together about 2,400 soldiers") or its predicate ("155 of the Chinese troops are expected
    to be engineers", "officers ... to join UNTSO as military observers"); ``figures`` gives the spans of the
    sentence's figures, which a predicate does not reach across."""
    ptype = head.personnel_type
    if ptype not in ("troops", "peacekeepers"):
        return ptype, "head"
    if head.modifiers and not head.is_unit_size:
        kind = personnel.unit_kind(" ".join(head.modifiers))  # "170 security troops", "200 logistics personnel"
        if kind:
            return kind, "modifier"
    in_units = _IN_UNITS.match(text, head.end)
    if in_units is not None:  # "25,000 officers and soldiers in engineering units"
        kind = personnel.unit_kind(in_units.group("kind"))
        if kind:
            return kind, "in_units"
    pred = _PREDICATE_TYPE.match(text, head.end, head.end + 80)
    if pred and pred.lastgroup not in (None, "troops", "peacekeepers"):
        return pred.lastgroup, "predicate"
    role = _role_as(text, head.end)
    if role is not None and role[0] not in ("troops", "peacekeepers") and \
            not any(head.end <= f_start < role[1] for f_start, _ in figures()):
        return role[0], "predicate"
    tail = text[max(sent_start, q.start - 16):q.start].rstrip()
    if tail.endswith(",") or personnel.ends_with_word(tail, _UNIT_APPOSITION_LINKS):
        unit = _UNIT_APPOSITION.search(text, max(sent_start, q.start - 80), q.start)
        kind = personnel.unit_kind(unit.group("kind")) if unit else None
        # Not the sum of a list of units ("two infantry battalions and two formed police units, some 1,600
        # personnel in all"): those are of every kind.
        if kind and not _mixed_units(text, max(sent_start, q.start - 160), q.start):
            return kind, "unit_apposition"
    if not personnel.ends_with_word(text[max(clause_start, q.start - 16):q.start], _UNIT_LINKS):
        return ptype, "head"
    unit = _UNIT_BEFORE.search(text, max(clause_start, q.start - 80), q.start)
    if unit:
        kind = personnel.unit_kind(unit.group("kind"))
        if kind:
            return kind, "unit"
    return ptype, "head"


# --- as of when ---------------------------------------------------------------------------------------------------

def _as_of(text: str, dates: Sequence[DateMention], clause: tuple[int, int], np_start: int, np_end: int,
           published: PartialDate | None,
           figures: Callable[[], Sequence[tuple[int, int]]] = tuple) -> PartialDate | None:
    """An explicit date of the figure's clause ("In January 2012, China deployed..."), else the publication date.

    A date before the figure in its clause counts, unless it follows another figure, whose date it is ("sent 300
    to Haiti in 2010 and another 200 in 2011"); one after it when it follows closely ("sent 500 troops in
    January", "will be deployed to the UN Mission in Liberia next month") or dates the statement ("..., the army
    said on Monday"), but not in a comparison ("as many as it had in 2000") nor a relative clause. "since 1992"
    dates a cumulative total up to the publication, not the figure. A dateline's date ("ACCRA, March 10 - ...")
    dates the story: a date of the figure's own after it comes first.
    """
    dateline: PartialDate | None = None
    apposition = status.apposition_end(text, np_end)  # a date inside it describes the people, not the figure
    for d in dates:
        if d.start < clause[0] or d.start >= clause[1]:
            continue
        if d.kind == "since" and d.surface[:5].lower() == "since":
            continue  # "since 1992" starts a total; "from next year" dates a plan
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
                or _CHANGED_FROM_ANYWHERE.search(text, d.end, np_start):
            continue  # a date of another figure: after it, or before a change ("In 2012, ... 1,900, down from 2,200")
        elif dateline is None and _DATELINE_END.match(text, d.end, np_start):
            dateline = d.date
            continue
        return d.end_date or d.date if d.kind == "until" else d.date
    if dateline is None and text[max(0, clause[0] - 6):clause[0]].lower().endswith("when"):
        # "Ghana first sent troops abroad in 1960, when a battalion ... went to the Congo": the date before it.
        comma = text.rfind(",", max(0, clause[0] - 12), clause[0])
        for d in dates:
            if comma > 0 and d.end <= comma and not text[d.end:comma].strip():
                return d.date
    return dateline or published
