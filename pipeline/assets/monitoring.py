"""What the Dagster UI shows about the tables beyond their schema checks: each table's columns (from the schema
registry) and row count as materialization metadata, a check that warns when a table's row count falls sharply
from its previous materialization, and a freshness policy on the published dataset."""

import datetime as dt

import dagster as dg

from schemas.registry import TABLES

# A table whose row count falls below this share of its previous materialization gets a warning: a corpus shrinks
# by removed documents, rarely by half at once, and a rule or ingest bug often shows first as such a fall.
ROW_COUNT_FLOOR = 0.5
FRESHNESS = dt.timedelta(hours=26)  # the daily schedule, with two hours of slack


def column_schema(name: str) -> dg.TableSchema:
    """The table's columns as Dagster shows them (``dagster/column_schema``), from the schema registry."""
    table = TABLES[name]
    return dg.TableSchema(columns=[
        dg.TableColumn(c.name, c.type, description=c.description,
                       constraints=dg.TableColumnConstraints(nullable=c.nullable, unique=c.unique))
        for c in table.columns])


def _row_counts(instance: dg.DagsterInstance, key: dg.AssetKey) -> list[int]:
    """Row counts of the asset's latest materializations, newest first."""
    records = instance.fetch_materializations(key, limit=2).records
    counts = []
    for record in records:
        value = record.asset_materialization.metadata.get("dagster/row_count") if record.asset_materialization else None
        if value is not None:
            counts.append(int(value.value))
    return counts


def _row_count_result(instance: dg.DagsterInstance, name: str) -> dg.AssetCheckResult:
    counts = _row_counts(instance, dg.AssetKey(name))
    if len(counts) < 2:
        return dg.AssetCheckResult(asset_key=name, check_name=f"{name}_row_count", passed=True,
                                   metadata={"note": "no previous materialization to compare"})
    now, before = counts
    passed = before == 0 or now >= ROW_COUNT_FLOOR * before
    return dg.AssetCheckResult(asset_key=name, check_name=f"{name}_row_count", passed=passed,
                               severity=dg.AssetCheckSeverity.WARN,
                               metadata={"rows": now, "previous_rows": before,
                                         "share": round(now / before, 3) if before else 1.0})


ROW_COUNT_TABLES = tuple(name for name in TABLES if name != "rejected_rows")


# One check per table, evaluated in one step (a step per table costs more in Dagster's bookkeeping than reading
# two row counts).
@dg.multi_asset_check(
    name="table_row_counts",
    specs=[dg.AssetCheckSpec(f"{name}_row_count", asset=name, blocking=False,
                             description=f"Warns when `{name}` has fewer than {ROW_COUNT_FLOOR:.0%} of the rows of "
                                         "its previous materialization.")
           for name in ROW_COUNT_TABLES],
    description="Warns when a table's row count falls sharply from its previous materialization.",
)
def table_row_counts(context: dg.AssetCheckExecutionContext):
    for name in ROW_COUNT_TABLES:
        yield _row_count_result(context.instance, name)


ROW_COUNT_CHECKS = [table_row_counts]

# The published dataset is stale when no build published it for a day and two hours (the daily schedule with
# slack): a freshness policy on the asset, which the UI shows and the daemon evaluates, no sensor needed.
FRESHNESS_POLICY = dg.FreshnessPolicy.time_window(fail_window=FRESHNESS)
