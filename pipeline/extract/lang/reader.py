"""Contributions and events of a document not written in English, in the same stages as the English rules:
candidate (a figure with a personnel noun) -> vetoes -> sender -> mission -> status -> date; and events (a trigger
word with the dates of its sentence). Each rule is a named row of an ordered table (``CANDIDATE_RULES``,
``VETOES``, ``SENDER_RULES``, ``STATUS_RULES``, ``ASOF_RULES``, ``EVENT_RULES``); the ``extractor`` value of a row
names the chain, e.g. ``lang.de:noun_after+demonym_np+status(since_more)+asof(published)+mission(sentence)``.

The whole document is read sentence by sentence (only documents whose manifest ``language`` is not English come
here: English text costs nothing more). The lexicons are ``lexicons`` (data files ``data/lang_*.csv``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlparse

from pipeline.extract.lang.figures import Figure, LangDate, find_dates, find_figures
from pipeline.extract.lang.lexicons import Language, country_regex, languages, personnel_regex
from pipeline.extract.types import (
    Contribution,
    DateMention,
    DocumentContext,
    Event,
    MissionMention,
    PartialDate,
    Quantity,
    Sentence,
)

_GOV_HOST = re.compile(r"(?:^|\.)(?:gov|gouv|gv|gob|mil|admin|govt|gva)\.(?P<cc>[a-z]{2})$|"
                       r"(?:^|\.)admin\.(?P<cc2>ch)$")


def publisher_country(ctx: DocumentContext) -> str | None:
    """The publisher's country: the English rules' (``publishers.home_country``), else a government host's
    country-code domain ("defense.gouv.fr", "bmlv.gv.at", "fuerzas-armadas.mil.ar", "gov.br", "admin.ch")."""
    from pipeline.extract.publishers import _publisher_rules, home_country

    found = home_country(ctx.publisher, ctx.url)
    if found is not None or not ctx.url:
        return found
    if any(r.regex.search(ctx.publisher or "") for r in _publisher_rules() if r.kind == "not"):
        return None
    try:
        host = (urlparse(ctx.url).hostname or "").lower()
    except ValueError:
        return None
    m = _GOV_HOST.search(host)
    code = (m.group("cc") or m.group("cc2")) if m is not None else None
    if code is None and _is_body(ctx.publisher or ""):  # "Forsvaret (Danish Defence)", forsvaret.dk (r10_093)
        code = host.rsplit(".", 1)[-1] if "." in host else None
    if code is None or len(code) != 2:
        return None
    import pycountry

    country = pycountry.countries.get(alpha_2=code.upper())
    return country.alpha_3 if country is not None else None


@functools.lru_cache(maxsize=4096)
def _stem(stem: str) -> re.Pattern:
    """A cue at a word start, its spaces matching any white space ("exerce\n\no comando", r8_102)."""
    return re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in stem.split()))


def _is_body(publisher: str) -> bool:
    """Whether the publisher names a ministry or an armed force in its own language (``lang_cues.csv``, kind
    ``body``): "Ministère des Armées", "Försvarsmakten", "Forsvaret"."""
    lowered = publisher.lower()
    return any(_stem(stem).search(lowered)
               for lang in languages().values() for stem, _ in lang.stems("body"))


@dataclass
class _Doc:
    text: str
    lang: Language
    ctx: DocumentContext
    missions: Sequence[MissionMention]
    publisher: str | None
    mission: str | None = None  # the last mission named so far
    prev_dates: list[LangDate] = field(default_factory=list)
    prev_status: str | None = None
    actor: str | None = None  # the last event's actor
    year: str | None = None  # the year of the last dated sentence


@dataclass
class _Sent:
    doc: _Doc
    sent: Sentence
    lowered: str  # the sentence, lower-cased
    countries: list[tuple[int, int, str]]
    dates: list[LangDate]
    missions: list[MissionMention]
    figures: list[Figure] | None = None

    def has(self, kind: str) -> bool:
        return any(_stem(stem).search(self.lowered) for stem, _ in self.doc.lang.stems(kind))

    def first(self, kind: str) -> tuple[int, str] | None:
        hits = [(m.start() + self.sent.start, label) for stem, label in self.doc.lang.stems(kind)
                for m in _stem(stem).finditer(self.lowered)]
        return min(hits) if hits else None


@dataclass
class _Cand:
    fig: Figure
    ptype: str
    np_end: int
    sender: str | None = None


# --- candidates ------------------------------------------------------------------------------------------------

def _noun_at(s: _Sent, pos: int) -> tuple[str, int] | None:
    m = personnel_regex(s.doc.lang.code).match(s.doc.text, pos, min(len(s.doc.text), pos + 60))
    if m is None:
        return None
    return s.doc.lang.personnel[" ".join(m.group("noun").lower().split())], m.end()


def _noun_after(s: _Sent, f: Figure) -> _Cand | None:
    """A personnel noun right after the figure, perhaps after one adjective: "environ 1700 militaires" (r8_057),
    "60 000 österreichische Soldatinnen und Soldaten" (r9_041), "220 Schweizer Armeeangehörigen" (r9_048),
    "cerca de 985 militares" (r8_102), "ok. 300 żołnierzy" (r8_072), "108 efectivos" (r9_053)."""
    found = _noun_at(s, f.end)
    if found is None:  # a national adjective between: not "três unidades militares" (r8_102)
        word = re.match(r"\s+[^\W\d]+", s.doc.text[f.end:f.end + 40])
        national = word is not None and any(start == f.end + len(word.group()) - len(word.group().lstrip())
                                            for start, _, _ in s.countries)
        found = _noun_at(s, f.end + word.end()) if national else None
    return _Cand(f, found[0], found[1]) if found else None


def _demonym_noun(s: _Sent, f: Figure) -> _Cand | None:
    """A plural demonym as the noun: "28 extranjeros (14 chilenos y 14 paraguayos)" (r8_081)."""
    for start, end, iso3 in s.countries:
        if re.fullmatch(r"\s+", s.doc.text[f.end:start]) and s.doc.text[start].islower():
            return _Cand(f, "troops", end, iso3)
    return None


_BRANCH = re.compile(r"\s+(?:\w+\s+){0,2}(?:al?|à|zum|do|da|de)\s+(?:la\s+)?(?:ejército|armada|fuerza aérea|"
                     r"exército|marinha|força aérea|armée|marine|heer|luftwaffe)(?!\w)", re.IGNORECASE)


def _branch_share(s: _Sent, f: Figure) -> _Cand | None:
    """A share of a force named before, by service branch: "256 efectivos, de los cuales 159 pertenecen al
    Ejército, 61 a la Armada y 8 a la Fuerza Aérea" (r8_081)."""
    earlier = s.doc.lang.personnel and any(_noun_after(s, g) for g in _figures(s) if g.end < f.start)
    if earlier and _BRANCH.match(s.doc.text, f.end):
        return _Cand(f, "troops", f.end)
    return None


