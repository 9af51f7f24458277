"""Personnel nouns and unit words, and how a figure's noun phrase names a kind of personnel.

Hand-written: no library knows the vocabulary of force generation ("a formed police unit", "staff officers",
"a 700-member battalion", "two infantry platoons (50-75 personnel)"), and the annotation guide fixes its own
classes (``schemas.vocabularies.PERSONNEL_TYPES``).
"""

import re
from dataclasses import dataclass

from pipeline.extract.regex_trie import word_trie
from pipeline.extract.types import fast_init

# Head nouns that count people, by personnel type; matched case-insensitively. The combined regex tries the
# types in this order, so a longer phrase of one type must come before a shorter one of a later type
# ("formed police units" before "police", "military observers" before "military").
_PERSON_NOUNS: tuple[tuple[str, str], ...] = (
    ("formed_police_unit", r"formed police units?|formed police personnel|formed police officers|formed police|FPUs?"),
    ("police", r"police officers?|police personnel|police advisers|policemen|policewomen|police|gendarmes|"
               r"gendarmerie officers|individual police (?:officers|advisers)|"
               # "two civilian police officers" (Japan to UNMIT), "10 civpol 8 UNMOs" (ONUMOZ contingent list)
               r"civilian police (?:officers|personnel|monitors)|civilian policemen|civpol"),
    # singular too: "the deployment of one military observer to the UN Mission in Sudan" (real dev r9_056)
    # (not the modifier of "observer group", "observer mission", "an observer post")
    ("observers", r"(?:military |UN |U\.N\. |unarmed |electoral )?(?:observers|observer(?!\s+(?:group|mission|force|"
                  r"team|post|status|unit|corps|organi[sz]ation)s?\b))|military experts(?: on mission)?|monitors|"
                  r"military liaison officers?|UNMOs"),
    ("staff_officers", r"staff officers?|headquarters staff|military staff"),
    ("engineers", r"engineers|sappers|deminers|engineering (?:troops|personnel|soldiers|specialists)"),
    ("medical", r"medics|medical (?:staff|personnel|workers|officers|troops|specialists|professionals|experts)|"
                r"doctors|physicians|nurses|paramedics|surgeons"),
    ("transport", r"transport(?:ation)? (?:troops|personnel|soldiers|specialists)|drivers|logisticians|"
                  r"logistics (?:troops|personnel|specialists)"),
    ("aviation", r"pilots|air ?crews?|aviation (?:personnel|troops|specialists)|helicopter crews"),
    ("infantry", r"infantry(?:men| troops| soldiers| personnel)?|infantrymen|combat troops|marines|"
                 r"paratroopers|commandos|special forces(?: troops| soldiers)?"),
    ("guards", r"guards|guardsmen|security guards|force protection troops"),
    # "249 servicemembers" (Korea, Somali waters): one word or two; "the 40th Battalion (606 all ranks)"
    # (Irish Cyprus contingents)
    # "approximately 750 U.S. Citizen-Soldiers" (National Guard, real dev r2_002)
    ("troops", r"troops|soldiers|citizen-soldiers|service\s?men|service\s?women|service\s?members|service personnel|"
               r"all ranks|"
               r"military personnel|army personnel|armed forces personnel|"
               # "military" alone, not "military engineers" (whose head is the next noun)
               r"military(?! (?:engineers?|medics?|medical|doctors|nurses|surgeons|pilots|aviation|helicopter|"
               r"transport|logistics|staff officers?|observers?|liaison|advisers|advisors|experts|trainers|"
               r"instructors|contingent|specialists))|"
               r"blue helmets|blue berets|sailors|airmen|officers|army|"
               # Members of a state's Guard or of a national defence force named by its acronym ("DF" ends most:
               # SANDF, KDF, UPDF): "200 Minnesota Guard members" (MFO), "the 200 members of the SANDF" (South
               # African Presidency, real dev). Not "500 ADF members" alone: on dev such figures were border
               # protection and airlift support, no contributions.
               r"Guard\s+members|members(?=\s+of\s+(?:the\s+)?(?-i:[A-Z]{0,4}DF)\b)"),
    # Not bare "members": "188 members" of a parliament or a club is not a contingent.
    # "uniformed personnel" count military and police together (C9; the real and dev golds read them so).
    ("peacekeepers", r"peace-?keepers|peacekeeping (?:troops|personnel|soldiers|forces)|uniformed personnel|"
                     # "rotations, each of around 450 persons" (r4_030), "a strength of around 200 persons"
                     # (r8_079), "we have sought 100 volunteers who will be deployed" (r8_025)
                     r"personnel|persons|volunteers|men and women|"
                     r"men|women|staff|contingent members|person-times|man-times|person times|"
                     r"(?:individual )?tours of duty|"
                     # "520 members of the 700-strong battalion", "6,821 members of Bangladesh Armed Forces"
                     r"members(?= of (?:the |a |an |its |their |our )?(?:[\w-]+ ){0,4}?(?:battalion|unit|contingent|"
                     r"force|forces|team|company|rotation|batch|group|detachment|platoon|squadron|army|police|"
                     r"gendarmerie|military)\b)"),
)

