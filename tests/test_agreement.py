"""`pkdata agreement`: annotator B scored against annotator A, on the documents both annotated."""

import csv
import json
from pathlib import Path

from click.testing import CliRunner

from pipeline.cli import main
from pipeline.corpus import GOLD_COLUMNS, MANIFEST_COLUMNS


def _write(path: Path, columns, rows) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def _c(doc, iso3, mission, count, status, ptype="troops", as_of="2014-03") -> dict:
    return {"source_name": doc, "contributor_iso3": iso3, "mission": mission, "personnel_type": ptype,
            "count_low": count, "count_high": count, "count_approx": "false", "status": status, "as_of": as_of,
            "evidence": "e"}


def _e(doc, date, actor, etype, mission) -> dict:
    return {"source_name": doc, "date": date, "date_precision": "month", "actor_iso3": actor, "event_type": etype,
            "mission": mission, "evidence": "e"}


def _gold(root: Path, contributions, events, missions) -> Path:
    _write(root / "contributions.csv", GOLD_COLUMNS["contributions"], contributions)
    _write(root / "events.csv", GOLD_COLUMNS["events"], events)
    _write(root / "missions.csv", GOLD_COLUMNS["missions"],
           [{"source_name": d, "mission_acronym": m, "host_iso3": h} for d, m, h in missions])
    return root


def _setup(tmp_path: Path) -> tuple[Path, Path, Path]:
    docs = tmp_path / "documents"
    _write(docs / "manifest.csv", MANIFEST_COLUMNS,
           [{"source_name": n, "file": f"{n}.txt"} for n in ("d1", "d2", "d3")])
    a = _gold(tmp_path / "a", [
        _c("d1", "NPL", "UNMISS", "350", "planned"), _c("d1", "IND", "UNMISS", "700", "serving"),
        _c("d2", "GHA", "UNIFIL", "800", "serving"), _c("d2", "GHA", "", "120", "deployed", "engineers"),
    ], [_e("d1", "2014-03", "NPL", "deployment", "UNMISS"), _e("d2", "2014-01", "GHA", "deployment", "UNIFIL")],
        [("d1", "UNMISS", "SSD"), ("d2", "UNIFIL", "LBN")])
    b = _gold(tmp_path / "b", [
        _c("d1", "NPL", "UNMISS", "350", "pledged"),  # another status
        _c("d1", "IND", "UNMISS", "700", "serving", as_of="2014-02"),
        _c("d2", "GHA", "UNIFIL", "800", "serving"), _c("d2", "GHA", "UNIFIL", "120", "deployed", "engineers"),
        _c("d3", "CHN", "MINUSMA", "395", "deployed"),  # a document A did not annotate: left out
    ], [_e("d1", "2014-03", "", "deployment", "UNMISS"), _e("d2", "2014-01", "GHA", "deployment", "UNIFIL")],
        [("d1", "UNMISS", "SSD"), ("d2", "UNIFIL", "LBN"), ("d3", "MINUSMA", "MLI")])
    return docs, a, b


def test_agreement_scores_b_against_a_on_the_documents_both_annotated(tmp_path):
    docs, a, b = _setup(tmp_path)
    result = CliRunner().invoke(main, ["agreement", "--documents", str(docs), "--a", str(a), "--b", str(b)])
    assert result.exit_code == 0, result.output
    lines = [line.split() for line in result.output.splitlines()]
    assert result.output.startswith(f"B ({b}) scored against A ({a}) on the 2 documents both annotated.")
    assert lines[2][:7] == ["contributions", "4", "4", "2", "0.500", "0.500", "0.500"]
    assert lines[4][:7] == ["missions", "2", "2", "2", "1.000", "1.000", "1.000"]
    ladder = lines.index(["contributions", "ladder", "gold", "pred", "match", "P", "R", "F1"])
    assert [row[:4] for row in lines[ladder + 1:ladder + 6]] == [
        ["figure", "4", "4", "4"], ["+contributor", "4", "4", "4"], ["+mission", "4", "4", "3"],
        ["+status", "4", "4", "2"], ["strict", "4", "4", "2"]]
    assert ["contributions", "status", "0.750", "(3/4", "pairs", "matched", "at", "+contributor)"] in lines
    assert ["contributions", "as_of", "0.750", "(3/4", "pairs", "matched", "at", "+contributor)"] in lines
    assert ["events", "actor", "0.500", "(1/2", "pairs", "matched", "at", "+type)"] in lines
    assert ["planned", "0", "1", "0", "1"] in lines  # status matrix: A planned, B pledged


def test_agreement_as_json(tmp_path):
    docs, a, b = _setup(tmp_path)
    result = CliRunner().invoke(main, ["agreement", "--documents", str(docs), "--a", str(a), "--b", str(b),
                                       "--json"])
    data = json.loads(result.output)
    assert data["documents"] == ["d1", "d2"]
    assert data["contributions"]["f1"] == 0.5 and data["events"]["f1"] == 1.0
    assert [level["f1"] for level in data["ladder"]["events"]] == [1.0, 1.0, 0.5, 0.5]


def test_a_document_read_and_left_empty_counts_when_the_gold_folder_lists_it(tmp_path):
    docs, a, b = _setup(tmp_path)
    # B read d1 and d2 and found nothing in d2: its folder's manifest says so
    _write(b / "contributions.csv", GOLD_COLUMNS["contributions"], [_c("d1", "NPL", "UNMISS", "350", "planned")])
    _write(b / "documents" / "manifest.csv", MANIFEST_COLUMNS,
           [{"source_name": n, "file": f"{n}.txt"} for n in ("d1", "d2")])
    result = CliRunner().invoke(main, ["agreement", "--documents", str(docs), "--a", str(a), "--b", str(b),
                                       "--json"])
    data = json.loads(result.output)
    assert data["documents"] == ["d1", "d2"]
    assert (data["contributions"]["n_gold"], data["contributions"]["n_pred"], data["contributions"]["matched"]) == \
        (4, 1, 1)