def _listed_after_mission(s: _Sent, f: Figure) -> _Cand | None:
    """A figure in parentheses after a mission, its place and its years, in a list whose first item names the
    personnel: "UNEF i Gaza och Sinai 1956-1967 med 12 000 soldater, UNIFIL i Libanon 1980-1994 (9 200), UNEF II i
    Sinai 1973-1980 (7 600) och ONUC i Kongo 1960-1964 (6 300)" (r10_088)."""
    text = s.doc.text
    if text[f.start - 1:f.start] != "(" or text[f.end:f.end + 1] != ")":
        return None
    named = [m for m in s.missions if m.end <= f.start and not re.search(r"[,;:()]", text[m.end:f.start - 1])]
    first = next((c for g in _figures(s) if g.end < f.start and (c := _noun_after(s, g)) is not None), None)
    return _Cand(f, first.ptype, f.end) if named and first is not None else None


CANDIDATE_RULES: tuple[tuple[str, Callable[[_Sent, Figure], _Cand | None]], ...] = (
    ("noun_after", _noun_after),
    ("demonym_noun", _demonym_noun),
    ("branch_share", _branch_share),
    ("listed_after_mission", _listed_after_mission),
)


def _figures(s: _Sent) -> list[Figure]:
    if s.figures is None:
        s.figures = find_figures(s.doc.text, s.doc.lang, s.sent.start, s.sent.end)
    return s.figures


# --- vetoes ----------------------------------------------------------------------------------------------------

