"""Official personnel figures: the UN's monthly counts, from the raw snapshots in ``sources/reference/official/``.

Two tables (``schemas.registry.OFFICIAL_CONTRIBUTIONS`` and ``MISSION_STRENGTH``), built once per build from the
CSV files, not per document. The snapshots are never edited; each of their known problems is fixed here, one
named constant or function per fix, each with a test in ``tests/test_official.py`` (the list and the reasons:
``sources/reference/official/README.md``).

``load_official_figures(reference_dir, catalog)`` returns both tables as frames in registry columns; a reference
folder without the ``official/`` snapshots gives empty tables (a clone may trim them), an unknown contributor
code or mission acronym raises ``OfficialDataError`` (a new snapshot is reviewed, not silently mixed).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd
import pycountry

from pipeline.reference.catalog import MissionCatalog

OFFICIAL_DIR = "official"
CONTRIBUTORS_FILE = "ipi_ppp_full_gender_data_2009-11_2014-08.csv"
MISSIONS_FILE = "ipi_ppp_data_mission_1990-11_2017-03.csv"
CONTRIBUTORS_SOURCE = ("UN DPKO troop and police contributors, via IPI Providing for Peacekeeping "
                       "(IPIDataLab/PPP_Loader full_gender_data.csv, ee52ebc)")
MISSIONS_SOURCE = ("UN DPKO mission strength, via IPI Providing for Peacekeeping "
                   "(IPIDataLab/PPP_Loader data_mission.csv, 2653920)")

# Categories of the contributors file: its column prefix -> the dataset's category name.
CATEGORIES: dict[str, str] = {
    "Troops": "troops",
    "Individual_Police": "individual_police",
    "Formed_Police_Units": "formed_police_units",
    "Experts_on_Mission": "experts_on_mission",
    "Total": "total",
}

# Contributor and/or Mission `all`: aggregates (per contributor, per mission, grand total), not country x
# mission figures. Dropped: the per-contributor ones are missing from 2014-03 on, and where they exist they equal
# the sum of the country x mission rows, which `v_claims_vs_official` computes for every month.
AGGREGATE = "all"

# Mission acronyms of the mission file that name a catalog mission differently.
MISSION_RENAMES: dict[str, str] = {
    "ONUCI": "UNOCI",    # French acronym of the UN Operation in Côte d'Ivoire
    "UNPSG": "UNCPSG",   # the Civilian Police Support Group, under its former short name
    "IPTF": "UNMIBH",    # the International Police Task Force, UNMIBH's police component, reported alone in 1996-01..05
}

# Generic acronyms that stand for numbered operations: resolved by the month (``resolve_generic``).
GENERIC_ACRONYMS: dict[str, tuple[str, ...]] = {
    "UNAVEM": ("UNAVEM I", "UNAVEM II", "UNAVEM III"),
    "UNOSOM": ("UNOSOM I", "UNOSOM II"),
}

# Rows of the mission file for offices, bases and missions that are not in the catalog: dropped, with the reason.
NOT_IN_CATALOG: dict[str, str] = {
    "BONUCA": "UN Peace-building Support Office in the Central African Republic (a political office)",
    "LBB": "UN Logistics Base at Brindisi, not a mission",
    "MICAH": "International Civilian Support Mission in Haiti, a civilian General Assembly mission",
    "UNAMET": "UN Mission in East Timor (1999), the popular consultation, not in the catalog",
    "UNFOR": "UN Peace Forces umbrella row, whose operations have rows of their own",
    "UNIOSIL": "UN Integrated Office in Sierra Leone (a political office)",
    "UNMA": "UN Mission in Angola (2002-2003, a political mission)",
    "UNMC": "UN Mission in Colombia (2016-2017, unarmed observers), not in the catalog",
    "UNOA": "UN Office in Angola (a political office)",
    "UNOTIL": "UN Office in Timor-Leste (a political office)",
    "UNSOS": "UN Support Office in Somalia, the support of AMISOM, not a mission",
}


class OfficialDataError(ValueError):
    """A snapshot holds a value that no fix covers: review the new snapshot."""


@dataclass(frozen=True)
class OfficialFigures:
    """The two official tables, in registry columns, and what the cleaning dropped (for the asset's metadata)."""

    contributions: pd.DataFrame
    mission_strength: pd.DataFrame
    dropped: dict[str, int]


def strip_stray_apostrophe(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """Rows of 2014-03 to 2014-08 end names and codes with an apostrophe (``China'``, ``CHN'``): remove it."""
    out = frame.copy()
    for column in columns:
        # Few distinct values: clean each once.
        out[column] = out[column].map({v: v.rstrip("'").strip() for v in out[column].unique()})
    return out


def drop_exact_duplicates(frame: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """Exact duplicate rows (4,599 in the contributors file), counted after the apostrophes are removed."""
    kept = frame.drop_duplicates(ignore_index=True)
    return kept, len(frame) - len(kept)


def month_start(month_end: pd.Series) -> pd.Series:
    """The files date a month by its last day; the dataset by its first (precision month)."""
    firsts = {v: date.fromisoformat(v).replace(day=1) for v in month_end.unique()}
    return month_end.map(firsts)


def _counts(values: pd.Series) -> pd.Series:
    """Counts as read (``_read``: ``NA`` = none reported -> null; anything else must be a whole number)."""
    return values.astype("Int64")


def check_iso3(codes: pd.Series) -> None:
    """Every contributor code must be ISO 3166-1 alpha-3 (names are the UN's spelling of the time and vary)."""
    unknown = sorted(c for c in codes.unique() if pycountry.countries.get(alpha_3=c) is None)
    if unknown:
        raise OfficialDataError(f"{CONTRIBUTORS_FILE}: contributor codes not in ISO 3166-1: {', '.join(unknown)}")


def _known(acronyms: pd.Series, catalog: MissionCatalog, where: str) -> None:
    unknown = sorted(a for a in acronyms.unique() if catalog.get(a) is None)
    if unknown:
        raise OfficialDataError(f"{where}: mission acronyms not in the missions catalog: {', '.join(unknown)} "
                                "(add a fix in pipeline/reference/official.py or a catalog row)")


def contributions_from_frame(raw: pd.DataFrame, catalog: MissionCatalog) -> tuple[pd.DataFrame, dict[str, int]]:
    """``official_contributions`` rows from the contributors file as read (``_read``)."""
    frame = strip_stray_apostrophe(raw, ["Contributor", "Contributor_ISO-3", "Mission"])
    frame, n_duplicates = drop_exact_duplicates(frame)
    aggregate = (frame["Contributor"] == AGGREGATE) | (frame["Contributor_ISO-3"] == AGGREGATE) | (
        frame["Mission"] == AGGREGATE)
    facts = frame[~aggregate]
    check_iso3(facts["Contributor_ISO-3"])
    _known(facts["Mission"], catalog, CONTRIBUTORS_FILE)
    month = month_start(facts["Date"])
    parts = []
    for prefix, category in CATEGORIES.items():
        # The file's Total column is the count: in 73 rows male + female differ from it (Egypt in UNMIS).
        part = pd.DataFrame({
            "month": month.values,
            "contributor_iso3": facts["Contributor_ISO-3"].values,
            "mission_acronym": facts["Mission"].values,
            "category": category,
            "count": _counts(facts[f"{prefix}_Total"]).values,
            "female_count": _counts(facts[f"{prefix}_Female"]).values,
        })
        parts.append(part[part["count"].notna()])
    out = pd.concat(parts, ignore_index=True)
    out["source"] = CONTRIBUTORS_SOURCE
    dropped = {"exact_duplicates": n_duplicates, "aggregate_rows": int(aggregate.sum())}
    return out, dropped


def resolve_generic(acronym: str, month_end: pd.Timestamp, catalog: MissionCatalog) -> str | None:
    """``UNAVEM``/``UNOSOM`` in a month: the numbered operation of that name that had started by the month's end,
    the latest such one (1995-05 -> UNAVEM III)."""
    started = []
    for candidate in GENERIC_ACRONYMS[acronym]:
        mission = catalog.get(candidate)
        if mission and mission["start_date"] is not None and mission["start_date"] <= month_end.date():
            started.append((mission["start_date"], candidate))
    return max(started)[1] if started else None


def _mission_names(frame: pd.DataFrame, catalog: MissionCatalog) -> pd.Series:
    """The catalog acronym of each row of the mission file (None for the rows of ``NOT_IN_CATALOG``)."""
    names = []
    for acronym, month_end in zip(frame["Mission"], pd.to_datetime(frame["Date"])):
        acronym = MISSION_RENAMES.get(acronym, acronym)
        if acronym in NOT_IN_CATALOG:
            names.append(None)
        elif acronym in GENERIC_ACRONYMS:
            names.append(resolve_generic(acronym, month_end, catalog))
        else:
            names.append(acronym)
    return pd.Series(names, index=frame.index, dtype=object)


def strength_from_frame(raw: pd.DataFrame, catalog: MissionCatalog) -> tuple[pd.DataFrame, dict[str, int]]:
    """``mission_strength`` rows from the mission file as read (``_read``)."""
    frame = strip_stray_apostrophe(raw, ["Mission"])
    frame, n_duplicates = drop_exact_duplicates(frame)
    acronym = _mission_names(frame, catalog)
    kept = frame[acronym.notna()].assign(mission_acronym=acronym[acronym.notna()])
    _known(kept["mission_acronym"], catalog, MISSIONS_FILE)
    # A generic row resolved to an operation that the file names for the same month too: its own row wins.
    explicit = kept["Mission"].map(lambda a: a not in GENERIC_ACRONYMS)
    kept = kept.assign(_explicit=explicit).sort_values("_explicit", ascending=False, kind="stable")
    deduplicated = kept.drop_duplicates(["Date", "mission_acronym"], keep="first").sort_index()
    out = pd.DataFrame({
        "month": month_start(deduplicated["Date"]).values,
        "mission_acronym": deduplicated["mission_acronym"].values,
        "troops": _counts(deduplicated["Troops"]).values,
        "police": _counts(deduplicated["Police"]).values,
        "observers": _counts(deduplicated["Observers"]).values,
        "total": _counts(deduplicated["Total"]).values,
        "n_contributors": _counts(deduplicated["Number of Contributors"]).values,
    })
    out["source"] = MISSIONS_SOURCE
    dropped = {"exact_duplicates": n_duplicates, "not_in_catalog": int(acronym.isna().sum()),
               "generic_beside_explicit": len(kept) - len(deduplicated)}
    return out, dropped


# Columns read as counts (nullable integers; a value that is not a whole number fails the build).
MISSION_COUNT_COLUMNS = ("Number of Contributors", "Troops", "Police", "Observers", "Total")


def _read(path: Path, is_count) -> pd.DataFrame:
    """A snapshot with its count columns as nullable integers (``NA`` = none reported) and the rest as text."""
    header = pd.read_csv(path, nrows=0, encoding="utf-8").columns
    dtype = {c: ("Int64" if is_count(c) else str) for c in header}
    return pd.read_csv(path, dtype=dtype, na_values=["NA"], keep_default_na=False, encoding="utf-8")


def load_official_figures(reference_dir: Path, catalog: MissionCatalog) -> OfficialFigures:
    """Both official tables from ``reference_dir/official/`` (empty tables when the snapshots are absent)."""
    folder = Path(reference_dir) / OFFICIAL_DIR
    dropped: dict[str, int] = {}
    contributions = pd.DataFrame()
    strength = pd.DataFrame()
    if (folder / CONTRIBUTORS_FILE).is_file():
        contributions, d = contributions_from_frame(
            _read(folder / CONTRIBUTORS_FILE, lambda c: c.endswith(("_Male", "_Female", "_Total"))), catalog)
        dropped.update({f"official_contributions/{k}": v for k, v in d.items()})
    if (folder / MISSIONS_FILE).is_file():
        strength, d = strength_from_frame(
            _read(folder / MISSIONS_FILE, MISSION_COUNT_COLUMNS.__contains__), catalog)
        dropped.update({f"mission_strength/{k}": v for k, v in d.items()})
    return OfficialFigures(contributions, strength, dropped)
