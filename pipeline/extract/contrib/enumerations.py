"""Figures enumerated mission by mission in one sentence: "Four are serving in UNMISET (East Timor), 113 in UNMIK
(Kosovo) and 10 in UNAMSIL (Sierra Leone)" (a UK minister's written answer, real dev r3_004). Only the first item
has a verb and none has a noun: the sentence rules read "Four" as a group named before it and the others not at
all. Read as an analyst reads it, each item is a row: its figure, the mission named right after it ("in", "with",
"to" the mission, a place in brackets allowed), the personnel type of the items' noun or of the group named before
them, the sender the sentence names as its subject, else the story's, else the national publisher's.

An enumeration is two or more items "<figure> [noun] [verb] in|with|to <mission> [(<place>)]" one after the other,
joined by commas, semicolons or "and"; its items are read only when the sentence rules give a figure no row
(``rows.sentence_rows``), so a sentence they already read ("with 213 personnel, and to UNMIL in Liberia, with 435
personnel": real dev r6_009) keeps its rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from pipeline.extract import lexicon, personnel, status
from pipeline.extract.contrib.asof import _as_of
from pipeline.extract.contrib.common import VERSION, _clause_bounds, _in_spans
from pipeline.extract.contrib.place_enumerations import _rule_place_enumeration
from pipeline.extract.contrib.ptypes import _armed_forces, _forces_before
from pipeline.extract.contrib.rules import Rule, check_table, note
from pipeline.extract.contrib.scope_facts import _hosted_mission
from pipeline.extract.contrib.vetoes import _AUTHORISED, _CASUALTY
from pipeline.extract.countries import find_countries
from pipeline.extract.types import Contribution, CountryMention, MissionMention, PartialDate, Quantity

# From a figure (and its noun) to the mission of its item: "are serving in", "in", "with the", "deployed to".
_LINK = re.compile(
    r"\s+(?:(?:are|is|were|was|have\s+been|has\s+been)\s+)?(?:(?:currently|now|still|also|presently)\s+)?"
    r"(?:(?:serving|deployed|stationed|based|employed|working|attached|seconded)\s+)?"
    r"(?:in|with|to|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# From a figure to the place of the force it serves in: "to the force in Cyprus", "to the force on the Iraq-Kuwait
# border", "in western Sahara", "to the United Nations protection force in former Yugoslavia".
_FORCE_LINK = re.compile(
    r"\s+(?:to|in|with)\s+(?:the\s+)?(?:(?:U\.?N\.?|United\s+Nations)\s+)?(?:(?:peace[\s-]?keeping|protection)\s+)?"
    r"(?:(?:force|mission|operation)\s+(?:in|on|at)\s+(?:the\s+)?)?",
    re.IGNORECASE)
_WORDS = re.compile(r"[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,2}")
_JOINED_PLACE = re.compile(r"\s*[-\u2013/]\s*|\s+and\s+")
# From a mission to its figure: a place or name in brackets, then a colon, a dash or a comma ("UNIFIL (Lebanon) 376",
# "KFOR (Kosovo): 213 personnel", "UNTSO, 12").
_MISSION_TO_FIGURE = re.compile(r"\)?(?:\s*\([^()\d]{1,80}\))?\s*(?:[:\u2013\u2014-]|,)?\s*")
# What may close an item: a place in brackets ("UNMIK (Kosovo)") or after "in" ("MONUC in the Democratic Republic of
# Congo", "EUFOR in Bosnia and Herzegovina"), then a separator or the sentence's end.
_PLACE = re.compile(r"\s*\([^()\d]{1,40}\)|\s+in\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:of|the|and(?=\s+[A-Z]))|\s+[A-Z][\w'-]*)*")
# ... or its year: "deployed 300 to MINUSTAH in 2010 and 200 to UNMISS in 2012".
_WHEN = re.compile(r"\s+(?:in|since|from|by)\s+(?:[A-Z][a-z]+\s+)?(?P<year>(?:19|20)\d\d)\b")
_SEPARATOR = re.compile(r"\s*(?:[,;]\s*and\b|,|;|\band\b|\.|$)\s*", re.IGNORECASE)
_OBSERVERS = lexicon.word_set("observer_missions")  # missions of unarmed observers only
_QUICK_LINK = re.compile(r"\s+(?:(?:are|is|were|was)\s+)?(?:[a-z]+\s+)?(?:in|with|to|at)\s", re.IGNORECASE)
_MISSION_BEFORE = re.compile(r"[A-Z]{3,}\)?(?:\s*\([^()\d]{1,80}\))?\s*[:\u2013\u2014,-]?\s*$")
_PLACE_NOUN = re.compile(r"\s+(?:border|borders|region|area|frontier|zone|strip)\b", re.IGNORECASE)
_STRENGTH = re.compile(r"\b(?:strengths?|sizes?|totals?)\b", re.IGNORECASE)
_PREVIOUS_REACH = 300  # how far back the noun of the sentence before an enumeration is looked for
_MAX_LINK = 60  # characters between a figure and its mission
_STATUSES = frozenset({"serving", "deployed", "planned", "pledged", "offered", "withdrawn", "cumulative"})


@dataclass(frozen=True)
class Item:
    """One item of an enumeration: its figure, its own noun (if any) and its mission; where it starts (its figure,
    or its mission when the mission comes first) and where the next item must start (-1: none may follow)."""

    q: Quantity
    head: personnel.HeadNoun | None
    mission: MissionMention
    start: int = -1
    end: int = -1


def _item(sc, q: Quantity) -> Item | None:
    """The item that starts with ``q``: the first mission after it, reached by ``_LINK`` alone, else the force
    of the place after it ("15 to the force on the Iraq-Kuwait border", "15 in western Sahara")."""
    text = sc.text
    head = personnel.head_after(text, q.end, max_tokens=3)
    mission = next((m for m in sc.missions if m.start >= q.end and m.acronym), None)
    if mission is None or mission.start - q.end > _MAX_LINK:
        mission = None
    else:
        link_start = head.end if head is not None and head.end <= mission.start else q.end
        if not _LINK.fullmatch(text, link_start, mission.start):
            mission = None
    if mission is None:
        mission = _place_mission(sc, q, head)
        if mission is None:
            return None
    item = Item(q, head, mission, q.start)
    return Item(q, head, mission, q.start, _item_end(sc, item))


def _place_mission(sc, q: Quantity, head) -> MissionMention | None:
    """The mission of the place an item names instead of a mission: "to the force in Cyprus", "to the force on the
    Iraq-Kuwait border", "in western Sahara" (Hansard 1993, real dev r3_031): the force its host has then, as a
    mention spanning the place."""
    if sc.matcher is None or not sc.about_peace():
        return None  # a place names a peace operation only in a document about them
    start = head.end if head is not None else q.end
    link = _FORCE_LINK.match(sc.text, start, min(sc.sent.end, start + _MAX_LINK))
    if link is None:
        return None
    at = link.end()
    place = next((c for c in sc.countries if c.start == at and c.kind in ("name", "capital")), None)
    if place is None:  # a place's name in lower case in a minister's answer: "15 in western Sahara"
        words = _WORDS.match(sc.text, at, min(sc.sent.end, at + 40))
        named = find_countries(words.group(0).title()) if words is not None else []
        if named and named[0].start == 0 and named[0].kind == "name":
            place = CountryMention(named[0].iso3, at, at + named[0].end, sc.text[at:at + named[0].end], "name")
    if place is not None:
        acronym = _hosted_mission(sc.matcher, place.iso3, sc.ctx.published, None, None, military=True)
        end = place.end
        while (more := next((c for c in sc.countries if c.start > end and
                             _JOINED_PLACE.fullmatch(sc.text, end, c.start)), None)) is not None:
            end = more.end  # "the Iraq-Kuwait border": both places, the first one's force
    else:  # a place below the country level, or one the country finder does not know ("western Sahara")
        found = next(((s, e, a) for s, e, a in sc.matcher.places_in(sc.text, at, min(sc.sent.end, at + 40),
                                                                      sc.ctx.published) if s == at), None)
        acronym, end = (found[2], found[1]) if found is not None else (None, at)
    if acronym is None:
        return None
    return MissionMention(acronym, at, end, sc.text[at:end], "description")


def _mission_first_item(sc, q: Quantity) -> Item | None:
    """The item that ends with ``q``: "UNIFIL (Lebanon) 376", "KFOR (Kosovo): 213 personnel", "UNTSO, 12": the
    last mission before the figure, reached by a place in brackets and a colon, dash or comma alone."""
    text = sc.text
    mission = next((m for m in reversed(sc.missions) if m.end <= q.start and m.acronym), None)
    if mission is None or not _MISSION_TO_FIGURE.fullmatch(text, mission.end, q.start):
        return None
    # the mission's full name and its acronym ("United Nations Interim Force in Lebanon (UNIFIL)"): the name's start
    first = next((m for m in sc.missions if m.acronym == mission.acronym and m.end <= mission.start and
                  not text[m.end:mission.start].strip(" (")), mission)
    head = personnel.head_after(text, q.end, max_tokens=3)
    end = head.end if head is not None else q.end
    sep = _SEPARATOR.match(text, end, sc.sent.end)
    return Item(q, head, mission, first.start, sep.end() if sep is not None else -1)


def _item_end(sc, item: Item) -> int:
    """Where an item ends: after its mission, its place in brackets and the separator before the next item."""
    end = item.mission.end
    place = _PLACE.match(sc.text, end, sc.sent.end)
    if place is not None:
        end = place.end()
    trail = _PLACE_NOUN.match(sc.text, end, sc.sent.end)
    if trail is not None:
        end = trail.end()
    when = _WHEN.match(sc.text, end, sc.sent.end)
    if when is not None:
        end = when.end()
    sep = _SEPARATOR.match(sc.text, end, sc.sent.end)
    return sep.end() if sep is not None else -1


def _longest_run(sc, find) -> list[Item]:
    """The longest run of items one right after the other, each found by ``find`` from one of the figures."""
    best: list[Item] = []
    run: list[Item] = []
    for q in sc.all_figures:
        item = find(sc, q)
        if item is not None and run and item.start == run[-1].end:
            run.append(item)
            continue
        if len(run) > len(best):
            best = run
        run = [item] if item is not None else []
    return run if len(run) > len(best) else best


def enumeration(sc) -> list[Item]:
    """The sentence's enumeration of figures by mission (its items in order), or [] (found once per sentence):
    figures first ("Four are serving in UNMISET (East Timor), 113 in UNMIK"), else missions first ("UNIFIL
    (Lebanon) 376, UNTSO (Middle East) 12")."""
    cached = getattr(sc, "_enumeration", None)
    if cached is not None:
        return cached
    later = sc.all_figures[1:]
    # A cheap test first: a later figure right before "in", "with", "to" (figures first), or a mission right
    # before a later figure (missions first).
    best = _longest_run(sc, _item) if any(_QUICK_LINK.match(sc.text, q.end) for q in later) else []
    if len(best) < 2 and sc.missions and any(_MISSION_BEFORE.search(sc.text, max(0, q.start - 90), q.start)
                                             for q in later):
        best = _longest_run(sc, _mission_first_item)
    # Items that all have a noun of their own ("4 police in UNMISET and 113 police in UNMIK") are read by the
    # sentence rules; an enumeration is one whose later items leave the noun out.
    sc._enumeration = best if len(best) >= 2 and any(i.head is None for i in best[1:]) else []
    return sc._enumeration


def _sender(sc, items: list[Item]) -> tuple[str | None, str]:
    """The country that sends the enumeration's people: the one country the sentence names before its first item
    (not a mission's place), else the story's sender, else the national publisher's country."""
    first = items[0].start
    named = {c.iso3 for c in sc.countries if c.start < first and c.iso3 and not _in_spans(c.start, sc.mission_spans)}
    if len(named) == 1:
        return next(iter(named)), "subject"
    if named:
        return None, "no_sender"
    if sc.focus.country is not None and sc.sent.index - sc.focus.row_sentence <= 2:
        return sc.focus.country, "continuation"
    if sc.home is not None:
        return sc.home, "publisher"
    return sc.focus.country, "continuation" if sc.focus.country else "no_sender"


def _ptype(sc, items: list[Item], item: Item) -> tuple[str, str]:
    """The item's own noun, else the noun of another item ("4 police officers in UNMISET, 113 in UNMIK"), else the
    group named before the enumeration ("127 UK police officers ... Four are serving in UNMISET"), else
    peacekeepers."""
    if item.head is not None:
        return item.head.personnel_type, "head"
    other = next((i.head for i in items if i.head is not None), None)
    if other is not None:
        return other.personnel_type, "shared_noun"
    antecedent = sc.antecedent(items[0].q.start)
    if antecedent is not None:
        return antecedent[0], "antecedent"
    # The noun of the sentence before, in the same paragraph: "... are currently serving as civilian police in UN
    # peacekeeping missions. Four are serving in UNMISET (East Timor), ..."
    lo = max(sc.text.rfind("\n\n", 0, sc.sent.start), sc.sent.start - _PREVIOUS_REACH, 0)
    noun = None
    for noun in personnel.PERSON_NOUN_RE.finditer(sc.text, lo, sc.sent.start):
        pass
    if noun is not None:
        return personnel.person_noun_type(noun), "previous_noun"
    return "peacekeepers", "default"


def _rule_mission_enumeration(sc, q: Quantity) -> Contribution | None:
    items = enumeration(sc)
    item = next((i for i in items if i.q.start == q.start), None)
    if item is None or _CASUALTY.search(sc.lowered) or _AUTHORISED.search(sc.text, sc.sent.start, sc.sent.end) or \
            _STRENGTH.search(sc.text, sc.sent.start, sc.sent.end):
        return None  # losses, authorised strengths, the missions' own strengths: "strengths: MINUSMA 12,000, ..."
    sender, sender_rule = _sender(sc, items)
    if sender is None:
        return None
    ptype, type_rule = _ptype(sc, items, item)
    if ptype in ("peacekeepers", "troops") and item.head is None and item.mission.acronym.lower() in _OBSERVERS:
        ptype, type_rule = "observers", "observer_mission"  # as the row rule of that name: "UNTSO, 12"
    elif ptype == "peacekeepers" and (_armed_forces(sc.text[sc.sent.start:items[0].q.end + 40]) or
                                      (sender == sc.home and _forces_before(sc, q.start))):
        ptype, type_rule = "troops", "forces_story"  # "357 Defence Forces personnel serving with UNIFIL, 12 with"
    first = items[0].q
    clause = _clause_bounds(sc.sent, sc.breaks, first.start)
    st, cue = status.figure_status(sc.text[clause[0]:clause[1]], first.start - clause[0], first.end - clause[0])
    if st not in _STATUSES:
        st, cue = "serving", ""
    # The item's own date ("300 to MINUSTAH in 2010"), else the clause's.
    end = item.end if item.end >= 0 else sc.sent.end
    own = next((d.date for d in sc.dates if item.start <= d.start and d.end <= end and d.kind == "point" and
                not item.mission.start <= d.start < item.mission.end), None)
    if own is None and (when := _WHEN.search(sc.text, item.mission.end, max(end, item.mission.end))) is not None:
        own = PartialDate(date(int(when.group("year")), 1, 1), "year")
    as_of = own or _as_of(sc, _clause_bounds(sc.sent, sc.breaks, q.start), q.start, q.end)
    name = "mission_enumeration" if item.start == q.start else "mission_first"
    note("candidate", "mission_enumeration", name, q.start)
    return Contribution(
        sentence=sc.sent, quantity=q, contributor_iso3=sender, mission_acronym=item.mission.acronym, scope="mission",
        personnel_type=ptype, status=st, as_of=as_of, mission_method="sentence",
        extractor=f"{VERSION}:{name}+{sender_rule}+{type_rule}+status({cue or 'default'})"
                  f"+mission(enumerated)",
    )


ENUMERATION_RULES: tuple[Rule, ...] = check_table((
    Rule("mission_enumeration", "'Four are serving in UNMISET (East Timor), 113 in UNMIK (Kosovo) and 10 in UNAMSIL "
         "(Sierra Leone)' (real dev r3_004): a row per item, each with the mission after its figure; or before it "
         "('UNIFIL (Lebanon) 376, UNTSO (Middle East) 12': mission_first)", _rule_mission_enumeration,
         ("mission_enumeration", "mission_first")),
    Rule("place_enumeration", "'This includes 13 in Afghanistan, two in Bahrain, 28 in Egypt, 113 in Iraq and seven "
         "as UN observers in Israel and Lebanon' (real dev r8_014): a row per country, no mission, the group named "
         "before (``place_enumerations``)", _rule_place_enumeration),
))


def enumerated_row(sc, q: Quantity) -> Contribution | None:
    """The row of a figure the sentence rules did not read, when it is an item of an enumeration by mission."""
    if len(sc.all_figures) < 2 or not (sc.missions or sc.countries):
        return None
    for rule in ENUMERATION_RULES:
        row = rule.fn(sc, q)
        if row is not None:
            return row
    return None
