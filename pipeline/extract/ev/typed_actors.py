"""The actor once the row's type is known (``TYPED_ACTOR_RULES``, after ``actors.ACTOR_RULES`` and the type rules;
the guide's E1 and E6: the UN is the Council, the General Assembly and the Secretariat; a mission acts for itself).

A mandate is given by the organisation after *by* (``approved by the NATO Council``), else by its subject when that
is a country or an organisation, else by the Security Council (``actor_organisation="UN"``: ``UNTAC was established
in February 1992``); an attack named by a noun has the agent after *by* as actor, else none (not the clause's
subject); a force one nation leads (``a United States–led coalition``) has that nation; an agreement between one
state's government and parties that are not states has that state, one between states nobody; a handover, or a
happening other than a mandate with the UN as actor, takes no actor from an earlier sentence; a deployment,
withdrawal or pledge with no actor in a document that a state's own body published (``DocIndex.publisher_iso3``:
``We deployed 45 yesterday``) has that state; a mission as subject acts for itself (no country, no organisation);
the UN's name for a force (``a UN force took over``) or the UN taking over is no act of the Council or the
Secretariat.

Lines and citations: an infobox line's actor is the nation the article's lead says leads or owns the operation
(else nobody); a line of a list of a country's missions is the publishing state's; a chronology entry takes no
actor from the entry before; a resolution only cited is the Council's (UN), and so is a request to send that the
UN made. Elections, and an agreement with an unnamed "government", take the country the document is about
(``DocIndex.main_country``) when their own phrase names none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.ev.actors import _BY, _PEOPLE_NOUN, NOBODY
from pipeline.extract.ev.bind import _REQUEST
from pipeline.extract.ev.chronology import page_lead
from pipeline.extract.ev.common import Entity, Trigger, _slice
from pipeline.extract.ev.entities import DocIndex
from pipeline.extract.ev.rules import Rule, check_table, note

# A trigger used as a noun: an article, a possessive or an ordinal before it, with up to two words between
# ("the attack on", "Rwanda's holocaust", "the Bogoro attack", "its very first deployment").
_NOUN_BEFORE = re.compile(
    r"(?i)(?:\b(?:the|a|an|its|their|his|her|this|that|these|[a-z]+(?:st|nd|rd|th))|['’]s)\s+(?:[\w-]+\s+){0,2}$"
)
# The United Nations as the actor a text implies (the Council that mandates), not a span of the text.
THE_UN = Entity(-1, -1, organisation="UN")
# "by the Security Council", "by the Extraordinary SADC Summit", "approved by the NATO Council", "by NATO": the
# words before an organisation that make it the agent of a passive.
_BY_BEFORE = re.compile(r"\bby\s+(?:(?:the|an?|its)\s+)?(?:(?:[A-Z][\w-]*|of|the)\s+){0,3}$")
# "a UN force took over", "UN peacekeepers deployed": the organisation's name qualifies a force (a mission), it does
# not name the organisation that acts.
# "UN Organization Mission", "United Nations-African Union peacekeeping mission": up to three capitalised words
# of a name may stand between.
_FORCE_AFTER = re.compile(
    r"(?:['’]s)?(?:[\s-]+[A-Z][\w’'.-]*){0,3}\s+(?i:peace[\s-]?keep\w*|force|forces|mission|troops|operations?|PKO"
    r"|blue\s+helmets|military|soldiers|contingent|personnel)\b"
)


@dataclass(slots=True)
class _Typed:
    """The actor found for a trigger (``subject``: None when none), its row's type, and where to look."""

    doc: DocIndex
    index: int
    trigger: Trigger
    event_type: str
    subject: Entity | None
    rule: str


def _mandate_agent(t: _Typed) -> Entity | None:
    """A mandate that the sentence says an organisation gave ("approved by the NATO Council", "established by the
    Security Council"): that organisation."""
    if t.event_type != "mandate":
        return None
    doc, sentence = t.doc, t.doc.sentences[t.index]
    for e in doc.entities_in(sentence.start, sentence.end):
        if e.organisation and _BY_BEFORE.search(doc.text, max(sentence.start, e.start - 40), e.start):
            return e
    return None


def names_a_force(doc: DocIndex, e: Entity) -> bool:
    """An organisation's name that qualifies a force ("European Union Force Chad", "a UN force"): a mission."""
    return e.organisation is not None and e is not THE_UN and _FORCE_AFTER.match(doc.text, e.end) is not None