# Unit words: "an infantry battalion", "a guard unit", "a 700-member battalion", "a force of 850".
_UNIT_WORDS = (
    r"battalions?|compan(?:y|ies)|platoons?|units?|teams?|contingents?|detachments?|squads?|squadrons?|"
    r"brigades?|regiments?|task forces?|forces?|groups?|battle\s?groups?|hospitals?|field hospitals?"
)
# A unit's kind from a word before it ("engineering company", "medical unit", "guard unit", "combat convoy
# company": the word nearest the unit noun wins).
_UNIT_KINDS: tuple[tuple[str, str], ...] = (
    ("formed_police_unit", r"formed police"),
    ("police", r"police"),
    ("engineers", r"engineering|engineer|construction|demining"),
    ("medical", r"medical|hospital|level[- ](?:ii|2|iii|3)|health"),
    # Movement control is transport whatever its parts (C10: "a 30-strong Australian movement control unit").
    ("transport", r"transport(?:ation)?|logistics|logistic|supply|convoy|movement control"),
    ("aviation", r"aviation|helicopter|air|airlift|utility helicopter"),
    # Not "quick reaction" or "rapid reaction": a reaction force is a role that any arm fills.
    # "a battalion group of about 1,800 personnel" (real dev r4_020): the guide's "infantry battalion or group".
    ("infantry", r"infantry|security|combat|mechani[sz]ed|special forces|reconnaissance|protection|battalion"),
    ("guards", r"guard|guards"),
    ("observers", r"observer|monitoring"),
)
# "troop contributors", "contributors of police": the kind of personnel a ranking of contributors counts.
_CONTRIBUTOR_RE = re.compile(
    r"\b(?:(?P<before>troop|troops|police|military|uniformed|personnel)[\s-]+)?"
    r"(?:contributors?|contributing\s+(?:countries|nations|states))\b"
    r"(?:\s+of\s+(?P<after>troops|police|personnel|uniformed\s+personnel|military\s+personnel|peacekeepers))?",
    re.IGNORECASE,
)
_CONTRIBUTOR_TYPES = {"troop": "troops", "troops": "troops", "military": "troops", "uniformed": "troops",
                      "police": "police", "personnel": "peacekeepers", "peacekeepers": "peacekeepers"}


def ws(pattern: str) -> str:
    """A space in a phrase matches any white space: PDF text breaks lines inside phrases."""
    return pattern.replace(" ", r"\s+")


