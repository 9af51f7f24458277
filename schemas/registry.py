"""The one metadata registry of the dataset.

Every table and column is described here once. The pandera schemas (``schemas.validation``), the Arrow schemas
of the Parquet files (``schemas.arrow``), the DuckDB DDL with its comments (``schemas.duckdb``), the release's
``datapackage.json`` and the data dictionary (``schemas.datapackage``) are all derived from it.
"""

from dataclasses import dataclass

from schemas import vocabularies as V

# Logical column types; each derivation maps them to its own system.
TYPES = ("string", "int64", "float64", "bool", "date", "list<string>")

ISO3 = r"^[A-Z]{3}$"
SHA256 = r"^[0-9a-f]{64}$"
ID16 = r"^[0-9a-f]{16}$"


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    description: str
    nullable: bool = True
    unique: bool = False
    enum: tuple[str, ...] | None = None
    pattern: str | None = None
    minimum: float | None = None
    maximum: float | None = None

    def __post_init__(self) -> None:
        if self.type not in TYPES:
            raise ValueError(f"column {self.name}: unknown type {self.type}")


@dataclass(frozen=True)
class ForeignKey:
    columns: tuple[str, ...]
    table: str
    ref_columns: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...] = ()
    foreign_keys: tuple[ForeignKey, ...] = ()
    sort_by: tuple[str, ...] = ()

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(f"{self.name}.{name}")


def _span_columns() -> tuple[Column, ...]:
    return (
        Column("evidence", "string", "The sentence of the document that states the row, white space folded.",
               nullable=False),
        Column("char_start", "int64", "Offset of the evidence sentence's first character in the document text.",
               nullable=False, minimum=0),
        Column("char_end", "int64", "Offset just past the evidence sentence's last character in the document text.",
               nullable=False, minimum=0),
    )


DOC_FK = ForeignKey(("doc_id",), "documents", ("doc_id",))

DOCUMENTS = Table(
    name="documents",
    description="One row per source file found in the documents folder or named by its manifest, read or not.",
    columns=(
        Column("doc_id", "string", "Stable document id: the first 16 hex digits of the SHA-256 of the file's bytes "
               "(of its path when the file could not be read).", nullable=False, unique=True, pattern=ID16),
        Column("source_name", "string", "File name without extension; the manifest's key.", nullable=False,
               unique=True),
        Column("file", "string", "Path of the file relative to the documents folder.", nullable=False),
        Column("title", "string", "Title, from the manifest or the document itself."),
        Column("publisher", "string", "Publisher, from the manifest."),
        Column("url", "string", "Where the document was published."),
        Column("published_date", "date", "Publication date: the first day of the period when less precise than a day."),
        Column("published_precision", "string", "Precision of published_date.", enum=V.PRECISIONS),
        Column("language", "string", "Language code (ISO 639-1).", nullable=False),
        Column("media_type", "string", "Kind of file, by content.", nullable=False, enum=V.MEDIA_TYPES),
        Column("n_bytes", "int64", "Size of the file in bytes.", minimum=0),
        Column("n_chars", "int64", "Length of the extracted text in characters.", minimum=0),
        Column("content_sha256", "string", "SHA-256 of the file's bytes.", pattern=SHA256),
        Column("ingest_status", "string", "ok when the text was read, error otherwise.", nullable=False,
               enum=V.INGEST_STATUSES),
        Column("ingest_error", "string", "Why the file could not be read (null when ingest_status is ok)."),
        Column("manifest_row", "int64", "Line of the manifest that describes the file (null when none does)."),
        Column("notes", "string", "Notes from the manifest and warnings from ingestion."),
        Column("story_id", "string", "The story the document is a copy of: documents whose texts are near-"
               "duplicates (a syndicated wire story, a press release republished by other sites; MinHash of the word "
               "5-grams of their first 10,000 characters, estimated Jaccard similarity of 0.7 or more) share it. It is the doc_id of the story's "
               "earliest published copy (its own doc_id for a document alone). Counts of independent sources "
               "count stories, not copies.", pattern=ID16),
    ),
    primary_key=("doc_id",),
    sort_by=("source_name",),
)

