"""The event rule tables, walked: every rule of every table has a case that names it (its own example sentence,
which must fire it), every veto a negative case (its example is dropped by it), and the examples are sentences
the real chain reads (sentences, countries, missions, dates, then events).

A rule whose example stops firing it is a behaviour change (or an example to correct)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract.countries import find_countries
from pipeline.extract.dates import find_dates
from pipeline.extract.document import event_row
from pipeline.extract.ev import actors, bind, checks, cues, dedupe, kinds, mission, triggers, typed_actors, vetoes
from pipeline.extract.ev.entities import DocIndex
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
    "doc_veto": dedupe.DOC_VETOES,
}
VETO_STAGES = ("trigger_veto", "trigger_check", "context_check", "date_veto", "veto", "doc_veto")


# The examples are read as a state's own body published them (``actor.publisher_state`` needs one).
CONTEXT = DocumentContext("t", PUBLISHED, publisher="Parliament of Australia (Senate)",
                          extra={"mission_index": MATCHER})


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


def test_each_stems_trigger_expression_compiles_once_with_the_rules_of_its_branches() -> None:
    """The expressions are compiled when their stem is first found, not on import: each must still compile, name
    (in priority order) exactly the rules with a branch that can start at its stem, and be built only once."""
    order = [rule for _, rule, _ in cues.load_triggers()]
    for stem in triggers._STEMS:
        expression = triggers._trigger_expression(stem)
        named = [name.split("__")[1] for name in expression.groupindex]
        expected = [rule for _, rule, branches in cues.load_triggers()
                    if any(cues.stem(b).startswith(stem) or stem.startswith(cues.stem(b)) for b in branches)]
        assert named == expected and named == sorted(named, key=order.index), stem
        assert triggers._trigger_expression(stem) is expression
    assert triggers._trigger_expression("deploy").match("Deployed troops").lastgroup == "deployment__deploy"


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
ROW_STEPS = {"bind.deadline", "bind.request", "bind.when_clause", "bind.replaced_after", "actor.none", "actor.closing",
             "actor.date_clause", "actor.agent", "actor.co_actor", "actor.founding_participant", "mission.none",
             "mission.co_mission",
             "actor.joint_unit"}


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
        assert version == "events.v10" and head.startswith(f"{row.event_type}_"), row.extractor
        assert steps[0].startswith("bind.") and set(steps) <= known, row.extractor
        assert [s.split(".")[0] for s in steps[-2:]] == ["actor", "mission"], row.extractor


def _actor_rows(text: str, published: PartialDate = PUBLISHED) -> list[tuple[str, str, str | None, str | None]]:
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
    # actor.unit_page: a national unit's page, its infobox naming the country (r8_110)
    ("Garuda Contingent\n\nFrom Wikipedia, the free encyclopedia\nGaruda Contingent (Kontingen Garuda)\n\nActive "
     "1957 \u2013 present\nCountry  Indonesia\nRole Peacekeeping\n\nIn 1992, five Garuda Contingent members "
     "participated in the United Nations Operation in Somalia I under the command of Lieutenant Colonel Bibit "
     "Santoso.\n", ("1992", "deployment", "IDN", None)),
    # attacks: the victims of "came under fire" and the clause around an attack noun are not the attackers
    ("On 7 March this year Irish troops came under fire in the village of Braasheet.",
     ("7 March this year", "attack", None, None)),
    ("Within a background of distrust and revenge, Rwanda’s holocaust of 1994 began after its President was shot "
     "down and killed in his aircraft.", ("1994", "attack", None, None)),
]


@pytest.mark.parametrize(("text", "iso3"), [
    ("Garuda Contingent\n\nActive 1957 \u2013 present\nCountry  Indonesia\nRole Peacekeeping\n", "IDN"),  # r8_110
    ("= Dutchbat =\n\nInfobox\n- Unit Name: Dutchbat\n- Country: Netherlands\n", "NLD"),  # r4_030
    ("= MFO =\n\n- Allegiance: peacekeeping force backed by Egypt, Israel, and the United States\n", None),  # r4_006
    ("= SAMIM =\n\n- Country: , , , , , , , ,\n", None),  # r4_041
    ("Troops by country\n\nCountry contributors\nIndonesia 1,000\n", None),  # a table heading (r1_024)
])
def test_a_units_page_names_its_country_in_its_infobox(text: str, iso3: str | None) -> None:
    doc = DocIndex(text, split_sentences(text), find_countries(text), [])
    assert doc.unit_country() == iso3


@pytest.mark.parametrize(("text", "expected"), ACTOR_CASES, ids=[c[0][:40] for c in ACTOR_CASES])
def test_actor_of_real_sentences(text: str, expected: tuple) -> None:
    published = {"Braasheet": "1985-04-01", "Jordanian": "2009-08-03", "Bunia": "2003-08-15"}
    date = next((v for k, v in published.items() if k in text), None)
    assert expected in _actor_rows(text, PartialDate.parse(date) if date else PUBLISHED)


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


def test_a_forces_own_deployment_is_not_the_publishing_states() -> None:
    """r5_011 (House of Lords, 1993): "the deployment of the unified task force (UNITAF)" is the force's, not the
    UK's; the contingent before "its ... deployment" is the actor (r1_036), not the mission that praised it."""
    published = PartialDate.parse("1993-02")
    for text, publisher, actor in (
            ("My Lords, since December the deployment of the unified task force (UNITAF) has enabled the UN and NGOs "
             "to deliver aid much more effectively to most parts of the country.", "UK Parliament (House of Lords)",
             None),
            ("UNTAET chief Sergio Vieira de Mello praised the Kenyan contingent for their professionalism since its "
             "December 1992 deployment.", "UN News", "KEN")):
        ctx = DocumentContext("t", published, publisher=publisher)
        rows = extract_events(text, split_sentences(text), find_countries(text), MATCHER.find_mentions(text, published),
                              find_dates(text, published), ctx)
        assert [(r.event_type, r.actor_iso3) for r in rows] == [("deployment", actor)]
def test_a_regional_council_that_approves_is_the_actor_not_the_un() -> None:
    """r4_009: the organisation inside the trigger's words ("approved by the Council of the European Union") is
    the agent of the mandate (actor.mandate_agent), not the Security Council; the Security Council still where it
    approves."""
    published = PartialDate.parse("2010")
    for text, organisation in (
            ("The military operation was approved by the Council of the European Union on 15 October 2007.", "EU"),
            ("The operation was approved by the Security Council on 15 October 2007.", "UN")):
        rows = extract_events(text, split_sentences(text), find_countries(text), MATCHER.find_mentions(text, published),
                              find_dates(text, published), DocumentContext("t", published))
        assert [(r.event_type, r.actor_iso3, r.actor_organisation) for r in rows] == [("mandate", None, organisation)]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # actor.un_request (r5_018, r4_031): the UN asked; not the state asked, not nobody
    ("A request was received from the United Nations on 2 January 1996 for two ammunition technical officers for "
     "deployment to Croatia and Bosnia for approximately six weeks.", "1996-02", [("1996-01-02", "other", None, "UN")]),
    ("In 2011, UN Secretary-General Ban Ki-moon asked the government of the Republic of Korea to deploy a unit of the "
     "South Korean Army as part of the United Nation's peacekeeping mission in South Sudan.", "2020",
     [("2011", "other", None, "UN")]),
    # actor.cited_resolution (r1_041, guide E1)
    ('"1. Calls upon the parties concerned to implement immediately its resolution 338 (1973) of 22 October 1973;',
     "2002-05-30", [("1973-10-22", "other", None, "UN")]),
    # actor.entry_alone (r3_049): the second entry is not Afghanistan's
    ("  • 20 August 2009: Afghan Presidential and Provincial Council elections\n\n  • 20 January 2009: Start of the "
     "Phase IV of the voter registration process in Uruzgan, Kandahar, Helmand and Nimroz.\n", "2009-09",
     [("2009-01-20", "other", None, None)]),
])
def test_typed_actors_on_real_dev_sentences(text: str, published: str, expected: list) -> None:
    when = PartialDate.parse(published)
    rows = extract_events(text, split_sentences(text), find_countries(text), MATCHER.find_mentions(text, when),
                          find_dates(text, when), _context(when))
    dates = {e[0] for e in expected}
    assert [(r.date.date.iso(), r.event_type, r.actor_iso3, r.actor_organisation) for r in rows
            if r.date.date.iso() in dates] == expected


