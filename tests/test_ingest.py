"""Tests of document ingestion: manifest, inventory of the documents folder, and the txt/html/pdf readers."""

from __future__ import annotations

import codecs
import datetime as dt
import importlib.util
import io
import json
import os
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from pipeline.ingest import readers
from pipeline.ingest.inventory import SourceFile, discover
from pipeline.ingest.manifest import COLUMNS, ManifestEntry, read_manifest
from pipeline.ingest.readers import IngestedDocument, ingest
from schemas.registry import DOCUMENTS
from schemas.validation import coerce_frame, validate

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "sources" / "documents"
FIXTURES = ROOT / "tests" / "data" / "ingest"
HEADER = ",".join(COLUMNS)
PROBLEM_KEYS = {"source_name", "file", "check", "reason", "row_json"}

SUPPORTED = " (supported: .htm, .html, .pdf, .txt; convert the file or remove it from the folder)"


def _load_make_fixtures():
    spec = importlib.util.spec_from_file_location("make_fixtures", FIXTURES / "make_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_fixtures = _load_make_fixtures()
minimal_pdf = make_fixtures.minimal_pdf


# --- helpers -----------------------------------------------------------------------------------------------------

def write_manifest(folder: Path, *rows: str, header: str = HEADER) -> Path:
    path = folder / "manifest.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def run(folder: Path, **kwargs) -> tuple[dict[str, IngestedDocument], list[dict]]:
    """Discover and ingest a folder: documents by source_name, and the problem records."""
    max_text_chars = kwargs.pop("max_text_chars", readers.DEFAULT_MAX_TEXT_CHARS)
    sources, problems = discover(folder, **kwargs)
    docs = {s.source_name: ingest(s, max_text_chars=max_text_chars) for s in sources}
    for problem in problems:
        assert set(problem) == PROBLEM_KEYS
        json.loads(problem["row_json"])
    records = [d.record for d in docs.values()]
    assert validate("documents", coerce_frame("documents", records)) == []
    return docs, problems


def one(folder: Path, name: str, data: bytes, **kwargs) -> IngestedDocument:
    """Ingest a folder holding the one file ``name``."""
    (folder / name).write_bytes(data)
    docs, _ = run(folder, **kwargs)
    assert len(docs) == 1
    return next(iter(docs.values()))


def checks(problems: list[dict]) -> list[tuple[str, str]]:
    return [(p["check"], p["reason"]) for p in problems]


def encrypted_pdf(user_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(minimal_pdf([["Secret text."]]))))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


ARTICLE_SENTENCE = "Ghana will deploy 850 troops to the United Nations Mission in South Sudan (UNMISS) next month"


# --- the seed documents ------------------------------------------------------------------------------------------

def test_seed_documents_ingest_with_manifest_metadata():
    sources, problems = discover(SEEDS)
    assert problems == []
    assert [s.source_name for s in sources] == ["000_0cfa2f82a8c410f2", "002_fdb4b3e7f5745b0a"]
    first, second = (ingest(s).record for s in sources)

    assert first["doc_id"] == "5198cbb5ae0e1a81"
    assert first["title"] == "China offers 500 troops to UN Mali force: envoys"
    assert first["publisher"] == "Business Standard (PTI wire)"
    assert first["published_date"] == dt.date(2013, 5, 23)
    assert first["published_precision"] == "day"
    assert (first["n_bytes"], first["n_chars"]) == (2145, 2145)
    assert first["manifest_row"] == 2
    assert first["notes"] == "news article; 'yesterday' in the text is 2013-05-22"

    assert second["doc_id"] == "684331760f10cb9f"
    assert second["title"] is None and second["publisher"] is None
    assert second["published_date"] == dt.date(2013, 7, 1)
    assert second["published_precision"] == "month"
    assert (second["n_bytes"], second["n_chars"]) == (7201, 7103)
    assert second["manifest_row"] == 3

    for record in (first, second):
        # story_id is set when the tables are built: near-duplicates are found across the corpus, not per file.
        assert list(record) == [c for c in DOCUMENTS.column_names if c != "story_id"]
        assert (record["ingest_status"], record["ingest_error"]) == ("ok", None)
        assert (record["language"], record["media_type"]) == ("en", "text/plain")
        assert record["content_sha256"].startswith(record["doc_id"])


def test_seed_ingestion_is_stable_across_runs():
    def once():
        sources, _ = discover(SEEDS)
        return [(d.record, d.text) for d in map(ingest, sources)]

    assert once() == once()


def test_seed_text_is_the_file_text():
    sources, _ = discover(SEEDS)
    doc = ingest(sources[0])
    assert doc.text == (SEEDS / "000_0cfa2f82a8c410f2.txt").read_text(encoding="utf-8")


# --- HTML and PDF ------------------------------------------------------------------------------------------------

def test_html_boilerplate_dropped_and_article_kept(tmp_path):
    shutil.copy(FIXTURES / "article.html", tmp_path)
    doc = run(tmp_path)[0]["article"]
    r = doc.record
    assert (r["ingest_status"], r["media_type"]) == ("ok", "text/html")
    assert doc.text.startswith("Ghana sends 850 peacekeepers to South Sudan\n" + ARTICLE_SENTENCE)
    assert "“Our soldiers have served with distinction in Lebanon, Liberia and Côte d’Ivoire,”" in doc.text
    for boilerplate in ("cookie", "Accept all", "Subscribe", "Privacy policy", "All rights reserved",
                        "Most read", "Markets rally", "dataLayer", "Follow us"):
        assert boilerplate not in doc.text
    assert r["n_chars"] == len(doc.text)


