"""The guard: every annotated dev set listed in tests/data/scores_guard.json keeps its F1 per table within 0.02 of
the recorded one. After a change meant to move the scores, rewrite the file with `pkdata guard --write` and commit
it with the change. Held-out sets and the real corpus's test split are never listed."""

import pytest

from pipeline import eval_runs
from tests.conftest import ROOT

GUARD = eval_runs.read_guard()


def test_the_guard_lists_the_dev_sets_and_no_held_out_or_test_set():
    assert {"seeds", "devset", "devset2", "devset7"} <= set(GUARD["sets"])
    for name, entry in GUARD["sets"].items():
        assert eval_runs.is_guardable(name, entry["gold"]), name
        assert (ROOT / entry["documents"]).is_dir() and (ROOT / entry["gold"]).is_dir(), name


@pytest.mark.parametrize("name", sorted(GUARD["sets"]))
def test_scores_do_not_drop(name):
    drops = eval_runs.check_set(GUARD["sets"][name], GUARD.get("tolerance", eval_runs.TOLERANCE))
    assert not drops, "\n".join(drops) + "\n(an intended change? rewrite the file: pkdata guard --write)"


def test_a_drop_beyond_the_tolerance_is_reported():
    entry = dict(GUARD["sets"]["devset3"])
    kept = entry["f1"]["contributions"]
    entry["f1"] = {"contributions": kept + 0.05, "events": entry["f1"]["events"] + 0.01}
    drops = eval_runs.check_set(entry, 0.02)
    assert len(drops) == 1 and drops[0].startswith("tests/data/devset3: contributions F1 ")


def test_held_out_sets_and_test_splits_are_never_guarded(tmp_path):
    assert not eval_runs.is_guardable("heldout2", "tests/data/heldout2")
    assert not eval_runs.is_guardable("real-test", "tests/data/real/test")
    assert eval_runs.is_guardable("real-dev", "tests/data/real/dev")
    with pytest.raises(ValueError, match="never guarded: heldout"):
        eval_runs.write_guard(tmp_path / "guard.json", [("heldout", "tests/data/heldout/documents",
                                                         "tests/data/heldout")])

