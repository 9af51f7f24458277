"""Personnel nouns and unit words, and how a figure's noun phrase names a kind of personnel.

Hand-written: no library knows the vocabulary of force generation ("a formed police unit", "staff officers",
"a 700-member battalion", "two infantry platoons (50-75 personnel)"), and the annotation guide fixes its own
classes (``schemas.vocabularies.PERSONNEL_TYPES``).
"""

import re
from dataclasses import dataclass

# Head nouns that count people, longest first within each type; matched case-insensitively except acronyms.
# Order matters only for overlapping alternatives: the combined regex tries longer phrases first.
_PERSON_NOUNS: tuple[tuple[str, str], ...] = (
    ("formed_police_unit", r"formed police units?|formed police personnel|FPUs?"),
    ("police", r"police officers?|police personnel|police advisers|policemen|policewomen|police|gendarmes|"
               r"gendarmerie officers|individual police officers"),
    ("observers", r"(?:military |UN |U\.N\. |unarmed )?observers|military experts(?: on mission)?|monitors|"
                  r"military liaison officers"),
    ("staff_officers", r"staff officers|headquarters staff|military staff"),
    ("engineers", r"engineers|sappers|deminers|engineering (?:troops|personnel|soldiers|specialists)"),
    ("medical", r"medics|medical (?:staff|personnel|workers|officers|troops|specialists|professionals|experts)|"
                r"doctors|nurses|paramedics|surgeons"),
    ("transport", r"transport(?:ation)? (?:troops|personnel|soldiers|specialists)|drivers|logisticians|"
                  r"logistics (?:troops|personnel|specialists)"),
    ("aviation", r"pilots|air ?crews?|aviation (?:personnel|troops|specialists)|helicopter crews"),
    ("infantry", r"infantry(?:men| troops| soldiers| personnel)?|infantrymen|combat troops|marines|"
                 r"paratroopers|commandos|special forces(?: troops| soldiers)?"),
    ("guards", r"guards|guardsmen|security guards|force protection troops"),
    ("troops", r"troops|soldiers|servicemen|servicewomen|service ?members|service personnel|"
               r"military personnel|army personnel|armed forces personnel|uniformed personnel|military|"
               r"blue helmets|blue berets|sailors|airmen|officers|army"),
    ("peacekeepers", r"peace-?keepers|peacekeeping (?:troops|personnel|soldiers|forces)|personnel|men and women|"
                     r"men|women|staff|members|contingent members"),
)

# Unit words: "an infantry battalion", "a guard unit", "a 700-member battalion", "a force of 850".
_UNIT_WORDS = (
    r"battalions?|compan(?:y|ies)|platoons?|units?|teams?|contingents?|detachments?|squads?|squadrons?|"
    r"brigades?|regiments?|task forces?|forces?|groups?|battle ?groups?|hospitals?|field hospitals?"
)
# A unit's kind from the word before it ("engineering company", "medical unit", "guard unit").
_UNIT_KINDS: tuple[tuple[str, str], ...] = (
    ("formed_police_unit", r"formed police"),
    ("police", r"police"),
    ("engineers", r"engineering|engineer|construction|demining"),
    ("medical", r"medical|hospital|level[- ](?:ii|2|iii|3)|health"),
    ("transport", r"transport(?:ation)?|logistics|logistic|supply"),
    ("aviation", r"aviation|helicopter|air|airlift|utility helicopter"),
    ("infantry", r"infantry|security|combat|mechani[sz]ed|special forces|quick reaction|rapid reaction|"
                 r"reconnaissance|protection"),
    ("guards", r"guard|guards"),
    ("observers", r"observer|monitoring"),
)



def ws(pattern: str) -> str:
    """A space in a phrase matches any white space: PDF text breaks lines inside phrases."""
    return pattern.replace(" ", r"\s+")


PERSON_NOUN_RE = re.compile(
    r"\b(?:" + "|".join(f"(?P<{kind}>{ws(alt)})" for kind, alt in _PERSON_NOUNS) + r")\b", re.IGNORECASE
)
UNIT_RE = re.compile(r"\b(?:" + ws(_UNIT_WORDS) + r")\b", re.IGNORECASE)
_UNIT_KIND_RE = re.compile(
    r"\b(?:" + "|".join(f"(?P<{kind}>{ws(alt)})" for kind, alt in _UNIT_KINDS) + r")[\"'\u201d\u2019]?\s*$",
    re.IGNORECASE,
)

# Words that may stand between a figure and its head noun: "500 more Chinese combat troops".
_MODIFIER_WORDS = frozenset(
    """more additional extra new fresh further armed unarmed trained well-trained highly female male
    uniformed military combat elite foreign international local regular reserve active serving specialised
    specialized special national army navy naval air ground land other such strong-willed experienced
    professional veteran blue-helmeted blue-helmet heavily lightly equipped well-equipped full-time volunteer
    un u.n. un's its their own of the these those his her our
    """.split()
)
_TOKEN = re.compile(r"[\w’'.\-]+|[^\w\s]")


@dataclass(frozen=True, slots=True)
class HeadNoun:
    personnel_type: str
    start: int  # offsets relative to the text given to ``head_after``
    end: int
    surface: str
    modifiers: tuple[str, ...]  # the words between the figure and the head
    is_unit_size: bool = False  # "a 700-member battalion": the figure is the unit's size


def person_noun_type(match: re.Match) -> str:
    return match.lastgroup or "peacekeepers"


def unit_kind(text_before_unit: str) -> str | None:
    """The kind of a unit from the words just before the unit noun: "engineering" -> engineers."""
    m = _UNIT_KIND_RE.search(text_before_unit[-40:])
    return m.lastgroup if m else None


def head_after(text: str, pos: int, max_tokens: int = 5) -> HeadNoun | None:
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
            after = text[m.end():m.end() + 30]
            unit = UNIT_RE.match(after.lstrip(" \u2019'\u201d\""))
            if unit and after[:1] in " \u2019'\u201d\"":
                return None
            return HeadNoun(person_noun_type(m), m.start(), m.end(), m.group(0), tuple(modifiers))
        t = _TOKEN.match(text, i)
        if not t:
            return None
        word = t.group(0).strip("\u2019'")
        if word.lower() in _MODIFIER_WORDS or (word[:1].isupper() and word.isalpha()) or (
            word[:1].isupper() and word.replace(".", "").isalpha()
        ):
            modifiers.append(word)
            i = t.end()
            continue
        return None
    return None
