"""The publish asset: Parquet files, the DuckDB database and run_metadata.json, published together as a new build
of the output folder (``pipeline.publish``)."""

import time
from pathlib import Path

import dagster as dg

from pipeline.assets.monitoring import FRESHNESS_POLICY
from pipeline.assets.tables import ALL_TABLES
from pipeline.locking import hold_for_process
from pipeline.publish import publish
from pipeline.settings import PipelineSettings
from pipeline.shards import trim_heap


def _run_started(context: dg.AssetExecutionContext) -> float:
    """When the run started (the run's record), else now."""
    try:
        started = context.instance.get_run_stats(context.run_id).start_time
    except Exception:  # noqa: BLE001 - a missing record only costs the start time
        started = None
    return started or time.time()


@dg.asset(group_name="publish",
          ins={name: dg.AssetIn(name) for name in ALL_TABLES},
          freshness_policy=FRESHNESS_POLICY,
          description="outputs/parquet/<table>.parquet, outputs/peacekeeping.duckdb and outputs/run_metadata.json, "
                      "published together (a new build folder and one pointer swap).")
def published_dataset(context: dg.AssetExecutionContext, settings: PipelineSettings,
                      **tables: str) -> dict:
    trim_heap()
    hold_for_process(Path(settings.output_dir), settings.documents_dir, f"Dagster run {context.run_id}")
    started = _run_started(context)
    metadata = {
        "run_id": context.run_id, "started_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started)),
        "seconds": round(time.time() - started, 3), "documents_dir": settings.documents_dir,
        "reference_dir": settings.reference_dir,
    }
    # The tables' Parquet files (validated_tables): every row split against its schema there, and the blocking
    # checks passed, so publish checks their columns, keys and foreign keys, not every row again.
    summary = publish(tables, Path(settings.output_dir), metadata, rows_validated=True)
    context.add_output_metadata({
        **{f"rows/{name}": summary[name] for name in ALL_TABLES},
        "output_dir": settings.output_dir, "build": summary["build"],
    })
    return summary
