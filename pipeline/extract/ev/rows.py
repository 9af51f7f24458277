"""Rows: the driver (``extract_events``: sentence by sentence, date by date, through the stages) and the
row of a date bound to its trigger (type, actor, mission, location, tense).

Planned. A future marker in the trigger's clause (*will, plans to, hopes to, is expected to, would,
must*) or a date after the publication date makes ``is_planned=True``.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta

from pipeline.extract.dates import is_future_text
from pipeline.extract.ev.actors import _agent, _subject
from pipeline.extract.ev.anaphora import with_anaphoric_days, with_narrative_years
from pipeline.extract.ev.bind import bind_date, mission_line_trigger
from pipeline.extract.ev.checks import _REPLACED_BY, _checked
from pipeline.extract.ev.chronology import chronology_entry, infobox_kind, merge_headings
from pipeline.extract.ev.clauses import _scan
from pipeline.extract.ev.common import _HAS_WORD, VERSION, Clauses, Trigger, _slice
from pipeline.extract.ev.context import DocContext, SentenceContext
from pipeline.extract.ev.dedupe import drop_duplicates
from pipeline.extract.ev.entities import DocIndex, _focus_mission
from pipeline.extract.ev.kinds import ACTOR_TYPE_RULES, TYPE_RULES, resolve_type
from pipeline.extract.ev.mission import _location, _mission
from pipeline.extract.ev.past_verb import has_past_verb
from pipeline.extract.ev.rules import note
from pipeline.extract.ev.typed_actors import names_a_force, typed_actor
from pipeline.extract.ev.vetoes import _EVENT_NOUN_AFTER, bound_veto, date_veto
from pipeline.extract.publishers import home_country
from pipeline.extract.types import (
    CountryMention,
    DateMention,
    DocumentContext,
    Event,
    MissionMention,
    PartialDate,
    Sentence,
)

_PASSIVE_ATTACK = re.compile(
    r"(?i)\b(?:was|were|been|being|are|is)\s+(?:\w+\s+)?(?:killed|attacked|ambushed|wounded|injured|targeted"
    r"|abducted|kidnapped|struck|hit|shelled|bombed|assaulted|seized|besieged|detained|taken\s+hostage"
    r"|held\s+hostage)\b"
    r"|\blost\s+their\s+lives\b|\bcame\s+under\s+(?:\w+\s+)?(?:fire|attack)\b"
)
_WHEN_OPENING = re.compile(r"(?i)when\b")


def extract_events(text: str, sentences: list[Sentence], countries: list[CountryMention],
                   missions: list[MissionMention], dates: list[DateMention], ctx: DocumentContext) -> list[Event]:
    """Events of a document, in text order (see the package docstring for the stages)."""
    if not dates or not sentences:
        return []
    publication_end = _period_end(ctx.published) if ctx.published is not None else None
    publisher = home_country(ctx.publisher, ctx.url)
    extra = ctx.extra or {}
    sentences, headings = merge_headings(text, sentences, dates)
    dates = with_anaphoric_days(text, sentences, with_narrative_years(text, sentences, dates, ctx.published))
    dc = DocContext(DocIndex(text, sentences, countries, missions, publisher, extra.get("mission_start"),
                             extra.get("mission_organisation"), extra.get("mission_index")),
                    _focus_mission(missions), publication_end, headings)
    date_starts = [d.start for d in dates]
    events: list[Event] = []
    for index, sentence in enumerate(sentences):
        sentence_dates = _slice(dates, date_starts, sentence.start, sentence.end)
        if not sentence_dates:
            continue
        sc = _read(dc, index, sentence, sentence_dates)
        if sc is not None:
            events.extend(_sentence_events(sc))
    return drop_duplicates(events)


def _read(dc: DocContext, index: int, sentence: Sentence, dates: list[DateMention]) -> SentenceContext | None:
    """A sentence's clauses and checked triggers (only sentences that hold a date are read: the dates are already
    known, so mapping them to sentences is the cheap prefilter); None when nothing in it can date an event."""
    text = dc.doc.text
    clauses, triggers, organisations = _scan(text, sentence.start, sentence.end, dates)
    resolution = "esolution" in text[sentence.start:sentence.end]
    special = resolution or any(_EVENT_NOUN_AFTER.match(text, d.end) or chronology_entry(text, sentence, d, dc.headings)
                                or infobox_kind(text, d) is not None or mission_line_trigger(dc.doc, d) is not None
                                for d in dates)
    if not triggers and not special and not (dc.doc.about_peace_operations and has_past_verb(text, sentence.start, sentence.end)):
        return None
    dc.doc.focus_on(sentence, organisations)
    triggers = _checked(dc.doc, index, clauses, triggers)
    if not any(d.kind == "since" for d in dates):
        # "has had a presence since 1978" began then; without a "since" date a presence is a state.
        triggers = [t for t in triggers if t.rule != "presence_since"]
    if not triggers and not special and not (dc.doc.about_peace_operations and has_past_verb(text, sentence.start, sentence.end)):
        return None
    return SentenceContext(dc, index, sentence, clauses, triggers, dates, resolution, special)


def _sentence_events(sc: SentenceContext) -> list[Event]:
    """The rows of a sentence: per date, the date vetoes, the binding, the bound vetoes, the row; then the rows of
    "when" clauses that borrow a date."""
    events: list[Event] = []
    made: dict[int, str] = {}  # date start -> the event type it was given
    previous: tuple[DateMention, Trigger] | None = None
    for d in sc.dates:
        if date_veto(sc.text, sc.sentence, d, sc.clauses.of(d.start)[0]) is not None:
            continue
        bound = bind_date(sc, d)
        if bound is None or bound_veto(sc, d, bound[0], previous) is not None:
            continue
        trigger, chain = bound
        previous = (d, trigger)
        event = _event(sc, trigger, d, chain)
        made[d.start] = event.event_type
        co_actors = _co_actor_events(sc, event)
        if co_actors and _JOINT_UNIT.search(sc.text, sc.sentence.start, sc.sentence.end):
            # "Spanish and Moroccan troops serving as part of a joint battalion" (r9_004): one happening done
            # jointly by two states has no actor (the guide's E6)
            note("actor", "joint_unit", pos=d.start)
            event = dataclasses.replace(event, actor_iso3=None, actor_organisation=None,
                                        extractor=event.extractor.replace("+mission.", "+actor.joint_unit+mission.", 1))
            co_actors = []
        events.append(event)
        events.extend(co_actors)
        events.extend(_founding_participant_events(sc, event, trigger))
        events.extend(_co_mission_events(sc, event, trigger))
    if made and "when" in sc.text[sc.sentence.start:sc.sentence.end]:
        events.extend(_shared_events(sc, made))
    return events


# Between two countries of one list: ", ", " and ", ", and ", " and 70 others from " (r9_006).
_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+(?:(?:some\s+|about\s+)?\d[\d,]*\s+(?:others?|more)\s+from\s+)?")
_LISTED_TYPES = ("deployment", "withdrawal", "pledge")
_JOINT_UNIT = re.compile(r"(?i)\bjoint\s+(?:[\w-]+\s+)?(?:battalion|company|contingent|unit|task\s+force|brigade)\b")


def _co_actor_events(sc: SentenceContext, event: Event) -> list[Event]:
    """One row per country of a list that acts together (the guide's E6: parallel deployments): "contingents from
    Austria, Peru, Poland and Canada were deployed" (r10_089), "about 40 Swedish, Finnish and Danish nationals were
    withdrawn" (r4_048), "Burkina Faso, Cameroon, Nigeria, Egypt and Ethiopia have pledged" (r6_013), "70 fresh
    troops from Togo and 70 others from Ghana arrived" (r9_006): the row's actor is the list's first country; the
    others follow it, each a row of its own (``actor.co_actor``)."""
    if event.event_type not in _LISTED_TYPES or event.actor_iso3 is None:
        return []
    text, sentence = sc.text, sc.sentence
    countries = [e for e in sc.dc.doc.entities_in(sentence.start, sentence.end) if e.iso3]
    first = next((i for i, e in enumerate(countries) if e.iso3 == event.actor_iso3), None)
    if first is None:
        return []
    others: list[str] = []
    for before, e in zip(countries[first:], countries[first + 1:]):
        if _LIST_GAP.fullmatch(text, before.end, e.start) is None:
            break
        if e.iso3 != event.actor_iso3 and e.iso3 not in others:
            others.append(e.iso3)
    if not others:
        return []
    note("actor", "co_actor", pos=event.date.start)
    extractor = event.extractor.replace("+mission.", "+actor.co_actor+mission.", 1)
    return [dataclasses.replace(event, actor_iso3=iso3, actor_organisation=None, extractor=extractor)
            for iso3 in others]


# Where the missions that a trigger's object lists end: a relative clause, a purpose, a span's end, a source.
_OBJECT_END = re.compile(r"(?i)[;.]|,?\s+(?:which|who|that|to|until|till|for|from|since|after|before|while)\b")
# Between two missions of one list: commas, "and", parentheses, "the", a name or a place ("UNIIMOG in Iraq and
# UNTAG"); no verb-like word, nothing that makes one the source or the agent of the act.
_MISSION_LIST_GAP = re.compile(r"(?i)(?:[^,;.]*?,\s*(?:and\s+)?|[^,;.]*?\s+and\s+)[^;.]{0,80}")
_AND = re.compile(r"(?i)\band\b|\bas\s+well\s+as\b|&")
_LISTED_MISSION_TYPES = ("mandate", "deployment", "withdrawal")
_OBJECT_REACH = 320


def _co_mission_events(sc: SentenceContext, event: Event, trigger: Trigger) -> list[Event]:
    """One row per mission of a list that the act names as its object (the guide's E1: one row per dated
    resolution, even when a sentence lists several): "Council members adopted resolutions extending the UN Mission
    in Eritrea and Ethiopia (UNMEE), the UN Organization Mission in the DRC (known by its French acronym, MONUC) and
    the UN Mission in Liberia (UNMIL)" (r13_043), "it participated in two operations - UNIIMOG in Iraq and UNTAG in
    Namibia" (r8_108, r8_109). The row keeps its mission; each other mission named after the trigger, before the
    object ends (a relative clause, 'to', 'from', 'until' ...), with a comma or an 'and' before it, is a row of its
    own (``mission.co_mission``)."""
    if event.event_type not in _LISTED_MISSION_TYPES or not event.mission_acronym \
            or "+actor.co_actor+" in event.extractor:
        return []
    doc, text = sc.dc.doc, sc.text
    limit = min(sc.sentence.end, trigger.end + _OBJECT_REACH)
    end = _OBJECT_END.search(text, trigger.end, limit)
    listed = _slice(doc.missions, doc.mission_starts, trigger.end, end.start() if end is not None else limit)
    names = [m.acronym for m in listed]
    if event.mission_acronym not in names:
        return []
    others: list[str] = []
    last_gap = None
    for before, m in zip(listed, listed[1:]):
        if m.acronym == before.acronym:
            continue  # a name and its acronym in parentheses
        if _MISSION_LIST_GAP.fullmatch(text, before.end, m.start) is None:
            return []
        last_gap = (before.end, m.start)
        if m.acronym != event.mission_acronym and m.acronym not in others:
            others.append(m.acronym)
    # a list ends with "and" ("UNIIMOG in Iraq and UNTAG"); "MONUSCO's predecessor, MONUC" is an apposition
    if last_gap is None or _AND.search(text, *last_gap) is None:
        return []
    if names[0] != event.mission_acronym and names[0] not in others:
        others.insert(0, names[0])
    if not others:
        return []
    note("mission", "co_mission", pos=event.date.start)
    extractor = re.sub(r"\+mission\.[\w]+$", "+mission.co_mission", event.extractor)
    return [dataclasses.replace(event, mission_acronym=acronym, extractor=extractor) for acronym in others]


# "has participated in", "has taken part in", "has served in", "has contributed to", "has been part of": a state that
# has been in a mission since a date, right before "since its establishment" (the founding's own row is the date's).
_TAKEN_PART = re.compile(
    r"(?i)\b(?:has|have|had)\s+(?:(?:always|continuously|actively|consistently)\s+)?(?:participated|taken\s+part"
    r"|served|contributed|been\s+(?:(?:a\s+)?part|involved|present|deployed|engaged|a\s+(?:troop\s+)?contributor))"
    r"\b[^.;:]{0,160}?\bsince\s+$"
)


def _founding_participant_events(sc: SentenceContext, event: Event, trigger: Trigger) -> list[Event]:
    """ "Ireland ... has participated in the UNIFIL mission since its establishment in 1978" (r10_040, r11_043):
    one date, two happenings (the guide's E4: "has participated in the MFO since it was established in 1982" gives
    the state's deployment and the mission's start). The date's row is the founding (``actor.its_founding``); the
    state that has taken part since then, the subject of the clause, deployed then: a row of its own
    (``actor.founding_participant``), with the founding's mission."""
    if "+actor.its_founding" not in event.extractor:
        return []
    doc, text = sc.dc.doc, sc.text
    since = text.rfind("since", sc.sentence.start, trigger.start)
    verb = _TAKEN_PART.search(text, max(sc.sentence.start, since - 200), since + 6) if since >= 0 else None
    if verb is None:
        return []
    subject = doc.first_subject(sc.clauses.of(verb.start())[0], verb.start()) or doc.sentence_subject(sc.index)
    if subject is None or not subject.iso3:
        return []
    note("actor", "founding_participant", pos=event.date.start)
    extractor = event.extractor.replace("+actor.its_founding", "+actor.founding_participant", 1)
    extractor = extractor.replace(f":{event.event_type}_", ":deployment_", 1)
    return [dataclasses.replace(event, event_type="deployment", actor_iso3=subject.iso3, actor_organisation=None,
                                extractor=extractor)]


def _shared_events(sc: SentenceContext, made: dict[int, str]) -> list[Event]:
    """ "It sent 1,200 soldiers in 2013, when MINUSMA took over": a "when" clause with an event of its own and no
    date of its own happened at the date of the clause before it (not a "since" date, not an event of the same
    type; one row per type and clause)."""
    text, clauses = sc.text, sc.clauses
    shared: set[tuple[int, str]] = set()
    events = []
    for t in sc.triggers:
        if t.event_type == "statement" or t.rule in ("light", "presence_since"):
            continue
        i = clauses.index(t.start)
        a, b = clauses[i]
        if not _WHEN_OPENING.match(text, a, t.start) or any(a <= d.start < b for d in sc.dates):
            continue
        earlier = [d for d in sc.dates if d.end <= a and d.start in made and d.kind != "since"]
        if not earlier or made[earlier[-1].start] == t.event_type or (i, t.event_type) in shared \
                or any(_HAS_WORD.search(text, *clauses[j]) for j in range(clauses.index(earlier[-1].start) + 1, i)):
            continue
        shared.add((i, t.event_type))
        note("bind", "when_clause", pos=earlier[-1].start)
        events.append(_event(sc, t, earlier[-1], ["bind.when_clause"], shared=True))
    return events


def _event(sc: SentenceContext, trigger: Trigger, d: DateMention, chain: list[str], shared: bool = False) -> Event:
    """The row for a date bound to its trigger: type, actor, mission, location and tense (module docstring).
    ``chain``: the names of the rules that bound the date; ``shared``: the date is borrowed by a "when" clause,
    whose own subject acts. The row's ``extractor`` is ``<version>:<type>_<trigger rule>`` and the chain of the
    rules that made it (``+bind.clause+actor.clause_subject+mission.nearest_named``)."""
    doc, index, clauses, triggers, dates = sc.dc.doc, sc.index, sc.clauses, sc.triggers, sc.dates
    focus, publication_end = sc.dc.focus, sc.dc.publication_end
    text = doc.text
    sentence = doc.sentences[index]
    clause = clauses.of(d.start)
    closing = trigger.rule == "closure"
    if trigger.event_type == "withdrawal":
        replaced = _replaced_after(triggers, clauses, trigger, dates, text)
        if replaced is not None:
            trigger = replaced
            chain.append("bind.replaced_after")
    trigger_clause = clauses.of(trigger.start)
    kind = resolve_type(TYPE_RULES, sc, trigger, trigger_clause, None, (trigger.event_type, trigger.rule), chain)
    subject, actor_rule = _subject(doc, index, clauses, trigger)
    if closing and (subject is None or not subject.mission):
        subject, actor_rule = None, "closing"  # a mission closes: no country acts
    # (Not when the date dates a statement that reports the act: its clause's subject is the speaker: "The Government
    # of Pakistan has decided to deploy ..., a UN spokesman announced today", r5_025; "AU Commissioner ... said
    # Thursday that Burkina Faso, Cameroon ... have offered troops", r6_013.)
    if clause != trigger_clause and not shared and not any(step.startswith("statement.") for step in chain):
        # "Burkina Faso sent a battalion in March, and Niger followed in April": the date's own clause names its
        # actor.
        # A mission there ("PMC in the UNDOF operation ... from June 1974") is where the actor served, not who.
        own = doc.first_subject(clause[0], d.start)
        if own is not None and not own.mission and not names_a_force(doc, own):
            subject, actor_rule = own, "date_clause"
    event_type, rule = resolve_type(ACTOR_TYPE_RULES, sc, trigger, trigger_clause, subject, kind, chain)
    if event_type == "attack" and _PASSIVE_ATTACK.search(text, *trigger_clause):
        # "peacekeepers were killed", "lost their lives": the subject is the victim; the actor is the agent after "by".
        subject, actor_rule = _agent(doc, trigger, trigger_clause), "agent"
    planned = is_future_text(text[trigger_clause[0]:trigger_clause[1]]) or (
        publication_end is not None and d.date.value > publication_end
    )
    mission, mission_rule = _mission(doc, sentence, clauses, triggers, trigger, subject, focus, d, event_type)
    actor, typed_rule = typed_actor(doc, index, trigger, event_type, subject, actor_rule)
    if typed_rule is not None:
        actor_rule = f"{actor_rule}+actor.{typed_rule}"
    return Event(
        sentence=sentence,
        date=d,
        event_type=event_type,
        actor_iso3=actor.iso3 if actor is not None else None,
        actor_organisation=actor.organisation if actor is not None else None,
        mission_acronym=mission,
        location_iso3=_location(doc, trigger_clause, trigger),
        is_planned=planned,
        extractor=f"{VERSION}:{event_type}_{rule}+{'+'.join(chain)}+actor.{actor_rule}+mission.{mission_rule}",
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
