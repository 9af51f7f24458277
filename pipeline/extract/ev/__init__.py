"""Event rules, in stages; the entry point is ``pipeline.extract.events.extract_events`` (``rows.extract_events``).

For every sentence that holds a date (the dates are known already: mapping them to sentences is the prefilter):

1. ``clauses``: one scan cuts the sentence into clauses and finds the trigger words and organisations;
2. ``triggers.TRIGGER_RULES``: what a trigger word names, and its event type (cues: ``data/event_triggers.csv``,
   validated by ``cues``); ``READING_VETOES`` and ``TEXT_CHECKS`` drop matches that are no trigger;
   ``checks.CONTEXT_CHECKS`` confirms ambiguous words with the sentence's countries and missions;
3. ``vetoes.DATE_VETOES``: dates that date no happening (citations, datelines, comparisons, ``until`` ...);
4. ``bind.BIND_RULES`` and ``STATEMENT_RULES``: the trigger a date belongs to, what a dated statement announces;
5. ``vetoes.BOUND_VETOES``: bound dates that still give no row (statements, tallies since a date, pairs);
6. ``kinds.TYPE_RULES`` and ``ACTOR_TYPE_RULES`` (the type), ``actors.ACTOR_RULES`` (the actor) and, once the
   type is known, ``typed_actors.TYPED_ACTOR_RULES``, ``mission.MISSION_RULES`` (the mission; and the location),
   ``rows`` (tense, and the row, whose ``extractor`` names the chain of rules that made it).

The stages share a ``context.SentenceContext``; every rule is a named row of an ordered table with a doc line and
an example (``rules.Rule``), and ``rules.tracing()`` records the rules that fire (``tests/test_event_rules.py``
requires each rule's example to fire it). Word lists shared with the other rules are in
``pipeline/extract/lexicon.py`` and ``pipeline/extract/data/word_lists.csv``.

Why rules and not a parser: a dependency parser (spaCy) would bind verbs better but runs at a few hundred kB/s,
far below the 5 MB/s budget, and is a heavy new dependency; the sentences of this corpus are regular enough for
clause cutting and trigger lexicons.
"""
