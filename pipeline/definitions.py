"""The Dagster code location: `dagster dev -m pipeline.definitions` (or `dg dev`) loads `defs`."""

import dagster as dg

from pipeline.assets.checks import foreign_keys_check, schema_checks
from pipeline.assets.extraction import document_extractions
from pipeline.assets.publishing import published_dataset
from pipeline.assets.sources import document_inventory, mission_catalog, official_figures
from pipeline.assets.tables import validated_tables
from pipeline.automation import SCHEDULES, SENSORS
from pipeline.settings import PipelineSettings

ASSETS = [mission_catalog, official_figures, document_inventory, document_extractions, validated_tables,
          published_dataset]
CHECKS = [*schema_checks, foreign_keys_check]

# The whole road from documents to published files. In-process: the multiprocess executor costs seconds per
# step, and the extraction asset parallelises its batches itself.
build_job = dg.define_asset_job(
    "build_dataset",
    selection=dg.AssetSelection.all(),
    executor_def=dg.in_process_executor,
    description="Ingest the documents, extract, validate and publish Parquet files and the DuckDB database.",
)


def make_definitions(settings: PipelineSettings | None = None) -> dg.Definitions:
    """Definitions bound to the given settings (the CLI and tests pass their own folders)."""
    return dg.Definitions(
        assets=ASSETS,
        asset_checks=CHECKS,
        jobs=[build_job],
        schedules=SCHEDULES,
        sensors=SENSORS,
        resources={"settings": settings or PipelineSettings()},
    )


defs = make_definitions()