CONTRIBUTIONS = Table(
    name="contributions",
    description="One row per quantified claim that a country sends, offers or has personnel in peacekeeping.",
    columns=(
        Column("contribution_id", "string", "Stable row id, a hash of the document, span and figure.",
               nullable=False, unique=True, pattern=ID16),
        Column("doc_id", "string", "Document that states the figure.", nullable=False, pattern=ID16),
        Column("contributor_iso3", "string", "ISO 3166-1 alpha-3 code of the contributing country.",
               nullable=False, pattern=ISO3),
        Column("mission_acronym", "string", "Canonical acronym of the mission (null when the figure covers all UN "
               "operations or no mission is given)."),
        Column("scope", "string", "mission: one mission; all_un_pko: all UN peacekeeping operations together; "
               "unspecified: no mission or scope given.", nullable=False, enum=V.SCOPES),
        Column("personnel_type", "string", "Kind of personnel.", nullable=False, enum=V.PERSONNEL_TYPES),
        Column("count_low", "int64", "Lower figure (null for 'up to N').", minimum=0),
        Column("count_high", "int64", "Upper figure (null for 'more than N').", minimum=0),
        Column("count_best", "int64", "Best single figure: the mean of a range, else the one figure given.",
               nullable=False, minimum=0),
        Column("count_approx", "bool", "True when the figure is qualified (about, more than, up to...).",
               nullable=False),
        Column("status", "string", "offered, pledged, planned, deployed (an act of sending), serving (a standing "
               "total), cumulative (a total over time) or withdrawn.", nullable=False, enum=V.STATUSES),
        Column("as_of_date", "date", "When the figure holds: an explicit date of the sentence, else the "
               "publication date."),
        Column("as_of_precision", "string", "Precision of as_of_date.", enum=V.PRECISIONS),
        *_span_columns(),
        Column("figure_text", "string", "The figure as written.", nullable=False),
        Column("mission_method", "string", "How the mission was found: in the sentence, from the document's "
               "focus, by host country, by scope words, or none."),
        Column("extractor", "string", "Rule and version that made the row.", nullable=False),
    ),
    primary_key=("contribution_id",),
    foreign_keys=(DOC_FK,),
    sort_by=("doc_id", "char_start", "figure_text", "contribution_id"),
)

EVENTS = Table(
    name="events",
    description="One row per explicitly dated happening that a document states.",
    columns=(
        Column("event_id", "string", "Stable row id.", nullable=False, unique=True, pattern=ID16),
        Column("doc_id", "string", "Document that states the event.", nullable=False, pattern=ID16),
        Column("event_date", "date", "Date of the event (first day of the period); the start of a span.",
               nullable=False),
        Column("date_precision", "string", "Precision of event_date.", nullable=False, enum=V.PRECISIONS),
        Column("end_date", "date", "End of a span ('from 2007 to 2011'), else null."),
        Column("end_precision", "string", "Precision of end_date.", enum=V.PRECISIONS),
        Column("actor_iso3", "string", "Acting country, null when the actor is an organisation or unknown.",
               pattern=ISO3),
        Column("actor_organisation", "string", "Acting organisation (UN, AU, ...), when that is the actor."),
        Column("event_type", "string", "Kind of event.", nullable=False, enum=V.EVENT_TYPES),
        Column("mission_acronym", "string", "Mission the event concerns."),
        Column("location_iso3", "string", "Country where it happens, when stated.", pattern=ISO3),
        Column("is_planned", "bool", "True for future or hoped-for events ('hopes to hand over in July').",
               nullable=False),
        Column("date_text", "string", "The date expression as written.", nullable=False),
        *_span_columns(),
        Column("extractor", "string", "Rule and version that made the row.", nullable=False),
    ),
    primary_key=("event_id",),
    foreign_keys=(DOC_FK,),
    sort_by=("doc_id", "char_start", "event_date", "event_id"),
)

