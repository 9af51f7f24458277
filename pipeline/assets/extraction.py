"""The extraction asset: every document ingested and read by the rules, in parallel batches, with a cache."""

import time
from pathlib import Path

import dagster as dg
from tqdm import tqdm

from pipeline.assets.sources import DocumentInventory
from pipeline.batch import CorpusResult, extract_corpus
from pipeline.reference.catalog import MissionCatalog
from pipeline.settings import PipelineSettings


@dg.asset(group_name="extraction",
          description="Rows extracted from each document (contributions, events, mission mentions); unchanged "
                      "documents are read back from the extraction cache.")
def document_extractions(context: dg.AssetExecutionContext, settings: PipelineSettings,
                         document_inventory: DocumentInventory, mission_catalog: MissionCatalog) -> CorpusResult:
    total = len(document_inventory.sources)
    bar = tqdm(total=total, desc="extracting", unit="doc", disable=None, leave=False)
    last_log = [0.0]

    def progress(done: int, n: int) -> None:
        bar.update(done - bar.n)
        now = time.monotonic()
        if now - last_log[0] > 10 or done == n:
            last_log[0] = now
            context.log.info(f"extraction: {done}/{n} documents")

    result = extract_corpus(
        document_inventory.sources, mission_catalog, cache_dir=settings.cache_path(),
        workers=settings.worker_count(), batch_size=settings.batch_size, progress=progress,
    )
    bar.close()
    context.add_output_metadata({
        "documents": total, "extracted": result.n_extracted, "from_cache": result.n_cached,
        "seconds": round(result.seconds, 3),
        "contributions": len(result.table_rows("contributions")), "events": len(result.table_rows("events")),
        "mission_mentions": len(result.table_rows("mission_mentions")),
    })
    return result
