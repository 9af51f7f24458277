"""Extraction on a Dask ``distributed`` cluster (``pipeline.engines``) publishes the same bytes as a local build.

The test starts a real cluster on this machine: a scheduler and two worker processes of one thread each
(``distributed.LocalCluster``), then builds a few hundred synthetic documents (``bench/make_corpus.py``) with
``pkdata build --scheduler`` and, for comparison, with local processes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.engines import LOCAL, DaskCluster, engine_for
from pipeline.partitions import KEY_FILE
from pipeline.runner import run_build
from pipeline.settings import PipelineSettings
from schemas.registry import TABLES
from tests.conftest import ROOT, query

distributed = pytest.importorskip("distributed")

N_DOCUMENTS = 200


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("dask") / "documents"
    subprocess.run([sys.executable, str(ROOT / "bench" / "make_corpus.py"), "--docs", str(N_DOCUMENTS),
                    "--out", str(folder)], check=True, capture_output=True)
    return folder


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None,
                                  host="127.0.0.1") as local_cluster:
        yield local_cluster


def _digests(output: Path) -> dict[str, str]:
    return {name: hashlib.sha256((output / "parquet" / f"{name}.parquet").read_bytes()).hexdigest()
            for name in sorted(TABLES)}


def _worker_tokens(cluster) -> list:
    """The build token each worker process initialised last (None: it ran no batch)."""
    with distributed.Client(cluster.scheduler_address, set_as_default=False) as client:
        return sorted(map(str, client.run(lambda: __import__("pipeline.engines").engines._READY_TOKEN).values()))


def test_the_engine_is_chosen_by_the_scheduler_setting():
    assert engine_for(None) is LOCAL and engine_for("  ") is LOCAL
    assert engine_for("tcp://scheduler.invalid:8786") == DaskCluster("tcp://scheduler.invalid:8786")
    assert engine_for("tcp://scheduler.invalid:8786").remote and not LOCAL.remote
    assert PipelineSettings(scheduler="tcp://h:8786").scheduler == "tcp://h:8786"


@pytest.fixture(scope="module")
def builds(corpus, cluster, tmp_path_factory) -> dict:
    """A local build (two processes) and a build through `pkdata build --scheduler` on the cluster."""
    root = tmp_path_factory.mktemp("builds")
    before = _worker_tokens(cluster)
    local = run_build(PipelineSettings(documents_dir=str(corpus), output_dir=str(root / "local"), workers=2))
    assert local.success, local.failed_checks
    cli = CliRunner().invoke(main, ["build", "--documents", str(corpus), "--output", str(root / "dask"),
                                    "--workers", "2", "--scheduler", cluster.scheduler_address])
    assert cli.exit_code == 0, cli.output
    return {"local": root / "local", "dask": root / "dask", "output": cli.output, "before": before,
            "after": _worker_tokens(cluster)}


def test_a_build_on_a_dask_cluster_publishes_the_bytes_of_a_local_build(builds):
    assert f"{N_DOCUMENTS} extracted" in builds["output"]
    # Both worker processes ran batches of this build (the matcher was built there for it), none before it.
    assert builds["before"] == ["None", "None"]
    assert builds["after"][0] == builds["after"][1] != "None"
    assert _digests(builds["dask"]) == _digests(builds["local"])
    assert query(builds["dask"], "SELECT count(*) FROM documents") == [(N_DOCUMENTS,)]
    assert query(builds["dask"], "SELECT count(*) FROM contributions")[0][0] > 500


def test_a_rebuild_on_the_cluster_reads_what_its_workers_cached(builds, corpus, cluster):
    published = _digests(builds["dask"])
    # Without their inputs keys the partitions are stale: run again, their documents come from the cache.
    for key in (builds["dask"] / ".cache" / "rows").glob(f"*/{KEY_FILE}"):
        key.unlink()
    again = run_build(PipelineSettings(documents_dir=str(corpus), output_dir=str(builds["dask"]), workers=1,
                                       scheduler=cluster.scheduler_address))
    assert again.success and (again.reuse["from_cache"], again.reuse["extracted"]) == (N_DOCUMENTS, 0)
    assert again.reuse["partitions"] == 16
    assert _digests(builds["dask"]) == published


def _note(path: str, text: str) -> None:
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(f"{text} {os.getpid()}\n")


def _task(path: str, seconds: float) -> int:
    _note(path, "start")
    time.sleep(seconds)  # room for another task to start meanwhile, were it allowed to
    _note(path, "end")
    return os.getpid()


def test_a_pool_of_one_runs_one_task_at_a_time_and_each_worker_initialises_once(cluster, tmp_path):
    log = str(tmp_path / "log")
    engine = DaskCluster(cluster.scheduler_address)
    with engine.executor(1, _note, (log, "init")) as pool:
        pids = [f.result() for f in [pool.submit(_task, log, 0.2) for _ in range(6)]]
    lines = Path(log).read_text().split("\n")[:-1]
    inits = [line for line in lines if line.startswith("init")]
    steps = [line.split()[0] for line in lines if not line.startswith("init")]
    assert steps == ["start", "end"] * 6, lines  # never two at once
    assert sorted(int(line.split()[1]) for line in inits) == sorted(set(pids))  # once per worker that ran one
