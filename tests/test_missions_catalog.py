"""The missions catalog: each fix of the UN snapshot, the supplement, successions, aliases, schema validity."""

from __future__ import annotations

import csv
import pickle
import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from pipeline.reference import un_pko_snapshot as snap
from pipeline.reference.catalog import SUCCESSIONS, MissionCatalog, build_mission_catalog
from schemas import vocabularies as V
from schemas.registry import MISSION_ALIASES, MISSIONS
from schemas.validation import check_foreign_keys, coerce_frame, validate

REFERENCE = Path(__file__).resolve().parents[1] / "sources" / "reference"


@pytest.fixture(scope="module")
def catalog() -> MissionCatalog:
    return build_mission_catalog(REFERENCE)


@pytest.fixture(scope="module")
def raw_snapshot() -> dict[str, dict]:
    with (REFERENCE / snap.SNAPSHOT_FILE).open(encoding="utf-8", newline="") as f:
        return {r["mission_acronym"]: r for r in csv.DictReader(f)}


def un_pkos(catalog: MissionCatalog) -> list[dict]:
    return [m for m in catalog.missions if m["source"].startswith(("un_dppadposs_pko.csv", "added in code"))]


# --- the snapshot's problems, one test each ----------------------------------------------------------------------

def test_snapshot_is_the_documented_copy(raw_snapshot):
    assert len(raw_snapshot) == 81
    assert snap.snapshot_reference_date(REFERENCE) == date(2024, 2, 19)


def test_decimal_commas_are_parsed(catalog, raw_snapshot):
    assert raw_snapshot["UNFICYP"]["mission_longitude"] == "33,3667"
    assert (catalog.get("UNFICYP")["longitude"], catalog.get("UNFICYP")["latitude"]) == (33.3667, 35.1667)
    assert snap.parse_decimal_comma("12,6500") == 12.65
    assert snap.parse_decimal_comma(" ") is None


@pytest.mark.parametrize("acronym, lon, lat", [
    ("UNOSOM I", 45.35, 2.0333),
    ("UNOSOM II", 45.35, 2.0333),
    ("MINUSMA", -8.0, 12.65),
    ("UNAVEM I", 13.2344, -8.8383),
    ("UNAVEM II", 13.2344, -8.8383),
])
def test_swapped_coordinates_are_swapped_back(catalog, raw_snapshot, acronym, lon, lat):
    raw = raw_snapshot[acronym]
    assert snap.parse_decimal_comma(raw["mission_longitude"]) == lat  # the snapshot's error
    mission = catalog.get(acronym)
    assert (mission["longitude"], mission["latitude"]) == (lon, lat)
    assert "swapped back" in mission["source"]


def test_unswapped_coordinates_are_kept(catalog):
    assert (catalog.get("MONUA")["longitude"], catalog.get("MONUA")["latitude"]) == (13.2344, -8.8383)
    assert (catalog.get("UNMISS")["longitude"], catalog.get("UNMISS")["latitude"]) == (31.6, 4.85)


def test_minusma_closed_on_2023_12_31(catalog, raw_snapshot):
    assert raw_snapshot["MINUSMA"]["mission_isactive"] == "Yes" and raw_snapshot["MINUSMA"]["end_date"] == ""
    m = catalog.get("MINUSMA")
    assert (m["end_date"], m["end_precision"], m["is_active"]) == (date(2023, 12, 31), "day", False)


def test_active_flag_case_is_ignored(catalog, raw_snapshot):
    assert raw_snapshot["MINUSTAH"]["mission_isactive"] == "NO"
    assert catalog.get("MINUSTAH")["is_active"] is False
    assert snap.parse_active_flag("NO") is False and snap.parse_active_flag("Yes") is True
    with pytest.raises(ValueError, match="unknown active flag 'maybe'"):
        snap.parse_active_flag("maybe")


def test_active_un_operations_as_of_the_snapshot(catalog):
    active = sorted(m["mission_acronym"] for m in un_pkos(catalog) if m["is_active"])
    assert active == ["MINURSO", "MINUSCA", "MONUSCO", "UNDOF", "UNFICYP", "UNIFIL", "UNISFA", "UNMIK", "UNMISS",
                      "UNMOGIP", "UNTSO"]
    assert all(m["end_date"] is None for m in un_pkos(catalog) if m["is_active"])