def test_a_mission_that_began_long_after_the_date_is_skipped_for_the_next_named() -> None:
    """r5_050: the date's clause names UNDOF (1974) and UNIFIL (1978): June 1974 is UNDOF's, not "before the start"
    of UNIFIL."""
    published = PartialDate.parse("2020")
    ctx = DocumentContext("t", published, extra={"mission_start": MATCHER.starts,
                                                 "mission_organisation": MATCHER.organisations})
    text = ("Two other Polish Military Contingents also participated in UN peacekeeping operations in the Middle East: "
            "PMC in the UNDOF operation (United Nations Disengagement Observer Force) in the Golan Heights from June "
            "1974 to October 2009 and PMC in the UNIFIL operation (United Nations Interim Force in Lebanon) from April "
            "1992 to December 2009.")
    rows = extract_events(text, split_sentences(text), find_countries(text), MATCHER.find_mentions(text, published),
                          find_dates(text, published), ctx)
    assert [(r.date.date.iso(), r.actor_iso3, r.mission_acronym) for r in rows] == [
        ("1974-06", "POL", "UNDOF"), ("1992-04", "POL", "UNIFIL")]


def test_elections_and_agreements_with_the_government_take_the_documents_country() -> None:
    """Guide E6 on real dev sentences: an agreement between the (unnamed) government and rebels is the state's the
    document is about, and so are elections held there (r2_038, El Salvador, published by Japan's PKO secretariat;
    r3_049: the country named in the elections' phrase), not elections something else is for."""
    published = PartialDate.parse("2010")
    text = ("ONUSAL was deployed to El Salvador in 1991. El Salvador had been at war. Japan sent observers to El "
            "Salvador.\n\nFollowing the signing of the 1992 peace agreement between the government and FMLN , "
            "presidential, vice-presidential and legislative elections were held in 1994.\n\n  • 20 August 2009: "
            "Afghan Presidential and Provincial Council elections\n\n  • 20 February 2009: End of the Phase IV of the "
            "voter registration process for the 2009 Afghanistan Presidential elections.\n")
    ctx = DocumentContext("t", published, publisher="Secretariat of the International Peace Cooperation Headquarters, "
                                                    "Cabinet Office, Government of Japan")
    rows = extract_events(text, split_sentences(text), find_countries(text), MATCHER.find_mentions(text, published),
                          find_dates(text, published), ctx)
    actors = {(r.date.date.iso(), r.event_type): r.actor_iso3 for r in rows}
    assert actors[("1992", "other")] == "SLV"
    assert actors[("1994", "other")] == "SLV"
    assert actors[("2009-08-20", "other")] == "AFG"
    assert actors[("2009-02-20", "other")] is None


def test_a_massacre_named_in_a_sentence_about_a_mission_is_not_the_missions() -> None:
    """r4_050 (mission.background_noun): the massacre after which TIPH was set up has no mission; TIPH's own start
    keeps it."""
    published = PartialDate.parse("2020")
    text = ("The TIPH mission was first established in 1994 after the Cave of the Patriarchs massacre on 25 February "
            "1994, in which 29 Palestinians were killed.")
    rows = extract_events(text, split_sentences(text), find_countries(text), MATCHER.find_mentions(text, published),
                          find_dates(text, published), _context(published))
    missions = {r.date.date.iso(): r.mission_acronym for r in rows}
    assert missions == {"1994": "TIPH", "1994-02-25": None}


def test_a_mission_list_line_is_the_publishing_states_deployment_to_that_mission() -> None:
    """r5_044 (the Irish Defence Forces' current missions): each line's actor is the state that lists them, not the
    subject of the text before (Mali, a mission), and its mission is the line's own."""
    text = ("EUTM (Mali) - February 2013 to date\n\nThe EU mission trains the Mali security forces.\n\n"
            "ISAF - December 2001 to date\n\nUNTSO observers serve in the region.\n\nKFOR - August 1999 to date\n")
    published = PartialDate.parse("2014")

    def rows(publisher: str) -> list[tuple]:
        ctx = DocumentContext("t", published, publisher=publisher)
        return [(r.date.date.iso(), r.event_type, r.actor_iso3, r.mission_acronym) for r in extract_events(
            text, split_sentences(text), find_countries(text), MATCHER.find_mentions(text, published),
            find_dates(text, published), ctx)]

    assert rows("Irish Defence Forces (military.ie)") == [
        ("2013-02", "deployment", "IRL", "EUTM Mali"), ("2001-12", "deployment", "IRL", "ISAF"),
        ("1999-08", "deployment", "IRL", "KFOR")]
    assert [r[2] for r in rows("Voice of America")] == [None, None, None]


@pytest.mark.parametrize(("title", "actor"), [("Pakistan Army - UN Peacekeeping Missions", "PAK"),
                                              ("UN Peacekeeping Missions", None)])
def test_a_named_mission_line_is_the_title_countrys_deployment(title: str, actor: str | None) -> None:
    """r12_045 (a copy of Wikipedia's Pakistan Army page): "• UN Operation in Congo (ONUC) 1960–1964", the full
    name, the acronym in parentheses and the years ending the line, is a line of the list of a country's missions
    like "ONUC - 1960 to 1964"; with no state publisher, its actor is the one country of the page's title. The
    acronym, not the name (the catalogue reads "UN Verification Mission in Angola" as MONUA), is the mission."""
    text = (f"{title}\n\nUN Peacekeeping Missions\n\nIn 1992 there were 11,000 Blue Berets around the world.\n\n"
            "  \u2022 UN Operation in Congo (ONUC) 1960\u20131964\n"
            "  \u2022 UN Iraq\u2013Kuwait Observer Mission (UNIKOM) 1991\u20132003\n"
            "  \u2022 UN Verification Mission in Angola (UNAVEM III) 1995\u20131997\n"
            "  \u2022 UN Transitional Administration in East Timor (UNTAET) 1999-to-date\n\n"
            "The force (UNIFIL) 1978\u20132000 served in the south of Lebanon.\n")
    published = PartialDate.parse("2020")
    rows = extract_events(text, split_sentences(text), find_countries(text), MATCHER.find_mentions(text, published),
                          find_dates(text, published),
                          DocumentContext("t", published, publisher="LiquiSearch (copy of English Wikipedia)"))
    assert [(r.date.date.iso(), r.event_type, r.actor_iso3, r.mission_acronym) for r in rows
            if "mission_line" in r.extractor] == [
        ("1960", "deployment", actor, "ONUC"), ("1991", "deployment", actor, "UNIKOM"),
        ("1995", "deployment", actor, "UNAVEM III"), ("1999", "deployment", actor, "UNTAET")]


def test_a_participation_line_is_the_publishing_states_deployment_to_the_sections_mission() -> None:
    """r9_059 (the Austrian Armed Forces' current missions): "Participation: Since MAY 1974" under the heading
    "UNDOF - United Nations Disengagement Observer Force" is Austria's deployment to UNDOF (the state that published
    the page; the section's mission, not the next section's)."""
    text = ("Current Missions Abroad of the Austrian Armed Forces\n\nUNDOF - United Nations Disengagement Observer "
            "Force\n\nThis operation essentially consists of a group of observers supervising the disengagement of "
            "Israeli and Syrian troops on the Golan Heights.\n\nParticipation: Since MAY 1974 Strength: 470 service "
            "personnel (375 Austrian and 95 Slovak troops)\n\nISAF - International Security Assistance Force\n\n"
            "Its task is to ensure law and order in Afghanistan.\n")
    published = PartialDate.parse("2006")
    ctx = DocumentContext("t", published, publisher="Österreichisches Bundesheer (bundesheer.at, English pages)",
                          url="http://www.bundesheer.at/english/td_international/index.shtml")
    rows = extract_events(text, split_sentences(text), find_countries(text), MATCHER.find_mentions(text, published),
                          find_dates(text, published), ctx)
    assert [(r.date.date.iso(), r.event_type, r.actor_iso3, r.mission_acronym) for r in rows] == [
        ("1974-05", "deployment", "AUT", "UNDOF")]


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
def _context(when: PartialDate) -> DocumentContext:
    """A document's context as the pipeline gives it (with the catalogue's mission -> organisation map)."""
    return DocumentContext("t", when, extra={"mission_organisation": MATCHER.organisations})


