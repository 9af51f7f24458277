"""The word lists and cue lexicons of ``pipeline/extract/data``: the shipped files validate, a bad file fails with
an error that names its line and what to change, and no module spells a shared list again."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.extract import lexicon
from schemas.vocabularies import MISSION_KINDS, STATUSES

EXTRACT = Path(lexicon.__file__).parent


def test_shipped_files_validate() -> None:
    lists = lexicon.load_word_lists()
    assert set(lists) == set(lexicon.LISTS) and all(lists.values())
    assert lexicon.number_words()["ninety"] == 90 and lexicon.number_words()["zero"] == 0
    assert lexicon.number_words_between(2, 4, (20,)) == ("two", "three", "four", "twenty")
    assert set(lexicon.labels("kind_rank")) == set(MISSION_KINDS)
    assert [label for label, _ in lexicon.cue_patterns("lead_status")] == ["pledged", "offered", "withdrawn"]
    assert all(label in STATUSES for label, _ in lexicon.cue_patterns("lead_status"))


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("body", "message"), [
    ("list,word,label,note\nnot_a_list,foo,,\n", "list 'not_a_list' is not declared"),
    ("list,word,label,note\ncompass,north,,\ncompass,north,,\n", "'north' is already in list 'compass'"),
    ("list,word,label,note\ncompass,North,,\n", "lower-case"),
    ("list,word,label,note\ncompass, north,,\n", "trimmed"),
    ("list,word,label,note\nrunning_types,contingent,soldiers,\n", "label 'soldiers' does not fit"),
    ("list,word,label,note\ncompass,north,troops,\n", "label 'troops' does not fit"),
    ("list,word,label,note\nkind_rank,naval,1,\n", "'naval' is not one of"),
    ("list,word,note\ncompass,north,\n", "the header must be list,word,label,note"),
])
def test_bad_word_lists_are_refused(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(lexicon.LexiconError, match=re.escape(message)):
        lexicon.load_word_lists(_write(tmp_path, "word_lists.csv", body))


def test_a_declared_list_without_words_is_refused(tmp_path: Path) -> None:
    with pytest.raises(lexicon.LexiconError, match="declared lists without words"):
        lexicon.load_word_lists(_write(tmp_path, "word_lists.csv", "list,word,label,note\ncompass,north,,\n"))


@pytest.mark.parametrize(("body", "message"), [
    ("list,label,pattern,note\nlead_status,pledged,(unclosed,\n", "does not compile"),
    ("list,label,pattern,note\nlead_status,promised,\\bpromis\\w*,\n", "label 'promised' is not in the vocabulary"),
    ("list,label,pattern,note\nlead_status,offered,\\boffer,\nlead_status,pledged,\\boffer,\n", "already in list"),
    ("list,label,pattern,note\nstatus_cues,offered,\\boffer,\n", "list 'status_cues' is not declared"),
])
def test_bad_cue_patterns_are_refused(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(lexicon.LexiconError, match=re.escape(message)):
        lexicon.load_cue_patterns(_write(tmp_path, "cue_patterns.csv", body))


@pytest.mark.parametrize(("body", "message"), [
    ("word,value\none,1\none,2\n", "listed twice"),
    ("word,value\none,1\nun,1\n", "listed twice"),
    ("word,value\none,1.0\n", "must be a whole number"),
])
def test_bad_number_words_are_refused(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(lexicon.LexiconError, match=re.escape(message)):
        lexicon.load_number_words(_write(tmp_path, "number_words.csv", body))


# A shared list spelled out again in a module: the cardinal words and the compass words.
_SPELLED_AGAIN = re.compile(r"eleven\W{1,4}twelve|northern\W{1,4}southern\W{1,4}eastern")


def test_no_module_spells_a_shared_word_list_again() -> None:
    offenders = [str(p.relative_to(EXTRACT)) for p in sorted(EXTRACT.rglob("*.py"))
                 if _SPELLED_AGAIN.search(p.read_text(encoding="utf-8"))]
    assert offenders == [], f"use pipeline.extract.lexicon instead of spelling the list in: {offenders}"
