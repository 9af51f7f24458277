"""The Dagster code location: `dagster dev -m pipeline.definitions` (or `dg dev`) loads `defs`.

Isolation: the values Dagster stores between assets (its IO manager's pickles) live in the output folder of the
build (``<output>/.cache/dagster``), never in a place shared by builds into other folders (Dagster's default is
one path per asset under ``DAGSTER_HOME``, where two builds of different corpora would read each other's
tables). Builds into the same folder are kept apart by the folder's lock (``pipeline.locking``). Within a run, the
document inventory is handed from step to step as the object itself, not unpickled again (``pipeline.run_values``).
"""

from pathlib import Path

import dagster as dg

from pipeline.assets.checks import TABLE_CHECKS
from pipeline.assets.connectors import CONNECTOR_ASSETS, ConnectorSettings, fetch_job, fetch_schedule
from pipeline.assets.connectors import GROUP as CONNECTORS_GROUP
from pipeline.assets.extraction import document_extractions
from pipeline.assets.monitoring import ROW_COUNT_CHECKS
from pipeline.assets.publishing import published_dataset
from pipeline.assets.sources import document_inventory, mission_catalog, official_figures
from pipeline.assets.tables import validated_tables
from pipeline.automation import SCHEDULES, SENSORS
from pipeline.run_values import BuildIOManager
from pipeline.settings import PipelineSettings

ASSETS = [mission_catalog, official_figures, document_inventory, document_extractions, validated_tables,
          published_dataset]
CHECKS = [*TABLE_CHECKS, *ROW_COUNT_CHECKS]

# The whole road from documents to published files. In-process: the multiprocess executor costs seconds per
# step, and the extraction asset parallelises its batches itself.
build_job = dg.define_asset_job(
    "build_dataset",
    selection=dg.AssetSelection.all() - dg.AssetSelection.groups(CONNECTORS_GROUP),
    executor_def=dg.in_process_executor,
    description="Ingest the documents, extract, validate and publish Parquet files and the DuckDB database.",
)


def storage_dir(settings: PipelineSettings) -> Path:
    """Where a build's intermediate values live: inside its own output folder."""
    return Path(settings.output_dir) / ".cache" / "dagster"


def make_definitions(settings: PipelineSettings | None = None) -> dg.Definitions:
    """Definitions bound to the given settings (the CLI and tests pass their own folders)."""
    settings = settings or PipelineSettings()
    return dg.Definitions(
        assets=[*ASSETS, *CONNECTOR_ASSETS],
        asset_checks=CHECKS,
        jobs=[build_job, fetch_job],
        schedules=[*SCHEDULES, fetch_schedule],
        sensors=SENSORS,
        resources={"settings": settings, "connectors": ConnectorSettings(),
                   "io_manager": BuildIOManager(base_dir=str(storage_dir(settings)))},
    )


defs = make_definitions()
