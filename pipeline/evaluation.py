"""Score extracted tables against gold annotations, by the matching rules of the annotation guide.

Gold folders hold ``contributions.csv``, ``events.csv`` and ``missions.csv`` (see ``tests/data/gold/README.md``).
A predicted row matches a gold row of the same document when:
- contributions: contributor, mission (``UN_PKO_ALL`` for all UN operations, empty for none), status and
  count_low/count_high are equal and personnel_type is in the same class;
- events: the predicted date cut to the gold precision equals the gold date, and event_type is equal;
- missions: mission_acronym is equal.
Each gold row matches at most one predicted row. The same matching runs at looser levels (``LADDERS``: the
figure alone, then with its contributor, mission...) to show where rows are lost (``pipeline.eval_report``).
Pure Python: no Dagster, no DuckDB.
"""

import csv
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from schemas.vocabularies import ALL_UN_PKO, PERSONNEL_CLASSES

TABLES = ("contributions", "events", "missions")


def _class_of(ptype: str) -> frozenset:
    for cls in PERSONNEL_CLASSES:
        if ptype in cls:
            return cls
    return frozenset({ptype})


def _int(value) -> int | None:
    if value is None or value == "" or (isinstance(value, float) and value != value):
        return None
    return int(value)


def _iso(value, precision: str | None = None) -> str:
    """A date (or ISO string) as text, cut to a precision's length when given."""
    if value is None or value == "" or (isinstance(value, float) and value != value):
        return ""
    text = value.isoformat() if isinstance(value, date) else str(value)[:10]
    return text[: {"year": 4, "month": 7, "day": 10}[precision]] if precision else text


def _bool(value) -> bool | None:
    if isinstance(value, bool):
        return value
    if value in (None, ""):
        return None
    return str(value).strip().lower() in ("true", "1", "yes")


def read_gold(folder: Path) -> dict[str, list[dict]]:
    out = {}
    for table in TABLES:
        path = Path(folder) / f"{table}.csv"
        with path.open(newline="", encoding="utf-8") as fh:
            out[table] = list(csv.DictReader(fh))
    return out


def _contribution(r: Mapping, names: Mapping[str, str]) -> dict:
    """A contributions row in the gold files' shape."""
    mission = ALL_UN_PKO if r.get("scope") == "all_un_pko" else r.get("mission_acronym") or ""
    return {
        "source_name": names.get(r["doc_id"], r["doc_id"]),
        "contributor_iso3": r["contributor_iso3"], "mission": mission,
        "personnel_type": r["personnel_type"], "count_low": _int(r.get("count_low")),
        "count_high": _int(r.get("count_high")), "count_approx": _bool(r.get("count_approx")),
        "status": r["status"], "as_of": _iso(r.get("as_of_date"), r.get("as_of_precision") or None),
        "evidence": r.get("evidence", ""), "extractor": r.get("extractor") or "",
        "mission_method": r.get("mission_method") or "",
    }


NAMED_METHODS = frozenset({"acronym", "name", "fuzzy", "definite"})


def _actor(r: Mapping) -> str:
    """The actor as the guide writes it: the acting country's ISO3 code, ``UN`` for the United Nations (the
    Council, the General Assembly, the Secretariat: the dataset keeps it in ``actor_organisation``), else empty
    (other organisations, unknown actors)."""
    if r.get("actor_iso3"):
        return r["actor_iso3"]
    return "UN" if r.get("actor_organisation") == "UN" else ""


