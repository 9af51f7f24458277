"""Official figures (``pipeline.reference.official``): each known problem of the snapshots fixed, with a test,
on small files written here and on the bundled snapshots themselves; and claims matched to the UN's month and
category through ``v_claims_vs_official`` on the real counts."""

from __future__ import annotations

import datetime as dt
import hashlib

import duckdb
import pandas as pd
import pytest

from pipeline.reference import official as O
from pipeline.reference.catalog import build_mission_catalog
from pipeline.settings import PROJECT_ROOT
from schemas.duckdb import create_tables
from schemas.validation import split_valid
from schemas.views import create_views

REFERENCE = PROJECT_ROOT / "sources" / "reference"
D = dt.date

HEADER = ("Date,Contributor,Contributor_ISO-3,Mission,Individual_Police_Male,Individual_Police_Female,"
          "Individual_Police_Total,Formed_Police_Units_Male,Formed_Police_Units_Female,Formed_Police_Units_Total,"
          "Experts_on_Mission_Male,Experts_on_Mission_Female,Experts_on_Mission_Total,Troops_Male,Troops_Female,"
          "Troops_Total,Total_Male,Total_Female,Total_Total")
MISSION_HEADER = ('"Date","Mission","Country of Mission","Country of Mission ISO-3","Mission HQ",'
                  '"Mission HQ Longitude","Mission HQ Latitude","Number of Contributors","Troops","Police",'
                  '"Observers","Total"')


@pytest.fixture(scope="module")
def catalog():
    return build_mission_catalog(REFERENCE)


@pytest.fixture(scope="module")
def bundled(catalog):
    return O.load_official_figures(REFERENCE, catalog)


def contributor_line(date, name, iso3, mission, troops="NA", female="NA", police="NA", total=None):
    total = total if total is not None else troops
    return (f"{date},{name},{iso3},{mission},NA,NA,{police},NA,NA,NA,NA,NA,NA,NA,{female},{troops},"
            f"NA,{female},{total}")


def load(tmp_path, catalog, contributors: list[str] | None = None, missions: list[str] | None = None):
    folder = tmp_path / O.OFFICIAL_DIR
    folder.mkdir(exist_ok=True)
    if contributors is not None:
        (folder / O.CONTRIBUTORS_FILE).write_text("\n".join([HEADER, *contributors]) + "\n", encoding="utf-8")
    if missions is not None:
        (folder / O.MISSIONS_FILE).write_text("\n".join([MISSION_HEADER, *missions]) + "\n", encoding="utf-8")
    return O.load_official_figures(tmp_path, catalog)


def mission_line(date, mission, troops, police="NA", observers="NA", contributors=10):
    total = sum(int(x) for x in (troops, police, observers) if x != "NA")
    return f'{date},"{mission}","Mali","MLI","Bamako",12.65,-8,{contributors},{troops},{police},{observers},{total}'


# --- the contributors file ---------------------------------------------------------------------------------------


def test_exact_duplicates_are_dropped(tmp_path, catalog):
    line = contributor_line("2013-10-31", "China", "CHN", "MINUSMA", troops=7, female=0)
    figures = load(tmp_path, catalog, [line, line])
    assert figures.contributions[["month", "category", "count"]].values.tolist() == [
        [D(2013, 10, 1), "troops", 7], [D(2013, 10, 1), "total", 7]]
    assert figures.dropped["official_contributions/exact_duplicates"] == 1


def test_stray_apostrophes_are_removed_before_duplicates_are_found(tmp_path, catalog):
    """2014-03 to 2014-08 write China', CHN', MINUSMA': the same row as the clean one."""
    clean = contributor_line("2014-03-31", "China", "CHN", "MINUSMA", troops=402, female=0)
    stray = contributor_line("2014-03-31", "China'", "CHN'", "MINUSMA'", troops=402, female=0)
    figures = load(tmp_path, catalog, [stray, clean])
    assert set(figures.contributions["contributor_iso3"]) == {"CHN"}
    assert set(figures.contributions["mission_acronym"]) == {"MINUSMA"}
    assert len(figures.contributions) == 2


