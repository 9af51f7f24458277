"""The contribution rule tables, walked: every rule (and every name a rule can give) has a case that names it, every
veto a negative case (one where it drops a candidate), and every case fires the rules it names.

Which rules each case of ``tests/data/contribution_sentences.py`` exercises was recorded from the rules' trace
(``pipeline.extract.contrib.rules.tracing``) into ``tests/data/contribution_case_rules.py``; after a deliberate
rule change, write it again with

    .venv/bin/python -m tests.test_contribution_rules

and review the diff: a case that stops firing a rule is a behaviour change.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from pipeline.extract.contrib import (
    breakdowns,
    candidates,
    enumerations,
    ptypes,
    rows,
    scope,
    senders,
    statuses,
    vetoes,
)
from pipeline.extract.contrib.rules import Rule, tracing
from pipeline.extract.document import extract_document
from pipeline.extract.missions import MissionMatcher
from pipeline.extract.types import DocumentContext, PartialDate
from pipeline.reference.catalog import build_mission_catalog
from tests.data.contribution_case_rules import CASE_RULES
from tests.data.contribution_sentences import ALL_CASES, HEADLINE, Case

ROOT = Path(__file__).resolve().parents[1]
MATCHER = MissionMatcher(build_mission_catalog(ROOT / "sources" / "reference"))
CASE_RULES_PATH = ROOT / "tests" / "data" / "contribution_case_rules.py"

# stage (as the trace names it) -> its tables
TABLES: dict[str, tuple[Rule, ...]] = {
    "candidate": candidates.CANDIDATE_RULES + enumerations.ENUMERATION_RULES,
    "veto": vetoes.VETOES,
    "sender": senders.SENDER_RULES,
    "status": statuses.STATUS_RULES,
    "type": ptypes.TYPE_RULES + ptypes.STORY_TYPE_RULES,
    "mission": scope.MISSION_RULES,
    "row": rows.ROW_RULES,
    "breakdown": breakdowns.BREAKDOWN_RULES,
}
# Names a rule gives when it drops the candidate: their trace stage is "veto", whatever table they stand in.
DROPS = {("candidate", "figure_noun", "units_counted"), ("candidate", "figure_noun", "things_counted"),
         ("candidate", "bare", "not_people"),
         ("candidate", "bare", "loss_of_people"), ("row", "not_peace_document", "drop"),
         ("row", "self_hosted", "drop"), ("breakdown", "parts_sum", "parts_sum"),
         ("breakdown", "partitive_part", "partitive_part"), ("breakdown", "included_part", "included_part")}


def key(stage: str, rule: str, output: str) -> str:
    """How a case names a rule: ``stage.rule``, and ``:output`` when the rule gave another name."""
    return f"{stage}.{rule}" if output == rule else f"{stage}.{rule}:{output}"


def expected_keys() -> set[str]:
    """Every rule and output of the tables, keyed as the trace of a run keys them."""
    keys = set()
    for stage, table in TABLES.items():
        for rule in table:
            for output in rule.names:
                dropped = (stage, rule.name, output) in DROPS
                keys.add(key("veto" if dropped else stage, rule.name, output))
    return keys


def fired(case: Case) -> set[str]:
    """The rules that fire on a case, keyed."""
    text = HEADLINE + case.text if case.about_peace else case.text
    with tracing() as trace:
        extract_document(text, DocumentContext("t", PartialDate.parse(case.published), publisher=case.publisher),
                         MATCHER)
    return {key(stage, rule, output) for stage, rule, output, _ in trace}


def test_every_rule_and_veto_has_a_case() -> None:
    named = {k for keys in CASE_RULES.values() for k in keys}
    missing = sorted(expected_keys() - named)
    assert not missing, f"rules with no case that names them (add a case): {missing}"


def test_every_veto_has_a_negative_case() -> None:
    named = {k for keys in CASE_RULES.values() for k in keys}
    vetoes_named = {k for k in named if k.startswith("veto.")}
    missing = sorted(key("veto", r.name, r.name) for r in vetoes.VETOES) + \
        sorted(key("veto", rule, output) for _, rule, output in DROPS)
    assert not set(missing) - vetoes_named


def test_case_rules_name_known_cases_and_rules() -> None:
    ids = {c.id for c in ALL_CASES}
    assert set(CASE_RULES) <= ids
    known = expected_keys() | {"type.head", "mission.none", "sender.no_sender"}
    unknown = sorted({k for keys in CASE_RULES.values() for k in keys} - known)
    assert not unknown, f"cases name rules that are in no table: {unknown}"


def test_tables_are_well_formed() -> None:
    for table in TABLES.values():
        names = [r.name for r in table]
        assert len(names) == len(set(names))
        for rule in table:
            assert rule.doc.strip() and callable(rule.fn)


@pytest.mark.parametrize("case", [c for c in ALL_CASES if CASE_RULES.get(c.id)], ids=lambda c: c.id)
def test_case_fires_the_rules_it_names(case: Case) -> None:
    assert set(CASE_RULES[case.id]) <= fired(case)


def write_case_rules() -> None:
    """Record the rules each case fires into ``tests/data/contribution_case_rules.py``."""
    lines = ['"""The rules each case of ``contribution_sentences.py`` exercises, as their trace records them',
             "(``stage.rule`` or ``stage.rule:name given``). Written by ``python -m tests.test_contribution_rules``;",
             'reviewed like code: a case that stops firing a rule is a behaviour change."""', "",
             "CASE_RULES: dict[str, tuple[str, ...]] = {"]
    for case in ALL_CASES:
        keys = sorted(fired(case))
        lines.append(f"    {case.id!r}: (")
        lines.extend(textwrap.wrap(" ".join(f"{k!r}," for k in keys), 112, initial_indent=" " * 8,
                                   subsequent_indent=" " * 8, break_on_hyphens=False))
        lines.append("    ),")
    lines.append("}")
    CASE_RULES_PATH.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_case_rules()
