"""The words the mission rules read (``scope.MISSION_RULES``): scope words for all UN operations, rankings of
contributors, missions left behind, lists and splits of a figure over places or missions.
"""

from __future__ import annotations

import re

from pipeline.extract import lexicon

# A deployment outside any mission: "under a bilateral agreement with Maputo", "outside the UN framework".
_BILATERAL = re.compile(
    r"\bbilateral(?:ly)?\b|\boutside\s+(?:the\s+)?(?:UN|U\.N\.|United\s+Nations|AU|African\s+Union)\s+"
    r"(?:framework|umbrella|system|mandate)",
    re.IGNORECASE,
)


# Scope words for all UN operations together: "in UN PKOs", "in missions around the world", "in six missions".
_COUNT_WORD = r"(?:\d+|" + lexicon.alternation(lexicon.number_words_between(2, 12)) + r"|several|many|numerous)"


_UN = r"(?:UN|U\.N\.|United Nations)"


_ALL_UN_PKO = re.compile(
    # One alternative per first word, so that a position fails fast: "in", "to", "for", ... then what follows.
    r"\b(?:(?:in|to|for|across|with|among|into|on)\s+(?:"
    # a continent is no mission's place: "in six UN peacekeeping missions in Africa" (r10_048; without "UN" they
    # may be the AU's too: generic_missions)
    r"(?:" + _COUNT_WORD + r"\s+)?" + _UN + r"\s+(?:peace(?:-?keeping)?\s+)?(?:missions|operations)\s+in\s+"
    r"(?:Africa|Asia|Europe|Latin\s+America|the\s+Americas)\b|"
    r"(?:the\s+)?(?:various\s+|several\s+|different\s+|other\s+|all\s+|its\s+|their\s+|"
    # "in seven of the UN's 14 peacekeeping operations"
    + _COUNT_WORD + r"\s+of\s+(?:the\s+)?" + _UN + r"[\u2019']s?\s+(?:\d+\s+)?|"
    r"(?:(?:over|more\s+than|some|about|around|nearly|at\s+least|a\s+total\s+of)\s+)?" + _COUNT_WORD + r"\s+)?"
    # a second modifier: "across 7 different missions" (r5_049), "serving in current missions" (r8_111)
    r"(?:different\s+|various\s+|current\s+|ongoing\s+)?"
    r"(?:" + _UN + r")?\s*(?:-led\s+)?(?:peace(?:-?keeping)?\s+)?"
    # "in seven UN Missions" (r9_056)
    r"(?:[Mm]issions|[Oo]perations|PKOs|forces|deployments|mission\s+areas)\b"
    # not "operations in support of UN Security Council resolutions" (others' operations), nor "the operations
    # staff at UNFICYP headquarters" (a branch of one mission's staff)
    r"(?!\s+in\s+[A-Z]|\s+in\s+support\s+of\b|[\s-]+(?:staff|cent(?:re|er)s?|rooms?|branch)\b)|"
    # written as a name: "to the UN Peacekeeping Operations" (real dev r2_048)
    r"(?:the\s+)?" + _UN + r"\s+Peace-?keeping\s+(?:Operations|Missions)\b(?!\s+in\s+[A-Z])|"
    + _UN + r"\s+peace-?keeping\b(?!\s+(?:mission|force|operation)\b)|"
    # "troops and police in peacekeeping", "5,000 personnel serving in peacekeeping"
    r"peace-?keeping\b(?![\s-]+(?:mission|force|operation|contingent|unit|battalion|troop|personnel|police))|"
    r"the\s+field\b(?!\s+(?:in|with|at|of)\b))|"  # "has 2,600 peacekeepers in the field"
    # not a reputation: "Sri Lanka Army, now recognized globally as a UN Troop Contributing Country" (r10_042,
    # r10_043)
    r"UN\s+PKOs|(?:around|across|throughout)\s+the\s+(?:world|globe)|worldwide|"
    r"(?<!recognized\s)(?<!recognised\s)(?<!known\s)(?<!renowned\s)(?<!respected\s)globally|"
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


# Two places joined as one: "in Mali and the Democratic Republic of the Congo", "in Bosnia, Croatia and Kosovo"
# (r2_018); a place among others: "to East Timor and other places" (r2_044).
_SPREAD = re.compile(r"(?:\s+(?:and|&)|,)\s+(?:in\s+)?(?:the\s+)?")
_AMONG_OTHERS = re.compile(r"\s+(?:and|or)\s+(?:\w+\s+)?other\s+(?:places|countries|regions|locations|areas)\b")


# Between a mission and its figure: "UNIFIL, with 361", "the EU Training Mission (EUTM) Somalia with 10".
# Its place may follow the mission: "KFOR in Kosovo, with 213 personnel, and to UNMIL in Liberia, with 435" (r6_009).
# After an acronym in brackets the mention ends before ")": "the United Nations Interim Force in Lebanon (UNIFIL) with
# 199 personnel and UNDOF ..." (r8_001, r3_002), "the United Nations Mission in Liberia (UNMIL), with 422" (r8_011).
_WITH_FIGURE = re.compile(r"\)?(?:\s*\(\s*[A-Z][\w /-]*\))?(?:\s+(?:in\s+(?:the\s+)?)?[A-Z][\w-]*)?\s*,?\s*with\s+"
                          r"(?:(?:about|some|around|"
                          r"approximately|nearly|over|more\s+than)\s+)?$")


# Two missions joined as one destination: "UNTAET and UNMISET", "UNTAET's Military Liaison Component and then to
# UNMISET" (a few words, no figure, between).
_TWO_MISSIONS = re.compile(r"(?:\s*['\u2019]?s?(?:\s+[A-Za-z-]+){0,4})?\s*,?\s+(?:and|as\s+well\s+as)\s+(?:then\s+|later\s+)?"
                           r"(?:to\s+|with\s+|in\s+)?(?:the\s+)?$")


_OVERSEAS = re.compile(r"\b(?:overseas|abroad)\b", re.IGNORECASE)


_UN_WORD = re.compile(r"\b(?:UN|U\.N\.|United\s+Nations|peace-?keep(?:ing|ers?)|PKOs?|blue\s+helmets?)\b",
                      re.IGNORECASE)


_TO_MISSION = lexicon.word_set("to_mission")


_SPLIT_AFTER = re.compile(
    r"[^.;,]{0,60},\s*(?P<part>(?:(?:about|around|some|nearly|roughly|over|more\s+than)\s+)?\d[\d,]*\s+of\s+(?:them|whom))"
    r"[^.;]{0,80}?\b(?:the\s+rest|the\s+others|the\s+remainder|others)\b", re.IGNORECASE)


_MOST_OF_THEM = re.compile(
    r"\b(?:most|the\s+bulk|the\s+(?:vast\s+|great\s+|overwhelming\s+)?majority|many|half|two-thirds|three-quarters)"
    r"\s+of\s+(?:them|whom)\b|"  # "the vast majority of them serving in Darfur (UNAMID)" (r10_051)
    r",\s*(?:mostly|mainly|largely|chiefly|primarily)\s+(?:in|with|at|on|based|deployed|serving)\b|"
    # "1,300 troops in the Sahel, including 1,100 in Mali": where the part is is not the whole's scope
    # (not a subset with no place of its own: "59 uniformed personnel, including 18 women, to six UN peace
    # operations", r1_026; "121,500 personnel, including over 82,500 troops, 14,335 police")
    r",\s*including\s+(?:(?:about|some|around|nearly|over|more\s+than)\s+)?\d[\d,]*(?:\s+[\w-]+){0,3}?"
    r"\s+(?:in|to|with|at|on)\s",
    re.IGNORECASE,
)


# Missions in the plural that the scope words do not take as all UN operations ("UN and AU missions").
_GENERIC_MISSIONS = re.compile(r"\b(?:missions|operations|PKOs)\b")


# The origin of a transfer is not where personnel serve: "transfer seven policemen from Bosnia and to supply 60
# more ... to the international police force" (r3_040, UNMIK, not UNMIBH), "800 United Nations peacekeepers to be
# shifted from Sierra Leone to Liberia" (r1_023), "transferred if necessary from other UN forces in the DRC".
_TRANSFER_FROM = re.compile(
    r"\b(?:transferr?(?:ed|ing|s)?|shift(?:ed|ing|s)?|redeploy(?:ed|ing|s)?|relocat(?:e|ed|es|ing)|"
    r"reassign(?:ed|ing|s)?)\b[^.;]{0,80}?\bfrom\s+(?:the\s+)?$", re.IGNORECASE)


# Another figure between a figure and a place: the place is that figure's ("the 640-strong Ethiopian contingent
# would leave in March, along with 60 physicians from Jordan", r10_006); a year is no figure.
_OTHER_FIGURE = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d(?![\d,]))\d[\d,]*(?!\w)")


