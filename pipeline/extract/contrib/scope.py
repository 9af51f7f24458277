"""Stage 6, mission or scope: ``MISSION_RULES`` in order (a mission named after the figure, scope words for all
UN operations, a mission named before it, a host country or place, a ranking of contributors, the story's
mission), with the catalogue facts they need (hosted missions, successors, joint forces).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from pipeline.extract import lexicon
from pipeline.extract.contrib.common import _EXPLICIT_MISSION, _in_spans, _is_destination, _word_before
from pipeline.extract.contrib.context import SentenceContext
from pipeline.extract.contrib.rules import Rule, check_table, note
from pipeline.extract.contrib.scope_facts import (
    _active_then,
    _current,
    _hosted_mission,
    _mission_facts,
    _named_successor,
    _period_end,
    _police_only,
)
from pipeline.extract.contrib.scope_words import (
    _ALL_UN_PKO,
    _AMONG_OTHERS,
    _BILATERAL,
    _EVACUATION,
    _EVACUATION_REACH,
    _FROM_BEFORE,
    _GENERIC_MISSIONS,
    _GLOBAL_RANKING,
    _MISSION_POSSESSIVE,
    _MOST_OF_THEM,
    _NEXT_ITEM_FIGURE,
    _ONE_OF_THE,
    _OTHER_FIGURE,
    _OVERSEAS,
    _PARAGRAPH_BREAK,
    _RANKING,
    _SPLIT_AFTER,
    _SPREAD,
    _TO_MISSION,
    _TRANSFER_FROM,
    _TWO_MISSIONS,
    _UN_WORD,
    _WITH_FIGURE,
)
from pipeline.extract.mission_descriptions import sentence_definite
from pipeline.extract.types import (
    CountryMention,
    MissionMention,
    PartialDate,
)

# How many sentences back a mission still makes the topic of a ranking of contributors.
_RECENT_SENTENCES = 2


# How many sentences after the one that placed it a mission the text never names still carries.
_NEXT_SENTENCE = 1


_ITEM_FIGURE_AFTER = re.compile(r"\s*(?:\(\s*|:\s*|,\s*)(?:about\s+|some\s+|around\s+|nearly\s+)?\d")


_HOMEWARD = lexicon.word_set("homeward")


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


def _transfer_origin(text: str, pos: int, floor: int) -> bool:
    """Whether the place at ``pos`` is where a transfer comes from ("transfer seven policemen from Bosnia")."""
    return _TRANSFER_FROM.search(text, max(floor, pos - 120), pos) is not None


def _host_missions(text: str, countries: Sequence[CountryMention], sender: str | None,
                   mission_spans: Sequence[tuple[int, int]], when: PartialDate | None, matcher,
                   st: str | None, span: tuple[int, int], military: bool = False) -> list[tuple[int, str]]:
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
        if _transfer_origin(text, c.start, span[0]):
            continue  # where a transfer comes from: "transfer seven policemen from Bosnia"
        hosted = _hosted_mission(matcher, c.iso3, when, st, sender, military)
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


def _self_hosted(sc, sender: str, mission: str | None, mission_rule: str, when: PartialDate | None) -> bool:
    """Whether the figure is the host country's own forces, not a contribution: the mission it serves in is
    hosted by the sender ("Congolese army troops ... alongside MONUSCO"), or no mission is named and the
    sender hosts a peacekeeping operation then ("The Malian army has about 7,000 soldiers")."""
    if sc.matcher is None:
        return False
    if mission is not None:
        return sender in sc.matcher.host_countries(mission)
    if mission_rule in _EXPLICIT_MISSION:  # all UN operations: contributed abroad
        return False
    facts = _mission_facts(sc.matcher)
    end = _period_end(when) if when is not None else None
    return any(facts[a][0] == "peacekeeping" and (end is None or facts[a][1] is None or facts[a][1] <= end)
               for a in sc.matcher.missions_hosted_in(sender, when))


# -- the mission rules: which mission or scope ------------------------------------------------------------------
# Each returns None when it does not apply, else (acronym, scope, rule name); the name goes to the row's
# ``mission_method``.
Scope = tuple[str | None, str, str] | None


@dataclasses.dataclass
class MissionQuery:
    """What the mission rules read about one figure and sender: the figure's span and clause, the sender, status
    and date; ``carried``: the sender is carried over from the last figure ("It has contributed 100,000 since
    1958"); ``threat``: a threat to withdraw. ``read`` adds what the rules share: the clause cut before "most of
    them in ...", the usable missions of the sentence, the scope words after the figure."""

    q_start: int
    q_end: int
    full_clause: tuple[int, int]
    sender: str
    st: str
    as_of: PartialDate | None
    carried: bool = False
    threat: bool = False
    military: bool = False  # the figure counts soldiers or unspecified personnel, not police

    def read(self, sc: SentenceContext) -> MissionQuery:
        text, q_end, clause = sc.text, self.q_end, self.full_clause
        # "withdrawn from UNDOF", "threatened to withdraw them from UNAMID": the mission after "from" is theirs
        self.leaving = self.st == "withdrawn" or self.threat
        most = _MOST_OF_THEM.search(text, q_end, clause[1])
        if most is not None:
            # "1,000 personnel, most of them in southern Lebanon": where most of them are is not the figure's scope.
            self.clause, self.scope_end = (clause[0], most.start()), most.start()
        else:
            self.clause, self.scope_end = clause, sc.sent.end
        self.resolved = [m for m in sc.missions if m.acronym is not None and
                         (self.leaving or not _left_behind(text, sc.missions, m)) and
                         not q_end <= self.scope_end <= m.start]
        self.after = [m for m in self.resolved if q_end <= m.start < self.clause[1]]
        scope = _ALL_UN_PKO.search(text, q_end, self.clause[1])
        self.scope_after = None if scope and _in_spans(scope.start(), sc.mission_spans) else scope
        return self


def _mission_bilateral(sc: SentenceContext, mq: MissionQuery) -> Scope:
    clause = mq.full_clause
    if ("bilateral" in sc.lowered or "outside" in sc.lowered) and _BILATERAL.search(sc.text, clause[0], clause[1]):
        return None, "unspecified", "bilateral"  # "under a bilateral agreement with Maputo": no mission
    return None


def _mission_split(sc: SentenceContext, mq: MissionQuery) -> Scope:
    split = _SPLIT_AFTER.match(sc.text, mq.q_end, sc.sent.end)
    if split is not None and any(split.start("part") <= m.start < sc.sent.end and m.acronym for m in sc.missions):
        # "some 1,300 soldiers in Mali, around 300 of them with EUTM Mali and the rest with the UN force": the
        # whole is in more than one mission
        return None, "unspecified", "split"
    return None


def _mission_with_figure(sc: SentenceContext, mq: MissionQuery) -> Scope:
    # "the United Nations Interim Force in Lebanon, UNIFIL, with 361 personnel, with smaller contributions in
    # Kosovo ... and the EU training mission, EUTM, in Somalia" (r5_040): the mission just before "with <figure>".
    before = [m for m in mq.resolved if m.end <= mq.q_start]
    if before and _WITH_FIGURE.match(sc.text, before[-1].end, mq.q_start) is not None:
        return before[-1].acronym, "mission", "sentence"
    return None


def _mission_list_item(sc: SentenceContext, mq: MissionQuery) -> Scope:
    # "including 600 to the force in Cyprus, 15 to the force on the Iraq-Kuwait border, ... 122 to the force in
    # Cambodia and 2,500 to the United Nations protection force in former Yugoslavia" (r3_031): in a list of
    # figures, the host named between a figure and the next one is the figure's, not a mission after the next.
    nxt = next((start for start, _ in sc.figures if start >= mq.q_end), None)
    if nxt is None or nxt >= mq.clause[1] or any(mq.q_end <= m.start < nxt for m in mq.resolved):
        return None
    if sc.matcher is None:
        return None
    for c in sc.countries:  # a comma and the next figure may follow the place: no list item's label here
        if c.start >= nxt or _OTHER_FIGURE.search(sc.text, mq.q_end, c.start) is not None:
            break  # the place of another figure ("along with 60 physicians from Jordan", r10_006)
        if mq.q_end <= c.start and c.kind in ("name", "capital") and c.iso3 != mq.sender \
                and _is_destination(sc.text, c.start) and not _transfer_origin(sc.text, c.start, mq.full_clause[0]):
            hosted = _hosted_mission(sc.matcher, c.iso3, mq.as_of, mq.st, mq.sender, mq.military)
            if hosted:
                return hosted, "mission", "host_country"
    return None


def _mission_two_missions(sc: SentenceContext, mq: MissionQuery) -> Scope:
    # "dispatched a total of 2,300 staff officers and engineer unit personnel, first to UNTAET's Military Liaison
    # Component and then to UNMISET's" (r2_042), "a group of 10 staff officers to the headquarters of UNTAET and
    # UNMISET" (r2_042): a figure over two named missions has none (C5).
    if len(mq.after) < 2 or (mq.scope_after and mq.scope_after.start() < mq.after[0].start):
        return None
    first, second = mq.after[0], mq.after[1]
    if first.acronym != second.acronym and _TWO_MISSIONS.match(sc.text, first.end, second.start) is not None:
        return None, "unspecified", "two_missions"
    return None


def _mission_after_figure(sc: SentenceContext, mq: MissionQuery) -> Scope:
    # Whichever comes first after the figure: "in six missions, including UNAMID" is all of them.
    if mq.after and not (mq.scope_after and mq.scope_after.start() < mq.after[0].start):
        return mq.after[0].acronym, "mission", "sentence"
    return None


# How far after the scope words a UN word still qualifies them: "in operations under UN command" (r6_004).
_UN_AFTER_SCOPE = 20


# A figure of the operations others lead: "and some 3,550 more on operations in support of United Nations Security
# Council resolutions" (r5_015, r6_004), after a figure of the operations under UN command.
_IN_SUPPORT = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:on|in)\s+(?:\w+\s+){0,2}?operations\s+in\s+support\s+of\b",
                         re.IGNORECASE)


