"""Arrow schemas of the dataset's tables, derived from the registry (``schemas.registry``).

Types: string -> ``string``, int64 -> ``int64``, float64 -> ``float64``, bool -> ``bool``, date -> ``date32``,
list<string> -> ``list<string>``. Field metadata holds the column's description, nullability and constraints;
schema metadata holds the table's name, description, primary key and sort order. There is no pandas metadata:
the tables are built column by column, never with ``Table.from_pandas``.
"""

from __future__ import annotations

import functools
import json

import pandas as pd
import pyarrow as pa

from schemas.registry import TABLES, Column
from schemas.validation import coerce_frame

__all__ = ["ARROW_TYPES", "arrow_schema", "to_arrow"]

ARROW_TYPES: dict[str, pa.DataType] = {
    "string": pa.string(),
    "int64": pa.int64(),
    "float64": pa.float64(),
    "bool": pa.bool_(),
    "date": pa.date32(),
    "list<string>": pa.list_(pa.string()),
}


def _field(column: Column) -> pa.Field:
    metadata = {
        "description": column.description,
        "logical_type": column.type,
        "nullable": "true" if column.nullable else "false",
    }
    constraints = {
        key: value
        for key, value in (
            ("unique", column.unique or None),
            ("enum", list(column.enum) if column.enum is not None else None),
            ("pattern", column.pattern),
            ("minimum", column.minimum),
            ("maximum", column.maximum),
        )
        if value is not None
    }
    if constraints:
        metadata["constraints"] = json.dumps(constraints, sort_keys=True)
    return pa.field(column.name, ARROW_TYPES[column.type], nullable=column.nullable, metadata=metadata)


@functools.cache
def arrow_schema(table_name: str) -> pa.Schema:
    """The Arrow schema of a registry table (fields in registry order)."""
    table = TABLES[table_name]
    metadata = {
        "table": table.name,
        "description": table.description,
        "primary_key": json.dumps(list(table.primary_key)),
        "sort_by": json.dumps(list(table.sort_by)),
    }
    return pa.schema([_field(c) for c in table.columns], metadata=metadata)


def to_arrow(table_name: str, df: pd.DataFrame | list[dict]) -> pa.Table:
    """The rows as an Arrow table of ``arrow_schema(table_name)``, rows in the given order.

    The rows are coerced first (``schemas.validation.coerce_frame``, which raises on values of the wrong kind).
    Raises ``ValueError`` when a non-nullable column holds nulls: Arrow itself does not enforce nullability.
    """
    return coerced_to_arrow(table_name, coerce_frame(table_name, df))


def coerced_to_arrow(table_name: str, frame: pd.DataFrame) -> pa.Table:
    """An already coerced frame as an Arrow table of ``arrow_schema(table_name)`` (``to_arrow`` without coercing
    again). Raises ``ValueError`` when a non-nullable column holds nulls."""
    schema = arrow_schema(table_name)
    arrays = []
    for field in schema:
        array = pa.array(frame[field.name], type=field.type, from_pandas=True)
        if not field.nullable and array.null_count:
            raise ValueError(f"{table_name}.{field.name}: {array.null_count} null(s) in a non-nullable column")
        arrays.append(array)
    return pa.Table.from_arrays(arrays, schema=schema)