MISSIONS = Table(
    name="missions",
    description="Catalog of peacekeeping missions: every UN operation since 1948 and the missions led by others "
                "that documents name.",
    columns=(
        Column("mission_acronym", "string", "Canonical acronym (the key).", nullable=False, unique=True),
        Column("name", "string", "Official name.", nullable=False),
        Column("organisation", "string", "Leading organisation.", nullable=False, enum=V.ORGANISATIONS),
        Column("lead_iso3", "string", "Lead nation of a nationally led operation (Serval: FRA, INTERFET: AUS); "
               "null for a mission that an organisation leads.", pattern=r"^[A-Z]{3}$"),
        Column("kind", "string", "Kind of mission.", nullable=False, enum=V.MISSION_KINDS),
        Column("host_iso3", "list<string>", "Host countries (ISO 3166-1 alpha-3; Western Sahara is ESH)."),
        Column("start_date", "date", "Start (first day of the period when less precise)."),
        Column("start_precision", "string", "Precision of start_date.", enum=V.PRECISIONS),
        Column("end_date", "date", "End, null while active."),
        Column("end_precision", "string", "Precision of end_date.", enum=V.PRECISIONS),
        Column("is_active", "bool", "Active as of the reference snapshot.", nullable=False),
        Column("predecessor", "string", "Acronym of the mission it took over from."),
        Column("successor", "string", "Acronym of the mission that took over from it."),
        Column("location", "string", "Headquarters, from the snapshot."),
        Column("longitude", "float64", "Longitude of the headquarters.", minimum=-180, maximum=180),
        Column("latitude", "float64", "Latitude of the headquarters.", minimum=-90, maximum=90),
        Column("source", "string", "Where the row comes from.", nullable=False),
        Column("n_documents", "int64", "Number of documents that mention the mission.", nullable=False, minimum=0),
    ),
    primary_key=("mission_acronym",),
    sort_by=("mission_acronym",),
)

MISSION_ALIASES = Table(
    name="mission_aliases",
    description="Names and acronyms by which each mission is known, used to find mentions.",
    columns=(
        Column("mission_acronym", "string", "Mission.", nullable=False),
        Column("alias", "string", "A name or acronym as people write it.", nullable=False),
        Column("alias_kind", "string", "acronym, name, variant, former_name or french.", nullable=False,
               enum=("acronym", "name", "variant", "former_name", "french")),
    ),
    primary_key=("mission_acronym", "alias"),
    foreign_keys=(ForeignKey(("mission_acronym",), "missions", ("mission_acronym",)),),
    sort_by=("mission_acronym", "alias"),
)

MISSION_MENTIONS = Table(
    name="mission_mentions",
    description="Every mention of a mission in a document; unresolved ones keep a null acronym.",
    columns=(
        Column("mention_id", "string", "Stable row id.", nullable=False, unique=True, pattern=ID16),
        Column("doc_id", "string", "Document.", nullable=False, pattern=ID16),
        Column("mission_acronym", "string", "Canonical acronym; null when unresolved."),
        Column("surface", "string", "The mention as written.", nullable=False),
        Column("char_start", "int64", "Offset of the mention in the document text.", nullable=False, minimum=0),
        Column("char_end", "int64", "Offset just past the mention.", nullable=False, minimum=0),
        Column("method", "string", "How it was recognised.", nullable=False, enum=V.MENTION_METHODS),
        Column("score", "float64", "Match score, 1 for exact matches.", nullable=False, minimum=0, maximum=1),
    ),
    primary_key=("mention_id",),
    foreign_keys=(DOC_FK,),
    sort_by=("doc_id", "char_start", "mention_id"),
)

