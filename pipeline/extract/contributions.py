"""Contribution rules: who sends how many personnel of which kind to which mission, in what status, as of when.

A figure becomes a contribution when its noun phrase counts people (``personnel.head_after``), a country can
be named as the one that sends them, and nothing marks it as something else (casualties, an authorised
strength, a request). Each decision is a small function below, so that a reviewer can read the rule that made a
row from its ``extractor`` value.

Hand-written: this is the domain logic of the project. The building blocks (countries, figures, dates, mission
names) are separate modules.
"""

import bisect
import re
from collections.abc import Sequence

from pipeline.extract import personnel, status
from pipeline.extract.numbers import find_quantities
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

VERSION = "contributions.v1"

# Sentences worth a close look: a figure (digits or number words) and a noun that counts people or units.
_NUMBER_HINT = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?)\b",
    re.IGNORECASE,
)

# Modifiers that name a sender that is not one country: no row, and no borrowing of a country from elsewhere.
_NON_COUNTRY_SENDERS = frozenset(
    """african european asian arab western eastern nordic scandinavian latin regional foreign international
    multinational allied coalition un u.n. au ecowas nato eu igad sadc eccas""".split()
)
# Clause boundaries inside a sentence.
_CLAUSE_BREAK = re.compile(
    r";|\bbut\b|,\s*(?:which|who|while|whereas|although|though|after|before|when|as)\b|\bthough\b|\bwhile\b",
    re.IGNORECASE,
)
# Figures that are not contributions: casualties, authorised strengths, requests.
_CASUALTY = re.compile(
    r"\b(?:kill(?:ed|ing|s)?|dead|died|dies|deaths?|wounded|wounding|injur(?:ed|ing|ies|y)|casualt(?:y|ies)|"
    r"fatalit(?:y|ies)|abduct(?:ed|ing|ion)|kidnapp?(?:ed|ing)|hostages?|missing|lost their lives|"
    r"were lost|executed|massacred|ambush(?:ed)?|attack(?:ed|s)? on|accused|arrested|sexual|charged)\b",
    re.IGNORECASE,
)
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
# Scope words for all UN operations together: "in UN PKOs", "in missions around the world".
_ALL_UN_PKO = re.compile(
    r"\b(?:(?:in|to|for|across|with|among|into)\s+(?:the\s+)?(?:various\s+|several\s+|different\s+|other\s+|"
    r"all\s+|\d+\s+|its\s+|their\s+)?(?:UN|U\.N\.|United Nations)?\s*(?:-led\s+)?(?:peace(?:-?keeping)?\s+)?"
    r"(?:missions|operations|PKOs|forces|deployments)\b(?!\s+in\s+[A-Z])|UN\s+PKOs|"
    r"(?:around|across|throughout)\s+the\s+(?:world|globe)|worldwide|globally|"
    r"(?:to|in|for)\s+(?:UN|U\.N\.|United Nations)\s+peace-?keeping\b(?!\s+(?:mission|force|operation)\b))",
)
_PRONOUN_SUBJECT = re.compile(r"\b(?:it|they|its|their|the country|the government|the nation)\b", re.IGNORECASE)
_ORG_SUBJECT = re.compile(
    r"\b(?:UN|U\.N\.|United Nations|African Union|AU|ECOWAS|EU|European Union|NATO|mission|force|operation|"
    r"Secretary-General|Security Council|the organi[sz]ation)\b"
)
_DESTINATION_BEFORE = re.compile(
    r"\b(?:to|in|into|inside|within|across|throughout|for|toward|towards|at|over|near|from)\s+(?:the\s+)?"
    r"(?:(?:northern|southern|eastern|western|central|north|south|east|west|north-eastern|north-western|"
    r"south-eastern|south-western)\s+)?$",
    re.IGNORECASE,
)
# "155 of the Chinese troops are expected to be engineers": a kind of personnel named by the predicate.
_PREDICATE_TYPE = re.compile(
    r"[^.;:()]{0,40}?\b(?:be|are|were|is|was|as|including|includ(?:es|ed)|among them)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:" + personnel.PERSON_NOUN_RE.pattern + r")",
    re.IGNORECASE,
)
_UNIT_BEFORE = re.compile(
    r"(?P<kind>[\w\u2019'\"\u201c\u201d-]+(?:\s+[\w-]+)?)\s+(?P<unit>" + personnel.UNIT_RE.pattern + r")\s*"
    r"(?:\(\s*|of\s+|with\s+|comprising\s+|consisting of\s+|numbering\s+)$",
    re.IGNORECASE,
)
_SIZE_COMPOUND = re.compile(r"-?\s*(?:member|strong|man|men|person|personnel|troop|soldier)$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_DATE_AFTER_WINDOW = 40


def _in_spans(pos: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _slice(items: Sequence, starts: list[int], start: int, end: int) -> list:
    """Items (sorted by ``start``) whose start lies in [start, end)."""
    return list(items[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)])


def _clause_bounds(text: str, sent: Sentence, pos: int) -> tuple[int, int]:
    """The clause of the sentence that holds ``pos`` (document offsets)."""
    start, end = sent.start, sent.end
    for m in _CLAUSE_BREAK.finditer(text, sent.start, sent.end):
        if m.end() <= pos:
            start = m.end()
        elif m.start() > pos:
            end = m.start()
            break
    return start, end


def _subject_country(text: str, countries: Sequence[CountryMention], before: int,
                     mission_spans: Sequence[tuple[int, int]]) -> CountryMention | None:
    """The first country named before ``before`` that can be the sender: not a destination ("to Mali"), not
    part of a mission's name, and not a demonym qualifying something other than people or a government."""
    for c in countries:
        if c.start >= before:
            break
        if _in_spans(c.start, mission_spans):
            continue
        if _DESTINATION_BEFORE.search(text, max(0, c.start - 30), c.start):
            continue
        return c
    return None


def _host_missions(text: str, countries: Sequence[CountryMention], sender: str | None,
                   mission_spans: Sequence[tuple[int, int]], when: PartialDate | None, matcher) -> list[tuple[int, str]]:
    """Missions referred to by their host country: "deployment of infantry to Mali" -> (offset, MINUSMA)."""
    found = []
    if matcher is None:
        return found
    for c in countries:
        if c.iso3 == sender or c.kind != "name" or _in_spans(c.start, mission_spans):
            continue
        if not _DESTINATION_BEFORE.search(text, max(0, c.start - 30), c.start):
            continue
        hosted = matcher.missions_hosted_in(c.iso3, when)
        if hosted:
            found.append((c.start, hosted[0]))
    return found


def _personnel_type(text: str, q: Quantity, head: personnel.HeadNoun, clause_start: int) -> tuple[str, str]:
    """Refine a generic head ("personnel", "troops") by its unit ("infantry platoons (50-75 personnel)") or its
    predicate ("155 of the Chinese troops are expected to be engineers")."""
    ptype = head.personnel_type
    if ptype not in ("troops", "peacekeepers"):
        return ptype, "head"
    pred = _PREDICATE_TYPE.match(text, head.end, head.end + 80)
    if pred and pred.lastgroup not in (None, "troops", "peacekeepers"):
        return pred.lastgroup, "predicate"
    unit = _UNIT_BEFORE.search(text, max(clause_start, q.start - 80), q.start)
    if unit:
        kind = personnel.unit_kind(unit.group("kind"))
        if kind:
            return kind, "unit"
    return ptype, "head"


def _unit_size_head(text: str, q: Quantity) -> personnel.HeadNoun | None:
    """"a 700-member battalion", "a 395-strong engineering company": the figure is the size of a unit."""
    if not _SIZE_COMPOUND.search(q.surface):
        return None
    m = re.compile(r"\s*((?:[\w-]+\s+){0,2}?)(" + personnel.UNIT_RE.pattern + r")\b", re.IGNORECASE).match(
        text, q.end)
    if not m:
        return None
    kind = personnel.unit_kind(m.group(1).strip()) if m.group(1).strip() else None
    return personnel.HeadNoun(kind or "troops", m.start(2), m.end(2), m.group(2), tuple(m.group(1).split()), True)


def _unit_of_head(text: str, q: Quantity, clause_start: int) -> personnel.HeadNoun | None:
    """"a battalion of 850", "an engineering company of about 275": a unit word, then "of", then the figure."""
    m = _UNIT_BEFORE.search(text, max(clause_start, q.start - 80), q.start)
    if not m or "(" in m.group(0):
        return None
    kind = personnel.unit_kind(m.group("kind")) or "troops"
    return personnel.HeadNoun(kind, m.start("unit"), m.end("unit"), m.group("unit"), (), True)


def _as_of(text: str, dates: Sequence[DateMention], clause: tuple[int, int], q: Quantity, head_end: int,
           published: PartialDate | None) -> tuple[PartialDate | None, str]:
    """An explicit date of the figure's clause ("In January 2012, China deployed..."), else the publication date.

    A date before the figure in its clause counts; one after it only when it follows closely ("sent 500 troops
    in January"), not in a comparison ("as many as it had in 2000"). "since 1992" dates a cumulative total up to
    the publication, not the figure.
    """
    for d in dates:
        if d.start < clause[0] or d.start >= clause[1]:
            continue
        if d.kind == "since":
            continue
        if d.start < q.start:
            best = d
        elif d.start - head_end <= _DATE_AFTER_WINDOW and not re.search(
                r"\b(?:than|as|compared|since)\b[^,]*$", text[head_end:d.start], re.IGNORECASE):
            best = d
        else:
            continue
        return (best.end_date or best.date) if best.kind == "until" else best.date, "sentence"
    return published, "published"


class _Focus:
    """What the discourse is about so far: the last sender country and the last mission named."""

    def __init__(self) -> None:
        self.country: str | None = None
        self.mission: str | None = None


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
    out: list[Contribution] = []
    for sent in sentences:
        s_countries = _slice(countries, c_starts, sent.start, sent.end)
        s_missions = _slice(missions, m_starts, sent.start, sent.end)
        s_dates = _slice(dates, d_starts, sent.start, sent.end)
        mission_spans = [(m.start, m.end) for m in s_missions]
        sent_text = text[sent.start:sent.end]
        if _NUMBER_HINT.search(sent_text) and personnel.PERSON_NOUN_RE.search(sent_text) or (
                _NUMBER_HINT.search(sent_text) and personnel.UNIT_RE.search(sent_text)):
            out.extend(_sentence_contributions(text, sent, s_countries, s_missions, s_dates, mission_spans, ctx,
                                               matcher, focus))
        _update_focus(text, sent, s_countries, s_missions, mission_spans, ctx, matcher, focus)
    return out


def _update_focus(text, sent, s_countries, s_missions, mission_spans, ctx, matcher, focus: _Focus) -> None:
    subject = _subject_country(text, s_countries, sent.end, mission_spans)
    if subject is not None:
        focus.country = subject.iso3
    named = [m for m in s_missions
             if m.acronym and not _FROM_BEFORE.search(text, max(0, m.start - 12), m.start)]
    if named:
        focus.mission = named[-1].acronym
        return
    if personnel.PERSON_NOUN_RE.search(text, sent.start, sent.end) or re.search(
            r"\bdeploy", text[sent.start:sent.end], re.IGNORECASE):
        hosts = _host_missions(text, s_countries, subject.iso3 if subject else None, mission_spans,
                               ctx.published, matcher)
        if hosts:
            focus.mission = hosts[-1][1]


def _sentence_contributions(text, sent, s_countries, s_missions, s_dates, mission_spans, ctx, matcher,
                            focus: _Focus) -> list[Contribution]:
    sent_text = text[sent.start:sent.end]
    rows: list[Contribution] = []
    for q in find_quantities(sent_text):
        if q.kind != "count":
            continue
        q = Quantity(q.start + sent.start, q.end + sent.start, q.surface, q.low, q.high, q.approx, q.qualifier,
                     q.kind)
        clause = _clause_bounds(text, sent, q.start)
        head = _unit_size_head(text, q) or personnel.head_after(text, q.end)
        if head is None:
            head = _unit_of_head(text, q, clause[0])
            if head is None:
                continue
        rule = "unit_size" if head.is_unit_size else "figure_noun"
        clause_text = text[clause[0]:clause[1]]
        local = text[max(clause[0], q.start - 60):min(clause[1], head.end + 60)]
        if _CASUALTY.search(local) or _AUTHORISED.search(text, clause[0], head.end + 30):
            continue
        st, cue = status.figure_status(clause_text, q.start - clause[0])
        if st not in ("offered", "pledged") and _REQUEST.search(text, clause[0], q.start):
            continue
        # Who sends them.
        sender: str | None = None
        sender_rule = ""
        np_countries = [c for c in s_countries if q.start <= c.start < head.end]
        modifiers = {m.lower().strip(".") for m in head.modifiers} | {m.lower() for m in head.modifiers}
        if np_countries:
            sender, sender_rule = np_countries[0].iso3, "np"
        elif modifiers & _NON_COUNTRY_SENDERS:
            continue
        else:
            after = text[head.end:head.end + 40]
            frm = re.match(r"[\s,]*(?:\w+\s+){0,2}?from\s+(?:the\s+)?", after, re.IGNORECASE)
            from_country = None
            if frm:
                from_country = next((c for c in s_countries if c.start == head.end + frm.end()), None)
            if from_country is not None:
                sender, sender_rule = from_country.iso3, "from"
            else:
                subj = _subject_country(text, s_countries, q.start, mission_spans)
                if subj is not None:
                    sender, sender_rule = subj.iso3, "subject"
                else:
                    # "It currently has about 2,000 troops": a pronoun takes the last sender named, unless an
                    # organisation is the subject ("The UN says it has 12,000 troops").
                    before = text[sent.start:q.start]
                    pron = _PRONOUN_SUBJECT.search(before)
                    partitive = re.match(r"\s*of\s+(?:them|its|their)\b", text[q.end:q.end + 20], re.IGNORECASE)
                    org = _ORG_SUBJECT.search(before)
                    blocked = org is not None and (pron is None or org.start() < pron.start())
                    if focus.country and (pron or partitive) and not blocked:
                        sender, sender_rule = focus.country, "pronoun"
        if sender is None:
            continue
        # Which mission.
        mission, scope, mission_rule = _mission(text, q, head, clause, s_missions, s_countries, sender, mission_spans,
                                                ctx, matcher, focus)
        ptype, type_rule = _personnel_type(text, q, head, clause[0])
        as_of, _ = _as_of(text, s_dates, clause, q, head.end, ctx.published)
        rows.append(Contribution(
            sentence=sent, quantity=q, contributor_iso3=sender, mission_acronym=mission, scope=scope,
            personnel_type=ptype, status=st, as_of=as_of, mission_method=mission_rule,
            extractor=f"{VERSION}:{rule}+{sender_rule}+{type_rule}+status({cue or 'default'})",
        ))
    return rows


def _mission(text, q, head, clause, s_missions, s_countries, sender, mission_spans, ctx, matcher,
             focus: _Focus) -> tuple[str | None, str, str]:
    """(acronym, scope, how): a mission named after the figure in its clause, scope words for all UN
    operations, a mission named before it, a host country ("to Mali"), else the document's focus."""
    resolved = [m for m in s_missions if m.acronym]
    after = [m for m in resolved if q.end <= m.start < clause[1]
             and not _FROM_BEFORE.search(text, max(0, m.start - 12), m.start)]
    if after:
        return after[0].acronym, "mission", "sentence"
    scope = _ALL_UN_PKO.search(text, q.end, clause[1])
    if scope and not _in_spans(scope.start(), mission_spans):
        return None, "all_un_pko", "scope_words"
    before = [m for m in resolved if m.start < q.start and not _FROM_BEFORE.search(
        text, max(0, m.start - 12), m.start)]
    if before:
        return before[-1].acronym, "mission", "sentence"
    scope = _ALL_UN_PKO.search(text, clause[0], clause[1])
    if scope and not _in_spans(scope.start(), mission_spans):
        return None, "all_un_pko", "scope_words"
    hosts = _host_missions(text, s_countries, sender, mission_spans, ctx.published, matcher)
    if hosts:
        return hosts[0][1], "mission", "host_country"
    if resolved:
        return resolved[0].acronym, "mission", "sentence"
    if focus.mission:
        return focus.mission, "mission", "document_focus"
    return None, "unspecified", "none"
