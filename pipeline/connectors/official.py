"""Official figures: the UN's monthly uniformed personnel by contributor, mission and category, as CSV.

The UN's Peace and Security Data Hub and the Humanitarian Data Exchange publish the series as CSV files; the
project's embedded snapshot (``sources/reference/official/``) has the shape of the International Peace
Institute's compilation of them. This connector fetches a CSV of that shape from ``PKDATA_OFFICIAL_URL``, checks
its header, and replaces the snapshot atomically when its bytes changed (remembered by their hash), so that the
next build joins the claims to the newer counts. A file of another shape is refused with the columns it lacks:
the snapshot stays as it was.
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

from pipeline.connectors.http import ConnectorError, PoliteClient
from pipeline.connectors.landing import DocumentSink, FetchReport, atomic_write

NAME = "official"
SNAPSHOT = "ipi_ppp_full_gender_data_2009-11_2014-08.csv"
REQUIRED = ("Date", "Contributor", "Contributor_ISO-3", "Mission", "Individual_Police_Total",
            "Formed_Police_Units_Total", "Experts_on_Mission_Total", "Troops_Total", "Total_Total")


@dataclass(frozen=True)
class OfficialConfig:
    url: str
    reference_dir: Path
    file_name: str = SNAPSHOT


def fetch(client: PoliteClient, sink: DocumentSink, cfg: OfficialConfig) -> FetchReport:
    if not cfg.url:
        raise ConnectorError("set PKDATA_OFFICIAL_URL to the CSV of monthly contributions by country and mission "
                             "(the Data Hub's or HDX's export, in the columns of sources/reference/official/)")
    report = FetchReport(NAME)
    data = client.get(cfg.url).content
    digest = hashlib.sha256(data).hexdigest()
    state = sink.load_state(NAME)
    report.requests, report.cursor = client.requests, digest[:16]
    if state.get("sha256") == digest:
        return report  # nothing new
    header = next(csv.reader(io.StringIO(data[:65536].decode("utf-8-sig", errors="replace"))), [])
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise ConnectorError(f"{cfg.url} is not a contributions CSV of the expected shape: it lacks "
                             f"{', '.join(missing)}; the snapshot was kept")
    target = Path(cfg.reference_dir) / "official" / cfg.file_name
    atomic_write(target, data)
    sink.save_state(NAME, {"sha256": digest, "url": cfg.url, "file": str(target)})
    report.added.append(cfg.file_name)
    return report