REJECTED_ROWS = Table(
    name="rejected_rows",
    description="Rows that failed validation, with the reason: nothing is dropped silently.",
    columns=(
        Column("rejected_id", "string", "Stable row id.", nullable=False, unique=True, pattern=ID16),
        Column("table_name", "string", "Table the row was meant for.", nullable=False),
        Column("doc_id", "string", "Document the row comes from, when known."),
        Column("check_name", "string", "The check that failed (column.check).", nullable=False),
        Column("reason", "string", "Why the row was rejected.", nullable=False),
        Column("row_json", "string", "The row itself, as JSON.", nullable=False),
    ),
    primary_key=("rejected_id",),
    sort_by=("table_name", "doc_id", "rejected_id"),
)


MISSION_FK = ForeignKey(("mission_acronym",), "missions", ("mission_acronym",))

OFFICIAL_CONTRIBUTIONS = Table(
    name="official_contributions",
    description="The UN's monthly count of uniformed personnel by contributing country, mission and category "
                "(2009-11 to 2014-08, from the snapshot in sources/reference/official/): what the UN counted, "
                "beside what documents claim. Only country x mission figures; totals over all missions are sums.",
    columns=(
        Column("month", "date", "Month of the count (its first day; the UN reports the situation at month end).",
               nullable=False),
        Column("contributor_iso3", "string", "ISO 3166-1 alpha-3 code of the contributing country.",
               nullable=False, pattern=ISO3),
        Column("mission_acronym", "string", "Mission (catalog acronym).", nullable=False),
        Column("category", "string", "troops, individual_police, formed_police_units, experts_on_mission "
               "(military observers and staff officers), or total (all four).", nullable=False,
               enum=V.OFFICIAL_CATEGORIES),
        Column("count", "int64", "Personnel counted.", nullable=False, minimum=0),
        Column("female_count", "int64", "Women among them, when reported.", minimum=0),
        Column("source", "string", "Where the figure comes from.", nullable=False),
    ),
    primary_key=("month", "contributor_iso3", "mission_acronym", "category"),
    foreign_keys=(MISSION_FK,),
    sort_by=("month", "contributor_iso3", "mission_acronym", "category"),
)

MISSION_STRENGTH = Table(
    name="mission_strength",
    description="The UN's monthly count of uniformed personnel per mission (1990-11 to 2017-03, from the "
                "snapshot in sources/reference/official/).",
    columns=(
        Column("month", "date", "Month of the count (its first day).", nullable=False),
        Column("mission_acronym", "string", "Mission (catalog acronym).", nullable=False),
        Column("troops", "int64", "Troops (null: none reported).", minimum=0),
        Column("police", "int64", "Police (null: none reported).", minimum=0),
        Column("observers", "int64", "Military observers (null: none reported).", minimum=0),
        Column("total", "int64", "All uniformed personnel.", minimum=0),
        Column("n_contributors", "int64", "Number of contributing countries.", minimum=0),
        Column("source", "string", "Where the figure comes from.", nullable=False),
    ),
    primary_key=("month", "mission_acronym"),
    foreign_keys=(MISSION_FK,),
    sort_by=("month", "mission_acronym"),
)


def _reconciled_columns() -> tuple[Column, ...]:
    return (
        Column("n_rows", "int64", "Rows that state it.", nullable=False, minimum=1),
        Column("n_documents", "int64", "Documents that state it.", nullable=False, minimum=1),
        Column("n_sources", "int64", "Independent sources that state it: stories, a syndicated copy counted once "
               "(documents.story_id).", nullable=False, minimum=1),
        Column("is_conflict", "bool", "True when the rows state figures (or dates) that cannot all be true: they "
               "stay side by side, never averaged.", nullable=False),
        Column("first_published", "date", "Earliest publication date of the documents that state it."),
        Column("last_published", "date", "Latest publication date of the documents that state it."),
        Column("doc_ids", "list<string>", "The documents, sorted.", nullable=False),
    )


