"""The release's Frictionless Data Package descriptor and its data dictionary, derived from the registry.

``datapackage(tables_dir, version, extra, files=...)`` describes every ``<table>.parquet`` of a release folder as
a Tabular Data Resource (Data Package spec v1): path, format, media type, size, SHA-256 and the Table Schema
(field types, descriptions, constraints, primary and foreign keys). The other files of a release (the DuckDB
database, the data dictionary, the sources...) can be listed too, as plain file resources with their size and
SHA-256; the package profile is then ``data-package`` instead of ``tabular-data-package``.

``validate_datapackage(path)`` validates a written descriptor and its data with frictionless, in two steps: the
frictionless CLI misreads Parquet (see the function), so ``frictionless validate datapackage.json`` reports
false errors on a valid release.

``data_dictionary_markdown()`` renders the registry, and the views of ``schemas.views``, as
``DATA_DICTIONARY.md``.
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from schemas.registry import TABLES, Column, Table
from schemas.views import VIEWS, describe_views

__all__ = [
    "DATAPACKAGE_FILE",
    "FRICTIONLESS_TYPES",
    "PARQUET_MEDIATYPE",
    "table_schema",
    "file_resource",
    "datapackage",
    "write_datapackage",
    "validate_datapackage",
    "data_dictionary_markdown",
]

DATAPACKAGE_FILE = "datapackage.json"
PARQUET_MEDIATYPE = "application/vnd.apache.parquet"  # registered with IANA in 2024

# Media types of the other files of a release, by suffix; mimetypes knows neither DuckDB nor (everywhere)
# Markdown. Anything else falls back to mimetypes, then to application/octet-stream.
FILE_MEDIATYPES: dict[str, str] = {
    ".duckdb": "application/vnd.duckdb",
    ".md": "text/markdown",
    ".csv": "text/csv",
    ".json": "application/json",
    ".txt": "text/plain",
}

_NAME_FORBIDDEN = re.compile(r"[^-a-z0-9._/]+")  # a resource name matches ^[-a-z0-9._/]+$

FRICTIONLESS_TYPES: dict[str, str] = {
    "string": "string",
    "int64": "integer",
    "float64": "number",
    "bool": "boolean",
    "date": "date",
    "list<string>": "array",
}

PACKAGE_DEFAULTS: dict[str, Any] = {
    "name": "peacekeeping",
    "title": "International peacekeeping: contributions, missions and events extracted from text",
}


def _pattern(regex: str) -> str:
    # Table Schema patterns are XML Schema regular expressions, implicitly anchored, in which ^ and $ are not
    # anchors; the registry writes Python regexes anchored with ^...$.
    return regex.removeprefix("^").removesuffix("$")


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _field(column: Column, table: Table) -> dict[str, Any]:
    constraints: dict[str, Any] = {}
    if not column.nullable or column.name in table.primary_key:
        constraints["required"] = True
    if column.unique:
        constraints["unique"] = True
    if column.enum is not None:
        constraints["enum"] = list(column.enum)
    if column.pattern is not None:
        constraints["pattern"] = _pattern(column.pattern)
    if column.minimum is not None:
        constraints["minimum"] = _number(column.minimum)
    if column.maximum is not None:
        constraints["maximum"] = _number(column.maximum)
    field: dict[str, Any] = {
        "name": column.name,
        "type": FRICTIONLESS_TYPES[column.type],
        "description": column.description,
    }
    if column.type == "date":
        field["format"] = "default"
    if constraints:
        field["constraints"] = constraints
    return field


def table_schema(table_name: str) -> dict[str, Any]:
    """The Table Schema (v1) of a registry table."""
    table = TABLES[table_name]
    schema: dict[str, Any] = {"fields": [_field(c, table) for c in table.columns], "missingValues": [""]}
    if table.primary_key:
        schema["primaryKey"] = list(table.primary_key)
    if table.foreign_keys:
        schema["foreignKeys"] = [
            {"fields": list(fk.columns), "reference": {"resource": fk.table, "fields": list(fk.ref_columns)}}
            for fk in table.foreign_keys
        ]
    return schema


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file's bytes, read in blocks."""
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def file_resource(base_dir: Path, relative: str, description: str) -> dict[str, Any]:
    """A plain (non-tabular) resource for the file ``base_dir/relative``: name, path, size and SHA-256.

    The name is the path, lower-cased, with characters that resource names forbid replaced by ``-``.
    ``"type": "file"`` makes frictionless check the size and hash only, and never parse the file (it would read
    a CSV as a table with a guessed schema).
    """
    path = Path(base_dir) / relative
    suffix = path.suffix.lower()
    mediatype = FILE_MEDIATYPES.get(suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return {
        "name": _NAME_FORBIDDEN.sub("-", relative.lower()),
        "profile": "data-resource",
        "type": "file",
        "path": Path(relative).as_posix(),
        "format": suffix.lstrip(".") or "bin",
        "mediatype": mediatype,
        "description": description,
        "bytes": path.stat().st_size,
        "hash": f"sha256:{sha256_file(path)}",
    }


def write_csv_tables(tables_dir: Path, csv_dir: Path) -> list[str]:
    """Write a CSV copy of every registry table's Parquet file in ``tables_dir`` into ``csv_dir/<table>.csv``.

    The copies are what ``frictionless validate datapackage.json`` reads (it cannot read Parquet faithfully: see
    :func:`validate_datapackage`). The cells follow the Table Schema defaults: an empty cell for null, ``true`` /
    ``false``, ISO dates, a JSON array for a ``list<string>`` column; UTF-8, a header line, ``\n`` line ends.
    Written by hand on top of the csv module because pyarrow's CSV writer cannot write list columns. Returns the
    table names written, in registry order.
    """
    import csv

    import pyarrow.parquet as pq

    csv_dir = Path(csv_dir)
    csv_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, table in TABLES.items():
        source = Path(tables_dir) / f"{name}.parquet"
        if not source.is_file():
            continue
        data = pq.read_table(source)
        kinds = [table.column(c).type for c in data.column_names]
        with open(csv_dir / f"{name}.csv", "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(data.column_names)
            for batch in data.to_batches(max_chunksize=10_000):
                for row in zip(*(col.to_pylist() for col in batch.columns), strict=True):
                    writer.writerow([_csv_cell(v, k) for v, k in zip(row, kinds, strict=True)])
        written.append(name)
    return written


def _csv_cell(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if kind == "bool":
        return "true" if value else "false"
    if kind == "list<string>":
        return json.dumps(list(value), ensure_ascii=False)
    if kind == "date":
        return value.isoformat()
    return str(value)


def datapackage(tables_dir: Path, version: str, extra: Mapping[str, Any], base_dir: Path | None = None,
                files: Mapping[str, str] | None = None, csv_dir: Path | None = None) -> dict:
    """The ``datapackage.json`` descriptor of the Parquet files ``tables_dir/<table>.parquet``.

    One resource per registry table whose file exists, in registry order. Resource paths are POSIX paths
    relative to ``base_dir`` (default: the parent of ``tables_dir``, where ``datapackage.json`` goes). A foreign
    key to a table that has no file is left out, so that the package stays valid.

    ``files`` (path relative to ``base_dir`` -> description) adds one plain file resource per file
    (``file_resource``), in the order given, after the tables; the profile is then ``data-package``, since a
    tabular data package may hold tabular resources only.

    ``csv_dir`` (a folder of :func:`write_csv_tables` copies): the tabular resources are the CSV copies, which
    ``frictionless validate datapackage.json`` reads as they are, and each Parquet file becomes a plain file
    resource beside them (size and SHA-256 checked). A release is written this way.

    ``extra`` is merged into the descriptor's top level: ``licenses``, ``sources``, ``created`` (ISO 8601),
    ``code_commit``, ``contributors``, ``homepage``, ``description``... It may override ``name`` and ``title``
    but not ``profile``, ``version`` or ``resources``.
    """
    tables_dir = Path(tables_dir)
    base_dir = Path(base_dir) if base_dir is not None else tables_dir.parent
    reserved = {"profile", "version", "resources"} & set(extra)
    if reserved:
        raise ValueError(f"extra may not set {', '.join(sorted(reserved))}")
    present = [name for name in TABLES if (tables_dir / f"{name}.parquet").is_file()]
    resources = []
    parquet_files: dict[str, str] = {}
    for name in present:
        path = tables_dir / f"{name}.parquet"
        if csv_dir is not None:
            parquet_files[Path(os.path.relpath(path, base_dir)).as_posix()] = (
                f"The {name} table as Parquet (the same rows as {name}.csv, with typed columns).")
            path = Path(csv_dir) / f"{name}.csv"
        schema = table_schema(name)
        if "foreignKeys" in schema:
            schema["foreignKeys"] = [fk for fk in schema["foreignKeys"] if fk["reference"]["resource"] in present]
            if not schema["foreignKeys"]:
                del schema["foreignKeys"]
        is_csv = csv_dir is not None
        resources.append({
            "name": name,
            "profile": "tabular-data-resource",
            "path": Path(os.path.relpath(path, base_dir)).as_posix(),
            "format": "csv" if is_csv else "parquet",
            "mediatype": "text/csv" if is_csv else PARQUET_MEDIATYPE,
            **({"encoding": "utf-8"} if is_csv else {}),
            "description": TABLES[name].description,
            "bytes": path.stat().st_size,
            "hash": f"sha256:{sha256_file(path)}",
            "schema": schema,
        })
    for relative, description in {**parquet_files, **(files or {})}.items():
        resources.append(file_resource(base_dir, relative, description))
    return {
        "profile": "data-package" if files or parquet_files else "tabular-data-package",
        **PACKAGE_DEFAULTS,
        **dict(extra),
        "version": version,
        "resources": resources,
    }


def write_datapackage(output_dir: Path, version: str, extra: Mapping[str, Any],
                      tables_dir: Path | None = None, files: Mapping[str, str] | None = None,
                      csv_dir: Path | None = None) -> Path:
    """Write ``output_dir/datapackage.json`` for ``tables_dir`` (default ``output_dir/parquet``), its CSV copies
    in ``csv_dir`` when given, and ``files`` (paths relative to ``output_dir``), atomically."""
    output_dir = Path(output_dir)
    descriptor = datapackage(tables_dir or output_dir / "parquet", version, extra, base_dir=output_dir,
                             files=files, csv_dir=csv_dir)
    target = output_dir / DATAPACKAGE_FILE
    temporary = output_dir / f".{DATAPACKAGE_FILE}.{os.getpid()}.tmp"
    temporary.write_text(json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(temporary, target)
    return target


def validate_datapackage(descriptor_path: Path) -> list[str]:
    """Validate a written ``datapackage.json`` and its data with frictionless; return the errors (empty = valid).

    ``frictionless validate datapackage.json`` is not usable as is for Parquet resources: frictionless reads
    Parquet through ``pandas.DataFrame.iterrows``, where a null integer becomes a float NaN (a type error for
    an ``integer`` field), a list becomes a numpy array (a type error for ``array``) and the file size is not
    counted (a byte-count error). So this runs the same validation in two steps that avoid those paths:

    1. the descriptor, with frictionless (``Package.validate_descriptor``: the Data Package profile, the Table
       Schemas, the tabular profile);
    2. the data, with frictionless: each Parquet file read by pyarrow into plain Python rows (None for nulls,
       lists, dates) and validated as an inline resource of the same schema, all in one package so that the
       foreign keys are checked too; the size and SHA-256 of each Parquet file are checked here (frictionless
       cannot count the bytes it reads through pandas). Plain file resources (``"type": "file"``) go to
       frictionless as they are, and frictionless checks their size and SHA-256 itself.

    Requires frictionless (a dev dependency), imported here only.
    """
    import pyarrow.parquet as pq
    from frictionless import Package, Resource, Schema

    descriptor_path = Path(descriptor_path)
    base = descriptor_path.parent
    report = Package.validate_descriptor(str(descriptor_path))
    errors = _report_errors(report, "descriptor")
    if errors:
        return errors
    descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
    inline = []
    for resource in descriptor["resources"]:
        name = resource["name"]
        if resource.get("type") == "file" or resource.get("format") == "csv":
            inline.append(Resource(resource, basepath=str(base)))  # frictionless reads these itself
            continue
        path = base / resource["path"]
        if not path.is_file():
            errors.append(f"{name}: missing file {resource['path']}")
            continue
        if resource.get("bytes") is not None and path.stat().st_size != resource["bytes"]:
            errors.append(f"{name}: bytes: expected {resource['bytes']}, found {path.stat().st_size}")
        if resource.get("hash") and resource["hash"] != f"sha256:{sha256_file(path)}":
            errors.append(f"{name}: hash: expected {resource['hash']}, found sha256:{sha256_file(path)}")
        table = pq.read_table(path)
        rows = [table.column_names, *([row[c] for c in table.column_names] for row in table.to_pylist())]
        inline.append(Resource(name=name, data=rows, schema=Schema.from_descriptor(resource["schema"])))
    errors.extend(_report_errors(Package(resources=inline).validate(), "package"))
    return errors


def _report_errors(report: Any, context: str) -> list[str]:
    """A frictionless report's errors as lines ``<resource or context>: [row N, field F: ]<type>: <note>``."""
    lines = []
    for owner, errors in [(context, report.errors), *((task.name, task.errors) for task in report.tasks)]:
        for e in errors:
            where = ", ".join(
                f"{label} {getattr(e, attr)}" for label, attr in (("row", "row_number"), ("field", "field_name"))
                if getattr(e, attr, None) is not None
            )
            lines.append(f"{owner}: {where + ': ' if where else ''}{e.type}: {e.note}")
    return lines


# --------------------------------------------------------------------------------------------------------------
# Data dictionary
# --------------------------------------------------------------------------------------------------------------


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _constraints_text(column: Column) -> str:
    parts = []
    if column.unique:
        parts.append("unique")
    if column.enum is not None:
        parts.append("one of " + ", ".join(f"`{v}`" for v in column.enum))
    if column.pattern is not None:
        parts.append(f"matches `{column.pattern}`")
    if column.minimum is not None:
        parts.append(f">= {_number(column.minimum)}")
    if column.maximum is not None:
        parts.append(f"<= {_number(column.maximum)}")
    return _cell("; ".join(parts))


def _keys_text(table: Table) -> list[str]:
    lines = []
    if table.primary_key:
        lines.append(f"- Primary key: {', '.join(f'`{c}`' for c in table.primary_key)}")
    for fk in table.foreign_keys:
        lines.append(
            f"- Foreign key: {', '.join(f'`{c}`' for c in fk.columns)} references "
            f"[`{fk.table}`](#{fk.table}) ({', '.join(f'`{c}`' for c in fk.ref_columns)})"
        )
    if table.sort_by:
        lines.append(f"- Rows sorted by: {', '.join(f'`{c}`' for c in table.sort_by)}")
    return lines


def _views_markdown() -> list[str]:
    """The views section: each view's description, the tables it reads, its columns (with the DuckDB types of a
    database built from the registry) and its SQL."""
    types = describe_views()
    out = ["", "## Views", "",
           "Views of `peacekeeping.duckdb` (not Parquet files) for common questions; each orders its rows. "
           "Defined in `schemas/views.py`.", ""]
    out.extend(f"- [`{name}`](#{name}): {_cell(v.description)}" for name, v in VIEWS.items())
    for name, view in VIEWS.items():
        out += ["", f"### {name}", "", view.description, "",
                f"- Reads: {', '.join(f'[`{t}`](#{t})' for t in view.tables)}", "",
                "| column | type | description |", "|---|---|---|"]
        duckdb_types = dict(types[name])
        out.extend(f"| `{c}` | {duckdb_types.get(c, '?')} | {_cell(text)} |" for c, text in view.columns)
        out += ["", "```sql", f"CREATE VIEW {name} AS", view.sql + ";", "```"]
    return out


def data_dictionary_markdown() -> str:
    """``DATA_DICTIONARY.md``: every registry table with its description, keys and columns, then the views."""
    out = [
        "# Data dictionary",
        "",
        "Generated from the schema registry (`schemas/registry.py`); do not edit by hand.",
        "",
        "Types: `string`, `int64`, `float64`, `bool`, `date` (ISO 8601 day; Parquet `date32`), "
        "`list<string>`.",
        "",
        "## Tables",
        "",
    ]
    out.extend(f"- [`{name}`](#{name}): {_cell(t.description)}" for name, t in TABLES.items())
    for name, table in TABLES.items():
        out += ["", f"## {name}", "", table.description, ""]
        keys = _keys_text(table)
        if keys:
            out += keys + [""]
        out += ["| column | type | required | constraints | description |", "|---|---|---|---|---|"]
        for c in table.columns:
            required = "yes" if not c.nullable else "no"
            out.append(f"| `{c.name}` | {c.type} | {required} | {_constraints_text(c)} | {_cell(c.description)} |")
    out += _views_markdown()
    return "\n".join(out) + "\n"
