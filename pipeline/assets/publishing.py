"""The publish asset: Parquet files and the DuckDB database, written atomically to the output folder."""

from pathlib import Path

import dagster as dg
import pandas as pd

from pipeline.assets.tables import ALL_TABLES
from pipeline.publish import publish
from pipeline.settings import PipelineSettings


@dg.asset(group_name="publish",
          ins={name: dg.AssetIn(name) for name in ALL_TABLES},
          description="outputs/parquet/<table>.parquet and outputs/peacekeeping.duckdb, replaced atomically.")
def published_dataset(context: dg.AssetExecutionContext, settings: PipelineSettings,
                      **tables: pd.DataFrame) -> dict:
    summary = publish(tables, Path(settings.output_dir))
    context.add_output_metadata({
        **{f"rows/{name}": summary[name] for name in ALL_TABLES},
        "output_dir": settings.output_dir,
    })
    return summary