CLAIMS = Table(
    name="claims",
    description="Reconciled contributions: one row per thing stated (contributor, mission or scope, status, "
                "personnel class and as-of period) across documents, with the figures stated, how many rows, "
                "documents and independent sources state them, and whether they conflict.",
    columns=(
        Column("claim_id", "string", "Stable id, a hash of the grouping key.", nullable=False, unique=True,
               pattern=ID16),
        Column("contributor_iso3", "string", "ISO 3166-1 alpha-3 code of the contributing country.",
               nullable=False, pattern=ISO3),
        Column("mission_acronym", "string", "Mission (null for a scope of all UN operations or none)."),
        Column("scope", "string", "mission, all_un_pko or unspecified.", nullable=False, enum=V.SCOPES),
        Column("status", "string", "Status of the figures.", nullable=False, enum=V.STATUSES),
        Column("personnel_class", "string", "Class of the personnel types of the rows (troops and peacekeepers "
               "are one class, infantry and guards another...; named by its first type).", nullable=False,
               enum=V.PERSONNEL_TYPES),
        Column("personnel_types", "list<string>", "The personnel types of the rows, sorted.", nullable=False),
        Column("period", "date", "As-of period: the month of the rows' as_of_date (its year when only the year "
               "is known; null when the rows have no date)."),
        Column("period_precision", "string", "month or year.", enum=V.PRECISIONS),
        Column("count_low", "int64", "Smallest figure stated (count_low, else count_best, of the rows).",
               nullable=False, minimum=0),
        Column("count_high", "int64", "Largest figure stated (count_high, else count_best).", nullable=False,
               minimum=0),
        Column("count_most_backed", "int64", "The figure (count_best) stated by the most independent sources, "
               "then by the most rows, then the smaller: the one to add up.", nullable=False, minimum=0),
        Column("figures", "list<string>", "Each distinct figure as count_best (low-high) and the number of "
               "sources stating it, most backed first.", nullable=False),
        *_reconciled_columns(),
        Column("contribution_ids", "list<string>", "The contributions rows, sorted.", nullable=False),
    ),
    primary_key=("claim_id",),
    sort_by=("contributor_iso3", "period", "mission_acronym", "scope", "status", "personnel_class", "claim_id"),
)

EVENT_CLAIMS = Table(
    name="event_claims",
    description="Reconciled events: one row per happening stated across documents. A dated event is keyed by "
                "actor, type, mission, plan and period; a first-of-its-kind event ('its first peacekeepers', "
                "'began participating') by actor, type and mission alone, so that different dates for it are a "
                "conflict kept side by side.",
    columns=(
        Column("event_claim_id", "string", "Stable id, a hash of the grouping key.", nullable=False, unique=True,
               pattern=ID16),
        Column("actor", "string", "Acting country (ISO3) or organisation; null when unknown."),
        Column("event_type", "string", "Kind of event.", nullable=False, enum=V.EVENT_TYPES),
        Column("mission_acronym", "string", "Mission the event concerns."),
        Column("is_planned", "bool", "True for future or hoped-for events.", nullable=False),
        Column("is_first", "bool", "True for a first-of-its-kind event, keyed without its date.", nullable=False),
        Column("first_date", "date", "Earliest event_date stated.", nullable=False),
        Column("last_date", "date", "Latest event_date stated.", nullable=False),
        Column("dates", "list<string>", "Each distinct date stated (at its precision) and the number of sources "
               "stating it, most backed first.", nullable=False),
        *_reconciled_columns(),
        Column("event_ids", "list<string>", "The events rows, sorted.", nullable=False),
    ),
    primary_key=("event_claim_id",),
    sort_by=("actor", "first_date", "event_type", "event_claim_id"),
)

TABLES: dict[str, Table] = {
    t.name: t
    for t in (DOCUMENTS, MISSIONS, MISSION_ALIASES, CONTRIBUTIONS, EVENTS, MISSION_MENTIONS, REJECTED_ROWS,
              OFFICIAL_CONTRIBUTIONS, MISSION_STRENGTH, CLAIMS, EVENT_CLAIMS)
}


def table(name: str) -> Table:
    return TABLES[name]
