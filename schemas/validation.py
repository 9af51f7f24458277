"""Validation of the dataset's tables, derived from the registry (``schemas.registry``).

Conventions of in-memory frames (one for the whole project; ``coerce_frame`` produces them):

============== ================================================================================
logical type   pandas column
============== ================================================================================
string         ``"string"`` (``pd.StringDtype``), missing = ``pd.NA``
int64          ``"Int64"``, missing = ``pd.NA``
float64        ``"Float64"``, missing = ``pd.NA`` (NaN counts as missing)
bool           ``"boolean"``, missing = ``pd.NA``
date           ``object`` column of ``datetime.date`` values (never ``datetime``), missing = ``None``.
               Chosen over ``datetime64``: a date has no time nor time zone, it is what the extractors
               produce (``PartialDate.value``), and it is what pyarrow gives back for ``date32``.
list<string>   ``object`` column of ``list[str]``, missing = ``None``
============== ================================================================================

Frames have the registry's columns in registry order and a fresh ``RangeIndex``.

Entry points:

* ``pandera_schema(name)``: the pandera schema of a table (dtypes, nullability, enums, full-match
  patterns, ranges, unique columns, primary key uniqueness, strict and ordered columns).
* ``coerce_frame(name, rows)``: rows (dicts or a frame) to the conventions above; raises on values of
  the wrong kind rather than guessing.
* ``split_valid(name, rows)``: (valid rows, rejected rows in the shape of ``rejected_rows``).
* ``validate(name, df)``: failure cases as plain dicts (for asset checks); empty when valid.
* ``check_foreign_keys(tables)``: foreign-key failure cases across tables.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import math
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import numpy as np
import pandas as pd
import pandera.pandas as pa
from pandera.engines import pandas_engine

from schemas.registry import TABLES, Column, Table

__all__ = [
    "PANDAS_DTYPES",
    "pandera_schema",
    "coerce_frame",
    "split_valid",
    "validate",
    "check_foreign_keys",
    "row_json",
]

# pandas dtype of each logical type (see the module docstring).
PANDAS_DTYPES: dict[str, str] = {
    "string": "string",
    "int64": "Int64",
    "float64": "Float64",
    "bool": "boolean",
    "date": "object",
    "list<string>": "object",
}

_UNIQUE_CHECKS = ("field_uniqueness", "multiple_fields_uniqueness")


def _table(name: str) -> Table:
    try:
        return TABLES[name]
    except KeyError:
        raise KeyError(f"unknown table {name!r}; known: {', '.join(TABLES)}") from None


# --------------------------------------------------------------------------------------------------------------
# pandera schemas
# --------------------------------------------------------------------------------------------------------------


def _fullmatch_check(pattern: str) -> pa.Check:
    # pandera's builtin str_matches uses re.match, which lets "CHN\n" pass "^[A-Z]{3}$"; the registry means a
    # full match (as DuckDB's regexp_full_match and Frictionless do).
    return pa.Check(
        lambda s: s.str.fullmatch(pattern, na=False),
        name="str_fullmatch",
        error=f"str_fullmatch({pattern!r})",
    )


def _is_string_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


_LIST_CHECK = pa.Check(_is_string_list, element_wise=True, name="is_string_list", error="is_string_list")


def _pandera_dtype(column: Column) -> Any:
    if column.type == "date":
        return pandas_engine.Date()
    return PANDAS_DTYPES[column.type]


def _column_schema(table: Table, column: Column, with_uniqueness: bool) -> pa.Column:
    checks: list[pa.Check] = []
    if column.enum is not None:
        checks.append(pa.Check.isin(list(column.enum)))
    if column.pattern is not None:
        checks.append(_fullmatch_check(column.pattern))
    if column.minimum is not None:
        checks.append(pa.Check.ge(column.minimum))
    if column.maximum is not None:
        checks.append(pa.Check.le(column.maximum))
    if column.type == "list<string>":
        checks.append(_LIST_CHECK)
    # A one-column primary key is checked once, by the schema-level ``unique``.
    unique = with_uniqueness and column.unique and (column.name,) != table.primary_key
    return pa.Column(
        _pandera_dtype(column),
        checks=checks,
        nullable=column.nullable,
        unique=unique,
        report_duplicates="exclude_first",
        title=column.name,
        description=column.description,
    )


@functools.cache
def _build_schema(name: str, with_uniqueness: bool = True) -> pa.DataFrameSchema:
    table = _table(name)
    return pa.DataFrameSchema(
        {c.name: _column_schema(table, c, with_uniqueness) for c in table.columns},
        strict=True,
        ordered=True,
        coerce=False,
        unique=list(table.primary_key) if with_uniqueness and table.primary_key else None,
        report_duplicates="exclude_first",
        name=table.name,
        description=table.description,
    )


def pandera_schema(table_name: str) -> pa.DataFrameSchema:
    """The pandera schema of a registry table (built once; do not mutate it).

    Duplicates (of the primary key or of a unique column) are reported for every occurrence but the first.
    The schema does not coerce: run ``coerce_frame`` first.
    """
    return _build_schema(table_name, True)


# --------------------------------------------------------------------------------------------------------------
# Coercion
# --------------------------------------------------------------------------------------------------------------


class _Bad:
    """Marks a value that cannot be read as the column's type."""

    __slots__ = ()


