"""Source connectors: fetch new documents and official figures from public services into the project's folders.

Each connector is incremental (it remembers what it fetched, in ``<documents>/.connectors/<name>.json``, and asks
only for what is newer), polite (:class:`~pipeline.connectors.http.PoliteClient`: a rate limit, retries with
back-off, a user agent naming the project) and off by default: the Dagster schedule ``fetch_sources`` that runs
them starts stopped, and each connector refuses to run until its settings say it may (``PKDATA_CONNECTORS``).

Fetched documents land in ``<documents>/<connector>/`` with a complete manifest row (URL, publisher, licence,
publication date), where the documents sensor and the next build pick them up like any hand-added document.
"""

from pipeline.connectors import official, reliefweb, un_news
from pipeline.connectors.http import ConnectorError, PoliteClient
from pipeline.connectors.landing import DocumentSink, FetchReport

__all__ = ["ConnectorError", "DocumentSink", "FetchReport", "PoliteClient", "official", "reliefweb", "un_news"]
