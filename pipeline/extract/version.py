"""What a cached extraction is valid for, known without loading the rules: ``EXTRACTOR_VERSION`` and the default
work budget of a document.

Importing the rule modules (``pipeline.extract.document`` and what it imports) compiles some 1,000 regular
expressions, about half a second of CPU. A build whose documents all come from the extraction cache needs only
the extractor's version (``pipeline.batch`` keys the cache on it), so the version is put together here from the
light modules that hold the contribution and event versions, and this module holds the table rules' and the
document's own. Bump the part of the rules that changed what they extract: cached extractions of older versions
are then redone.
"""

import functools
import hashlib
from pathlib import Path

from pipeline.extract.contrib.common import VERSION as CONTRIBUTIONS_VERSION
from pipeline.extract.ev.common import VERSION as EVENTS_VERSION

TABLES_VERSION = "tables.v10"  # the table rules (pipeline.extract.tables, table_rules)
DOCUMENT_VERSION = "document.v10"  # the prefilter and the passes of pipeline.extract.document
EXTRACTOR_VERSION = f"{CONTRIBUTIONS_VERSION}+{EVENTS_VERSION}+{TABLES_VERSION}+{DOCUMENT_VERSION}"

# A document's budget of work units (how they are counted: pipeline.extract.document, "the work budget").
DEFAULT_WORK_BUDGET = 20_000_000  # about 25 s of one core on text dense in figures (7.3 M units: 9.4 s)


# The learned steps' model file (``pipeline.extract.learn``): its weights change the rows as the rules do, so a
# cached extraction is valid for one model only (``pipeline.batch.cache_key``).
LEARNED_MODEL = Path(__file__).with_name("data") / "contribution_model.json"


@functools.lru_cache(maxsize=1)
def learned_model_hash() -> str:
    return hashlib.sha256(LEARNED_MODEL.read_bytes()).hexdigest()[:16] if LEARNED_MODEL.is_file() else "none"
