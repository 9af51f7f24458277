"""SQL views of the DuckDB file for the questions analysts ask most: one registry, like ``schemas.registry``.

Each ``View`` has a name, a description, the tables it reads, the description of each output column and its
``SELECT``. ``pipeline.publish`` creates the views in ``peacekeeping.duckdb`` with ``COMMENT ON VIEW`` and
``COMMENT ON COLUMN`` (``create_views``); the data dictionary lists them with their SQL. The Parquet files stay
tables only: a view is a query over them, not data.

Every view orders its rows (``ORDER BY`` with a unique tie-break), so the same tables always give the same
output, row for row. A view is created only when every table it reads is in the database (partial releases).
Like ``schemas.duckdb``, this module builds SQL text and does not import duckdb, except ``describe_views``
which runs the views on an empty in-memory database to learn their output types.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from schemas.duckdb import literal, quote
from schemas.registry import TABLES

__all__ = ["View", "VIEWS", "view_ddl", "view_comments", "available_views", "create_views", "describe_views"]


@dataclass(frozen=True)
class View:
    name: str
    description: str
    tables: tuple[str, ...]
    columns: tuple[tuple[str, str], ...]  # (output column, description), in output order
    sql: str  # the SELECT statement, without a trailing semicolon

    @property
    def column_names(self) -> list[str]:
        return [name for name, _ in self.columns]

    def __post_init__(self) -> None:
        unknown = set(self.tables) - set(TABLES)
        if unknown:
            raise ValueError(f"view {self.name}: unknown table(s) {', '.join(sorted(unknown))}")


CONTRIBUTIONS_BY_COUNTRY = View(
    name="v_contributions_by_country",
    description="Contributions by country and mission over time, from the reconciled claims: one row per "
                "contributor, mission (or scope when no one mission is meant), personnel class, status and year "
                "of the as-of period. Each claim counts once with its most backed figure, so a figure restated "
                "in a headline, in a syndicated copy or by several sources is not added twice; the sum still "
                "adds claims of different months: prefer count_max for a standing total.",
    tables=("claims",),
    columns=(
        ("contributor_iso3", "ISO 3166-1 alpha-3 code of the contributing country."),
        ("mission_or_scope", "Mission acronym, else the scope (all_un_pko, unspecified)."),
        ("personnel_class", "Class of the personnel (troops and peacekeepers are one class...)."),
        ("status", "Status of the figures (offered, deployed, serving...)."),
        ("as_of_year", "Year of the claims' as-of period (null when they have no date)."),
        ("n_claims", "Number of claims (things stated) in the group."),
        ("n_rows", "Number of contributions rows that state them."),
        ("n_documents", "Number of distinct documents that state them."),
        ("n_sources", "Independent sources (stories) summed over the claims."),
        ("n_conflicts", "Claims whose sources state conflicting figures."),
        ("count_sum", "Sum over the claims of their most backed figure."),
        ("count_min", "Smallest most backed figure of a claim."),
        ("count_max", "Largest most backed figure of a claim."),
        ("first_period", "Earliest as-of period of the group."),
        ("last_period", "Latest as-of period of the group."),
    ),
    sql="""\
SELECT
    contributor_iso3,
    coalesce(mission_acronym, scope) AS mission_or_scope,
    personnel_class,
    status,
    CAST(year(period) AS BIGINT) AS as_of_year,
    count(*) AS n_claims,
    CAST(sum(n_rows) AS BIGINT) AS n_rows,
    CAST(len(list_distinct(flatten(list(doc_ids)))) AS BIGINT) AS n_documents,
    CAST(sum(n_sources) AS BIGINT) AS n_sources,
    CAST(count(*) FILTER (WHERE is_conflict) AS BIGINT) AS n_conflicts,
    CAST(sum(count_most_backed) AS BIGINT) AS count_sum,
    min(count_most_backed) AS count_min,
    max(count_most_backed) AS count_max,
    min(period) AS first_period,
    max(period) AS last_period