def _mission_in_support(sc: SentenceContext, mq: MissionQuery) -> Scope:
    if _IN_SUPPORT.match(sc.text, mq.q_end) is not None:
        return None, "unspecified", "in_support"
    return None


def _national_scope(sc: SentenceContext, mq: MissionQuery, scope: re.Match) -> bool:
    """Whether scope words count every operation of a country's forces, not only the UN's: a national publisher
    speaking of its own forces "in 11 different missions throughout the world" (r5_040, r6_009), "in fifteen
    different countries across the globe" (r2_017), "in over 89 operations" (r5_051), with no UN word in the
    clause up to the scope (C5: a total that includes operations that are not UN ones has no mission)."""
    return sc.home is not None and sc.home == mq.sender and \
        not _UN_WORD.search(sc.text, mq.clause[0], min(mq.clause[1], scope.end() + _UN_AFTER_SCOPE))


def _mission_scope_after(sc: SentenceContext, mq: MissionQuery) -> Scope:
    if not mq.scope_after:
        return None
    if _OVERSEAS.search(sc.text, mq.clause[0], mq.clause[1]) and not _UN_WORD.search(mq.scope_after.group(0)):
        # "656 personnel serving overseas in 13 missions": EU, NATO and OSCE missions too, not only the UN's
        return None, "unspecified", "overseas"
    if _national_scope(sc, mq, mq.scope_after):
        return None, "unspecified", "national_scope"
    return None, "all_un_pko", "scope_words"