def _mandate_council(t: _Typed) -> Entity | None:
    """A mandate with no country or organisation as its subject ("UNTAC was established in February 1992", "In its
    resolution 511 (1982) of 18 June 1982 ...", "European Union Force Chad ... authorised in late 2007"): the
    Security Council, the UN."""
    s = t.subject
    if t.event_type != "mandate" or (s is not None and not s.mission and not names_a_force(t.doc, s)):
        return None
    return THE_UN


# "Led by Italy": the nation that leads a force ("a United States–led coalition": a hyphen after it).
_LED_BY = re.compile(r"(?i)\bled\s+by\s+(?:the\s+)?$")


def _led_by(t: _Typed) -> Entity | None:
    """A deployment or an intervention of a force that one nation leads, with no country as subject ("The Unified
    Task Force (UNITAF) ... was a United States–led, United Nations–sanctioned coalition military force deployed to
    Somalia from 5 December 1992", "Led by Italy, Operation Alba"): the leading nation (E6)."""
    if t.event_type not in ("deployment", "intervention") or (t.subject is not None and t.subject.iso3):
        return None
    sentence = t.doc.sentences[t.index]
    return _leading_nation(t.doc, sentence.start, sentence.end, one_state=False)


# "a French military intervention", "a French military operation": one state's own operation.
_STATE_OPERATION_AFTER = re.compile(r"\s+(?:military\s+)?(?:intervention|operation)\b")
_ONE_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:a|an)\s+$")


def _leading_nation(doc: DocIndex, start: int, end: int, one_state: bool) -> Entity | None:
    """The first country of [start, end) that leads a force ("United States–led", "led by Australia"), or, with
    ``one_state``, whose own operation it is ("a French military intervention")."""
    text = doc.text
    for e in doc.entities_in(start, end):
        if not e.iso3:
            continue
        if re.match(r"[–-]led\b", text[e.end:e.end + 5]) or _LED_BY.search(text, max(start, e.start - 20), e.start):
            return e
        if one_state and _STATE_OPERATION_AFTER.match(text, e.end) \
                and _ONE_DETERMINER_BEFORE.search(text, max(start, e.start - 5), e.start):
            return e
    return None


def _page_lead(t: _Typed) -> Entity | None:
    """An infobox line of an article about an operation (its dates, its commanders' tenures): the nation that the
    article's lead says leads the operation or owns it (E6: "a United States–led ... coalition military force"
    (r4_004), "organised and led by Australia" (r4_005), "a French-led military operation" (r4_007), "a French
    military intervention" (r4_013), "an Australian-led military deployment" (r4_020), "led by Germany and the
    Netherlands" (r4_046)); else nobody (an organisation's force: "a short-term European Union-led UN-authorised
    military mission", r4_008)."""
    if t.trigger.rule != "infobox":
        return None
    text = t.doc.text
    line_start = text.rfind("\n", 0, t.trigger.start) + 1
    for e in t.doc.entities_in(line_start, t.trigger.start):
        if e.iso3 and text[e.start - 1:e.start] == "(" and text[e.end:e.end + 1] == ")":
            return e  # an office holder's line gives the holder's country: "Mohamed Sahnoun (Algeria) April 1992 -"
    lead = page_lead(t.doc.text)
    found = _leading_nation(t.doc, *lead, one_state=True) if lead is not None else None
    return found or NOBODY


# Between a sending verb and the troops it sends: "sent 150 Rwandan troops", "deployed a battalion from Ethiopia",
# "were replaced by soldiers from Croatia".
_SENT_LEAD = re.compile(r"(?i)\s+(?:(?:by|in|a|an|the|some|about|around|nearly|over|more\s+than|\d[\d,]*|\w+-strong)\s+)*")
_SENT_FROM = re.compile(
    r"(?i)\s+(?:(?:by|a|an|the|some|about|around|nearly|over|more\s+than|\d[\d,]*|\w+-strong|new|fresh)\s+)*"
    r"(?:troops|soldiers|peacekeepers|police|officers|personnel|engineers|observers|contingents?|battalions?"
    r"|units?|companies|company|forces|medics)\s+from\s+(?:the\s+)?"
)


