"""`pkdata corpus add`: annotated documents go, with their gold rows, to the split the hash of their URL picks;
duplicates, missing files and reserved text are refused. On a made-up folder (no real text)."""

import csv
import hashlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline import corpus
from pipeline.cli import main
from tests.conftest import ROOT

FAKE_CHECKER = '''import sys
if sys.argv[1] == "--url":
    hits = [u for u in sys.argv[2:] if "reserved" in u]
    print("\\n".join(f"reserved: {u}" for u in hits))
else:
    hits = [p for p in sys.argv[1:] if "RESERVED-MARKER" in open(p, encoding="utf-8").read()]
    print("\\n".join(f"reserved text: {p} (3 windows in common)" for p in hits))
sys.exit(1 if hits else 0)
'''
DOCS = {  # source_name: (url, text)
    "pk_a": ("https://www.example.org/news/a/", "Nepal will send 350 troops to UNMISS next month, the army said."),
    "pk_b": ("https://example.org/news/b", "Ghana has 800 soldiers serving with UNIFIL in Lebanon."),
    "pk_c": ("https://example.net/c?id=3", "The council met on Tuesday; no figure was given."),
    "pk_d": ("", "Chad deployed 1,400 troops to MINUSMA in 2013."),
    "pk_e": ("https://example.org/e", "Made-up text RESERVED-MARKER that the checker flags."),
    "pk_f": ("https://example.org/reserved-page", "A page whose URL the checker flags."),
}


