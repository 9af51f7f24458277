"""`pkdata explain` on the seeds' sentences: the figures found, the candidate rule, the veto or the resolver rules of
each (named as the contribution rule tables name them), the rows and the events."""

from click.testing import CliRunner

from pipeline.cli import main
from pipeline.explain import explain_text
from pipeline.extract import trace
from pipeline.extract.types import PartialDate
from tests.conftest import ROOT, SEEDS_DIR

SEED = SEEDS_DIR / "000_0cfa2f82a8c410f2.txt"


def _run(*args: str) -> str:
    result = CliRunner().invoke(main, ["explain", *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_explain_a_sentence_gives_the_rules_of_each_stage_the_row_and_the_event():
    out = _run("Nepal will send 350 troops to UNMISS next month", "--date", "2014-02-25")
    assert out.splitlines() == [
        "publication date: 2014-02-25",
        "[1] chars 0-47, read closely",
        '  "Nepal will send 350 troops to UNMISS next month"',
        '  figure "350"',
        ("    candidate rule: figure_noun -- a personnel noun after the figure: '850 troops' (not 'three formed "
         "police units')"),
        ("    sender rule: subject -- the subject of the figure's clause, else of its sentence; a line's label; "
         "'each' of several"),
        "    type rule: head -- the kind of personnel its head noun names",
        "    mission rule: after_figure (sentence) -- a mission named after the figure in its clause",
        "    ROW NPL -> UNMISS: troops 350, planned, as of 2014-03",
        "        rules: figure_noun + subject + head + status(will) + mission(sentence); mission by sentence",
        "  event rules: trigger deploy; bind clause; actor clause_subject; mission nearest_named",
        ('  EVENT 2014-03 deployment: NPL, UNMISS ("next month"; rules deployment_deploy + bind.clause + '
         "actor.clause_subject + mission.nearest_named)"),
    ]


def test_explain_a_seed_sentence_names_the_vetoes_of_figures_without_rows():
    out = _run("More than 6,500 African troops are already in the country but the UN is looking for at least "
               "3,000 more to bolster the force.", "--date", "2013-05-23")
    assert '  figure "More than 6,500"\n    candidate rule: figure_noun -- ' in out
    assert "    sender rule: regional -- a sender that is not one country: '5,000 African troops' (no row)\n" \
           "    no row\n" in out
    tried = out.split('  figure "at least 3,000"\n    no candidate rule read it (no personnel noun or unit for the '
                      'figure); tried ', 1)[1].split("\n", 1)[0].split(", ")
    assert tried[:1] == ["unit_size"] and "figure_noun" in tried and tried[-1] == "bare"  # the table, in order


def test_explain_a_casualty_figure_is_vetoed():
    out = _run("Two Chadian peacekeepers were killed in an attack on the MINUSMA camp in Aguelhok.",
               "--date", "2015-01-10")
    assert "    VETO casualty: casualties, the dead honoured, people held or freed near the figure\n" in out
    assert "ROW" not in out


def test_explain_a_sentence_of_a_national_publisher_gives_its_country():
    sentence = "Our total commitment to UNIFIL is 210 personnel, with additional personnel in Sector West."
    out = _run(sentence, "--date", "2013-12-20", "--publisher", "Irish Defence Forces press office (military.ie)")
    assert "publisher: Irish Defence Forces press office (military.ie)\n" in out
    assert "    sender rule: speaker (speaker_home) -- " in out and "    ROW IRL -> UNIFIL: " in out
    assert "ROW" not in _run(sentence, "--date", "2013-12-20")  # no publisher: the speaker is unknown


def test_explain_a_seed_file_takes_its_date_from_the_manifest():
    out = _run("--file", str(SEED))
    assert out.startswith("publication date: 2013-05-23\n")
    # the restated figure of the seed, 'yesterday' resolved against the manifest's date
    assert "    ROW CHN -> MINUSMA: troops 500-600, offered, as of 2013-05-22\n" in out
    assert "    ROW CHN -> all UN operations: troops 2000 (approx.), serving, as of 2013-05-23\n" in out
    assert '  figure "1971" (year, not a count of people)' in out


def test_every_seed_row_is_explained_under_its_figure():
    from pipeline.cli_tools import explain_command  # noqa: F401  (the command is registered)

    for path in sorted(SEEDS_DIR.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        reports, loose = explain_text(text, PartialDate.parse("2013-07"))
        rows = [r for s in reports for f in s.figures for r in f.rows] + [r for s in reports for r in s.other_rows]
        assert rows and not loose, path.name
        assert all(f.notes for s in reports for f in s.figures if f.rows), path.name


def test_the_trace_is_off_outside_a_collector_and_collectors_keep_their_domain():
    assert not trace.active()
    trace.note("contributions", "veto", "casualty", pos=0)  # no collector: nothing happens
    with trace.tracing() as every, trace.tracing("contributions") as contributions:
        assert trace.active()
        trace.note("contributions", "veto", "casualty", pos=7)
        trace.note("events", "actor", "subject", pos=9)
    assert not trace.active()
    assert contributions == [("veto", "casualty", "casualty", 7)]
    assert every == [("veto", "casualty", "casualty", 7), ("actor", "subject", "subject", 9)]


def test_the_contribution_trace_is_the_library_trace():
    from pipeline.extract.contrib import rules

    with trace.tracing() as every, rules.tracing() as contributions:
        rules.note("sender", "np", "np", 3)
    assert every == contributions == [("sender", "np", "np", 3)]


def test_explain_needs_a_sentence_or_a_file():
    result = CliRunner().invoke(main, ["explain"])
    assert result.exit_code != 0 and "give either a SENTENCE or --file PATH" in result.output
    result = CliRunner().invoke(main, ["explain", "x", "--date", "May 2013"])
    assert result.exit_code != 0 and "not a YYYY[-MM[-DD]] date" in result.output


def test_every_name_explain_uses_is_a_rule_of_the_tables():
    """The stages explain labels are the contribution trace's, every rule a seed's trace names has a doc line in
    the tables explain reads (or is one of the few names a resolver gives when no rule answers), and the rules
    explain lists as tried are the candidate table's, in order."""
    from pipeline.explain import NO_RULE, STAGE_LABELS, candidate_rules, rule_doc, rule_tables
    from pipeline.extract.contrib import candidates
    from pipeline.extract.contrib.rules import tracing
    from tests.test_contribution_rules import TABLES

    assert set(STAGE_LABELS) == set(rule_tables()) == set(TABLES)
    assert candidate_rules() == [r.name for r in candidates.CANDIDATE_RULES]
    for stage, table in TABLES.items():
        assert all(rule_doc(stage, r.name) == r.doc for r in table), stage
    source = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "pipeline" / "extract" / "contrib").glob("*.py"))
    assert [name for name in NO_RULE if f'"{name}"' not in source] == []
    with tracing() as notes:
        for path in sorted(SEEDS_DIR.glob("*.txt")):
            explain_text(path.read_text(encoding="utf-8"), PartialDate.parse("2013-07"))
    assert notes and {n.stage for n in notes} <= set(STAGE_LABELS)
    assert [n for n in notes if n.rule not in NO_RULE and rule_doc(n.stage, n.rule) is None] == []


def test_explain_shows_the_event_rules_and_the_vetoes_of_a_sentence():
    """The event rules of the seeds' sentences, each a rule of the event tables under its trace stage; a veto of
    the event tables says VETO."""
    from pipeline.explain import EVENT_VETO_STAGES
    from tests.test_event_rules import TABLES

    out = _run("--file", str(SEED))
    assert "  event rules: trigger offer, statement; bind clause; VETO statement\n" in out
    assert "rules intervention_intervention + bind.clause + actor.relative_antecedent + " in out
    assert set(EVENT_VETO_STAGES) <= set(TABLES)
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        reports, _ = explain_text(path.read_text(encoding="utf-8"), PartialDate.parse("2013-07"))
        notes = [n for s in reports for n in s.event_notes]
        assert notes, path.name
        unknown = [n for n in notes if n.stage not in TABLES or
                   n.rule not in {name for r in TABLES[n.stage] for name in (r.name, *r.names)}]
        assert unknown == [], path.name