def _sent_troops(t: _Typed) -> Entity | None:
    """A deployment whose subject is no state (an organisation, a mission, nobody, or a state from an earlier
    sentence) and whose verb names the troops' nation right after it ("In August 2004, the African Union sent 150
    Rwandan troops in", "UNAMID deployed a battalion from Ethiopia", "they were replaced by soldiers from Croatia"):
    the troops' nation sends them (r11_005, r10_051, r10_089)."""
    s = t.subject
    if t.event_type != "deployment" or (s is not None and s.iso3 and t.rule != "previous_sentence"):
        return None
    doc, end = t.doc, t.trigger.end
    limit = min(doc.sentences[t.index].end, end + 60)
    found = [e for e in doc.entities_in(end, limit) if e.iso3][:1]
    if not found:
        return None
    e = found[0]
    if _SENT_FROM.fullmatch(doc.text, end, e.start):
        return e
    return e if _SENT_LEAD.fullmatch(doc.text, end, e.start) and _PEOPLE_NOUN.match(doc.text, e.end) else None


# "since its establishment in 1978", "Since its establishment in 1960,": the founding of what "its" stands for.
_ITS_BEFORE = re.compile(r"(?i)\bits\s+$")
_FOUNDING = re.compile(r"(?i)establishment|creation|inception|founding|formation")


def _its_founding(t: _Typed) -> Entity | None:
    """ "Ireland ... has participated in the UNIFIL mission since its establishment in 1978" (r10_040, r11_043),
    "Since its establishment in 1960, the binational Fulbright Commission has supported" (r2_010): "its" founding
    is the act of what was founded, not of the clause's subject: a mission's mandate is the Security Council's
    (UN), any other founding has no state actor."""
    text, start = t.doc.text, t.trigger.start
    if not _FOUNDING.fullmatch(text, start, t.trigger.end) or not _ITS_BEFORE.search(text, max(0, start - 6), start):
        return None
    return THE_UN if t.event_type == "mandate" else NOBODY


_PHRASE_KINDS = ("adjective", "demonym")
_PARTIES_NOUN = re.compile(r"(?i)agreement|accord|treaty|cease-?fire|election|referend")


def _noun_phrase(t: _Typed) -> Entity | None:
    """A happening that a date names as the adjective of its noun ("the 1974 Greek Cypriot coup d'état", r10_087;
    "the 2006 Lebanon War", r4_001; "mediating the 1956 Suez Canal Crisis", r9_097): the country whose adjective
    stands in the phrase, else nobody (not the subject of the clause that mentions it)."""
    if t.trigger.rule != "noun" or t.event_type not in ("other", "intervention"):
        return None
    doc = t.doc
    if _PARTIES_NOUN.search(doc.text, t.trigger.start, t.trigger.end):
        return None  # agreements, elections and referendums have their own rules (agreement_parties, held_in)
    found = [c for c in _slice(doc.countries, doc.country_starts, t.trigger.start, t.trigger.end)
             if c.iso3 and c.kind in _PHRASE_KINDS]
    return Entity(found[-1].start, found[-1].end, iso3=found[-1].iso3) if found else NOBODY


_GOVERNMENT = re.compile(r"(?i)government|cabinet|federal\s+council")


def _government_decision(t: _Typed) -> Entity | None:
    """A government's decision to send, the trigger opening with the government ("the Government approved the
    continued participation of the Defence Forces in UNIFIL", r14_040): that government's state, named right before
    it ("the Irish Government"), else the state that published the document (not the clause's subject, "The UNIFIL
    mission ... and on 22 May 2018 the Government")."""
    if t.event_type != "pledge" or not _GOVERNMENT.match(t.doc.text, t.trigger.start):
        return None
    named = [e for e in t.doc.entities_in(max(0, t.trigger.start - 25), t.trigger.start) if e.iso3]
    if named:
        return named[-1]
    iso3 = t.doc.publisher_iso3
    return Entity(-1, -1, iso3=iso3) if iso3 is not None else None


def _mission_for_itself(t: _Typed) -> Entity | None:
    """A mission as subject acts for itself: no country, no organisation (the mission column names it)."""
    return NOBODY if t.subject is not None and t.subject.mission else None


def _un_force(t: _Typed) -> Entity | None:
    """ "a UN force took over", "the United Nations took control of the military component": the UN's name for a
    force, or a handover (a mission taking over acts for itself), is no act of the Council or the Secretariat."""
    s = t.subject
    if s is None or s.organisation != "UN" or t.event_type == "mandate":
        return None
    return NOBODY if t.event_type == "handover" or names_a_force(t.doc, s) else None


# The rules that find the actor next to the trigger noun itself.
_AT_THE_NOUN = frozenset({"adjective_before", "noun_of", "agent"})