# A national force sent to evacuate nationals runs a national operation, no peace mission: "to assist in the
# evacuation of UK, EU and Commonwealth nationals" before "the main body of the task force on its way to Sierra
# Leone will comprise ... about 600 soldiers" (r10_003, gold: no mission), "British forces were deployed to allow
# for the safe evacuation of British nationals" (r3_009), "to autonomously evacuate their nationals" (r4_016).
_EVACUATION = re.compile(r"\bevacuat(?:e|es|ed|ing|ion)\b[^.;]{0,60}?\b(?:nationals|citizens|foreigners|expatriates)\b",
                         re.IGNORECASE)
_PARAGRAPH_BREAK = "\n\n"
_EVACUATION_REACH = 800  # characters before the figure's sentence, within its paragraph


# "one of the longest-standing UN Peacekeeping missions" is one mission, the one the text is about (r5_049,
# UNFICYP; the same form "one of the largest UN operations", "one of the longest records of the UN peacekeeping
# operations" on dev), not missions in general; "one of the largest contributors to UN peacekeeping operations" is
# no such phrase.
_ONE_OF_THE = re.compile(r"\bone\s+of\s+the\s+(?:(?!contribut)[\w-]+\s+){1,5}$", re.IGNORECASE)


# A figure that opens the next item of a list: "140,000 troops in Iraq, 30,000 in Afghanistan and 2,000 in Kuwait"
# (not one the figure's own clause goes on to: "The 163 Moroccans will join a 200-strong Spanish battalion in ...
# Haiti", r1_017).
_NEXT_ITEM_FIGURE = re.compile(r"(?:(?<!\d)[,;]\s*(?:and\s+)?|\s+and\s+)(?:(?:about|some|around|nearly|over|another)\s+)?"
                               r"(?!(?:19|20)\d\d(?![\d,]))\d[\d,]*(?!\w)", re.IGNORECASE)