def _mission_destination(sc: SentenceContext, mq: MissionQuery) -> Scope:
    # "between 250 and 300 troops, mainly engineers and medical staff, to UNMISS": a destination after the
    # figure's apposition, with no other figure between, is the figure's own.
    later = next((m for m in mq.resolved if m.start >= mq.q_end), None)
    if later is not None and _word_before(sc.text, later.start) in _TO_MISSION and \
            not any(mq.q_end <= f_start < later.start for f_start, _ in sc.figures):
        return later.acronym, "mission", "sentence"
    return None


def _mission_before_figure(sc: SentenceContext, mq: MissionQuery) -> Scope:
    before = [m for m in mq.resolved if m.start < mq.q_start]
    return (before[-1].acronym, "mission", "sentence") if before else None


def _mission_scope_clause(sc: SentenceContext, mq: MissionQuery) -> Scope:
    scope = _ALL_UN_PKO.search(sc.text, mq.clause[0], mq.clause[1])
    if scope and not _in_spans(scope.start(), sc.mission_spans):
        if _national_scope(sc, mq, scope):
            return None, "unspecified", "national_scope"
        return None, "all_un_pko", "scope_words"
    return None


_SENDER_NEAR = 200  # characters before the evacuation words where the evacuating sender is named


def _mission_evacuation(sc: SentenceContext, mq: MissionQuery) -> Scope:
    # A figure whose sentence names no mission, in a paragraph that sends a national force to evacuate nationals:
    # a national operation, no peace mission (r10_003; the form in r3_009, r4_016).
    if mq.resolved or "vacuat" not in sc.text[max(0, sc.sent.start - _EVACUATION_REACH):sc.sent.end]:
        return None
    paragraph = sc.text.rfind(_PARAGRAPH_BREAK, max(0, sc.sent.start - _EVACUATION_REACH), sc.sent.start)
    start = paragraph if paragraph >= 0 else max(0, sc.sent.start - _EVACUATION_REACH)
    for m in _EVACUATION.finditer(sc.text, start, sc.sent.end):
        # The sender's own force evacuates ("British troops ... to assist in the evacuation of UK ... nationals"),
        # not "several countries" before an operation of others (r4_016, Operation Alba).
        if any(c.iso3 == mq.sender and m.start() - _SENDER_NEAR <= c.start < m.end() for c in sc.doc.countries):
            return None, "unspecified", "evacuation"
    return None


