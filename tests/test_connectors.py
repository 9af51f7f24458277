"""Connectors on recorded responses (tests/data/connectors/): new items, nothing new, a failing server, malformed
items, and the Dagster assets that run them. No test touches the network: respx answers every request."""

import csv
import json
from pathlib import Path

import dagster as dg
import httpx
import pytest
import respx

from pipeline.assets.connectors import ConnectorSettings, official_counts, reliefweb_reports
from pipeline.connectors import ConnectorError, DocumentSink, PoliteClient, official, reliefweb, un_news
from pipeline.definitions import build_job, defs
from pipeline.ingest.manifest import read_manifest
from pipeline.settings import PipelineSettings

DATA = Path(__file__).parent / "data" / "connectors"


class FakeTime:
    """A clock that only moves when the client sleeps: tests never wait."""

    def __init__(self):
        self.now, self.sleeps = 0.0, []

    def clock(self):
        return self.now

    def sleep(self, seconds):
        self.sleeps.append(round(seconds, 3))
        self.now += seconds


def client(fake=None, **kw):
    fake = fake or FakeTime()
    return PoliteClient(sleep=fake.sleep, clock=fake.clock, **kw)


def manifest_rows(folder: Path) -> list[dict]:
    with open(folder / "manifest.csv", encoding="utf-8") as f:
        return list(csv.DictReader(f))


RW_CFG = reliefweb.ReliefWebConfig(appname="test-app")


def rw_route(router, **response):
    return router.post(reliefweb.API).mock(return_value=httpx.Response(**response))


def rw_page():
    return json.loads((DATA / "reliefweb_page.json").read_text())


# --- ReliefWeb ------------------------------------------------------------------------------------------------
def test_reliefweb_new_items_land_with_complete_manifest_rows(tmp_path):
    with respx.mock(assert_all_called=True) as router, client() as c:
        route = rw_route(router, status_code=200, json=rw_page())
        report = reliefweb.fetch(c, DocumentSink(tmp_path), RW_CFG)
    sent = json.loads(route.calls[0].request.content)
    assert route.calls[0].request.url.params["appname"] == "test-app"
    assert sent["filter"] == {"field": "date.created", "value": {"from": RW_CFG.since}}
    assert sent["sort"] == ["date.created:asc", "id:asc"]
    assert len(report.added) == 2 and report.skipped == ["4100003: malformed item (id, title, body or date.created "
                                                         "missing)"]
    rows = manifest_rows(tmp_path)
    assert [r["url"] for r in rows] == ["https://reliefweb.int/report/south-sudan/placeholder-rotation",
                                        "https://reliefweb.int/node/4100002"]
    first = rows[0]
    assert (first["publisher"], first["published_date"], first["date_precision"], first["language"]) == (
        "UN Mission in South Sudan", "2024-03-04", "day", "en")
    assert first["license"].startswith("terms of the original publisher")
    text = (tmp_path / first["file"]).read_text()
    assert text.startswith("Placeholder: contingent rotation in South Sudan\n\n") and "850 troops" in text
    entries, problems = read_manifest(tmp_path / "manifest.csv")
    assert problems == [] and len(entries) == 2
    assert report.cursor == "2024-03-06T08:30:00+00:00"


def test_reliefweb_second_run_fetches_nothing_new_and_asks_from_the_cursor(tmp_path):
    sink = DocumentSink(tmp_path)
    with respx.mock() as router, client() as c:
        rw_route(router, status_code=200, json=rw_page())
        reliefweb.fetch(c, sink, RW_CFG)
    before = (tmp_path / "manifest.csv").read_bytes()
    with respx.mock() as router, client() as c:
        route = rw_route(router, status_code=200, json=rw_page())
        report = reliefweb.fetch(c, DocumentSink(tmp_path), RW_CFG)
    assert json.loads(route.calls[0].request.content)["filter"]["value"]["from"] == "2024-03-06T08:30:00+00:00"
    assert report.added == []
    assert (tmp_path / "manifest.csv").read_bytes() == before


