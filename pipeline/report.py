"""A static report of a published dataset: HTML pages a journalist opens without any server.

``pkdata report`` (and every release, under ``report/``) writes:

- ``index.html``: what the dataset holds, every contributor and mission with links, the conflicting claims, and
  the data dictionary;
- ``contributors/<ISO3>.html``: the contributor's claims over time as a chart (beside the UN's official count of
  its personnel when the dataset has it), and every figure with its evidence sentence, document and link;
- ``missions/<ACRONYM>.html``: the mission's hosts, dates, predecessor and successor, its dated events and the
  figures claimed for it.

Charts are Vega-Lite specifications made with Vega-Altair and rendered to inline SVG by ``vl-convert`` (no
JavaScript, no network: the pages work from a USB stick). Pages are Jinja templates with autoescaping, since
every sentence in them comes from a document. The report reads the DuckDB file read-only and writes into a
staging folder that replaces the target in one rename.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import duckdb
import jinja2
import pycountry

from schemas.registry import TABLES
from schemas.views import VIEWS

TEMPLATES = Path(__file__).parent / "templates"
DATABASE_FILE = "peacekeeping.duckdb"
MAX_CHART_POINTS = 2000


class ReportError(RuntimeError):
    """The report cannot be made (no published database), with what to do."""


@dataclass(frozen=True)
class ReportResult:
    path: Path
    pages: int
    contributors: int
    missions: int


def country_name(iso3: str | None) -> str:
    if not iso3:
        return ""
    country = pycountry.countries.get(alpha_3=iso3)
    return getattr(country, "common_name", None) or (country.name if country else iso3)


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[dict]:
    cur = con.execute(sql, params or [])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def _has(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    return bool(con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name])
                .fetchone()[0])


_CLAIMS_SQL = """
SELECT c.contribution_id, c.contributor_iso3, c.mission_acronym, c.scope, c.personnel_type, c.count_low,
       c.count_high, c.count_best, c.count_approx, c.status, c.as_of_date, c.as_of_precision, c.evidence,
       c.extractor, d.source_name, d.title, d.publisher, d.url, d.published_date
FROM contributions c JOIN documents d USING (doc_id)
WHERE {where}
ORDER BY c.as_of_date NULLS LAST, coalesce(c.mission_acronym, c.scope), c.status, c.count_best, c.contribution_id
"""

# Claims that disagree: the same contributor, mission (or scope), status and as-of month with different figures.
_CONFLICTS_SQL = """
SELECT contributor_iso3, coalesce(mission_acronym, scope) AS mission, status,
       strftime(as_of_date, '%Y-%m') AS month,
       list(DISTINCT CASE WHEN count_low = count_high THEN format('{:,}', count_low)
                          WHEN count_high IS NULL THEN format('more than {:,}', count_low)
                          WHEN count_low IS NULL THEN format('up to {:,}', count_high)
                          ELSE format('{:,}–{:,}', count_low, count_high) END) AS figures,
       count(*) AS n_rows, count(DISTINCT doc_id) AS n_documents
