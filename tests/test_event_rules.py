"""The event rule tables, walked: every rule of every table has a case that names it (its own example sentence,
which must fire it), every veto a negative case (its example is dropped by it), and the examples are sentences
the real chain reads (sentences, countries, missions, dates, then events).

A rule whose example stops firing it is a behaviour change (or an example to correct)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract.countries import find_countries
from pipeline.extract.dates import find_dates
from pipeline.extract.ev import actors, bind, checks, cues, kinds, mission, triggers, typed_actors, vetoes
from pipeline.extract.ev.rules import Rule, tracing
from pipeline.extract.events import extract_events
from pipeline.extract.lexicon import LexiconError
from pipeline.extract.missions import MissionMatcher
from pipeline.extract.publishers import home_country
from pipeline.extract.sentences import split_sentences
from pipeline.extract.types import DocumentContext, PartialDate
from pipeline.reference.catalog import build_mission_catalog

ROOT = Path(__file__).resolve().parents[1]
MATCHER = MissionMatcher(build_mission_catalog(ROOT / "sources" / "reference"))
PUBLISHED = PartialDate.parse("2024-06-30")

# stage (as the trace names it) -> its table; the vetoes among them drop what they fire on.
TABLES: dict[str, tuple[Rule, ...]] = {
    "trigger": triggers.TRIGGER_RULES,
    "trigger_veto": triggers.READING_VETOES,
    "trigger_check": tuple(triggers.TEXT_CHECKS.values()),
    "context_check": tuple(checks.CONTEXT_CHECKS.values()),
    "date_veto": vetoes.DATE_VETOES,
    "bind": bind.BIND_RULES,
    "statement": bind.STATEMENT_RULES,
    "veto": vetoes.BOUND_VETOES,
    "type": kinds.TYPE_RULES + kinds.ACTOR_TYPE_RULES,
    "actor": actors.ACTOR_RULES + typed_actors.TYPED_ACTOR_RULES,
    "mission": mission.MISSION_RULES,
}
VETO_STAGES = ("trigger_veto", "trigger_check", "context_check", "date_veto", "veto")


# The examples are read as a state's own body published them (``actor.publisher_state`` needs one).
CONTEXT = DocumentContext("t", PUBLISHED, publisher="Parliament of Australia (Senate)")


def fired(text: str) -> set[str]:
    """``stage.rule`` of every event rule that fires on ``text`` through the real chain."""
    with tracing() as trace:
        extract_events(text, split_sentences(text), find_countries(text), MATCHER.find_mentions(text, PUBLISHED),
                       find_dates(text, PUBLISHED), CONTEXT)
    return {f"{stage}.{rule}" for stage, rule, _, _ in trace}


CASES = [(stage, rule) for stage, table in TABLES.items() for rule in table]


@pytest.mark.parametrize(("stage", "rule"), CASES, ids=[f"{s}.{r.name}" for s, r in CASES])
def test_rule_has_a_case_that_names_it(stage: str, rule: Rule) -> None:
    """The rule's example is its case: it fires the rule (for a veto: the veto drops it, a negative case)."""
    assert f"{stage}.{rule.name}" in fired(rule.example), f"{stage}.{rule.name} does not fire on {rule.example!r}"


def test_every_veto_has_a_negative_case() -> None:
    walked = {f"{s}.{r.name}" for s, r in CASES}
    for stage in VETO_STAGES:
        assert TABLES[stage], stage
        assert all(f"{stage}.{r.name}" in walked for r in TABLES[stage])


def test_trigger_table_and_data_agree() -> None:
    data = cues.load_triggers()
    assert [r for _, r, _ in data] == [r.name for r in triggers.TRIGGER_RULES]
    assert {k for k, _, _ in data} <= cues.TYPES


def test_a_vetoed_example_makes_no_row_from_the_vetoed_date() -> None:
    text = vetoes.DATE_VETOES[0].example  # "extended the mandate until 31 August 2014"
    rows = extract_events(text, split_sentences(text), find_countries(text), MATCHER.find_mentions(text, PUBLISHED),
                          find_dates(text, PUBLISHED), DocumentContext("t", PUBLISHED))
    assert rows == []


