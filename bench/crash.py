"""Kill builds and releases with SIGKILL at random moments and after each publish step; check what is left.

    .venv/bin/python bench/crash.py --random 20 --out /tmp/pkdata-crash

Phases:

- ``build-random``: ``pkdata build`` killed at a random moment of its run (only the main process is killed: its
  extraction workers must end with it);
- ``build-step``: a build killed right after each step of the publish (``pipeline.publish.PUBLISH_STEPS``);
- ``release-random``: ``pkdata release`` killed at a random moment;
- ``release-step``: a release killed right after each of its steps (``pipeline.release.RELEASE_STEPS``).

After every kill the output folder must show **one whole build**: ``run_metadata.json`` (through the stable
path) lists files whose SHA-256 match the files behind the stable paths, the DuckDB file opens and holds the
row counts it lists, every Parquet file reads. ``releases/latest`` must name a complete release that verifies
against its SHA256SUMS. A **torn output** is any kill after which one of these fails; **orphans** are worker
processes still alive after their build was killed. At the end, one more build must give Parquet files
byte-identical to the reference build. Not run in CI; the figures go into the closing notes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PKDATA = str(ROOT / ".venv" / "bin" / "pkdata")
PYTHON = str(ROOT / ".venv" / "bin" / "python")

KILL_AFTER_STEP = """
import os, signal, sys
import pipeline.{module} as target
step = sys.argv[1]
target._ON_STEP = lambda name: os.kill(os.getpid(), signal.SIGKILL) if name == step else None
from pipeline.cli import main
main(sys.argv[2:])
"""


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def whole_build(output: Path) -> str | None:
    """Why the output folder does not show one whole readable build, or None when it does."""
    import duckdb
    import pyarrow.parquet as pq

    try:
        metadata = json.loads((output / "run_metadata.json").read_text())
        for relative, digest in metadata["files"].items():
            if sha256(output / relative) != digest:
                return f"{relative} is not the file run_metadata.json lists"
        con = duckdb.connect(str(output / "peacekeeping.duckdb"), read_only=True)
        try:
            for table, n in metadata["tables"].items():
                if con.sql(f'SELECT count(*) FROM "{table}"').fetchall()[0][0] != n:
                    return f"{table}: row count differs from run_metadata.json"
        finally:
            con.close()
        for path in (output / "parquet").glob("*.parquet"):
            pq.read_table(path)
    except Exception as exc:  # noqa: BLE001 - any failure to read is what this counts
        return f"{type(exc).__name__}: {exc}"
    return None


def whole_release(output: Path) -> str | None:
    """Why ``releases/latest`` does not name one complete, verified release (None when it does or there is
    none yet)."""
    from pipeline.release import latest_version, verify_release

    releases = output / "releases"
    version = latest_version(releases) if releases.is_dir() else None
    if version is None:
        return None
    problems = verify_release(releases / version)
    return "; ".join(problems) if problems else None


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def _kill_at(cmd: list[str], delay: float) -> tuple[int, bool]:
    """Start ``cmd`` in a process group of its own, SIGKILL its main process after ``delay`` s; returns (exit
    code, whether processes of the group outlived it by 5 s)."""
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        proc.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    deadline = time.monotonic() + 5
    while _group_alive(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    orphans = _group_alive(proc.pid)
    if orphans:
        os.killpg(proc.pid, signal.SIGKILL)
    return proc.returncode, orphans


def _parquet_hashes(output: Path) -> dict[str, str]:
    return {p.name: sha256(p) for p in sorted((output / "parquet").glob("*.parquet"))}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--random", type=int, default=20, help="random kills per command (build, release)")
    p.add_argument("--docs", type=int, default=300, help="documents of the synthetic corpus")
    p.add_argument("--seed", type=int, default=71)
    p.add_argument("--out", type=Path, default=Path("/tmp/pkdata-crash"))
    args = p.parse_args(argv)
    rng = random.Random(args.seed)

    from bench.make_corpus import make_corpus

    documents, output = args.out / "documents", args.out / "output"
    shutil.rmtree(args.out, ignore_errors=True)
    make_corpus(documents, documents=args.docs, seed=args.seed)
    shutil.copytree(ROOT / "sources" / "documents", documents, dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns("manifest.csv"))
    # --force: with nothing changed, `pkdata build` would find the published build up to date and run nothing.
    build = [PKDATA, "build", "--documents", str(documents), "--output", str(output), "--workers", "2", "--force"]
    env_cache = {"PKDATA_CACHE_DIR": ""}
    os.environ.update(env_cache)

    t0 = time.perf_counter()
    subprocess.run(build, cwd=ROOT, check=True, capture_output=True)
    build_seconds = time.perf_counter() - t0
    reference = _parquet_hashes(output)
    subprocess.run([PKDATA, "release", "--output", str(output), "--version", "v0"], cwd=ROOT, check=True,
                   capture_output=True)

    counts: dict[str, int] = {}
    torn: list[str] = []
    orphans = 0

    def check(phase: str, what: str) -> None:
        counts[phase] = counts.get(phase, 0) + 1
        for problem in (whole_build(output), whole_release(output)):
            if problem:
                torn.append(f"{phase} {what}: {problem}")

    for i in range(args.random):
        # Without the cache every kill lands in a full extraction or after it; with it, mostly in publishing.
        if i % 2 == 0:
            shutil.rmtree(output / ".cache" / "extractions", ignore_errors=True)
        delay = rng.uniform(0.5, build_seconds * 1.2)
        _, left = _kill_at(build, delay)
        orphans += left
        check("build-random", f"after {delay:.1f} s")
    from pipeline.publish import PUBLISH_STEPS
    from pipeline.release import RELEASE_STEPS

    for step in PUBLISH_STEPS:
        code, left = _kill_at([PYTHON, "-c", KILL_AFTER_STEP.format(module="publish"), step, *build[1:]], 600)
        orphans += left
        check("build-step", f"after {step} (exit {code})")
    for i in range(args.random):
        delay = rng.uniform(0.2, 6.0)
        _kill_at([PKDATA, "release", "--output", str(output), "--version", f"r{i}"], delay)
        check("release-random", f"after {delay:.1f} s")
    for j, step in enumerate(RELEASE_STEPS):
        code, _ = _kill_at([PYTHON, "-c", KILL_AFTER_STEP.format(module="release"), step, "release", "--output",
                            str(output), "--version", f"s{j}"], 600)
        check("release-step", f"after {step} (exit {code})")

    subprocess.run(build, cwd=ROOT, check=True, capture_output=True)
    identical = _parquet_hashes(output) == reference
    report = {"kills_per_phase": counts, "kills": sum(counts.values()), "torn_outputs": len(torn),
              "torn": torn[:20], "orphan_workers": orphans, "next_build_identical": identical,
              "reference_build_seconds": round(build_seconds, 1)}
    print(json.dumps(report, indent=2))
    return 1 if torn or orphans or not identical else 0


if __name__ == "__main__":
    sys.exit(main())