def _rows(text: str, published: str) -> list[tuple[str, str]]:
    """(date, event type) of the rows the real chain makes from ``text`` published on ``published``."""
    when = PartialDate.parse(published)
    rows = extract_events(text, split_sentences(text), find_countries(text), MATCHER.find_mentions(text, when),
                          find_dates(text, when), _context(when))
    return [(r.date.date.iso(), r.event_type) for r in rows]


# Real sentences of the dev split (tests/data/real/dev), with the rows the guide gives them (and those it does not).
DEV_CASES = [
    # statement.reported_withdrawal: a withdrawal announced for later is dated by the decision (the plan's own
    # date is no event of its own in the guide, E2; the composed sets still annotate it)
    ("statement.reported_withdrawal", ("After much domestic opposition to its continued presence in Afghanistan, "
                                       "Canada announced in November 2010 that it would withdraw combat troops in "
                                       "July 2011."), "2011-03-01",
     [("2010-11", "withdrawal")], []),
    # bind.chronology: chronology entries (NATO's ISAF chronology, the Foreign Office's Kosovo chronology)
    ("bind.chronology", ("  \u2022 20 January 2009: Start of the Phase IV of the voter registration process in Uruzgan, "
                         "Kandahar, Helmand and Nimroz.\n  \u2022 4 December 2008: End of the Phase II of the voter "
                         "registration process.\n"), "2009-06", [("2009-01-20", "other"), ("2008-12-04", "other")], []),
    ("bind.chronology", ("9 June\n\n  Military Technical Agreement signed between KFOR and FRY on terms of and "
                         "timetable for Serb forces' withdrawal.\n\n10 June\n\n  G8 Foreign Ministers meet in Cologne "
                         "to discuss civil implementation and reconstruction.\n"), "1999",
     [("1999-06-09", "other"), ("1999-06-10", "other")], []),
    # type.unmandated: a mission that no organisation mandates is established by its parties; what is established
    # is no mission at all
    ("type.unmandated", ("The SLMM was established on 22 February 2002 to monitor the ceasefire and investigate "
                         "reported violations of the ceasefire agreement."), "2020",
     [("2002-02-22", "other")], [("2002-02-22", "mandate")]),
    ("type.unmandated", ("The Multinational Force and Observers was established in 1981 to oversee the Camp David "
                         "Accords of 1978"), "2010", [("1981", "other")], [("1981", "mandate")]),
    # type.national_decision (guide E7): a government's or cabinet's decision to send is its pledge
    ("type.national_decision", ("On October 3, 2008, based on the International Peace Cooperation Law, the Japanese "
                                "Cabinet approved the decision to carry out international peace cooperation "
                                "activities in Sudan, thus allowing Japan to proactively provide personnel to help "
                                "stabilize the situation in Sudan."), "2011", [("2008-10-03", "pledge")], []),
    ("type.national_decision", ("At its meeting on 27 November, the Federal Council approved a related dispatch to "
                                "Parliament, which must now authorise the armed deployment of Swisscoy to KFOR."),
     "2019-12-01", [("2019-11-27", "pledge")], [("2019-11-27", "deployment")]),
    ("type.national_decision", "A request was received. Deployment was approved on 8 January.", "1996-05-01",
     [("1996-01-08", "pledge")], []),
    # type.council_decides: the Security Council deciding on a deployment mandates it
    ("type.council_decides", ("Lennox-BoydThe UN Security Council agreed in principle to the deployment of troops in "
                              "Mogadishu on 24 April 1992, subject to further discussion."), "1992-12-01",
     [("1992-04-24", "mandate")], [("1992-04-24", "deployment")]),
    # trigger.mandate: a council passing a resolution, a regional organisation's council approving an operation
    ("trigger.mandate", ("In response to the Congolese government's appeal for assistance, on 14 July 1960, the United "
                         "Nations Security Council passed Resolution 143 (S/4387), which called on Belgium to withdraw "
                         "its troops."), "2020", [("1960-07-14", "mandate")], []),
    ("trigger.mandate", "The military operation was approved by the Council of the European Union on 15 October 2007.",
     "2020", [("2007-10-15", "mandate")], []),
    # bind.request: a request or an invitation to send dates the request (other), not a deployment
    ("bind.request", ("A request was received from the United Nations on 2 January 1996 for two ammunition "
                      "technical officers for deployment to Croatia and Bosnia for approximately six weeks."),
     "1996-05-01", [("1996-01-02", "other")], [("1996-01-02", "deployment")]),
    ("bind.request", ("In 2011, UN Secretary-General Ban Ki-moon asked the government of the Republic of Korea to "
                      "deploy a unit of the South Korean Army as part of the United Nation's peacekeeping mission in "
                      "South Sudan."), "2020", [("2011", "other")], [("2011", "deployment")]),
    # ... but "at the request of" is only the circumstance of a sending
    ("bind.clause", ("At the request of the United Nations, Japan dispatched a total of four civilian police "
                     "officers to UNMIT between January 2007 and February 2008."), "2010",
     [("2007-01", "deployment")], []),
    # type.cited_resolution (guide E1): a resolution only reaffirmed or recalled is other
    ("type.cited_resolution", ("Having considered the report of the Secretary-General on the United Nations "
                               "Disengagement Observer Force of 17 May 2002 (S/2002/542), and also reaffirming its "
                               "resolution 1308 (2000) of 17 July 2000,"), "2002-05-30",
     [("2000-07-17", "other")], [("2000-07-17", "mandate")]),
    # bind.clause_noun: the event noun of a date's own clause, with no trigger in it (guide E3, E4)
    ("bind.clause_noun", ("Nationwide presidential and parliamentary elections followed in 2004 and 2005; and a "
                          "5,000 strong International Security Assistance Force (ISAF) was deployed under United "
                          "Nations Security Council Resolution (UNSCR) 1386, to ensure stability in Kabul."), "2007",
     [("2004", "other")], [("2004", "deployment")]),
    ("bind.clause_noun", ("The TIPH mission was first established in 1994 after the Cave of the Patriarchs massacre "
                          "on 25 February 1994, in which 29 Palestinians were killed."), "2020",
     [("1994-02-25", "attack")], []),
    # bind.noun: a date used as the adjective of a deployment dates it
    ("bind.noun", ("UNTAET chief Sergio Vieira de Mello praised the Kenyan contingent for their professionalism "
                   "since its December 2000 deployment."), "2001-11-28", [("2000-12", "deployment")], []),
    # anaphoric days (guide E5): "on the same day", "the next day" resolve against the date given last
    ("trigger.command", ("4. Lieutenant-General Ensio Siilasvuo was the Commander of UNEF until 20 August 1975 when he "
                         "was appointed Chief Co-ordinator of the United Nations Peace-keeping Missions in the Middle "
                         "East. Major-General Bengt Liljestrand assumed command of UNEF on the same day (see S/11808)."),
     "1975-10", [("1975-08-20", "appointment")], []),
    ("trigger.arrive", ("Three days later, on 25 October, it decided to send a 7,000-man U.N. Emergency Force (UNEF) to "
                        "the area. The first elements of the new Force arrived in Cairo the next day."), "1973-11",
     [("1973-10-26", "deployment")], []),
    # a UN mission established is still a mandate
    ("bind.clause", "UNTAC was established in February 1992.", "2000", [("1992-02", "mandate")], []),
    # bind.infobox: an operation's infobox lines
    ("bind.infobox", ("= International Force East Timor =\n\nInfobox\n- Conflict: International Force East Timor\n"
                      "- Date: 20 September 1999 \u2013 28 February 2000\n- Place: East Timor\n"), "2020",
     [("1999-09-20", "deployment")], []),
    ("bind.infobox", ("= Operation Sangaris =\n\nInfobox\n- Partof: the Central African Republic Civil War\n"
                      "- Date: 5 December 2013 \u2013 30 October 2016 ()\n- Place: Central African Republic\n\n"
                      "Operation Sangaris was a French military intervention in the Central African Republic, from "
                      "late 2013 till 2016.\n"), "2020", [("2013-12-05", "intervention")], []),
    ("bind.infobox", ("= United Nations Operation in the Congo =\n\nUnited Nations Operation in the Congo\n"
                      "- Abbreviation: ONUC\n- Leader Title: Head\n- Status: Completed on 30 June 1964\n"), "2020",
     [("1964-06-30", "withdrawal")], []),
    ("bind.infobox", ("= Operation Sangaris =\n\nInfobox\n- Commander1: Fran\u00e7ois Hollande, Jean-Yves Le Drian, "
                      "General Francisco Soriano (5 December 2013 - 17 June 2014), \u00c9ric Bellot des Mini\u00e8res "
                      "(17 June 2014 - 29 March 2015)\n"), "2020",
     [("2013-12-05", "appointment"), ("2014-06-17", "appointment")], []),
    # a key glued to its date, a photo caption before the lead, one state's "military operation" (r4_002)
    ("bind.infobox", ("Operation Serval\n\n(Top) A French Dassault Rafale of squadron 2/92 refuels from a KC-135 "
                      "Stratotanker over Africa on 17 March 2013.\nDate11 January 2013 \u2013 15 July 2014 (1 year, 6 "
                      "months and 4 days)\n\nOperation Serval (French: Op\u00e9ration Serval) was a French military "
                      "operation in Mali. The aim of the operation was to oust Islamic militants from the north of "
                      "Mali.\n"), "2020", [("2013-01-11", "intervention")], [("2013-01-11", "deployment")]),
    ("bind.infobox", "= UNTAES =\n\nInfobox\n- Year Leader1: 1996-1997\n- Year Leader2: 1997-1998\n", "2020",
     [("1996", "appointment"), ("1997", "appointment")], []),
    # bind.mission_line: the Defence Forces' list of current missions
    ("bind.mission_line", ("Current missions\n\nMINURSO - September 1991 \u2014 to date \n\nText.\n\n"
                           "MONUC - June 2001 to date\n\nISAF - December 2001 to date\n"), "2014",
     [("1991-09", "deployment"), ("2001-06", "deployment"), ("2001-12", "deployment")], []),
    # a national unit's years are no deployment
    ("", ("= Fiji Infantry Regiment =\n\nInfobox\n- Unit Name: Fiji Infantry Regiment\n"
                     "- Dates: 1920\u2013Present\n- Allegiance: Fiji\n"), "2020", [], [("1920", "deployment")]),
    # bind.noun: names between the year and the event noun (r4_001, r10_087, r9_097), a genocide an attack (r4_014)
    ("bind.noun", "Following the 2006 Lebanon War, the United Nations Security Council enhanced UNIFIL.", "2015",
     [("2006", "other")], []),
    ("bind.noun", "Following the 1974 Greek Cypriot coup d'\u00e9tat and the Turkish invasion of Cyprus, UNFICYP "
     "stayed.", "2015", [("1974", "other")], [("1974", "deployment")]),
    ("bind.noun", "The origins of the conflict in the Congo can be traced to the 1994 Rwandan genocide, during which "
     "millions fled.", "2015", [("1994", "attack")], [("1994", "other")]),
    # ... but a war "during" which the sentence's act happened only dates that act (E4; devset6 d6_05)
    ("bind.clause", "During the 1991 Gulf war, Bangladesh sent a 2,193-member army contingent to Saudi Arabia.",
     "2010", [("1991", "deployment")], [("1991", "other")]),
    # trigger.withdrawal: the end of a country's deployment (r15_053, fresh dev of round r15)
    ("trigger.withdrawal", ("The last of the equipment from the mission arrives in Wellington today on board HMNZS "
                            "CANTERBURY following the end of the ten year deployment by New Zealand Defence Force "
                            "personnel last month."), "2013-09-10", [("2013-08", "withdrawal")],
     [("2013-08", "deployment")]),
    # trigger.mission_start: a mission initiated in a year (r15_053)
    ("trigger.mission_start", "RAMSI was initiated in 2003 following a call for help from then Solomon Islands Prime "
     "Minister, Sir Allen Kemakeza.", "2013-09-10", [("2003", "deployment")], [("2003", "other")]),
    # trigger.deploy: forces that commenced their engagement in a mission (r14_007, fresh dev of round r14)
    ("trigger.deploy", ("The Serbian Armed Forces have commenced their engagement in European Union mission in the "
                        "Central African Republic back in 2016, and in this moment, it is engaging its forces."),
     "2020", [("2016", "deployment")], [("2016", "other")]),
    # bind.past_verb: a ship's or a force's operation is a deployment (E7; r15_041), rebels capturing a town is not
    ("bind.past_verb", ("On 14 April, the French frigate Niv\u00f4se attached to Operation Atalanta captured 11 "
                        "suspected pirates together with their mother ship."), "2010", [("2010-04-14", "deployment")],
     [("2010-04-14", "other")]),
    ("bind.past_verb", "In June 2012 rebels captured the town of Kidal near the MINUSMA camp.", "2014",
     [("2012-06", "other")], [("2012-06", "deployment")]),
    # statement.reported_before needs a finite act, not a participle or an infinitive (devset3 d3_07, d3_03)
    ("", ("At present, India has about 5,900 troops deployed in 12 UN missions, the second-largest contingent after "
          "Bangladesh, according to UN data for November 2022."), "2022-12-01", [], [("2022-11", "deployment")]),
    ("", ("The 63 officers and soldiers, members of the 11th Chinese peacekeeping force to Mali, were the final part of "
          "the 413-strong contingent to leave the Chinese camp in Gao, the PLA Daily reported on Monday."),
     "2023-12-20", [], [("2023-12-18", "deployment"), ("2023-12-18", "withdrawal")]),
    # trigger.mandate_end: a person's mandate is no mission's (devset5 d5_02)
    ("", "His mandate expired at midnight Wednesday, and ECOMIG troops crossed the border.", "2017-01-20", [],
     [("2017-01-18", "withdrawal")]),
    # statement.reported_before needs people in uniform to arrive (devset dev07)
    ("", ("The assailants arrived at dawn in about 12 pickup trucks and fired rockets into the camp near the MINUSMA "
          "base, a spokesman said on Monday."), "2020-02-12", [], [("2020-02-10", "deployment")]),
    # a mission's end and start in Wikipedia's mission articles (r16_002, r16_007, r16_011, r16_012: fresh dev of
    # round r16): shut down, abandoned, its mandate concluded are withdrawals; a resolution approved is a mandate
    ("trigger.closure", ("The operation was shut down on 28 February 1999, after its last extension in Resolution "
                         "1186."), "2010", [("1999-02-28", "withdrawal")], []),
    ("trigger.closure", "The mission was formally abandoned in July 2008 after experiencing serious difficulties.",
     "2010", [("2008-07", "withdrawal")], []),
    ("trigger.withdrawal", ("It concluded its mandate at the end of 2005, the Security Council having declared that "
                            "its mission was complete."), "2010", [("2005", "withdrawal")], [("2005", "mandate")]),
    ("trigger.mandate", ("The United Nations Security Council formally created ONUCA when it approved Resolution 644 "
                         "on 7 November 1989."), "2010", [("1989-11-07", "mandate")], [("1989-11-07", "other")]),
    # ... but a mandate that ended after a resolution is the Council's (r15_007)
    ("", ("The United Nations Mission in the Central African Republic and Chad (MINURCAT) mandate ended on 31 December "
          "2010 following UN Security Council Resolution 1923."), "2012", [("2010-12-31", "mandate")],
     [("2010-12-31", "withdrawal")]),
    # trigger.presence_since: a detachment maintained since a date was deployed then (r13_004)
    ("trigger.presence_since", ("The RAAF has maintained a detachment of C-130 Hercules transport aircraft in the "
                                "Middle East since late 2002."), "2010", [("2002", "deployment")], [("2002", "other")]),
    # trigger.mission_start: an operation launched on a date, a place between the noun and the verb (r8_080, r10_050)
    ("trigger.mission_start", ("The multinational NATO peace operation on the territory of Kosovo was launched on 12 "
                               "July 1999 under the name JOINT GUARDIAN."), "2020",
     [("1999-07-12", "deployment")], [("1999-07-12", "other")]),
    ("trigger.mission_start", ("The operation was launched on 9 August 2010, when four separate groups were sent to "
                               "the Spanish base near the town of Marjayoun."), "2011", [("2010-08-09", "deployment")],
     []),
    # ... the mission's acronym in parentheses between its name and the verb (r13_012)
    ("trigger.mission_start", ("Established as a follow-on mission of ISAF (International Security Assistance "
                               "Force), the NATO-led Resolute Support Mission (RSM) was launched on 1 January 2015 to "
                               "train, advice and assist the Afghan National Security Forces (ANSF)."), "2016",
     [("2015-01-01", "deployment")], [("2015-01-01", "mandate")]),
    # ... but not launched "in response to" a crisis of an earlier date (r4_016)
    ("", ("Operation Alba was launched in response to the serious social crisis that had followed the collapse of "
          "major pyramid schemes in Albania in early 1997."), "2020", [], [("1997", "deployment")]),
    # trigger.mission_start: an operation by its code name starts, an adverb between (r8_007)
    ("trigger.mission_start", "Operation ASLAN formally commenced on 23 September 2011.", "2014-02-11",
     [("2011-09-23", "deployment")], [("2011-09-23", "other")]),
    # trigger.withdrawal: a unit or a force that completed its mission (r1_051) ...
    ("trigger.withdrawal", ("The first all-female police unit in the history of UN peacekeeping, which had been "
                            "drawn from the Central Reserve Police Force and deployed with UNMIL in Liberia, completed "
                            "its mission in 2016."), "2016-02-12", [("2016", "withdrawal")], [("2016", "other")]),
    # ... one that was (subsequently) replaced after it hands over (bind.replaced_after, r5_044)
    ("trigger.withdrawal", ("As a result IFOR (Implementation Force) was deployed and completed its mission by "
                            "December 1996 and was subsequently replaced by SFOR."), "2014",
     [("1996-12", "handover")], [("1996-12", "deployment"), ("1996-12", "withdrawal")]),
    # type.force_since: a national force's people who have done something since a date serve since then (r8_007,
    # r2_015)
    ("type.force_since", ("Since December 2013 Operation ASLAN personnel have endured a high tempo with ADF members "
                          "fulfilling pivotal roles in key UNMISS headquarters positions."), "2014-02-11",
     [("2013-12", "deployment")], [("2013-12", "other")]),
    ("type.force_since", "Irish troops have participated continuously in peace support operations since 1958.",
     "2008", [("1958", "deployment")], []),
    # trigger.presence_since: "been represented", "on duty" since a date (r8_017, r2_034)
    ("trigger.presence_since", ("This night, we have 11 personnel who are currently deployed on Operation Paladin as a "
                                "contribution to the UN Truce Supervision Organisation, UNTSO, in which we have been "
                                "represented since 1956, supervising the truce."), "2008",
     [("1956", "deployment")], [("1956", "other")]),
    ("trigger.presence_since", ("Endeavoring to provide peace and stability through rehabilitation, 281 personnel are "
                                "on duty since March 2013, acting as a beacon of hope for the reconstitution of South "
                                "Sudan."), "2020", [("2013-03", "deployment")], []),
    # veto.arrangement and veto.future (guide E2): what is due, expected or scheduled is still to come (r8_118,
    # r8_025); a plan in the past and a happening that took place stay
    ("veto.arrangement", ("A UNAMSIL spokesman tells V-O-A the first members of the Indian contingent are expected on "
                          "Tuesday, but he added details of the deployment are, in his words, \"shrouded in "
                          "secrecy.\""), "1999-12-03", [], [("1999-12-07", "other"), ("1999-12-07", "deployment")]),
    ("veto.arrangement", ("Canada's commitment in Haiti has been set for approximately 18 months, that is until the "
                          "inauguration of Haiti's next president which is slated for February 1996 under UNMIH."),
     "1994-09-28", [], [("1996-02", "other")]),
    ("veto.future", ("In addition to Kenyan soldiers, elite troops from the Indian army are also scheduled to start "
                     "arriving in Sierra Leone this week under UNAMSIL."), "1999-12-03", [],
     [("1999-12", "deployment"), ("1999-11-29", "deployment")]),
    # (the light verb yields to the event noun 'redeployments': a deployment, as r5_018's gold row has)
    ("trigger.light", "The required redeployments of UNIFIL took place on 29 February 1996.", "1996-05-01",
     [("1996-02-29", "deployment")], [("1996-02-29", "other")]),
    # trigger.withdrawal: a contingent whose numbers were reduced, once per date (r8_076)
    ("trigger.withdrawal", ("Under the current mandate and in order to adapt Swisscoy\u2019s capabilities to KFOR\u2019s "
                            "requirements, the maximum numbers of the contingent were reduced in April 2018 from 235 to "
                            "190 and in October 2019 to 165 military personnel."), "2020-12",
     [("2018-04", "withdrawal"), ("2019-10", "withdrawal")], []),
    # trigger.other, not trigger.intervention: civil wars fought are other (guide E3; r4_031)
    ("trigger.other", ("Following Sudan's independence in 1956, the northern and southern regions fought two civil "
                       "wars, the First Sudanese Civil War (1955\u20131972) and the Second Sudanese Civil War "
                       "(1983\u20132005)."), "2013", [("1955", "other"), ("1983", "other")],
     [("1955", "intervention"), ("1983", "intervention")]),
    # a date alone on its line, with no other heading in the text, is a page's stamp: no entry
    ("bind.clause", "22 Mar 2012\n\nThe first medal parade since the establishment of UNMISS was held today.\n",
     "2012-03-22", [], [("2012-03-22", "other")]),
]