def _attack_noun(t: _Typed) -> Entity | None:
    """An attack named by a noun ("Following the attack on the Parachute Regiment last week, they moved",
    "Rwanda's holocaust of 1994 began", "the Bogoro attack of February 2003"): the subject of the clause is not the
    attacker; the agent after "by", else unknown."""
    if t.event_type != "attack" or t.rule in _AT_THE_NOUN:
        return None
    doc, start = t.doc, t.trigger.start
    if not _NOUN_BEFORE.search(doc.text, max(0, start - 40), start):
        return None
    sentence = doc.sentences[t.index]
    by = _BY.match(doc.text, t.trigger.end + 1) or _BY.search(doc.text, t.trigger.end, min(sentence.end,
                                                                                            t.trigger.end + 30))
    found = doc.entities_in(by.end(), min(sentence.end, by.end() + 40)) if by is not None else []
    return found[0] if found else NOBODY


# An agreement or a meeting "between" its parties ("the Erdut Agreement between the Croatian Government and the
# representatives of the local Serb community"), or signed by a state "and" other states.
_AGREEMENT = re.compile(r"(?i)\b(?:agreements?|accords?|treat(?:y|ies)|cease-?fire|meetings?|talks|protocol)\b")
_BETWEEN = re.compile(r"(?i)\bbetween\s+")
_GOVERNMENT_AFTER = re.compile(r"(?i)\s+(?:government|authorities)\b")
_AND_STATES = re.compile(r"(?i)\s+and\s+(?:(?:the|\w+)\s+){0,3}?(?:states|countries|governments|nations)\b")


def _agreement_parties(t: _Typed) -> Entity | None:
    """An agreement (E6): between one state's government and parties that are not states, that state ("the
    November 1995 Erdut Agreement between the Croatian Government and the representatives of the local Serb
    community" -> HRV); between states, or one state "and five regional states", nobody."""
    doc, sentence = t.doc, t.doc.sentences[t.index]
    if t.event_type != "other" or not _AGREEMENT.search(doc.text, sentence.start, sentence.end):
        return None
    if t.subject is not None and t.subject.iso3 and _AND_STATES.match(doc.text, t.subject.end):
        return NOBODY
    between = _BETWEEN.search(doc.text, sentence.start, sentence.end)
    if between is None:
        return None
    parties_end = min(sentence.end, between.end() + 100)
    states = [e for e in doc.entities_in(between.end(), parties_end) if e.iso3]
    governments = [e for e in states if _GOVERNMENT_AFTER.match(doc.text, e.end)]
    if len(governments) == 1:
        return governments[0]  # (the "local Serb community" is no state)
    if not states and _THE_GOVERNMENT.search(doc.text, between.end(), parties_end):
        # "an agreement signed between rebel groups and the government" (r1_023), "the 1992 peace agreement between
        # the government and FMLN" (r2_038): the government of the country the document is about.
        main = doc.main_country()
        return Entity(-1, -1, iso3=main) if main is not None else None
    return NOBODY if len(states) > 1 else None


_THE_GOVERNMENT = re.compile(r"(?i)\bthe\s+government\b")
# Elections or a referendum as the happening itself: the noun, then a verb of happening or the end of the entry
# ("elections were held in 1994", "elections followed in 2004", "20 August 2009: Afghan Presidential and Provincial
# Council elections"); not elections that something else is for ("registration process for the 2009 Afghanistan
# Presidential elections.").
_ELECTIONS = re.compile(r"(?i)\b(?:elections|referendum|polls)(?=\s+(?:were|was|took|followed|had|held)\b|\s*(?:\n|$))")
_FOR_OR_OF_THE = re.compile(r"(?i)\b(?:for|of|before|after|since|until|following)\s+the\b")


def _held_in(t: _Typed) -> Entity | None:
    """Elections and referendums take the country where they are held (guide E6): the country named in their noun
    phrase ("Afghan Presidential ... elections", r3_049), else the country the document is about ("presidential,
    vice-presidential and legislative elections were held in 1994" on El Salvador, r2_038; "Nationwide presidential
    and parliamentary elections followed in 2004" on Afghanistan, r3_042)."""
    if t.event_type != "other" or (t.subject is not None and t.subject.iso3):
        return None
    doc, sentence = t.doc, t.doc.sentences[t.index]
    found = list(_ELECTIONS.finditer(doc.text, doc.body_start(t.index), sentence.end))
    m = min(found, key=lambda f: abs(f.start() - t.trigger.start)) if found else None  # the trigger's own
    if m is None or _FOR_OR_OF_THE.search(doc.text, max(sentence.start, m.start() - 60), m.start()):
        return None
    phrase = [e for e in doc.entities_in(max(sentence.start, m.start() - 60), m.start()) if e.iso3]
    if phrase:
        return phrase[-1]
    main = doc.main_country()
    return Entity(-1, -1, iso3=main) if main is not None else None


