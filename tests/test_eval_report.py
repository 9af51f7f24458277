"""Where rows are lost: the ladder, the confusion matrices, precision per rule and the history file, on small
hand-made tables, and `pkdata eval` on the seeds."""

import csv

from click.testing import CliRunner

from pipeline import eval_report as er
from pipeline.cli import main
from pipeline.evaluation import predicted_rows
from tests.conftest import GOLD_DIR, SEEDS_DIR

DOCS = [{"doc_id": "d1", "source_name": "doc1"}]


def _contribution(**changes) -> dict:
    row = {"doc_id": "d1", "contributor_iso3": "CHN", "mission_acronym": "MINUSMA", "scope": "mission",
           "personnel_type": "troops", "count_low": 500, "count_high": 500, "count_approx": False,
           "status": "offered", "as_of_date": None, "as_of_precision": None, "evidence": "e",
           "extractor": "contributions.v22:figure_noun+subject+head+status(offered)", "mission_method": "sentence"}
    row.update(changes)
    return row


def _gold(**changes) -> dict:
    row = {"source_name": "doc1", "contributor_iso3": "CHN", "mission": "MINUSMA", "personnel_type": "troops",
           "count_low": "500", "count_high": "500", "count_approx": "false", "status": "offered", "as_of": "",
           "evidence": "e"}
    row.update(changes)
    return row


def _event(**changes) -> dict:
    row = {"doc_id": "d1", "event_date": "2013-05-22", "date_precision": "day", "actor_iso3": "CHN",
           "event_type": "pledge", "mission_acronym": "MINUSMA", "evidence": "e", "extractor": "events.v4:pledge_offer"}
    row.update(changes)
    return row


def _gold_event(**changes) -> dict:
    row = {"source_name": "doc1", "date": "2013-05", "date_precision": "month", "actor_iso3": "CHN",
           "event_type": "pledge", "mission": "MINUSMA", "evidence": "e"}
    row.update(changes)
    return row


# Four gold figures; the predictions get one right, one with the wrong status, one with the wrong contributor and
# one with no mission; events: one right, one with the wrong actor, one with the wrong type.
PREDICTED = predicted_rows(DOCS, [
    _contribution(),
    _contribution(count_low=100, count_high=100, status="deployed"),
    _contribution(count_low=200, count_high=200, contributor_iso3="PAK"),
    _contribution(count_low=300, count_high=300, mission_acronym=None, scope="unspecified",
                  personnel_type="police", extractor="contributions.v22:bare_object+np+previous+status(default)",
                  mission_method="none"),
], [_event(), _event(event_date="2013-06-01", actor_iso3="FRA"), _event(event_date="2013-07-01",
                                                                         event_type="deployment")], [])
GOLD = {
    "contributions": [_gold(), _gold(count_low="100", count_high="100", status="serving"),
                      _gold(count_low="200", count_high="200"), _gold(count_low="300", count_high="300")],
    "events": [_gold_event(), _gold_event(date="2013-06"), _gold_event(date="2013-07")],
    "missions": [],
}


def test_the_ladder_loses_each_row_at_its_wrong_attribute():
    ladders = er.ladders(PREDICTED, GOLD)
    assert [(level, s.matched) for level, s in ladders["contributions"]] == [
        ("figure", 4), ("+contributor", 3), ("+mission", 2), ("+status", 1), ("strict", 1)]
    assert [(level, s.matched) for level, s in ladders["events"]] == [
        ("date", 3), ("+type", 2), ("+actor", 1), ("+mission", 1)]
    strict = dict(ladders["contributions"])["strict"]
    assert (strict.precision, strict.recall) == (0.25, 0.25)
    lines = [line.split() for line in er.format_ladders(ladders).splitlines()]
    assert lines[0] == ["contributions", "ladder", "gold", "pred", "match", "P", "R", "F1"]
    assert lines[1] == ["figure", "4", "4", "4", "1.000", "1.000", "1.000"]
    assert lines[3] == ["+mission", "4", "4", "2", "0.500", "0.500", "0.500"]
    assert lines[7] == ["date", "3", "3", "3", "1.000", "1.000", "1.000"]


def test_confusion_matrices_cross_gold_and_predicted_on_figure_and_contributor_pairs():
    m = er.confusions(PREDICTED["contributions"], GOLD["contributions"])
    assert m["status"] == {("offered", "offered"): 2, ("serving", "deployed"): 1}
    assert m["personnel class"] == {("troops", "troops"): 2, ("troops", "police"): 1}
    assert m["mission"] == {("given", "right"): 2, ("given", "empty"): 1}
    text = er.format_confusions(m)
    assert "confusion on the 3 contribution pairs matched at figure+contributor" in text
    lines = text.splitlines()
    mission_at = lines.index("mission vs none")
    assert lines[mission_at + 1].split() == ["gold", "\\", "pred", "right", "wrong", "empty", "total"]
    assert lines[mission_at + 2].split() == ["given", "2", "0", "1", "3"]
    assert lines[mission_at + 3].split() == ["empty", "0", "0", "0", "0"]