def test_domrep_name_is_complete(catalog, raw_snapshot):
    assert raw_snapshot["DOMREP"]["mission_name"] == '"Mission of the Representative of the Secretary-General in the'
    assert catalog.get("DOMREP")["name"] == ("Mission of the Representative of the Secretary-General in the "
                                             "Dominican Republic")


@pytest.mark.parametrize("acronym, name", [
    ("ONUC", "United Nations Operation in the Congo"),
    ("UNISFA", "United Nations Interim Security Force for Abyei"),
    ("UNCPSG", "United Nations Civilian Police Support Group"),
])
def test_names_corrected(catalog, acronym, name):
    assert catalog.get(acronym)["name"] == name


@pytest.mark.parametrize("acronym", ["UNOSOM", "UNEF", "UNAVEM", "UNPSG"])
def test_composite_and_duplicate_rows_removed(catalog, acronym):
    assert catalog.get(acronym) is None


@pytest.mark.parametrize("acronym", ["UNOHCI", "UNFOR", "MICAH", "IPTF"])
def test_rows_that_are_not_peacekeeping_operations_removed(catalog, acronym):
    assert catalog.get(acronym) is None


@pytest.mark.parametrize("acronym", ["MINUCI", "UNSMA", "UNSCOB"])
def test_political_rows_of_the_snapshot_come_back_from_the_supplement(catalog, acronym):
    """Dropped from the UN list (not peacekeeping operations), back from the supplement because documents name them."""
    mission = catalog.get(acronym)
    assert (mission["kind"], mission["source"].split(" ")[0]) == ("political", "missions_supplement.csv")


def test_guards_contingent_comes_back(catalog):
    """UNGCI, dropped from the UN list (a security detail, not a peacekeeping operation), is back from the
    supplement because a Nepal Police page counts its police among the country's UN deployments (round r14)."""
    mission = catalog.get("UNGCI")
    assert (mission["organisation"], mission["kind"], mission["host_iso3"], mission["source"].split(" ")[0]) == \
        ("UN", "political", ("IRQ",), "missions_supplement.csv")


def test_former_rows_survive_as_aliases(catalog):
    aliases = {(a["alias"], a["mission_acronym"]) for a in catalog.aliases}
    assert ("UNPSG", "UNCPSG") in aliases
    assert ("IPTF", "UNMIBH") in aliases
    assert ("UNOSOM", "UNOSOM I") in aliases and ("UNOSOM", "UNOSOM II") in aliases


@pytest.mark.parametrize("acronym, name, host, start, end", [
    ("UNTAG", "United Nations Transition Assistance Group", ("NAM",), date(1989, 4, 1), date(1990, 3, 1)),
    ("UNTMIH", "United Nations Transition Mission in Haiti", ("HTI",), date(1997, 8, 1), date(1997, 11, 1)),
])
def test_missing_operations_added(catalog, acronym, name, host, start, end):
    m = catalog.get(acronym)
    assert (m["name"], m["host_iso3"], m["start_date"], m["end_date"]) == (name, host, start, end)
    assert (m["organisation"], m["is_active"], m["start_precision"]) == ("UN", False, "month")
    assert m["source"].startswith("added in code")


def test_71_un_peacekeeping_operations(catalog):
    pkos = un_pkos(catalog)
    assert len(pkos) == 71
    assert all(m["organisation"] == "UN" and m["kind"] != "political" for m in pkos)
    assert {"UNTSO", "UNMOGIP", "UNPF", "MINUJUSTH", "UNEF I", "UNEF II"} <= {m["mission_acronym"] for m in pkos}
    un_non_political = [m for m in catalog.missions if m["organisation"] == "UN" and m["kind"] != "political"]
    assert len(un_non_political) == 71


def test_every_un_operation_has_host_and_start(catalog):
    for m in un_pkos(catalog):
        assert m["host_iso3"], m["mission_acronym"]
        assert m["start_date"] is not None and m["start_precision"] in V.PRECISIONS, m["mission_acronym"]
        assert (m["end_date"] is None) == m["is_active"], m["mission_acronym"]


def test_minurso_host_is_western_sahara(catalog):
    assert catalog.get("MINURSO")["host_iso3"] == ("ESH",)


def test_kosovo_code_is_xkx(catalog):
    assert catalog.get("UNMIK")["host_iso3"] == ("SRB", "XKX")
    assert snap.normalise_host_code("KSV") == "XKX"