FROM claims
GROUP BY contributor_iso3, mission_or_scope, personnel_class, status, as_of_year
ORDER BY contributor_iso3, mission_or_scope, as_of_year NULLS LAST, personnel_class, status""",
)

CONTRIBUTION_SOURCES = View(
    name="v_contribution_sources",
    description="Each contribution with the document that states it (title, publisher, url, publication date) "
                "and the evidence sentence: the figures of one country with their sources.",
    tables=("contributions", "documents"),
    columns=(
        ("contributor_iso3", "ISO 3166-1 alpha-3 code of the contributing country."),
        ("mission_acronym", "Mission acronym (null for a scope of all UN operations or none)."),
        ("scope", "mission, all_un_pko or unspecified."),
        ("personnel_type", "Kind of personnel."),
        ("status", "Status of the figure."),
        ("count_best", "Best single figure."),
        ("figure_text", "The figure as written."),
        ("as_of_date", "When the figure holds."),
        ("source_name", "The document's name (its manifest key)."),
        ("title", "The document's title."),
        ("publisher", "The document's publisher."),
        ("url", "Where the document was published."),
        ("published_date", "When the document was published."),
        ("evidence", "The sentence that states the figure."),
        ("char_start", "Offset of the sentence in the document text."),
        ("contribution_id", "The contributions row."),
        ("doc_id", "The documents row."),
    ),
    sql="""\
SELECT
    c.contributor_iso3,
    c.mission_acronym,
    c.scope,
    c.personnel_type,
    c.status,
    c.count_best,
    c.figure_text,
    c.as_of_date,
    d.source_name,
    d.title,
    d.publisher,
    d.url,
    d.published_date,
    c.evidence,
    c.char_start,
    c.contribution_id,
    c.doc_id
FROM contributions AS c
LEFT JOIN documents AS d ON d.doc_id = c.doc_id
ORDER BY c.contributor_iso3, c.as_of_date NULLS LAST, d.source_name, c.char_start, c.contribution_id""",
)

DOCUMENT_YIELD = View(
    name="v_document_yield",
    description="Each document with its ingestion status and the number of rows drawn from it in each table, "
                "rejected rows included.",
    tables=("documents", "contributions", "events", "mission_mentions", "rejected_rows"),
    columns=(
        ("source_name", "The document's name (its manifest key)."),
        ("title", "The document's title."),
        ("published_date", "When the document was published."),
        ("media_type", "Kind of file."),
        ("ingest_status", "ok when the text was read, error otherwise."),
        ("ingest_error", "Why the file could not be read."),
        ("n_chars", "Length of the text in characters."),
        ("n_contributions", "Rows of contributions drawn from it."),
        ("n_events", "Rows of events drawn from it."),
        ("n_mission_mentions", "Rows of mission_mentions drawn from it."),
        ("n_missions", "Distinct missions it mentions (resolved mentions)."),
        ("n_rejected_rows", "Rows drawn from it that failed validation."),
        ("doc_id", "The documents row."),
    ),
    sql="""\
WITH
    c AS (SELECT doc_id, count(*) AS n FROM contributions GROUP BY doc_id),
    e AS (SELECT doc_id, count(*) AS n FROM events GROUP BY doc_id),
    m AS (SELECT doc_id, count(*) AS n, count(DISTINCT mission_acronym) AS n_missions
          FROM mission_mentions GROUP BY doc_id),
    r AS (SELECT doc_id, count(*) AS n FROM rejected_rows WHERE doc_id IS NOT NULL GROUP BY doc_id)
SELECT
    d.source_name,
    d.title,
    d.published_date,
    d.media_type,
    d.ingest_status,
    d.ingest_error,
    d.n_chars,
    coalesce(c.n, 0) AS n_contributions,
    coalesce(e.n, 0) AS n_events,
    coalesce(m.n, 0) AS n_mission_mentions,
    coalesce(m.n_missions, 0) AS n_missions,
    coalesce(r.n, 0) AS n_rejected_rows,
    d.doc_id
FROM documents AS d
LEFT JOIN c ON c.doc_id = d.doc_id
LEFT JOIN e ON e.doc_id = d.doc_id
LEFT JOIN m ON m.doc_id = d.doc_id
LEFT JOIN r ON r.doc_id = d.doc_id
ORDER BY d.source_name""",
)

REJECTIONS = View(
    name="v_rejections",
    description="Rows that failed validation and why: the table they were meant for, the check that failed, "
                "the reason, the document they come from and the row itself as JSON.",
    tables=("rejected_rows", "documents"),
    columns=(
        ("table_name", "Table the row was meant for."),
        ("check_name", "The check that failed."),
        ("reason", "Why the row was rejected."),
        ("source_name", "Document the row comes from, when known."),
        ("row_json", "The row itself, as JSON."),
        ("rejected_id", "The rejected_rows row."),
        ("doc_id", "The documents row, when known."),
    ),
    sql="""\
SELECT
    r.table_name,
    r.check_name,
    r.reason,
    d.source_name,
    r.row_json,
    r.rejected_id,
    r.doc_id
