"""The publisher's country and its forces' names (``pipeline.extract.publishers``): the shipped files validate,
bad files are refused with the line and what to change, and real dev publishers resolve as an analyst reads them."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract import publishers
from pipeline.extract.publishers import PublisherDataError, force_mentions, home_country


def test_shipped_files_validate() -> None:
    rules = publishers.load_publisher_rules()
    assert {r.kind for r in rules} == set(publishers.PUBLISHER_KINDS)
    names = publishers.load_force_names()
    assert "AUS" in names.home and names.own.search("the Defence Forces")


@pytest.mark.parametrize(("publisher", "url", "expected"), [
    # publishers of the real dev split
    ("Houses of the Oireachtas (Dáil Éireann debates)", "https://www.oireachtas.ie/en/debates/", "IRL"),
    ("UK Parliament (Hansard 1803-2005)", "https://api.parliament.uk/historic-hansard/", "GBR"),
    ("Parliament of Australia (ParlInfo, Senate Hansard)", "https://parlinfo.aph.gov.au/", "AUS"),  # not GBR
    ("Department of Veterans' Affairs, CLIK history library (clik.dva.gov.au)", "https://clik.dva.gov.au/x", "AUS"),
    ("Ministry of Defence of Hungary (kormany.hu 2010-2014 archive)", None, "HUN"),
    ("Ministry of National Defense, Republic of Korea", None, "KOR"),
    ("Secretariat of the International Peace Cooperation Headquarters, Cabinet Office of Japan (pko.go.jp)", None,
     "JPN"),
    ("The Presidency, Republic of South Africa", None, "ZAF"),
    # parliaments and congresses beyond the dev split (s5: the test split's layouts sit in their answers and tables)
    ("Congressional Research Service", "https://crsreports.congress.gov/product/pdf/RL/x", "USA"),
    ("U.S. Government Accountability Office", None, "USA"),
    ("U.S. Air Force", "https://www.af.mil/News/", "USA"),  # the .mil domain
    ("New Zealand Defence Force (nzdf.mil.nz)", "https://www.nzdf.mil.nz/x", "NZL"),  # not .mil
    ("Lok Sabha Secretariat", "https://sansad.in/ls/questions", "IND"),
    ("House of Commons of Canada", "https://www.ourcommons.ca/x", "CAN"),  # not GBR
    # speaking for no country: the UN, a mission's press office, NATO, news outlets, encyclopaedias
    ("UN News", "https://news.un.org/en/story/2008/02/1", None),
    ("United Nations Mission in South Sudan (UNMISS)", "https://unmiss.unmissions.org/x", None),
    ("Permanent Mission of the Republic of Cyprus to the United Nations", None, None),
    ("NATO", "https://www.nato.int/x", None),
    ("Voice of America", "https://www.voanews.com/x", None),
    ("Wikipedia (Wikimedia Foundation)", "https://en.wikipedia.org/wiki/X", None),
    ("Africa Defense Forum (U.S. Africa Command)", "https://adf-magazine.com/x", None),
    (None, None, None),
    ("", "not a url", None),
])
def test_home_country(publisher: str | None, url: str | None, expected: str | None) -> None:
    assert home_country(publisher, url) == expected


def test_force_mentions_need_the_home_country() -> None:
    text = "Eight ADF personnel are serving; the Defence Forces have 416 overseas."
    spans = [text[a:b] for a, b in force_mentions(text, 0, len(text), "AUS")]
    assert spans == ["ADF", "Defence Forces"]
    assert [text[a:b] for a, b in force_mentions(text, 0, len(text), "IRL")] == ["Defence Forces"]  # not ADF
    assert force_mentions(text, 0, len(text), None) == []
    assert force_mentions("the defence forces", 0, 18, "IRL") == []  # case-sensitive


HEADER = "kind,pattern,iso3,note\n"


@pytest.mark.parametrize(("body", "message"), [
    ("kind,pattern,iso\n", "columns must be"),
    (HEADER + "nation,Oireachtas,IRL,\n", "kind 'nation'"),
    (HEADER + "name,Oireachtas,,\n", "needs ISO3"),
    (HEADER + "body,Ministry,IRL,\n", "takes no ISO3"),
    (HEADER + "name,Oireachtas,IRX,\n", "not an ISO 3166-1"),
    (HEADER + "name,(Oireachtas,IRL,\n", "does not compile"),
    (HEADER + "host,Oireachtas.IE,IRL,\n", "lower-case host"),
    (HEADER + "name,Oireachtas,IRL,\nname,Oireachtas,IRL,\n", "line 3: name 'Oireachtas' is listed twice"),
])
def test_bad_publisher_files_are_refused(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "publisher_countries.csv"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(PublisherDataError, match=message):
        publishers.load_publisher_rules(path)


FORCES = "surface,iso3,scope,note\n"


@pytest.mark.parametrize(("body", "message"), [
    (FORCES + "ADF,AUS,always,\n", "scope 'always'"),
    (FORCES + "ADF,,home,\n", "needs ISO3"),
    (FORCES + "Army,GBR,own,\n", "takes no ISO3"),
    (FORCES + "ADF,AUS,home,\nADF,AUS,home,\n", "listed twice"),
    (FORCES + "AD(F,AUS,home,\n", "does not compile"),
])
def test_bad_force_files_are_refused(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "national_forces.csv"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(PublisherDataError, match=message):
        publishers.load_force_names(path)