_BAD = _Bad()


def _is_null(value: Any) -> bool:
    # pd.isna is elementwise on lists, so test the scalar kinds of "missing" one by one.
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    if isinstance(value, (np.floating, np.datetime64)):
        return bool(np.isnan(value) if isinstance(value, np.floating) else np.isnat(value))
    return False


def _to_string(v: Any) -> Any:
    return str(v) if isinstance(v, str) else _BAD


_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1


def _to_int(v: Any) -> Any:
    if isinstance(v, (bool, np.bool_)):
        return _BAD
    if isinstance(v, (int, np.integer)) or (
        isinstance(v, (float, np.floating)) and math.isfinite(v) and float(v).is_integer()
    ):
        v = int(v)
        return v if _INT64_MIN <= v <= _INT64_MAX else _BAD
    return _BAD


def _to_float(v: Any) -> Any:
    if isinstance(v, (bool, np.bool_)):
        return _BAD
    if isinstance(v, (int, float, np.integer, np.floating)):
        return float(v)
    return _BAD


def _to_bool(v: Any) -> Any:
    return bool(v) if isinstance(v, (bool, np.bool_)) else _BAD


def _to_date(v: Any) -> Any:
    if isinstance(v, np.datetime64):
        v = pd.Timestamp(v)
    if isinstance(v, dt.datetime):  # also pd.Timestamp; a date column accepts midnight only
        if v.tzinfo is None and v.time() == dt.time(0, 0):
            return dt.date(v.year, v.month, v.day)
        return _BAD
    if isinstance(v, dt.date):
        return v
    if isinstance(v, str) and len(v) == 10:
        try:
            return dt.date.fromisoformat(v)
        except ValueError:
            return _BAD
    return _BAD


def _to_string_list(v: Any) -> Any:
    if isinstance(v, (list, tuple, np.ndarray)) and all(isinstance(x, str) for x in v):
        return [str(x) for x in v]
    return _BAD


_CONVERTERS: dict[str, Callable[[Any], Any]] = {
    "string": _to_string,
    "int64": _to_int,
    "float64": _to_float,
    "bool": _to_bool,
    "date": _to_date,
    "list<string>": _to_string_list,
}


def _fast_path(column: Column, values: pd.Series) -> pd.Series | None:
    """Vectorised conversion of a column that already has a compatible dtype; None when there is none."""
    dtype = values.dtype
    kind = column.type
    if kind == "string" and isinstance(dtype, pd.StringDtype):
        return values.astype("string")
    if kind == "int64" and pd.api.types.is_integer_dtype(dtype) and not pd.api.types.is_bool_dtype(dtype):
        return values.astype("Int64")
    if kind == "float64" and (pd.api.types.is_float_dtype(dtype) or pd.api.types.is_integer_dtype(dtype)) \
            and not pd.api.types.is_bool_dtype(dtype):
        return values.astype("Float64")
    if kind == "bool" and pd.api.types.is_bool_dtype(dtype):
        return values.astype("boolean")
    if dtype != object or kind == "list<string>":
        return None
    # Object columns whose values are all of one kind (inferred in C, nulls skipped) convert in one step.
    inferred = pd.api.types.infer_dtype(values, skipna=True)
    if inferred == "empty":
        return pd.Series([None] * len(values), dtype=object) if kind == "date" else values.astype(PANDAS_DTYPES[kind])
    if (kind, inferred) in {("string", "string"), ("int64", "integer"), ("float64", "integer"),
                            ("float64", "floating"), ("bool", "boolean")}:
        try:
            return values.astype(PANDAS_DTYPES[kind])
        except (OverflowError, TypeError, ValueError):  # e.g. an integer beyond int64: find it one by one
            return None
    if kind == "date" and inferred == "date":
        # "date" means datetime.date objects only (datetimes infer as "datetime"); missing values become None.
        return values.where(values.notna(), None).astype(object)
    return None


