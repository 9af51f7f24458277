"""`pkdata explain`: why a row is or is not there. For each sentence of a text, the figures found; for each the
candidate rule that read it (or the candidate rules tried), the veto that dropped it, the resolver rules that
fired (sender, status, type, mission, row rules) and the rows that come out with their extractor chains; the
events of the sentence with the event rules that fired. It runs the same ``extract_document`` as a build, inside
the library's one trace (``pipeline.extract.trace``) that every rule table reports to, and names the rules as
their tables do (``pipeline.extract.contrib``: each rule's doc line says what it means).
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

# The stages of the contribution trace, in the order a figure goes through them, as explain names them.
STAGE_LABELS = {"candidate": "candidate rule", "veto": "VETO", "sender": "sender rule", "status": "status rule",
                "type": "type rule", "mission": "mission rule", "row": "row rule", "breakdown": "breakdown rule"}
# The stages of the event trace whose rules drop a trigger or a date (``pipeline.extract.ev``: vetoes, failed checks).
EVENT_VETO_STAGES = ("trigger_veto", "trigger_check", "context_check", "date_veto", "veto")
# Names the resolvers give when no rule of their table answers (not rules of a table themselves).
NO_RULE = {"no_sender": "no country found to send it", "none": "no mission or scope found",
           "head": "the kind of personnel its head noun names"}


@functools.lru_cache(maxsize=1)
def rule_tables() -> dict[str, tuple]:
    """The contribution rule tables by trace stage (the candidate, veto, row and breakdown rules that drop a figure
    report under "veto", and are looked up in all four)."""
    from pipeline.extract.contrib import (
        breakdowns,
        candidates,
        enumerations,
        ptypes,
        rows,
        scope,
        senders,
        statuses,
        vetoes,
    )

    # An enumeration's items ("Four are serving in UNMISET (East Timor), 113 in UNMIK") are read before the
    # candidate rules: their rule reports as a candidate.
    return {"candidate": candidates.CANDIDATE_RULES + enumerations.ENUMERATION_RULES, "veto": vetoes.VETOES + candidates.CANDIDATE_RULES
            + rows.ROW_RULES + breakdowns.BREAKDOWN_RULES, "sender": senders.SENDER_RULES,
            "status": statuses.STATUS_RULES, "type": ptypes.TYPE_RULES + ptypes.STORY_TYPE_RULES,
            "mission": scope.MISSION_RULES, "row": rows.ROW_RULES, "breakdown": breakdowns.BREAKDOWN_RULES}


def rule_doc(stage: str, rule: str) -> str | None:
    """The doc line of ``rule`` in the tables of ``stage``; None for a name no table holds."""
    return next((r.doc for r in rule_tables().get(stage, ()) if r.name == rule), None)


def candidate_rules() -> list[str]:
    """The candidate rules, in the order they are tried (the first that finds a head noun reads the figure)."""
    from pipeline.extract.contrib import candidates

    return [r.name for r in candidates.CANDIDATE_RULES]


@dataclass
class FigureReport:
    surface: str
    start: int
    end: int
    kind: str
    notes: list = field(default_factory=list)  # trace.Note of the contribution rules at the figure
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
    event_notes: list = field(default_factory=list)  # trace.Note of the event rules in the sentence


@functools.lru_cache(maxsize=1)
def _matcher():
    from pipeline.extract.missions import MissionMatcher
    from pipeline.reference.catalog import build_mission_catalog

    return MissionMatcher(build_mission_catalog(Path(PipelineSettings().reference_dir)))


def explain_text(text: str, published: PartialDate | None = None, publisher: str | None = None,
                 url: str | None = None) -> tuple[list[SentenceReport], list[dict]]:
    """The reports of the sentences that hold a figure or a row, and the rows no sentence holds (tables).
    ``publisher`` and ``url``: the manifest's (a national publisher's own forces are its country's)."""
    with trace.tracing("document") as doc_notes, trace.tracing("contributions") as notes, \
            trace.tracing("events") as event_notes:
        rows = extract_document(text, DocumentContext("explain", published, publisher=publisher, url=url),
                                _matcher())
    read = {n.pos for n in doc_notes if n.rule == "read_closely"}
    skipped = {n.pos for n in doc_notes if n.rule == "no_contribution_cue"}
    by_figure: dict[int, list] = {}
    for n in notes:
        by_figure.setdefault(n.pos, []).append(n)
    placed: set[int] = set()  # ids of the rows shown under a sentence
    reports = []
    for s in split_sentences(text):
        contributions = [r for r in rows.contributions if r["char_start"] == s.start]
        events = [r for r in rows.events if r["char_start"] == s.start]
        figures = _figures(text, s, contributions, by_figure)
        placed.update(id(r) for r in (*contributions, *events))
        if figures or contributions or events:
            shown = {id(r) for f in figures for r in f.rows}
            reports.append(SentenceReport(s.start, s.end, s.evidence, s.start in read, s.start in skipped,
                                          figures, [r for r in contributions if id(r) not in shown], events,
                                          [n for n in event_notes if s.start <= n.pos < s.end]))
    return reports, [r for r in rows.contributions if id(r) not in placed]


