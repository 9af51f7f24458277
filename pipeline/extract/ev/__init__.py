"""Event rules, in stages (see pipeline/extract/events.py)."""