def _write(path: Path, columns, rows) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def _read(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _folder(root: Path, docs: dict[str, tuple[str, str]]) -> Path:
    manifest = []
    for name, (url, text) in docs.items():
        (root / "documents").mkdir(parents=True, exist_ok=True)
        (root / "documents" / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
        manifest.append({"source_name": name, "file": f"{name}.txt", "title": name, "publisher": "Example",
                         "url": url, "published_date": "2014-02-25", "date_precision": "day", "language": "en",
                         "license": "CC BY 4.0", "notes": ""})
    _write(root / "documents" / "manifest.csv", corpus.MANIFEST_COLUMNS, manifest)
    contributions = [
        {"source_name": "pk_a", "contributor_iso3": "NPL", "mission": "UNMISS", "personnel_type": "troops",
         "count_low": "350", "count_high": "350", "count_approx": "false", "status": "planned", "as_of": "2014-03",
         "evidence": DOCS["pk_a"][1]},
        {"source_name": "pk_b", "contributor_iso3": "GHA", "mission": "UNIFIL", "personnel_type": "troops",
         "count_low": "800", "count_high": "800", "count_approx": "false", "status": "serving", "as_of": "2014-02-25",
         "evidence": DOCS["pk_b"][1]},
    ]
    _write(root / "contributions.csv", corpus.GOLD_COLUMNS["contributions"],
           [r for r in contributions if r["source_name"] in docs])
    _write(root / "events.csv", corpus.GOLD_COLUMNS["events"], [])
    missions = [{"source_name": n, "mission_acronym": m, "host_iso3": h}
                for n, m, h in (("pk_a", "UNMISS", "SSD"), ("pk_b", "UNIFIL", "LBN"), ("pk_d", "MINUSMA", "MLI"))]
    _write(root / "missions.csv", corpus.GOLD_COLUMNS["missions"], [r for r in missions if r["source_name"] in docs])
    return root


@pytest.fixture()
def checker(tmp_path) -> Path:
    path = tmp_path / "check.py"
    path.write_text(FAKE_CHECKER, encoding="utf-8")
    return path


def test_the_split_is_the_hash_of_the_normalised_url():
    digest = int(hashlib.sha256(b"example.org/news/a").hexdigest(), 16)
    assert corpus.split_of("https://www.example.org/news/a/", "x") == ("test" if digest % 3 == 0 else "dev")
    assert corpus.split_of("http://EXAMPLE.org/news/a#top", "y") == corpus.split_of("https://example.org/news/a", "z")
    no_url = int(hashlib.sha256(b"pk_d").hexdigest(), 16)
    assert corpus.split_of("", "pk_d") == ("test" if no_url % 3 == 0 else "dev")
    # about a third of many URLs go to test
    splits = [corpus.split_of(f"https://example.org/{i}", "") for i in range(600)]
    assert 150 < splits.count("test") < 250


def test_documents_go_to_their_split_with_their_gold_rows(tmp_path, checker):
    real = tmp_path / "real"
    result = corpus.add_documents(_folder(tmp_path / "batch", DOCS), real, checker)
    assert not result.problems
    assert dict(result.refused) == {
        "pk_e": f"reserved text: {tmp_path / 'batch' / 'documents' / 'pk_e.txt'} (3 windows in common)",
        "pk_f": "reserved: https://example.org/reserved-page"}
    expected = {"pk_a", "pk_b", "pk_c", "pk_d"}
    assert {n for names in result.added.values() for n in names} == expected
    for name in expected:
        split = corpus.split_of(DOCS[name][0], name)
        assert name in result.added[split]
        assert (real / split / "documents" / f"{name}.txt").read_text(encoding="utf-8") == DOCS[name][1] + "\n"
        manifest = {r["source_name"]: r for r in _read(real / split / "documents" / "manifest.csv")}
        assert manifest[name]["license"] == "CC BY 4.0" and manifest[name]["url"] == DOCS[name][0]
        gold = [r for r in _read(real / split / "contributions.csv") if r["source_name"] == name]
        assert len(gold) == (1 if name in ("pk_a", "pk_b") else 0)
    for split in corpus.SPLITS:  # the layout of both splits exists, headers included
        assert list(_read(real / split / "events.csv")) == []
        assert (real / split / "missions.csv").read_text(encoding="utf-8").startswith("source_name,mission_acronym")


def test_duplicates_by_name_or_url_are_refused(tmp_path, checker):
    real = tmp_path / "real"
    corpus.add_documents(_folder(tmp_path / "one", {k: DOCS[k] for k in ("pk_a", "pk_b")}), real, checker)
    again = corpus.add_documents(_folder(tmp_path / "two", {"pk_a": ("https://example.org/other", "New text."),
                                                            "pk_z": ("http://example.org/news/b/", "Same page.")}),
                                 real, checker)
    assert dict(again.refused) == {
        "pk_a": "source_name 'pk_a' is already in the corpus",
        "pk_z": "URL http://example.org/news/b/ is already in the corpus (as pk_b)"}
    assert not any(again.added.values())


def test_a_folder_with_problems_adds_nothing_and_dry_run_writes_nothing(tmp_path, checker):
    src = _folder(tmp_path / "batch", {"pk_a": DOCS["pk_a"]})
    with (src / "events.csv").open("a", encoding="utf-8") as fh:
        fh.write("pk_zz,2014-03,month,NPL,deployment,UNMISS,x\n")
    result = corpus.add_documents(src, tmp_path / "real", checker)
    assert result.problems == ["events.csv: rows for documents the manifest does not list: ['pk_zz']"]
    assert not (tmp_path / "real").exists()
    src = _folder(tmp_path / "batch2", {"pk_b": DOCS["pk_b"]})
    result = corpus.add_documents(src, tmp_path / "real", checker, dry_run=True)
    assert sum(len(v) for v in result.added.values()) == 1
    assert all(_read(tmp_path / "real" / s / "documents" / "manifest.csv") == [] for s in corpus.SPLITS)


def test_the_command_adds_and_the_split_can_be_evaluated(tmp_path, checker):
    real = tmp_path / "real"
    src = _folder(tmp_path / "batch", {k: DOCS[k] for k in ("pk_a", "pk_b", "pk_f")})
    result = CliRunner().invoke(main, ["corpus", "add", str(src), "--corpus", str(real), "--reserved-check",
                                       str(checker)])
    assert result.exit_code == 1  # one refused
    assert "refused pk_f: reserved: https://example.org/reserved-page" in result.output
    split = corpus.split_of(DOCS["pk_a"][0], "pk_a")
    assert f"added to {split}: " in result.output
    out = CliRunner().invoke(main, ["eval", "--direct", "--documents", str(real / split / "documents"),
                                    "--gold", str(real / split)])
    assert out.exit_code == 0, out.output
    n = 2 if corpus.split_of(DOCS["pk_b"][0], "pk_b") == split else 1
    assert f"contributions      {n}     {n}      {n}   1.000   1.000   1.000" in out.output


@pytest.mark.skipif(not corpus.RESERVED_CHECK.is_file(), reason="../shared/reserved/check.py is not there")
def test_the_shared_checker_lets_made_up_text_through(tmp_path):
    result = corpus.add_documents(_folder(tmp_path / "batch", {"pk_a": DOCS["pk_a"]}), tmp_path / "real")
    assert not result.refused and sum(len(v) for v in result.added.values()) == 1


def test_the_project_corpus_has_both_splits():
    for split in corpus.SPLITS:
        folder = ROOT / "tests" / "data" / "real" / split
        assert _read(folder / "documents" / "manifest.csv") is not None
        assert all((folder / f"{table}.csv").is_file() for table in corpus.GOLD_COLUMNS)
