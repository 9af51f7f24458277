"""ReliefWeb reports (API v2): new reports matching a peacekeeping query, oldest first, since the last run.

The API needs an application name approved by ReliefWeb (``appname``): it is a setting
(``PKDATA_RELIEFWEB_APPNAME``), never a built-in value. One POST per page, as documented at
https://apidoc.reliefweb.int: a full-text ``query``, a ``filter`` on ``date.created``, the ``fields`` to include,
``sort`` and ``limit``/``offset``. The cursor is the newest ``date.created`` fetched, with the ids seen at that
instant, so a report created in the same second as the last one fetched is neither lost nor fetched twice.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.connectors.http import ConnectorError, PoliteClient
from pipeline.connectors.landing import DocumentSink, FetchReport

NAME = "reliefweb"
API = "https://api.reliefweb.int/v2/reports"
FIELDS = ["title", "body", "url", "url_alias", "date.created", "date.original", "source.name", "language.code"]
LICENSE = "terms of the original publisher (reposted by ReliefWeb; see the source's site)"


@dataclass(frozen=True)
class ReliefWebConfig:
    appname: str
    query: str = 'peacekeeping OR peacekeepers OR "peace operation" OR contingent'
    since: str = "2024-01-01T00:00:00+00:00"  # where the first run starts
    page_size: int = 50
    max_items: int = 200  # per run: a backlog is fetched over several runs


def _payload(cfg: ReliefWebConfig, since: str, offset: int) -> dict:
    return {
        "query": {"value": cfg.query, "fields": ["title", "body"]},
        "filter": {"field": "date.created", "value": {"from": since}},
        "fields": {"include": FIELDS},
        "sort": ["date.created:asc", "id:asc"],
        "limit": cfg.page_size,
        "offset": offset,
    }


def _document(item: dict) -> tuple[str, str, bytes, dict, str]:
    """(id, title, text bytes, manifest fields, date.created) of one API item; ValueError when malformed."""
    fields = item.get("fields")
    if not isinstance(fields, dict):
        raise ValueError("no fields")
    key = str(item.get("id") or fields.get("id") or "")
    title, body = (fields.get("title") or "").strip(), (fields.get("body") or "").strip()
    created = (fields.get("date") or {}).get("created") or ""
    if not key or not title or not body or len(created) < 10:
        raise ValueError("id, title, body or date.created missing")
    original = (fields.get("date") or {}).get("original") or created
    sources = [s.get("name") for s in fields.get("source") or [] if isinstance(s, dict) and s.get("name")]
    languages = [x.get("code") for x in fields.get("language") or [] if isinstance(x, dict) and x.get("code")]
    row = {"url": fields.get("url_alias") or fields.get("url") or "", "publisher": "; ".join(sources),
           "published_date": original[:10], "date_precision": "day",
           "language": languages[0] if languages else "en", "license": LICENSE,
           "notes": f"ReliefWeb report {key}, fetched by the reliefweb connector"}
    return key, title, f"{title}\n\n{body}\n".encode(), row, created


def fetch(client: PoliteClient, sink: DocumentSink, cfg: ReliefWebConfig) -> FetchReport:
    """Fetch the reports created since the stored cursor into ``sink``; the state is saved after each page."""
    if not cfg.appname:
        raise ConnectorError("ReliefWeb needs an approved application name: set PKDATA_RELIEFWEB_APPNAME "
                             "(request one at https://apidoc.reliefweb.int/parameters#appname)")
    state = sink.load_state(NAME)
    since, seen = state.get("cursor") or cfg.since, set(state.get("seen_at_cursor") or [])
    report, offset = FetchReport(NAME, cursor=since), 0
    while len(report.added) + len(report.skipped) < cfg.max_items:
        response = client.post(API, params={"appname": cfg.appname}, json=_payload(cfg, since, offset))
        try:
            items = response.json()["data"]
        except (ValueError, KeyError, TypeError) as exc:
            raise ConnectorError(f"ReliefWeb answered something that is not a reports list ({exc!r})") from exc
        for item in items:
            _take(item, sink, report, seen, since)
        state = {"cursor": report.cursor, "seen_at_cursor": sorted(seen)}
        sink.save_state(NAME, state)
        if len(items) < cfg.page_size:
            break
        offset += len(items)
    report.requests = client.requests
    return report


def _take(item: dict, sink: DocumentSink, report: FetchReport, seen: set[str], since: str) -> None:
    try:
        key, title, content, row, created = _document(item)
    except ValueError as exc:
        report.skipped.append(f"{item.get('id', '?') if isinstance(item, dict) else '?'}: malformed item ({exc})")
        return
    if key in seen or created < since:
        return  # fetched by an earlier run
    name = sink.add(NAME, key, title, content, ".txt", row)
    (report.added if name else report.skipped).append(name or f"{key}: URL already in the manifest")
    if created > (report.cursor or ""):
        report.cursor = created  # ascending order: the ids seen at the older instant are no longer needed
        seen.clear()
    seen.add(key)
