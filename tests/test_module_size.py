"""The module limit of ``.ci/complexity_ratchet.py``: no module of pipeline/extract over 600 lines (issue 10)."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _ratchet():
    spec = importlib.util.spec_from_file_location("complexity_ratchet", ROOT / ".ci" / "complexity_ratchet.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_no_extraction_module_over_the_line_limit():
    assert _ratchet().long_modules() == []


def test_a_module_one_line_over_the_limit_fails(tmp_path):
    ratchet = _ratchet()
    folder = tmp_path / "pipeline" / "extract" / "contrib"
    folder.mkdir(parents=True)
    (folder / "at_limit.py").write_text("x = 1\n" * ratchet.MAX_MODULE_LINES, encoding="utf-8")
    (folder / "over.py").write_text("x = 1\n" * (ratchet.MAX_MODULE_LINES + 1), encoding="utf-8")
    problems = ratchet.long_modules(tmp_path)
    assert len(problems) == 1
    assert "pipeline/extract/contrib/over.py (601 > 600 lines)" in problems[0]