def _coerce_column(column: Column, values: pd.Series) -> tuple[pd.Series, np.ndarray]:
    """Convert one column; return it with a mask of the rows whose value could not be read (set to null)."""
    fast = _fast_path(column, values)
    if fast is not None:
        return fast, np.zeros(len(values), dtype=bool)
    convert = _CONVERTERS[column.type]
    # One pass over the values in Python: the inputs are rows of mixed Python objects whose kinds must be
    # checked one by one (pandas' own conversions would turn "500", True or 1.5 into numbers silently).
    out = [None if _is_null(v) else convert(v) for v in values.tolist()]
    bad = np.fromiter((o is _BAD for o in out), dtype=bool, count=len(out))
    if bad.any():
        out = [None if o is _BAD else o for o in out]
    dtype = PANDAS_DTYPES[column.type]
    if dtype == "object":
        return pd.Series(out, dtype=object), bad
    return pd.Series(pd.array(out, dtype=dtype)), bad


def _aligned_input(table: Table, rows: Iterable[Mapping[str, Any]] | pd.DataFrame) -> dict[str, pd.Series]:
    """The input as one series per registry column (all-null for missing ones), on a fresh RangeIndex.

    Raises ``ValueError`` for columns that are not in the registry or that a frame repeats.
    """
    names = table.column_names
    columns: dict[str, pd.Series] = {}
    if isinstance(rows, pd.DataFrame):
        repeated = sorted({str(c) for c in rows.columns[rows.columns.duplicated()]})
        if repeated:
            raise ValueError(f"{table.name}: repeated columns: {', '.join(repeated)}")
        unknown = [str(c) for c in rows.columns if c not in names]
        n = len(rows)
        frame = rows.reset_index(drop=True)
        columns = {c: frame[c] for c in names if c in frame.columns}
    else:
        records = list(rows)
        n = len(records)
        keys: set[str] = set()
        for record in records:
            keys.update(record)
        unknown = sorted(map(str, keys.difference(names)))
        for c in names:
            if c in keys:
                # An object series infers nothing (pandas would turn ints with a None into floats) and keeps
                # lists as elements.
                columns[c] = pd.Series([r.get(c) for r in records], dtype=object)
    if unknown:
        raise ValueError(f"{table.name}: columns not in the registry: {', '.join(unknown)}")
    return {c: columns[c] if c in columns else pd.Series([None] * n, dtype=object) for c in names}


def _coerce(table: Table, rows: Any) -> tuple[pd.DataFrame, dict[str, pd.Series], dict[str, np.ndarray]]:
    raw = _aligned_input(table, rows)
    converted: dict[str, pd.Series] = {}
    bad: dict[str, np.ndarray] = {}
    for column in table.columns:
        converted[column.name], mask = _coerce_column(column, raw[column.name])
        if mask.any():
            bad[column.name] = mask
    n = len(next(iter(raw.values()))) if raw else 0
    frame = pd.DataFrame(converted, index=pd.RangeIndex(n))
    return frame, raw, bad


def coerce_frame(table_name: str, rows: list[dict] | pd.DataFrame) -> pd.DataFrame:
    """Rows (a list of dicts or a frame) as a frame of the table: registry columns in registry order, the
    project's dtypes (module docstring), missing columns added as nulls, a fresh RangeIndex.

    Raises ``ValueError`` for columns that are not in the registry and ``TypeError`` for a value that is not of
    the column's kind (a string in an int64 column, 1.5 in an int64 column, a datetime with a time in a date
    column...): coercion never guesses. ``split_valid`` turns such values into rejected rows instead.
    """
    table = _table(table_name)
    frame, raw, bad = _coerce(table, rows)
    if bad:
        column, mask = next(iter(bad.items()))
        i = int(np.flatnonzero(mask)[0])
        value = raw[column].iloc[i]
        raise TypeError(
            f"{table_name}.{column}: cannot read {value!r} ({type(value).__name__}) as "
            f"{table.column(column).type} (row {i}; {int(mask.sum())} such value(s) in the column)"
        )
    return frame


# --------------------------------------------------------------------------------------------------------------
# Failure cases and rejected rows
# --------------------------------------------------------------------------------------------------------------


def _jsonable(value: Any) -> Any:
    """A value as plain JSON data: dates ISO, missing as None, numpy scalars as Python ones."""
    if isinstance(value, (list, tuple, np.ndarray)):
        return [_jsonable(v) for v in value]
    if _is_null(value):
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def row_json(row: Mapping[str, Any]) -> str:
    """A row as compact JSON with sorted keys (dates ISO, missing values null)."""
    return json.dumps(
        {k: _jsonable(v) for k, v in row.items()}, sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )


