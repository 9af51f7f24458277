"""Validated tables: extracted rows coerced to the registry's types and split into valid and rejected rows.

Nothing is dropped silently: rows that fail their pandera schema, implausible figures (``pipeline.plausibility``)
and the problems of the document inventory
(a manifest row naming a missing file, a broken manifest line...), all land in ``rejected_rows`` with a reason.
"""

import hashlib
from collections import Counter

import dagster as dg
import pandas as pd

from pipeline.assets.monitoring import column_schema
from pipeline.assets.sources import DocumentInventory
from pipeline.batch import SIGNATURE_ROWS, CorpusResult
from pipeline.official_cache import ValidatedOfficial
from pipeline.plausibility import split_plausible
from pipeline.reconcile.claims import build_claims, build_event_claims
from pipeline.reconcile.stories import story_ids
from pipeline.reference.catalog import MissionCatalog
from pipeline.reference.official import OfficialFigures
from pipeline.table_validation import foreign_key_failures, schema_failures
from schemas.validation import coerce_frame, split_valid

EXTRACTED_TABLES = ("documents", "contributions", "events", "mission_mentions")
CATALOG_TABLES = ("missions", "mission_aliases")
OFFICIAL_TABLES = ("official_contributions", "mission_strength")
RECONCILED_TABLES = ("claims", "event_claims")
TABLE_NAMES = (*EXTRACTED_TABLES, *CATALOG_TABLES, *OFFICIAL_TABLES)
ALL_TABLES = (*TABLE_NAMES, *RECONCILED_TABLES, "rejected_rows")


