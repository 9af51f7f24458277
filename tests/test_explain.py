"""`pkdata explain` on the seeds' sentences: the figures found, the noun rule and the vetoes of each, the rows."""

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


def test_explain_a_sentence_gives_the_noun_rule_the_row_and_the_event():
    out = _run("Nepal will send 350 troops to UNMISS next month", "--date", "2014-02-25")
    assert out.splitlines() == [
        "publication date: 2014-02-25",
        "[1] chars 0-47, read closely",
        '  "Nepal will send 350 troops to UNMISS next month"',
        '  figure "350"',
        '    noun rule: figure_noun -> "troops" (troops)',
        "    ROW NPL -> UNMISS: troops 350, planned, as of 2014-03",
        "        rules: figure_noun + subject + head + status(will); mission by sentence",
        '  EVENT 2014-03 deployment: NPL, UNMISS ("next month"; rule deployment_deploy)',
    ]


def test_explain_a_seed_sentence_names_the_vetoes_of_figures_without_rows():
    out = _run("More than 6,500 African troops are already in the country but the UN is looking for at least "
               "3,000 more to bolster the force.", "--date", "2013-05-23")
    assert '  figure "More than 6,500"\n    noun rule: figure_noun -> "troops" (troops)\n' \
           "    VETO no_sender: no country found to send it\n    no row\n" in out
    assert '  figure "at least 3,000"\n    VETO no_personnel_noun: ' in out
    assert "; tried unit_size, figure_noun, unit_of, " in out


def test_explain_a_casualty_figure_is_vetoed():
    out = _run("Two Chadian peacekeepers were killed in an attack on the MINUSMA camp in Aguelhok.",
               "--date", "2015-01-10")
    assert "    VETO casualty: a casualty figure" in out and "ROW" not in out


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


def test_the_trace_is_off_outside_a_collector():
    assert not trace.active()
    trace.note("veto", "casualty", 0, 1)  # no collector: nothing happens
    with trace.collect() as notes:
        assert trace.active()
        trace.note("veto", "casualty", 0, 1, sender="CHN")
    assert not trace.active()
    assert [(n.stage, n.name, n.detail) for n in notes] == [("veto", "casualty", {"sender": "CHN"})]


def test_explain_needs_a_sentence_or_a_file():
    result = CliRunner().invoke(main, ["explain"])
    assert result.exit_code != 0 and "give either a SENTENCE or --file PATH" in result.output
    result = CliRunner().invoke(main, ["explain", "x", "--date", "May 2013"])
    assert result.exit_code != 0 and "not a YYYY[-MM[-DD]] date" in result.output


def test_the_noun_rules_listed_are_those_of_the_contribution_rules():
    from pipeline.explain import NOUN_RULES, VETOES

    source = (ROOT / "pipeline" / "extract" / "contributions.py").read_text(encoding="utf-8")
    assert [name for name in NOUN_RULES if f'"{name}"' not in source] == []
    assert [name for name in VETOES if f'"{name}"' not in source] == []