def predicted_rows(documents: Iterable[Mapping], contributions: Iterable[Mapping], events: Iterable[Mapping],
                   mission_mentions: Iterable[Mapping]) -> dict[str, list[dict]]:
    """The dataset's tables in the gold files' shape (keyed by source_name)."""
    names = {d["doc_id"]: d["source_name"] for d in documents}
    contribs = [_contribution(r, names) for r in contributions]
    evs = [{
        "source_name": names.get(r["doc_id"], r["doc_id"]), "date": _iso(r.get("event_date")),
        "date_precision": r.get("date_precision"), "actor_iso3": _actor(r),
        "actor_organisation": r.get("actor_organisation") or "",
        "event_type": r["event_type"], "mission": r.get("mission_acronym") or "", "evidence": r.get("evidence", ""),
        "extractor": r.get("extractor") or "",
    } for r in events]
    # A document's missions, as the guide counts them: those it names by acronym or by name (misspellings
    # included) or by a definite description (the organisation and a single host, when only one such mission was
    # active then: "the UN force in Mali"), not the looser descriptions ("UN peacekeepers in Mali and Sudan",
    # "the Mali mission"), which the mentions table keeps too.
    seen = set()
    missions = []
    for r in mission_mentions:
        if r.get("method") not in NAMED_METHODS:
            continue
        key = (names.get(r["doc_id"], r["doc_id"]), r.get("mission_acronym"))
        if key[1] and key not in seen:
            seen.add(key)
            missions.append({"source_name": key[0], "mission_acronym": key[1], "evidence": r.get("surface", "")})
    return {"contributions": contribs, "events": evs, "missions": missions}


# What two rows must share, attribute by attribute: each test takes a predicted row (``predicted_rows``' shape)
# and a gold row (the CSV's text). The matching levels below are conjunctions of these.
def _same_count(p: dict, g: dict) -> bool:
    return p["count_low"] == _int(g["count_low"]) and p["count_high"] == _int(g["count_high"])


def _same_date(p: dict, g: dict) -> bool:
    return p["date"][: len(g["date"])] == g["date"] and len(p["date"]) >= len(g["date"])


CHECKS: dict[str, dict[str, Callable[[dict, dict], bool]]] = {
    "contributions": {
        "count": _same_count,
        "contributor": lambda p, g: p["contributor_iso3"] == g["contributor_iso3"],
        "mission": lambda p, g: p["mission"] == (g["mission"] or ""),
        "status": lambda p, g: p["status"] == g["status"],
        "type_class": lambda p, g: p["personnel_type"] in _class_of(g["personnel_type"]),
    },
    "events": {
        "date": _same_date,
        "type": lambda p, g: p["event_type"] == g["event_type"],
        "actor": lambda p, g: p["actor_iso3"] == (g["actor_iso3"] or ""),
        "mission": lambda p, g: p["mission"] == (g["mission"] or ""),
    },
    "missions": {"mission": lambda p, g: p["mission_acronym"] == g["mission_acronym"]},
}

# The ladder: each level adds one attribute to the one before; where rows are lost is where F1 drops.
LADDERS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "contributions": (
        ("figure", ("count",)),
        ("+contributor", ("count", "contributor")),
        ("+mission", ("count", "contributor", "mission")),
        ("+status", ("count", "contributor", "mission", "status")),
        ("strict", ("count", "contributor", "mission", "status", "type_class")),
    ),
    "events": (
        ("date", ("date",)),
        ("+type", ("date", "type")),
        ("+actor", ("date", "type", "actor")),
        ("+mission", ("date", "type", "actor", "mission")),
    ),
    "missions": (("strict", ("mission",)),),
}
# The matching of the annotation guide (the scores of ``evaluate``).
STRICT = {"contributions": LADDERS["contributions"][-1][1], "events": ("date", "type"), "missions": ("mission",)}


def matcher(table: str, attributes: Sequence[str]) -> Callable[[dict, dict], bool]:
    """A test that a predicted row and a gold row agree on every one of ``attributes``."""
    tests = [CHECKS[table][a] for a in attributes]
    return lambda p, g: all(t(p, g) for t in tests)


@dataclass
class TableScore:
    table: str
    n_gold: int
    n_pred: int
    matched: int
    agreement: dict[str, float] = field(default_factory=dict)
    missed: list[dict] = field(default_factory=list)
    extra: list[dict] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.n_pred if self.n_pred else (1.0 if not self.n_gold else 0.0)

    @property
    def recall(self) -> float:
        return self.matched / self.n_gold if self.n_gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"table": self.table, "n_gold": self.n_gold, "n_pred": self.n_pred, "matched": self.matched,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "agreement": {k: round(v, 4) for k, v in self.agreement.items()},
                "missed": self.missed, "extra": self.extra}