@pytest.mark.parametrize(("rule", "text", "published", "present", "absent"), DEV_CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(DEV_CASES)])
def test_real_dev_sentences(rule: str, text: str, published: str, present: list, absent: list) -> None:
    """Each case names the rule it shows (which must fire; none for a text that must give no row) and the rows that
    must and must not come out."""
    assert not rule or rule in fired_at(text, published)
    rows = _rows(text, published)
    assert all(r in rows for r in present), rows
    assert not any(r in rows for r in absent), rows


def fired_at(text: str, published: str) -> set[str]:
    when = PartialDate.parse(published)
    with tracing() as trace:
        extract_events(text, split_sentences(text), find_countries(text), MATCHER.find_mentions(text, when),
                       find_dates(text, when), _context(when))
    return {f"{stage}.{rule}" for stage, rule, _, _ in trace}


def test_a_table_row_under_its_heading_takes_the_mission_of_its_row() -> None:
    """r2_035: the heading's "dispatched" dates every row of the table; each row's period is with the mission its
    row names, or the row before's (mission.table_row), not the first mission of the table."""
    text = ("Japanese Participation in International Peacekeeping Operations under the International Peace "
            "Cooperation Law (as of April 1, 1997)\nMission Number Name Main dispatched countries Period of "
            "Operation Type and Number of Personnel Primary Duties 1 United Nations Angola Verification Mission II "
            "(UNAVEM II) Angola September to October 1992 Electoral Observers 3 persons\nMonitoring to ensure the "
            "fair conduct of presidential and legislative elections 2 United Nations Transitional Authority in "
            "Cambodia (UNTAC) Cambodia September 1992 to September 1993 Cease-Fire Observers 8 persons on two "
            "occasions\nMonitoring the storage of collected weapons and cease-fire observance October 1992 to July "
            "1993 Civilian Police 75 persons\n")
    when = PartialDate.parse("1997-04-01")
    with tracing() as trace:
        rows = extract_events(text, split_sentences(text), find_countries(text), MATCHER.find_mentions(text, when),
                              find_dates(text, when), _context(when))
    found = {(r.date.date.iso(), r.mission_acronym) for r in rows}
    assert {("1992-09", "UNAVEM II"), ("1992-09", "UNTAC"), ("1992-10", "UNTAC")} <= found, found
    assert ("1992-10", "UNAVEM II") not in found
    assert any(stage == "mission" and rule == "table_row" for stage, rule, _, _ in trace)


