"""pipeline.lost: the stage where a gold contribution missed at the figure level is lost, on real dev documents."""

import csv
from pathlib import Path

import pytest

from pipeline.lost import STAGES, Loss, classify, evidence_sentences, format_lost

DEV = Path(__file__).parent / "data" / "real" / "dev"

# (document, gold count, the stage that loses it, its detail): sentences of real dev whose figure no rule reads.
CASES = (
    ("r2_021_aus-awm-operation-tamar", 652, "prefilter", ""),  # "Strength: 652 (Total with ASC1 & ASC2 rotations)."
    ("r8_080_cze-czech-cz-foreign-missions-present", 150, "number_not_read", None),  # "150 soldiers at most"
    ("r8_014_nzdf-overseas-operations-christmas", 4, "no_candidate", ""),  # "Four are supporting the UN mission"
    ("r10_012_india-pakistan-brigades-monuc-2004", 3000, "vetoed", "distributive"),  # "each ... supplying a brigade"
    ("r1_035_sg-report-unef-october-1975", 400, "no_sender", ""),  # "During the period, 400 personnel were rotated."
    ("r2_022_aus-dva-clik-cambodia", 7, "merged", None),  # "seven RAN, 16 Army and seven RAAF personnel": one row
)


def _gold(source_name: str, count: int) -> dict:
    with (DEV / "contributions.csv").open(newline="", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["source_name"] == source_name and
                count in (int(r["count_low"] or 0), int(r["count_high"] or 0))]
    assert rows, (source_name, count)
    return rows[-1]


@pytest.fixture(scope="module")
def traced():
    from pipeline.eval_runs import _catalog
    from pipeline.extract.missions import MissionMatcher
    from pipeline.ingest.inventory import discover
    from pipeline.lost import _trace_document
    from pipeline.settings import PipelineSettings

    matcher = MissionMatcher(_catalog(str(PipelineSettings().reference_dir)))
    wanted = {c[0] for c in CASES}
    sources = [s for s in discover(DEV / "documents")[0] if s.source_name in wanted]
    assert {s.source_name for s in sources} == wanted
    return {s.source_name: _trace_document(s, matcher) for s in sources}


@pytest.mark.parametrize("source_name,count,stage,detail", CASES, ids=[c[2] for c in CASES])
def test_stage_of_known_sentences(traced, source_name, count, stage, detail):
    got_stage, got_detail, sentence = classify(traced[source_name], _gold(source_name, count))
    assert got_stage == stage, (got_stage, got_detail, sentence)
    if detail is not None:
        assert got_detail == detail
    assert sentence


def test_evidence_is_found_across_white_space(traced):
    doc = traced["r1_035_sg-report-unef-october-1975"]
    found = evidence_sentences(doc.sentences, "During the period,\n  400 personnel were rotated.")
    assert [s.evidence for s in found] == ["During the period, 400 personnel were rotated."]
    assert evidence_sentences(doc.sentences, "No such sentence in this report at all, anywhere.") == []


def test_format_counts_each_stage_and_names_vetoes():
    losses = [Loss("a", "vetoed", "casualty", (5, 5), "five killed"), Loss("a", "vetoed", "casualty", (6, 6), "x"),
              Loss("b", "no_candidate", "", (4, 4), "Four are supporting")]
    text = format_lost(losses, 10)
    assert text.splitlines()[:4] == ["figures missed: 3 of 10 gold", "  no_candidate            1",
                                     "  vetoed                  2", "    casualty                      2"]
    assert "[b] 4 | Four are supporting" in text
    assert set(STAGES) >= {x.stage for x in losses}


@pytest.mark.parametrize("evidence,table", [
    ("Australia: 7200 soldiers 1700 police", True),  # r13_003, an infobox's strength
    ("UNMIL in Liberia (2)", True),  # r13_011, a list item
    ("Norsk personell 22 500", True),  # r10_092, a table's line
    ("The UK commitment is approximately 360.", False),  # r13_006, a sentence
    ("Strength: 652 (Total with ASC1 & ASC2 rotations).", False),  # r2_021, written as a sentence
])
def test_losses_before_the_rules_tell_table_lines_from_sentences(evidence, table):
    from pipeline.lost import is_table_line

    assert is_table_line(evidence) is table
