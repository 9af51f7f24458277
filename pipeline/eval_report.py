"""Where rows are lost: the matching ladder, confusion matrices, precision per extractor rule, and a history file.

The ladder scores the same predictions at looser and looser levels of matching (``evaluation.LADDERS``): for
contributions the figure alone (count_low/count_high), then with its contributor, mission, status, and the strict
level of the annotation guide (personnel class too); for events the date, then type, actor and mission. Each level
is a one-to-one matching of its own, so the drop from one level to the next is the rows lost on that attribute.

The confusion matrices take the contribution pairs matched at the figure+contributor level (the same people, as
both sides read them) and cross the gold status and personnel class with the predicted ones, and the gold mission
(given or empty) with the predicted one (right, wrong or empty). Pure Python, like ``pipeline.evaluation``.
"""

import csv
import re
import subprocess
from collections import Counter
from collections.abc import Mapping
from datetime import datetime, timezone
from pathlib import Path

from pipeline.evaluation import LADDERS, STRICT, TABLES, TableScore, _bool, _class_of, match_rows

ANCHOR = "+contributor"  # the contribution level whose pairs the matrices and attribute agreements read
_LEVELS = {t: dict(levels) for t, levels in LADDERS.items()}
CLASS_LABELS = {"troops": "troops", "peacekeepers": "troops", "infantry": "infantry", "guards": "infantry",
                "engineers": "engineers", "medical": "medical", "transport": "transport", "aviation": "transport",
                "police": "police", "formed_police_unit": "police", "observers": "observers",
                "staff_officers": "observers"}
HISTORY_COLUMNS = ("date", "commit", "documents", "table", "level", "precision", "recall", "f1", "n_gold", "n_pred")


def restrict(predicted: dict[str, list[dict]], gold: dict[str, list[dict]], sources: set[str] | None = None
             ) -> dict[str, list[dict]]:
    """The predictions of the annotated documents (by default those that have a gold row)."""
    if sources is None:
        sources = {r["source_name"] for rows in gold.values() for r in rows}
    return {t: [p for p in predicted[t] if p["source_name"] in sources] for t in TABLES}


def ladders(predicted: dict[str, list[dict]], gold: dict[str, list[dict]], sources: set[str] | None = None
            ) -> dict[str, list[tuple[str, TableScore]]]:
    """Per table, each level of the ladder with its score (predictions limited to the annotated documents)."""
    predicted = restrict(predicted, gold, sources)
    out = {}
    for table in TABLES:
        levels = []
        for level, attributes in LADDERS[table]:
            pairs, missed, extra = match_rows(table, predicted[table], gold[table], attributes)
            levels.append((level, TableScore(table, len(gold[table]), len(predicted[table]), len(pairs))))
        out[table] = levels
    return out


def class_label(ptype: str) -> str:
    return CLASS_LABELS.get(ptype, ptype)


def _mission_outcome(p: dict, g: dict) -> tuple[str, str]:
    gold_side = "given" if g["mission"] else "empty"
    if p["mission"] == (g["mission"] or ""):
        return gold_side, "right"
    return gold_side, "empty" if not p["mission"] else "wrong"


def confusions(predicted: list[dict], gold: list[dict]) -> dict[str, Counter]:
    """(gold, predicted) counts over the contribution pairs matched at the figure+contributor level."""
    pairs, _, _ = match_rows("contributions", predicted, gold, _LEVELS["contributions"][ANCHOR])
    return {
        "status": Counter((g["status"], p["status"]) for p, g in pairs),
        "personnel class": Counter((class_label(g["personnel_type"]), class_label(p["personnel_type"]))
                                   for p, g in pairs),
        "mission": Counter(_mission_outcome(p, g) for p, g in pairs),
    }


def _as_of_agrees(p: dict, g: dict) -> bool | None:
    if not g.get("as_of"):
        return None
    return p["as_of"][: len(g["as_of"])] == g["as_of"]