def _whole_strength(s: _Sent, c: _Cand) -> bool:
    """A multinational force's whole strength: "rund 11.800 Soldaten und 1.000 UN-Zivilangestellte aus 40
    Nationen" (r8_077: a count of nations near the figure), "Die Gesamtstärke der MNTF N betrug etwa 1 300
    Soldatinnen und Soldaten" (r9_041); not "Komisji Nadzorczej Państw Neutralnych" (r8_072, no count)."""
    for stem, _ in s.doc.lang.stems("nations"):
        for m in re.finditer(rf"(?<!\w)\d+\s+{re.escape(stem)}", s.lowered):
            if abs(m.start() + s.sent.start - c.fig.start) < 80:
                return True
    hit = s.first("whole")
    return hit is not None and 0 < c.fig.start - hit[0] < 60


def _un_decision(s: _Sent, c: _Cand) -> bool:
    """A Security Council decision on a mission's strength, no country named: "beschloss der UN-Sicherheitsrat
    ... eine Verstärkung der UNIFIL-Truppe von davor 2.000 auf bis zu 15.000 Soldaten" (r8_077)."""
    return s.has("un_body") and not s.countries


def _casualties(s: _Sent, c: _Cand) -> bool:
    """The dead: "Det omkom 21 norske soldater i UNIFIL mellom 1978 og 1998" (r10_086)."""
    return s.has("casualty")


VETOES = (("whole_strength", _whole_strength), ("un_decision", _un_decision), ("casualties", _casualties))


# --- senders ---------------------------------------------------------------------------------------------------

def _demonym_np(s: _Sent, c: _Cand) -> str | None:
    """A national adjective in the noun phrase: "österreichische Soldatinnen" (r9_041), "Schweizer
    Armeeangehörigen" (r9_048), "soldados brasileiros" (r8_102)."""
    if c.sender:
        return c.sender
    for start, end, iso3 in s.countries:
        if c.fig.end <= start < c.np_end or (0 <= start - c.np_end < 3):
            return iso3
    return None


def _before(s: _Sent, c: _Cand) -> str | None:
    """The nearest country before the figure in its sentence: "la France a décidé ... qui compte à présent environ
    1700 militaires" (r8_057), "La República Argentina aporta cascos azules ... más de 15.600" (r8_081),
    "O Brasil é o principal contribuinte de tropas, com cerca de 985 militares" (r8_102)."""
    before = [iso3 for start, _, iso3 in s.countries if start < c.fig.start and not _is_place(s, start)]
    return before[-1] if before else None


def _is_place(s: _Sent, start: int) -> bool:
    """A country after a preposition of place is where something is, not who sends: "UNIFIL i Libanon
    1980-1994 (9 200)" (r10_088), "w Syrii" (r8_072), "en Chipre" (r8_081)."""
    word = re.search(r"(\w+)\s+$", s.doc.text[max(s.sent.start, start - 12):start])
    return word is not None and any(word.group(1).lower() == stem for stem, _ in s.doc.lang.stems("place"))


def _publisher(s: _Sent, c: _Cand) -> str | None:
    """A national ministry or armed force speaks of its own forces: "Der Beitrag des Bundesheeres besteht aus rund
    180 Soldaten" (r8_077, bmlv.gv.at), "o país enviou três capitães" (r9_044, gov.br)."""
    return s.doc.publisher


SENDER_RULES = (("demonym_np", _demonym_np), ("before", _before), ("publisher", _publisher))


# --- status and date -------------------------------------------------------------------------------------------

def _decided_future(s: _Sent, c: _Cand) -> str | None:
    """A decision that runs until a later date: "die Fortführung ... mit maximal 220 Schweizer Armeeangehörigen
    ... bis 31. Dezember 2008 beschlossen" (r9_048)."""
    pub = s.doc.ctx.published
    later = any(d.cue == "until" and (pub is None or d.date.value > pub.value) for d in s.dates)
    return "planned" if s.has("decision") and later else None


def _now(s: _Sent, c: _Cand) -> str | None:
    """"qui compte à présent environ 1700 militaires" (r8_057): serving, whatever was decided."""
    return "serving" if s.has("now") else None


def _total(s: _Sent, c: _Cand) -> str | None:
    """A tally: "com um total de aproximadamente 6.300 homens" (r9_044), "Ao longo de treze anos ... 37 mil
    soldados brasileiros passaram" (r8_102)."""
    return "cumulative" if s.has("total") else None