FROM rejected_rows AS r
LEFT JOIN documents AS d ON d.doc_id = r.doc_id
ORDER BY r.table_name, r.check_name, d.source_name NULLS FIRST, r.rejected_id""",
)

MISSION_ACTIVITY = View(
    name="v_mission_activity",
    description="Missions that the documents speak of: the documents that mention each, and the contributions "
                "(rows and reconciled claims) and events that name it. A mission named by rows but missing from "
                "the catalog still appears, with a null name.",
    tables=("missions", "mission_mentions", "contributions", "events", "claims"),
    columns=(
        ("mission_acronym", "Canonical acronym."),
        ("name", "Official name (null when the acronym is not in the catalog)."),
        ("organisation", "Leading organisation."),
        ("start_date", "Start of the mission."),
        ("end_date", "End of the mission, null while active."),
        ("n_documents", "Documents that mention it."),
        ("n_mentions", "Mentions of it."),
        ("n_contributions", "Contributions rows for it."),
        ("n_claims", "Reconciled claims for it (restatements and copies counted once)."),
        ("n_contributors", "Distinct contributing countries."),
        ("n_events", "Events rows about it."),
        ("first_event_date", "Earliest event_date."),
        ("last_event_date", "Latest event_date."),
    ),
    sql="""\
WITH
    mm AS (SELECT mission_acronym, count(DISTINCT doc_id) AS n_documents, count(*) AS n_mentions
           FROM mission_mentions WHERE mission_acronym IS NOT NULL GROUP BY mission_acronym),
    c AS (SELECT mission_acronym, count(*) AS n, count(DISTINCT contributor_iso3) AS n_contributors
          FROM contributions WHERE mission_acronym IS NOT NULL GROUP BY mission_acronym),
    e AS (SELECT mission_acronym, count(*) AS n, min(event_date) AS first_date, max(event_date) AS last_date
          FROM events WHERE mission_acronym IS NOT NULL GROUP BY mission_acronym),
    k AS (SELECT mission_acronym, count(*) AS n FROM claims WHERE mission_acronym IS NOT NULL
          GROUP BY mission_acronym),
    active AS (SELECT mission_acronym FROM mm UNION SELECT mission_acronym FROM c
               UNION SELECT mission_acronym FROM e)
SELECT
    a.mission_acronym,
    m.name,
    m.organisation,
    m.start_date,
    m.end_date,
    coalesce(mm.n_documents, 0) AS n_documents,
    coalesce(mm.n_mentions, 0) AS n_mentions,
    coalesce(c.n, 0) AS n_contributions,
    coalesce(k.n, 0) AS n_claims,
    coalesce(c.n_contributors, 0) AS n_contributors,
    coalesce(e.n, 0) AS n_events,
    e.first_date AS first_event_date,
    e.last_date AS last_event_date
FROM active AS a
LEFT JOIN missions AS m ON m.mission_acronym = a.mission_acronym
LEFT JOIN mm ON mm.mission_acronym = a.mission_acronym
LEFT JOIN c ON c.mission_acronym = a.mission_acronym
LEFT JOIN e ON e.mission_acronym = a.mission_acronym
LEFT JOIN k ON k.mission_acronym = a.mission_acronym
ORDER BY n_documents DESC, n_contributions DESC, n_events DESC, a.mission_acronym""",
)


# personnel_type -> the category of the UN's counts it is compared with (types the UN does not count apart,
# such as engineers or infantry, are not compared); category -> the classes it counts towards.
_OFFICIAL_CLASS_OF_TYPE = """CASE c.personnel_type
            WHEN 'troops' THEN 'troops' WHEN 'peacekeepers' THEN 'total' WHEN 'police' THEN 'police'
            WHEN 'formed_police_unit' THEN 'formed_police_units' WHEN 'observers' THEN 'experts_on_mission'
            WHEN 'staff_officers' THEN 'experts_on_mission' END"""
_SAME_FIGURE = ("o.contributor_iso3 = c.contributor_iso3 AND o.mission_key = c.mission_key "
                "AND o.official_class = c.official_class")

CLAIMS_VS_OFFICIAL = View(
    name="v_claims_vs_official",
    description="Each contribution beside the UN's own count (official_contributions) for the same contributor, "
                "mission (or all missions together) and category. Serving and deployed figures are compared with "
                "the count of the claim's month, or of the nearest reported month within three (official_month "
                "says which); offers, pledges and plans with the highest count of the six months from the first "
                "month after the claim in which the contributor has such personnel there (within twelve). flag: "
                "agrees (within 10 %, or the official count inside the stated range), higher, lower, or "
                "no official figure; basis says how the figure was matched or why it was not.",
    tables=("contributions", "official_contributions"),
    columns=(
        ("contributor_iso3", "ISO 3166-1 alpha-3 code of the contributing country."),
        ("mission_or_scope", "Mission acronym, else the scope (all_un_pko: all UN operations together)."),
        ("personnel_type", "Kind of personnel of the claim."),
        ("official_category", "Category of the UN's count it is compared with (troops, police = individual and "
                              "formed units, formed_police_units, experts_on_mission, total); null when the UN "
                              "does not count that kind apart."),
        ("status", "Status of the claim."),
        ("count_low", "Lower figure of the claim."),
        ("count_high", "Upper figure of the claim."),
        ("count_best", "Best single figure of the claim."),
        ("as_of_date", "When the claim holds."),
        ("claim_month", "Month of as_of_date (null when only the year is known)."),
        ("official_month", "Month of the official count compared with."),
        ("months_apart", "official_month minus claim_month, in months."),
        ("official_count", "The UN's count."),
        ("official_total", "The UN's count of all the contributor's uniformed personnel there (same mission or "
                           "all missions) that month, for context: journalists often say troops for all of them."),
        ("ratio", "count_best / official_count (null when the count is 0 or missing)."),
        ("flag", "agrees, higher, lower or no official figure."),
        ("basis", "How the official figure was chosen, or why there is none."),
        ("evidence", "The sentence that states the claim."),
        ("contribution_id", "The contributions row."),
        ("doc_id", "The documents row."),
    ),
    sql=f"""\
