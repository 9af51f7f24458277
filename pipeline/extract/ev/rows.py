"""rows"""

from __future__ import annotations

import re
from datetime import date, timedelta

from pipeline.extract.dates import is_future_text
from pipeline.extract.ev.actors import _agent, _subject
from pipeline.extract.ev.bind import _bind, _noun_dated, _reported_completion, _reported_withdrawal, _resolution_dated
from pipeline.extract.ev.checks import _REPLACED_BY, _checked, _movement
from pipeline.extract.ev.clauses import _scan
from pipeline.extract.ev.common import _HAS_WORD, VERSION, Clauses, Trigger, _slice
from pipeline.extract.ev.entities import DocIndex, _focus_mission
from pipeline.extract.ev.mission import _location, _mission
from pipeline.extract.ev.triggers import _DEMAND_AFTER
from pipeline.extract.ev.vetoes import _DATE_PAIR_GAP, _DEADLINE_BEFORE, _EVENT_NOUN_AFTER, _is_not_event, _is_tally
from pipeline.extract.types import (
    CountryMention,
    DateMention,
    DocumentContext,
    Event,
    MissionMention,
    PartialDate,
    Sentence,
)

_EVACUATION = re.compile(r"(?i)\bevacuat")
_JOIN = re.compile(r"(?i)join")
_PASSIVE_ATTACK = re.compile(
    r"(?i)\b(?:was|were|been|being|are|is)\s+(?:\w+\s+)?(?:killed|attacked|ambushed|wounded|injured|targeted"
    r"|abducted|kidnapped|struck|hit|shelled|bombed|assaulted|seized|taken\s+hostage|held\s+hostage)\b"
    r"|\blost\s+their\s+lives\b"
)
# Between a country subject and "take over command": no person's name ("Italy is due to", "France will").
_COUNTRY_TAKES_COMMAND = re.compile(r"(?:\s+(?:is|was|will|would|has|had|due|to|set|expected|also|formally|officially"
                                    r"|then|later|is\s+due\s+to))*\s+")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")
# Air power as the attacker: "NATO aircraft attacked", "French jets struck" (an intervention, not an attack on a
# mission).
_AIR_POWER_BEFORE = re.compile(r"\b(?:NATO|[Aa]ircraft|[Jj]ets|[Ww]arplanes|[Bb]ombers|[Aa]ir\s+[Ff]orce)\b")
# Things that arrive without being a deployment.
_VIOLENCE_BEFORE = re.compile(r"(?i)\b(?:fighting|violence|clashes|hostilities|unrest|riots?|battles?)\b")
_WAR = re.compile(r"(?i)\bwars?\b")
_WHEN_OPENING = re.compile(r"(?i)when\b")
# ---------------------------------------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------------------------------------