def _figures(text: str, s, contributions: list[dict], by_figure: dict) -> list[FigureReport]:
    """The quantities of a sentence, each with its trace notes and the rows of its figure."""
    figures, taken = [], set()
    for q in find_quantities(text[s.start:s.end]):
        start, end = q.start + s.start, q.end + s.start
        f = FigureReport(q.surface, start, end, q.kind, by_figure.get(start, []))
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
            f"(\"{r['date_text']}\"; rules {r['extractor'].split(':', 1)[-1].replace('+', ' + ')})")


def _note_line(n: trace.Note) -> str:
    """One contribution rule that fired, as a line: its stage, name (and the name it gave) and what it means."""
    name = n.rule if n.output == n.rule else f"{n.rule} ({n.output})"
    doc = NO_RULE.get(n.rule) or rule_doc(n.stage, n.rule) or ""
    if n.stage == "veto":
        return f"    VETO {name}: {doc}"
    return f"    {STAGE_LABELS.get(n.stage, n.stage)}: {name}" + (f" -- {doc}" if doc else "")


def _figure_lines(f: FigureReport, s: SentenceReport) -> list[str]:
    lines = [f"  figure \"{f.surface}\"" + ("" if f.kind == "count" else f" ({f.kind}, not a count of people)")]
    if f.kind != "count":
        return lines
    if not s.read or s.skipped:
        lines.append("    not read by the contribution rules: " + (
            "no cue of peace operations near it (the prefilter)" if not s.read
            else "its sentence has no personnel word or figure cue"))
        return lines
    if not f.notes:
        lines.append("    no candidate rule read it (no personnel noun or unit for the figure); tried "
                     + ", ".join(candidate_rules()))
    lines += [_note_line(n) for n in f.notes]
    if f.rows:
        lines += [f"    {format_contribution(r)}" for r in f.rows]
    else:
        lines.append("    no row")
    return lines


def _event_lines(s: SentenceReport) -> list[str]:
    """The event rules that fired in the sentence (each once), stage by stage in the order they first fired; the
    vetoes and failed checks that dropped a trigger or a date say so."""
    by_stage: dict[str, list[str]] = {}
    for n in s.event_notes:
        names = by_stage.setdefault(n.stage, [])
        name = n.rule if n.output == n.rule else f"{n.rule} ({n.output})"
        if name not in names:
            names.append(name)
    if not by_stage:
        return []
    parts = [("VETO " if stage == "veto" else f"VETO {stage} " if stage in EVENT_VETO_STAGES else f"{stage} ")
             + ", ".join(names) for stage, names in by_stage.items()]
    return [f"  event rules: {'; '.join(parts)}"]


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
        lines += _event_lines(s)
        lines += [f"  {format_event(r)}" for r in s.events]
        lines.append("")
    if loose:
        lines.append("rows from tables and lists read line by line:")
        lines += [f"  {format_contribution(r)}" for r in loose]
    if not reports and not loose:
        lines.append("no figure, no row.")
    return "\n".join(lines).rstrip() + "\n"


def manifest_entry(path: Path):
    """The entry of the manifest beside ``path`` for it (``pipeline.ingest.manifest.ManifestEntry``), if any."""
    from pipeline.ingest.manifest import read_manifest

    manifest = path.parent / "manifest.csv"
    if not manifest.is_file():
        return None
    for entry in read_manifest(manifest)[0]:
        if entry.file == path.name or entry.source_name == path.stem:
            return entry
    return None

