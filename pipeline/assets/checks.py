"""Blocking asset checks: each table against its pandera schema, and the foreign keys between tables.

The checks validate lazily and put the failure cases in their metadata; a failing check stops the publish. They
are evaluated in one step (``table_checks``) and reported one by one (``<table>_schema``, ``foreign_keys``).
"""

import dagster as dg
import pandas as pd

from pipeline.assets.tables import ALL_TABLES
from schemas.validation import check_foreign_keys, validate

_MAX_CASES = 20


def _schema_result(table_name: str, df: pd.DataFrame) -> dg.AssetCheckResult:
    failures = validate(table_name, df)
    return dg.AssetCheckResult(
        asset_key=table_name, check_name=f"{table_name}_schema", passed=not failures,
        metadata={"rows": len(df), "failures": len(failures),
                  "failure_cases": dg.MetadataValue.json(failures[:_MAX_CASES])},
    )


def _foreign_keys_result(tables: dict[str, pd.DataFrame]) -> dg.AssetCheckResult:
    failures = check_foreign_keys({name: tables[name] for name in FK_TABLES})
    return dg.AssetCheckResult(asset_key="contributions", check_name="foreign_keys", passed=not failures, metadata={
        "failures": len(failures), "failure_cases": dg.MetadataValue.json(failures[:_MAX_CASES])})


FK_TABLES = ("contributions", "documents", "events", "mission_mentions", "missions", "mission_aliases",
             "official_contributions", "mission_strength")


# The checks are evaluated in one step, each reported on its own: a step per check costs more in Dagster's
# bookkeeping (events, loading the stored values again) than validating a small table.
@dg.multi_asset_check(
    name="table_checks",
    specs=[*(dg.AssetCheckSpec(f"{name}_schema", asset=name, blocking=True,
                               description=f"Every row of `{name}` passes its pandera schema (types, enums, keys).")
             for name in ALL_TABLES),
           dg.AssetCheckSpec("foreign_keys", asset="contributions", blocking=True,
                             additional_deps=[name for name in FK_TABLES if name != "contributions"],
                             description="Every document id and mission acronym that a row refers to exists.")],
    ins={name: dg.AssetIn(name) for name in ALL_TABLES},
    description="Every table against its pandera schema, and the foreign keys between tables.",
)
def table_checks(**tables: pd.DataFrame):
    for name in ALL_TABLES:
        yield _schema_result(name, tables[name])
    yield _foreign_keys_result(tables)


TABLE_CHECKS = [table_checks]
