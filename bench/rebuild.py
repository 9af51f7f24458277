"""What a rebuild of a handful of documents costs, as a user sees it: wall time of `pkdata build` commands.

    .venv/bin/python bench/rebuild.py [--documents sources/documents] [--repeat 3] [--work bench/.cache/rebuild]

Copies the documents folder into the work folder (under ``bench/.cache/``, ignored by git) and runs, each as its
own `pkdata build` process (interpreter start and imports included, as a user waits for them):

* ``first``: a build into an empty output folder (no extraction cache, no official tables cache, no history);
* ``unchanged``: a build with nothing changed (`pkdata build` finds the published build up to date and keeps it);
* ``forced``: ``--force`` with nothing changed (a whole Dagster run over warm caches: every document and the
  official tables read back, the checks, a new publish);
* ``one changed``: a build after one sentence was appended to one document (a Dagster run that extracts that
  document and reads back the rest).

Each is run ``--repeat`` times (the first build once, then the others in turn) and the best time is printed with
the others, and the load average of the machine before and after, since other work on the machine only slows
the figures down. Also prints the CPU time of each process (user + system), which depends less on the load.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(args: list[str], env: dict, root: Path) -> tuple[float, float, str]:
    """Wall and CPU seconds of one `pkdata` command (the code of ``root``), and its first output line; exits when
    the command fails."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "pipeline.cli", *args], capture_output=True, text=True, env=env,
                          cwd=root, check=False)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"pkdata {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, (done.stdout.splitlines() or [""])[0]


def change_one(documents: Path, n: int) -> None:
    """Append a different sentence to the first document, so that each round extracts it again."""
    first = min(p for p in documents.iterdir() if p.suffix == ".txt")
    with first.open("a", encoding="utf-8") as fh:
        fh.write(f"\nBenchmark round {n}: Nepal deployed 100 more troops to UNMISS.\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=Path, default=ROOT / "sources" / "documents")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--work", type=Path, default=ROOT / "bench" / ".cache" / "rebuild")
    parser.add_argument("--root", type=Path, default=ROOT,
                        help="Checkout whose code runs (e.g. an older commit's `git archive`, for comparison).")
    opts = parser.parse_args()
    root = opts.root.resolve()
    # An older checkout has no --force (and no up-to-date check): its "unchanged" build is a whole run.
    steps = [("unchanged", []), ("one changed", [])]
    if "--force" in (root / "pipeline" / "cli.py").read_text(encoding="utf-8"):
        steps.insert(1, ("forced", ["--force"]))

    shutil.rmtree(opts.work, ignore_errors=True)
    documents, output = opts.work / "documents", opts.work / "output"
    shutil.copytree(opts.documents, documents)
    env = {**os.environ, "DAGSTER_HOME": str(opts.work / "dagster_home")}
    args = ["build", "--documents", str(documents.resolve()), "--output", str(output.resolve())]
    load = os.getloadavg()[0]
    times: dict[str, list[tuple[float, float]]] = {"first": [], "unchanged": [], "forced": [], "one changed": []}
    wall, cpu, line = run(args, env, root)
    times["first"].append((wall, cpu))
    print(f"first: {line}")
    for n in range(opts.repeat):
        for name, extra in steps:
            if name == "one changed":
                change_one(documents, n)
            wall, cpu, line = run([*args, *extra], env, root)
            times[name].append((wall, cpu))
            if n == 0:
                print(f"{name}: {line}")
    print(f"\n{sum(1 for p in documents.iterdir() if p.name != 'manifest.csv')} documents from {opts.documents}; "
          f"load average {load:.1f} before, {os.getloadavg()[0]:.1f} after")
    print(f"{'build':<12} {'best wall s':>11} {'all wall s':<24} {'CPU s (best wall)':>17}")
    for name, values in times.items():
        if not values:
            continue
        best = min(values)
        print(f"{name:<12} {best[0]:>11.2f} {', '.join(f'{w:.1f}' for w, _ in values):<24} {best[1]:>17.2f}")


if __name__ == "__main__":
    main()