def _failure_records(error: pa.errors.SchemaErrors) -> list[dict]:
    cases = error.failure_cases
    records = []
    for rec in cases.to_dict("records"):
        index = rec.get("index")
        records.append({
            "schema_context": rec.get("schema_context"),
            "column": rec.get("column"),
            "check": str(rec.get("check")),
            "failure_case": _jsonable(rec.get("failure_case")),
            "index": None if _is_null(index) else int(index),
        })
    return records


def _run(schema: pa.DataFrameSchema, frame: pd.DataFrame) -> list[dict]:
    try:
        schema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as error:
        return _failure_records(error)
    return []


def validate(table_name: str, df: pd.DataFrame) -> list[dict]:
    """Failure cases of ``df`` against the table's pandera schema, as JSON-ready dicts with keys
    ``schema_context``, ``column``, ``check``, ``failure_case`` and ``index`` (null for failures of a whole
    column or of the frame: a wrong dtype, a missing or unknown column...). An empty list means valid.

    The frame is validated as given (not coerced), so that a wrong dtype is reported too.
    """
    return _run(pandera_schema(table_name), df)


def _check_id(column: str | None, check: str) -> str:
    name = check.split("(", 1)[0]
    if name in _UNIQUE_CHECKS:
        name = "unique"
    return f"{column}.{name}" if column else name


def _reason(column: str | None, check: str, value: Any) -> str:
    shown = "null" if value is None else repr(value)
    return f"{column}: {check} failed for {shown}"


def _row_level(records: list[dict], table_name: str) -> list[dict]:
    frame_level = [r for r in records if r["index"] is None]
    if frame_level:
        # Cannot happen after coerce_frame; if it does, no row can be blamed, so do not pretend.
        details = "; ".join(f"{r['column'] or '<frame>'}: {r['check']} ({r['failure_case']!r})" for r in frame_level)
        raise ValueError(f"{table_name}: the frame itself is invalid: {details}")
    return records