def test_reliefweb_failing_server_is_retried_with_backoff_then_reported(tmp_path):
    fake = FakeTime()
    with respx.mock() as router, client(fake, retries=3, backoff=2.0) as c:
        route = rw_route(router, status_code=503)
        with pytest.raises(ConnectorError, match="failed 4 times .*HTTP 503"):
            reliefweb.fetch(c, DocumentSink(tmp_path), RW_CFG)
    assert route.call_count == 4
    assert fake.sleeps == [2.0, 4.0, 8.0]
    assert not (tmp_path / "manifest.csv").exists()


def test_a_passing_fault_is_retried_and_retry_after_is_honoured(tmp_path):
    fake = FakeTime()
    with respx.mock() as router, client(fake) as c:
        router.post(reliefweb.API).mock(side_effect=[
            httpx.Response(429, headers={"Retry-After": "7"}),
            httpx.ConnectError("connection refused"),
            httpx.Response(200, json=rw_page())])
        report = reliefweb.fetch(c, DocumentSink(tmp_path), RW_CFG)
    assert len(report.added) == 2
    assert fake.sleeps[:2] == [7.0, 4.0]  # the server's 7 s, then the back-off of the second attempt


def test_reliefweb_refuses_to_run_without_an_appname_and_on_403(tmp_path):
    with pytest.raises(ConnectorError, match="PKDATA_RELIEFWEB_APPNAME"):
        reliefweb.fetch(client(), DocumentSink(tmp_path), reliefweb.ReliefWebConfig(appname=""))
    with respx.mock() as router, client() as c:
        route = rw_route(router, status_code=403, text="AccessDeniedHttpException")
        with pytest.raises(ConnectorError, match="answered 403.*check the connector's settings"):
            reliefweb.fetch(c, DocumentSink(tmp_path), RW_CFG)
    assert route.call_count == 1  # a refusal is not retried


def test_requests_are_spaced_by_the_rate_limit():
    fake = FakeTime()
    with respx.mock() as router, client(fake, min_interval=1.5) as c:
        router.get("https://example.org/a").mock(return_value=httpx.Response(200))
        c.get("https://example.org/a")
        fake.now += 0.5
        c.get("https://example.org/a")
        request = router.calls[0].request
    assert fake.sleeps == [1.0]
    assert request.headers["User-Agent"].startswith("pkdata/")


# --- UN News ---------------------------------------------------------------------------------------------------
def un_news_routes(router):
    router.get(un_news.FEED).mock(return_value=httpx.Response(200, content=(DATA / "un_news_feed.xml").read_bytes()))
    return router.get(url__startswith="https://news.un.org/en/story/").mock(
        return_value=httpx.Response(200, content=(DATA / "un_news_article.html").read_bytes()))


def test_un_news_new_items_are_saved_as_html_with_their_rows(tmp_path):
    with respx.mock() as router, client() as c:
        articles = un_news_routes(router)
        report = un_news.fetch(c, DocumentSink(tmp_path), un_news.UNNewsConfig())
    assert articles.call_count == 2
    assert len(report.added) == 2 and report.skipped[0].endswith("malformed item (link, title or date missing)")
    rows = manifest_rows(tmp_path)
    assert [(r["published_date"], r["publisher"]) for r in rows] == [("2024-03-04", "UN News"),
                                                                      ("2024-03-05", "UN News")]
    assert all(r["file"].endswith(".html") and (tmp_path / r["file"]).exists() for r in rows)


def test_un_news_second_run_asks_only_for_the_feed(tmp_path):
    with respx.mock() as router, client() as c:
        un_news_routes(router)
        un_news.fetch(c, DocumentSink(tmp_path), un_news.UNNewsConfig())
    with respx.mock(assert_all_called=False) as router, client() as c:
        articles = un_news_routes(router)
        report = un_news.fetch(c, DocumentSink(tmp_path), un_news.UNNewsConfig())
    assert report.added == [] and articles.call_count == 0


