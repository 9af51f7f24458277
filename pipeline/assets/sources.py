"""Source assets: the mission reference catalog and the inventory of documents."""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import dagster as dg

from pipeline.ingest.hash_cache import build_hash_cache
from pipeline.ingest.inventory import SourceFile, discover
from pipeline.locking import hold_for_process
from pipeline.official_cache import official_tables
from pipeline.reference.catalog import MissionCatalog, build_mission_catalog
from pipeline.reference.official import OfficialFigures
from pipeline.settings import PipelineSettings


@dataclass(frozen=True)
class DocumentInventory:
    """Every candidate document with its content hash, and the problems that concern no single document."""

    sources: tuple[SourceFile, ...]
    problems: tuple[dict, ...]


@dg.asset(group_name="sources", description="The missions catalog: cleaned UN snapshot plus the curated supplement.")
def mission_catalog(context: dg.AssetExecutionContext, settings: PipelineSettings) -> MissionCatalog:
    # The first steps of a run take the output folder's lock (a no-op under `pkdata build`, which holds it):
    # this run's stored values and published files live there.
    hold_for_process(Path(settings.output_dir), settings.documents_dir, f"Dagster run {context.run_id}")
    catalog = build_mission_catalog(Path(settings.reference_dir))
    context.add_output_metadata({"missions": len(catalog.missions), "aliases": len(catalog.aliases),
                                 "content_hash": catalog.content_hash()})
    return catalog


# Inventories taken by `pkdata build` (pipeline.runner) to find the partitions to run, for the run it starts in the
# same process: (documents folder, output folder, size limit) -> the inventory, while that run lasts.
_PLANNED: dict[tuple[str, str, int], DocumentInventory] = {}


def take_inventory(settings: PipelineSettings) -> DocumentInventory:
    """The inventory of the documents folder. Files whose size and times did not change since the last build are
    not read again (their hash is kept: ``pipeline.ingest.hash_cache``)."""
    sources, problems = discover(Path(settings.documents_dir), max_bytes=settings.max_file_bytes,
                                 hashes=build_hash_cache(Path(settings.output_dir)))
    return DocumentInventory(tuple(sources), tuple(problems))


@contextmanager
def planned_inventory(settings: PipelineSettings, inventory: DocumentInventory) -> Iterator[None]:
    """While a run started by this process lasts, its ``document_inventory`` is ``inventory`` (taken a moment
    before to plan the run) instead of a second walk of the folder."""
    key = (settings.documents_dir, settings.output_dir, settings.max_file_bytes)
    _PLANNED[key] = inventory
    try:
        yield
    finally:
        _PLANNED.pop(key, None)


@dg.asset(group_name="sources", description="Files in the documents folder and manifest rows, hashed by streaming.")
def document_inventory(context: dg.AssetExecutionContext, settings: PipelineSettings) -> DocumentInventory:
    hold_for_process(Path(settings.output_dir), settings.documents_dir, f"Dagster run {context.run_id}")
    inventory = _PLANNED.get((settings.documents_dir, settings.output_dir, settings.max_file_bytes))
    if inventory is None:
        inventory = take_inventory(settings)
    sources, problems = inventory.sources, inventory.problems
    context.add_output_metadata({"documents": len(sources), "problems": len(problems),
                                 "documents_dir": settings.documents_dir})
    return inventory


@dg.asset(group_name="sources",
          description="The UN's monthly personnel counts (official_contributions, mission_strength), cleaned from "
                      "the snapshots in sources/reference/official/, validated; built once per change of their "
                      "inputs, not per build nor per document.")
def official_figures(context: dg.AssetExecutionContext, settings: PipelineSettings,
                     mission_catalog: MissionCatalog) -> OfficialFigures:
    # Cleaned and validated once per change of the snapshots, catalog or code (pipeline.official_cache).
    figures = official_tables(Path(settings.reference_dir), mission_catalog,
                              Path(settings.output_dir) / ".cache" / "official")
    context.add_output_metadata({"official_contributions": len(figures.contributions),
                                 "mission_strength": len(figures.mission_strength),
                                 "dropped": dg.MetadataValue.json(figures.dropped),
                                 "reused": figures.reused, "inputs_key": figures.key[:16]})
    return figures
