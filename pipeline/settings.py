"""Paths and knobs of a build, as a Dagster resource; defaults point at the bundled sources.

Each setting can also come from the environment (``PKDATA_DOCUMENTS_DIR``, ``PKDATA_OUTPUT_DIR``,
``PKDATA_REFERENCE_DIR``, ``PKDATA_CACHE_DIR``, ``PKDATA_WORKERS``, ``PKDATA_BATCH_SIZE``, ``PKDATA_WORK_BUDGET``,
``PKDATA_DOCUMENT_SECONDS``, ``PKDATA_MEMORY_BUDGET_MB``, ``PKDATA_DASK_SCHEDULER``), which is how
`dagster dev` and the schedule pick them up.
"""

import os
from pathlib import Path

import dagster as dg

from pipeline.paths import DEFAULT_REFERENCE_DIR, PROJECT_ROOT  # re-exported: the defaults live under it


def _env(name: str, default: str) -> str:
    return os.environ.get(name) or default


class PipelineSettings(dg.ConfigurableResource):
    """Where the documents, the reference snapshots and the outputs live, and how to parallelise."""

    documents_dir: str = _env("PKDATA_DOCUMENTS_DIR", str(PROJECT_ROOT / "sources" / "documents"))
    reference_dir: str = _env("PKDATA_REFERENCE_DIR", str(DEFAULT_REFERENCE_DIR))
    output_dir: str = _env("PKDATA_OUTPUT_DIR", str(PROJECT_ROOT / "outputs"))
    cache_dir: str = _env("PKDATA_CACHE_DIR", "")  # empty: <output_dir>/.cache/extractions
    workers: int = int(_env("PKDATA_WORKERS", "0"))  # 0: one per core, at most 8
    batch_size: int = int(_env("PKDATA_BATCH_SIZE", "64"))
    max_file_bytes: int = int(_env("PKDATA_MAX_FILE_BYTES", str(200_000_000)))
    # What one document may cost (pipeline.bounds): the rules' work units (deterministic), the wall-clock guard
    # in seconds (the last guard), and the memory budget the workers share, in MB.
    work_budget: int = int(_env("PKDATA_WORK_BUDGET", "20000000"))
    document_seconds: float = float(_env("PKDATA_DOCUMENT_SECONDS", "600"))
    memory_budget_mb: int = int(_env("PKDATA_MEMORY_BUDGET_MB", "4096"))
    # Where the extraction runs (pipeline.engines): empty, processes on this machine; else the address of a Dask
    # scheduler (tcp://host:8786) whose workers see the documents and the cache at the same paths.
    scheduler: str = _env("PKDATA_DASK_SCHEDULER", "")

    def cache_path(self) -> Path:
        return Path(self.cache_dir) if self.cache_dir else Path(self.output_dir) / ".cache" / "extractions"

    def worker_count(self) -> int:
        return self.workers if self.workers > 0 else max(1, min(8, os.cpu_count() or 1))