# The words a sentence needs for a contribution to be read in it, as lower-case stems (a superset of the
# personnel nouns, unit words and contributor rankings above): matched on lower-cased text, about ten times
# faster than ``PERSON_NOUN_RE``. Short words that occur inside others are whole words only.
_PEOPLE_STEMS = (
    "troop", "soldier", "servicem", "servicew", "service member", "service men", "service women",
    "service personnel", "personnel", "peacekeep",
    "peace-keep", "police", "gendarm", "fpu", "observer", "monitor", "staff", "engineer", "sapper", "deminer",
    "medic", "doctor", "nurse", "paramedic", "surgeon", "transport", "driver", "logistic", "pilot", "air crew",
    "aircrew", "aviation", "helicopter crew", "infantr", "marine", "paratroop", "commando", "special forces",
    "guard", "military", "army", "blue helmet", "blue beret", "sailor", "airmen", "officer", "battalion",
    "compan", "platoon", "unit", "team", "contingent", "detachment", "squad", "brigade", "regiment", "force",
    "group", "battle group", "battlegroup", "hospital", "contribut", "all ranks", "civpol", "unmo",
    "persons", "volunteer", "physician",
)
PEOPLE_HINT_RE = re.compile(r"\b(?:" + word_trie(_PEOPLE_STEMS) + r"|(?:wo)?men\b|members\b)")


PERSON_NOUN_RE = re.compile(
    # Not "anti-personnel", not "personnel carriers"; a footnote marker may be glued after ("officers14").
    r"(?<!anti-)\b(?:" + "|".join(f"(?P<{kind}>{ws(alt)})" for kind, alt in _PERSON_NOUNS) + r")"
    r"(?:\b|(?=\d{1,3}\b))(?!\s+(?:carriers?|mines?|vehicles?)\b)",
    re.IGNORECASE,
)
UNIT_RE = re.compile(r"\b(?:" + ws(_UNIT_WORDS) + r")\b", re.IGNORECASE)
_UNIT_KIND_RE = re.compile(
    r"\b(?:" + "|".join(f"(?P<{kind}>{ws(alt)})" for kind, alt in _UNIT_KINDS) + r")\b", re.IGNORECASE
)

# Words that may stand between a figure and its head noun: "500 more Chinese combat troops".
_MODIFIER_WORDS = frozenset(
    """more additional extra new fresh further armed unarmed trained well-trained highly female male
    uniformed military combat elite foreign international local regular reserve active serving specialised
    specialized special national army navy naval air ground land other such strong-willed experienced
    professional veteran blue-helmeted blue-helmet heavily lightly equipped well-equipped full-time volunteer
    security protection support technical peacekeeping logistic logistics signals
    senior junior fellow
    a an expected planned promised pledged total estimated
    un u.n. un's its their own of the these those his her our
    """.split()
)
# After "of" in a partitive ("600 of its roughly 4,500 soldiers", "three of them Irish officers"): pronouns and
# the qualifiers of the whole's figure.
_PARTITIVE_WORDS = frozenset(
    "them those these whom roughly about some approximately nearly around almost over than just up to".split()
)
# "troops and police", "military and police personnel": a mixed group, generic peacekeepers.
_MIXED_AFTER = re.compile(r"\s+and\s+police(?:\s+(?:personnel|officers))?\b", re.IGNORECASE)
_MIXED_HEADS = frozenset({"troops", "soldiers", "military", "military personnel", "servicemen"})
# "68 women officers": "men"/"women" before another personnel noun only modify it.
_GENDER_HEADS = frozenset({"men", "women", "men and women"})
_SPACES = re.compile(r"\s+")
_TOKEN = re.compile(r"\d[\d,.]*\d|[\w’'.\-]+|[^\w\s]")  # a grouped figure ("4,000") is one token
_POSSESSIVE = re.compile(r"[a-z]+[\u2019']s")
# A force's acronym in brackets after its name, inside the noun phrase: "About 250 New Zealand Defence Force (NZDF)
# personnel" (real dev r8_014), "Burundi National Defense Force (BNDF) soldiers".
_BRACKETED_ACRONYM = re.compile(r"\((?-i:[A-Z][A-Za-z&-]{1,9})\)")
# "Chinese troops numbering 395", "peacekeepers, totalling 1,200": a head noun before its figure.
_HEAD_BEFORE_RE = re.compile(
    r"(?:" + PERSON_NOUN_RE.pattern + r")\s*,?\s+(?:now\s+|currently\s+|still\s+)?"
    r"(?:number(?:ing|ed|s)?|totall?(?:ing|ed|s)?|amount(?:ing|ed|s)? to)\s+$",
    re.IGNORECASE,
)
_HEAD_BEFORE_WINDOW = 60
_HEAD_BEFORE_LINKS = frozenset({"number", "numbers", "numbering", "numbered", "total", "totals", "totaling",
                                "totalling", "totaled", "totalled", "to"})  # the words ``_HEAD_BEFORE_RE`` ends with
