"""Shared fixtures: a Dagster home per test session (never ~/.dagster), and the bundled seeds."""

import os
import shutil
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS_DIR = ROOT / "sources" / "documents"


def query(output: Path, sql: str) -> list[tuple]:
    """The rows of ``sql`` on the DuckDB file a build published into ``output``, opened read-only."""
    con = duckdb.connect(str(output / "peacekeeping.duckdb"), read_only=True)
    try:
        return con.sql(sql).fetchall()
    finally:
        con.close()
GOLD_DIR = ROOT / "tests" / "data" / "gold" / "seeds"


@pytest.fixture(scope="session", autouse=True)
def dagster_home(tmp_path_factory) -> Path:
    """Every Dagster run of the tests writes to a throw-away home with telemetry off."""
    home = tmp_path_factory.mktemp("dagster_home")
    (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n", encoding="utf-8")
    previous = os.environ.get("DAGSTER_HOME")
    os.environ["DAGSTER_HOME"] = str(home)
    yield home
    if previous is None:
        os.environ.pop("DAGSTER_HOME", None)
    else:
        os.environ["DAGSTER_HOME"] = previous


@pytest.fixture()
def seeds_copy(tmp_path) -> Path:
    """A writable copy of the bundled documents folder."""
    target = tmp_path / "documents"
    shutil.copytree(SEEDS_DIR, target)
    return target


@pytest.fixture(scope="session")
def matcher():
    """The mission matcher over the bundled reference, built once for the whole session (its compile costs ~0.6 s)."""
    from pipeline.extract.missions import MissionMatcher
    from pipeline.reference.catalog import build_mission_catalog

    return MissionMatcher(build_mission_catalog(ROOT / "sources" / "reference"))


def found_missions(matcher, text: str, published: str | None) -> list[tuple]:
    """(acronym, surface, method) of each mission the matcher finds in ``text`` published at ``published``."""
    from pipeline.extract.types import PartialDate

    when = PartialDate.parse(published) if published else None
    return [(m.acronym, m.surface, m.method) for m in matcher.find_mentions(text, when)]
