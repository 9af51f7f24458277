"""The missions catalog: the 71 UN peacekeeping operations, the curated supplement and the names people use.

``build_mission_catalog(reference_dir)`` reads three sources of ``sources/reference/``:

* the UN snapshot, fixed in code (``pipeline.reference.un_pko_snapshot``);
* ``missions_supplement.csv``: missions led by others (AU, ECOWAS, EU, NATO, ad hoc) and the UN political
  missions that documents name next to peacekeeping operations (notes: ``missions_supplement.md``);
* ``mission_aliases.csv``: curated variants, French names, former names and acronym variants.

Rows are plain dicts keyed by the registry's column names (``schemas.registry.MISSIONS`` and
``MISSION_ALIASES``), sorted by their primary keys, so the catalog is deterministic and its hash a cache key.
"""

from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pipeline.extract.types import PartialDate
from pipeline.reference.un_pko_snapshot import load_un_operations, normalise_host_code
from schemas import vocabularies as V
from schemas.registry import MISSION_ALIASES, MISSIONS

SUPPLEMENT_FILE = "missions_supplement.csv"
ALIASES_FILE = "mission_aliases.csv"
SUPPLEMENT_SOURCE = "missions_supplement.csv (curated; notes in missions_supplement.md)"

SUPPLEMENT_COLUMNS = (
    "mission_acronym", "name", "organisation", "kind", "host_iso3", "start_date", "end_date", "location",
    "lead_iso3",
)
ALIAS_COLUMNS = ("mission_acronym", "alias", "alias_kind")
ALIAS_KINDS = MISSION_ALIASES.column("alias_kind").enum or ()

# Who took over from whom: (predecessor, successor), each acronym at most once on each side. Kept here, in one
# table, so that both columns are derived from the same pair and can never disagree. Handover dates in comments.
SUCCESSIONS: tuple[tuple[str, str], ...] = (
    ("AFISMA", "MINUSMA"),        # 2013-07-01, transfer of authority
    ("AMIB", "ONUB"),             # 2004-06-01
    ("AMIS", "UNAMID"),           # 2007-12-31
    ("AMISOM", "ATMIS"),          # 2022-04-01, AMISOM reconfigured by resolution 2628
    ("ATMIS", "AUSSOM"),          # 2025-01-01
    ("ECOMIL", "UNMIL"),          # 2003-10-01, ECOWAS troops re-hatted
    ("FOMUC", "MICOPAX"),         # 2008-07-12, CEMAC force handed to ECCAS
    ("IFOR", "SFOR"),             # 1996-12-20
    ("ISAF", "RSM"),              # 2015-01-01
    ("MICOPAX", "MISCA"),         # 2013-12-19
    ("MIF", "MINUSTAH"),          # 2004-06-01, the Multinational Interim Force handed over to the UN
    ("MINUCI", "UNOCI"),          # 2004-04-04; ECOWAS troops of ECOMICI were re-hatted the same day
    ("MINUSTAH", "MINUJUSTH"),    # 2017-10-16
    ("MISCA", "MINUSCA"),         # 2014-09-15
    ("MONUC", "MONUSCO"),         # 2010-07-01, renamed and re-mandated by resolution 1925
    ("SFOR", "EUFOR Althea"),     # 2004-12-02
    ("UNAMIC", "UNTAC"),          # 1992-03
    ("UNAVEM I", "UNAVEM II"),    # 1991-06
    ("UNAVEM II", "UNAVEM III"),  # 1995-02
    ("UNAVEM III", "MONUA"),      # 1997-06-30
    ("UNCRO", "UNTAES"),          # 1996-01-15, Eastern Slavonia
    ("UNMIH", "UNSMIH"),          # 1996-06-30
    ("UNMIS", "UNMISS"),          # 2011-07-09, independence of South Sudan
    ("UNOMSIL", "UNAMSIL"),       # 1999-10-22
    ("UNOSOM I", "UNOSOM II"),    # 1993-05-04
    ("UNSMIH", "UNTMIH"),         # 1997-07-31
    ("UNSOM", "UNTMIS"),          # 2024-11-01
    ("UNTAET", "UNMISET"),        # 2002-05-20, independence of Timor-Leste
    ("UNTMIH", "MIPONUH"),        # 1997-12-01
    # Supplement rows added for the real corpus (notes in missions_supplement.md):
    ("ALLIED HARMONY", "EUFOR Concordia"),     # 2003-03-31, NATO to EU in North Macedonia
    ("AMBER FOX", "ALLIED HARMONY"),           # 2002-12-16
    ("ASF", "ADF"),                            # 1976-10, the Arab Security Force became the Arab Deterrent Force
    ("BONUCA", "BINUCA"),                      # 2010-01-01
    ("ESSENTIAL HARVEST", "AMBER FOX"),        # 2001-09-27
    ("EUFOR Concordia", "EUPOL PROXIMA"),      # 2003-12-15
    ("ICSC", "ICCS"),                          # 1973-01, Paris Peace Accords
    ("IMP", "AMM"),                            # 2005-09-15
    ("MINURCA", "BONUCA"),                     # 2000-02-15
    ("MISAB", "MINURCA"),                      # 1998-04-15
    ("PMG", "BTT"),                            # 2003-07-01
    ("TMG", "PMG"),                            # 1998-04-30
    ("UNAMET", "UNTAET"),                      # 1999-10-25
    ("UNGOMAP", "OSGAP"),                      # 1990-03-15
    ("UNMIBH", "EUPM"),                        # 2003-01-01, the EU police mission took over from the UN's IPTF
    ("UNSMA", "UNAMA"),                        # 2002-03-28
)


