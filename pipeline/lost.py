"""Where gold contributions are lost: for each gold row that no prediction matches at the figure level (the
ladder's first rung: its count alone), the stage of the extraction where its figure went missing.

The stages, in the order a figure goes through them (``STAGES``):

* ``evidence_not_found``: the gold evidence is in no sentence of the document's text (a table cell, an edit);
* ``not_reached``: its sentence is not among the sentences read closely (``document.focus_sentences``: no mission
  or peace-operation cue near it);
* ``prefilter``: read, but the contribution prefilter (``contrib.reader``: a personnel word and a figure cue)
  skipped it;
* ``number_not_read``: no figure of the sentence reads as the gold count (``pipeline.extract.numbers``); the
  detail says what was read (``other kind``: the count was read, but as money, a date, an ordinal ...);
* ``no_candidate``: the figure was read, but no candidate rule found its head noun;
* ``vetoed``: a candidate rule, a veto, a row rule or a breakdown rule dropped it (the detail names it);
* ``no_sender``: no sender rule found a country;
* ``merged``: a row with that figure was made, but it went to another gold row (two gold rows of one figure:
  "seven RAN, 16 Army and seven RAAF"), or was dropped as a repeated sentence or restatement, or by validation.

It runs the extraction of a build (``batch.extract_one``) inside the library's trace (``pipeline.extract.trace``)
and reads the notes at the figure's offset, as ``pkdata explain`` does. Pure Python: no Dagster.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pipeline.evaluation import LADDERS, _int, match_rows, read_gold

STAGES = ("evidence_not_found", "not_reached", "prefilter", "number_not_read", "no_candidate", "vetoed",
          "no_sender", "merged")


@dataclass(frozen=True)
class Loss:
    source_name: str
    stage: str
    detail: str
    count: tuple[int | None, int | None]
    sentence: str


@dataclass
class _Traced:
    """One document as the traced extraction read it."""

    text: str
    sentences: list  # split_sentences(text)
    read: set[int]  # starts of the sentences read closely
    skipped: set[int]  # starts of the sentences the contribution prefilter skipped
    notes: dict[int, list]  # contribution notes by document offset
    rows: list[dict]  # the contributions rows extract_document gave (before validation)


def _trace_document(source, matcher) -> _Traced | None:
    from pipeline.batch import extract_one
    from pipeline.extract import trace
    from pipeline.extract.sentences import split_sentences
    from pipeline.ingest.readers import ingest

    doc = ingest(source)
    if doc.text is None:
        return None
    with trace.tracing("document") as doc_notes, trace.tracing("contributions") as notes:
        result = extract_one(source, matcher)
    by_pos: dict[int, list] = {}
    for n in (*notes, *(n for n in doc_notes if n.rule in _DEDUPLICATED)):
        by_pos.setdefault(n.pos, []).append(n)
    return _Traced(doc.text, split_sentences(doc.text), {n.pos for n in doc_notes if n.rule == "read_closely"},
                   {n.pos for n in doc_notes if n.rule == "no_contribution_cue"}, by_pos,
                   result.rows.get("contributions", []))


_AFTER_SENDER = ("status", "type", "mission", "row")  # the stages a figure reaches once it has a sender
_DEDUPLICATED = ("repeated_sentence", "restated")  # the document stage's notes of a row told again
_SPACE = re.compile(r"\s+")


def evidence_sentences(sentences: list, evidence: str) -> list:
    """The sentences (``split_sentences``) that hold a gold row's evidence (white space folded); its first or
    last 60 characters when the whole is not found (an annotator's edit); [] when neither is."""
    joined, starts, pos = [], [], 0
    for s in sentences:
        starts.append(pos)
        joined.append(s.evidence)
        pos += len(s.evidence) + 1
    text = " ".join(joined)
    wanted = _SPACE.sub(" ", evidence).strip()
    for probe in (wanted, wanted[:60], wanted[-60:]):
        at = text.find(probe) if probe else -1
        if at >= 0:
            end = at + len(probe)
            return [s for s, st in zip(sentences, starts) if st < end and st + len(s.evidence) > at]
    return []


def _figure_stage(notes: list) -> tuple[str, str]:
    """The stage a read figure reached, from its trace notes."""
    vetoes = [n for n in notes if n.stage == "veto"]
    if vetoes:
        first = vetoes[0]  # a row rule's drop is named by its rule ("self_hosted"), a candidate's veto by its output
        return "vetoed", first.rule if first.output == "drop" else first.output
    if not any(n.stage == "candidate" for n in notes):
        return "no_candidate", ""
    if not any(n.stage in _AFTER_SENDER for n in notes):
        # no sender rule answered, or the one that did gave no country ("pronoun (org_subject)": an organisation
        # is the subject, r10_003)
        senders = [n.output for n in notes if n.stage == "sender" and n.rule != "no_sender"]
        return "no_sender", senders[-1] if senders else ""
    return "merged", ""


def _order(stage: str) -> int:
    return STAGES.index(stage)


_BEFORE_RULES = ("not_reached", "prefilter", "number_not_read")  # the stages before any contribution rule runs
TABLE_LINE = "table line"
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*(?:\[\d+\])*\s*$")


def is_table_line(evidence: str) -> bool:
    """Whether a gold row's evidence is a line of a table or list rather than a sentence (the guide quotes a table
    row as its flattened line, V1): a few words with a figure and no sentence's end ("Australia: 7200 soldiers 1700
    police", "UNMIL in Liberia (2)"). Only the table rules read such lines: a loss there before any contribution
    rule runs is a table no table rule read."""
    words = evidence.split()
    return 0 < len(words) <= 15 and any(ch.isdigit() for ch in evidence) and not _SENTENCE_END.search(evidence)


def classify(doc: _Traced, gold: dict) -> tuple[str, str, str]:
    """(stage, detail, sentence) of a gold row missed at the figure level; before the rules, the detail says
    whether the evidence is a table's line (``is_table_line``)."""
    stage, detail, sentence = _classify(doc, gold)
    if stage in _BEFORE_RULES and is_table_line(gold.get("evidence", "")):
        detail = TABLE_LINE + (f"; {detail}" if detail else "")
    return stage, detail, sentence


def _classify(doc: _Traced, gold: dict) -> tuple[str, str, str]:
    from pipeline.extract.numbers import find_quantities

    found = evidence_sentences(doc.sentences, gold.get("evidence", ""))
    if not found:
        return "evidence_not_found", "", gold.get("evidence", "")
    sentence = " ".join(s.evidence for s in found)
    if not any(s.start in doc.read for s in found):
        return "not_reached", "", sentence
    reached = [s for s in found if s.start in doc.read and s.start not in doc.skipped]
    if not reached:
        return "prefilter", "", sentence
    want = (_int(gold.get("count_low")), _int(gold.get("count_high")))
    best: tuple[str, str] | None = None
    read_as = []
    for s in reached:
        for q in find_quantities(doc.text[s.start:s.end]):
            read_as.append(f"{q.surface}={q.low}-{q.high}:{q.kind}")
            if (q.low, q.high) != want:
                continue
            found_stage = ("number_not_read", f"other kind: {q.kind}") if q.kind != "count" else \
                _figure_stage(doc.notes.get(s.start + q.start, []))
            if best is None or _order(found_stage[0]) > _order(best[0]):
                best = found_stage
    if best is None:
        return "number_not_read", "read: " + ", ".join(read_as[:6]), sentence
    if best[0] == "merged":
        best = ("merged", _merged_detail(doc, reached, want))
    return best[0], best[1], sentence


def _merged_detail(doc: _Traced, sentences: list, want: tuple) -> str:
    starts = {s.start for s in sentences}
    if any(r["char_start"] in starts and (r["count_low"], r["count_high"]) == want for r in doc.rows):
        return "row made, matched to another gold row or not valid"
    if any(n.rule in _DEDUPLICATED for s in sentences for n in doc.notes.get(s.start, ())):
        return "repeated or restated"
    if any((r["count_low"], r["count_high"]) == want for r in doc.rows):
        return "a row of that figure elsewhere in the document, matched to another gold row"
    return "sender found, no row (a row rule, a table's rows or a headline took its place)"


def lost_figures(documents: Path, gold_folder: Path, predicted: dict | None = None) -> list[Loss]:
    """The gold contributions of ``gold_folder`` missed at the figure level by the extraction of ``documents``,
    each with the stage that lost it. ``predicted``: the rows of ``eval_runs.predict_folder`` when already made."""
    from pipeline.eval_runs import _catalog, predict_folder
    from pipeline.extract.missions import MissionMatcher
    from pipeline.ingest.inventory import discover
    from pipeline.settings import PipelineSettings

    if predicted is None:
        predicted = predict_folder(documents)
    gold = read_gold(gold_folder)["contributions"]
    sources = {g["source_name"] for g in gold}
    contributions = [p for p in predicted["contributions"] if p["source_name"] in sources]
    _, missed, _ = match_rows("contributions", contributions, gold, LADDERS["contributions"][0][1])
    if not missed:
        return []
    matcher = MissionMatcher(_catalog(str(PipelineSettings().reference_dir)))
    wanted = {g["source_name"] for g in missed}
    traced = {s.source_name: _trace_document(s, matcher) for s in discover(Path(documents))[0]
              if s.source_name in wanted}
    out = []
    for g in missed:
        doc = traced.get(g["source_name"])
        count = (_int(g.get("count_low")), _int(g.get("count_high")))
        if doc is None:
            out.append(Loss(g["source_name"], "evidence_not_found", "document not read", count, g["evidence"]))
            continue
        stage, detail, sentence = classify(doc, g)
        out.append(Loss(g["source_name"], stage, detail, count, sentence))
    return out


def format_lost(losses: Iterable[Loss], n_gold: int | None = None, sentences: bool = True) -> str:
    """The counts per stage (and per veto), then each stage's sentences."""
    losses = list(losses)
    counts = Counter(x.stage for x in losses)
    head = f"figures missed: {len(losses)}" + (f" of {n_gold} gold" if n_gold else "")
    lines = [head]
    for stage in STAGES:
        if counts[stage]:
            lines.append(f"  {stage:<20}{counts[stage]:>5}")
            if stage == "vetoed":
                for name, k in sorted(Counter(x.detail for x in losses if x.stage == stage).items(),
                                      key=lambda kv: (-kv[1], kv[0])):
                    lines.append(f"    {name:<26}{k:>5}")
            tables = sum(1 for x in losses if x.stage == stage and x.detail.startswith(TABLE_LINE))
            if stage in _BEFORE_RULES and tables:
                lines.append(f"    {'in ' + TABLE_LINE + 's':<26}{tables:>5}")
    if sentences:
        for stage in STAGES:
            chosen = [x for x in losses if x.stage == stage]
            if chosen:
                lines.append(f"\n{stage} ({len(chosen)})")
                lines += [f"  [{x.source_name[:40]}] {_fmt(x.count)}{' (' + x.detail + ')' if x.detail else ''}"
                          f" | {x.sentence[:220]}" for x in chosen]
    return "\n".join(lines)


def _fmt(count: tuple) -> str:
    low, high = count
    return f"{low}" if low == high else f"{low}-{high}"