WITH
    category_class AS (
        SELECT * FROM (VALUES ('troops', 'troops'), ('individual_police', 'police'),
                              ('formed_police_units', 'police'), ('formed_police_units', 'formed_police_units'),
                              ('experts_on_mission', 'experts_on_mission'), ('total', 'total'))
            AS t(category, official_class)),
    official AS (
        SELECT o.month, o.contributor_iso3,
               CASE WHEN grouping(o.mission_acronym) = 1 THEN 'all_un_pko' ELSE o.mission_acronym END AS mission_key,
               k.official_class, CAST(sum(o.count) AS BIGINT) AS official_count
        FROM official_contributions AS o JOIN category_class AS k ON k.category = o.category
        GROUP BY GROUPING SETS ((o.month, o.contributor_iso3, o.mission_acronym, k.official_class),
                                (o.month, o.contributor_iso3, k.official_class))),
    claim AS (
        SELECT c.*,
               {_OFFICIAL_CLASS_OF_TYPE} AS official_class,
               CASE c.scope WHEN 'mission' THEN c.mission_acronym WHEN 'all_un_pko' THEN 'all_un_pko' END
                   AS mission_key,
               CASE WHEN c.as_of_precision IN ('day', 'month') THEN CAST(date_trunc('month', c.as_of_date) AS DATE)
                   END AS claim_month,
               CASE WHEN c.status IN ('serving', 'deployed') THEN 'count'
                    WHEN c.status IN ('offered', 'pledged', 'planned') THEN 'plan' END AS comparison
        FROM contributions AS c),
    at_month AS (
        SELECT c.contribution_id, o.month AS official_month, o.official_count
        FROM claim AS c JOIN official AS o ON {_SAME_FIGURE}
            AND o.month BETWEEN c.claim_month - INTERVAL 3 MONTH AND c.claim_month + INTERVAL 3 MONTH
        WHERE c.comparison = 'count'
        QUALIFY row_number() OVER (PARTITION BY c.contribution_id
                                   ORDER BY abs(datediff('month', c.claim_month, o.month)), o.month) = 1),
    first_deployed AS (
        SELECT c.contribution_id, min(o.month) AS first_month
        FROM claim AS c JOIN official AS o ON {_SAME_FIGURE}
            AND o.month > c.claim_month AND o.month <= c.claim_month + INTERVAL 12 MONTH AND o.official_count > 0
        WHERE c.comparison = 'plan'
        GROUP BY c.contribution_id),
    after_plan AS (
        SELECT c.contribution_id, o.month AS official_month, o.official_count
        FROM claim AS c JOIN first_deployed AS f ON f.contribution_id = c.contribution_id
        JOIN official AS o ON {_SAME_FIGURE}
            AND o.month BETWEEN f.first_month AND f.first_month + INTERVAL 5 MONTH
        QUALIFY row_number() OVER (PARTITION BY c.contribution_id ORDER BY o.official_count DESC, o.month) = 1),
    matched AS (
        SELECT c.*, f.first_month,
               coalesce(a.official_month, p.official_month) AS official_month,
               coalesce(a.official_count, p.official_count) AS official_count
        FROM claim AS c
        LEFT JOIN at_month AS a ON a.contribution_id = c.contribution_id
        LEFT JOIN first_deployed AS f ON f.contribution_id = c.contribution_id
        LEFT JOIN after_plan AS p ON p.contribution_id = c.contribution_id)