def test_the_prefilter_reads_infobox_and_chronology_lines() -> None:
    """Lines with no peace-operations word that date an operation or a chronology entry are read (real dev lines:
    the ONUC infobox, NATO's ISAF chronology): the document gives their rows with the prefilter on."""
    from pipeline.extract.document import extract_document

    text = ("= United Nations Operation in the Congo =\n\n- Abbreviation: ONUC\n- Status: Completed on 30 June 1964\n\n"
            "Jun 08 - Jun 09\n\n  \u2022 20 January 2009: Start of the Phase IV of the voter registration process in "
            "Uruzgan, Kandahar, Helmand and Nimroz.\n")
    when = PartialDate.parse("2009-06")
    events = extract_document(text, _context(when), MATCHER).events
    assert {(e["event_date"].isoformat(), e["event_type"]) for e in events} >= {
        ("1964-06-30", "withdrawal"), ("2009-01-20", "other")}


def _events_of(text: str, published: str, publisher: str | None = None):
    when = PartialDate.parse(published)
    ctx = DocumentContext("t", when, publisher=publisher, extra={"mission_index": MATCHER})
    return extract_events(text, split_sentences(text), find_countries(text), MATCHER.find_mentions(text, when),
                          find_dates(text, when), ctx)


def test_only_mission_is_not_an_event_placed_elsewhere() -> None:
    """r2_034: a page that names only UNOSOM II; a unit deployed to Lebanon or on duty in South Sudan is not
    UNOSOM II's (gold: no mission), while a deployment that names no other country keeps the only mission
    (r5_034: "arrived in El Fasher today", UNAMID)."""
    text = ("The Sangnroksu Unit joined UNOSOM II in 1993. Seoul deployed an engineering unit to Lebanon in "
            "July 2007. A new batch of 164 Korean engineers arrived in Baidoa in March 1994.")
    rows = _events_of(text, "2024", "Ministry of National Defense of the Republic of Korea")
    assert [(r.date.date.iso(), r.mission_acronym) for r in rows if r.date.date.iso() != "1993"] == [
        ("2007-07", None), ("1994-03", "UNOSOM II")]


