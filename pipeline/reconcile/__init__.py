"""Reconciliation: near-duplicate documents grouped into stories, and rows that state the same thing grouped
into claims (``claims``, ``event_claims``). Pure Python over the rows of the tables; no Dagster."""
