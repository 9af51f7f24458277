"""Log the memory of a running process tree every few seconds: RSS and PSS of each large process, their sums.

    .venv/bin/python bench/tree_memory.py PID [--every 5] [--log FILE]

For a build started elsewhere (``/usr/bin/time -v .venv/bin/pkdata build ... &``, then its pid here): one line per
sample with the UTC time, the load average, the sum of the tree's resident memory (RSS: a forked extraction
worker counts the pages it still shares with the build, so the sum counts them more than once) and of its
proportional memory (PSS, from ``/proc/<pid>/smaps_rollup``: shared pages split between the processes that share
them, so the sum is what the tree really holds), and each process above 50 MB with its RSS, PSS and private memory
(USS). The last line gives the peaks. Stops when the process ends. Linux only.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.memory import _children  # noqa: E402

SHOWN_KB = 50 * 1024


def rollup_kb(pid: int) -> dict[str, int]:
    """``Rss``, ``Pss`` and private (``Uss``) memory of a process in kB (empty when it is gone)."""
    fields: dict[str, int] = {}
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            name, _, value = line.partition(":")
            if name in ("Rss", "Pss", "Private_Clean", "Private_Dirty"):
                fields[name] = int(value.split()[0])
    except (OSError, ValueError):
        return {}
    return {"rss": fields.get("Rss", 0), "pss": fields.get("Pss", 0),
            "uss": fields.get("Private_Clean", 0) + fields.get("Private_Dirty", 0)}


def tree_sample(root: int) -> dict[int, dict[str, int]]:
    """Each process of the tree under ``root`` (itself included) with its memory."""
    tree, todo, out = _children(), [root], {}
    while todo:
        pid = todo.pop()
        memory = rollup_kb(pid)
        if memory:
            out[pid] = memory
        todo.extend(tree.get(pid, ()))
    return out


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("pid", type=int)
    p.add_argument("--every", type=float, default=5.0, help="seconds between samples")
    p.add_argument("--log", type=Path, default=None, help="append the lines to this file (else standard output)")
    args = p.parse_args(argv)
    out = args.log.open("a", buffering=1) if args.log else sys.stdout
    peak = {"rss": 0, "pss": 0, "largest": 0}
    while os.path.exists(f"/proc/{args.pid}"):
        sample = tree_sample(args.pid)
        sums = {k: sum(m[k] for m in sample.values()) for k in ("rss", "pss")}
        largest = max((m["rss"] for m in sample.values()), default=0)
        peak = {"rss": max(peak["rss"], sums["rss"]), "pss": max(peak["pss"], sums["pss"]),
                "largest": max(peak["largest"], largest)}
        shown = " | ".join(f"{pid}: rss {m['rss'] // 1024} pss {m['pss'] // 1024} uss {m['uss'] // 1024}"
                           for pid, m in sorted(sample.items()) if m["rss"] >= SHOWN_KB)
        out.write(f"{time.strftime('%H:%M:%S', time.gmtime())} load {os.getloadavg()[0]:.2f} "
                  f"sum rss {sums['rss'] // 1024} MB, pss {sums['pss'] // 1024} MB | {shown}\n")
        time.sleep(args.every)
    out.write(f"peaks: largest process rss {peak['largest'] // 1024} MB, sum rss {peak['rss'] // 1024} MB, "
              f"sum pss {peak['pss'] // 1024} MB\n")


if __name__ == "__main__":
    main()