def test_north_yemen_code_is_yem(catalog):
    assert catalog.get("UNYOM")["host_iso3"] == ("YEM",)
    assert snap.normalise_host_code("YAR") == "YEM"


def test_unknown_host_code_is_an_error():
    with pytest.raises(ValueError, match="not an ISO 3166-1 alpha-3 code: 'ZZZ'"):
        snap.normalise_host_code("ZZZ")


def test_unpf_gets_its_hosts(catalog):
    assert catalog.get("UNPF")["host_iso3"] == ("HRV", "BIH", "MKD")


@pytest.mark.parametrize("acronym, column, value, precision", [
    ("UNEF I", "start", date(1956, 11, 1), "month"),     # first of a month: month-precise
    ("UNIFIL", "start", date(1978, 3, 19), "day"),
    ("MONUSCO", "start", date(2010, 7, 1), "day"),       # a known exact first of the month
    ("MONUC", "end", date(2010, 6, 30), "day"),
])
def test_date_precision(catalog, acronym, column, value, precision):
    m = catalog.get(acronym)
    assert (m[f"{column}_date"], m[f"{column}_precision"]) == (value, precision)


def test_kinds_of_un_operations(catalog):
    assert catalog.get("UNTSO")["kind"] == "observer"
    assert catalog.get("UNTAET")["kind"] == "transitional_administration"
    assert catalog.get("MIPONUH")["kind"] == "police"
    assert catalog.get("MINUSMA")["kind"] == "peacekeeping"


# --- the supplement --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("acronym, organisation, host, start, end", [
    ("AFISMA", "AU", ("MLI",), date(2012, 12, 20), date(2013, 7, 1)),
    ("AMISOM", "AU", ("SOM",), date(2007, 1, 19), date(2022, 3, 31)),
    ("ATMIS", "AU", ("SOM",), date(2022, 4, 1), date(2024, 12, 31)),
    ("MISCA", "AU", ("CAF",), date(2013, 12, 19), date(2014, 9, 15)),
    ("ECOMIG", "ECOWAS", ("GMB",), date(2017, 1, 19), None),
    ("EUFOR RCA", "EU", ("CAF",), date(2014, 4, 1), date(2015, 3, 1)),
    ("KFOR", "NATO", ("XKX",), date(1999, 6, 12), None),
    ("MNJTF", "other", ("NGA", "NER", "TCD", "CMR", "BEN"), date(2015, 1, 1), None),
])
def test_supplement_rows(catalog, acronym, organisation, host, start, end):
    m = catalog.get(acronym)
    assert (m["organisation"], m["host_iso3"], m["start_date"], m["end_date"]) == (organisation, host, start, end)
    assert m["source"].startswith("missions_supplement.csv")
    assert m["is_active"] == (end is None)


def test_supplement_precision_follows_the_written_form(catalog):
    assert (catalog.get("MNJTF")["start_precision"], catalog.get("EUFOR RCA")["end_precision"]) == ("year", "month")
    assert catalog.get("AFISMA")["end_precision"] == "day"


@pytest.mark.parametrize("before, after", [
    ("AFISMA", "MINUSMA"), ("MONUC", "MONUSCO"), ("MISCA", "MINUSCA"), ("UNMIS", "UNMISS"), ("AMISOM", "ATMIS"),
    ("UNOSOM I", "UNOSOM II"), ("AMIS", "UNAMID"),
])
def test_predecessor_and_successor_both_ways(catalog, before, after):
    assert catalog.get(before)["successor"] == after
    assert catalog.get(after)["predecessor"] == before


def test_every_succession_is_symmetric(catalog):
    for m in catalog.missions:
        if m["successor"]:
            assert catalog.get(m["successor"])["predecessor"] == m["mission_acronym"]
        if m["predecessor"]:
            assert catalog.get(m["predecessor"])["successor"] == m["mission_acronym"]
    assert sum(1 for m in catalog.missions if m["successor"]) == len(SUCCESSIONS)


# --- schema validity and determinism ------------------------------------------------------------------------------

def test_rows_have_exactly_the_registry_columns(catalog):
    assert all(list(m) == MISSIONS.column_names for m in catalog.missions)
    assert all(list(a) == MISSION_ALIASES.column_names for a in catalog.aliases)