def _in_its_sentence(t: _Typed) -> Entity | None:
    """A handover whose actor would come from an earlier sentence ("The official transfer of authority from AMIB
    to ONUB took place on 1 June 2004.", after a sentence about South Africa's troops): a handover is between
    missions or forces, which act for themselves (E6); a country acts only when its own sentence names it. Nor is
    the UN of an earlier sentence the actor of a happening that is no mandate ("The conflict between Darfur rebels
    and the Sudanese government broke out in early 2003.", "On August 3, 1981, the Protocol to the Treaty of Peace
    was signed"): the Council or the Secretariat acts where the sentence says so."""
    if t.rule != "previous_sentence":
        return None
    un = t.subject is not None and t.subject.organisation == "UN" and t.event_type != "mandate"
    return NOBODY if t.event_type == "handover" or un else None


# Who sends, stays or leaves: the types whose actor a state's own text may leave unsaid ("We deployed 45 yesterday").
_OWN_ACTS = frozenset({"deployment", "withdrawal", "pledge"})


def _publisher_state(t: _Typed) -> Entity | None:
    """A deployment, withdrawal or pledge with no actor found ("We deployed 45 yesterday and a further 47 today.",
    "Eight were sent from September 1992", "the Government are prepared to offer up to 20 UK military observers")
    in a document that a state's own body published (a parliament, a ministry, an armed force): that state."""
    iso3 = t.doc.publisher_iso3
    if iso3 is None or t.subject is not None or t.event_type not in _OWN_ACTS or t.rule not in ("none", "bare_noun"):
        return None
    # Not a force's own act: "since December the deployment of the unified task force (UNITAF)" (r5_011).
    of = _OF_A_FORCE.match(t.doc.text, t.trigger.end)
    force = t.doc.entities_in(of.end(), of.end() + 60)[:1] if of is not None else []
    if force and force[0].mission and _NAME_GAP.fullmatch(t.doc.text, of.end(), force[0].start):
        return None
    return Entity(-1, -1, iso3=iso3)


def _unit_page(t: _Typed) -> Entity | None:
    """A deployment or withdrawal with no actor found on a national unit's page ("this contingent served from 1962
    to 1963", "The Garuda Contingent's fourth and fifth deployments were to Vietnam in 1973 and 1974", "In 1992,
    five Garuda Contingent members participated in ...", r8_110): the country its infobox names."""
    if t.subject is not None or t.event_type not in _OWN_ACTS or t.rule not in ("none", "bare_noun"):
        return None
    iso3 = t.doc.unit_country()
    return Entity(-1, -1, iso3=iso3) if iso3 is not None else None


_OF_A_FORCE = re.compile(r"(?i)\s+of\s+(?:the\s+)?")
_NAME_GAP = re.compile(r"(?:[A-Za-z-]+\s+){0,4}(?:\(\s*)?")  # "unified task force (" before "UNITAF"


# The lines of a country's list of missions: "MINURSO - September 1991 — to date", "Participation: Since MAY 1974".
_LIST_LINES = ("mission_line", "participation_line")


def _mission_list(t: _Typed) -> Entity | None:
    """A line of a list of the missions a country serves in ("MINURSO - September 1991 — to date", "ISAF - December
    2001 to date", "KFOR - August 1999 to date" on the Defence Forces' page, r5_044; "Participation: Since MAY 1974"
    under a mission's heading on the Austrian Armed Forces' page, r9_059): the country whose list it is,
    the state that published it, else the one country of the page's title ("Pakistan Army - UN Peacekeeping
    Missions" over "• UN Operation in Congo (ONUC) 1960–1964", r12_045); else nobody (not the subject of the line or
    paragraph before)."""
    if t.trigger.rule not in _LIST_LINES:
        return None
    iso3 = t.doc.publisher_iso3 or t.doc.title_country()
    return Entity(-1, -1, iso3=iso3) if iso3 is not None else NOBODY


def _entry_alone(t: _Typed) -> Entity | None:
    """A chronology entry stands alone ("20 January 2009: Start of the Phase IV of the voter registration process in
    Uruzgan ...", after "20 August 2009: Afghan Presidential ... elections", r3_049): it takes no actor from the
    entry before."""
    return NOBODY if t.trigger.rule == "chronology" and t.rule == "previous_sentence" else None


