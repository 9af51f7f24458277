"""Connector assets: fetch new documents and official figures into the folders a build reads.
They are not part of ``build_dataset``: the job ``fetch_sources`` runs them, on the schedule ``fetch_sources_daily``
(02:00 UTC, an hour before the daily build; stopped until turned on). Each one is off until named in
``PKDATA_CONNECTORS`` (comma-separated: ``reliefweb,un_news,official``); an asset that is off records that it did
nothing and how to turn it on.
"""


import os
from pathlib import Path

import dagster as dg

from pipeline.connectors import DocumentSink, PoliteClient, official, reliefweb, un_news
from pipeline.settings import PipelineSettings

GROUP = "connectors"


def _env(name: str, default: str = "") -> str:
    return os.environ.get(name) or default


class ConnectorSettings(dg.ConfigurableResource):
    """Which connectors may run and how: every value can come from the environment."""

    enabled: str = _env("PKDATA_CONNECTORS")  # comma-separated names; empty: all off
    reliefweb_appname: str = _env("PKDATA_RELIEFWEB_APPNAME")
    reliefweb_query: str = _env("PKDATA_RELIEFWEB_QUERY", reliefweb.ReliefWebConfig.query)
    reliefweb_since: str = _env("PKDATA_RELIEFWEB_SINCE", reliefweb.ReliefWebConfig.since)
    un_news_feed: str = _env("PKDATA_UN_NEWS_FEED", un_news.FEED)
    official_url: str = _env("PKDATA_OFFICIAL_URL")
    min_interval: float = float(_env("PKDATA_FETCH_INTERVAL", "1.0"))  # seconds between two requests
    max_items: int = int(_env("PKDATA_FETCH_MAX_ITEMS", "200"))  # per connector and run

    def is_on(self, name: str) -> bool:
        return name in {x.strip() for x in self.enabled.split(",") if x.strip()}

    def client(self) -> PoliteClient:
        return PoliteClient(min_interval=self.min_interval)


def _run(context: dg.AssetExecutionContext, name: str, connectors: ConnectorSettings, settings: PipelineSettings,
         fetch) -> dg.MaterializeResult:
    if not connectors.is_on(name):
        context.log.info(f"connector {name} is off: add it to PKDATA_CONNECTORS to turn it on")
        return dg.MaterializeResult(metadata={"enabled": False, "added": 0})
    with connectors.client() as client:
        report = fetch(client, DocumentSink(Path(settings.documents_dir)))
    for reason in report.skipped:
        context.log.warning(f"{name}: skipped {reason}")
    return dg.MaterializeResult(metadata={"enabled": True, **report.metadata()})


@dg.asset(group_name=GROUP, description="New ReliefWeb reports on peace operations, into the documents folder.")
def reliefweb_reports(context: dg.AssetExecutionContext, connectors: ConnectorSettings,
                      settings: PipelineSettings) -> dg.MaterializeResult:
    cfg = reliefweb.ReliefWebConfig(appname=connectors.reliefweb_appname, query=connectors.reliefweb_query,
                                    since=connectors.reliefweb_since, max_items=connectors.max_items)
    return _run(context, reliefweb.NAME, connectors, settings, lambda c, s: reliefweb.fetch(c, s, cfg))


@dg.asset(group_name=GROUP, description="New UN News peace-and-security stories, into the documents folder.")
def un_news_articles(context: dg.AssetExecutionContext, connectors: ConnectorSettings,
                     settings: PipelineSettings) -> dg.MaterializeResult:
    cfg = un_news.UNNewsConfig(feed_url=connectors.un_news_feed, max_items=connectors.max_items)
    return _run(context, un_news.NAME, connectors, settings, lambda c, s: un_news.fetch(c, s, cfg))


@dg.asset(group_name=GROUP, description="The UN's monthly personnel counts (CSV), into the reference folder.")
def official_counts(context: dg.AssetExecutionContext, connectors: ConnectorSettings,
                    settings: PipelineSettings) -> dg.MaterializeResult:
    cfg = official.OfficialConfig(url=connectors.official_url, reference_dir=Path(settings.reference_dir))
    return _run(context, official.NAME, connectors, settings, lambda c, s: official.fetch(c, s, cfg))


CONNECTOR_ASSETS = [reliefweb_reports, un_news_articles, official_counts]

fetch_job = dg.define_asset_job(
    "fetch_sources", selection=dg.AssetSelection.groups(GROUP), executor_def=dg.in_process_executor,
    description="Run the connectors that PKDATA_CONNECTORS turns on: new documents and official counts.")

fetch_schedule = dg.ScheduleDefinition(
    name="fetch_sources_daily", job=fetch_job, cron_schedule="0 2 * * *", execution_timezone="UTC",
    default_status=dg.DefaultScheduleStatus.STOPPED,
    description="Fetch new documents and official counts every day at 02:00 UTC, before the daily build.")
