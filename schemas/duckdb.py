"""DuckDB DDL of the dataset's tables, derived from the registry (``schemas.registry``).

Types: string -> ``VARCHAR``, int64 -> ``BIGINT``, float64 -> ``DOUBLE``, bool -> ``BOOLEAN``, date -> ``DATE``,
list<string> -> ``VARCHAR[]``. Each table gets NOT NULL, PRIMARY KEY, UNIQUE and FOREIGN KEY constraints, and
CHECK constraints for the registry's enums, patterns (full match) and ranges, so that the database file
documents and guards itself. Every identifier is quoted (``check`` is a reserved word).

This module builds SQL text only and does not import duckdb; ``create_tables`` runs it on a connection.
DuckDB notes: a table that a foreign key references cannot be dropped or replaced (``CREATE OR REPLACE``
fails), so tables are created once, in ``creation_order()``, in a fresh database.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from schemas.registry import TABLES, Column, Table

__all__ = ["DUCKDB_TYPES", "quote", "literal", "ddl", "comments", "creation_order", "create_tables"]

DUCKDB_TYPES: dict[str, str] = {
    "string": "VARCHAR",
    "int64": "BIGINT",
    "float64": "DOUBLE",
    "bool": "BOOLEAN",
    "date": "DATE",
    "list<string>": "VARCHAR[]",
}


def quote(identifier: str) -> str:
    """A quoted SQL identifier."""
    return '"' + identifier.replace('"', '""') + '"'


def literal(value: Any) -> str:
    """A SQL literal for a string or a number."""
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"no SQL literal for {value!r}")
    return repr(value)


def _checks(column: Column) -> list[str]:
    name = quote(column.name)
    checks = []
    if column.enum is not None:
        checks.append(f"{name} IN ({', '.join(literal(v) for v in column.enum)})")
    if column.pattern is not None:
        checks.append(f"regexp_full_match({name}, {literal(column.pattern)})")
    if column.minimum is not None:
        checks.append(f"{name} >= {literal(column.minimum)}")
    if column.maximum is not None:
        checks.append(f"{name} <= {literal(column.maximum)}")
    return checks


def _column_sql(column: Column) -> str:
    parts = [quote(column.name), DUCKDB_TYPES[column.type]]
    if not column.nullable:
        parts.append("NOT NULL")
    parts.extend(f"CHECK ({check})" for check in _checks(column))
    return " ".join(parts)


def _columns(names: Iterable[str]) -> str:
    return ", ".join(quote(n) for n in names)


def ddl(table_name: str, tables: Iterable[str] | None = None) -> str:
    """``CREATE TABLE`` statement of a registry table.

    ``tables``: the tables of the database, when not all registry tables; foreign keys to other tables are left
    out (DuckDB refuses a reference to a table that does not exist).
    """
    table: Table = TABLES[table_name]
    present = set(TABLES) if tables is None else set(tables) | {table_name}
    lines = [_column_sql(c) for c in table.columns]
    if table.primary_key:
        lines.append(f"PRIMARY KEY ({_columns(table.primary_key)})")
    for column in table.columns:
        if column.unique and (column.name,) != table.primary_key:
            lines.append(f"UNIQUE ({quote(column.name)})")
    for fk in table.foreign_keys:
        if fk.table not in present:
            continue
        lines.append(
            f"FOREIGN KEY ({_columns(fk.columns)}) REFERENCES {quote(fk.table)} ({_columns(fk.ref_columns)})"
        )
    body = ",\n    ".join(lines)
    return f"CREATE TABLE {quote(table.name)} (\n    {body}\n);"


def comments(table_name: str) -> list[str]:
    """``COMMENT ON TABLE`` and ``COMMENT ON COLUMN`` statements of a registry table (descriptions)."""
    table = TABLES[table_name]
    statements = [f"COMMENT ON TABLE {quote(table.name)} IS {literal(table.description)};"]
    statements.extend(
        f"COMMENT ON COLUMN {quote(table.name)}.{quote(c.name)} IS {literal(c.description)};"
        for c in table.columns
    )
    return statements


def creation_order(names: Iterable[str] | None = None) -> list[str]:
    """Table names (all registry tables, or ``names``) so that each comes after the tables it references.

    Ties keep registry order, so the order is deterministic. Raises ``ValueError`` on a reference cycle.
    """
    wanted = list(TABLES) if names is None else [n for n in TABLES if n in set(names)]
    unknown = set(names or ()) - set(TABLES)
    if unknown:
        raise KeyError(f"unknown table(s): {', '.join(sorted(unknown))}")
    # Hand-written rather than graphlib: graphlib's order among ready nodes is an implementation detail, and
    # the registry order is the documented tie-break here.
    deps = {n: {fk.table for fk in TABLES[n].foreign_keys if fk.table in wanted and fk.table != n} for n in wanted}
    order: list[str] = []
    while len(order) < len(wanted):
        ready = next((n for n in wanted if n not in order and deps[n] <= set(order)), None)
        if ready is None:
            raise ValueError(f"foreign-key cycle among: {', '.join(n for n in wanted if n not in order)}")
        order.append(ready)
    return order


def create_tables(con: Any, names: Iterable[str] | None = None) -> list[str]:
    """Create the tables (all, or ``names``) with their comments on a DuckDB connection, in creation order.

    Foreign keys to tables outside ``names`` are left out. Returns the order used. The tables must not exist.
    """
    order = creation_order(names)
    for name in order:
        con.execute(ddl(name, order))
        for statement in comments(name):
            con.execute(statement)
    return order