_STRONG_AFTER = re.compile(r"\s+strong\b", re.IGNORECASE)
_UNIT_THEN_FIGURE = re.compile(r"(?P<unit>" + ws(_UNIT_WORDS) + r")\b\s*,?\s*$", re.IGNORECASE)
# Words before a head noun that belong to its noun phrase ("Chinese troops", "the Nepali Army's soldiers").
_NP_WORD_BEFORE = re.compile(r"(?<![\w’'.-])(?:[A-Z][\w’'.-]*|the|its|their|our|more|additional)\s+$")


@fast_init
@dataclass(frozen=True, slots=True)
class HeadNoun:
    personnel_type: str
    start: int  # offsets in the text given to ``head_after`` / ``head_before``
    end: int
    surface: str
    modifiers: tuple[str, ...]  # the words between the figure and the head
    is_unit_size: bool = False  # "a 700-member battalion": the figure is the unit's size
    np_start: int | None = None  # where the noun phrase starts when the head stands before its figure


def person_noun_type(match: re.Match) -> str:
    return match.lastgroup or "peacekeepers"


def unit_kind(text_before_unit: str) -> str | None:
    """The kind of a unit from the words before the unit noun, the nearest first: "engineering" -> engineers,
    "combat convoy" -> transport."""
    kind = None
    for m in _UNIT_KIND_RE.finditer(text_before_unit[-40:]):
        kind = m.lastgroup
    return kind


def contributor_type(text: str) -> str | None:
    """The personnel type that a ranking of contributors in ``text`` counts ("troop contributors" -> troops,
    "contributors of police" -> police, "contributors" -> peacekeepers); None when ``text`` names none."""
    m = _CONTRIBUTOR_RE.search(text)
    if m is None:
        return None
    word = (m.group("after") or m.group("before") or "personnel").lower().split()[0]
    return _CONTRIBUTOR_TYPES.get(word, "peacekeepers")


def head_after(text: str, pos: int, max_tokens: int = 7) -> HeadNoun | None:
    """The personnel head noun of the noun phrase that starts at ``pos`` (just after a figure).

    Skips modifiers (capitalised words such as demonyms and acronyms, and a closed list of adjectives), accepts a
    partitive ("155 of the Chinese troops"), and refuses a head followed by a unit word ("two infantry
    platoons" counts platoons, not people).
    """
    modifiers: list[str] = []
    i = pos
    n = len(text)
    for _ in range(max_tokens):
        while i < n and text[i] in " \t\n\u00a0\u2013\u2014-":
            if text[i] in "\u2013\u2014" or (text[i] == "-" and i + 1 < n and text[i + 1] == " "):
                return None  # a dash ends the phrase ("50 – to the UN")
            i += 1
        m = PERSON_NOUN_RE.match(text, i)
        if m:
            if m.lastgroup == "peacekeepers" and " ".join(m.group(0).lower().split()) in _GENDER_HEADS:
                # "68 women officers": the noun after
                space = _SPACES.match(text, m.end())
                nxt = PERSON_NOUN_RE.match(text, space.end()) if space is not None else None
                if nxt is not None and nxt.group(0).lower() not in _GENDER_HEADS:
                    modifiers.append(m.group(0))
                    m = nxt
            after = text[m.end():m.end() + 30]
            unit = UNIT_RE.match(after.lstrip(" \u2019'\u201d\""))
            if unit and after[:1] in " \u2019'\u201d\"":
                return None
            if m.lastgroup == "troops" and " ".join(m.group(0).lower().split()) in _MIXED_HEADS:
                mixed = _MIXED_AFTER.match(text, m.end())
                if mixed is not None:  # "6,000 military and police personnel"
                    return HeadNoun("peacekeepers", m.start(), mixed.end(), text[m.start():mixed.end()],
                                    tuple(modifiers))
            return HeadNoun(person_noun_type(m), m.start(), m.end(), m.group(0), tuple(modifiers))
        t = _TOKEN.match(text, i)
        if not t:
            return None
        word = t.group(0).strip("\u2019'")
        if "of" in modifiers and (word[:1].isdigit() or word.lower() in _PARTITIVE_WORDS):
            # "the first 100 of an expected 650 Sri Lankan troops", "600 of its roughly 4,500 soldiers"
            modifiers.append(word)
            i = t.end()
            continue
        if word == "(" and modifiers and modifiers[-1][:1].isupper():
            acronym = _BRACKETED_ACRONYM.match(text, i)
            if acronym is not None:
                modifiers.append(acronym.group(0)[1:-1])
                i = acronym.end()
                continue
        if word.lower() in _MODIFIER_WORDS or (
            word[:1].isupper() and word.replace(".", "").replace("-", "").isalpha()  # "U.N.", "Self-Defense"
        ) or _POSSESSIVE.fullmatch(word):  # "2,500 of the country's troops"
            modifiers.append(word)
            i = t.end()
            continue
        return None
    return None


