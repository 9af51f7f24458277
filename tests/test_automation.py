"""The documents sensor and the daily schedule, evaluated with Dagster's own test contexts.

The sensor runs on a writable copy of the seed documents: each test changes the folder the way a maintainer
would (drop a file in, edit one, delete one, edit the manifest) and checks the tick's answer: one run request
for the build job with tags that count and name what changed, or a skip when nothing did.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import dagster as dg
import pytest

from pipeline import automation
from pipeline.automation import (
    DAILY_CRON,
    JOB_NAME,
    SCHEDULE_NAME,
    SENSOR_NAME,
    FolderState,
    compare,
    daily_build,
    decode_cursor,
    documents_sensor,
    encode_cursor,
    load_state,
    save_state,
    scan_folder,
    state_folder,
)
from pipeline.definitions import make_definitions
from pipeline.ingest.inventory import discover
from pipeline.settings import PipelineSettings

SEED_A = "000_0cfa2f82a8c410f2"
SEED_B = "002_fdb4b3e7f5745b0a"
NEW_TEXT = "Nepal will send 850 troops to the UN Mission in South Sudan, the army said on Monday.\n"


@pytest.fixture()
def instance():
    with dg.instance_for_test() as inst:
        yield inst


@pytest.fixture()
def settings(seeds_copy, tmp_path) -> PipelineSettings:
    return PipelineSettings(documents_dir=str(seeds_copy), output_dir=str(tmp_path / "out"), workers=1)


def tick(instance, settings: PipelineSettings, cursor: str | None):
    """One evaluation of the sensor, as the daemon does it: (run requests, skip message, new cursor)."""
    context = dg.build_sensor_context(instance=instance, cursor=cursor, resources={"settings": settings},
                                      definitions=make_definitions(settings))
    data = documents_sensor.evaluate_tick(context)
    return data.run_requests or [], data.skip_message, data.cursor if data.cursor is not None else cursor


def settled(instance, settings: PipelineSettings) -> str:
    """The cursor after the first tick, which sees every document as new."""
    requests, _, cursor = tick(instance, settings, None)
    assert len(requests) == 1
    return cursor


def bump_mtime(path: Path, seconds: int = 10) -> None:
    """Move a file's modification time, as an edit would even when the size stays the same."""
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + seconds * 1_000_000_000))


def tags(request: dg.RunRequest) -> dict[str, str]:
    return {k.removeprefix(automation.TAG_PREFIX): v for k, v in request.tags.items()
            if k.startswith(automation.TAG_PREFIX)}


# --- the sensor -----------------------------------------------------------------------------------------------


def test_first_tick_requests_a_build_of_everything(instance, settings):
    requests, skip, cursor = tick(instance, settings, None)
    assert skip is None
    [request] = requests
    assert request.job_name == JOB_NAME
    assert tags(request) == {"trigger": "documents", "added": "2", "changed": "0", "removed": "0",
                             "manifest_changed": "true", "added_names": f"{SEED_A} {SEED_B}"}
    digest, runs = decode_cursor(cursor)
    assert runs == 1
    state = load_state(state_folder(settings), digest)
    assert list(state.documents()) == [SEED_A, SEED_B]
    assert len(cursor) < 100  # Dagster records the cursor with every tick: it stays small


def test_lost_state_file_requests_one_build_of_everything(instance, settings):
    cursor = settled(instance, settings)
    for path in state_folder(settings).glob("state-*.json"):
        path.unlink()
    [request], _, cursor = tick(instance, settings, cursor)
    assert tags(request)["added"] == "2"
    assert tick(instance, settings, cursor)[0] == []


def test_old_state_files_are_dropped(instance, settings, seeds_copy):
    cursor = settled(instance, settings)
    for i in range(automation.KEEP_STATES + 2):
        (seeds_copy / f"10{i}_extra.txt").write_text(NEW_TEXT + str(i), encoding="utf-8")
        cursor = tick(instance, settings, cursor)[2]
    files = list(state_folder(settings).glob("state-*.json"))
    assert len(files) == automation.KEEP_STATES
    assert state_folder(settings) / f"state-{decode_cursor(cursor)[0]}.json" in files


def test_nothing_changed_skips(instance, settings):
    cursor = settled(instance, settings)
    requests, skip, new_cursor = tick(instance, settings, cursor)
    assert requests == []
    assert skip == f"no change in {settings.documents_dir} (2 files)"
    assert new_cursor == cursor


def test_new_document_requests_a_build(instance, settings, seeds_copy):
    cursor = settled(instance, settings)
    (seeds_copy / "003_nepal.txt").write_text(NEW_TEXT, encoding="utf-8")
    [request], skip, _ = tick(instance, settings, cursor)
    assert skip is None
    assert request.job_name == JOB_NAME
    assert tags(request) == {"trigger": "documents", "added": "1", "changed": "0", "removed": "0",
                             "manifest_changed": "false", "added_names": "003_nepal"}


