"""Predictions for the evaluation without Dagster, the score guard of the annotated dev sets, and a second
annotator's gold read as predictions (for the agreement between two annotators).

``predict_folder`` runs the extraction library directly (ingest, ``extract_document``), as the pipeline's
extraction asset does, then keeps the rows the pipeline's validation keeps: the rows it scores are the rows a build
publishes. It takes about a second per annotated set, where a Dagster build takes several.

The guard file (``tests/data/scores_guard.json``) records, per annotated dev set, its documents folder, its gold
folder and the F1 of each table. ``tests/test_scores_guard.py`` recomputes every set the file lists and fails when
any F1 drops by more than ``TOLERANCE``. Write it with ``pkdata guard --write`` after an intended change; held-out
sets and the real corpus's test split are never guarded (``pkdata guard`` refuses them).
"""

import functools
import json
from collections.abc import Iterable, Sequence
from pathlib import Path

from pipeline.evaluation import TABLES, _bool, _int, evaluate, predicted_rows, read_gold
from pipeline.settings import PROJECT_ROOT, PipelineSettings

GUARD_FILE = PROJECT_ROOT / "tests" / "data" / "scores_guard.json"
TOLERANCE = 0.02
# The annotated sets that the guard keeps: the seeds, the composed dev sets and the real corpus's dev split.
# (name, documents folder, gold folder), relative to the project root.
DEFAULT_GUARDED = (
    ("seeds", "sources/documents", "tests/data/gold/seeds"),
    *((f"devset{n}", f"tests/data/devset{n}/documents", f"tests/data/devset{n}") for n in ("", 2, 3, 4, 5, 6, 7)),
    ("real-dev", "tests/data/real/dev/documents", "tests/data/real/dev"),
)
# A set named so, or whose gold folder has a folder so named (or starting "heldout"), is never guarded.
NEVER_GUARDED = ("heldout", "test")


@functools.lru_cache(maxsize=2)
def _catalog(reference_dir: str):
    from pipeline.reference.catalog import build_mission_catalog

    return build_mission_catalog(Path(reference_dir))


def predict_folder(documents: Path, reference_dir: Path | None = None) -> dict[str, list[dict]]:
    """The rows a build of ``documents`` publishes, in the evaluation's shape (``evaluation.predicted_rows``)."""
    records, tables = published_tables(documents, reference_dir)
    return predicted_rows(records, tables["contributions"], tables["events"], tables["mission_mentions"])


def published_tables(documents: Path, reference_dir: Path | None = None) -> tuple[list[dict], dict[str, list[dict]]]:
    """The document records and the rows (contributions, events, mission mentions) a build of ``documents``
    publishes, as the extraction writes them."""
    from pipeline.batch import extract_corpus
    from pipeline.ingest.inventory import discover
    from schemas.validation import split_valid

    catalog = _catalog(str(reference_dir or PipelineSettings().reference_dir))
    sources, _ = discover(Path(documents))
    result = extract_corpus(sources, catalog, cache_dir=None, workers=1)
    tables = {}
    for name, key in (("contributions", "contribution_id"), ("events", "event_id"),
                      ("mission_mentions", "mention_id")):
        rows = result.table_rows(name)
        valid, _ = split_valid(name, rows)  # what validation rejects is not published: not scored either
        if len(valid) != len(rows):  # the raw rows of the valid ids, the first of each (as validation keeps)
            keep, seen = set(valid[key]), set()
            rows = [r for r in rows if r[key] in keep and not (r[key] in seen or seen.add(r[key]))]
        tables[name] = rows
    return result.table_rows("documents"), tables


def gold_as_predicted(gold: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """A second annotator's gold rows in the shape of predictions, to be scored against the first's."""
    contributions = [{**r, "mission": r.get("mission") or "", "count_low": _int(r.get("count_low")),
                      "count_high": _int(r.get("count_high")), "count_approx": _bool(r.get("count_approx")),
                      "as_of": r.get("as_of") or "", "extractor": "", "mission_method": ""}
                     for r in gold["contributions"]]
    events = [{**r, "actor_iso3": r.get("actor_iso3") or "", "mission": r.get("mission") or "",
               "date": r.get("date") or "", "extractor": ""} for r in gold["events"]]
    missions = [dict(r) for r in gold["missions"]]
    return {"contributions": contributions, "events": events, "missions": missions}


def annotated_sources(gold: dict[str, list[dict]]) -> set[str]:
    return {r["source_name"] for rows in gold.values() for r in rows}


def annotated_documents(folder: Path, gold: dict[str, list[dict]]) -> set[str]:
    """The documents an annotator read: those of the manifest in the gold folder's ``documents/`` when it has one
    (the layout of ``pkdata corpus add``: a document read and found to hold no row counts too), else those with
    a gold row."""
    from pipeline.ingest.manifest import read_manifest

    manifest = Path(folder) / "documents" / "manifest.csv"
    if manifest.is_file():
        return {entry.source_name for entry in read_manifest(manifest)[0]}
    return annotated_sources(gold)


# -- the guard --------------------------------------------------------------------------------------------------
def is_guardable(name: str, gold: str) -> bool:
    """False for held-out sets (``heldout``, ``heldout2``) and test splits (``real/test``)."""
    return not any(part == "test" or part.startswith("heldout") for part in (name, *Path(gold).parts))


def set_scores(documents: Path, gold: Path) -> dict[str, float]:
    """F1 per table of one annotated set, by the direct extraction."""
    scores = evaluate(predict_folder(documents), read_gold(gold))
    return {t: round(scores[t].f1, 4) for t in TABLES}


def available_sets(candidates: Iterable[tuple[str, str, str]] = DEFAULT_GUARDED, root: Path = PROJECT_ROOT
                   ) -> list[tuple[str, str, str]]:
    """The candidate sets that exist and hold at least one gold row."""
    out = []
    for name, documents, gold in candidates:
        folder = root / gold
        if (root / documents).is_dir() and all((folder / f"{t}.csv").is_file() for t in TABLES) and \
                annotated_sources(read_gold(folder)):
            out.append((name, documents, gold))
    return out


def write_guard(path: Path = GUARD_FILE, sets: Sequence[tuple[str, str, str]] | None = None,
                root: Path = PROJECT_ROOT) -> dict:
    """Score each set and write the guard file; returns what it wrote."""
    sets = available_sets(root=root) if sets is None else sets
    refused = [name for name, _, gold in sets if not is_guardable(name, gold)]
    if refused:
        raise ValueError(f"held-out and test sets are never guarded: {', '.join(refused)}")
    data = {"tolerance": TOLERANCE, "sets": {
        name: {"documents": documents, "gold": gold, "f1": set_scores(root / documents, root / gold)}
        for name, documents, gold in sets}}
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return data


def read_guard(path: Path = GUARD_FILE) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def check_set(entry: dict, tolerance: float, root: Path = PROJECT_ROOT) -> list[str]:
    """The drops of one guarded set beyond ``tolerance``, as messages (empty when none)."""
    now = set_scores(root / entry["documents"], root / entry["gold"])
    return [f"{entry['gold']}: {table} F1 {now[table]:.4f}, was {kept:.4f} (drop {kept - now[table]:.4f} > "
            f"{tolerance})" for table, kept in entry["f1"].items() if kept - now[table] > tolerance]
