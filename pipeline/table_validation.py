"""What the blocking checks report about the validated tables, computed once, where the tables are made.

The rows of every table but ``rejected_rows`` went through ``schemas.validation.split_valid`` (the official tables
when their cache was filled): each row that failed its schema is in ``rejected_rows`` with its reason, so the
rows that are left pass it. What ``split_valid`` does not vouch for is checked here:

* each frame's columns, their order and their dtypes: its pandera schema on an empty slice of it (no row is
  validated a second time);
* ``rejected_rows``, which is put together rather than split: every row against its schema;
* the foreign keys between the tables (``schemas.validation.check_foreign_keys``).

The blocking checks (``pipeline.assets.checks``) read the result from the materialization metadata of the tables
instead of loading and validating the tables again.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from schemas.validation import check_foreign_keys, validate

__all__ = ["FK_TABLES", "FULLY_VALIDATED", "foreign_key_failures", "schema_failures"]

# Tables whose rows are validated here (not split by ``split_valid``).
FULLY_VALIDATED = ("rejected_rows",)
# The tables whose foreign keys are checked (the reconciled tables refer to rows of these).
FK_TABLES = ("contributions", "documents", "events", "mission_mentions", "missions", "mission_aliases",
             "official_contributions", "mission_strength")


def schema_failures(name: str, frame: pd.DataFrame) -> list[dict]:
    """Failure cases of a validated table (``schemas.validation.validate``'s records): its structure (columns,
    order, dtypes), and every row for the tables of ``FULLY_VALIDATED``. Empty: the table passes."""
    return validate(name, frame if name in FULLY_VALIDATED else frame.iloc[:0])


def foreign_key_failures(tables: Mapping[str, pd.DataFrame]) -> list[dict]:
    """Foreign-key failure cases among the ``FK_TABLES`` of ``tables`` (``check_foreign_keys``' records)."""
    return check_foreign_keys({name: tables[name] for name in FK_TABLES if name in tables})
