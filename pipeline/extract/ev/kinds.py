"""The event type: the trigger's type (``data/event_triggers.csv``), rewritten by the ordered tables of
named type rules below, each of which answers ``(event type, rule name)`` or nothing. ``TYPE_RULES`` run before
the actor is known, ``ACTOR_TYPE_RULES`` after (a movement is a deployment or a withdrawal depending on whose
country it leaves; a country taking command from another hands over). The rule name that ends in the row's
``extractor`` is the last one given.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.ev.checks import _movement
from pipeline.extract.ev.common import Entity, Trigger, _slice
from pipeline.extract.ev.rules import Rule, check_table, note

if TYPE_CHECKING:
    from pipeline.extract.ev.context import SentenceContext

Kind = tuple[str, str]  # (event type, rule name)

_EVACUATION = re.compile(r"(?i)\bevacuat")
_JOIN = re.compile(r"(?i)join")
# Between a country subject and "take over command": no person's name ("Italy is due to", "France will").
_COUNTRY_TAKES_COMMAND = re.compile(r"(?:\s+(?:is|was|will|would|has|had|due|to|set|expected|also|formally|officially"
                                    r"|then|later|is\s+due\s+to))*\s+")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")
# Air power as the attacker: "NATO aircraft attacked", "French jets struck" (an intervention, not an attack on a
# mission).
_AIR_POWER_BEFORE = re.compile(r"\b(?:NATO|[Aa]ircraft|[Jj]ets|[Ww]arplanes|[Bb]ombers|[Aa]ir\s+[Ff]orce)\b")
# Violence that erupts (an attack); not hostilities, battles, clashes or riots, nor fighting between armed groups,
# which the guide calls other (E3; real dev r4_013 'fighting broke out between Séléka elements and ... militias',
# r7_003 'hostilities broke out again in the Middle East').
_VIOLENCE_BEFORE = re.compile(r"(?i)\b(?:fighting|violence|unrest)\b")
_BETWEEN_AFTER = re.compile(r"\s+(?:\w+\s+)?between\b")
_WAR = re.compile(r"(?i)\bwars?\b")
_ESTABLISHING = re.compile(r"(?i)establish|creat|set\s+up|form")
# Words of a peace operation or of the bodies that mandate one: with none in the sentence, what is established is
# no mission ("the binational Fulbright Commission", "the Hanbit Unit being created").
_MISSION_WORDS = re.compile(r"(?i)\b(?:missions?|forces?|operations?|peacekeep\w*|observers|council|resolution"
                            r"|united\s+nations|U\.?N\.?)\b")


def _evacuation(sc: SentenceContext, t: Trigger, clause: tuple[int, int], subject: Entity | None,
                kind: Kind) -> Kind | None:
    if kind[0] == "deployment" and _EVACUATION.search(sc.text, *clause):
        return "other", "evacuation"
    return None


def _evacuated(sc: SentenceContext, t: Trigger, clause: tuple[int, int], subject: Entity | None,
               kind: Kind) -> Kind | None:
    if kind == ("other", "other") and _EVACUATION.search(sc.text, t.start, t.end):
        return "other", "evacuation"
    return None


# A battle that took place or ended is an attack (guide E3): "The Battle of El Adde took place on 15 January 2016"
# (r4_027), "The battle ended on 12 April when the Dutch contingent employed TOW missiles" (r4_026).
_BATTLE = re.compile(r"\b[Bb]attles?\b")


def _battle(sc: SentenceContext, t: Trigger, clause: tuple[int, int], subject: Entity | None,
            kind: Kind) -> Kind | None:
    if t.rule in ("light", "past_verb") and _BATTLE.search(sc.text, clause[0], t.start):
        return "attack", "battle"
    return None


def _joined_mission(sc: SentenceContext, t: Trigger, clause: tuple[int, int], subject: Entity | None,
                    kind: Kind) -> Kind | None:
    doc = sc.dc.doc
    if kind[1] == "other" and _JOIN.match(sc.text, t.start) and _slice(
            doc.missions, doc.mission_starts, t.end, min(clause[1], t.end + 80)):
        return "deployment", "join_mission"
    return None


def _unmandated(sc: SentenceContext, t: Trigger, clause: tuple[int, int], subject: Entity | None,
                kind: Kind) -> Kind | None:
    """ "The SLMM was established on 22 February 2002", "a Protocol that established the MFO": a mission that no
    organisation mandates (the catalogue's organisation "other") is established by its parties: other; so is
    what is no mission at all ("Since its establishment in 1960, the binational Fulbright Commission")."""
    if kind != ("mandate", "mandate") or not _ESTABLISHING.match(sc.text, t.start):
        return None
    doc, sentence = sc.dc.doc, sc.sentence
    named = _slice(doc.missions, doc.mission_starts, sentence.start, sentence.end)
    if named:
        organisations = {doc.mission_organisation.get(m.acronym) for m in named}
        return ("other", "unmandated") if organisations == {"other"} else None
    if _MISSION_WORDS.search(sc.text, sentence.start, sentence.end) is None:
        return "other", "unmandated"
    return None


# A national decision to send ("the Government approved the deployment", "Dáil Éireann formally approved the
# despatch of a contingent" (r10_085), "the Japanese Cabinet approved the decision", "at the Cabinet meeting on 5
# February 2010 to dispatch", "Deployment was approved on 8 January").
# ("the Federal Council approved a related dispatch to Parliament", r8_076)
_NATIONAL_DECISION = re.compile(
    r"(?i)\b(?:(?:government|cabinet|council\s+of\s+ministers|federal\s+council|D[áa]il)\b[^.;]{0,20}?\bapprov\w*"
    r"|cabinet\s+meeting|deployment\s+was\s+approved|passed\s+an\s+agreement\s+to)\b"
)
_SENDING = re.compile(r"(?i)\b(?:deploy\w*|dispatch\w*|despatch\w*|send\w*|contingent|personnel|troops"
                      r"|peace\s+cooperation)\b")
_COUNCIL = re.compile(r"(?i)\b(?:security\s+council|resolution|general\s+assembly)\b")
# The Security Council deciding on a deployment: "adopted a resolution calling for the troops to be deployed",
# "agreed in principle to the deployment of troops".
_COUNCIL_DECIDES = re.compile(r"(?i)\bsecurity\s+council\b[^.;]{0,40}?\b(?:adopted|agreed|decided|voted"
                              r"|authori[sz]ed|approved)\b")


# A resolution only cited: "reaffirming its resolution 1308 (2000) of 17 July 2000", "to implement immediately its
# resolution 338 (1973) of 22 October 1973" (guide E1: other, unless it mandates a mission). A resolution
# "recalled" stays a mandate: the Council recalls the resolutions that mandate the mission it renews.
_CITED_RESOLUTION = re.compile(r"(?i)\b(?:reaffirm|implement|compl(?:y|ies|ied|iance)\s+with)\w*\s+(?:\w+ly\s+)?"
                               r"(?:its\s+|the\s+)?$")


def _cited_resolution(sc: SentenceContext, t: Trigger, clause: tuple[int, int], subject: Entity | None,
                      kind: Kind) -> Kind | None:
    if kind == ("mandate", "resolution") and _CITED_RESOLUTION.search(sc.text, max(sc.sentence.start, t.start - 40),
                                                                       t.start):
        return "other", "cited_resolution"
    return None


def _national_decision(sc: SentenceContext, t: Trigger, clause: tuple[int, int], subject: Entity | None,
                       kind: Kind) -> Kind | None:
    """A government's or cabinet's approval of a sending is its pledge, as a minister's motion is (guide E7)."""
    text, sentence = sc.text, sc.sentence
    if kind[0] not in ("mandate", "deployment") or _COUNCIL.search(text, sentence.start, sentence.end):
        return None
    decision = _NATIONAL_DECISION.search(text, sentence.start, sentence.end)
    if decision is None or _SENDING.search(text, decision.start(), sentence.end) is None:
        return None
    low, high = sorted((t.start, decision.start()))
    if any(low < d.start < high for d in sc.dates):
        return None  # "passed an agreement to dispatch a unit on 27 September 2012, resulting in the unit being
        # created in January 2013": a happening of its own
    return "pledge", "national_decision"


def _council_decides(sc: SentenceContext, t: Trigger, clause: tuple[int, int], subject: Entity | None,
                     kind: Kind) -> Kind | None:
    """The Security Council deciding on a deployment mandates it."""
    if kind[0] != "deployment":
        return None
    decides = _COUNCIL_DECIDES.search(sc.text, sc.sentence.start, t.start)
    return ("mandate", "council_decides") if decides is not None else None


# A national force's people who have done something since a date have served since then (a deployment, not the
# verb's happening): "Since December 2013 Operation ASLAN personnel have endured a high tempo" (r8_007), as with
# "Irish troops have participated continuously in peace support operations since 1958" (r2_015).
_FORCE_PEOPLE = re.compile(r"(?i)\b(?:personnel|troops|soldiers|peacekeepers|contingents?|army|forces|battalions?"
                           r"|units?|servicemen|service\s+members)\s+(?:have|has|had)\s+(?:been\s+|\w+ly\s+)?$")


def _force_since(sc: SentenceContext, t: Trigger, clause: tuple[int, int], subject: Entity | None,
                 kind: Kind) -> Kind | None:
    if kind[1] != "past_verb" or _FORCE_PEOPLE.search(sc.text, max(clause[0], t.start - 60), t.start) is None:
        return None
    if any(d.kind == "since" and sc.sentence.start <= d.start < clause[1] for d in sc.dates):
        return "deployment", "force_since"
    return None


# A national unit relieving another: a rotation, a deployment (guide E3: handovers are between missions or forces).
# A unit is the party that acts (the subject before the trigger, or the agent after "by") and no mission is a party:
# "the twenty-fifth transport unit took over from the twenty-fourth" (r2_040), "a Minnesota National Guard infantry
# battalion handed over responsibility ... to an incoming Massachusetts National Guard infantry battalion" (r7_013),
# "Slovakian troops ... took over responsibility of the 3rd Coy", "they were replaced by soldiers from Croatia"
# (r10_089); not "UK Armed Forces ... handing it over to Vietnamese troops" (r5_049: a field hospital handed over
# between contingents), nor a re-hatting or a transfer of authority.
_UNIT = r"(?:battalions?|brigades?|units?|troops|soldiers|contingents?|compan(?:y|ies)|teams?|platoons?|detachments?" \
        r"|batch)"
_UNIT_BEFORE = re.compile(rf"(?i)\b{_UNIT}\b")
_HAS_WORD_BEFORE = re.compile(r"[A-Za-z]{2,}")
# A facility handed over, or a handover to the host's army or authorities, is a handover still ("Burundian troops
# handed over the nearby Biyo Cadale forward operating base to the Somali National Army", devset dev06).
_FACILITY_OR_HOST_AFTER = re.compile(
    r"(?i)[^.;]{0,60}?\b(?:bases?|camps?|hospitals?|facilit(?:y|ies)|compounds?|airports?)\b"
    r"|[^.;]{0,80}?\bto\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:national\s+army|army|armed\s+forces|police"
    r"|authorities|government)\b")
_UNIT_AGENT_AFTER = re.compile(rf"(?i)[^.;]{{0,80}}?\bby\s+(?:[\w’'-]+\s+){{0,5}}?{_UNIT}\b")
_MISSION_PARTY_AFTER = re.compile(r"(?i)[^.;]{0,80}?\b(?:from|to|by)\s+(?:the\s+)?$")


def _unit_rotation(sc: SentenceContext, t: Trigger, clause: tuple[int, int], subject: Entity | None,
                   kind: Kind) -> Kind | None:
    text, doc = sc.text, sc.dc.doc
    word = text[t.start:t.end].lower()
    if kind[0] != "handover" or t.rule not in ("handover", "replace") or word.startswith(("re-", "reh", "transfer")) \
            or _FACILITY_OR_HOST_AFTER.match(text, t.end, clause[1]):
        return None
    # A clause that opens with its verb has its subject clauses before ("The new 12th Multinational Brigade ...,
    # commanded by General ..., assumed control of", r10_050).
    subject_start = clause[0] if _HAS_WORD_BEFORE.search(text, clause[0], t.start) else sc.sentence.start
    if _UNIT_BEFORE.search(text, subject_start, t.start) is None \
            and _UNIT_AGENT_AFTER.match(text, t.end, clause[1]) is None:
        return None
    if _slice(doc.missions, doc.mission_starts, subject_start, t.start) or any(
            _MISSION_PARTY_AFTER.search(text, t.end, m.start)
            for m in _slice(doc.missions, doc.mission_starts, t.end, min(clause[1], t.end + 100))):
        return None
    return "deployment", "unit_rotation"


# A person arriving or joining "as" a force's head takes up a post: "Brigadier General Chris Arap Kuto of Kenya
# arrived at the Force HQ in February 2001 as the first Deputy Force Commander" (r10_009); the guide's appointment,
# as "took up her post as the Secretary-General's Special Representative" (r1_005, trigger appointed).
_AS_ROLE_AFTER = re.compile(r"(?i)[^;]{0,80}?\bas\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:first\s+|new\s+)?(?:[\w’'-]+\s+){0,3}?"
                            r"(?:commander|head|chief|leader|director|representative|envoy|coordinator|commissioner)\b")


def _arrived_as_role(sc: SentenceContext, t: Trigger, clause: tuple[int, int], subject: Entity | None,
                     kind: Kind) -> Kind | None:
    if t.rule in ("arrive", "join_mission") and _AS_ROLE_AFTER.match(sc.text, t.end, sc.sentence.end):
        return "appointment", "as_role"
    return None


TYPE_RULES = check_table((
    Rule("evacuation", "a deployment whose clause speaks of an evacuation is other (no peace operation)",
         "In April 2023 France deployed troops to evacuate its citizens.", _evacuation),
    Rule("evacuated", "an evacuation named by the trigger itself", "Staff were evacuated on 5 May 2014.",
         _evacuated, ("evacuation",)),
    Rule("battle", "a battle that took place or ended (a light verb or a past verb after it) is an attack",
         "The Battle of El Adde took place on 15 January 2016.", _battle),
    Rule("join_mission", "'joined' with a mission after it is a deployment (else other: joined the UN)",
         "Ghana joined UNIFIL in 1978.", _joined_mission),
    Rule("unmandated", "establishing a mission that no organisation mandates (MFO, SLMM), or what is no mission, "
         "is other", "Since its establishment in 1960, the binational Fulbright Commission has supported thousands of "
         "study and research exchanges.", _unmandated),
    Rule("cited_resolution", "a dated resolution only reaffirmed or to be implemented is other (guide E1)",
         "1. Calls upon the parties concerned to implement immediately its resolution 338 (1973) of 22 October 1973;",
         _cited_resolution),
    Rule("force_since", "a national force's people who have done something since a date serve since then: a "
         "deployment", "Since December 2013 Operation ASLAN personnel have endured a high tempo in UNMISS.",
         _force_since),
    Rule("national_decision", "a government's or cabinet's approval of a sending is a pledge (guide E7)",
         "On 14 May 2013, the Government approved the deployment of a number of members of the Permanent Defence "
         "Force for service at the headquarters of UNDOF.", _national_decision),
    Rule("as_role", "arriving or joining as a force's head (commander, head, chief, representative...) is an "
         "appointment", "Brigadier General Chris Arap Kuto of Kenya arrived at the Force HQ in February 2001 as the "
         "first Deputy Force Commander.", _arrived_as_role),
    Rule("unit_rotation", "a national unit relieving another (a unit as subject or as agent after 'by', no mission "
         "as a party) is a rotation: a deployment", "In March 2008 the twenty-fifth transport unit took over from the "
         "twenty-fourth.", _unit_rotation),
    Rule("council_decides", "the Security Council deciding on a deployment is a mandate",
         "The Security Council on Monday adopted a resolution calling for the troops to be deployed in Abyei for at "
         "least six months.", _council_decides),
))


def _moved(sc: SentenceContext, t: Trigger, clause: tuple[int, int], subject: Entity | None,
           kind: Kind) -> Kind | None:
    if kind[1] in ("depart", "arrive"):
        return _movement(sc.dc.doc, t, clause, subject)
    return None


def _country_command(sc: SentenceContext, t: Trigger, clause: tuple[int, int], subject: Entity | None,
                     kind: Kind) -> Kind | None:
    """ "Italy is due to take over command of UNIFIL from France": a handover between contributors; "Brazil took
    command of MINUSTAH" (no predecessor) or a person who does ("General Ortiz took command") is an
    appointment."""
    text = sc.text
    if kind[1] == "command" and subject is not None and subject.iso3 and _COUNTRY_TAKES_COMMAND.fullmatch(
            text, subject.end, t.start) and any(
                e.iso3 and e.iso3 != subject.iso3 and _FROM_BEFORE.search(text, max(t.end, e.start - 8), e.start)
                for e in sc.dc.doc.entities_in(t.end, clause[1])):
        return "handover", "command"
    return None


def _violence(sc: SentenceContext, t: Trigger, clause: tuple[int, int], subject: Entity | None,
              kind: Kind) -> Kind | None:
    text, sentence = sc.text, sc.sentence
    if kind[1] == "outbreak" and _VIOLENCE_BEFORE.search(text, max(sentence.start, t.start - 40), t.start) \
            and not _WAR.search(text, sentence.start, sentence.end) and not _BETWEEN_AFTER.match(text, t.end):
        return "attack", kind[1]
    return None


def _air_power(sc: SentenceContext, t: Trigger, clause: tuple[int, int], subject: Entity | None,
               kind: Kind) -> Kind | None:
    if kind[0] == "attack" and _AIR_POWER_BEFORE.search(sc.text, clause[0], t.start):
        return "intervention", kind[1]
    return None


ACTOR_TYPE_RULES = check_table((
    Rule("movement", "leaving for a place deploys, leaving the host withdraws, landing at home returns, cargo "
         "arriving is other (checks.movement)", "Germany's peacekeepers left Mali on 12 December 2023.", _moved,
         ("depart", "arrive", "departure", "return", "cargo")),
    Rule("country_command", "a country taking over command from another is a handover",
         "Italy is due to take over command of UNIFIL from France in 2007.", _country_command, ("command",)),
    Rule("violence", "fighting or violence that erupts is an attack (not the outbreak of a war, not hostilities, "
         "battles, clashes or riots, not fighting between armed groups: guide E3)",
         "Fighting erupted in Juba in July 2016.", _violence, ("outbreak",)),
    Rule("air_power", "air power attacking intervenes", "NATO aircraft attacked an ammunition depot on 5 May 2011.",
         _air_power),
))


def resolve_type(table: tuple[Rule, ...], sc: SentenceContext, t: Trigger, clause: tuple[int, int],
                 subject: Entity | None, kind: Kind, chain: list[str]) -> Kind:
    """``kind`` rewritten by each rule of ``table`` that answers, in order (recorded in the trace and ``chain``)."""
    for rule in table:
        answer = rule.fn(sc, t, clause, subject, kind)
        if answer is not None:
            note("type", rule.name, answer[1], t.start)
            chain.append(f"type.{rule.name}")
            kind = answer
    return kind
