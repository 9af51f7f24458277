"""The 71 UN peacekeeping operations since 1948, read from the Data Hub snapshot with its known problems fixed.

Sources (never edited; see ``sources/reference/README.md``):

* ``un_dppadposs_pko.csv``: UN Peace and Security Data Hub dataset DPPADPOSS-PKO (81 rows, last_update 2024-02-19);
* ``unpko_country_crosswalk.csv``: mission acronym to host country code, many-to-many.

Every correction is a named constant below with the reason next to it, so that a reviewer can check them one by
one against the UN's official "List of Peacekeeping Operations 1948-2019" (71 operations, UNTSO to MINUJUSTH).
The functions return plain dicts keyed by the ``missions`` table's column names; ``pipeline.reference.catalog``
adds the supplement, the successions and the aliases.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pycountry

SNAPSHOT_FILE = "un_dppadposs_pko.csv"
CROSSWALK_FILE = "unpko_country_crosswalk.csv"
SOURCE = "un_dppadposs_pko.csv (UN Peace and Security Data Hub, DPPADPOSS-PKO)"
SOURCE_FIXED = "un_dppadposs_pko.csv (UN Peace and Security Data Hub, DPPADPOSS-PKO), corrected in code: {}"
SOURCE_ADDED = "added in code: missing from un_dppadposs_pko.csv; UN List of Peacekeeping Operations 1948-2019"

SNAPSHOT_COLUMNS = (
    "id", "mission_acronym", "mission_name", "lead_department", "mission_isactive", "start_date", "end_date",
    "mission_location", "mission_longitude", "mission_latitude", "last_update",
)
CROSSWALK_COLUMNS = ("mission_acronym", "mission_name", "iso3c")

# Rows that are not one peacekeeping operation of the official list. Each is dropped, never silently: the
# reason is kept here and in sources/reference/missions_supplement.md.
NOT_SINGLE_OPERATIONS: dict[str, str] = {
    # Composite rows: the snapshot repeats the I/II(/III) operations as one row spanning all of them.
    "UNOSOM": "composite of UNOSOM I and UNOSOM II",
    "UNEF": "composite of UNEF I and UNEF II",
    "UNAVEM": "composite of UNAVEM I and UNAVEM II",
    # Duplicate: the UN Civilian Police Support Group appears twice (UNCPSG, 1998, is the official entry).
    "UNPSG": "duplicate of UNCPSG",
    # Not peacekeeping operations on the UN list.
    "UNOHCI": "Office of the Humanitarian Coordinator in Iraq: a humanitarian office",
    "UNFOR": "'United Nations Force': a generic label with no dates, not an operation",
    "UNGCI": "Guards Contingent in Iraq: a security detail of the humanitarian programme",
    "UNSCOB": "Special Committee on the Balkans: a General Assembly committee",
    "UNSMA": "Special Mission to Afghanistan: a political mission (kept in the supplement as kind political)",
    "MINUCI": "Mission in Cote d'Ivoire: a political mission (kept in the supplement as kind political)",
    "MICAH": "International Civilian Support Mission in Haiti: a General Assembly mission",
    "IPTF": "International Police Task Force: a component of UNMIBH, not a separate operation",
}

# The two operations of the official list that the snapshot lacks.
MISSING_OPERATIONS: tuple[dict, ...] = (
    {
        "mission_acronym": "UNTAG", "name": "United Nations Transition Assistance Group",
        "host_iso3": ("NAM",), "start_date": date(1989, 4, 1), "start_precision": "month",
        "end_date": date(1990, 3, 1), "end_precision": "month", "location": "Windhoek",
        "longitude": 17.0836, "latitude": -22.5609,
    },
    {
        "mission_acronym": "UNTMIH", "name": "United Nations Transition Mission in Haiti",
        "host_iso3": ("HTI",), "start_date": date(1997, 8, 1), "start_precision": "month",
        "end_date": date(1997, 11, 1), "end_precision": "month", "location": "Port-au-Prince",
        "longitude": -72.3333, "latitude": 18.5333,
    },
)

# Longitude and latitude written in each other's column (Mogadishu is at 45.3E 2.0N, Bamako at 8.0W 12.65N,
# Luanda at 13.2E 8.8S). The README names UNOSOM I/II and MINUSMA; UNAVEM I/II were found by checking every
# headquarters against its city.
SWAPPED_COORDINATES = frozenset({"UNOSOM I", "UNOSOM II", "MINUSMA", "UNAVEM I", "UNAVEM II"})

# Field corrections: acronym -> {column: value}, with the reason.
CORRECTIONS: dict[str, tuple[dict, str]] = {
    "MINUSMA": ({"end_date": date(2023, 12, 31), "end_precision": "day"},
                "closed on 2023-12-31 (Security Council resolution 2690), still marked active in the snapshot"),
    "DOMREP": ({"name": "Mission of the Representative of the Secretary-General in the Dominican Republic"},
               "name truncated in the snapshot"),
    "ONUC": ({"name": "United Nations Operation in the Congo"},
             "the snapshot's 'The United Nations Organization in the Congo' is not the official name"),
    "UNISFA": ({"name": "United Nations Interim Security Force for Abyei"},
               "the snapshot's 'Organization' is not part of the official name"),
    "UNCPSG": ({"name": "United Nations Civilian Police Support Group"}, "'UN' spelled out as in the other names"),
}

# Host country corrections. The crosswalk's own codes that are not ISO 3166-1 alpha-3 are mapped first.
CODE_FIXES: dict[str, str] = {
    "YAR": "YEM",  # North Yemen (Yemen Arab Republic): its territory is today's Yemen.
    # Kosovo has no ISO 3166-1 code; XK / XKX is the user-assigned code used by the EU, IMF and World Bank.
    # This is the dataset's one documented exception to ISO 3166-1 (pycountry does not know it).
    "KSV": "XKX",
}
NON_ISO_CODES = frozenset({"XKX"})
HOST_OVERRIDES: dict[str, tuple[tuple[str, ...], str]] = {
    "MINURSO": (("ESH",), "the crosswalk gives MAR; the mission is in Western Sahara (ESH)"),
    "UNPF": (("HRV", "BIH", "MKD"), "no host in the crosswalk; UNPF commanded UNCRO, UNPROFOR and UNPREDEP"),
}

# Snapshot dates on the first of a month are month-precise (the Data Hub rounds to the month) except these,
# known to be exact handover days.
EXACT_FIRST_OF_MONTH: frozenset[tuple[str, str]] = frozenset({
    ("MONUSCO", "start_date"),   # took over from MONUC on 1 July 2010
    ("MINUSTAH", "start_date"),  # took over from the Multinational Interim Force on 1 June 2004
    ("ONUB", "start_date"),      # took over from AMIB on 1 June 2004
})

# Kind of each operation from its mandate and name; peacekeeping unless listed. Observer: unarmed military
# observers or verification; police: police-only missions; transitional_administration: the UN governed.
KINDS: dict[str, str] = {
    **dict.fromkeys(
        ("UNTSO", "UNMOGIP", "UNOGIL", "UNYOM", "DOMREP", "UNIPOM", "UNGOMAP", "UNIIMOG", "UNAVEM I",
         "UNAVEM II", "ONUCA", "UNIKOM", "MINURSO", "ONUSAL", "UNOMUR", "UNOMIG", "UNOMIL", "UNASOG", "UNMOT",
         "UNMOP", "MONUA", "UNOMSIL", "MINUGUA", "UNSMIS"),
        "observer"),
    **dict.fromkeys(("UNCPSG", "MIPONUH", "MINUJUSTH"), "police"),
    **dict.fromkeys(("UNTAC", "UNTAES", "UNTAET", "UNMIK"), "transitional_administration"),
}

N_UN_OPERATIONS = 71


def parse_decimal_comma(text: str) -> float | None:
    """``"12,6500"`` -> 12.65; empty -> None. The snapshot writes coordinates with a decimal comma."""
    text = text.strip()
    return float(text.replace(",", ".")) if text else None


def parse_snapshot_date(text: str, acronym: str, column: str) -> tuple[date | None, str | None]:
    """An ISO date and its precision: month when it falls on the first (see ``EXACT_FIRST_OF_MONTH``)."""
    text = text.strip()
    if not text:
        return None, None
    value = date.fromisoformat(text)
    if value.day == 1 and (acronym, column) not in EXACT_FIRST_OF_MONTH:
        return value, "month"
    return value, "day"


def parse_active_flag(text: str) -> bool:
    """``Yes``/``YES`` -> True, ``No``/``NO`` -> False; anything else is an error."""
    flag = text.strip().casefold()
    if flag not in ("yes", "no"):
        raise ValueError(f"unknown active flag {text!r}")
    return flag == "yes"


def normalise_host_code(code: str) -> str:
    """A crosswalk code as ISO 3166-1 alpha-3 (or a documented exception); raise on unknown codes."""
    code = CODE_FIXES.get(code.strip(), code.strip())
    if code not in NON_ISO_CODES and pycountry.countries.get(alpha_3=code) is None:
        raise ValueError(f"not an ISO 3166-1 alpha-3 code: {code!r}")
    return code


def _read_csv(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if tuple(reader.fieldnames or ()) != columns:
            raise ValueError(f"{path.name}: expected columns {columns}, found {reader.fieldnames}")
        return list(reader)


def read_host_crosswalk(reference_dir: Path) -> dict[str, tuple[str, ...]]:
    """Acronym -> host codes in file order, codes normalised, empty codes skipped."""
    hosts: dict[str, list[str]] = {}
    for row in _read_csv(Path(reference_dir) / CROSSWALK_FILE, CROSSWALK_COLUMNS):
        acronym = row["mission_acronym"].strip()
        codes = hosts.setdefault(acronym, [])
        if row["iso3c"].strip():
            code = normalise_host_code(row["iso3c"])
            if code not in codes:
                codes.append(code)
    return {k: tuple(v) for k, v in hosts.items()}


def load_un_operations(reference_dir: Path) -> list[dict]:
    """The 71 UN peacekeeping operations, fixed, sorted by acronym.

    Keys: the ``missions`` columns except predecessor, successor and n_documents (the catalog adds them).
    ``is_active`` is True exactly when the operation has no end date as of the snapshot's last_update.
    """
    reference_dir = Path(reference_dir)
    hosts = read_host_crosswalk(reference_dir)
    rows = _read_csv(reference_dir / SNAPSHOT_FILE, SNAPSHOT_COLUMNS)
    seen: set[str] = set()
    out: list[dict] = []
    for row in rows:
        acronym = row["mission_acronym"].strip()
        if acronym in seen:
            raise ValueError(f"{SNAPSHOT_FILE}: duplicate acronym {acronym!r}")
        seen.add(acronym)
        if acronym in NOT_SINGLE_OPERATIONS:
            continue
        fixes: list[str] = []
        start, start_precision = parse_snapshot_date(row["start_date"], acronym, "start_date")
        end, end_precision = parse_snapshot_date(row["end_date"], acronym, "end_date")
        longitude = parse_decimal_comma(row["mission_longitude"])
        latitude = parse_decimal_comma(row["mission_latitude"])
        if acronym in SWAPPED_COORDINATES:
            longitude, latitude = latitude, longitude
            fixes.append("longitude and latitude swapped back")
        mission = {
            "mission_acronym": acronym,
            "name": row["mission_name"].strip(),
            "organisation": "UN",
            "lead_iso3": None,
            "kind": KINDS.get(acronym, "peacekeeping"),
            "host_iso3": hosts.get(acronym, ()),
            "start_date": start,
            "start_precision": start_precision,
            "end_date": end,
            "end_precision": end_precision,
            "is_active": parse_active_flag(row["mission_isactive"]),
            "location": row["mission_location"].strip() or None,
            "longitude": longitude,
            "latitude": latitude,
        }
        if acronym in CORRECTIONS:
            values, reason = CORRECTIONS[acronym]
            mission.update(values)
            fixes.append(reason)
        if acronym in HOST_OVERRIDES:
            mission["host_iso3"], reason = HOST_OVERRIDES[acronym]
            fixes.append(reason)
        if mission["is_active"] and mission["end_date"] is not None:
            mission["is_active"] = False
        mission["source"] = SOURCE_FIXED.format("; ".join(fixes)) if fixes else SOURCE
        out.append(mission)
    for extra in MISSING_OPERATIONS:
        if extra["mission_acronym"] in seen:
            raise ValueError(f"{extra['mission_acronym']} is no longer missing from {SNAPSHOT_FILE}: drop the fix")
        out.append({
            **extra, "organisation": "UN", "kind": KINDS.get(extra["mission_acronym"], "peacekeeping"),
            "is_active": False, "source": SOURCE_ADDED,
        })
    missing_drops = set(NOT_SINGLE_OPERATIONS) - seen
    if missing_drops:
        raise ValueError(f"rows to drop not found in {SNAPSHOT_FILE}: {sorted(missing_drops)}")
    if len(out) != N_UN_OPERATIONS:
        raise ValueError(f"expected {N_UN_OPERATIONS} UN operations, built {len(out)}")
    for mission in out:
        if not mission["host_iso3"]:
            raise ValueError(f"{mission['mission_acronym']}: no host country")
    out.sort(key=lambda m: m["mission_acronym"])
    return out


def snapshot_reference_date(reference_dir: Path) -> date:
    """The snapshot's last_update: the date its active flags describe."""
    rows = _read_csv(Path(reference_dir) / SNAPSHOT_FILE, SNAPSHOT_COLUMNS)
    return max(date.fromisoformat(r["last_update"].strip()) for r in rows)
