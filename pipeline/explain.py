"""`pkdata explain`: why a row is or is not there. For each sentence of a text, the figures found, for each the noun
rule that read it and the vetoes that dropped it, and the rows that come out (contributions with their rule chain,
events with their rule), as the extraction library makes them: the same ``extract_document`` as a build, run
with a trace collector (``pipeline.extract.trace``) that the rules report to.
"""

import functools
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.extract import trace
from pipeline.extract.document import extract_document
from pipeline.extract.numbers import find_quantities
from pipeline.extract.sentences import split_sentences
from pipeline.extract.types import DocumentContext, PartialDate
from pipeline.settings import PipelineSettings

# The noun rules of a figure, in the order ``contributions._SentenceReader._head`` tries them (the first that finds
# a noun for the figure reads it); a test checks that each is a rule name of the module.
NOUN_RULES = ("unit_size", "figure_noun", "unit_of", "noun_numbering", "unit_strong", "number_of",
              "contribution_of", "own_total", "elliptic_from", "demonym", "changed_from", "running_total",
              "running_from", "shared_noun", "anaphoric", "partitive", "bare_object", "bare_ranked", "bare_subject",
              "bare_predicate", "bare_coordinated")

# What a veto means, in a reader's words (the names are those the rules report).
VETOES = {
    "no_personnel_noun": "no personnel noun or unit for the figure (no noun rule read it)",
    "size_of_a_unit_named": "the size of a unit named before it, not a new figure",
    "casualty": "a casualty figure (killed, wounded, dead...)",
    "authorised_strength": "an authorised strength or ceiling",
    "size_per_unit": "a size per unit ('two units of 140 each')",
    "national_force": "a country's own armed forces, not a contribution",
    "distributive": "a figure for each of several ('each has 200')",
    "not_yet_trained": "people being trained or recruited, not sent",
    "many_senders": "a total drawn from many countries",
    "exercise": "an exercise or drill",
    "national_force_size": "the size of a national army",
    "request": "a figure asked for, not offered",
    "no_sender": "no country found to send it",
    "not_about_peace_operations": "the document does not speak of peace operations and no mission is named",
    "sender_hosts_the_mission": "the country found hosts the mission: not its contribution",
}


@dataclass
class FigureReport:
    surface: str
    start: int
    end: int
    kind: str
    notes: list = field(default_factory=list)
    rows: list = field(default_factory=list)


@dataclass
class SentenceReport:
    start: int
    end: int
    text: str
    read: bool
    skipped: bool  # read closely, but the contribution rules found no personnel word or no figure cue in it
    figures: list[FigureReport]
    other_rows: list[dict]
    events: list[dict]


@functools.lru_cache(maxsize=1)
def _matcher():
    from pipeline.extract.missions import MissionMatcher
    from pipeline.reference.catalog import build_mission_catalog

    return MissionMatcher(build_mission_catalog(Path(PipelineSettings().reference_dir)))


def explain_text(text: str, published: PartialDate | None = None) -> tuple[list[SentenceReport], list[dict]]:
    """The reports of the sentences that hold a figure or a row, and the rows no sentence holds (tables)."""
    with trace.collect() as notes:
        rows = extract_document(text, DocumentContext("explain", published), _matcher())
    read, skipped, by_figure = _index(notes)
    placed: set[int] = set()  # ids of the rows shown under a sentence
    reports = []
    for s in split_sentences(text):
        contributions = [r for r in rows.contributions if r["char_start"] == s.start]
        events = [r for r in rows.events if r["char_start"] == s.start]
        figures = _figures(text, s, contributions, by_figure)
        placed.update(id(r) for r in (*contributions, *events))
        if figures or contributions or events:
            shown = {id(r) for f in figures for r in f.rows}
            reports.append(SentenceReport(s.start, s.end, s.evidence, (s.start, s.end) in read, s.start in skipped,
                                          figures, [r for r in contributions if id(r) not in shown], events))
    return reports, [r for r in rows.contributions if id(r) not in placed]


def _index(notes: list[trace.TraceEvent]) -> tuple[set, set, dict]:
    """The spans of the sentences read closely, the starts of those the contribution rules skipped, and the
    figures' notes by span."""
    read = {(n.start, n.end) for n in notes if n.stage == "sentence" and n.name == "read_closely"}
    skipped = {n.start for n in notes if n.stage == "sentence" and n.name == "not_read"}
    by_figure: dict[tuple[int, int], list] = {}
    for n in notes:
        if n.stage in ("head", "veto"):
            by_figure.setdefault((n.start, n.end), []).append(n)
    return read, skipped, by_figure