def test_html_without_manifest_row_gets_inferred_metadata(tmp_path):
    shutil.copy(FIXTURES / "article.html", tmp_path)
    r = run(tmp_path)[0]["article"].record
    assert r["title"] == "Ghana sends 850 peacekeepers to South Sudan"
    assert (r["published_date"], r["published_precision"]) == (dt.date(2014, 3, 12), "day")
    assert r["language"] == "en"  # from <html lang="en-GB">
    assert (r["manifest_row"], r["publisher"], r["url"]) == (None, None, None)
    assert r["notes"] == "published_date from the page's metadata"


def test_manifest_metadata_wins_over_the_page(tmp_path):
    shutil.copy(FIXTURES / "article.html", tmp_path)
    write_manifest(tmp_path, "article,article.html,Manifest title,Daily World News,https://example.org/a,"
                             "2014-03,month,en,")
    r = run(tmp_path)[0]["article"].record
    assert (r["title"], r["publisher"], r["url"]) == ("Manifest title", "Daily World News", "https://example.org/a")
    assert (r["published_date"], r["published_precision"]) == (dt.date(2014, 3, 1), "month")
    assert (r["manifest_row"], r["notes"]) == (2, None)


def test_html_language_from_lang_attribute(tmp_path):
    page = ("<html lang='fr'><head><title>Casques bleus</title></head><body><article><p>"
            + "Le Sénégal enverra 500 Casques bleus au Mali, a annoncé le ministère de la Défense. " * 5
            + "</p></article></body></html>")
    r = one(tmp_path, "casques.html", page.encode()).record
    assert (r["language"], r["title"]) == ("fr", "Casques bleus")


def test_page_language_fills_an_empty_manifest_language(tmp_path):
    page = ("<html lang='fr'><body><article><p>"
            + "Le Sénégal enverra 500 Casques bleus au Mali, a annoncé le ministère de la Défense. " * 5
            + "</p></article></body></html>")
    (tmp_path / "casques.html").write_text(page, encoding="utf-8")
    (tmp_path / "note.txt").write_text("Text.")
    write_manifest(tmp_path, "casques,casques.html,,,,,,,", "note,note.txt,,,,,,,")
    docs, _ = run(tmp_path)
    assert (docs["casques"].record["language"], docs["note"].record["language"]) == ("fr", "en")


def test_html_in_a_declared_legacy_charset(tmp_path):
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>'
            "<body><article><p>" + "Côte d’Ivoire sent “450 troops” to the mission. " * 5
            + "</p></article></body></html>")
    doc = one(tmp_path, "legacy.html", page.encode("cp1252"))
    assert doc.record["ingest_status"] == "ok"
    assert doc.text.startswith("Côte d’Ivoire sent “450 troops” to the mission.")
    assert "decoded as windows-1252 (declared in the page)" in doc.record["notes"]


def test_html_falls_back_to_body_text_when_trafilatura_finds_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr("trafilatura.bare_extraction", lambda *a, **k: None)
    page = ("<html><head><title>Kenya</title><style>p {color: red}</style></head><body><div>Kenya sent "
            "<b>200</b>   police.</div><script>var x = 1;</script><ul><li>One</li><li>Two</li></ul></body></html>")
    doc = one(tmp_path, "page.html", page.encode())
    assert doc.text == "Kenya sent 200 police.\nOne\nTwo"
    assert (doc.record["ingest_status"], doc.record["title"]) == ("ok", "Kenya")
    assert doc.record["notes"] == "warning: trafilatura found no main text; plain text of the body used"


