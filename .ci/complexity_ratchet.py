"""The complexity ratchet: no function over ruff's C901 limit (``[tool.ruff.lint.mccabe]`` in pyproject.toml)
except those listed in ``.ci/complexity_ratchet.txt``, and that list may only shrink.

    .venv/bin/python .ci/complexity_ratchet.py           # check (CI)
    .venv/bin/python .ci/complexity_ratchet.py --write   # rewrite the list after bringing functions down

Fails when a function not on the list is over the limit (a new one: split it), when a listed one grew more
complex than its listed score, and when a listed function is no
longer over it (a good change: remove its line, so that it cannot grow back). Functions are keyed by file and
name, not line, so that moving code does not churn the list.

It also holds the module limit: no module of ``pipeline/extract`` over ``MAX_MODULE_LINES`` lines, except those in
``LONG_MODULES`` (none today), which may not grow past their listed length. Split a module that goes over along a
real seam (a family of rules, a stage) rather than raise the limit.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIST = ROOT / ".ci" / "complexity_ratchet.txt"
PATHS = ["pipeline", "schemas", "bench", "tests"]
MAX_MODULE_LINES = 600
LIMITED = "pipeline/extract"  # the folder whose modules the line limit holds
# Modules of ``LIMITED`` already over the limit when it was enforced, and their length then: may only shrink.
LONG_MODULES: dict[str, int] = {}
_NAME = re.compile(r"`(?P<name>[^`]+)` is too complex \((?P<score>\d+) > \d+\)")


def over_limit() -> dict[str, int]:
    """``path::function`` -> complexity, for every function over the limit."""
    ruff = Path(sys.executable).with_name("ruff")
    done = subprocess.run([str(ruff), "check", "--select", "C901", "--output-format", "json", "--exit-zero",
                           *PATHS], cwd=ROOT, capture_output=True, text=True, check=True)
    found = {}
    for item in json.loads(done.stdout):
        m = _NAME.search(item["message"])
        path = Path(item["filename"]).resolve().relative_to(ROOT).as_posix()
        found[f"{path}::{m.group('name')}"] = int(m.group("score"))
    return found


def listed() -> dict[str, int]:
    """``path::function`` -> the complexity it had when listed."""
    lines = LIST.read_text(encoding="utf-8").splitlines() if LIST.exists() else []
    return {line.split()[0]: int(line.split()[1]) for line in lines if line.strip() and not line.startswith("#")}


def long_modules(root: Path = ROOT) -> list[str]:
    """A message for each module of ``LIMITED`` under ``root`` over ``MAX_MODULE_LINES`` lines (and not listed in
    ``LONG_MODULES``, or longer than listed there)."""
    problems = []
    for path in sorted((root / LIMITED).rglob("*.py")):
        key = path.relative_to(root).as_posix()
        with path.open(encoding="utf-8") as f:
            n = sum(1 for _ in f)
        allowed = LONG_MODULES.get(key, MAX_MODULE_LINES)
        if n > allowed:
            problems.append(f"module over the {MAX_MODULE_LINES}-line limit: {key} ({n} > {allowed} lines): split it "
                            "along a real seam (a family of rules, a stage)")
    return problems


def main(argv: list[str]) -> int:
    found = over_limit()
    if "--write" in argv:
        body = "".join(f"{key} {score}\n" for key, score in sorted(found.items()))
        LIST.write_text("# Functions still over the C901 limit (written by .ci/complexity_ratchet.py --write); "
                        "this list may only shrink.\n" + body, encoding="utf-8")
        print(f"{len(found)} functions listed in {LIST.relative_to(ROOT)}")
        return 0
    too_long = long_modules()
    for problem in too_long:
        print(problem)
    allowed = listed()
    new = sorted(set(found) - set(allowed))
    fixed = sorted(set(allowed) - set(found))
    grown = sorted(k for k in set(found) & set(allowed) if found[k] > allowed[k])
    for key in new:
        print(f"over the complexity limit and not in the ratchet list: {key} ({found[key]}): split it")
    for key in fixed:
        print(f"no longer over the limit: {key}: remove its line from {LIST.relative_to(ROOT)}")
    for key in grown:
        print(f"more complex than when listed: {key} ({found[key]} > {allowed[key]}): bring it down")
    if new or fixed or grown or too_long:
        return 1
    print(f"complexity ratchet: {len(found)} functions over the limit, all listed; no module of {LIMITED} over "
          f"{MAX_MODULE_LINES} lines but the {len(LONG_MODULES)} listed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
