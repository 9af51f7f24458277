"""Dated events: one row per date expression of a sentence that dates a happening.

``extract_events(text, sentences, countries, missions, dates, ctx)`` takes the mentions that the other
extractors found in a document (all with offsets into ``text``) and returns :class:`Event` rows. The rules are in
stages, one module each, in ``pipeline/extract/ev`` (its package docstring lists the stages and their tables);
each stage's module documents its rules. ``Event.extractor`` names the rules that made the row:
``events.v10:<type>_<trigger rule>+bind.<rule>[+statement.<rule>][+type.<rule>...]+actor.<rule>[+actor.<typed
rule>]+mission.<rule>`` (``events.v10:deployment_deploy+bind.clause+actor.clause_subject+mission.nearest_named``;
the second actor step is a rule of ``ev.typed_actors`` that changed the actor once the type was known).
"""

from __future__ import annotations

from pipeline.extract.ev.chronology import date_line_cues
from pipeline.extract.ev.common import VERSION
from pipeline.extract.ev.prefilter import BACKGROUND, BACKGROUND_WORDS, years_near
from pipeline.extract.ev.rows import extract_events

__all__ = ["BACKGROUND", "BACKGROUND_WORDS", "VERSION", "date_line_cues", "extract_events", "years_near"]