def test_aggregate_rows_are_dropped(tmp_path, catalog):
    rows = [contributor_line("2013-05-31", "all", "all", "all", troops=80000),
            contributor_line("2013-05-31", "China", "CHN", "all", troops=1580),
            contributor_line("2013-05-31", "all", "all", "UNMIL", troops=7000),
            contributor_line("2013-05-31", "China", "CHN", "UNMIL", troops=564)]
    figures = load(tmp_path, catalog, rows)
    assert figures.contributions[["mission_acronym", "category", "count"]].values.tolist() == [
        ["UNMIL", "troops", 564], ["UNMIL", "total", 564]]
    assert figures.dropped["official_contributions/aggregate_rows"] == 3


def test_the_total_column_is_the_count_when_male_and_female_do_not_add_up(tmp_path, catalog):
    """Egypt in UNMIS, 2009-11: 1,220 men and 15 women, 1,234 troops in all."""
    line = "2009-11-30,Egypt,EGY,UNMIS,NA,NA,NA,NA,NA,NA,NA,NA,NA,1220,15,1234,1220,15,1234"
    figures = load(tmp_path, catalog, [line])
    troops = figures.contributions[figures.contributions["category"] == "troops"].iloc[0]
    assert (troops["count"], troops["female_count"]) == (1234, 15)


def test_na_is_none_reported_and_no_row(tmp_path, catalog):
    line = contributor_line("2013-05-31", "Ghana", "GHA", "UNMIL", troops="NA", police=20, total=20)
    figures = load(tmp_path, catalog, [line])
    assert sorted(figures.contributions["category"]) == ["individual_police", "total"]


def test_a_row_that_reports_nothing_gives_no_figure(tmp_path, catalog):
    line = "2009-11-30,United States of America,USA,MINURCAT" + ",NA" * 15
    assert load(tmp_path, catalog, [line]).contributions.empty


def test_a_code_outside_iso_3166_fails(tmp_path, catalog):
    with pytest.raises(O.OfficialDataError, match="XKO"):
        load(tmp_path, catalog, [contributor_line("2013-05-31", "Kosovo", "XKO", "UNMIL", troops=1)])


def test_an_unknown_mission_fails_and_names_itself(tmp_path, catalog):
    with pytest.raises(O.OfficialDataError, match="UNXYZ"):
        load(tmp_path, catalog, [contributor_line("2013-05-31", "China", "CHN", "UNXYZ", troops=1)])


def test_bundled_contributors_file_after_the_fixes(bundled):
    frame = bundled.contributions
    assert bundled.dropped["official_contributions/exact_duplicates"] == 4599
    facts = frame[["month", "contributor_iso3", "mission_acronym"]].drop_duplicates()
    # 32,571 country x mission rows, of which 248 report nothing at all (every cell NA): no figure, no row.
    assert len(facts) == 32571 - 248
    assert frame["contributor_iso3"].nunique() == 131
    assert frame["mission_acronym"].nunique() == 26
    assert not frame["contributor_iso3"].str.contains("'").any()
    # The shared README says 2012-02 is missing: in this copy every month from 2009-11 to 2014-08 is there
    # (2012-02 with 535 country x mission rows). A missing month would take the nearest (test_views).
    months = set(frame["month"])
    assert D(2012, 2, 1) in months and len(months) == 58
    ok, bad = split_valid("official_contributions", frame)
    assert len(bad) == 0 and len(ok) == len(frame)


def test_the_macedonian_spellings_share_one_code(bundled):
    raw = pd.read_csv(REFERENCE / "official" / O.CONTRIBUTORS_FILE, dtype=str, keep_default_na=False)
    assert raw.loc[raw["Contributor_ISO-3"].str.rstrip("'") == "MKD", "Contributor"].str.rstrip("'").nunique() == 2
    assert "MKD" in set(bundled.contributions["contributor_iso3"])


def test_binub_and_bnub_join_the_catalog(bundled, catalog):
    missions = set(bundled.contributions["mission_acronym"])
    assert {"BINUB", "BNUB"} <= missions
    assert catalog.get("BINUB")["kind"] == "political"


def test_spot_checks_of_the_readme(bundled):
    frame = bundled.contributions
    china = frame[(frame["contributor_iso3"] == "CHN") & (frame["category"] == "troops")
                  & (frame["mission_acronym"] == "MINUSMA")]
    assert dict(zip(china["month"], china["count"])) == {
        D(2013, 10, 1): 7, D(2013, 11, 1): 22, D(2013, 12, 1): 157, D(2014, 1, 1): 402, D(2014, 2, 1): 402,
        D(2014, 3, 1): 402, D(2014, 4, 1): 402, D(2014, 5, 1): 401, D(2014, 6, 1): 401, D(2014, 7, 1): 401,
        D(2014, 8, 1): 401}
    total = frame[(frame["contributor_iso3"] == "CHN") & (frame["category"] == "total")]
    by_month = total.groupby("month")["count"].sum()
    assert (by_month[D(2013, 5, 1)], by_month[D(2013, 7, 1)]) == (1645, 1773)