def _cited_resolution(t: _Typed) -> Entity | None:
    """A dated resolution that the text only cites ("reaffirming its resolution 1308 (2000) of 17 July 2000",
    "implement immediately its resolution 338 (1973) of 22 October 1973", r1_041) is still the Council's act: other,
    actor UN (guide E1)."""
    return THE_UN if t.trigger.rule == "resolution" and t.event_type != "mandate" else None


# "request made by the United Nations Secretary-General", "A request was received from the United Nations".
_BY_OR_FROM = re.compile(r"(?i)\s+(?:\w+\s+){0,2}?(?:by|from)\s+(?:the\s+)?")


# The UN's own speakers: a dated statement of theirs (bind.official_statement) is the UN's act (r5_012 r5_001 r5_016).
_UN_SPEAKER = re.compile(r"\b(?:Secretary[- ]General|Security\s+Council)\b[^,;:()]{0,70}$")


def _un_speaker(t: _Typed) -> Entity | None:
    if t.trigger.rule != "official_statement":
        return None
    sentence = t.doc.sentences[t.index]
    before = t.doc.text[max(sentence.start, t.trigger.start - 100):t.trigger.start]
    return THE_UN if _UN_SPEAKER.search(before) is not None else None


def _un_request(t: _Typed) -> Entity | None:
    """A request to send that the UN made is the UN's act (its Secretariat; guide E6): "In response to an urgent
    request made by the United Nations Secretary-General to UNFICYP troop contributors on 22nd July" (r3_033), "In
    2011, UN Secretary-General Ban Ki-moon asked the government of the Republic of Korea to deploy" (r4_031), "A
    request was received from the United Nations on 2 January 1996" (r5_018)."""
    if t.trigger.rule != "request":
        return None
    doc, sentence = t.doc, t.doc.sentences[t.index]
    asked = None
    for asked in _REQUEST.finditer(doc.text, sentence.start, t.trigger.start):
        pass
    if asked is None:
        return None
    by = _BY_OR_FROM.match(doc.text, asked.end())
    if by is not None:
        found = doc.entities_in(by.end(), min(sentence.end, by.end() + 30))
        requester = found[0] if found and found[0].start == by.end() else None
    else:
        requester = doc.first_subject(doc.body_start(t.index), asked.start(), before_verb=True)
    return THE_UN if requester is not None and requester.organisation == "UN" else None


# An appointee's country: an adjective before a rank or a post ("the last Austrian Force Commander", r10_089;
# "transferring command to Norwegian Major General Lars Johan Sølvberg", r4_048), a country after a person's name
# and "of" ("Brigadier General Chris Arap Kuto of Kenya", r10_009) or in brackets after it ("Mohamed Sahnoun
# (Algeria)", r6_019).
_RANK_AFTER = re.compile(r"\s+(?:Deputy\s+|Acting\s+|Interim\s+)?(?:Force\s+Commander|Commander|Major[\s-]General"
                         r"|Lieutenant[\s-]General|Brigadier|General|Colonel|Head\s+of\s+Mission)\b")
_NAME_OF_BEFORE = re.compile(r"[A-Z][\w.’'-]+\s+of\s+$")
_NAME_BRACKET_BEFORE = re.compile(r"[A-Z][\w.’'-]+\s+\($")
# The post of a UN mission or of the Secretariat: "head of UNMIL", "Force Commander of UNFICYP", "the
# Secretary-General's Special Representative".
_UN_POST = re.compile(r"\b(?:Secretary[\s-]General|United\s+Nations|U\.?N\.?)\b")


def _appointee_country(t: _Typed) -> Entity | None:
    """An appointment with no country or organisation as actor: the appointee's country when the sentence names it
    by the person or the post, else the UN for a post of a UN mission or of the Secretariat (r1_005 'Ms. Løj, who
    took up her post as the Secretary-General's Special Representative and head of UNMIL', r10_087 'the current
    Force Commander of UNFICYP, appointed in 2024', r1_035 'appointed Chief Co-ordinator of the United Nations
    Peace-keeping Missions in the Middle East'; the guide's E6)."""
    s = t.subject
    if t.event_type != "appointment" or (s is not None and (s.iso3 or s.organisation)):
        return None
    doc, sentence = t.doc, t.doc.sentences[t.index]
    text = doc.text
    for e in doc.entities_in(sentence.start, sentence.end):
        if e.iso3 and (_RANK_AFTER.match(text, e.end) or _NAME_OF_BEFORE.search(text, max(0, e.start - 40), e.start)
                       or (_NAME_BRACKET_BEFORE.search(text, max(0, e.start - 40), e.start)
                           and text.startswith(")", e.end))):
            return e
    un_missions = [m for m in doc.missions if sentence.start <= m.start < sentence.end
                   and doc.mission_organisation.get(m.acronym) == "UN"]
    if un_missions or _UN_POST.search(text, sentence.start, sentence.end):
        return THE_UN
    return None