def test_un_news_unreadable_feed_is_an_error(tmp_path):
    with respx.mock() as router, client() as c:
        router.get(un_news.FEED).mock(return_value=httpx.Response(200, content=b"\x00\x01 not a feed"))
        with pytest.raises(ConnectorError, match="could not be read"):
            un_news.fetch(c, DocumentSink(tmp_path), un_news.UNNewsConfig())


def test_a_url_already_in_a_hand_made_manifest_is_not_added_and_licence_goes_to_notes(tmp_path):
    (tmp_path / "manifest.csv").write_text(
        "source_name,file,title,publisher,url,published_date,date_precision,language,notes\n"
        "mine,mine.txt,,,https://news.un.org/en/story/2024/03/1000001,,,en,\n")
    with respx.mock() as router, client() as c:
        un_news_routes(router)
        report = un_news.fetch(c, DocumentSink(tmp_path), un_news.UNNewsConfig())
    assert len(report.added) == 1 and any("URL already in the manifest" in s for s in report.skipped)
    rows = manifest_rows(tmp_path)
    assert rows[0]["source_name"] == "mine" and rows[1]["notes"].endswith("license: " + un_news.LICENSE)


# --- Official counts -------------------------------------------------------------------------------------------
def test_official_csv_replaces_the_snapshot_once_and_refuses_another_shape(tmp_path):
    docs, ref = tmp_path / "docs", tmp_path / "ref"
    cfg = official.OfficialConfig(url="https://data.example.org/contributions.csv", reference_dir=ref)
    body = (DATA / "official.csv").read_bytes()
    with respx.mock() as router, client() as c:
        router.get(cfg.url).mock(return_value=httpx.Response(200, content=body))
        first = official.fetch(c, DocumentSink(docs), cfg)
        second = official.fetch(c, DocumentSink(docs), cfg)
    assert first.added == [official.SNAPSHOT] and second.added == []
    assert (ref / "official" / official.SNAPSHOT).read_bytes() == body
    with respx.mock() as router, client() as c:
        router.get(cfg.url).mock(return_value=httpx.Response(200, content=b"Date,Country,Count\n2014-09-30,X,1\n"))
        with pytest.raises(ConnectorError, match="lacks Contributor, Contributor_ISO-3"):
            official.fetch(c, DocumentSink(docs), cfg)
    assert (ref / "official" / official.SNAPSHOT).read_bytes() == body


# --- Dagster ---------------------------------------------------------------------------------------------------
def test_connectors_are_off_by_default_and_outside_the_build_job():
    assert not ConnectorSettings(enabled="").is_on("reliefweb")
    build_keys = build_job.selection.resolve(defs.resolve_asset_graph())
    assert dg.AssetKey("reliefweb_reports") not in build_keys
    assert dg.AssetKey("published_dataset") in build_keys
    schedule = defs.resolve_schedule_def("fetch_sources_daily")
    assert schedule.default_status == dg.DefaultScheduleStatus.STOPPED


def test_connector_assets_materialize_on_recorded_responses(tmp_path):
    settings = PipelineSettings(documents_dir=str(tmp_path / "docs"), reference_dir=str(tmp_path / "ref"),
                                output_dir=str(tmp_path / "out"))
    off = dg.materialize([reliefweb_reports], resources={"settings": settings, "connectors": ConnectorSettings(
        enabled="")})
    assert off.asset_materializations_for_node("reliefweb_reports")[0].metadata["enabled"].value is False
    on = ConnectorSettings(enabled="reliefweb,official", reliefweb_appname="test-app", min_interval=0.0,
                           official_url="https://data.example.org/c.csv")
    with respx.mock() as router:
        rw_route(router, status_code=200, json=rw_page())
        router.get(on.official_url).mock(return_value=httpx.Response(200, content=(DATA / "official.csv")
                                                                     .read_bytes()))
        result = dg.materialize([reliefweb_reports, official_counts],
                                resources={"settings": settings, "connectors": on})
    meta = result.asset_materializations_for_node("reliefweb_reports")[0].metadata
    assert (meta["added"].value, meta["skipped"].value) == (2, 1)
    assert (tmp_path / "ref" / "official" / official.SNAPSHOT).exists()