def test_definite_description_takes_the_organisations_mission_of_the_host() -> None:
    """r1_010: the UN's forces with a single host in the sentence, in a text that names no mission: UNOCI."""
    text = "Joint United Nations and Côte d'Ivoire forces started patrolling Abidjan on 15 December 2004."
    assert [(r.date.date.iso(), r.mission_acronym) for r in _events_of(text, "2004-12-16")] == [("2004-12-15", "UNOCI")]


# Real dev sentences of the Council changing a force (trigger council_change) and of a resolution named without
# its number but dated (bind.resolution): mandates of the UN.
COUNCIL_CASES = [
    ("On 12 Sep 2004, Security Council resolution 1560 reduced the military component to 3,342 troops.",  # r10_009
     "2008-06-01", ("12 Sep 2004", "mandate", None, "UN")),
    ("On 30 January 2007, Security Council resolution 1741 further reduced UNMEE’s military presence from 2,300 to "
     "1,700 military personnel, including up to 230 Military Observers.", "2008-06-01",  # r10_009
     ("30 January 2007", "mandate", None, "UN")),
    ("In its resolution 501 (1982) of 25 February 1982, the Security Council approved an increase in the strength of "
     "UNIFIL from approximately 6,000 to approximately 7,000.", "1982-06-01",  # r6_002
     ("25 February 1982", "mandate", None, "UN")),
    ("The troops joined the mission in line with a Security Council resolution in December to increase the mission’s "
     "military component to make a total force of 12,500 troops.", "2014-02-04",  # r1_002
     ("December", "mandate", None, "UN")),
    ("The basic terms of reference of the force are those set out in the Security Council Resolution of 4th March.",
     "1964-04-01", ("4th March", "mandate", None, "UN")),  # r7_002
    ("The Security Council resolution on Rwanda passed on 16 May—SCR 918—expands the mandate of the United Nations "
     "Aid Mission in Rwanda.", "1994-06-01", ("16 May", "mandate", None, "UN")),  # r6_003
]


@pytest.mark.parametrize(("text", "published", "expected"), COUNCIL_CASES, ids=[c[0][:40] for c in COUNCIL_CASES])
def test_council_changes_and_dated_resolutions_are_mandates(text: str, published: str, expected: tuple) -> None:
    assert expected in _actor_rows(text, PartialDate.parse(published))


@pytest.mark.parametrize("text", [
    # asked of the Council, not done by it (r1_010); no Council at all; a conflict's resolution (r9_095)
    "In a report submitted last week, UN Secretary General Kofi Annan asked the Security Council to boost the "
    "capacity of the authorized 6,240-member UNOCI by 850 troops.",
    "In May 2010 the mission increased its patrols around Goma.",
    "Once the conflict neared resolution in 1995 it became clear that an intermediary force would be needed.",
])
def test_no_council_change_or_resolution_date_without_the_council(text: str) -> None:
    assert not {"trigger.council_change", "bind.resolution"} & fired(text)


@pytest.mark.parametrize(("text", "published", "expected"), [
    # type.unit_rotation: a national unit relieving another is a deployment (r2_040, r10_089)
    ("In March 2008 the twenty-fifth transport unit took over from the twenty-fourth.", "2009-01-01",
     ("March 2008", "deployment")),
    ("In 1998 Slovakian troops were fully implemented in the Austrian Battalion and took over responsibility of the "
     "3rd Coy. Ten years later in 2008 they were replaced by soldiers from Croatia.", "2013-08-01",
     ("2008", "deployment")),
    # not between missions (r4_045), nor a field hospital handed by a state's forces to another's (r5_049)
    ("On 15 December 2003 the EUFOR Concordia was replaced by an EU Police Mission, code-named EUPOL PROXIMA.",
     "2008-01-01", ("15 December 2003", "handover")),
])
def test_a_units_relief_is_a_rotation_and_a_missions_a_handover(text: str, published: str, expected: tuple) -> None:
    assert expected in [row[:2] for row in _actor_rows(text, PartialDate.parse(published))]


def test_a_field_hospital_handed_over_between_contributors_is_no_rotation() -> None:
    text = "UK Armed Forces ran a Field Hospital before successfully handing it over to Vietnamese troops in November 2018."
    assert "type.unit_rotation" not in fired(text)