# --- the mission file ---------------------------------------------------------------------------------------------


def test_generic_acronyms_resolve_by_month(tmp_path, catalog):
    figures = load(tmp_path, catalog, missions=[
        mission_line("1990-11-30", "UNAVEM", 70), mission_line("1991-06-30", "UNAVEM", 350),
        mission_line("1995-05-31", "UNAVEM", 1969), mission_line("1992-08-31", "UNOSOM", 50),
        mission_line("1993-05-31", "UNOSOM", 20000)])
    assert figures.mission_strength[["month", "mission_acronym"]].values.tolist() == [
        [D(1990, 11, 1), "UNAVEM I"], [D(1991, 6, 1), "UNAVEM II"], [D(1995, 5, 1), "UNAVEM III"],
        [D(1992, 8, 1), "UNOSOM I"], [D(1993, 5, 1), "UNOSOM II"]]


def test_a_generic_row_beside_the_named_operation_gives_way(tmp_path, catalog):
    figures = load(tmp_path, catalog, missions=[
        mission_line("1994-06-30", "UNAVEM", 12), mission_line("1994-06-30", "UNAVEM II", 11)])
    assert figures.mission_strength[["mission_acronym", "troops"]].values.tolist() == [["UNAVEM II", 11]]
    assert figures.dropped["mission_strength/generic_beside_explicit"] == 1


def test_renamed_and_non_catalog_missions(tmp_path, catalog):
    figures = load(tmp_path, catalog, missions=[
        mission_line("2005-01-31", "ONUCI", 6000), mission_line("1998-03-31", "UNPSG", "NA", police=180),
        mission_line("1996-01-31", "IPTF", "NA", police=1500), mission_line("2010-01-31", "LBB", 1),
        mission_line("2012-01-31", "UNSOS", 1)])
    assert figures.mission_strength["mission_acronym"].tolist() == ["UNOCI", "UNCPSG", "UNMIBH"]
    assert figures.dropped["mission_strength/not_in_catalog"] == 2
    with pytest.raises(O.OfficialDataError, match="UNQQQ"):
        load(tmp_path, catalog, missions=[mission_line("2010-01-31", "UNQQQ", 1)])


def test_bundled_mission_file(bundled):
    frame = bundled.mission_strength
    minusma = frame[(frame["mission_acronym"] == "MINUSMA") & (frame["month"] == D(2013, 7, 1))].iloc[0]
    assert (minusma["troops"], minusma["police"], minusma["total"], minusma["n_contributors"]) == (5494, 800,
                                                                                                   6294, 28)
    assert pd.isna(minusma["observers"])
    ok, bad = split_valid("mission_strength", frame)
    assert len(bad) == 0 and len(ok) == len(frame) == 5242


def test_without_the_snapshots_the_tables_are_empty(tmp_path, catalog):
    figures = O.load_official_figures(tmp_path, catalog)
    assert figures.contributions.empty and figures.mission_strength.empty


# --- claims matched to the UN's month and category -------------------------------------------------------------


def claim(cid, iso3, mission, scope, kind, best, status, as_of, precision="day", low=None, high=None):
    # The evidence carries the test's name of the claim (ids must be 16 hex digits).
    return {"contribution_id": hashlib.sha256(cid.encode()).hexdigest()[:16], "doc_id": "d" * 16, "contributor_iso3": iso3, "mission_acronym": mission,
            "scope": scope, "personnel_type": kind, "count_low": low if low is not None else best,
            "count_high": high if high is not None else best, "count_best": best, "count_approx": False,
            "status": status, "as_of_date": as_of, "as_of_precision": precision, "evidence": cid,
            "char_start": 0, "char_end": 11, "figure_text": str(best), "mission_method": "sentence",
            "extractor": "test"}