def _figures(text: str, s, contributions: list[dict], by_figure: dict) -> list[FigureReport]:
    """The quantities of a sentence, each with its trace notes and the rows of its figure."""
    figures, taken = [], set()
    for q in find_quantities(text[s.start:s.end]):
        start, end = q.start + s.start, q.end + s.start
        f = FigureReport(q.surface, start, end, q.kind, by_figure.get((start, end), []))
        f.rows = [r for r in contributions if r["figure_text"] == q.surface and id(r) not in taken]
        taken.update(id(r) for r in f.rows)
        figures.append(f)
    return figures


# -- text -------------------------------------------------------------------------------------------------------
def _count(r: dict) -> str:
    low, high = r["count_low"], r["count_high"]
    if low == high:
        return f"{low}"
    if high is None:
        return f"at least {low}"
    return f"up to {high}" if low is None else f"{low}-{high}"


def format_contribution(r: dict) -> str:
    mission = r["mission_acronym"] or ("all UN operations" if r["scope"] == "all_un_pko" else "no mission")
    as_of = r["as_of_date"].isoformat()[:{"year": 4, "month": 7}.get(r["as_of_precision"], 10)] \
        if r["as_of_date"] is not None else "undated"
    chain = r["extractor"].split(":", 1)[-1]
    return (f"ROW {r['contributor_iso3']} -> {mission}: {r['personnel_type']} {_count(r)}"
            f"{' (approx.)' if r['count_approx'] else ''}, {r['status']}, as of {as_of}\n"
            f"        rules: {chain.replace('+', ' + ')}; mission by {r['mission_method']}")


def format_event(r: dict) -> str:
    date = r["event_date"].isoformat()[:{"year": 4, "month": 7}.get(r["date_precision"], 10)] \
        if r["event_date"] is not None else "?"
    who = r["actor_iso3"] or r.get("actor_organisation") or "no actor"
    return (f"EVENT {date} {r['event_type']}: {who}, {r['mission_acronym'] or 'no mission'} "
            f"(\"{r['date_text']}\"; rule {r['extractor'].split(':', 1)[-1]})")


def _figure_lines(f: FigureReport, s: SentenceReport) -> list[str]:
    lines = [f"  figure \"{f.surface}\"" + ("" if f.kind == "count" else f" ({f.kind}, not a count of people)")]
    if f.kind != "count":
        return lines
    if not s.read or s.skipped:
        lines.append("    not read by the contribution rules: " + (
            "no cue of peace operations near it (the prefilter)" if not s.read
            else "its sentence has no personnel word or figure cue"))
    for n in f.notes:
        if n.stage == "head":
            lines.append(f"    noun rule: {n.name} -> \"{n.detail.get('noun')}\" ({n.detail.get('type')})")
        elif n.name == "no_personnel_noun":
            lines.append(f"    VETO {n.name}: {VETOES[n.name]}; tried {', '.join(NOUN_RULES)}")
        else:
            extra = "".join(f", {k} {v}" for k, v in n.detail.items())
            lines.append(f"    VETO {n.name}: {VETOES.get(n.name, n.name)}{extra}")
    if f.rows:
        lines += [f"    {format_contribution(r)}" for r in f.rows]
    elif s.read and not s.skipped:
        lines.append("    no row")
    return lines


def format_explanation(reports: list[SentenceReport], loose: list[dict]) -> str:
    """The reports as text for a terminal."""
    lines = []
    for i, s in enumerate(reports, 1):
        state = "read closely" if s.read else "not read closely (no cue of peace operations)"
        lines.append(f"[{i}] chars {s.start}-{s.end}, {state}")
        lines.append(f"  \"{s.text}\"")
        for f in s.figures:
            lines += _figure_lines(f, s)
        lines += [f"  {format_contribution(r)}" for r in s.other_rows]
        lines += [f"  {format_event(r)}" for r in s.events]
        lines.append("")
    if loose:
        lines.append("rows from tables and lists read line by line:")
        lines += [f"  {format_contribution(r)}" for r in loose]
    if not reports and not loose:
        lines.append("no figure, no row.")
    return "\n".join(lines).rstrip() + "\n"


def published_from_manifest(path: Path) -> PartialDate | None:
    """The publication date the manifest beside ``path`` gives it, if any."""
    from pipeline.ingest.manifest import read_manifest

    manifest = path.parent / "manifest.csv"
    if not manifest.is_file():
        return None
    for entry in read_manifest(manifest)[0]:
        if entry.file == path.name or entry.source_name == path.stem:
            return entry.published
    return None