def _mission_definite(sc: SentenceContext, mq: MissionQuery) -> Scope:
    # An organisation's force or mission that the sentence does not name, with a single host country in it: the
    # one such mission there at the figure's date (the guide's M1, ``mission_descriptions.sentence_definite``).
    # Not a nation's contingent where that nation leads an operation of its own then ("French troops in Abidjan"
    # in 2004 are Licorne's whatever the UN force does).
    if sc.matcher is None or mq.sender is None:
        return None
    countries = [c for c in sc.countries if c.iso3 != mq.sender]
    found = sentence_definite(sc.matcher, sc.text, sc.sent.start, sc.sent.end, countries, mq.as_of,
                              tuple(sc.mission_spans))
    facts = _mission_facts(sc.matcher)
    if found is None or any(facts[a][2] == mq.sender for h in sc.matcher.host_countries(found)
                            for a in sc.matcher.missions_hosted_in(h, mq.as_of)):
        return None
    return found, "mission", "definite_description"


def _mission_host(sc: SentenceContext, mq: MissionQuery) -> Scope:
    hosts = [h for h in _host_missions(sc.text, sc.countries, mq.sender, sc.mission_spans, mq.as_of, sc.matcher,
                                       mq.st, (sc.sent.start, sc.sent.end), mq.military)
             if not mq.q_end <= mq.scope_end <= h[0]]
    if not hosts:
        return None
    # The place after the figure in its clause ("500 to Lebanon and 300 to South Sudan"), else the first;
    # none when the figure spans two ("most of them in Mali and the Democratic Republic of the Congo").
    after_figure = [h for h in hosts if mq.q_end <= h[0] < mq.clause[1]]
    # not the place of a later item when the figure has a place of its own: "140,000 troops in Iraq, 30,000 in
    # Afghanistan" (Iraq had no mission for soldiers then: the 140,000 are not ISAF's); a place shared by both
    # figures stays: "850 troops and 140 police officers to the Central African Republic"
    nxt = _NEXT_ITEM_FIGURE.search(sc.text, mq.q_end, mq.clause[1])
    if nxt is not None and any(mq.q_end <= c.start < nxt.start() and c.kind in ("name", "capital")
                               and _is_destination(sc.text, c.start) for c in sc.countries):
        after_figure = [h for h in after_figure if h[0] < nxt.start()]
        if not after_figure:
            return None
    places = after_figure or hosts
    place = next((c for c in sc.countries if c.start == places[0][0]), None)
    if place is None:  # a place below the country level ("in Darfur")
        return _named_there(sc, mq, places[0][1]), "mission", "host_place"
    if _AMONG_OTHERS.match(sc.text, place.end):
        return None, "unspecified", "several_places"
    joined = _SPREAD.match(sc.text, place.end)
    other = next((c for c in sc.countries if joined is not None and c.start == joined.end()), None)
    if other is None or other.iso3 == place.iso3 or other.iso3 == mq.sender:
        acronym = _named_successor(sc, places[0][1], place.iso3, mq.as_of, mq.st)
        return _named_there(sc, mq, acronym), "mission", "host_country"
    return None, "unspecified", "several_places"


