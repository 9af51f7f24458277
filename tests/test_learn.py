"""The learned steps of the contribution rows (``pipeline.extract.learn``) and ``pkdata train`` (``pipeline.training``):
deterministic training, a shipped model that is current with the dev gold, the steps' effect on real dev sentences
and their provenance, and clear errors for a bad model file."""

import csv
import json
import shutil
from pathlib import Path

import pytest

from pipeline import training
from pipeline.extract.document import extract_document
from pipeline.extract.learn import fit
from pipeline.extract.learn import model as learned
from pipeline.extract.learn.features import FEATURES_VERSION
from pipeline.extract.types import DocumentContext, PartialDate

DEV = training.DEV


def test_fit_is_deterministic_and_learns_a_plain_signal():
    examples = [("bias", "a:left", "rule:serving")] * 6 + [("bias", "a:arrived", "rule:serving")] * 6
    labels = [1] * 6 + [0] * 6
    first = fit.fit(examples, labels, 2, min_count=1)
    assert fit.fit(examples, labels, 2, min_count=1) == first
    bias, weights = first
    assert fit.probabilities(bias, weights, ("bias", "a:left"))[1] > 0.8
    assert fit.probabilities(bias, weights, ("bias", "a:arrived"))[1] < 0.2
    assert "rule:serving" not in weights or weights["rule:serving"][0] == weights["rule:serving"][1]


def test_folds_are_by_document():
    assert fit.fold_of("r1_001_indonesian-troops-unifil-2006", 5) == fit.fold_of("r1_001_indonesian-troops-unifil-2006", 5)
    assert len({fit.fold_of(f"r1_{i:03d}", 5) for i in range(40)}) == 5


# A small annotated fixture: real dev documents with their gold rows.
FIXTURE_DOCS = ("r1_001_indonesian-troops-unifil-2006", "r1_002_nepalese-troops-arrive-juba",
                "r1_007_unmiss-first-medal-parade-2012", "r10_006_kenyan-peacekeepers-leave-onub-2006",
                "r10_003_british-troops-arrive-freetown-2000", "r1_017_moroccan-troops-minustah-2004")


