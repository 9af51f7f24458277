"""UN News, peace and security: the RSS feed's new items, each article page fetched and saved as HTML.

The feed (feedparser reads it) lists the latest stories; what was fetched is remembered by the items' ids, so a
run asks only for the articles it has not seen. The HTML is saved as served: the pipeline's HTML reader keeps the
main text and drops the page furniture.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.connectors.http import ConnectorError, PoliteClient
from pipeline.connectors.landing import DocumentSink, FetchReport

NAME = "un_news"
FEED = "https://news.un.org/feed/subscribe/en/news/topic/peace-and-security/feed/rss.xml"
LICENSE = "UN terms of use: reproduction permitted with attribution"
REMEMBER = 2000  # ids kept: far more than a feed ever lists


@dataclass(frozen=True)
class UNNewsConfig:
    feed_url: str = FEED
    max_items: int = 50


def fetch(client: PoliteClient, sink: DocumentSink, cfg: UNNewsConfig) -> FetchReport:
    state = sink.load_state(NAME)
    seen: list[str] = list(state.get("seen") or [])
    known = set(seen)
    report = FetchReport(NAME, cursor=state.get("last_published"))
    import feedparser  # here, not at the top: a build, which never fetches, skips its import

    feed = feedparser.parse(client.get(cfg.feed_url).content)
    if feed.bozo and not feed.entries:
        raise ConnectorError(f"the UN News feed could not be read ({feed.get('bozo_exception')!r}); "
                             f"check PKDATA_UN_NEWS_FEED ({cfg.feed_url})")
    for entry in feed.entries[: cfg.max_items]:
        key = entry.get("id") or entry.get("link") or ""
        if not key or key in known:
            continue
        _take(client, sink, report, entry, key)
        seen.append(key)
        known.add(key)
        sink.save_state(NAME, {"seen": seen[-REMEMBER:], "last_published": report.cursor})
    report.requests = client.requests
    return report


def _take(client: PoliteClient, sink: DocumentSink, report: FetchReport, entry, key: str) -> None:
    link, title, parsed = entry.get("link"), (entry.get("title") or "").strip(), entry.get("published_parsed")
    if not link or not title or not parsed:
        report.skipped.append(f"{key}: malformed item (link, title or date missing)")
        return
    published = "%04d-%02d-%02d" % tuple(parsed[:3])
    try:
        page = client.get(link)
    except ConnectorError as exc:
        report.skipped.append(f"{key}: {exc}")
        return
    row = {"url": link, "publisher": "UN News", "published_date": published, "date_precision": "day",
           "language": "en", "license": LICENSE, "notes": "UN News article, fetched by the un_news connector"}
    name = sink.add(NAME, key, title, page.content, ".html", row)
    (report.added if name else report.skipped).append(name or f"{key}: URL already in the manifest")
    report.cursor = max(report.cursor or "", published)