# Attribute agreement, each on the pairs of one level: (name, table, level, test); a test giving None skips a pair.
ATTRIBUTES = (
    ("mission", "contributions", ANCHOR, lambda p, g: p["mission"] == (g["mission"] or "")),
    ("status", "contributions", ANCHOR, lambda p, g: p["status"] == g["status"]),
    ("personnel class", "contributions", ANCHOR, lambda p, g: p["personnel_type"] in _class_of(g["personnel_type"])),
    ("personnel type", "contributions", ANCHOR, lambda p, g: p["personnel_type"] == g["personnel_type"]),
    ("as_of", "contributions", ANCHOR, _as_of_agrees),
    ("count_approx", "contributions", ANCHOR, lambda p, g: p["count_approx"] == _bool(g["count_approx"])),
    ("event type", "events", "date", lambda p, g: p["event_type"] == g["event_type"]),
    ("actor", "events", "+type", lambda p, g: p["actor_iso3"] == (g["actor_iso3"] or "")),
    ("mission", "events", "+type", lambda p, g: p["mission"] == (g["mission"] or "")),
    ("date precision", "events", "+type",
     lambda p, g: (p.get("date_precision") or "") == (g.get("date_precision") or "")),
)


def attribute_agreement(predicted: dict[str, list[dict]], gold: dict[str, list[dict]],
                        sources: set[str] | None = None) -> list[tuple[str, str, str, int, int]]:
    """(table, attribute, level, agreeing pairs, pairs) for each attribute of ``ATTRIBUTES``."""
    predicted = restrict(predicted, gold, sources)
    cache: dict[tuple[str, str], list] = {}
    out = []
    for name, table, level, test in ATTRIBUTES:
        if (table, level) not in cache:
            cache[(table, level)] = match_rows(table, predicted[table], gold[table], _LEVELS[table][level])[0]
        verdicts = [v for v in (test(p, g) for p, g in cache[(table, level)]) if v is not None]
        out.append((table, name, level, sum(verdicts), len(verdicts)))
    return out


_STAGES = ("rule", "figure", "sender", "type", "status cue", "status rule", "mission", "row rule", "table",
           "bind", "statement", "event type", "actor", "event mission")
_EXTRACTOR = re.compile(r"^(?P<version>[^:]+):(?P<chain>.*?)(?:\+status\((?P<cue>.*)\))?$")
# contributions.v28 on: <candidate>+<sender>+<type>+status(<cue>)[+<status rule>...]+mission(<rule>)[+<row rule>...]
_CHAIN_V23 = re.compile(r"^(?P<version>[^:]+):(?P<head>[^+]+\+[^+]+\+[^+]+)\+status\((?P<cue>[^)]*)\)"
                        r"(?P<status>(?:\+[^+(]+)*)\+mission\((?P<mission>[^)]*)\)(?P<rows>(?:\+[^+]+)*)$")
# events.v10 on: <type>_<trigger rule>+bind.<rule>[+statement.<rule>][+type.<rule>]+actor.<rule>+mission.<rule>
_EVENT_STAGES = {"bind": "bind", "statement": "statement", "type": "event type", "actor": "actor",
                 "mission": "event mission"}