def _since_more(s: _Sent, c: _Cand) -> str | None:
    """"more than" so many since a year: "desde 1993 con más de 15.600 hombres y mujeres" (r8_081), "seit 1960
    ... mehr als 60 000 österreichische Soldatinnen und Soldaten" (r9_041)."""
    return "cumulative" if c.fig.qualifier == "more_than" and any(d.cue == "since" for d in s.dates) else None


def _verb(s: _Sent, c: _Cand) -> str | None:
    """The sentence's verb: "wysłała ok. 300 żołnierzy" (r8_072), "o país enviou três capitães" (r9_044),
    "partieron 108 efectivos" (r9_053): deployed."""
    hit = s.first("status")
    return hit[1] if hit else None


def _carried(s: _Sent, c: _Cand) -> str | None:
    """A sentence without a verb of its own that describes the contingent the sentence before sent off:
    "despidieron ... a un nuevo contingente" / "Se trata de la Fuerza de Tarea N° 60, compuesta por 218" (r9_053)."""
    return s.doc.prev_status


def _clause_span(s: _Sent, c: _Cand) -> LangDate | None:
    """A year span that ended before publication, in the figure's own clause (no comma between, close by)."""
    text, pub = s.doc.text, s.doc.ctx.published
    found = []
    for d in s.dates:
        lo, hi = (d.end, c.fig.start) if d.end <= c.fig.start else (c.np_end, d.start)
        if d.span_end is not None and (pub is None or d.span_end.value < pub.value) and \
                not re.search(r"[,;]", text[lo:hi]) and hi - lo < 40:
            found.append((hi - lo, d.start, d))
    return min(found)[2] if found else None


def _span_clause(s: _Sent, c: _Cand) -> str | None:
    """Years that ended before publication in the figure's own clause: a tally over them: "UNEF i Gaza och
    Sinai 1956-1967 med 12 000 soldater", "UNIFIL i Libanon 1980-1994 (9 200)" (r10_088); "tjänstgjorde mellan
    1964 och 1993" (r10_088)."""
    return "cumulative" if _clause_span(s, c) is not None else None


STATUS_RULES = (("decided_future", _decided_future), ("now", _now), ("total", _total),
                ("since_more", _since_more), ("verb", _verb), ("span_clause", _span_clause), ("carried", _carried))


def _point_dates(dates: Sequence[LangDate]) -> list[LangDate]:
    return [d for d in dates if d.cue is None]


def _asof_sentence(s: _Sent, c: _Cand, status: str) -> PartialDate | None:
    """A date of the sentence: "W 1953 ... wysłała ok. 300" (r8_072); a tally counts to the end of its span: "de
    janeiro de 1957 até junho de 1967 com um total de aproximadamente 6.300" (r9_044)."""
    dates = _point_dates(s.dates)
    if not dates:
        return None
    if status == "cumulative":  # the span of its clause ("Sinai 1956-1967 med 12 000 soldater", r10_088), else
        own = _clause_span(s, c)  # the latest date ("i 1994 og til ... i 1992, har 22.623 veteraner", r10_093)
        return own.span_end if own is not None else max((d.span_end or d.date for d in dates), key=lambda p: p.value)
    return dates[0].date


def _asof_previous(s: _Sent, c: _Cand, status: str) -> PartialDate | None:
    """The date of the sentence before: "Im Jahr 2006 sind zirka 1 250 Soldaten ..." / "..., wo die
    österreichische Beteiligung mit rund 870 Soldaten" (r9_041), "despidieron el 22 de julio" / "compuesta por 218"
    (r9_053)."""
    dates = _point_dates(s.doc.prev_dates)
    return dates[0].date if dates and status != "cumulative" else None


def _asof_published(s: _Sent, c: _Cand, status: str) -> PartialDate | None:
    """The publication date (r8_081, r8_102, r9_048)."""
    return s.doc.ctx.published


ASOF_RULES = (("sentence", _asof_sentence), ("previous", _asof_previous), ("published", _asof_published))


def _first(rules, *args):
    for name, rule in rules:
        value = rule(*args)
        if value:
            return name, value
    return None, None