def split_valid(table_name: str, df: pd.DataFrame | list[dict]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Split rows into (valid rows, rejected rows); every input row lands in exactly one of them.

    The valid rows are coerced (``coerce_frame``) and keep their input order. The rejected rows have the shape
    of the ``rejected_rows`` table, one per rejected input row, in input order:

    * ``check``: the failed checks as ``column.check`` (``status.isin``, ``count_best.not_nullable``,
      ``contribution_id.unique``, ``count_best.coerce``...), joined by ``"; "`` in registry column order;
    * ``reason``: for each, the column, the check and the failing value;
    * ``row_json``: the row as sorted-key JSON (dates ISO), with unreadable values as given;
    * ``rejected_id``: a hash of the table name, ``row_json`` and the occurrence of that JSON in the input.

    Values that cannot be read as their column's type reject their row (``<column>.coerce``); the other checks
    are not reported for such a row. Duplicates of the primary key or of a unique column: the first valid
    occurrence is kept and the later ones rejected; a row rejected for another reason does not count as a
    first occurrence. (``pipeline.table_validation.ChunkedSplit`` does the same over a table given in chunks.)
    """
    table = _table(table_name)
    frame, raw, bad = _coerce(table, df)
    reasons = row_reasons(table, frame, raw, bad)
    survivors = frame[~frame.index.isin(list(reasons))]
    duplicates: dict[int, list[dict]] = {}
    for rec in _row_level(_run(_build_schema(table_name, True), survivors), table_name):
        duplicates.setdefault(rec["index"], []).append(rec)
    for i, recs in duplicates.items():
        reasons.setdefault(i, []).append(duplicate_reason(table, recs))
    valid = frame.drop(index=sorted(reasons)).reset_index(drop=True)
    return valid, coerce_frame("rejected_rows", rejected_records(table, frame, raw, bad, reasons, {}))


def row_reasons(table: Table, frame: pd.DataFrame, raw: dict[str, pd.Series],
                bad: dict[str, np.ndarray]) -> dict[int, list[tuple[int, str, str]]]:
    """Why each rejected row of a coerced frame (``_coerce``) is rejected, uniqueness apart: row ->
    [(column position, check id, reason)]. Rows that every check passes are not in it."""
    reasons: dict[int, list[tuple[int, str, str]]] = {}
    position = {c: i for i, c in enumerate(table.column_names)}
    for column, mask in bad.items():
        for i in np.flatnonzero(mask).tolist():
            value = raw[column].iloc[i]
            reasons.setdefault(i, []).append((
                position[column],
                f"{column}.coerce",
                f"{column}: cannot read {_jsonable(value)!r} ({type(value).__name__}) as {table.column(column).type}",
            ))
    readable = np.ones(len(frame), dtype=bool)
    for mask in bad.values():
        readable &= ~mask
    for rec in _row_level(_run(_build_schema(table.name, False), frame[readable]), table.name):
        reasons.setdefault(rec["index"], []).append((
            position.get(rec["column"], -1),
            _check_id(rec["column"], rec["check"]),
            _reason(rec["column"], rec["check"], rec["failure_case"]),
        ))
    return reasons


def duplicate_reason(table: Table, recs: list[dict]) -> tuple[int, str, str]:
    """The reason of a row that repeats an earlier row's primary key or unique column(s): ``recs`` are its
    uniqueness failure cases (``column``, ``failure_case``), in pandera's order."""
    columns = [r["column"] for r in recs]
    key = ", ".join(f"{c}={r['failure_case']!r}" for c, r in zip(columns, recs))
    what = "primary key" if tuple(columns) == table.primary_key else "unique column"
    position = table.column_names.index(columns[0]) if columns[0] in table.column_names else -1
    return (position, f"{'+'.join(columns)}.unique",
            f"{'+'.join(columns)}: duplicate {what} ({key}) of an earlier row")


def rejected_records(table: Table, frame: pd.DataFrame, raw: dict[str, pd.Series], bad: dict[str, np.ndarray],
                     reasons: Mapping[int, list[tuple[int, str, str]]], seen: dict[str, int]) -> list[dict]:
    """The ``rejected_rows`` records of the rows of ``reasons``, in row order. ``seen`` counts the JSON of the
    table's rows rejected so far (the occurrence goes into the id); it is updated."""
    records = []
    has_doc = "doc_id" in table.column_names
    for i in sorted(reasons):
        items = sorted(set(reasons[i]))
        record = {c: frame[c].iloc[i] for c in table.column_names}
        for column, mask in bad.items():
            if mask[i]:
                record[column] = raw[column].iloc[i]
        text = row_json(record)
        occurrence = seen.get(text, 0)
        seen[text] = occurrence + 1
        digest = hashlib.sha256(f"{table.name}\n{text}\n{occurrence}".encode()).hexdigest()[:16]
        doc_id = record.get("doc_id") if has_doc else None
        records.append({
            "rejected_id": digest,
            "table_name": table.name,
            "doc_id": doc_id if isinstance(doc_id, str) else None,
            "check_name": "; ".join(dict.fromkeys(check for _, check, _ in items)),
            "reason": "; ".join(dict.fromkeys(reason for _, _, reason in items)),
            "row_json": text,
        })
    return records


# --------------------------------------------------------------------------------------------------------------
# Foreign keys
# --------------------------------------------------------------------------------------------------------------


def check_foreign_keys(tables: Mapping[str, pd.DataFrame]) -> list[dict]:
    """Foreign-key failure cases across ``tables`` (name -> frame), one per distinct missing key, as dicts
    with ``table``, ``columns``, ``ref_table``, ``ref_columns``, ``value`` (the key as a list), ``n_rows`` and
    ``first_index``. Rows whose key has a null part are not checked (SQL semantics). A foreign key whose
    referenced table is not in ``tables`` is not checked. Empty list = OK. Order: tables in registry order,
    keys in order of first appearance.
    """
    failures: list[dict] = []
    for name, table in TABLES.items():
        if name not in tables:
            continue
        df = tables[name]
        for fk in table.foreign_keys:
            if fk.table not in tables:
                continue
            child = df[list(fk.columns)].reset_index(drop=True).astype(object)
            child = child[child.notna().all(axis=1)]
            parent = tables[fk.table][list(fk.ref_columns)].astype(object)
            parent.columns = list(fk.columns)
            found = pd.MultiIndex.from_frame(child).isin(pd.MultiIndex.from_frame(parent))
            orphans = child[~found]
            if orphans.empty:
                continue
            groups = orphans.reset_index().groupby(list(fk.columns), sort=False, dropna=False)["index"]
            for key, rows in zip(groups.first().index, groups.agg(["first", "size"]).itertuples(index=False)):
                key = key if isinstance(key, tuple) else (key,)
                failures.append({
                    "table": name,
                    "columns": list(fk.columns),
                    "ref_table": fk.table,
                    "ref_columns": list(fk.ref_columns),
                    "value": [_jsonable(k) for k in key],
                    "n_rows": int(rows.size),
                    "first_index": int(rows.first),
                })
    return failures