def rule_parts(table: str, extractor: str, mission_method: str = "") -> list[tuple[str, str]]:
    """The rules named by a row's ``extractor`` (and ``mission_method``), as (stage, rule) pairs.

    ``contributions.v28:figure_noun+subject+head+status(will send)+leaving_home+mission(sentence)+build_up``
    names the candidate, sender and type rules, the status cue and the status rules that said more, the mission
    rule and the row rules (``contributions.v22:figure_noun+subject+noun+status(will send)``, before the chain
    named the mission, took it from ``mission_method``); an event's ``events.v4:deployment_dated_verb`` its one
    rule, ``events.v10:deployment_deploy+bind.x+actor.y+mission.z`` its trigger rule and one rule per stage;
    table rows their own chain."""
    v23 = _CHAIN_V23.match(extractor or "") if table == "contributions" else None
    if v23 is not None:
        return _contribution_chain(v23)
    m = _EXTRACTOR.match(extractor or "")
    if m is None:
        return [("rule", extractor or "(none)")]
    version, chain = m.group("version").split(".")[0], m.group("chain")
    if table != "contributions":
        first, *rest = chain.split("+")
        return [("rule", f"{version}:{first}")] + [_event_part(version, part) for part in rest]
    if version == "tables":  # a row of a flattened table: one rule, "tables.v10:mission_column(police)"
        return [("table", f"{version}:{chain}")] + ([("mission", mission_method)] if mission_method else [])
    stages = ("figure", "sender", "type")
    parts = chain.split("+")
    out = [(stage, f"{version}:{part}") for stage, part in zip(stages, parts)]
    if m.group("cue") is not None:
        out.append(("status cue", m.group("cue").lower()))
    if mission_method:
        out.append(("mission", mission_method))
    return out


def _contribution_chain(m: re.Match) -> list[tuple[str, str]]:
    """The (stage, rule) pairs of a v23 contribution chain."""
    version = m.group("version").split(".")[0]
    out = [(stage, f"{version}:{part}") for stage, part in zip(("figure", "sender", "type"), m.group("head").split("+"))]
    out.append(("status cue", m.group("cue").lower()))
    out += [("status rule", f"{version}:{part}") for part in m.group("status").split("+")[1:]]
    out.append(("mission", m.group("mission")))
    out += [("row rule", f"{version}:{part}") for part in m.group("rows").split("+")[1:]]
    return out


def _event_part(version: str, part: str) -> tuple[str, str]:
    """One ``stage.rule`` part of an event's chain as (stage, rule)."""
    stage, _, rule = part.partition(".")
    return (_EVENT_STAGES[stage], f"{version}:{rule}") if rule and stage in _EVENT_STAGES else \
        ("rule", f"{version}:{part}")


def by_rule(predicted: dict[str, list[dict]], gold: dict[str, list[dict]], sources: set[str] | None = None
            ) -> dict[str, list[tuple[str, str, int, int]]]:
    """Per table, (stage, rule, predicted rows, rows matched at the strict level) for every rule that made rows."""
    predicted = restrict(predicted, gold, sources)
    out = {}
    for table in ("contributions", "events"):
        pairs, _, _ = match_rows(table, predicted[table], gold[table], STRICT[table])
        matched = {id(p) for p, _ in pairs}
        counts: Counter = Counter()
        hits: Counter = Counter()
        for p in predicted[table]:
            for key in rule_parts(table, p.get("extractor", ""), p.get("mission_method", "")):
                counts[key] += 1
                hits[key] += id(p) in matched
        out[table] = sorted(((stage, rule, n, hits[(stage, rule)]) for (stage, rule), n in counts.items()),
                            key=lambda r: (_STAGES.index(r[0]), -r[2], r[1]))
    return out


# -- text -------------------------------------------------------------------------------------------------------
def _score_line(label: str, s: TableScore, width: int = 16) -> str:
    return (f"  {label:<{width}}{s.n_gold:>6}{s.n_pred:>6}{s.matched:>7}{s.precision:>8.3f}{s.recall:>8.3f}"
            f"{s.f1:>8.3f}")


def format_ladders(result: Mapping[str, list[tuple[str, TableScore]]]) -> str:
    lines = []
    for table in ("contributions", "events"):
        lines.append(f"{table} ladder{'':<{max(0, 9 - len(table))}}  gold  pred  match       P       R      F1")
        lines += [_score_line(level, s) for level, s in result[table]]
    return "\n".join(lines)