def test_a_states_own_personnel_returning_home_withdraw() -> None:
    """r2_047 (Japan's Secretariat of the International Peace Cooperation Headquarters): no country is the subject,
    the publishing state's forces return to it."""
    text = "By the end of February 2013, all the personnel have returned to Japan."
    published = PartialDate.parse("2013-06-01")

    def kinds(publisher: str) -> list[str]:
        ctx = DocumentContext("t", published, publisher=publisher)
        return [e.event_type for e in extract_events(text, split_sentences(text), find_countries(text), [],
                                                      find_dates(text, published), ctx)]

    assert kinds("Secretariat of the International Peace Cooperation Headquarters, Cabinet Office of Japan "
                 "(pko.go.jp)") == ["withdrawal"]
    assert kinds("Voice of America") == ["deployment"]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a post taken up (trigger appointed, r1_005) and an arrival as a force's head (type.as_role, r10_009)
    ("The presence of the all-female police unit in the country has inspired many women to join the Liberian "
     "National Police (LNP), observed Ms. Løj, who took up her post as the Secretary-General’s Special Representative "
     "and head of UNMIL in January.", "2008-02-01", ("January", "appointment")),
    ("Brigadier General Chris Arap Kuto of Kenya arrived at the Force HQ in February 2001 as the first Deputy Force "
     "Commander.", "2008-06-01", ("February 2001", "appointment")),
    # an arrival as part of a force is no appointment
    ("Chinese peacekeepers arrived in Juba on 15 March 2012 as part of the mission's engineering company.",
     "2012-06-01", ("15 March 2012", "deployment")),
])
def test_a_post_taken_up_is_an_appointment(text: str, published: str, expected: tuple) -> None:
    assert expected in [row[:2] for row in _actor_rows(text, PartialDate.parse(published))]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # actor.appointee: the appointee's country named by the post or the person (r10_089), else the UN for a post of
    # a UN mission or of the Secretariat (r10_087, r1_035)
    ("MGen Adolf Radauer headed the mission from September 1988 to September 1991 and the last Austrian Force "
     "Commander was MGen Wolfgang Jilke from January 2007.", "2013-08-01",
     ("from January 2007", "appointment", "AUT", None)),
    ("Major General Erdenebat Batsuuri is the current Force Commander of UNFICYP, appointed in 2024, and preceded by "
     "Ingrid Gjerde.", "2024-06-01", ("2024", "appointment", None, "UN")),
    ("4. Lieutenant-General Ensio Siilasvuo was the Commander of UNEF until 20 August 1975 when he was appointed "
     "Chief Co-ordinator of the United Nations Peace-keeping Missions in the Middle East. Major-General Bengt "
     "Liljestrand assumed command of UNEF on the same day (see S/11808).", "1975-10-01",
     ("on the same day", "appointment", None, "UN")),
])
def test_an_appointees_country_else_the_un(text: str, published: str, expected: tuple) -> None:
    date = PartialDate.parse(published)
    ctx = DocumentContext("t", date, extra={"mission_organisation": MATCHER.organisations})  # as document.py gives
    rows = extract_events(text, split_sentences(text), find_countries(text), MATCHER.find_mentions(text, date),
                          find_dates(text, date), ctx)
    assert expected in [(e.date.surface, e.event_type, e.actor_iso3, e.actor_organisation) for e in rows]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # trigger request_noun and actor.requester (r10_090, r5_018; the stamp veto spares "A request dated")
    ("Finland increases its contribution to the operation with the strength of approximately 160 soldiers in "
     "response to the request for assistance by France in November 2015.", "2017-03-23",
     ("November 2015", "other", "FRA", None)),
    ("A request dated 5 February 1996 was received from the United Nations seeking our agreement to the redeployment "
     "of five military observers.", "1996-05-01", ("5 February 1996", "other", None, "UN")),
    # a security situation that deteriorates (trigger other: r2_045)
    ("In April 2006, the security situation in Timor - Leste deteriorated in the wake of protest activities by "
     "soldiers who left the East Timorese Armed Forces.", "2010-01-01", ("April 2006", "other", None, None)),
])
def test_requests_and_a_deteriorating_situation_are_other(text: str, published: str, expected: tuple) -> None:
    assert expected in _actor_rows(text, PartialDate.parse(published))


def test_a_relocation_from_the_host_is_a_withdrawal() -> None:
    """r10_009 (trigger depart 'relocation', checks.movement): a force moved out of its host withdraws (the r10a
    notes: E7, the end of a deployment at the host's pressure), the mission acting for itself."""
    text = "UNMEE began a temporary relocation of its peacekeepers from Eritrea in February 2008."
    assert ("February 2008", "withdrawal", None, None) in _actor_rows(text, PartialDate.parse("2009-01-01"))


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a legislature's approval of a despatch (type.national_decision, r10_085), a president's decision on the
    # country's contribution (trigger offer, r10_090): pledges
    ("Dáil Éireann formally approved the despatch of a contingent for service with UNFICYP on 7th April 1964.",
     "2014-06-01", ("7th April 1964", "pledge")),
    ("On 14 October 2016 the president of the republic decided on Finland’s contribution.", "2017-03-23",
     ("14 October 2016", "pledge")),
])
def test_a_national_decision_to_send_is_a_pledge(text: str, published: str, expected: tuple) -> None:
    assert expected in [row[:2] for row in _actor_rows(text, PartialDate.parse(published))]


def test_the_year_of_a_laws_title_dates_nothing() -> None:
    """date_veto.document_number: 'Act, 1960 (No. 44 of 1960)' (r3_022), 'Act 2006' (r3_006) cite a law."""
    text = ("That pursuant to section 2 of the Defence (Amendment) (No. 2) Act, 1960 (No. 44 of 1960), Dáil Éireann "
            "approves of the despatch of a contingent of the Permanent Defence Force.")
    assert [row for row in _actor_rows(text, PartialDate.parse("1973-10-30")) if row[0] == "1960"] == []


@pytest.mark.parametrize(("text", "published", "expected"), [
    # actor.co_actor: one row per country of a list acting together (E6; r9_006, r4_048)
    ("Meanwhile, 70 fresh troops from Togo and 70 others from Ghana arrived in Abeche on 14 March.", "2009-03-17",
     ["TGO", "GHA"]),
    ("As a result, about 40 Swedish, Finnish and Danish nationals were withdrawn from the SLMM from 1 September 2006, "
     "reducing its staff to about 20 Icelandic and Norwegian nationals.", "2010-01-01", ["SWE", "FIN", "DNK"]),
    # actor.joint_unit: a joint battalion of two states is one happening with no actor (E6; after r9_004)
    ("Spanish and Moroccan troops serving as part of a joint battalion arrived in Haiti on 20 October 2004 to "
     "participate in the United Nations peacekeeping mission there.", "2004-10-25", [None]),
    ("Spanish and Moroccan troops arrived in Haiti on 20 October 2004 to participate in the United Nations "
     "peacekeeping mission there.", "2004-10-25", ["ESP", "MAR"]),
    # a list that is not the actor's (the places deployed to) adds no row
    ("Nigeria deployed 1,200 troops to Mali and Niger in January 2013.", "2013-06-01", ["NGA"]),
])
def test_each_country_of_a_list_acting_together_has_its_row(text: str, published: str, expected: list) -> None:
    assert [row[2] for row in _actor_rows(text, PartialDate.parse(published))] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # mission.co_mission: one row per mission the act's object lists (E1; r13_043, r8_108, r8_109)
    ("In a series of meetings this afternoon at UN Headquarters in New York, Council members adopted resolutions "
     "extending the UN Mission in Eritrea and Ethiopia (UNMEE), the UN Organization Mission in the DRC (known by its "
     "French acronym, MONUC) and the UN Mission in Liberia (UNMIL), which would have otherwise expired.", "2006-09-29",
     [("mandate", "UNMEE"), ("mandate", "MONUC"), ("mandate", "UNMIL")]),
    ("Bangladesh's first deployments came in 1988, when it participated in two operations - UNIIMOG in Iraq and UNTAG "
     "in Namibia.", "2015-01-01", [("deployment", "UNIIMOG"), ("deployment", "UNTAG")]),
    # a mission left for another, or named again in an apposition, is no list: one row
    ("Indonesian soldiers are no strangers to Congo: a company of army engineers first deployed there in 2003 under "
     "MONUSCO's predecessor, MONUC.", "2023-01-01", [("deployment", "MONUSCO")]),
    ("Bangladeshi troops were deployed from UNAMSIL to UNMIL in October 2003.", "2004-01-01",
     [("deployment", "UNMIL")]),
])
def test_each_mission_of_a_list_the_act_names_has_its_row(text: str, published: str, expected: list) -> None:
    published_date = PartialDate.parse(published)
    rows = extract_events(text, split_sentences(text), find_countries(text),
                          MATCHER.find_mentions(text, published_date), find_dates(text, published_date),
                          DocumentContext("t", published_date, publisher="Wikipedia"))
    assert [(e.event_type, e.mission_acronym) for e in rows] == expected
    assert len({event_row("d", e)["event_id"] for e in rows}) == len(rows)


@pytest.mark.parametrize(("text", "published", "expected"), [
    # participation started (participation.py 'started', r10_012: the past-verb binding reads a document about
    # peace operations only)
    ("Additional troops from India bolster UN peacekeeping in the DR Congo. The first battalions from India started "
     "moving in by air on 20 November.", "2004-11-25",
     ("20 November", "deployment")),
    # peacekeepers besieged or detained by armed groups (trigger attack: r8_108, r10_003)
    ("In 1994, 1200 Bangladeshi peacekeepers were besieged by Bosnian Serbs in the Bosnia after replacing a French "
     "contingent during UNPROFOR operations.", "2015-01-01", ("1994", "attack")),
    ("Negotiations were still ongoing to try to secure the release of several hundred UNAMSIL peacekeepers detained "
     "since last week by rebels of the Revolutionary United Front (RUF).", "2000-05-08", ("since last week", "attack")),
])
def test_a_participation_started_and_peacekeepers_besieged_or_detained(text: str, published: str,
                                                                        expected: tuple) -> None:
    assert expected in [row[:2] for row in _actor_rows(text, PartialDate.parse(published))]