def _mission(s: _Sent, c: _Cand) -> tuple[str | None, str]:
    if s.missions:
        # A mission before the figure in its clause ("UNEF i Gaza och Sinai 1956-1967 med 12 000 soldater, UNIFIL
        # i Libanon", r10_088), else the first after it, else the last.
        text = s.doc.text
        before = [m for m in s.missions if m.end <= c.fig.start and not re.search(r"[,;:]", text[m.end:c.fig.start])]
        after = [m for m in s.missions if m.start > c.fig.start]
        return (before[-1] if before else after[0] if after else s.missions[-1]).acronym, "sentence"
    return s.doc.mission, "focus" if s.doc.mission else "none"


def _contribution(s: _Sent, f: Figure) -> Contribution | None:
    rule, cand = _first(CANDIDATE_RULES, s, f)
    if cand is None or any(v(s, cand) for _, v in VETOES):
        return None
    sender_rule, sender = _first(SENDER_RULES, s, cand)
    if sender is None:
        return None
    status_rule, status = _first(STATUS_RULES, s, cand)
    status = status or "serving"
    asof_rule, as_of = _first(ASOF_RULES, s, cand, status)
    mission, mission_rule = _mission(s, cand)
    low = None if f.qualifier == "up_to" else f.value
    high = None if f.qualifier == "more_than" else f.value
    q = Quantity(f.start, f.end, s.doc.text[f.start:f.end], low, high, f.qualifier is not None, f.qualifier)
    extractor = (f"lang.{s.doc.lang.code}:{rule}+{sender_rule}+status({status_rule or 'default'})"
                 f"+asof({asof_rule or 'none'})+mission({mission_rule})")
    return Contribution(s.sent, q, sender, mission, "mission" if mission else "unspecified", cand.ptype, status,
                        as_of, mission_rule, extractor)


# --- events ----------------------------------------------------------------------------------------------------

def _triggers(s: _Sent) -> list[tuple[int, str]]:
    """The sentence's trigger words (``lang_cues.csv``, kind ``event``) with their type, by position."""
    return sorted((m.start() + s.sent.start, label) for stem, label in s.doc.lang.stems("event")
                  for m in _stem(stem).finditer(s.lowered))


def _un_decision_event(s: _Sent, d: LangDate) -> tuple[int, str] | None:
    """A Security Council decision: "Ebenfalls 2006 beschloss der UN-Sicherheitsrat" (r8_077)."""
    hit = s.first("decision")
    return (hit[0], "mandate") if hit is not None and s.has("un_body") else None


def _nearest(s: _Sent, d: LangDate) -> tuple[int, str] | None:
    """The trigger nearest the date: "La UNFICYP fue establecida ... el 27 de marzo de 1964 ..., y la Argentina
    participa en esa misión de paz desde 1993" (r9_053: 1964 a mandate, 1993 a deployment); "seit 1999
    erfolgreich verlaufen" (r9_048); "W 1953 ... wysłała" (r8_072)."""
    found = _triggers(s)
    if not found:
        return None
    return min(found, key=lambda t: (min(abs(t[0] - d.start), abs(t[0] - d.end)), t[0]))


def _mission_before(s: _Sent, d: LangDate) -> MissionMention | None:
    """The mission named just before a date in its clause: "UNEF i Gaza och Sinai 1956-1967" (r10_088),
    "UNEF II w Egipcie w latach 1973-1979" (r8_072)."""
    text = s.doc.text
    near = [m for m in s.missions if m.end <= d.start and d.start - m.end < 40
            and not re.search(r"[,;()]", text[m.end:d.start])]
    return near[-1] if near else None


def _mission_span(s: _Sent, d: LangDate) -> tuple[int, str] | None:
    """A mission with its years and no verb, in a list of a country's missions: "Andra stora insatser är UNEF i
    Gaza och Sinai 1956-1967 med 12 000 soldater, UNIFIL i Libanon 1980-1994 (9 200), UNEF II i Sinai 1973-1980"
    (r10_088): a deployment from the first year."""
    m = _mission_before(s, d)
    if m is None or d.span_end is None or s.has("casualty"):  # not "Det omkom 21 norske soldater i UNIFIL
        return None  # mellom 1978 og 1998" (r10_086)
    return d.start, "deployment"


EVENT_RULES = (("un_decision", _un_decision_event), ("nearest", _nearest), ("mission_span", _mission_span))