def _named_there(sc: SentenceContext, mq: MissionQuery, acronym: str) -> str:
    """With no date to choose among a place's missions, the one the document names there: "241 Rwandan soldiers
    are headed to Darfur" in an undated story of "the African Union's peacekeeping force in Darfur" is AMIS, not
    UNAMID (r5_028); "deploy to Santici Camp near Vitez" in a timeline of UNPROFOR is not UNPF's (r7_006). The
    first the document names, when it names several there."""
    if mq.as_of is not None or sc.matcher is None:
        return acronym
    hosts = set(sc.matcher.host_countries(acronym))
    facts = _mission_facts(sc.matcher)
    for named in sc.focus.named_order:
        if named in facts and hosts.intersection(sc.matcher.host_countries(named)) and \
                not (mq.military and _police_only(facts[named][0], named)):
            return named
    return acronym


def _mission_in_sentence(sc: SentenceContext, mq: MissionQuery) -> Scope:
    return (mq.resolved[0].acronym, "mission", "sentence") if mq.resolved else None


def _mission_ranking(sc: SentenceContext, mq: MissionQuery) -> Scope:
    # A ranking of contributors ranks them within the mission of the last sentences ("its largest
    # contributor"), else across all UN operations.
    sent, focus = sc.sent, sc.focus
    recent = focus.mission is not None and sent.index - focus.mission_sentence <= _RECENT_SENTENCES
    ranking = _RANKING.search(sc.text, sent.start, sent.end)
    if ranking and (not recent or _GLOBAL_RANKING.search(sc.text, sent.start, sent.end)) and \
            not _MISSION_POSSESSIVE.search(sc.text, sent.start, sent.end):
        return None, "all_un_pko", "ranking"
    return None


def _mission_carried_scope(sc: SentenceContext, mq: MissionQuery) -> Scope:
    if mq.carried and sc.focus.scope == "all_un_pko":
        return None, "all_un_pko", "document_focus"
    return None


def _mission_generic(sc: SentenceContext, mq: MissionQuery) -> Scope:
    generic = _GENERIC_MISSIONS.search(sc.text, mq.clause[0], mq.clause[1])
    if generic and not _ONE_OF_THE.search(sc.text, max(mq.clause[0], generic.start() - 80), generic.start()):
        return None, "unspecified", "generic_missions"  # "through UN and AU missions": none in particular
    return None


def _mission_focus(sc: SentenceContext, mq: MissionQuery) -> Scope:
    if not sc.focus.mission:
        return None
    if sc.focus.mission not in sc.focus.document_missions and \
            sc.sent.index - sc.focus.mission_sentence > _NEXT_SENTENCE:
        # The story's mission was only inferred from a place ("1,300 troops to East Timor" -> ISF): the text never
        # names it, so it does not carry to figures with no place of their own (r6_010, r2_034: gold empty).
        return None, "unspecified", "unnamed_focus"
    current = _current(sc, sc.focus.mission, mq.as_of, mq.st)
    if mq.st != "cumulative" and not _active_then(sc.matcher, current, mq.as_of):
        # The story's mission had closed long before the figure's date (a history of UNTAG, then today's
        # figures): it is not the figure's scope.
        return None, "unspecified", "stale_focus"
    return current, "mission", "document_focus"