def test_changed_document_requests_a_build(instance, settings, seeds_copy):
    cursor = settled(instance, settings)
    path = seeds_copy / f"{SEED_B}.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    [request], _, _ = tick(instance, settings, cursor)
    assert tags(request) == {"trigger": "documents", "added": "0", "changed": "1", "removed": "0",
                             "manifest_changed": "false", "changed_names": SEED_B}


def test_same_size_edit_is_seen_through_the_modification_time(instance, settings, seeds_copy):
    cursor = settled(instance, settings)
    path = seeds_copy / f"{SEED_A}.txt"
    data = path.read_bytes()
    path.write_bytes(data.replace(b"China", b"Chine", 1))
    bump_mtime(path)
    [request], _, _ = tick(instance, settings, cursor)
    assert tags(request)["changed_names"] == SEED_A


def test_removed_document_requests_a_build(instance, settings, seeds_copy):
    cursor = settled(instance, settings)
    (seeds_copy / f"{SEED_A}.txt").unlink()
    [request], _, _ = tick(instance, settings, cursor)
    # The manifest still names the file: the document stays, as an error record, so it counts as changed;
    # removing its manifest row too removes the document.
    assert tags(request)["changed_names"] == SEED_A
    cursor = tick(instance, settings, cursor)[2]
    manifest = seeds_copy / "manifest.csv"
    manifest.write_text("".join(line for line in manifest.read_text(encoding="utf-8").splitlines(True)
                                if not line.startswith(SEED_A)), encoding="utf-8")
    [request], _, _ = tick(instance, settings, cursor)
    assert tags(request) == {"trigger": "documents", "added": "0", "changed": "0", "removed": "1",
                             "manifest_changed": "true", "removed_names": SEED_A}


def test_unlisted_file_removed(instance, settings, seeds_copy):
    (seeds_copy / "003_nepal.txt").write_text(NEW_TEXT, encoding="utf-8")
    cursor = settled(instance, settings)
    (seeds_copy / "003_nepal.txt").unlink()
    [request], _, _ = tick(instance, settings, cursor)
    assert tags(request)["removed_names"] == "003_nepal"
    assert tags(request)["removed"] == "1"


def test_manifest_edit_changes_its_document(instance, settings, seeds_copy):
    cursor = settled(instance, settings)
    manifest = seeds_copy / "manifest.csv"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("Business Standard (PTI wire)", "PTI"),
                        encoding="utf-8")
    [request], _, _ = tick(instance, settings, cursor)
    assert tags(request) == {"trigger": "documents", "added": "0", "changed": "1", "removed": "0",
                             "manifest_changed": "true", "changed_names": SEED_A}


def test_touched_file_is_not_a_change_but_updates_the_cursor(instance, settings, seeds_copy):
    cursor = settled(instance, settings)
    bump_mtime(seeds_copy / f"{SEED_A}.txt")
    requests, skip, new_cursor = tick(instance, settings, cursor)
    assert requests == []
    assert skip is not None
    assert new_cursor != cursor  # the new modification time is remembered: no rehash on the next tick
    assert tick(instance, settings, new_cursor)[2] == new_cursor


def test_run_keys_differ_when_the_folder_returns_to_an_earlier_state(instance, settings, seeds_copy):
    cursor = settled(instance, settings)
    extra = seeds_copy / "003_nepal.txt"
    keys = []
    for _ in range(2):
        extra.write_text(NEW_TEXT, encoding="utf-8")
        [request], _, cursor = tick(instance, settings, cursor)
        keys.append(request.run_key)
        extra.unlink()
        [request], _, cursor = tick(instance, settings, cursor)
        keys.append(request.run_key)
    assert len(set(keys)) == 4


def test_names_in_tags_are_cut(instance, settings, seeds_copy):
    cursor = settled(instance, settings)
    for i in range(40):
        (seeds_copy / f"extra_document_number_{i:03d}.txt").write_text(NEW_TEXT + str(i), encoding="utf-8")
    [request], _, _ = tick(instance, settings, cursor)
    names = tags(request)["added_names"]
    assert tags(request)["added"] == "40"
    assert len(names) <= automation.MAX_TAG_CHARS + 20
    assert names.startswith("extra_document_number_000 extra_document_number_001 ")
    assert names.endswith(" ... (+33)")


def test_missing_folder_skips(instance, tmp_path):
    settings = PipelineSettings(documents_dir=str(tmp_path / "nowhere"), output_dir=str(tmp_path / "out"))
    requests, skip, _ = tick(instance, settings, None)
    assert requests == []
    assert skip == f"documents folder not found: {tmp_path / 'nowhere'}"


