"""Peak memory and wall time of a full `pkdata build` of N synthetic documents, locally or on a Dask cluster.

    .venv/bin/python bench/memory.py [--docs 20000] [--workers 0] [--work bench/.cache/memory]
    .venv/bin/python bench/memory.py --docs 2000 --local-cluster 2     # the same build on a Dask LocalCluster
    .venv/bin/python bench/memory.py --docs 2000 --scheduler tcp://127.0.0.1:8786   # on a running cluster

Writes the corpus with ``bench/make_corpus.py`` (kept between runs under the work folder), then runs
``/usr/bin/time -v .venv/bin/pkdata build --force`` into a fresh output folder (so a fresh extraction cache) and
reports: wall time; the peak resident memory of the largest process (``/usr/bin/time``'s maximum resident set
size: the build or one of its extraction processes); and the largest sum of the resident memory of the build and
all its descendant processes, sampled from ``/proc`` every 0.2 s. With ``--local-cluster N`` the build extracts
on a ``distributed.LocalCluster`` of N one-thread worker processes started here, whose own peaks (``getrusage``
in each worker) are reported besides: they are not the build's descendants.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.incremental import ensure_corpus  # noqa: E402


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        tree.setdefault(ppid, []).append(int(entry))
    return tree


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_rss_kb(root: int) -> int:
    """Resident memory of ``root`` and all its descendants, in kB."""
    tree, total, todo = _children(), 0, [root]
    while todo:
        pid = todo.pop()
        total += _rss_kb(pid)
        todo.extend(tree.get(pid, ()))
    return total


class TreeSampler(threading.Thread):
    """Largest sum of the resident memory of a process tree, sampled every ``every`` seconds."""

    def __init__(self, pid: int, every: float = 0.2):
        super().__init__(daemon=True)
        self.pid, self.every, self.peak_kb, self.done = pid, every, 0, threading.Event()

    def run(self) -> None:
        while not self.done.wait(self.every):
            self.peak_kb = max(self.peak_kb, tree_rss_kb(self.pid))


def timed_build(documents: Path, output: Path, workers: int, scheduler: str | None) -> dict:
    shutil.rmtree(output, ignore_errors=True)
    cmd = ["/usr/bin/time", "-v", str(ROOT / ".venv" / "bin" / "pkdata"), "build", "--documents", str(documents),
           "--output", str(output), "--workers", str(workers), "--force"]
    if scheduler:
        cmd += ["--scheduler", scheduler]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    sampler = TreeSampler(proc.pid)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    sampler.done.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"build failed ({proc.returncode}):\n{out}\n{err[-3000:]}")
    largest = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", err).group(1))
    return {"wall": wall, "largest_mb": largest / 1024, "tree_mb": sampler.peak_kb / 1024, "stdout": out,
            "extraction": extraction_seconds(output)}


def extraction_seconds(output: Path) -> float | None:
    """The extraction asset's own time in the build's Dagster instance (``<output>/.cache/dagster_home``)."""
    import dagster as dg

    with dg.DagsterInstance.from_config(str(output / ".cache" / "dagster_home")) as instance:
        event = instance.get_latest_materialization_event(dg.AssetKey("document_extractions"))
    return event.asset_materialization.metadata["seconds"].value if event else None


def _worker_peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--docs", type=int, default=20_000)
    p.add_argument("--workers", type=int, default=0, help="extraction processes (0: one per core, at most 8)")
    p.add_argument("--work", type=Path, default=ROOT / "bench" / ".cache" / "memory")
    p.add_argument("--scheduler", default=None, help="address of a running Dask scheduler to extract on")
    p.add_argument("--local-cluster", type=int, default=0, metavar="N",
                   help="start a Dask LocalCluster of N worker processes here and extract on it")
    p.add_argument("--repeat", type=int, default=1,
                   help="run the build this many times and report the last (each from a fresh output folder)")
    args = p.parse_args(argv)

    documents = args.work / f"documents-{args.docs}"
    ensure_corpus(documents, args.docs)
    n_bytes = sum(f.stat().st_size for f in documents.rglob("*") if f.is_file())
    output = args.work / "output"
    cluster = None
    scheduler = args.scheduler
    if args.local_cluster:
        from distributed import LocalCluster

        # preload: each worker imports the extraction library when it starts, as `dask worker --preload
        # pipeline.batch` does (README), not in its first batch.
        cluster = LocalCluster(n_workers=args.local_cluster, processes=True, threads_per_worker=1,
                               dashboard_address=None, host="127.0.0.1", preload=["pipeline.batch"])
        scheduler = cluster.scheduler_address
    where = f"Dask cluster {scheduler}" if scheduler else f"local processes (--workers {args.workers})"
    print(f"corpus: {documents} ({args.docs:,} documents, {n_bytes / 1e6:.1f} MB); extraction on {where}")
    try:
        for i in range(args.repeat - 1):  # the same build before the one reported (warm workers, warm files)
            first = timed_build(documents, output, args.workers, scheduler)
            print(f"build {i + 1} of {args.repeat}: wall time {first['wall']:.1f} s; extraction asset "
                  f"{first['extraction']:.1f} s")
        result = timed_build(documents, output, args.workers, scheduler)
        workers = []
        if cluster is not None:
            from distributed import Client

            with Client(scheduler, set_as_default=False) as client:
                workers = sorted(client.run(_worker_peak_mb).values())
    finally:
        if cluster is not None:
            cluster.close()
    print(f"wall time {result['wall']:.1f} s; peak RSS of the largest process {result['largest_mb']:,.0f} MB; "
          f"largest sum over the build's process tree {result['tree_mb']:,.0f} MB; extraction asset "
          f"{result['extraction']:.1f} s")
    if workers:
        print("Dask workers' peak RSS: " + ", ".join(f"{mb:,.0f} MB" for mb in workers)
              + f" (sum {sum(workers):,.0f} MB)")
    print(result["stdout"].strip().splitlines()[0])


if __name__ == "__main__":
    main()