def _actor(s: _Sent, pos: int, etype: str) -> str | None:
    """The UN for a mandate; else the first country named before the trigger ("Polska Rzeczpospolita Ludowa
    wysłała", r8_072; "la Argentina participa", r9_053), else the actor of the sentences before ("Polacy
    uczestniczyli ..." / "kontyngenty kierowano", r8_072), else the publisher's country (r9_041, r9_044)."""
    if etype == "mandate":
        return "UN"
    before = [iso3 for start, _, iso3 in s.countries if start < pos and not _is_place(s, start)]
    # The subject after its verb, as German and the Nordic languages put it after a fronted date: "Natt til
    # 15. mars 1978 invaderte Israel Libanon" (r10_092), "Seit November 2011 beteiligt sich das Österreichische
    # Bundesheer" (r8_077).
    after = [iso3 for start, _, iso3 in s.countries if pos < start < pos + 30 and not _is_place(s, start)]
    return before[0] if before else after[0] if after else (s.doc.actor or s.doc.publisher)


def _events(s: _Sent) -> list[Event]:
    out = []
    for d in s.dates:
        if d.cue == "until":
            continue
        rule, found = _first(EVENT_RULES, s, d)
        if found is None:
            continue
        pos, etype = found
        actor = _actor(s, pos, etype)
        own = _mission_before(s, d)
        # The page's mission only for its own kind of event: an invasion is nobody's mission ("Natt til 15. mars
        # 1978 invaderte Israel Libanon" on a UNIFIL page, r10_092).
        carried = s.doc.mission if etype != "intervention" else None
        mission = own.acronym if own else s.missions[0].acronym if s.missions else carried
        mention = DateMention(d.start, d.end, s.doc.text[d.start:d.end], d.date, d.span_end,
                              kind="since" if d.cue == "since" else ("span" if d.span_end else "point"))
        org = "UN" if actor == "UN" else None
        out.append(Event(s.sent, mention, etype, None if org else actor, org, mission,
                         extractor=f"lang.{s.doc.lang.code}:{rule}+{'since' if d.cue else 'date'}"))
        if actor and not org:
            s.doc.actor = actor
    return out


def _countries(doc: _Doc, sent: Sentence) -> list[tuple[int, int, str]]:
    """Country names (capitalised, as all these languages write them: not "island" or "chile" as common words)
    and demonyms (lower case in most of them: "chilenos", "svenskar", "danske") of the sentence."""
    out = []
    for m in country_regex(doc.lang.code).finditer(doc.text, sent.start, sent.end):
        key = _key(doc.lang, m.group(0).lower())
        if key is not None and (key in doc.lang.demonyms or m.group(0)[0].isupper()):
            out.append((m.start(), m.end(), doc.lang.countries[key]))
    return out


def _key(lang: Language, word: str) -> str | None:
    """The lexicon entry a matched word starts with (the longest)."""
    for end in range(len(word), 0, -1):
        if word[:end] in lang.countries:
            return word[:end]
    return None


def extract(text: str, sentences: Sequence[Sentence], ctx: DocumentContext,
            missions: Sequence[MissionMention]) -> tuple[list[Contribution], list[Event]]:
    """The contributions and events of a document in ``ctx.language`` (not English); nothing for a language
    without lexicons."""
    lang = languages().get(ctx.language)
    if lang is None or not lang.personnel:
        return [], []
    doc = _Doc(text, lang, ctx, missions, publisher_country(ctx))
    contribs: list[Contribution] = []
    events: list[Event] = []
    for sent in sentences:
        s = _Sent(doc, sent, text[sent.start:sent.end].lower(), _countries(doc, sent),
                  find_dates(text, lang, sent.start, sent.end, ctx.published, doc.year),
                  [m for m in missions if sent.start <= m.start < sent.end and m.acronym])
        rows = [c for f in _figures(s) if (c := _contribution(s, f)) is not None]
        contribs.extend(rows)
        events.extend(_events(s))
        if s.missions:
            doc.mission = s.missions[-1].acronym
        doc.prev_dates = s.dates
        if s.dates:
            doc.year = str(s.dates[-1].date.value.year)
        hit = s.first("status")
        doc.prev_status = hit[1] if hit else None
    return contribs, events