@pytest.mark.parametrize("cursor", ["", "not json", "[]", json.dumps({"version": 1, "runs": 3, "state": {}}),
                                    json.dumps({"version": automation.CURSOR_VERSION})])
def test_unreadable_or_old_cursor_starts_afresh(cursor):
    assert decode_cursor(cursor) == (None, 0)


def test_cursor_round_trip():
    assert decode_cursor(encode_cursor("0123456789abcdef", 7)) == ("0123456789abcdef", 7)


# --- the folder scan ------------------------------------------------------------------------------------------


def test_unchanged_files_are_not_hashed_again(seeds_copy, monkeypatch):
    state = scan_folder(seeds_copy)
    calls = []
    real = automation._hash_file
    monkeypatch.setattr(automation, "_hash_file", lambda path: calls.append(path.name) or real(path))
    again = scan_folder(seeds_copy, state)
    assert calls == []
    assert again.documents() == state.documents()
    (seeds_copy / "003_nepal.txt").write_text(NEW_TEXT, encoding="utf-8")
    scan_folder(seeds_copy, again)
    assert calls == ["003_nepal.txt"]


def test_hidden_files_and_folders_are_not_documents(seeds_copy):
    (seeds_copy / ".draft.txt").write_text(NEW_TEXT, encoding="utf-8")
    (seeds_copy / ".git").mkdir()
    (seeds_copy / ".git" / "notes.txt").write_text(NEW_TEXT, encoding="utf-8")
    (seeds_copy / "sub").mkdir()
    (seeds_copy / "sub" / "004_nested.txt").write_text(NEW_TEXT, encoding="utf-8")
    assert sorted(scan_folder(seeds_copy).documents()) == [SEED_A, SEED_B, "004_nested"]


def test_documents_are_named_as_the_inventory_names_them(seeds_copy):
    (seeds_copy / "sub").mkdir()
    (seeds_copy / "sub" / "004_nested.txt").write_text(NEW_TEXT, encoding="utf-8")
    (seeds_copy / "005_listed_by_stem.html").write_text(f"<p>{NEW_TEXT}</p>", encoding="utf-8")
    with (seeds_copy / "manifest.csv").open("a", encoding="utf-8") as f:
        f.write("005_listed_by_stem,,A page,,,2013-05-20,day,en,\n")
        f.write("006_missing,006_missing.txt,,,,,,,\n")
    sources, _ = discover(seeds_copy)
    assert list(scan_folder(seeds_copy).documents()) == [s.source_name for s in sources]


def test_moving_a_manifest_row_changes_no_document(seeds_copy):
    before = scan_folder(seeds_copy)
    manifest = seeds_copy / "manifest.csv"
    header, first, second = manifest.read_text(encoding="utf-8").splitlines(True)
    manifest.write_text(header + second + first, encoding="utf-8")
    changes = compare(before, scan_folder(seeds_copy, before))
    assert (changes.added, changes.changed, changes.removed, changes.manifest_changed) == ((), (), (), True)


def test_state_file_round_trip(seeds_copy, tmp_path):
    state = scan_folder(seeds_copy)
    digest = save_state(state, tmp_path / "states")
    assert load_state(tmp_path / "states", digest) == state
    assert save_state(state, tmp_path / "states") == digest
    assert load_state(tmp_path / "states", "feedfeedfeedfeed") is None
    assert FolderState.from_json(json.loads(json.dumps(state.to_json()))) == state


# --- the schedule and the code location -----------------------------------------------------------------------


def test_schedule_requests_the_build_that_publishes(instance):
    context = dg.build_schedule_context(instance=instance)
    data = daily_build.evaluate_tick(context)
    [request] = data.run_requests
    assert request.tags["pkdata/trigger"] == "schedule"
    assert daily_build.job_name == JOB_NAME
    assert (daily_build.cron_schedule, daily_build.execution_timezone) == (DAILY_CRON, "UTC")
    job = make_definitions(PipelineSettings()).resolve_job_def(daily_build.job_name)
    assert dg.AssetKey("published_dataset") in job.asset_layer.selected_asset_keys


def test_code_location_has_the_sensor_and_the_schedule_off_by_default():
    defs = make_definitions(PipelineSettings())
    sensor = defs.resolve_sensor_def(SENSOR_NAME)
    schedule = defs.resolve_schedule_def(SCHEDULE_NAME)
    assert sensor.job_name == schedule.job_name == JOB_NAME
    assert sensor.default_status == dg.DefaultSensorStatus.STOPPED
    assert schedule.default_status == dg.DefaultScheduleStatus.STOPPED