def extract_events(text: str, sentences: list[Sentence], countries: list[CountryMention],
                   missions: list[MissionMention], dates: list[DateMention], ctx: DocumentContext) -> list[Event]:
    """Events of a document, in text order (see the module docstring for the rules)."""
    if not dates or not sentences:
        return []
    doc = DocIndex(text, sentences, countries, missions)
    focus = _focus_mission(missions)
    date_starts = [d.start for d in dates]
    mission_organisation = ctx.extra.get("mission_organisation", {}) if ctx.extra else {}
    publication_end = _period_end(ctx.published) if ctx.published is not None else None
    events: list[Event] = []
    for index, sentence in enumerate(sentences):
        sentence_dates = _slice(dates, date_starts, sentence.start, sentence.end)
        if not sentence_dates:
            continue
        clauses, triggers, organisations = _scan(text, sentence.start, sentence.end, sentence_dates)
        resolution = "esolution" in text[sentence.start:sentence.end]
        special = resolution or any(_EVENT_NOUN_AFTER.match(text, d.end) for d in sentence_dates)
        if not triggers and not special:
            continue
        doc.focus_on(sentence, organisations)
        triggers = _checked(doc, index, clauses, triggers)
        if not any(d.kind == "since" for d in sentence_dates):
            # "has had a presence since 1978" began then; without a "since" date a presence is a state.
            triggers = [t for t in triggers if t.rule != "presence_since"]
        if not triggers and not special:
            continue
        made: dict[int, str] = {}  # date start -> the event type it was given
        previous: tuple[DateMention, Trigger] | None = None
        for d in sentence_dates:
            clause = clauses.of(d.start)
            if d.kind == "until" or _is_not_event(text, sentence, d, clause[0]):
                continue  # "until 31 August 2014" bounds a state; it does not date a happening
            trigger = None
            if special:
                trigger = (_resolution_dated(text, sentence.start, d) if resolution else None) or _noun_dated(text, d)
            if trigger is None:
                trigger = _bind(triggers, clauses, d, sentence.start, text)
            if trigger is not None and trigger.rule == "statement":
                trigger = _reported_completion(triggers, trigger, sentence_dates, text, sentence.end)
                if trigger.rule == "statement":
                    trigger = _reported_withdrawal(triggers, trigger, clauses, sentence_dates, d, text)
            if trigger is None or trigger.event_type == "statement":
                continue
            if d.kind == "since" and (trigger.rule == "ceremony" or _is_tally(text, sentence.start, trigger)):
                continue  # "53 soldiers have been killed since 2013": a tally of victims, no one happening
            if trigger.rule == "presence_since" and d.kind != "since":
                continue  # "kept a battalion there in 2010" is a state
            if trigger.rule == "demand" and d.start > trigger.end \
                    and _DEADLINE_BEFORE.search(text, max(trigger.end, d.start - 24), d.start) \
                    and _DEMAND_AFTER.search(text, trigger.end, d.start):
                # "asked the mission to complete the withdrawal ... by December 31": the deadline dates the departure
                trigger = Trigger(trigger.start, trigger.end, "withdrawal", "deadline")
            if previous is not None and previous[1] == trigger \
                    and _DATE_PAIR_GAP.fullmatch(text, previous[0].end, d.start) is not None:
                continue  # "in 2021 and 2022": one happening, dated by its start
            previous = (d, trigger)
            event = _event(doc, index, clauses, triggers, trigger, d, sentence_dates, focus, mission_organisation,
                           publication_end)
            made[d.start] = event.event_type
            events.append(event)
        # "It sent 1,200 soldiers in 2013, when MINUSMA took over": a "when" clause with an event of its own and
        # no date of its own happened at the date of the clause before it.
        shared: set[tuple[int, str]] = set()
        for t in triggers if made and "when" in text[sentence.start:sentence.end] else ():
            if t.event_type == "statement" or t.rule in ("light", "presence_since"):
                continue
            i = clauses.index(t.start)
            a, b = clauses[i]
            if not _WHEN_OPENING.match(text, a, t.start) or any(a <= d.start < b for d in sentence_dates):
                continue
            earlier = [d for d in sentence_dates if d.end <= a and d.start in made and d.kind != "since"]
            if not earlier or made[earlier[-1].start] == t.event_type or (i, t.event_type) in shared \
                    or any(_HAS_WORD.search(text, *clauses[j]) for j in range(clauses.index(earlier[-1].start) + 1, i)):
                continue
            shared.add((i, t.event_type))  # one row per type and clause
            events.append(_event(doc, index, clauses, triggers, t, earlier[-1], sentence_dates, focus,
                                 mission_organisation, publication_end, shared=True))
    return events