@dataclass(frozen=True)
class MissionCatalog:
    """Every mission the dataset knows, and the aliases used to find it in text."""

    missions: tuple[dict, ...]
    aliases: tuple[dict, ...]
    _index: dict = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", {m["mission_acronym"]: m for m in self.missions})

    def get(self, acronym: str) -> dict | None:
        """The mission row with this canonical acronym, or None."""
        return self._index.get(acronym)

    def content_hash(self) -> str:
        """SHA-256 over the catalog's contents (missions and aliases): a cache key for extraction."""
        payload = json.dumps(
            {"missions": list(self.missions), "aliases": list(self.aliases)},
            sort_keys=True, ensure_ascii=False, default=_json_default,
        )
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def __getstate__(self) -> dict:
        return {"missions": self.missions, "aliases": self.aliases}

    def __setstate__(self, state: dict) -> None:
        object.__setattr__(self, "missions", state["missions"])
        object.__setattr__(self, "aliases", state["aliases"])
        self.__post_init__()


def _json_default(value):
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    raise TypeError(f"not serialisable: {value!r}")


def _read_csv(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if tuple(reader.fieldnames or ()) != columns:
            raise ValueError(f"{path.name}: expected columns {columns}, found {reader.fieldnames}")
        return [{k: (v or "").strip() for k, v in row.items()} for row in reader]


def _partial(text: str, where: str) -> tuple[date | None, str | None]:
    if not text:
        return None, None
    try:
        parsed = PartialDate.parse(text)
    except ValueError as exc:
        raise ValueError(f"{where}: {exc}") from None
    return parsed.value, parsed.precision


def load_supplement(reference_dir: Path) -> list[dict]:
    """The curated supplement as ``missions`` rows (without predecessor, successor and n_documents).

    Dates are written ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``: their form gives the precision. Hosts are
    ``;``-separated codes. ``is_active`` is True when no end date is known (as of the supplement's review).
    """
    out = []
    for line, row in enumerate(_read_csv(Path(reference_dir) / SUPPLEMENT_FILE, SUPPLEMENT_COLUMNS), start=2):
        where = f"{SUPPLEMENT_FILE}:{line}"
        if row["organisation"] not in V.ORGANISATIONS:
            raise ValueError(f"{where}: unknown organisation {row['organisation']!r}")
        if row["kind"] not in V.MISSION_KINDS:
            raise ValueError(f"{where}: unknown kind {row['kind']!r}")
        hosts = tuple(normalise_host_code(c) for c in row["host_iso3"].split(";") if c.strip())
        if not hosts or not row["mission_acronym"] or not row["name"]:
            raise ValueError(f"{where}: acronym, name and host_iso3 are required")
        start, start_precision = _partial(row["start_date"], where)
        end, end_precision = _partial(row["end_date"], where)
        if start is None:
            raise ValueError(f"{where}: start_date is required")
        if end is not None and end < start:
            raise ValueError(f"{where}: ends before it starts")
        lead = normalise_host_code(row["lead_iso3"]) if row["lead_iso3"] else None
        out.append({
            "mission_acronym": row["mission_acronym"],
            "name": row["name"],
            "organisation": row["organisation"],
            "lead_iso3": lead,
            "kind": row["kind"],
            "host_iso3": hosts,
            "start_date": start,
            "start_precision": start_precision,
            "end_date": end,
            "end_precision": end_precision,
            "is_active": end is None,
            "location": row["location"] or None,
            "longitude": None,
            "latitude": None,
            "source": SUPPLEMENT_SOURCE,
        })
    return out


def load_aliases(reference_dir: Path, missions: dict[str, dict]) -> list[dict]:
    """Aliases: each mission's acronym and name, then the curated file; sorted, one row per (acronym, alias)."""
    rows: dict[tuple[str, str], dict] = {}
    for acronym, mission in missions.items():
        rows[(acronym, acronym)] = {"mission_acronym": acronym, "alias": acronym, "alias_kind": "acronym"}
        rows[(acronym, mission["name"])] = {"mission_acronym": acronym, "alias": mission["name"], "alias_kind": "name"}
    for line, row in enumerate(_read_csv(Path(reference_dir) / ALIASES_FILE, ALIAS_COLUMNS), start=2):
        where = f"{ALIASES_FILE}:{line}"
        if row["mission_acronym"] not in missions:
            raise ValueError(f"{where}: unknown mission {row['mission_acronym']!r}")
        if row["alias_kind"] not in ALIAS_KINDS:
            raise ValueError(f"{where}: unknown alias_kind {row['alias_kind']!r}")
        if not row["alias"]:
            raise ValueError(f"{where}: empty alias")
        key = (row["mission_acronym"], row["alias"])
        if key in rows:
            raise ValueError(f"{where}: duplicate alias {row['alias']!r} of {row['mission_acronym']}")
        rows[key] = dict(row)
    return [rows[k] for k in sorted(rows)]


def _apply_successions(missions: dict[str, dict]) -> None:
    predecessors: dict[str, str] = {}
    successors: dict[str, str] = {}
    for before, after in SUCCESSIONS:
        for acronym in (before, after):
            if acronym not in missions:
                raise ValueError(f"succession {before} -> {after}: unknown mission {acronym}")
        if before in successors or after in predecessors:
            raise ValueError(f"succession {before} -> {after}: a mission appears twice on one side")
        successors[before] = after
        predecessors[after] = before
    for acronym, mission in missions.items():
        mission["predecessor"] = predecessors.get(acronym)
        mission["successor"] = successors.get(acronym)


def build_mission_catalog(reference_dir: Path) -> MissionCatalog:
    """Build the catalog from ``reference_dir`` (``sources/reference``); raise ValueError on bad sources."""
    reference_dir = Path(reference_dir)
    missions: dict[str, dict] = {}
    for mission in [*load_un_operations(reference_dir), *load_supplement(reference_dir)]:
        acronym = mission["mission_acronym"]
        if acronym in missions:
            raise ValueError(f"mission {acronym} is both in the UN snapshot and in the supplement")
        missions[acronym] = mission
    _apply_successions(missions)
    columns = MISSIONS.column_names
    rows = []
    for acronym in sorted(missions):
        mission = {**missions[acronym], "n_documents": 0}
        mission["host_iso3"] = tuple(mission["host_iso3"])
        rows.append({c: mission.get(c) for c in columns})
    aliases = load_aliases(reference_dir, missions)
    return MissionCatalog(missions=tuple(rows), aliases=tuple(aliases))