SELECT
    contributor_iso3,
    coalesce(mission_acronym, scope) AS mission_or_scope,
    personnel_type,
    official_class AS official_category,
    status,
    count_low,
    count_high,
    count_best,
    as_of_date,
    claim_month,
    official_month,
    CAST(datediff('month', claim_month, official_month) AS BIGINT) AS months_apart,
    official_count,
    (SELECT t.official_count FROM official AS t
     WHERE t.contributor_iso3 = m.contributor_iso3 AND t.mission_key = m.mission_key AND t.official_class = 'total'
       AND t.month = m.official_month) AS official_total,
    CASE WHEN official_count > 0 THEN round(count_best / official_count, 3) END AS ratio,
    CASE WHEN official_count IS NULL THEN 'no official figure'
         WHEN count_best BETWEEN 0.9 * official_count AND 1.1 * official_count
              OR official_count BETWEEN coalesce(count_low, 0) AND coalesce(count_high, count_best) THEN 'agrees'
         WHEN count_best > official_count THEN 'higher'
         ELSE 'lower' END AS flag,
    CASE WHEN comparison IS NULL THEN 'not compared: the UN counts no ' || status || ' figures'
         WHEN mission_key IS NULL THEN 'not compared: no mission or scope'
         WHEN official_class IS NULL THEN 'not compared: the UN does not count ' || personnel_type || ' apart'
         WHEN claim_month IS NULL THEN 'not compared: the claim''s month is not known'
         WHEN comparison = 'count' AND official_month = claim_month THEN 'count of the claim''s month'
         WHEN comparison = 'count' AND official_month IS NOT NULL
              THEN 'nearest reported month: ' || strftime(official_month, '%Y-%m')
         WHEN comparison = 'count' THEN 'no official count within three months'
         WHEN official_month IS NOT NULL
              THEN 'plan: highest count of the six months from the first deployment reported after it ('
                   || strftime(first_month, '%Y-%m') || ')'
         ELSE 'plan: no deployment reported within twelve months after it' END AS basis,
    evidence,
    contribution_id,
    doc_id
FROM matched AS m
ORDER BY contributor_iso3, as_of_date NULLS LAST, mission_or_scope, contribution_id""",
)

VIEWS: dict[str, View] = {
    v.name: v for v in (CONTRIBUTIONS_BY_COUNTRY, CONTRIBUTION_SOURCES, DOCUMENT_YIELD, REJECTIONS, MISSION_ACTIVITY,
                         CLAIMS_VS_OFFICIAL)
}


def view_ddl(name: str) -> str:
    """``CREATE VIEW`` statement of a registry view."""
    view = VIEWS[name]
    return f"CREATE VIEW {quote(view.name)} AS\n{view.sql};"


def view_comments(name: str) -> list[str]:
    """``COMMENT ON VIEW`` and ``COMMENT ON COLUMN`` statements of a registry view."""
    view = VIEWS[name]
    statements = [f"COMMENT ON VIEW {quote(view.name)} IS {literal(view.description)};"]
    statements.extend(f"COMMENT ON COLUMN {quote(view.name)}.{quote(column)} IS {literal(text)};"
                      for column, text in view.columns)
    return statements


def available_views(tables: Iterable[str] | None = None) -> list[str]:
    """Names of the views (registry order) whose tables are all among ``tables`` (default: every table)."""
    present = set(TABLES) if tables is None else set(tables)
    return [name for name, view in VIEWS.items() if set(view.tables) <= present]


def create_views(con: Any, tables: Iterable[str] | None = None) -> list[str]:
    """Create, with their comments, the views that ``tables`` (default: all) allow on a DuckDB connection.

    Returns the names of the views created, in registry order.
    """
    names = available_views(tables)
    for name in names:
        con.execute(view_ddl(name))
        for statement in view_comments(name):
            con.execute(statement)
    return names


def describe_views() -> dict[str, list[tuple[str, str]]]:
    """Output columns and DuckDB types of every view, found by creating them over empty tables in memory."""
    import duckdb

    from schemas.duckdb import create_tables

    con = duckdb.connect(":memory:")
    try:
        create_tables(con)
        create_views(con)
        return {name: [(row[0], row[1]) for row in con.execute(f"DESCRIBE {quote(name)}").fetchall()]
                for name in VIEWS}
    finally:
        con.close()