def _fixture(folder: Path) -> Path:
    docs = folder / "documents"
    docs.mkdir(parents=True)
    with (DEV / "documents" / "manifest.csv").open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        entries = [r for r in reader if r["source_name"] in FIXTURE_DOCS]
        fields = reader.fieldnames
    with (docs / "manifest.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fields)
        writer.writeheader()
        writer.writerows(entries)
    for entry in entries:
        shutil.copy(DEV / "documents" / entry["file"], docs / entry["file"])
    for table in ("contributions", "events", "missions"):
        with (DEV / f"{table}.csv").open(newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            rows = [r for r in reader if r["source_name"] in FIXTURE_DOCS]
            fields = reader.fieldnames
        with (folder / f"{table}.csv").open("w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fields)
            writer.writeheader()
            writer.writerows(rows)
    return folder


def test_training_twice_gives_identical_bytes(tmp_path):
    gold = _fixture(tmp_path / "gold")
    first, second = tmp_path / "one.json", tmp_path / "two.json"
    # min_gain -1: the best option is shipped whatever it gains, so that the file holds fitted weights
    data = training.train(gold, first, k=2, min_gain=-1.0)
    training.train(gold, second, k=2, min_gain=-1.0)
    assert first.read_bytes() == second.read_bytes()
    assert first.with_suffix(".report.md").read_bytes() == second.with_suffix(".report.md").read_bytes()
    assert data["steps"] and all(s["weights"] for s in data["steps"].values())
    assert data["trained_on"]["documents"] == len(FIXTURE_DOCS)
    assert learned.read_model(first).keys() == data["steps"].keys()  # what it writes validates


def test_shipped_model_is_current_with_the_dev_gold():
    data = json.loads(learned.MODEL_PATH.read_text(encoding="utf-8"))
    assert data["data_hash"] == training.data_hash(DEV), \
        "the dev gold or manifest changed since the model was trained: run `pkdata train` and commit its files"
    assert data["features"] == FEATURES_VERSION
    assert data["trained_on"] == {"gold": "tests/data/real/dev", "documents": data["trained_on"]["documents"],
                                  "rows": data["trained_on"]["rows"], "excluded": [], "folds": training.FOLDS}
    learned.read_model(learned.MODEL_PATH)  # validates
    assert learned.MODEL_PATH.with_suffix(".report.md").is_file()


def _rows(matcher, text: str, published: str) -> list[dict]:
    ctx = DocumentContext(doc_id="t", published=PartialDate.parse(published), publisher="IRIN")
    return extract_document(text, ctx, matcher).contributions


# Real dev sentences (r10_006, r1_002): what a status step and a keep step do to their rows, and the chain.
KENYA = ("BUJUMBURA, 22 Feb 2006 (IRIN) - Some 270 Kenyan peacekeepers serving under the UN Operation in Burundi, "
         "known as ONUB, left the capital, Bujumbura, on Tuesday.")
NEPAL = ("4 February 2014 - Reinforcing the UNMISS military component in South Sudan, 266 Nepalese peacekeepers "
         "arrived in Juba today from the UN Stabilization Mission in Haiti (MINUSTAH).")


def _step(name, classes, weights, threshold, bias=None):
    return learned.Step(name, tuple(classes), tuple(bias or [0.0] * len(classes)),
                        {f: tuple(w) for f, w in weights.items()}, threshold)


def test_status_step_rewrites_the_status_and_names_itself(matcher, monkeypatch):
    before = _rows(matcher, KENYA, "2006-02-22")
    assert [(r["contributor_iso3"], r["count_low"], r["status"]) for r in before] == [("KEN", 270, "withdrawn")]
    classes = ("serving", "withdrawn")
    steps = {"status": _step("status", classes, {"t:left": (3.0, 0.0)}, 0.6)}
    monkeypatch.setattr(learned, "shipped_steps", lambda: steps)
    after = _rows(matcher, KENYA, "2006-02-22")
    assert [(r["count_low"], r["status"]) for r in after] == [(270, "serving")]
    assert after[0]["extractor"] == before[0]["extractor"] + "+status(model)"
    # the same step leaves a row whose sentence has not the feature
    assert [r["status"] for r in _rows(matcher, NEPAL, "2014-02-04")] == ["deployed"]


def test_keep_step_drops_a_row_below_its_threshold(matcher, monkeypatch):
    steps = {"keep": _step("keep", ("drop", "keep"), {"t:left": (2.0, -2.0)}, 0.5)}
    monkeypatch.setattr(learned, "shipped_steps", lambda: steps)
    assert _rows(matcher, KENYA, "2006-02-22") == []
    assert [r["count_low"] for r in _rows(matcher, NEPAL, "2014-02-04")] == [266]


def test_recording_turns_the_steps_off_and_collects_features(matcher, monkeypatch):
    steps = {"keep": _step("keep", ("drop", "keep"), {"bias": (5.0, 0.0)}, 0.5)}
    monkeypatch.setattr(learned, "shipped_steps", lambda: steps)
    with learned.recording() as recorded:
        rows = _rows(matcher, NEPAL, "2014-02-04")
    assert [r["count_low"] for r in rows] == [266]
    (doc_id, row, feats), = recorded
    assert doc_id == "t" and row.quantity.low == 266
    # the rules' decisions, the words after the figure, tense words, the date against the publication date
    assert {"rule:deployed", "cand:figure_noun", "x:status(reinforcing)", "x:mission(sentence)", "a:nepalese",
            "a:peacekeepers", "a:arrived", "b:unmiss", "t:today", "asof:same", "pub:news", "missions:2"} <= set(feats)
    assert feats == tuple(sorted(feats))


GOOD = {"format": learned.FORMAT, "features": FEATURES_VERSION, "steps": {
    "keep": {"classes": ["drop", "keep"], "threshold": 0.3, "bias": [0.0, 1.0], "weights": {"a:left": [1.0, -1.0]}}}}


@pytest.mark.parametrize("change, message", [
    (lambda d: d.update(format="other/1"), "format is not"),
    (lambda d: d.update(features="features.v0"), "the code computes"),
    (lambda d: d["steps"]["keep"].update(threshold=1.5), "threshold 1.5"),
    (lambda d: d["steps"]["keep"].update(classes=["keep", "drop"]), "classes"),
    (lambda d: d["steps"]["keep"]["weights"].update({"a:x": [1.0]}), "feature 'a:x'"),
    (lambda d: d["steps"].update(mission=d["steps"]["keep"]), "unknown step 'mission'"),
    (lambda d: d["steps"].update(status={**d["steps"]["keep"], "classes": ["serving", "retired"]}), "classes"),
])
def test_a_bad_model_file_gives_a_clear_error(tmp_path, change, message):
    data = json.loads(json.dumps(GOOD))
    assert learned.read_model(_write(tmp_path, data))["keep"].threshold == 0.3
    change(data)
    with pytest.raises(learned.ModelError, match=message) as info:
        learned.read_model(_write(tmp_path, data))
    assert "bad.json" in str(info.value) and "pkdata train" in str(info.value)


def test_a_model_file_that_is_not_json(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(learned.ModelError, match="not JSON"):
        learned.read_model(path)


def _write(tmp_path: Path, data: dict) -> Path:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_train_refuses_a_test_split(tmp_path):
    from click.testing import CliRunner

    from pipeline.cli import main

    result = CliRunner().invoke(main, ["train", "--gold", str(tmp_path / "real" / "test"), "--out",
                                       str(tmp_path / "m.json")])
    assert result.exit_code != 0 and "never trained on" in result.output
    assert not (tmp_path / "m.json").exists()