def test_a_leader_detained_by_the_authorities_is_no_attack() -> None:
    text = "On 17 May 2000 Foday Sankoh, the RUF leader, was arrested and detained by the Sierra Leonean authorities."
    assert "attack" not in [row[1] for row in _actor_rows(text, PartialDate.parse("2000-06-01"))]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # trigger deploy 'redeployments' (r5_018: the light verb yields to the event noun)
    ("The required redeployments took place on 29 February 1996.", "1997-01-01", ("29 February 1996", "deployment")),
    # a national brigade assuming control of a sector relieves another: a rotation (handover 'assumed control',
    # type.unit_rotation with the subject clauses before a clause that opens with its verb: r10_050)
    ("The new 12th Multinational Brigade “Líbano” (BRILIB XII), commanded by General Juan Carlos Medina Fernández, "
     "assumed control of the new Multinational Brigade Sector East (MNB SECEAST) of the UN Interim Force in Lebanon "
     "(UNIFIL) on 15 August 2010.", "2010-09-01", ("15 August 2010", "deployment")),
])
def test_redeployments_and_a_brigade_assuming_control_deploy(text: str, published: str, expected: tuple) -> None:
    assert expected in [row[:2] for row in _actor_rows(text, PartialDate.parse(published))]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a statement that reports an act: the speaker of the date's clause is not the actor (r5_025, r6_013 with
    # actor.co_actor)
    ("The Government of Pakistan has decided to deploy a brigade-size contingent of over 4,000 troops to the UN "
     "Mission in Sierra Leone (UNAMSIL), a UN spokesman announced today.", "2001-04-10", ["PAK"]),
    ("AU Commissioner for Peace and Security Sa'id Djninnit said Thursday that Burkina Faso, Cameroon, Nigeria, Egypt "
     "and Ethiopia have offered troops for the mission.", "2007-08-03", ["BFA", "CMR", "NGA", "EGY", "ETH"]),
])
def test_a_reported_acts_actor_is_not_the_speaker(text: str, published: str, expected: list) -> None:
    assert [row[2] for row in _actor_rows(text, PartialDate.parse(published))] == expected


def test_a_date_reaches_over_a_list_of_names_to_its_verb() -> None:
    """bind._through_lists (r10_089): the clauses cut at a list's commas hold no verb; the date's verb is beyond the
    names, and each listed country has its row (actor.co_actor)."""
    text = ("Once upon a time in June 1974 contingents from Austria, Peru, Poland and Canada were deployed from UNEF II "
            "in Sinai to Syria.")
    rows = _actor_rows(text, PartialDate.parse("2013-08-01"))
    assert [(r[0], r[1], r[2]) for r in rows] == [("June 1974", "deployment", iso3)
                                                 for iso3 in ("AUT", "PER", "POL", "CAN")]


def test_a_base_handed_to_the_hosts_army_is_a_handover_not_a_rotation() -> None:
    """devset dev06 (ATMIS): troops handing a base to the host's army hand over; no unit relieves another."""
    text = ("On 20 June 2023, Burundian troops handed over the nearby Biyo Cadale forward operating base to the Somali "
            "National Army.")
    assert [row[1] for row in _actor_rows(text, PartialDate.parse("2023-07-01"))] == ["handover"]


@pytest.mark.parametrize(("text", "actor"), [
    # r11_005 (Wikipedia, AMIS): an organisation sends another nation's troops.
    ("In August 2004, the African Union sent 150 Rwandan troops in to protect the ceasefire monitors.", "RWA"),
    # r10_051 (UN News): a mission deploys a nation's battalion.
    ("UNAMID deployed a battalion from Ethiopia (more than 800 soldiers) to protect civilians in the area in July "
     "2012.", "ETH"),
    # r10_089 (UNDOF): the previous sentence's state is replaced by another's soldiers.
    ("From 1998 Slovak soldiers served with the Austrian battalion. Ten years later in 2008 they were replaced by "
     "soldiers from Croatia.", "HRV"),
    # A state as the sentence's own subject keeps it.
    ("In August 2004, Nigeria sent 150 Rwandan troops in to protect the ceasefire monitors.", "NGA"),
])
def test_sent_troops_take_their_nation(text: str, actor: str) -> None:
    """``actor.sent_troops``: troops named with their nation right after a sending verb whose subject is no state
    of that sentence (an organisation, a mission, a state from an earlier sentence) are that nation's act."""
    published = PartialDate.parse("2012-08-01")
    rows = extract_events(text, split_sentences(text), find_countries(text), MATCHER.find_mentions(text, published),
                          find_dates(text, published), DocumentContext("t", published, publisher="Wikipedia"))
    assert [e.actor_iso3 for e in rows if e.event_type == "deployment"][-1:] == [actor]


@pytest.mark.parametrize(("text", "event_type", "actor", "organisation"), [
    # r11_043 (Dáil written answers): the mission's founding is the Council's, not Ireland's.
    ("Ireland has always been a strong supporter of the United Nations and UN Peacekeeping and has participated in "
     "the United Nations Interim Force in Lebanon (UNIFIL) mission since its establishment in 1978.", "mandate",
     None, "UN"),
    # r2_010 (US State Department): a commission's founding has no state actor (not the earlier sentence's USA).
    ("The United States and Norway share strong ties. Since its establishment in 1960, the binational Fulbright "
     "Commission has supported thousands of study and research exchanges.", "other", None, None),
])
def test_its_founding_is_not_the_subjects_act(text: str, event_type: str, actor: str | None,
                                               organisation: str | None) -> None:
    """``actor.its_founding``: "since its establishment in <year>" dates the founding of what "its" stands for."""
    published = PartialDate.parse("2012-08-01")
    rows = extract_events(text, split_sentences(text), find_countries(text), MATCHER.find_mentions(text, published),
                          find_dates(text, published), DocumentContext("t", published, publisher="Wikipedia"))
    dated = [(e.event_type, e.actor_iso3, e.actor_organisation) for e in rows if e.date.surface in ("1978", "1960")
             and "founding_participant" not in e.extractor]
    assert dated == [(event_type, actor, organisation)]


@pytest.mark.parametrize(("text", "rows"), [
    # r11_043 (Dáil written answers) and r10_040 (gov.ie): the founding is the Council's, the taking part Ireland's.
    ("Ireland has always been a strong supporter of the United Nations and UN Peacekeeping and has participated in "
     "the United Nations Interim Force in Lebanon (UNIFIL) mission since its establishment in 1978.",
     [("mandate", None, "UNIFIL"), ("deployment", "IRL", "UNIFIL")]),
    ("\"Ireland has made a huge commitment to supporting peace and security in the Middle East region and has "
     "participated in the UNIFIL mission since its establishment in 1978.\"",
     [("mandate", None, "UNIFIL"), ("deployment", "IRL", "UNIFIL")]),
    # No state that took part: the founding alone (r2_010).
    ("Since its establishment in 1960, the binational Fulbright Commission has supported thousands of study and "
     "research exchanges.", [("other", None, None)]),
])
def test_a_state_taking_part_since_the_founding_deployed_then(text: str, rows: list[tuple]) -> None:
    """``actor.founding_participant`` (guide E4: one date, two happenings): a state that "has participated in" a
    mission "since its establishment in 1978" deployed in 1978, a row beside the founding's."""
    published = PartialDate.parse("2019-04-01")
    found = extract_events(text, split_sentences(text), find_countries(text), MATCHER.find_mentions(text, published),
                           find_dates(text, published), DocumentContext("t", published, publisher="Wikipedia"))
    assert [(e.event_type, e.actor_iso3, e.mission_acronym) for e in found] == rows