def format_matrix(title: str, counts: Counter, rows: list[str] | None = None, cols: list[str] | None = None) -> str:
    """A gold (rows) x predicted (columns) table of counts, with totals."""
    rows = rows or sorted({g for g, _ in counts})
    cols = cols or sorted({p for _, p in counts})
    width = max([len(c) for c in cols] + [5]) + 1
    corner = "gold \\ pred"
    first = max([len(r) for r in rows] + [len(corner)]) + 2
    lines = [title, f"  {corner:<{first}}" + "".join(f"{c:>{width}}" for c in cols) + f"{'total':>{width}}"]
    for r in rows:
        cells = [counts.get((r, c), 0) for c in cols]
        lines.append(f"  {r:<{first}}" + "".join(f"{n:>{width}}" for n in cells) + f"{sum(cells):>{width}}")
    return "\n".join(lines)


def format_confusions(matrices: Mapping[str, Counter]) -> str:
    n = sum(matrices["status"].values())
    out = [f"confusion on the {n} contribution pairs matched at figure+contributor (rows: gold, columns: predicted)"]
    out.append(format_matrix("status", matrices["status"]))
    out.append(format_matrix("personnel class", matrices["personnel class"]))
    out.append(format_matrix("mission vs none", matrices["mission"], ["given", "empty"], ["right", "wrong", "empty"]))
    return "\n".join(out)


def format_attributes(rows: list[tuple[str, str, str, int, int]]) -> str:
    lines = ["attribute agreement on matched pairs"]
    for table, name, level, agree, n in rows:
        share = f"{agree / n:.3f}" if n else "  -  "
        lines.append(f"  {table:<14}{name:<17}{share:>7}  ({agree}/{n} pairs matched at {level})")
    return "\n".join(lines)


def format_by_rule(result: Mapping[str, list[tuple[str, str, int, int]]], limit: int = 25) -> str:
    """Precision and rows per rule, per stage; each stage shows its ``limit`` most frequent rules."""
    lines = []
    for table, rows in result.items():
        lines.append(f"{table} by rule (strict precision){'':<9}rows  match       P")
        shown: Counter = Counter()
        for stage, rule, n, hit in rows:
            shown[stage] += 1
            if shown[stage] <= limit:
                lines.append(f"  {stage:<14}{rule:<40}{n:>6}{hit:>7}{hit / n:>8.3f}")
        lines += [f"  {stage:<14}... {k - limit} more rules" for stage, k in shown.items() if k > limit]
        if not rows:
            lines.append("  (no predicted rows)")
    return "\n".join(lines)


# -- history ----------------------------------------------------------------------------------------------------
def git_commit(root: Path) -> str:
    """The short commit of the code, with ``-dirty`` when the work tree has changes; ``unknown`` outside git."""
    try:
        head = subprocess.run(["git", "-C", str(root), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True, timeout=20).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, check=True, timeout=20).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return head + ("-dirty" if dirty else "")


def history_rows(result: Mapping[str, list[tuple[str, TableScore]]], documents: str, commit: str,
                 when: datetime | None = None) -> list[dict]:
    """One history row per table and ladder level (missions: its one strict level)."""
    stamp = (when or datetime.now(timezone.utc)).strftime("%Y-%m-%dT%H:%M:%SZ")
    return [{"date": stamp, "commit": commit, "documents": documents, "table": table, "level": level,
             "precision": f"{s.precision:.4f}", "recall": f"{s.recall:.4f}", "f1": f"{s.f1:.4f}",
             "n_gold": s.n_gold, "n_pred": s.n_pred}
            for table, levels in result.items() for level, s in levels]


def append_history(path: Path, rows: list[dict]) -> None:
    """Append rows to a CSV history file, writing its header when the file is new or empty."""
    path.parent.mkdir(parents=True, exist_ok=True)
    new = not path.exists() or path.stat().st_size == 0
    with path.open("a", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=HISTORY_COLUMNS)
        if new:
            writer.writeheader()
        writer.writerows(rows)
