"""Contribution rules: who sends how many personnel of which kind to which mission, in what status, as of when.

The rules are staged in ``pipeline.extract.contrib`` (candidates -> vetoes -> senders, mission or scope,
personnel type, status and date -> rows); this module is their entry point.
"""

from pipeline.extract.contrib.common import VERSION
from pipeline.extract.contrib.reader import extract_contributions

__all__ = ["VERSION", "extract_contributions"]