def _mission_sole(sc: SentenceContext, mq: MissionQuery) -> Scope:
    # A headline or lead before the document first names its only mission: "850 Nigerien peacekeepers decorated
    # with United Nations Medal" (r1_046, UNOCI), "Since the first dispatch in February 1996, Japan has continued
    # to dispatch a total of approximately 1,500 personnel" (r5_041, UNDOF named in the next paragraph).
    if sc.focus.mission is None and len(sc.focus.document_missions) == 1 and \
            sc.focus.first_named is not None and sc.focus.first_named >= sc.sent.end:
        return next(iter(sc.focus.document_missions)), "mission", "sole_mission"
    return None


MISSION_RULES = check_table((
    Rule("bilateral", "'under a bilateral agreement', 'outside the UN framework': no mission", _mission_bilateral),
    Rule("split", "'1,300 soldiers in Mali, around 300 of them with EUTM Mali and the rest with the UN force'",
         _mission_split),
    Rule("with_figure", "'the UN Interim Force in Lebanon, UNIFIL, with 361 personnel': the mission before 'with'",
         _mission_with_figure, ("sentence",)),
    Rule("list_item", "'600 to the force in Cyprus, 15 to the force on the Iraq-Kuwait border, ...': the host "
         "between the figure and the next one", _mission_list_item, ("host_country",)),
    Rule("in_support", "'3,550 more on operations in support of UN Security Council resolutions': not the UN's "
         "own operations, no mission", _mission_in_support),
    Rule("two_missions", "'first to UNTAET's Military Liaison Component and then to UNMISET's': no mission",
         _mission_two_missions),
    Rule("after_figure", "a mission named after the figure in its clause", _mission_after_figure, ("sentence",)),
    Rule("scope_after", "scope words after the figure: 'in UN missions around the world' (not 'overseas in 13 "
         "missions'; a national publisher's 'in 11 missions throughout the world')", _mission_scope_after,
         ("scope_words", "overseas", "national_scope")),
    Rule("destination", "'300 troops, mainly engineers, to UNMISS': a destination after the apposition",
         _mission_destination, ("sentence",)),
    Rule("before_figure", "the last mission named before the figure", _mission_before_figure, ("sentence",)),
    Rule("scope_clause", "scope words anywhere in the clause (a national publisher's without a UN word: none)",
         _mission_scope_clause, ("scope_words", "national_scope")),
    Rule("evacuation", "'a task force ... to assist in the evacuation of UK nationals', no mission named: a "
         "national operation, no mission", _mission_evacuation),
    Rule("definite", "an organisation's force or mission with a single host country in the sentence: 'UN "
         "peacekeepers ... arrived in Abidjan'", _mission_definite, ("definite_description",)),
    Rule("host", "a host country or place: 'to Mali', 'troops in Darfur'", _mission_host,
         ("host_country", "host_place", "several_places")),
    Rule("in_sentence", "another mission of the sentence", _mission_in_sentence, ("sentence",)),
    Rule("ranking", "a ranking of contributors: all UN operations, unless it is the recent mission's",
         _mission_ranking),
    Rule("carried_scope", "a sender carried over from a figure of all UN operations keeps its scope",
         _mission_carried_scope, ("document_focus",)),
    Rule("generic_missions", "'through UN and AU missions': none in particular", _mission_generic),
    Rule("focus", "the story's mission, unless it had closed by the figure's date or the document never names it",
         _mission_focus, ("document_focus", "stale_focus", "unnamed_focus")),
    Rule("sole", "a headline or lead before the document first names its only mission: that mission",
         _mission_sole, ("sole_mission",)),
))


def resolve_mission(sc: SentenceContext, mq: MissionQuery) -> tuple[str | None, str, str]:
    """(acronym, scope, how) by the first of ``MISSION_RULES`` that answers; else no mission ("none")."""
    mq.read(sc)
    for rule in MISSION_RULES:
        found = rule.fn(sc, mq)
        if found is not None:
            note("mission", rule.name, found[2], mq.q_start)
            return found
    note("mission", "none", "none", mq.q_start)
    return None, "unspecified", "none"