def _agreement(table: str, pairs: list[tuple[dict, dict]]) -> dict[str, float]:
    if not pairs:
        return {}
    checks: dict[str, list[bool]] = {}
    for p, g in pairs:
        if table == "contributions":
            if g.get("as_of"):
                checks.setdefault("as_of", []).append(p["as_of"][: len(g["as_of"])] == g["as_of"])
            checks.setdefault("count_approx", []).append(p["count_approx"] == _bool(g["count_approx"]))
        elif table == "events":
            checks.setdefault("actor_iso3", []).append(p["actor_iso3"] == (g["actor_iso3"] or ""))
            checks.setdefault("mission", []).append(p["mission"] == (g["mission"] or ""))
    return {k: sum(v) / len(v) for k, v in checks.items()}


def match_rows(table: str, predicted: list[dict], gold: list[dict], attributes: Sequence[str] | None = None
               ) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """One-to-one matching of predicted to gold rows, document by document, on ``attributes`` (default: the
    guide's matching): (matched pairs, missed gold rows, extra predicted rows). Each gold row, in file order,
    takes the first unused prediction that matches it. Every level's test is an equivalence (or, for event dates,
    a prefix order) on its attributes, so this greedy matching finds as many pairs as any other."""
    match = matcher(table, STRICT[table] if attributes is None else attributes)
    by_source: dict[str, list[int]] = {}
    for i, p in enumerate(predicted):
        by_source.setdefault(p["source_name"], []).append(i)
    used: set[int] = set()
    pairs: list[tuple[dict, dict]] = []
    missed = []
    for g in gold:
        for i in by_source.get(g["source_name"], ()):
            if i not in used and match(predicted[i], g):
                used.add(i)
                pairs.append((predicted[i], g))
                break
        else:
            missed.append(g)
    extra = [p for i, p in enumerate(predicted) if i not in used]
    return pairs, missed, extra


def score_table(table: str, predicted: list[dict], gold: list[dict], sources: set[str] | None = None,
                attributes: Sequence[str] | None = None) -> TableScore:
    """Match predicted rows to gold rows document by document; each gold row takes at most one prediction."""
    if sources is not None:
        predicted = [p for p in predicted if p["source_name"] in sources]
    pairs, missed, extra = match_rows(table, predicted, gold, attributes)
    return TableScore(table, len(gold), len(predicted), len(pairs), _agreement(table, pairs), missed, extra)


def evaluate(predicted: dict[str, list[dict]], gold: dict[str, list[dict]], sources: set[str] | None = None
             ) -> dict[str, TableScore]:
    """Scores per table; ``sources`` limits predictions to the annotated documents."""
    if sources is None:
        sources = {r["source_name"] for rows in gold.values() for r in rows}
    return {t: score_table(t, predicted[t], gold[t], sources) for t in TABLES}


def format_report(scores: Mapping[str, TableScore], show_rows: int = 20) -> str:
    lines = [f"{'table':<14}{'gold':>6}{'pred':>6}{'match':>7}{'P':>8}{'R':>8}{'F1':>8}  agreement"]
    for s in scores.values():
        agree = ", ".join(f"{k} {v:.2f}" for k, v in s.agreement.items())
        lines.append(f"{s.table:<14}{s.n_gold:>6}{s.n_pred:>6}{s.matched:>7}{s.precision:>8.3f}{s.recall:>8.3f}"
                     f"{s.f1:>8.3f}  {agree}")
    for s in scores.values():
        for label, rows in (("missed", s.missed), ("extra", s.extra)):
            for r in rows[:show_rows]:
                fields = {k: v for k, v in r.items() if k not in ("evidence", "source_name", "mission_method")}
                lines.append(f"  {s.table} {label}: [{r['source_name']}] {fields} | {str(r.get('evidence'))[:140]}")
    return "\n".join(lines)