def ends_with_word(text: str, words: frozenset[str]) -> bool:
    """Whether the last word of ``text`` (lower-cased; "(" counts as a word) is one of ``words``: a cheap check
    before running a window regex."""
    tail = text.rstrip()
    if tail.endswith("("):
        return "(" in words
    parts = tail.rsplit(None, 1)
    return bool(parts) and parts[-1].lower() in words


def head_before(text: str, pos: int, limit: int = 0) -> HeadNoun | None:
    """The head noun of a figure at ``pos`` that follows its noun ("Chinese troops numbering 395"), with the
    start of its noun phrase (``np_start``: "Chinese"); ``limit`` is the earliest offset to look at."""
    start = max(limit, pos - _HEAD_BEFORE_WINDOW)
    if not ends_with_word(text[max(start, pos - 16):pos], _HEAD_BEFORE_LINKS):
        return None  # most figures: no need to run the window regex
    m = _HEAD_BEFORE_RE.search(text, start, pos)
    if m is None:
        return None
    kind = next((k for k, _ in _PERSON_NOUNS if m.group(k) is not None), "peacekeepers")
    head_start, head_end = m.span(kind)
    return HeadNoun(kind, head_start, head_end, m.group(kind), (), False, noun_phrase_start(text, head_start, limit))


def noun_phrase_start(text: str, pos: int, limit: int = 0) -> int:
    """Where the noun phrase whose head starts at ``pos`` begins: back over capitalised words, determiners and
    possessives ("the Nepali Army's soldiers", "The Chadian contingent"), not before ``limit``."""
    start = pos
    while True:
        w = _NP_WORD_BEFORE.search(text, max(limit, start - 30), start)
        if w is None or w.start() < limit:
            return start
        start = w.start()


def head_before_size(text: str, pos: int, end: int, limit: int = 0) -> HeadNoun | None:
    """"The Chadian contingent, 1,200 strong": a unit noun before a figure (at ``pos``, ending at ``end``) that
    "strong" follows; the head ends after "strong" so that the noun phrase covers the figure."""
    after = _STRONG_AFTER.match(text, end)
    if after is None:
        return None
    m = _UNIT_THEN_FIGURE.search(text, max(limit, pos - 60), pos)
    if m is None:
        return None
    np_start = noun_phrase_start(text, m.start("unit"), limit)
    kind = unit_kind(text[np_start:m.start("unit")]) or "troops"
    return HeadNoun(kind, m.start("unit"), after.end(), m.group("unit"), (), True, np_start)
