"""Places of missions that their names do not give: a region, a border, a former state (``data/mission_places.csv``).

``MissionIndex`` knows a place when a mission's English name holds it (``in Darfur``). Some missions are named
without one ("United Nations Protection Force", UNPROFOR; "United Nations Iraq-Kuwait Observation Mission",
UNIKOM) or texts write the place another way ("the western Sahara"); the guide's definite descriptions name
them by such places ("United Nations operations in the former Republic of Yugoslavia, Cyprus, Cambodia, the
western Sahara and on the Iraq-Kuwait border", r3_005). Each row gives a place as written (case-sensitive, as
the names' places are) and the missions it can mean, resolved by date like any other place.
"""

from __future__ import annotations

import csv
import functools
from pathlib import Path

from pipeline.extract.lexicon import LexiconError

PLACES_PATH = Path(__file__).resolve().parent / "data" / "mission_places.csv"
_COLUMNS = ("place", "missions", "note")


@functools.cache
def load_mission_places(path: Path = PLACES_PATH) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(place, missions) in file order; validated (header, a non-empty trimmed place, one row per place, at least
    one mission acronym). Whether the acronyms are known is checked against the catalog (``check_known``)."""
    out: list[tuple[str, tuple[str, ...]]] = []
    seen: set[str] = set()
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if tuple(reader.fieldnames or ()) != _COLUMNS:
            raise LexiconError(f"{path.name}: the header must be {','.join(_COLUMNS)}")
        for row in reader:
            place = row["place"] or ""
            missions = tuple(m.strip() for m in (row["missions"] or "").split(";") if m.strip())
            if not place or place != place.strip() or not missions:
                raise LexiconError(f"{path.name} line {reader.line_num}: a row needs a trimmed place and missions")
            if place in seen:
                raise LexiconError(f"{path.name} line {reader.line_num}: {place!r} is listed twice")
            seen.add(place)
            out.append((place, missions))
    return tuple(out)


def check_known(places: tuple[tuple[str, tuple[str, ...]], ...], known: set[str] | dict) -> None:
    unknown = sorted({m for _, missions in places for m in missions if m not in known})
    if unknown:
        raise LexiconError(f"{PLACES_PATH.name}: unknown mission acronyms {', '.join(unknown)}")
