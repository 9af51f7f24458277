"""Blocking asset checks: each table against its pandera schema, and the foreign keys between tables.

The checks validate lazily and put the failure cases in their metadata; a failing check stops the publish.
"""

import dagster as dg
import pandas as pd

from pipeline.assets.tables import ALL_TABLES
from schemas.validation import check_foreign_keys, validate

_MAX_CASES = 20


def _schema_check(table_name: str) -> dg.AssetChecksDefinition:
    @dg.asset_check(asset=table_name, name=f"{table_name}_schema", blocking=True,
                    description=f"Every row of `{table_name}` passes its pandera schema (types, enums, keys).")
    def _check(df: pd.DataFrame) -> dg.AssetCheckResult:
        failures = validate(table_name, df)
        return dg.AssetCheckResult(
            passed=not failures,
            metadata={"rows": len(df), "failures": len(failures),
                      "failure_cases": dg.MetadataValue.json(failures[:_MAX_CASES])},
        )

    return _check


schema_checks = [_schema_check(name) for name in ALL_TABLES]


@dg.asset_check(asset="contributions", name="foreign_keys", blocking=True,
                additional_ins={name: dg.AssetIn(name) for name in
                                ("documents", "events", "mission_mentions", "missions", "mission_aliases",
                                 "official_contributions", "mission_strength")},
                description="Every document id and mission acronym that a row refers to exists.")
def foreign_keys_check(contributions: pd.DataFrame, documents: pd.DataFrame, events: pd.DataFrame,
                       mission_mentions: pd.DataFrame, missions: pd.DataFrame,
                       mission_aliases: pd.DataFrame, official_contributions: pd.DataFrame,
                       mission_strength: pd.DataFrame) -> dg.AssetCheckResult:
    failures = check_foreign_keys({"contributions": contributions, "documents": documents, "events": events,
                                   "mission_mentions": mission_mentions, "missions": missions,
                                   "mission_aliases": mission_aliases,
                                   "official_contributions": official_contributions,
                                   "mission_strength": mission_strength})
    return dg.AssetCheckResult(passed=not failures, metadata={
        "failures": len(failures), "failure_cases": dg.MetadataValue.json(failures[:_MAX_CASES])})