# The requester: "by|from [the government of] X" after the request, or "X's request".
_REQUESTER_AFTER = re.compile(r"(?i)[^.;]{0,50}?\b(?:by|from)\s+(?:the\s+)?(?:(?:government|authorities)\s+of\s+(?:the\s+)?)?")
_POSSESSIVE_AFTER = re.compile(r"['’]s\s+(?:\w+\s+)?$")


def _requester(t: _Typed) -> Entity | None:
    """A request for assistance (trigger request_noun): the requester, named after 'by' or 'from' ('the request for
    assistance by France', r10_090; 'a request for assistance from the government of East Timor', r6_010; 'A
    request dated 5 February 1996 was received from the United Nations', r5_018) or as its possessor ('France's
    request for assistance', r9_055); else the subject that makes it ('The United Nations makes a formal
    request', r7_006), else nobody (not the country that received it)."""
    if t.trigger.rule != "request_noun":
        return None
    doc, sentence = t.doc, t.doc.sentences[t.index]
    text = doc.text
    before = [e for e in doc.entities_in(sentence.start, t.trigger.start)
              if _POSSESSIVE_AFTER.match(text[e.end:t.trigger.start])]
    if before:
        return before[-1]
    m = _REQUESTER_AFTER.match(text, t.trigger.end, sentence.end)
    if m is not None:
        found = [e for e in doc.entities_in(m.end(), min(sentence.end, m.end() + 30)) if e.start == m.end()]
        if found:
            return THE_UN if found[0].organisation == "UN" else found[0]
    if text[t.trigger.start:t.trigger.end].lower().startswith("ma") and t.subject is not None:
        return t.subject
    return NOBODY