def test_rows_are_valid_against_the_registry(catalog):
    for m in catalog.missions:
        for column in MISSIONS.columns:
            value = m[column.name]
            if value is None:
                assert column.nullable, (m["mission_acronym"], column.name)
                continue
            if column.enum:
                assert value in column.enum, (m["mission_acronym"], column.name, value)
            if column.minimum is not None:
                assert value >= column.minimum, (m["mission_acronym"], column.name)
            if column.maximum is not None:
                assert value <= column.maximum, (m["mission_acronym"], column.name)
        assert all(re.fullmatch(r"[A-Z]{3}", h) for h in m["host_iso3"]), m["mission_acronym"]
        assert m["n_documents"] == 0
        assert (m["start_date"] is None) == (m["start_precision"] is None)
        assert (m["end_date"] is None) == (m["end_precision"] is None)
    assert len({m["mission_acronym"] for m in catalog.missions}) == len(catalog.missions)
    for a in catalog.aliases:
        assert a["alias_kind"] in MISSION_ALIASES.column("alias_kind").enum
        assert catalog.get(a["mission_acronym"]) is not None


def test_tables_pass_the_registry_pandera_schemas(catalog):
    missions = coerce_frame("missions", list(catalog.missions))
    aliases = coerce_frame("mission_aliases", list(catalog.aliases))
    assert validate("missions", missions) == []
    assert validate("mission_aliases", aliases) == []
    assert check_foreign_keys({"missions": missions, "mission_aliases": aliases}) == []


def test_every_mission_has_its_acronym_and_name_as_aliases(catalog):
    pairs = {(a["mission_acronym"], a["alias"], a["alias_kind"]) for a in catalog.aliases}
    for m in catalog.missions:
        assert (m["mission_acronym"], m["mission_acronym"], "acronym") in pairs
        assert (m["mission_acronym"], m["name"], "name") in pairs


def test_deterministic_order_and_hash(catalog):
    again = build_mission_catalog(REFERENCE)
    assert again.missions == catalog.missions and again.aliases == catalog.aliases
    assert again.content_hash() == catalog.content_hash()
    assert [m["mission_acronym"] for m in catalog.missions] == sorted(m["mission_acronym"] for m in catalog.missions)
    keys = [(a["mission_acronym"], a["alias"]) for a in catalog.aliases]
    assert keys == sorted(keys) and len(set(keys)) == len(keys)
    assert re.fullmatch(r"[0-9a-f]{64}", catalog.content_hash())


def test_catalog_pickles(catalog):
    clone = pickle.loads(pickle.dumps(catalog))
    assert clone.get("MINUSMA") == catalog.get("MINUSMA")
    assert clone.content_hash() == catalog.content_hash()


def test_hash_changes_with_the_aliases(tmp_path, catalog):
    copy = tmp_path / "reference"
    shutil.copytree(REFERENCE, copy)
    with (copy / "mission_aliases.csv").open("a", encoding="utf-8") as f:
        f.write("MINUSMA,UN Mali Mission,variant\n")
    assert build_mission_catalog(copy).content_hash() != catalog.content_hash()


@pytest.mark.parametrize("file, line, message", [
    ("mission_aliases.csv", "NOPE,Some Mission,variant\n", "unknown mission 'NOPE'"),
    ("mission_aliases.csv", "MINUSMA,Something,nickname\n", "unknown alias_kind 'nickname'"),
    ("mission_aliases.csv", "MINUSMA,MISMA Force,variant\nMINUSMA,MISMA Force,variant\n", "duplicate alias"),
    ("missions_supplement.csv", "XFOR,X Force,UNX,military,MLI,2020,,\n", "unknown organisation 'UNX'"),
    ("missions_supplement.csv", "XFOR,X Force,UN,war,MLI,2020,,\n", "unknown kind 'war'"),
    ("missions_supplement.csv", "XFOR,X Force,UN,military,MLI,2020/01,,\n", "not a YYYY"),
    ("missions_supplement.csv", "XFOR,X Force,UN,military,,2020,,\n", "host_iso3 are required"),
    ("missions_supplement.csv", "MINUSMA,X Force,UN,military,MLI,2020,,\n", "both in the UN snapshot"),
])
def test_bad_sources_are_rejected(tmp_path, file, line, message):
    copy = tmp_path / "reference"
    shutil.copytree(REFERENCE, copy)
    with (copy / file).open("a", encoding="utf-8") as f:
        f.write(line)
    with pytest.raises(ValueError, match=message):
        build_mission_catalog(copy)