@pytest.mark.parametrize(("content", "message"), [
    ("type,rule,pattern,note\nsoon,deploy,deploy(?:ed)?,\n", "not an event type"),
    ("type,rule,pattern,note\ndeployment,deploy,(?:deploy),\n", "does not work"),
    ("type,rule,pattern,note\ndeployment,deploy,deploy@X@,\n", "not defined above"),
    ("type,rule,pattern,note\ndeployment,deploy,deployed,\nattack,attack,attacked,\ndeployment,deploy,sent,\n",
     "together"),
    ("type,rule,pattern,note\ndeployment,deploy,deployed,\ndeployment,deploy,deployed,\n", "already a branch"),
    ("type,rule,pattern\n", "header"),
])
def test_bad_trigger_files_are_rejected_with_the_line(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "event_triggers.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        cues.load_triggers.__wrapped__(path)


# Names a row's chain can hold besides the rules of the tables: steps of the row itself.
ROW_STEPS = {"bind.deadline", "bind.when_clause", "bind.replaced_after", "actor.none", "actor.closing",
             "actor.date_clause", "actor.agent", "mission.none", "mission.before_start"}


def test_extractor_names_the_chain_of_rules_that_made_the_row() -> None:
    known = {f"{s}.{r.name}" for s, r in CASES} | ROW_STEPS
    rows = []
    for _, rule in CASES:
        text = rule.example
        rows += extract_events(text, split_sentences(text), find_countries(text),
                               MATCHER.find_mentions(text, PUBLISHED), find_dates(text, PUBLISHED),
                               DocumentContext("t", PUBLISHED))
    assert len(rows) > 40
    for row in rows:
        version, _, chain = row.extractor.partition(":")
        head, *steps = chain.split("+")
        assert version == "events.v5" and head.startswith(f"{row.event_type}_"), row.extractor
        assert steps[0].startswith("bind.") and set(steps) <= known, row.extractor
        assert [s.split(".")[0] for s in steps[-2:]] == ["actor", "mission"], row.extractor


def _rows(text: str, published: PartialDate = PUBLISHED) -> list[tuple[str, str, str | None, str | None]]:
    return [(e.date.surface, e.event_type, e.actor_iso3, e.actor_organisation)
            for e in extract_events(text, split_sentences(text), find_countries(text),
                                    MATCHER.find_mentions(text, published), find_dates(text, published),
                                    DocumentContext("t", published))]


# Real dev sentences (tests/data/real/dev) whose actor the guide fixes (E1, E6): who acts once the type is known.
ACTOR_CASES = [
    # a mandate: the Council, unless another mandating party is named
    ("In its resolution 511 (1982) of 18 June 1982 the Security Council decided, as an interim measure, to extend "
     "the mandate of the United Nations Interim Force in Lebanon (UNIFIL) for a period of two months.",
     ("18 June 1982", "mandate", None, "UN")),
    ("Established by the Security Council in 2007, the mission is expected to have a total of 26,000 military and "
     "police personnel at full deployment.", ("2007", "mandate", None, "UN")),
    ("On 18 February 2013, the European Council agreed to set up a military mission to contribute to training of "
     "the Mali security forces.", ("18 February 2013", "mandate", None, "EU")),
    # a mission, or the UN's name for a force, acts for itself
    ("During 2001, UNAMSIL deployed troops throughout the country.", ("2001", "deployment", None, None)),
    ("On 15 March 2009, a UN force took over under the MINURCAT mandate.", ("15 March 2009", "handover", None, None)),
    # the contributing country: a force after the trigger noun's "of" (an acronym too; made up: no dev sentence
    # names a force by its acronym there), a unit "of" a demonym, a mission only where it served
    ("Parliament approved the deployment of the KDF to Somalia on 16 October 2011.",
     ("16 October 2011", "deployment", "KEN", None)),
    ("An advance party of Jordanian police officers arrived in Darfur today ahead of a larger deployment due later "
     "this month.", ("today", "deployment", "JOR", None)),
    ("Two other Polish Military Contingents also participated in UN peacekeeping operations in the Middle East: PMC "
     "in the UNDOF operation (United Nations Disengagement Observer Force) in the Golan Heights from June 1974 to "
     "October 2009.", ("from June 1974 to October 2009", "deployment", "POL", None)),
    # a reported arrival: the reported clause's country, else where the soldiers came from; not the reporter
    ("The UN Organization Mission in the DRC (MONUC) reported that the soldiers arrived in Bunia from Bangladesh "
     "yesterday, to expand the contingent of the UN mission there.", ("yesterday", "deployment", "BGD", None)),
    # an agreement between states has no actor; a trigger noun in an opening phrase takes the main clause's subject
    ("The Democratic Republic of Congo and five regional states signed the Lusaka Ceasefire Agreement in July 1999.",
     ("July 1999", "other", None, None)),
    ("Since gaining independence in 1841, El Salvador in Central America saw a succession of military autocracies "
     "and coups d'etat.", ("1841", "other", "SLV", None)),
    # the UN of an earlier sentence is not the actor of a happening that is no mandate
    ("The U.N. resolution calls for a joint force consisting of more than 19,000 military personnel. The conflict "
     "between Darfur rebels and the Sudanese government broke out in early 2003.",
     ("early 2003", "other", None, None)),
    # attacks: the victims of "came under fire" and the clause around an attack noun are not the attackers
    ("On 7 March this year Irish troops came under fire in the village of Braasheet.",
     ("7 March this year", "attack", None, None)),
    ("Within a background of distrust and revenge, Rwanda’s holocaust of 1994 began after its President was shot "
     "down and killed in his aircraft.", ("1994", "attack", None, None)),
]


@pytest.mark.parametrize(("text", "expected"), ACTOR_CASES, ids=[c[0][:40] for c in ACTOR_CASES])
def test_actor_of_real_sentences(text: str, expected: tuple) -> None:
    published = {"Braasheet": "1985-04-01", "Jordanian": "2009-08-03", "Bunia": "2003-08-15"}
    date = next((v for k, v in published.items() if k in text), None)
    assert expected in _rows(text, PartialDate.parse(date) if date else PUBLISHED)


@pytest.mark.parametrize(("publisher", "iso3"), [
    ("UK Parliament (Hansard, House of Commons)", "GBR"), ("Parliament of Australia (ParlInfo, Senate Hansard)", "AUS"),
    ("Houses of the Oireachtas (Dáil Éireann debates)", "IRL"),
    ("Ministry of National Defence of Poland (gov.pl)", "POL"),
    ("Secretariat of the International Peace Cooperation Headquarters, Cabinet Office of Japan (pko.go.jp)", "JPN"),
    ("United Nations Mission in South Sudan (UNMISS)", None), ("Voice of America", None),
    ("Wikipedia (Wikimedia Foundation)", None), (None, None)])
def test_publisher_country_is_the_state_whose_body_published(publisher: str | None, iso3: str | None) -> None:
    assert home_country(publisher) == iso3


def test_publisher_state_only_in_a_states_own_document() -> None:
    """Real dev sentence (Australian Senate Hansard, 2006): "We" is the publishing state; in news, nobody."""
    text = "We deployed 45 yesterday and a further 47 today."
    published = PartialDate.parse("2006-06-13")

    def actors(publisher: str) -> list[str | None]:
        ctx = DocumentContext("t", published, publisher=publisher)
        return [e.actor_iso3 for e in extract_events(text, split_sentences(text), find_countries(text), [],
                                                     find_dates(text, published), ctx)]

    assert actors("Parliament of Australia (Senate)") == ["AUS", "AUS"]
    assert actors("Voice of America") == [None, None]
def test_a_deployment_skips_the_mission_it_came_from() -> None:
    """r1_002: the advance team arrived "from MINUSTAH" to support UNMISS, the mission the story names before."""
    text = ("UNMISS welcomed more Nepalese troops in Juba on 4 February 2014. An advance team of 25 Nepalese troops "
            "arrived in the country on 10 January 2014 from MINUSTAH to support the mission.")
    rows = extract_events(text, split_sentences(text), find_countries(text), MATCHER.find_mentions(text, PUBLISHED),
                          find_dates(text, PUBLISHED), DocumentContext("t", PUBLISHED))
    arrival = [r for r in rows if r.date.date.value.isoformat() == "2014-01-10"]
    assert [(r.event_type, r.mission_acronym) for r in arrival] == [("deployment", "UNMISS")]


def test_the_mission_is_not_the_one_a_contingent_came_from() -> None:
    """r1_002: "the mission" after a sentence naming where the troops came from (MINUSTAH) is UNMISS."""
    text = ("Reinforcing UNMISS, 266 Nepalese peacekeepers arrived in Juba on 4 February 2014 from the UN "
            "Stabilization Mission in Haiti (MINUSTAH). An advance team of 25 Nepalese troops arrived in the "
            "country on 10 January 2014 to support the mission.")
    rows = extract_events(text, split_sentences(text), find_countries(text), MATCHER.find_mentions(text, PUBLISHED),
                          find_dates(text, PUBLISHED), DocumentContext("t", PUBLISHED))
    assert [(r.event_type, r.mission_acronym) for r in rows if r.date.date.value.isoformat() == "2014-01-10"] == [
        ("deployment", "UNMISS")]


def test_an_event_long_before_its_mission_began_has_none() -> None:
    """r1_041: UNDOF began in May 1974; the war of October 1973 is no UNDOF event. Seed 000: China's first
    peacekeepers of 1992 in a story on MINUSMA. A mission's own dates are kept."""
    extract_document_ctx = DocumentContext("t", PUBLISHED)
    extract_document_ctx.extra["mission_start"] = MATCHER.starts
    for text, expected in [
        ("UNDOF was established following the October 1973 war in the Middle East.", None),
        ("MINUSMA patrols Gao. China contributed its first peacekeepers in 1992.", None),
        ("MINUSMA patrols Gao. China deployed 395 engineers in December 2013.", "MINUSMA"),
    ]:
        rows = extract_events(text, split_sentences(text), find_countries(text),
                              MATCHER.find_mentions(text, PUBLISHED), find_dates(text, PUBLISHED), extract_document_ctx)
        assert [r.mission_acronym for r in rows] == [expected], (text, rows)