FROM contributions
WHERE as_of_date IS NOT NULL AND count_best IS NOT NULL
GROUP BY ALL
HAVING count(DISTINCT (count_low, count_high)) > 1
ORDER BY contributor_iso3, mission, month, status
"""


def _chart_svg(claims: list[dict], official: list[dict]) -> str:
    """Claims over time (points by status) with the official count (a line) when there is one; inline SVG."""
    import altair as alt  # imported here: altair and vl-convert cost a second, needed only by the report
    import vl_convert

    points = [{"date": str(c["as_of_date"]), "figure": c["count_best"], "status": c["status"],
               "mission": c["mission_acronym"] or c["scope"], "source": c["source_name"]}
              for c in claims if c["as_of_date"] is not None and c["count_best"] is not None][:MAX_CHART_POINTS]
    if not points and not official:
        return ""
    layers = []
    if official:
        line = alt.Chart(alt.Data(values=official)).mark_line(color="#555", strokeDash=[4, 3]).encode(
            x=alt.X("date:T", title="as of"), y=alt.Y("figure:Q", scale=alt.Scale(type="symlog")),
            detail="series:N", tooltip=["series:N", "date:T", "figure:Q"])
        layers.append(line)
    if points:
        dots = alt.Chart(alt.Data(values=points)).mark_point(filled=True, size=70).encode(
            x=alt.X("date:T", title="as of"), y=alt.Y("figure:Q", title="personnel (symmetric log scale)",
                                                       scale=alt.Scale(type="symlog")),
            color=alt.Color("status:N", title="status"), shape=alt.Shape("mission:N", title="mission"),
            tooltip=["date:T", "figure:Q", "status:N", "mission:N", "source:N"])
        layers.append(dots)
    chart = alt.layer(*layers).properties(width=640, height=260)
    svg = vl_convert.vegalite_to_svg(chart.to_dict())
    return svg[svg.index("<svg"):] if "<svg" in svg else svg


def _official_series(con: duckdb.DuckDBPyConnection, iso3: str) -> list[dict]:
    """The UN's monthly count of the contributor's personnel over all missions, when the dataset has it."""
    if not _has(con, "official_contributions"):
        return []
    rows = _rows(con, """SELECT month AS date, sum("count") AS figure FROM official_contributions
                          WHERE contributor_iso3 = ? AND category = 'total'
                          GROUP BY month ORDER BY month""", [iso3])
    return [{"date": str(r["date"]), "figure": int(r["figure"]), "series": "UN official count, all missions"}
            for r in rows if r["figure"] is not None]


def _mission_strength(con: duckdb.DuckDBPyConnection, acronym: str) -> list[dict]:
    """The UN's monthly count of the mission's uniformed personnel, when the dataset has it."""
    if not _has(con, "mission_strength"):
        return []
    rows = _rows(con, """SELECT month AS date, total AS figure FROM mission_strength
                          WHERE mission_acronym = ? AND total IS NOT NULL ORDER BY month""", [acronym])
    return [{"date": str(r["date"]), "figure": int(r["figure"]), "series": "UN official strength"} for r in rows]


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["country"] = country_name
    env.filters["fig"] = lambda v: "" if v is None else f"{v:,}"
    return env


def _dictionary() -> list[dict]:
    return [{"name": t.name, "description": t.description, "primary_key": ", ".join(t.primary_key),
             "columns": [{"name": c.name, "type": c.type, "description": c.description,
                          "allowed": ", ".join(c.enum) if c.enum else ""} for c in t.columns]}
            for t in TABLES.values()] + [{"name": v.name, "description": v.description, "primary_key": "",
                                          "columns": []} for v in VIEWS.values()]


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _contributor_pages(con, env, staging: Path) -> list[dict]:
    summary = _rows(con, """SELECT contributor_iso3 AS iso3, count(*) AS n_rows, count(DISTINCT doc_id) AS n_documents,
                              count(DISTINCT coalesce(mission_acronym, scope)) AS n_missions,
                              min(as_of_date) AS first, max(as_of_date) AS last
                       FROM contributions GROUP BY 1 ORDER BY n_rows DESC, iso3""")
    template = env.get_template("contributor.html")
    for item in summary:
        claims = _rows(con, _CLAIMS_SQL.format(where="c.contributor_iso3 = ?"), [item["iso3"]])
        official = _official_series(con, item["iso3"])
        _write(staging / "contributors" / f"{item['iso3']}.html",
               template.render(item=item, claims=claims, chart=_chart_svg(claims, official),
                               has_official=bool(official)))
    return summary


def _mission_pages(con, env, staging: Path) -> list[dict]:
    missions = _rows(con, """
        WITH c AS (SELECT mission_acronym, count(*) AS n FROM contributions GROUP BY 1),
             e AS (SELECT mission_acronym, count(*) AS n FROM events GROUP BY 1),
             x AS (SELECT mission_acronym, count(*) AS n FROM mission_mentions GROUP BY 1)
        SELECT m.mission_acronym AS acronym, m.name, m.organisation, m.kind, m.host_iso3, m.start_date, m.end_date,
               m.predecessor, m.successor, coalesce(c.n, 0) AS n_rows, coalesce(e.n, 0) AS n_events,
               coalesce(x.n, 0) AS n_mentions
        FROM missions m LEFT JOIN c USING (mission_acronym) LEFT JOIN e USING (mission_acronym)
             LEFT JOIN x USING (mission_acronym)
        ORDER BY n_rows + n_events + n_mentions DESC, acronym""")
    template = env.get_template("mission.html")
    for m in missions:
        if not (m["n_rows"] or m["n_events"] or m["n_mentions"]):
            continue
        claims = _rows(con, _CLAIMS_SQL.format(where="c.mission_acronym = ?"), [m["acronym"]])
        events = _rows(con, """SELECT e.event_date, e.date_precision, e.event_type, e.actor_iso3, e.actor_organisation,
                                      e.evidence, d.source_name, d.url
                               FROM events e JOIN documents d USING (doc_id) WHERE e.mission_acronym = ?
                               ORDER BY e.event_date, e.event_type, e.event_id""", [m["acronym"]])
        _write(staging / "missions" / f"{_file_name(m['acronym'])}.html",
               template.render(m=m, claims=claims, events=events,
                               chart=_chart_svg(claims, _mission_strength(con, m["acronym"]))))
    return [m for m in missions if m["n_rows"] or m["n_events"] or m["n_mentions"]]


def _file_name(acronym: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in acronym)


def build_report(output_dir: Path, target: Path | None = None) -> ReportResult:
    """Write the report of the dataset published in ``output_dir`` into ``target`` (default ``output_dir/report``)."""
    output_dir = Path(output_dir)
    database = output_dir / DATABASE_FILE
    if not database.exists():
        raise ReportError(f"no published database at {database}: run `pkdata build` first")
    target = Path(target) if target else output_dir / "report"
    staging = target.with_name(f".{target.name}.staging-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    env = _environment()
    env.filters["page"] = _file_name
    con = duckdb.connect(str(database), read_only=True)
    try:
        counts = {name: con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
                  for name in TABLES if _has(con, name)}
        contributors = _contributor_pages(con, env, staging)
        missions = _mission_pages(con, env, staging)
        conflicts = _rows(con, _CONFLICTS_SQL)
    finally:
        con.close()
    meta_path = output_dir / "run_metadata.json"
    meta = json.loads(meta_path.read_text()) if meta_path.exists() else {}
    _write(staging / "index.html", env.get_template("index.html").render(
        counts=counts, contributors=contributors, missions=missions, conflicts=conflicts,
        dictionary=_dictionary(), meta=meta))
    shutil.copy(TEMPLATES / "style.css", staging / "style.css")
    _swap(staging, target)
    pages = sum(1 for _ in target.rglob("*.html"))
    return ReportResult(target, pages, len(contributors), len(missions))


def _swap(staging: Path, target: Path) -> None:
    """Replace ``target`` by ``staging``: the old report stays whole until the new one is complete."""
    old = target.with_name(f".{target.name}.old-{os.getpid()}")
    if target.exists():
        os.replace(target, old)
    os.replace(staging, target)
    shutil.rmtree(old, ignore_errors=True)