@pytest.fixture(scope="module")
def compare(bundled):
    con = duckdb.connect(":memory:")
    create_tables(con, ["contributions", "official_contributions"])
    con.register("official_frame", bundled.contributions)
    con.execute("INSERT INTO official_contributions SELECT * FROM official_frame")
    create_views(con, ["contributions", "official_contributions"])

    def run(*claims) -> list[tuple]:
        con.execute("DELETE FROM contributions")
        con.register("claims_frame", pd.DataFrame(list(claims)))
        con.execute("INSERT INTO contributions SELECT * FROM claims_frame")
        return con.execute("SELECT evidence, official_category, official_month, official_count, "
                           "official_total, flag, basis FROM v_claims_vs_official").fetchall()

    yield run
    con.close()


def test_a_claim_is_matched_to_its_month_or_the_nearest_reported_one(compare):
    [row] = compare(claim("c1", "CHN", None, "all_un_pko", "peacekeepers", 1900, "serving", D(2012, 2, 15)))
    assert row[2] == D(2012, 2, 1) and row[6] == "count of the claim's month"
    # After the snapshot's last month (2014-08), within three months: the nearest is 2014-08.
    [row] = compare(claim("c2", "CHN", "MINUSMA", "mission", "troops", 400, "serving", D(2014, 10, 20)))
    assert row[1:4] == ("troops", D(2014, 8, 1), 401)
    assert row[5:] == ("agrees", "nearest reported month: 2014-08")


def test_china_about_2000_troops_in_may_2013(compare):
    """The issue's example: 'about 2,000 troops in missions around the world' against 1,580 troops of 1,645."""
    assert compare(claim("c1", "CHN", None, "all_un_pko", "troops", 2000, "serving", D(2013, 5, 23))) == [
        ("c1", "troops", D(2013, 5, 1), 1580, 1645, "higher", "count of the claim's month")]


def test_categories_of_the_claim(compare):
    rows = compare(
        claim("p", "CHN", None, "all_un_pko", "peacekeepers", 1773, "serving", D(2013, 7, 1)),
        claim("q", "CHN", None, "all_un_pko", "police", 32, "serving", D(2013, 5, 1)),
        claim("r", "CHN", "MINUSMA", "mission", "engineers", 155, "deployed", D(2014, 1, 1)))
    by_id = {r[0]: r for r in rows}
    assert by_id["p"][1:4] == ("total", D(2013, 7, 1), 1773) and by_id["p"][5] == "agrees"
    assert by_id["q"][1] == "police" and by_id["q"][3] == 32 and by_id["q"][5] == "agrees"
    assert by_id["r"][1:] == (None, None, None, None, "no official figure",
                              "not compared: the UN does not count engineers apart")


def test_an_offer_is_compared_with_the_first_months_after_deployment(compare):
    [row] = compare(claim("o", "CHN", "MINUSMA", "mission", "troops", 550, "offered", D(2013, 5, 22), low=500,
                          high=600))
    assert row[1:6] == ("troops", D(2014, 1, 1), 402, 402, "higher")
    assert row[6] == "plan: highest count of the six months from the first deployment reported after it (2013-10)"


def test_outside_the_snapshot_there_is_no_official_figure(compare):
    [row] = compare(claim("x", "CHN", "MINUSMA", "mission", "troops", 395, "serving", D(2019, 5, 1)))
    assert row[5:] == ("no official figure", "no official count within three months")


def test_the_agreement_figures_count_serving_and_deployed_claims(bundled):
    from pipeline.official_agreement import agreement, summarise

    con = duckdb.connect(":memory:")
    try:
        create_tables(con, ["contributions", "official_contributions"])
        con.register("official_frame", bundled.contributions)
        con.execute("INSERT INTO official_contributions SELECT * FROM official_frame")
        create_views(con, ["contributions", "official_contributions"])
        con.register("claims_frame", pd.DataFrame([
            claim("agrees", "CHN", None, "all_un_pko", "peacekeepers", 1650, "serving", D(2013, 7, 1)),
            claim("higher", "CHN", None, "all_un_pko", "troops", 2000, "serving", D(2013, 5, 23)),
            claim("too late", "CHN", None, "all_un_pko", "troops", 2400, "serving", D(2016, 5, 1)),
            claim("an offer", "CHN", "MINUSMA", "mission", "troops", 500, "offered", D(2013, 5, 23))]))
        con.execute("INSERT INTO contributions SELECT * FROM claims_frame")
        figures = summarise(agreement(con))
    finally:
        con.close()
    assert figures == {"n_claims": 3, "n_with_official": 2, "n_agree": 1, "n_higher": 1, "n_lower": 0,
                       "n_in_coverage": 2, "share_with_official": 0.667, "share_agree": 0.5}