def inventory_problem_rows(problems) -> list[dict]:
    """Inventory problems in the shape of ``rejected_rows``.

    Ids hash the problem's content; two problems with the same content (a manifest fault reported twice) get the
    occurrence number in the hash too, so ids cannot collide and stay the same from build to build.
    """
    rows = []
    seen: Counter = Counter()
    for p in problems:
        row_json = p.get("row_json") or ""
        basis = f"inventory\n{p.get('source_name')}\n{p.get('check')}\n{p.get('reason')}\n{row_json}"
        seen[basis] += 1
        if seen[basis] > 1:
            basis += f"\n#{seen[basis]}"
        digest = hashlib.sha256(basis.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        rows.append({"rejected_id": digest, "table_name": "documents", "doc_id": None,
                     "check_name": p.get("check") or "inventory", "reason": p.get("reason") or "", "row_json": row_json})
    return rows


def with_story_ids(corpus: CorpusResult) -> list[dict]:
    """The ``documents`` rows with their ``story_id`` (near-duplicate texts share one)."""
    documents = corpus.table_rows("documents")
    if corpus.shards is None:
        documents = [dict(d) for d in documents]  # the corpus's own records stay as they are
    signatures = {r["doc_id"]: r["minhash"] for r in corpus.table_rows(SIGNATURE_ROWS)}
    stories = story_ids(documents, signatures)
    del signatures
    for d in documents:
        d["story_id"] = stories.get(d["doc_id"])
    return documents


# The materialization metadata in which ``validated_tables`` leaves the result of each blocking check, and the
# asset that carries the foreign keys' one.
CHECK_METADATA = {"schema": "checks/schema", "foreign_keys": "checks/foreign_keys"}
FK_ASSET = "contributions"
MAX_FAILURE_CASES = 20


def _failure_metadata(failures: list[dict]) -> dg.MetadataValue:
    """A check's result as metadata: the number of failure cases and the first ``MAX_FAILURE_CASES``."""
    return dg.MetadataValue.json({"failures": len(failures), "failure_cases": failures[:MAX_FAILURE_CASES]})


def _records(frame: pd.DataFrame) -> list[dict]:
    return frame.to_dict("records")


def _split_valid(name: str, rows, official: OfficialFigures | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``split_valid`` of a table, or the split the official tables come with (``pipeline.official_cache``)."""
    if isinstance(official, ValidatedOfficial) and name in official.valid:
        return official.valid[name], official.rejected[name]
    return split_valid(name, rows)


def _extracted(corpus: CorpusResult, name: str) -> list[dict] | pd.DataFrame:
    """The rows of an extracted table: a frame read from the shards when there are shards (no dict per row)."""
    return corpus.shards.frame(name) if corpus.shards is not None else corpus.table_rows(name)


def _missions(corpus: CorpusResult, catalog: MissionCatalog) -> list[dict]:
    """The catalog's missions with the number of documents that mention each."""
    if corpus.shards is not None:
        mentions = corpus.shards.arrow("mission_mentions", ["doc_id", "mission_acronym"]).to_pylist()
    else:
        mentions = corpus.table_rows("mission_mentions")
    pairs = {(m["doc_id"], m["mission_acronym"]) for m in mentions if m["mission_acronym"]}
    docs_per_mission = Counter(acronym for _, acronym in pairs)
    return [{**m, "n_documents": docs_per_mission.get(m["mission_acronym"], 0)} for m in catalog.missions]


def _source(name: str, corpus: CorpusResult, catalog: MissionCatalog, official: OfficialFigures | None,
            rejected: list[pd.DataFrame]):
    """The input rows of one table (read when its turn comes, let go once it is split)."""
    if name == "documents":
        return with_story_ids(corpus)
    if name == "contributions":
        # A figure above what any contingent or mission has ever had is rejected with its bound, never published.
        organisation = {m["mission_acronym"]: m["organisation"] for m in catalog.missions}
        kept, implausible = split_plausible(corpus.table_rows("contributions"), organisation)
        rejected.append(coerce_frame("rejected_rows", implausible))
        return kept
    if name in EXTRACTED_TABLES:
        return _extracted(corpus, name)
    if name == "missions":
        return _missions(corpus, catalog)
    if name == "mission_aliases":
        return list(catalog.aliases)
    if official is None:
        return []
    return official.contributions if name == "official_contributions" else official.mission_strength


def build_tables(corpus: CorpusResult, catalog: MissionCatalog, inventory: DocumentInventory,
                 official: OfficialFigures | None = None) -> dict[str, pd.DataFrame]:
    """All published tables, validated, plus ``rejected_rows``. The reconciled tables (``claims``,
    ``event_claims``) are built from the valid rows of ``contributions``, ``events`` and ``documents``.

    One table at a time: its input rows are read (from the extraction's shards when it has them), split into
    valid and rejected rows, and let go before the next table is read."""
    valid: dict[str, pd.DataFrame] = {}
    rejected = [coerce_frame("rejected_rows", inventory_problem_rows(inventory.problems))]
    implausible: list[pd.DataFrame] = []
    splits: dict[str, pd.DataFrame] = {}
    for name in TABLE_NAMES:
        ok, splits[name] = _split_valid(name, _source(name, corpus, catalog, official, implausible), official)
        valid[name] = ok
    rejected.extend(implausible)
    rejected.extend(splits[name] for name in TABLE_NAMES)  # the order rejected_rows always had
    documents = _records(valid["documents"])
    claims = {"claims": build_claims(_records(valid["contributions"]), documents),
              "event_claims": build_event_claims(_records(valid["events"]), documents)}
    del documents
    for name in RECONCILED_TABLES:
        ok, bad = split_valid(name, claims.pop(name))
        valid[name] = ok
        rejected.append(bad)
    valid["rejected_rows"] = pd.concat(rejected, ignore_index=True) if rejected else coerce_frame("rejected_rows", [])
    valid["rejected_rows"] = coerce_frame("rejected_rows", valid["rejected_rows"])
    return valid


@dg.multi_asset(
    group_name="tables",
    outs={name: dg.AssetOut(description=f"The validated `{name}` table.") for name in ALL_TABLES},
)
def validated_tables(context: dg.AssetExecutionContext, document_extractions: CorpusResult,
                     mission_catalog: MissionCatalog, document_inventory: DocumentInventory,
                     official_figures: OfficialFigures):
    tables = build_tables(document_extractions, mission_catalog, document_inventory, official_figures)
    rejected = tables["rejected_rows"]
    foreign_keys = foreign_key_failures(tables)
    for name in ALL_TABLES:
        df = tables[name]
        n_rejected = int((rejected["table_name"] == name).sum()) if name != "rejected_rows" else 0
        # What the blocking checks report (pipeline.assets.checks): computed here, once, not by loading the tables
        # again (pipeline.table_validation).
        checks = {CHECK_METADATA["schema"]: _failure_metadata(schema_failures(name, df))}
        if name == FK_ASSET:
            checks[CHECK_METADATA["foreign_keys"]] = _failure_metadata(foreign_keys)
        yield dg.Output(df, output_name=name, metadata={"rows": len(df), "rejected_rows": n_rejected,
                                                        "dagster/row_count": len(df),
                                                        "dagster/column_schema": column_schema(name), **checks})