def test_attribute_agreement_is_measured_on_the_pairs_of_its_level():
    rows = {(table, name): (agree, n) for table, name, _, agree, n in er.attribute_agreement(PREDICTED, GOLD)}
    assert rows[("contributions", "status")] == (2, 3)
    assert rows[("contributions", "mission")] == (2, 3)
    assert rows[("contributions", "as_of")] == (0, 0)  # no gold as_of: nothing to compare
    assert rows[("events", "event type")] == (2, 3)
    assert rows[("events", "actor")] == (1, 2)


def test_by_rule_gives_rows_and_strict_matches_per_rule_of_each_stage():
    result = er.by_rule(PREDICTED, GOLD)
    rows = {(stage, rule): (n, hit) for stage, rule, n, hit in result["contributions"]}
    assert rows[("figure", "contributions:figure_noun")] == (3, 1)
    assert rows[("figure", "contributions:bare_object")] == (1, 0)
    assert rows[("status cue", "offered")] == (3, 1)
    assert rows[("mission", "none")] == (1, 0)
    assert {(s, r): (n, h) for s, r, n, h in result["events"]} == {("rule", "events:pledge_offer"): (3, 2)}  # strict: date and type
    lines = [line.split() for line in er.format_by_rule(result).splitlines()]
    assert ["figure", "contributions:figure_noun", "3", "1", "0.333"] in lines


def test_rule_parts_read_the_extractor_chain():
    assert er.rule_parts("contributions", "contributions.v22:unit_of+from+head+status(will send)", "acronym") == [
        ("figure", "contributions:unit_of"), ("sender", "contributions:from"), ("type", "contributions:head"),
        ("status cue", "will send"), ("mission", "acronym")]
    assert er.rule_parts("events", "events.v4:deployment_deploy") == [("rule", "events:deployment_deploy")]
    assert er.rule_parts("events", "events.v10:pledge_offer+bind.verb+type.pledge_dated+actor.subject+mission.named") \
        == [("rule", "events:pledge_offer"), ("bind", "events:verb"), ("event type", "events:pledge_dated"),
            ("actor", "events:subject"), ("event mission", "events:named")]
    assert er.rule_parts("contributions", "tables.v10:mission_column(police)", "table_row") == [
        ("table", "tables:mission_column(police)"), ("mission", "table_row")]


def test_rule_parts_read_the_v24_chain_stage_by_stage():
    chain = "contributions.v28:figure_noun+pronoun+head+status(left)+leaving_home+mission(document_focus)+build_up"
    assert er.rule_parts("contributions", chain, "document_focus") == [
        ("figure", "contributions:figure_noun"), ("sender", "contributions:pronoun"), ("type", "contributions:head"),
        ("status cue", "left"), ("status rule", "contributions:leaving_home"), ("mission", "document_focus"),
        ("row rule", "contributions:build_up")]
    assert er.rule_parts("contributions", "contributions.v28:unit_of+from+head+status(will send)+mission(acronym)",
                         "acronym") == [
        ("figure", "contributions:unit_of"), ("sender", "contributions:from"), ("type", "contributions:head"),
        ("status cue", "will send"), ("mission", "acronym")]


def test_history_appends_one_row_per_table_and_level(tmp_path):
    path = tmp_path / "corpus" / "history.csv"
    ladders = er.ladders(PREDICTED, GOLD)
    er.append_history(path, er.history_rows(ladders, "docs/a", "abc123"))
    er.append_history(path, er.history_rows(ladders, "docs/b", "abc124"))
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 2 * (5 + 4 + 1)
    assert list(rows[0]) == list(er.HISTORY_COLUMNS)
    first = rows[0]
    assert (first["commit"], first["documents"], first["table"], first["level"], first["f1"], first["n_gold"],
            first["n_pred"]) == ("abc123", "docs/a", "contributions", "figure", "1.0000", "4", "4")
    assert rows[-1]["documents"] == "docs/b" and rows[-1]["table"] == "missions"


def test_eval_command_prints_the_ladder_and_matrices_on_the_seeds(tmp_path):
    history = tmp_path / "history.csv"
    result = CliRunner().invoke(main, ["eval", "--direct", "--documents", str(SEEDS_DIR), "--gold", str(GOLD_DIR),
                                       "--by-rule", "--history", str(history)])
    assert result.exit_code == 0, result.output
    out = result.output
    lines = [line.split() for line in out.splitlines()]
    assert ["contributions", "9", "9", "9", "1.000", "1.000", "1.000", "as_of", "1.00,", "count_approx", "1.00"] \
        in lines
    ladder = lines.index(["contributions", "ladder", "gold", "pred", "match", "P", "R", "F1"])
    assert [line[:4] for line in lines[ladder + 1:ladder + 11]] == [
        ["figure", "9", "9", "9"], ["+contributor", "9", "9", "9"], ["+mission", "9", "9", "9"],
        ["+status", "9", "9", "9"], ["strict", "9", "9", "9"], ["events", "ladder", "gold", "pred"],
        ["date", "14", "14", "14"], ["+type", "14", "14", "14"], ["+actor", "14", "14", "14"],
        ["+mission", "14", "14", "14"]]
    assert "confusion on the 9 contribution pairs matched at figure+contributor" in out
    assert "contributions by rule (strict precision)" in out
    assert len(history.read_text(encoding="utf-8").splitlines()) == 1 + 10