def _event(doc: DocIndex, index: int, clauses: Clauses, triggers: list[Trigger], trigger: Trigger,
           d: DateMention, dates: list[DateMention], focus: str | None, mission_organisation: dict,
           publication_end: date | None, shared: bool = False) -> Event:
    """The row for a date bound to its trigger: type, actor, mission, location and tense (module docstring).
    ``shared``: the date is borrowed by a "when" clause, whose own subject acts."""
    text = doc.text
    sentence = doc.sentences[index]
    clause = clauses.of(d.start)
    closing = trigger.rule == "closure"
    if trigger.event_type == "withdrawal":
        trigger = _replaced_after(triggers, clauses, trigger, dates, text) or trigger
    trigger_clause = clauses.of(trigger.start)
    event_type, rule = trigger.event_type, trigger.rule
    if event_type == "deployment" and _EVACUATION.search(text, *trigger_clause):
        event_type, rule = "other", "evacuation"
    elif event_type == "other" and rule == "other" and _EVACUATION.search(text, trigger.start, trigger.end):
        rule = "evacuation"
    if rule == "other" and _JOIN.match(text, trigger.start) and _slice(
            doc.missions, doc.mission_starts, trigger.end, min(trigger_clause[1], trigger.end + 80)):
        event_type, rule = "deployment", "join_mission"  # "Ghana joined UNIFIL in 1978"
    subject = _subject(doc, index, clauses, trigger)
    if closing and (subject is None or not subject.mission):
        subject = None  # a mission closes: no country acts
    if clause != trigger_clause and not shared:
        # "Burkina Faso sent a battalion in March, and Niger followed in April": the date's own clause names its
        # actor.
        subject = doc.first_subject(clause[0], d.start) or subject
    if rule in ("depart", "arrive"):
        event_type, rule = _movement(doc, trigger, trigger_clause, subject)
    elif rule == "command" and subject is not None and subject.iso3 and _COUNTRY_TAKES_COMMAND.fullmatch(
            text, subject.end, trigger.start) and any(
                e.iso3 and e.iso3 != subject.iso3 and _FROM_BEFORE.search(text, max(trigger.end, e.start - 8), e.start)
                for e in doc.entities_in(trigger.end, trigger_clause[1])):
        # "Italy is due to take over command of UNIFIL from France": a country taking command from another is a
        # handover between contributors; "Brazil took command of MINUSTAH" (no predecessor) or a person who
        # does ("General Ortiz took command") is an appointment.
        event_type, rule = "handover", "command"
    elif rule == "outbreak" and _VIOLENCE_BEFORE.search(text, max(sentence.start, trigger.start - 40), trigger.start) \
            and not _WAR.search(text, sentence.start, sentence.end):
        event_type = "attack"  # "fighting erupted in Juba in July 2016" (not the outbreak of a war)
    if event_type == "attack" and _AIR_POWER_BEFORE.search(text, trigger_clause[0], trigger.start):
        event_type = "intervention"  # "NATO aircraft attacked an ammunition depot": air strikes intervene
    if event_type == "attack" and _PASSIVE_ATTACK.search(text, *trigger_clause):
        # "peacekeepers were killed", "lost their lives": the subject is the victim; the actor is the agent after "by".
        subject = _agent(doc, trigger, trigger_clause)
    organisation = None
    if subject is not None and subject.organisation:
        organisation = subject.organisation
    elif subject is not None and subject.mission:
        organisation = mission_organisation.get(subject.mission)
    planned = is_future_text(text[trigger_clause[0]:trigger_clause[1]]) or (
        publication_end is not None and d.date.value > publication_end
    )
    return Event(
        sentence=sentence,
        date=d,
        event_type=event_type,
        actor_iso3=subject.iso3 if subject is not None else None,
        actor_organisation=organisation,
        mission_acronym=_mission(doc, sentence, clauses, triggers, trigger, subject, focus, d),
        location_iso3=_location(doc, trigger_clause, trigger),
        is_planned=planned,
        extractor=f"{VERSION}:{event_type}_{rule}",
    )


def _replaced_after(triggers: list[Trigger], clauses: Clauses, trigger: Trigger, dates: list[DateMention],
                    text: str) -> Trigger | None:
    """ "MINUSTAH closed in October 2017 and was replaced by MINUJUSTH": an end that the next clause, with no date
    of its own, says was a replacement is a handover."""
    i = clauses.index(trigger.start)
    if i + 1 >= len(clauses):
        return None
    a, b = clauses[i + 1]
    if not _REPLACED_BY.match(text, a, b) or any(a <= d.start < b for d in dates):
        return None
    return next((t for t in triggers if a <= t.start < b and t.rule == "replace"), None)


def _period_end(published: PartialDate) -> date:
    """The last day of the publication period (a date after it is in the future)."""
    value = published.value
    if published.precision == "year":
        return date(value.year, 12, 31)
    if published.precision == "month":
        following = date(value.year + value.month // 12, value.month % 12 + 1, 1)
        return following - timedelta(days=1)
    return value
