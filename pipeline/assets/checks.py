"""Blocking asset checks: each table against its pandera schema, and the foreign keys between tables.

The tables are validated once, by ``validated_tables`` (``split_valid`` for the rows, ``pipeline.table_validation``
for the rest), which leaves each check's failure cases in the table's materialization metadata
(``CHECK_METADATA``). The checks read them from this run's materialization, without loading the tables, and put
the failure cases in their own metadata; a failing check stops the publish. They are evaluated in one step
(``table_checks``) and reported one by one (``<table>_schema``, ``foreign_keys``).
"""

import dagster as dg

from pipeline.assets.tables import ALL_TABLES, CHECK_METADATA, FK_ASSET
from pipeline.table_validation import FK_TABLES


def _recorded(context: dg.AssetCheckExecutionContext, asset: str, key: str) -> dict | None:
    """The check result that this run's materialization of ``asset`` recorded under ``key``; None when there is
    none (the asset was not materialized by this run, or without that metadata)."""
    records = context.instance.fetch_materializations(dg.AssetKey(asset), limit=1).records
    if not records or records[0].run_id != context.run.run_id or records[0].asset_materialization is None:
        return None
    value = records[0].asset_materialization.metadata.get(key)
    return value.value if value is not None else None


def _result(context: dg.AssetCheckExecutionContext, asset: str, check_name: str, kind: str) -> dg.AssetCheckResult:
    recorded = _recorded(context, asset, CHECK_METADATA[kind])
    if recorded is None:
        return dg.AssetCheckResult(asset_key=asset, check_name=check_name, passed=False, metadata={
            "note": f"no result of this check in this run's materialization of {asset}"})
    return dg.AssetCheckResult(asset_key=asset, check_name=check_name, passed=not recorded["failures"], metadata={
        "failures": recorded["failures"], "failure_cases": dg.MetadataValue.json(recorded["failure_cases"])})


# The checks are evaluated in one step, each reported on its own: a step per check costs more in Dagster's
# bookkeeping (events, loading the stored values again) than validating a small table.
@dg.multi_asset_check(
    name="table_checks",
    specs=[*(dg.AssetCheckSpec(f"{name}_schema", asset=name, blocking=True,
                               description=f"Every row of `{name}` passes its pandera schema (types, enums, keys).")
             for name in ALL_TABLES),
           dg.AssetCheckSpec("foreign_keys", asset=FK_ASSET, blocking=True,
                             additional_deps=[name for name in FK_TABLES if name != FK_ASSET],
                             description="Every document id and mission acronym that a row refers to exists.")],
    description="Every table against its pandera schema, and the foreign keys between tables (as validated_tables "
                "found them).",
)
def table_checks(context: dg.AssetCheckExecutionContext):
    for name in ALL_TABLES:
        yield _result(context, name, f"{name}_schema", "schema")
    yield _result(context, FK_ASSET, "foreign_keys", "foreign_keys")


TABLE_CHECKS = [table_checks]