# The actor once the row's type is known, in order: the first rule that answers wins (NOBODY: no actor).
TYPED_ACTOR_RULES = check_table((
    Rule("page_lead", "an infobox line: the nation the article's lead says leads or owns the operation, else nobody",
         "= Operation Sangaris =\n\nInfobox\n- Date: 5 December 2013 – 30 October 2016 ()\n- Place: Central African "
         "Republic\n\nOperation Sangaris was a French military intervention in the Central African Republic, from "
         "late 2013 till 2016.\n", _page_lead),
    Rule("entry_alone", "a chronology entry takes no actor from the entry before",
         "• 20 August 2009: Afghan Presidential elections\n• 20 January 2009: Start of the Phase IV of the voter "
         "registration process.\n", _entry_alone),
    Rule("cited_resolution", "a dated resolution only cited (other): the Council's act, actor UN",
         "Calls upon the parties concerned to implement immediately its resolution 338 (1973) of 22 October 1973;",
         _cited_resolution),
    Rule("requester", "a request for assistance: the requester ('by France', 'from the government of East Timor', "
         "'France's request'), else nobody", "On 24 May this year, we received a request for assistance from the "
         "government of East Timor.", _requester),
    Rule("un_request", "a request to send made by the UN (its Secretary-General): the UN",
         "A request was received from the United Nations on 2 January 1996 for two ammunition technical officers for "
         "deployment to Croatia.", _un_request),
    Rule("un_speaker", "a dated statement of the Secretary-General or the Security Council: the UN",
         "The Secretary-General reported to the Security Council on 6 January.", _un_speaker),
    Rule("mission_list", "a line of a list of a country's missions: the state that published it, else nobody",
         "Current missions\n\nMINURSO - September 1991 — to date \n\nMONUC - June 2001 to date\n", _mission_list),
    Rule("mandate_agent", "a mandate given 'by' a named organisation: that organisation",
         "The UNDOF mission was established by the United Nations on 31 May 1974 under United Nations Security "
         "Council Resolution 350 (1974).", _mandate_agent),
    Rule("mandate_council", "a mandate with no country or organisation as subject: the Security Council (UN)",
         "UNTAC was established in February 1992.", _mandate_council),
    Rule("appointee", "an appointment with no actor: the appointee's country ('Austrian Force Commander', 'Kuto of "
         "Kenya'), else the UN for a post of a UN mission or the Secretariat",
         "Brigadier General Chris Arap Kuto of Kenya arrived at the Force HQ in February 2001 as the first Deputy "
         "Force Commander.", _appointee_country),
    Rule("noun_phrase", "a happening dated as its noun's adjective ('the 1974 Greek Cypriot coup'): the country "
         "whose adjective is in the phrase, else nobody (not the clause's subject)",
         "Canada's successful role in mediating the 1956 Suez Canal Crisis gave it credibility.", _noun_phrase),
    Rule("attack_noun", "an attack named by a noun: the agent after 'by', else unknown (not the clause's subject)",
         "Following the attack on the Parachute Regiment last week, they moved light guns ashore.", _attack_noun),
    Rule("led_by", "a deployment or an intervention of a force one nation leads ('United States–led', 'led by "
         "Italy'), with no country as subject: the leading nation",
         "The Unified Task Force (UNITAF) was a United States–led, United Nations–sanctioned coalition military force "
         "deployed to Somalia from 5 December 1992 to 4 May 1993.", _led_by),
    Rule("its_founding", "'since its establishment in 1978': the founding of what 'its' stands for, not the clause "
         "subject's act: a mandate is the Council's (UN), any other founding has no state actor",
         "Ireland has participated in the United Nations Interim Force in Lebanon (UNIFIL) mission since its "
         "establishment in 1978.", _its_founding),
    Rule("sent_troops", "a deployment with no state as subject whose verb names the troops' nation after it "
         "('sent 150 Rwandan troops', 'deployed a battalion from Ethiopia'): that nation",
         "In August 2004, the African Union sent 150 Rwandan troops in to protect the ceasefire monitors.",
         _sent_troops),
    Rule("government_decision", "a government's, a cabinet's or a federal council's decision to send: its state "
         "(named right before it, else the publishing state)", "The UNIFIL mission in Lebanon continues to represent "
         "Ireland's largest overseas deployment with 353 personnel and on 22 May 2018 the Government approved the "
         "continued participation of the Defence Forces in UNIFIL for a further 12 month period.",
         _government_decision),
    Rule("mission_for_itself", "a mission as subject acts for itself: no country, no organisation",
         "During 2001, UNAMSIL deployed troops throughout the country.", _mission_for_itself),
    Rule("agreement_parties", "an agreement between one state's government and non-state parties: that state; "
         "between states: nobody", "The transitional administration was envisaged and invited in the November 1995 "
         "Erdut Agreement between the Croatian Government and the representatives of the local Serb community in "
         "the region.", _agreement_parties),
    Rule("held_in", "elections or a referendum: the country named in their phrase, else the document's country",
         "Afghanistan rebuilt its army. Afghanistan rebuilt its police. Afghanistan rebuilt its courts. Nationwide "
         "presidential and parliamentary elections followed in 2004; and a 5,000 strong International Security "
         "Assistance Force (ISAF) was deployed to Kabul.", _held_in),
    Rule("in_its_sentence", "a handover, or a happening other than a mandate with the UN as actor, takes no actor "
         "from an earlier sentence", "South Africa sent 1,600 troops. The official transfer of authority from AMIB "
         "to ONUB took place on 1 June 2004.", _in_its_sentence),
    Rule("unit_page", "a deployment, withdrawal or pledge with no actor on a national unit's page: the country its "
         "infobox names", "Garuda Contingent\n\nFrom Wikipedia, the free encyclopedia\nGaruda Contingent (Kontingen "
         "Garuda)\n\nActive 1957 – present\nCountry  Indonesia\nRole Peacekeeping\n\nThe Garuda Contingent's fourth "
         "and fifth deployments were to Vietnam in 1973 and 1974, towards the end of the Vietnam War.\n", _unit_page),
    Rule("publisher_state", "a deployment, withdrawal or pledge with no actor in a state's own document: that "
         "state", "We deployed 45 yesterday and a further 47 today.", _publisher_state),
    Rule("un_force", "'a UN force', 'UN troops', or the UN taking over: a force, not the Council or Secretariat",
         "On 15 March 2009, a UN force took over under the MINURCAT mandate.", _un_force),
))


def typed_actor(doc: DocIndex, index: int, trigger: Trigger, event_type: str, subject: Entity | None,
                rule: str) -> tuple[Entity | None, str | None]:
    """The row's actor once its type is known (``TYPED_ACTOR_RULES``; ``rule``: the rule that found ``subject``)
    and the rule that changed it; the subject and None when no rule answers."""
    t = _Typed(doc, index, trigger, event_type, subject, rule)
    for rule in TYPED_ACTOR_RULES:
        found = rule.fn(t)
        if found is not None:
            note("actor", rule.name, pos=trigger.start)
            return (None if found is NOBODY else found), rule.name
    return subject, None