def test_html_falls_back_to_body_text_when_trafilatura_fails(tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("bad markup")

    monkeypatch.setattr("trafilatura.bare_extraction", broken)
    doc = one(tmp_path, "page.html", b"<html><body><p>Kenya sent 200 police.</p></body></html>")
    assert doc.text == "Kenya sent 200 police."
    assert doc.record["notes"] == "warning: trafilatura failed (ValueError); plain text of the body used"


def test_pdf_text_layer_is_read_with_its_metadata(tmp_path):
    shutil.copy(FIXTURES / "report.pdf", tmp_path)
    doc = run(tmp_path)[0]["report"]
    r = doc.record
    assert (r["ingest_status"], r["media_type"]) == ("ok", "application/pdf")
    assert doc.text == (
        "Peacekeeping contributions: quarterly note\n"
        "As of 30 June 2013, Bangladesh had 8,100 personnel serving in UN peacekeeping operations.\n"
        "Rwanda deployed a battalion of 850 troops to MINUSCA in September 2014.\n"
        "\n"
        "Annex\n"
        "Nepal pledged 1,000 police officers for UNMISS."
    )
    assert r["title"] == "Quarterly note on troop contributions"
    assert (r["published_date"], r["published_precision"]) == (dt.date(2014, 9, 15), "day")
    assert r["notes"] == "published_date from the PDF's creation date"


def test_committed_pdf_fixture_is_what_the_script_makes():
    assert (FIXTURES / "report.pdf").read_bytes() == minimal_pdf(make_fixtures.REPORT_PAGES,
                                                                  make_fixtures.REPORT_INFO)


@pytest.mark.parametrize(("creation_date", "expected"), [
    ("D:2013", (dt.date(2013, 1, 1), "year")),
    ("D:201307", (dt.date(2013, 7, 1), "month")),
    ("D:20130715120000+02'00'", (dt.date(2013, 7, 15), "day")),
    ("D:20131345", (None, None)),
    ("yesterday", (None, None)),
])
def test_pdf_creation_date_keeps_its_precision(tmp_path, creation_date, expected):
    r = one(tmp_path, "r.pdf", minimal_pdf([["Some text."]], {"CreationDate": creation_date})).record
    assert (r["published_date"], r["published_precision"]) == expected


def test_pdf_with_empty_user_password_is_read(tmp_path):
    doc = one(tmp_path, "open.pdf", encrypted_pdf(""))
    assert (doc.record["ingest_status"], doc.text) == ("ok", "Secret text.")
    assert doc.record["notes"] == "warning: encrypted PDF opened with the empty password"


def test_pdf_with_broken_xref_is_repaired_with_a_warning(tmp_path):
    data = minimal_pdf([["Repaired text."]])
    start = data.rindex(b"startxref\n") + len(b"startxref\n")
    data = data[:start] + b"12" + data[data.index(b"\n", start):]
    doc = one(tmp_path, "repaired.pdf", data)
    assert (doc.record["ingest_status"], doc.text) == ("ok", "Repaired text.")
    assert "warning: pypdf: incorrect startxref pointer" in doc.record["notes"]


# --- bad input: one reason each ----------------------------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
GOOD_PDF = minimal_pdf([["Some text."]])


@pytest.mark.parametrize(("name", "data", "reason", "media_type"), [
    ("empty.txt", b"", "empty file", "unknown"),
    ("blank.txt", b" \n\t\r\n  ", "no text: only white space", "text/plain"),
    ("image.txt", PNG, "binary file: PNG image", "unknown"),
    ("image.html", PNG, "binary file: PNG image", "unknown"),
    ("archive.txt", b"PK\x03\x04" + bytes(range(40)), "binary file: ZIP archive or Office document", "unknown"),
    ("nul.txt", b"abc\x00\x01\x02def" * 10, "binary file: contains NUL bytes", "unknown"),
    ("controls.txt", bytes(range(1, 9)) * 20 + b"some text", "binary file: control characters", "unknown"),
    ("garbage.txt", bytes((i * 73 + 41) % 128 + 128 for i in range(3000)),
     "undecodable text: not UTF-8 and no known charset fits", "unknown"),
    ("bad16.txt", codecs.BOM_UTF16_LE + b"a\x00\x00\xdc", "undecodable text: invalid utf-16 despite its "
                                                          "byte-order mark (illegal encoding)", "unknown"),
    ("truncated.pdf", GOOD_PDF[: len(GOOD_PDF) // 2],
     "corrupt PDF: Stream has ended unexpectedly (EOF marker not found)", "application/pdf"),
    ("nopdf.pdf", b"This is not a PDF at all.", "corrupt PDF: no %PDF header", "unknown"),
    ("scanned.pdf", minimal_pdf([[], []]), "no text layer (scanned?)", "application/pdf"),
    ("locked.pdf", encrypted_pdf("secret"), "encrypted PDF: a password is required", "application/pdf"),
    ("nothing.html", b"<html><head><title>Empty</title><script>var a = 1;</script></head><body>\n</body></html>",
     "no main text in HTML", "text/html"),
    ("app.html", b'<!doctype html><html><head><title>App</title><script src="/app.js"></script></head><body>'
                 b"<noscript>You need to enable JavaScript to run this app.</noscript><div id=root></div></body></html>",
     "no main text in HTML", "text/html"),
    ("report.docx", b"PK\x03\x04 docx bytes", "unsupported file type: .docx" + SUPPORTED, "unknown"),
    ("README", b"plain text without an extension", "unsupported file type: (no extension)" + SUPPORTED,
     "unknown"),
])
def test_bad_file_is_an_error_row_with_its_reason(tmp_path, name, data, reason, media_type):
    r = one(tmp_path, name, data).record
    assert (r["ingest_status"], r["ingest_error"], r["media_type"]) == ("error", reason, media_type)
    assert r["n_chars"] is None
    assert r["n_bytes"] == len(data)


def test_corrupt_pdf_body_is_an_error(tmp_path):
    data = b"%PDF-1.4\n" + bytes(range(256)) * 4
    r = one(tmp_path, "junk.pdf", data).record
    assert r["ingest_status"] == "error"
    assert r["ingest_error"].startswith("corrupt PDF: ")


def test_error_row_keeps_the_manifest_metadata(tmp_path):
    (tmp_path / "scan.pdf").write_bytes(minimal_pdf([[]]))
    write_manifest(tmp_path, "scan,scan.pdf,A scanned report,UN,,2013-07,month,en,scanned copy")
    r = run(tmp_path)[0]["scan"].record
    assert (r["ingest_status"], r["ingest_error"]) == ("error", "no text layer (scanned?)")
    assert (r["title"], r["publisher"], r["published_date"], r["notes"]) == (
        "A scanned report", "UN", dt.date(2013, 7, 1), "scanned copy")


def test_latin1_text_is_decoded_with_a_warning(tmp_path):
    text = "Les Casques bleus déployés au Mali reçoivent un renfort de 500 soldats, a annoncé le ministère."
    doc = one(tmp_path, "latin.txt", text.encode("latin-1"))
    assert (doc.record["ingest_status"], doc.text) == ("ok", text)
    assert doc.record["notes"] == ("warning: not UTF-8 (invalid continuation byte at byte 19): "
                                   "decoded as cp1252 (guessed)")


def test_latin1_byte_deep_in_a_long_file_is_found(tmp_path):
    head = "Plain ASCII line of a long report.\n" * 60_000  # over two megabytes: several decoding chunks
    doc = one(tmp_path, "long.txt", (head + "Fin de la réunion.\n").encode("latin-1"))
    assert doc.text == head + "Fin de la réunion.\n"
    assert doc.record["notes"] == (f"warning: not UTF-8 (invalid continuation byte at byte {len(head) + 11}): "
                                   "decoded as cp1252 (guessed)")


def test_windows_1252_quotes_are_decoded(tmp_path):
    text = "The minister said “about 450 troops” would go – and more later, as agreed."
    doc = one(tmp_path, "quotes.txt", text.encode("cp1252"))
    assert (doc.record["ingest_status"], doc.text) == ("ok", text)


@pytest.mark.parametrize(("text", "encoding"), [
    ("Россия направила миротворцев в миссию ООН в Южном Судане в прошлом году. " * 3, "cp1251"),
    ("中国向联合国马里稳定团派遣了约四百名维和人员，包括工兵和医疗人员。" * 3, "gb18030"),
    ("Η Ελλάδα έστειλε ειρηνευτές στην αποστολή του ΟΗΕ στον Λίβανο. " * 3, "cp1253"),
])
def test_non_western_legacy_charsets_are_not_read_as_windows_1252(tmp_path, text, encoding):
    doc = one(tmp_path, "other.txt", text.encode(encoding))
    assert (doc.record["ingest_status"], doc.text) == ("ok", text)
    assert "cp1252" not in doc.record["notes"]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32"])
def test_byte_order_marks_are_honoured_and_dropped(tmp_path, encoding):
    text = "Côte d’Ivoire: 450 troops.\nNext line."
    doc = one(tmp_path, "bom.txt", text.encode(encoding))
    assert (doc.record["ingest_status"], doc.text, doc.record["notes"]) == ("ok", text, None)


def test_line_endings_and_unicode_are_normalised(tmp_path):
    decomposed = "Co\u0302te d\u2019Ivoire"  # o + combining circumflex
    doc = one(tmp_path, "mixed.txt", f"line one\r\nline two\rline three\n{decomposed}\t tab".encode())
    assert doc.text == "line one\nline two\nline three\nCôte d\u2019Ivoire\t tab"
    assert doc.record["n_chars"] == len(doc.text)


def test_text_over_the_cap_is_truncated_with_a_warning(tmp_path):
    doc = one(tmp_path, "long.txt", b"0123456789" * 1000, max_text_chars=25)
    assert (doc.record["ingest_status"], doc.text) == ("ok", "0123456789012345678901234")
    assert doc.record["notes"] == "warning: text truncated to its first 25 characters (limit 25)"


def test_pdf_text_over_the_cap_is_truncated(tmp_path):
    data = minimal_pdf([["First page text."], ["Second page text."], ["Third page text."]])
    doc = one(tmp_path, "long.pdf", data, max_text_chars=20)
    assert doc.text == "First page text.\n\nSe"
    assert doc.record["notes"] == ("warning: text read from the first 2 of 3 pages only (text cap) | "
                                   "warning: text truncated to its first 20 characters (limit 20)")


def test_file_over_the_size_limit_is_not_read(tmp_path):
    (tmp_path / "big.txt").write_bytes(b"x" * 101)
    sources, _ = discover(tmp_path, max_bytes=100)
    assert sources[0].content_sha256 is None
    r = ingest(sources[0]).record
    assert (r["ingest_status"], r["ingest_error"]) == ("error", "file too large: 101 bytes (limit 100)")
    assert (r["n_bytes"], r["content_sha256"]) == (101, None)


def test_file_at_the_size_limit_is_read(tmp_path):
    r = one(tmp_path, "fits.txt", b"x" * 100, max_bytes=100).record
    assert r["ingest_status"] == "ok"


def test_identical_files_second_is_a_duplicate_with_a_unique_id(tmp_path):
    (tmp_path / "a.txt").write_text("Same text.")
    (tmp_path / "b.txt").write_text("Same text.")
    docs, _ = run(tmp_path)
    a, b = docs["a"].record, docs["b"].record
    assert a["ingest_status"] == "ok"
    assert (b["ingest_status"], b["ingest_error"]) == ("error", "duplicate content of a")
    assert a["content_sha256"] == b["content_sha256"]
    assert a["doc_id"] == a["content_sha256"][:16] != b["doc_id"]


def test_two_empty_files_get_distinct_ids(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(b"")
    docs, _ = run(tmp_path)
    assert [d.record["ingest_error"] for d in docs.values()] == ["empty file", "empty file"]
    assert docs["a"].record["doc_id"] != docs["b"].record["doc_id"]


def test_two_files_with_the_same_stem(tmp_path):
    (tmp_path / "report.txt").write_text("Plain version.")
    (tmp_path / "report.html").write_text("<html><body><p>Web version.</p></body></html>")
    docs, _ = run(tmp_path)
    assert sorted(docs) == ["report", "report.txt"]
    assert (docs["report"].record["file"], docs["report"].record["ingest_status"]) == ("report.html", "ok")
    loser = docs["report.txt"].record
    assert (loser["file"], loser["ingest_status"]) == ("report.txt", "error")
    assert loser["ingest_error"] == "duplicate source_name 'report': also the name of report.html"


def test_manifest_file_wins_a_name_clash(tmp_path):
    (tmp_path / "report.txt").write_text("Plain version.")
    (tmp_path / "report.html").write_text("<html><body><p>Web version.</p></body></html>")
    write_manifest(tmp_path, "report,report.txt,,,,,,,")
    docs, _ = run(tmp_path)
    assert docs["report"].record["file"] == "report.txt"
    assert docs["report.html"].record["ingest_error"] == "duplicate source_name 'report': also the name of report.txt"


def test_hidden_files_and_the_manifest_are_not_documents(tmp_path):
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01")
    (tmp_path / ".drafts").mkdir()
    (tmp_path / ".drafts" / "draft.txt").write_text("draft")
    (tmp_path / "doc.txt").write_text("Text.")
    write_manifest(tmp_path)
    docs, problems = run(tmp_path)
    assert list(docs) == ["doc"]
    assert problems == []


def test_documents_in_subfolders(tmp_path):
    (tmp_path / "2013").mkdir()
    (tmp_path / "2013" / "note.txt").write_text("Text.")
    write_manifest(tmp_path, "note,2013/note.txt,,,,,,,")
    r = run(tmp_path)[0]["note"].record
    assert (r["file"], r["ingest_status"], r["manifest_row"]) == ("2013/note.txt", "ok", 2)


def test_fifo_is_not_read(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    r = run(tmp_path)[0]["pipe"].record
    assert (r["ingest_status"], r["ingest_error"]) == ("error", "not a regular file")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can list any folder")
def test_unreadable_folder_is_a_problem(tmp_path):
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.txt").write_text("Text.")
    (tmp_path / "b.txt").write_text("Text B.")
    (tmp_path / "locked").chmod(0)
    try:
        docs, problems = run(tmp_path)
    finally:
        (tmp_path / "locked").chmod(0o755)
    assert list(docs) == ["b"]
    assert checks(problems) == [("unreadable_folder", "cannot list folder locked: Permission denied")]


def test_folder_listing_error_is_a_problem(tmp_path, monkeypatch):
    real_walk = os.walk

    def walk(top, onerror=None, **kwargs):
        onerror(PermissionError(13, "Permission denied", str(tmp_path / "locked")))
        yield from real_walk(top, onerror=onerror, **kwargs)

    monkeypatch.setattr("pipeline.ingest.inventory.os.walk", walk)
    (tmp_path / "b.txt").write_text("Text B.")
    docs, problems = run(tmp_path)
    assert list(docs) == ["b"]
    assert checks(problems) == [("unreadable_folder", "cannot list folder locked: Permission denied")]


def test_ingest_never_raises_when_the_file_vanished(tmp_path):
    (tmp_path / "gone.txt").write_text("Text.")
    sources, _ = discover(tmp_path)
    (tmp_path / "gone.txt").unlink()
    r = ingest(sources[0]).record
    assert (r["ingest_status"], r["ingest_error"]) == ("error", "cannot read file: No such file or directory")


def test_ingest_refuses_a_file_changed_since_discovery(tmp_path):
    (tmp_path / "moving.txt").write_text("Text.")
    sources, _ = discover(tmp_path)
    (tmp_path / "moving.txt").write_text("Longer text.")
    r = ingest(sources[0]).record
    assert r["ingest_error"] == "file changed since discovery: 12 bytes, 5 when hashed"


def test_ingest_turns_an_unexpected_failure_into_an_error_row(tmp_path, monkeypatch):
    def boom(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setitem(readers._READERS, ".txt", boom)
    r = one(tmp_path, "a.txt", b"Text.").record
    assert (r["ingest_status"], r["ingest_error"]) == ("error", "unexpected error: RuntimeError: boom")


# --- manifest rows naming bad files ------------------------------------------------------------------------------

def test_manifest_row_naming_a_missing_file(tmp_path):
    write_manifest(tmp_path, "lost,lost.txt,Lost report,,,2013,year,en,")
    docs, problems = run(tmp_path)
    r = docs["lost"].record
    assert (r["ingest_status"], r["ingest_error"], r["file"]) == ("error", "file not found: lost.txt", "lost.txt")
    assert (r["title"], r["manifest_row"], r["n_bytes"], r["content_sha256"]) == ("Lost report", 2, None, None)
    assert checks(problems) == [("missing_file", "line 2: file not found: lost.txt")]
    assert (problems[0]["source_name"], problems[0]["file"]) == ("lost", "lost.txt")


@pytest.mark.parametrize("file", ["../../etc/passwd", "/etc/passwd", "sub/../../outside.txt", "C:\\Windows\\win.ini"])
def test_manifest_row_with_a_path_outside_the_folder_is_refused(tmp_path, file):
    docs_dir = tmp_path / "docs"
    docs_dir.mkdir()
    (tmp_path / "outside.txt").write_text("secret")
    write_manifest(docs_dir, f"evil,{file},,,,,,,")
    docs, problems = run(docs_dir)
    r = docs["evil"].record
    reason = f"path outside the documents folder: {file}"
    assert (r["ingest_status"], r["ingest_error"], r["content_sha256"]) == ("error", reason, None)
    assert checks(problems) == [("path_outside", f"line 2: {reason}")]


def test_symlinks_pointing_outside_are_refused(tmp_path):
    docs_dir = tmp_path / "docs"
    docs_dir.mkdir()
    (tmp_path / "secret.txt").write_text("secret")
    (docs_dir / "link.txt").symlink_to(tmp_path / "secret.txt")
    (docs_dir / "named.txt").symlink_to(tmp_path / "secret.txt")
    write_manifest(docs_dir, "named,named.txt,,,,,,,")
    docs, problems = run(docs_dir)
    assert docs["link"].record["ingest_error"] == "symlink points outside the documents folder: link.txt"
    assert docs["named"].record["ingest_error"] == "path outside the documents folder: named.txt"
    assert all(d.record["content_sha256"] is None and d.text is None for d in docs.values())
    assert checks(problems) == [("path_outside", "line 2: path outside the documents folder: named.txt")]


def test_symlinked_folders_are_not_followed(tmp_path):
    docs_dir = tmp_path / "docs"
    docs_dir.mkdir()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "a.txt").write_text("Text.")
    (docs_dir / "linked").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    docs, problems = run(docs_dir)
    assert docs == {}
    assert checks(problems) == [("symlinked_folder", "symlinked folder not followed: linked")]


def test_symlink_inside_the_folder_is_followed(tmp_path):
    (tmp_path / "real.txt").write_text("Text.")
    (tmp_path / "alias.txt").symlink_to(tmp_path / "real.txt")
    docs, _ = run(tmp_path)
    assert docs["alias"].record["ingest_status"] == "ok"
    assert docs["real"].record["ingest_error"] == "duplicate content of alias"


@pytest.mark.parametrize(("file", "reason"), [
    ("manifest.csv", "not a document: manifest.csv"),
    (".hidden.txt", "not a document: .hidden.txt"),
    ("sub", "not a document: sub is a folder"),
])
def test_manifest_row_naming_a_non_document(tmp_path, file, reason):
    (tmp_path / ".hidden.txt").write_text("hidden")
    (tmp_path / "sub").mkdir()
    write_manifest(tmp_path, f"odd,{file},,,,,,,")
    docs, problems = run(tmp_path)
    assert docs["odd"].record["ingest_error"] == reason
    assert checks(problems) == [("not_a_document", f"line 2: {reason}")]


def test_manifest_row_without_file_uses_the_file_of_that_stem(tmp_path):
    (tmp_path / "note.txt").write_text("Text.")
    write_manifest(tmp_path, "note,,Title,,,,,,")
    r = run(tmp_path)[0]["note"].record
    assert (r["file"], r["title"], r["ingest_status"]) == ("note.txt", "Title", "ok")


def test_two_manifest_rows_naming_the_same_file(tmp_path):
    (tmp_path / "a.txt").write_text("Text.")
    write_manifest(tmp_path, "a,a.txt,,,,,,,", "b,./a.txt,,,,,,,")
    docs, problems = run(tmp_path)
    assert list(docs) == ["a"]
    assert checks(problems) == [("manifest_file_twice", "line 3: file a.txt already described on line 2; row ignored")]


def test_duplicate_source_name_in_the_manifest(tmp_path):
    (tmp_path / "a.txt").write_text("First.")
    (tmp_path / "b.txt").write_text("Second.")
    write_manifest(tmp_path, "a,a.txt,First,,,,,,", "a,b.txt,Second,,,,,,")
    docs, problems = run(tmp_path)
    assert checks(problems) == [("manifest_duplicate", "duplicate source_name 'a': already on line 2")]
    assert (docs["a"].record["title"], docs["a"].record["file"]) == ("First", "a.txt")
    # The second row's file is still a document, named by its stem and without the refused row's metadata.
    assert (docs["b"].record["title"], docs["b"].record["ingest_status"]) == (None, "ok")


# --- the manifest itself -----------------------------------------------------------------------------------------

def test_read_manifest_of_the_seeds():
    entries, problems = read_manifest(SEEDS / "manifest.csv")
    assert problems == []
    assert entries[0] == ManifestEntry(
        source_name="000_0cfa2f82a8c410f2",
        file="000_0cfa2f82a8c410f2.txt",
        title="China offers 500 troops to UN Mali force: envoys",
        publisher="Business Standard (PTI wire)",
        url="https://www.business-standard.com/article/pti-stories/china-offers-500-troops-to-un-mali-force-envoys-"
            "113052300372_1.html",
        published=entries[0].published,
        language="en",
        notes="news article; 'yesterday' in the text is 2013-05-22",
        line=2,
    )
    assert entries[0].published.iso() == "2013-05-23"
    assert (entries[1].published.iso(), entries[1].published.precision, entries[1].line) == ("2013-07", "month", 3)


@pytest.mark.parametrize(("date", "precision", "expected", "reason"), [
    ("2013-05-23", "day", "2013-05-23 day", None),
    ("2013-07-01", "month", "2013-07 month", None),
    ("2013-01-01", "year", "2013 year", None),
    ("2013-13-45", "day", None,
     "malformed published_date '2013-13-45' (expected YYYY, YYYY-MM or YYYY-MM-DD); date dropped"),
    ("May 2013", "month", None,
     "malformed published_date 'May 2013' (expected YYYY, YYYY-MM or YYYY-MM-DD); date dropped"),
    ("2013-02-30", "day", None,
     "malformed published_date '2013-02-30' (expected YYYY, YYYY-MM or YYYY-MM-DD); date dropped"),
    ("2013-07", "", "2013-07 month", "date_precision empty; 'month' taken from published_date '2013-07'"),
    ("2013-07", "day", "2013-07 month", "date_precision 'day' contradicts published_date '2013-07'; "
                                        "kept as 2013-07 (month)"),
    ("2013-07-15", "month", "2013-07 month", "date_precision 'month' contradicts published_date '2013-07-15'; "
                                             "kept as 2013-07 (month)"),
    ("2013", "month", "2013 year", "date_precision 'month' contradicts published_date '2013'; kept as 2013 (year)"),
    ("2013-07", "weekly", "2013-07 month", "unknown date_precision 'weekly' (expected one of year, month, day); "
                                           "'month' taken from published_date '2013-07'"),
    ("", "day", None, "date_precision 'day' without a published_date; ignored"),
])
def test_manifest_dates(tmp_path, date, precision, expected, reason):
    path = write_manifest(tmp_path, f"a,a.txt,,,,{date},{precision},en,Note.")
    entries, problems = read_manifest(path)
    published = entries[0].published
    assert (f"{published.iso()} {published.precision}" if published else None) == expected
    if reason is None:
        assert problems == [] and entries[0].warnings == ()
    else:
        assert checks(problems) == [("manifest_date", f"line 2: {reason}")]
        assert entries[0].warnings == (reason,)


def test_manifest_date_warning_reaches_the_notes(tmp_path):
    (tmp_path / "a.txt").write_text("Text.")
    write_manifest(tmp_path, "a,a.txt,,,,May 2013,month,en,Note.")
    r = run(tmp_path)[0]["a"].record
    assert r["published_date"] is None
    assert r["notes"] == ("Note. | warning: malformed published_date 'May 2013' (expected YYYY, YYYY-MM or "
                          "YYYY-MM-DD); date dropped")


def test_manifest_with_missing_columns(tmp_path):
    path = write_manifest(tmp_path, "a,a.txt,2013-07", header="source_name,file,published_date")
    entries, problems = read_manifest(path)
    assert checks(problems) == [("manifest_columns", "missing columns: title, publisher, url, date_precision, "
                                                     "language, notes")]
    assert (entries[0].file, entries[0].published.iso(), entries[0].language) == ("a.txt", "2013-07", None)


def test_manifest_with_unknown_and_repeated_columns(tmp_path):
    path = write_manifest(tmp_path, "a,a.txt,x,y", header="source_name,file,author,file")
    entries, problems = read_manifest(path)
    assert "; unknown columns ignored: `author`; repeated columns ignored: file; no published_date column: " in (
        checks(problems)[0][1])
    assert entries[0].file == "a.txt"


def test_manifest_without_key_columns_is_unusable(tmp_path):
    path = write_manifest(tmp_path, "Title,2013", header="title,published_date")
    entries, problems = read_manifest(path)
    assert entries == []
    assert checks(problems)[-1][0] == "manifest_columns"
    assert checks(problems)[-1][1].startswith("manifest has neither a source_name nor a file column: no row can be "
                                              "used")


def test_manifest_broken_lines_cost_only_their_row(tmp_path):
    path = write_manifest(
        tmp_path,
        "a,a.txt,Title A,,,,,,",
        'b,b.txt,"Title "B" broken,,,,,,',
        "c,c.txt,Title C,,,,,,",
        'd,d.txt,"unterminated,,,,,,',
        "e,e.txt,Title E,,,,,,",
        "f,f.txt,too,few",
        "g,g.txt,\"multi\nline title\",,,,,,",
        'h,h.txt,"unterminated at the end,,,,,,',
    )
    entries, problems = read_manifest(path)
    assert [(e.source_name, e.line) for e in entries] == [("a", 2), ("c", 4), ("e", 6), ("g", 8)]
    assert entries[-1].title == "multi\nline title"
    assert checks(problems) == [
        ("manifest_line", "line 3: not valid CSV (',' expected after '\"')"),
        ("manifest_line", "line 5: not valid CSV (',' expected after '\"')"),
        ("manifest_line", "line 7: 4 fields, expected 9"),
        ("manifest_line", "line 10: not valid CSV (unexpected end of data)"),
    ]
    assert json.loads(problems[2]["row_json"]) == {"line": 7, "fields": ["f", "f.txt", "too", "few"]}


def test_manifest_row_naming_nothing(tmp_path):
    entries, problems = read_manifest(write_manifest(tmp_path, ",,Title,,,,,,"))
    assert entries == []
    assert checks(problems) == [("manifest_row", "line 2: row names neither a source_name nor a file")]


def test_manifest_source_name_defaults_to_the_file_stem(tmp_path):
    entries, _ = read_manifest(write_manifest(tmp_path, ",docs/a.txt,,,,,,,"))
    assert (entries[0].source_name, entries[0].file) == ("a", "docs/a.txt")


@pytest.mark.parametrize(("language", "expected", "reason"), [
    ("en", "en", None),
    ("FR", "fr", None),
    ("en-GB", "en", None),
    ("French", "fr", None),
    ("", None, None),
    ("klingon", None, "language 'klingon' is not an ISO 639-1 code; ignored"),
])
def test_manifest_language(tmp_path, language, expected, reason):
    entries, problems = read_manifest(write_manifest(tmp_path, f"a,a.txt,,,,,,{language},"))
    assert entries[0].language == expected
    assert checks(problems) == ([] if reason is None else [("manifest_language", f"line 2: {reason}")])


def test_manifest_url_that_is_not_http(tmp_path):
    entries, problems = read_manifest(write_manifest(tmp_path, "a,a.txt,,,www.example.org/a,,,,"))
    assert entries[0].url == "www.example.org/a"
    assert checks(problems) == [("manifest_url", "line 2: url 'www.example.org/a' is not an http(s) address; "
                                                 "kept as written")]


def test_manifest_with_bom_and_crlf(tmp_path):
    path = tmp_path / "manifest.csv"
    path.write_bytes(codecs.BOM_UTF8 + f"{HEADER}\r\na,a.txt,Tïtle,,,2013,year,en,\r\n".encode())
    entries, problems = read_manifest(path)
    assert problems == []
    assert (entries[0].source_name, entries[0].title) == ("a", "Tïtle")


def test_manifest_not_utf8_is_decoded_with_a_problem(tmp_path):
    path = tmp_path / "manifest.csv"
    path.write_bytes(f"{HEADER}\na,a.txt,Côte d'Ivoire,,,,,,\n".encode("cp1252"))
    entries, problems = read_manifest(path)
    assert entries[0].title == "Côte d'Ivoire"
    assert checks(problems) == [("manifest_read", "manifest is not UTF-8 (invalid continuation byte at byte 91); "
                                                  "decoded as cp1252")]


def test_empty_manifest(tmp_path):
    path = tmp_path / "manifest.csv"
    path.write_bytes(b"")
    assert read_manifest(path) == ([], [{"source_name": None, "file": None, "check": "manifest_read",
                                         "reason": "empty manifest", "row_json": '{"line": 1}'}])


# --- inventory ---------------------------------------------------------------------------------------------------

def test_discovery_is_sorted_and_deterministic(tmp_path):
    for name in ["zeta.txt", "alpha.txt", "Mu.txt", "beta.html", "10.txt", "9.txt"]:
        (tmp_path / name).write_text(f"Text of {name}.")
    write_manifest(tmp_path, "omega,zeta.txt,,,,,,,")
    first, _ = discover(tmp_path)
    second, _ = discover(tmp_path)
    assert first == second
    assert [s.source_name for s in first] == ["10", "9", "Mu", "alpha", "beta", "omega"]


def test_discovery_hashes_without_reading_text(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"abc")
    [source], _ = discover(tmp_path)
    assert source == SourceFile(
        source_name="a", rel_path="a.txt", path=tmp_path / "a.txt", manifest=None, n_bytes=3,
        content_sha256="ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", problem=None)
    assert source.doc_id == "ba7816bf8f01cfea"


def test_doc_ids_are_unique_and_stable_across_error_rows(tmp_path):
    (tmp_path / "a.txt").write_text("Same.")
    (tmp_path / "b.txt").write_text("Same.")
    (tmp_path / "e.txt").write_bytes(b"")
    write_manifest(tmp_path, "m1,missing1.txt,,,,,,,", "m2,missing2.txt,,,,,,,")
    ids = [s.doc_id for s in discover(tmp_path)[0]]
    assert len(ids) == len(set(ids)) == 5
    assert ids == [s.doc_id for s in discover(tmp_path)[0]]


def test_discover_refuses_a_missing_folder(tmp_path):
    with pytest.raises(NotADirectoryError, match="documents folder not found"):
        discover(tmp_path / "nope")


def test_manifest_license_column_is_optional_and_known(tmp_path):
    """`license` may be given (the real corpus does) or left out, without a problem record either way."""
    path = write_manifest(tmp_path, "a,a.txt,,,,2013-07,month,en,,CC BY 4.0",
                          header="source_name,file,title,publisher,url,published_date,date_precision,language,"
                                 "notes,license")
    entries, problems = read_manifest(path)
    assert problems == []
    assert entries[0].file == "a.txt"
