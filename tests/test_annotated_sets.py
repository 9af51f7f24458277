"""Every annotated set (the seeds' gold, the dev sets, the held-out sets) is well formed: the gold files have the
seeds' columns, name documents of their manifest, use the guide's vocabularies and catalog acronyms, and quote
evidence that the document really holds. A set that breaks these rules would score the extractor against
answers that cannot be right."""

import csv
import re
from pathlib import Path

import pytest

from pipeline.reference.catalog import build_mission_catalog
from schemas.vocabularies import ALL_UN_PKO, EVENT_TYPES, PERSONNEL_TYPES, PRECISIONS, STATUSES
from tests.conftest import ROOT

DATA = ROOT / "tests" / "data"
SEEDS_GOLD = DATA / "gold" / "seeds"
# The composed sets, and the real corpus's dev and test splits (tests/data/real/{dev,test}).
SETS = sorted(p.parent for p in (*DATA.glob("*/contributions.csv"), *DATA.glob("real/*/contributions.csv")))
ACRONYMS = {m["mission_acronym"] for m in build_mission_catalog(ROOT / "sources" / "reference").missions}
_SPACE = re.compile(r"\s+")


def _read(path: Path) -> tuple[list[str], list[dict]]:
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


def _documents(folder: Path) -> tuple[Path, dict[str, dict]]:
    docs = folder / "documents" if (folder / "documents").is_dir() else ROOT / "sources" / "documents"
    return docs, {r["source_name"]: r for r in _read(docs / "manifest.csv")[1]}


def test_the_sets_are_found():
    assert {p.name for p in SETS} >= {"devset", "devset2", "devset3", "devset4", "devset5", "devset6", "devset7",
                                      "heldout", "heldout2"}


@pytest.mark.parametrize("folder", [SEEDS_GOLD, *SETS], ids=lambda p: str(p.relative_to(DATA)))
@pytest.mark.parametrize("table", ["contributions", "events", "missions"])
def test_gold_files_are_well_formed(folder: Path, table: str):
    columns, rows = _read(folder / f"{table}.csv")
    assert columns == _read(SEEDS_GOLD / f"{table}.csv")[0]
    docs, manifest = _documents(folder)
    for row in rows:
        where = f"{folder.name}/{table}.csv: {row}"
        assert row["source_name"] in manifest, where
        mission = row.get("mission", row.get("mission_acronym"))
        assert mission in ACRONYMS or mission in ("", ALL_UN_PKO), where
        if table == "contributions":
            assert row["personnel_type"] in PERSONNEL_TYPES and row["status"] in STATUSES, where
            assert row["count_low"] or row["count_high"], where
        if table == "events":
            assert row["event_type"] in EVENT_TYPES and row["date_precision"] in PRECISIONS, where
        evidence = row.get("evidence")
        name = manifest[row["source_name"]]["file"]
        if evidence and name.endswith(".txt"):  # HTML evidence is the page's text, which only the reader gives
            text = _SPACE.sub(" ", (docs / name).read_text(encoding="utf-8"))
            assert _SPACE.sub(" ", evidence).strip() in text, where
