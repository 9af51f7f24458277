"""Reading a document's text: ``.txt``, ``.html``/``.htm`` and ``.pdf`` into a ``documents`` row and its text.

:func:`ingest` never raises on bad input: whatever is wrong with a file (no bytes, binary content, an encoding
nothing fits, a broken or encrypted PDF, a page without main text) becomes ``ingest_status`` "error" with the
reason in ``ingest_error``; what is odd but readable (a legacy encoding, a text cut at the size cap) becomes a
warning in ``notes``.

The text is kept as the file says it, with three normalisations that later offsets rely on: line endings become
"\\n", Unicode is composed (NFC) and a byte-order mark is dropped. Plain text is decoded as a stream and stops at
``max_text_chars``; HTML goes through trafilatura (main text, boilerplate dropped), PDF through pypdf (text layer).
"""

from __future__ import annotations

import codecs
import logging
import re
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import pycountry
from charset_normalizer import from_bytes
from charset_normalizer.md import mess_ratio

from pipeline.extract.types import PartialDate
from pipeline.ingest.inventory import SourceFile
from pipeline.ingest.manifest import DEFAULT_LANGUAGE

if TYPE_CHECKING:  # pypdf and trafilatura are imported where a PDF or a page is read
    from pypdf import PdfReader

log = logging.getLogger(__name__)

DEFAULT_MAX_TEXT_CHARS = 20_000_000

_CHUNK = 1 << 20  # bytes read at a time
_SNIFF = 1 << 16  # bytes looked at to tell text from binary

# Signatures of common binary formats, to name what a misnamed file really is (by content, not by name). Only
# signatures with bytes that plain text never starts with: others ("MZ", "BZh") could be the start of a text.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x7fELF", "executable"),
)
# Byte-order marks, UTF-32 before UTF-16 (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters that do not occur in text (tab, line feed, vertical tab, form feed, carriage return and
# escape do); more than a few of them in the first block of a file means it is binary.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.05
_MESS_LIMIT = 0.2  # charset-normalizer's default: a decoding messier than this is not the text's charset
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_HTML_LANG = re.compile(r"""<html\b[^>]{0,500}?\blang\s*=\s*["']?\s*([A-Za-z]{2,3})\b""", re.I)
_PDF_DATE = re.compile(r"^\s*(?:D:)?(\d{4})(\d{2})?(\d{2})?")
_LINE_BREAKS = re.compile(r"\r\n?")
_BLANKS = re.compile(r"[ \t\f\v\xa0]+")
# Trafilatura's date search: meta tags, markup and the URL only ("extensive" search guesses from the running
# text, which is not a publication date); a fixed upper bound keeps the result independent of today's date.
_DATE_PARAMS = {"original_date": True, "extensive_search": False, "max_date": "2099-12-31"}
# Left out of a page's main text: what a browser shows only without JavaScript ("enable JavaScript...").
_PRUNE = ["//noscript"]
# Elements whose text, in the fallback dump of an HTML body, ends a line.
_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header "
    "hr li main nav ol p pre section table td th tr ul".split()
)


class IngestError(Exception):
    """Why a document cannot be read; ``media_type`` is what its content was found to be."""

    def __init__(self, reason: str, media_type: str = "unknown") -> None:
        super().__init__(reason)
        self.reason = reason
        self.media_type = media_type


@dataclass
class IngestedDocument:
    """One ``documents`` row (every DOCUMENTS column, in order) and the document's text (None when unreadable)."""

    record: dict
    text: str | None


@dataclass
class _Extracted:
    """What a reader got out of a file."""

    text: str
    media_type: str
    title: str | None = None
    published: PartialDate | None = None
    published_from: str | None = None  # where ``published`` was found, for the notes
    language: str | None = None
    warnings: list[str] = field(default_factory=list)


def ingest(source: SourceFile, max_text_chars: int = DEFAULT_MAX_TEXT_CHARS) -> IngestedDocument:
    """Read ``source`` into a ``documents`` row and its text; never raises on bad input.

    Manifest metadata wins; the document's own title, date (HTML meta tags, PDF metadata) and language (HTML
    ``lang``) fill what the manifest leaves empty; the language defaults to "en".
    """
    extracted: _Extracted | None = None
    error: IngestError | None = None
    try:
        extracted = _read(source, max_text_chars)
    except IngestError as exc:
        error = exc
    except Exception as exc:  # a bug or an exotic failure of a library: one document must not stop the run
        log.exception("unexpected failure ingesting %s", source.rel_path)
        error = IngestError(f"unexpected error: {type(exc).__name__}: {exc}")
    return IngestedDocument(_record(source, extracted, error), extracted.text if extracted else None)


def _read(source: SourceFile, max_text_chars: int) -> _Extracted:
    if source.problem is not None:
        raise IngestError(source.problem)
    if source.path is None:
        raise IngestError("no file to read")
    suffix = source.path.suffix.lower()
    reader = _READERS.get(suffix)
    if reader is None:
        raise IngestError(f"unsupported file type: {suffix or '(no extension)'} (supported: "
                          f"{', '.join(sorted(_READERS))}; convert the file or remove it from the folder)")
    try:
        size = source.path.stat().st_size
    except OSError as exc:
        raise IngestError(f"cannot read file: {exc.strerror}") from None
    if source.n_bytes is not None and size != source.n_bytes:
        raise IngestError(f"file changed since discovery: {size} bytes, {source.n_bytes} when hashed")
    try:
        extracted = reader(source.path, max_text_chars)
    except OSError as exc:
        raise IngestError(f"cannot read file: {exc.strerror or exc}") from None
    if not extracted.text.strip():
        raise IngestError("no text: only white space", extracted.media_type)
    return extracted


def _record(source: SourceFile, extracted: _Extracted | None, error: IngestError | None) -> dict:
    """The ``documents`` row: manifest first, then what the document says, then defaults."""
    entry = source.manifest
    notes = [entry.notes] if entry and entry.notes else []
    notes += [f"warning: {w}" for w in (entry.warnings if entry else ())]
    title = entry.title if entry else None
    published = entry.published if entry else None
    language = entry.language if entry else None
    if extracted is not None:
        notes += [f"warning: {w}" for w in extracted.warnings]
        if title is None and extracted.title:
            title = extracted.title
        if published is None and extracted.published is not None:
            published = extracted.published
            notes.append(f"published_date from {extracted.published_from}")
        if language is None:
            language = extracted.language
    record = {
        "doc_id": source.doc_id,
        "source_name": source.source_name,
        "file": source.rel_path,
        "title": title,
        "publisher": entry.publisher if entry else None,
        "url": entry.url if entry else None,
        "published_date": published.value if published else None,
        "published_precision": published.precision if published else None,
        "language": language or DEFAULT_LANGUAGE,
        "media_type": extracted.media_type if extracted else (error.media_type if error else "unknown"),
        "n_bytes": source.n_bytes,
        "n_chars": len(extracted.text) if extracted else None,
        "content_sha256": source.content_sha256,
        "ingest_status": "error" if error else "ok",
        "ingest_error": error.reason if error else None,
        "manifest_row": entry.line if entry else None,
        "notes": " | ".join(notes) or None,
    }
    return record


# --- plain text --------------------------------------------------------------------------------------------------

def _read_txt(path: Path, max_chars: int) -> _Extracted:
    text, warnings = _decode_file(path, max_chars)
    return _Extracted(text, "text/plain", warnings=warnings)


def _decode_file(path: Path, max_chars: int, declared: bool = False, what: str = "text") -> tuple[str, list[str]]:
    """Decode a text file, at most ``max_chars`` characters of it, normalised; plus warnings.

    UTF-8 (a byte-order mark is honoured, so are UTF-16 and UTF-32 with one) is decoded as a stream. Text that
    is not UTF-8 is decoded with the charset the page declares (``declared``, for HTML) or the one
    charset-normalizer finds, with a warning; binary content and text no charset fits are errors.
    """
    warnings: list[str] = []
    with open(path, "rb") as f:
        head = f.read(_SNIFF)
        kind = next((name for magic, name in _MAGIC if head.startswith(magic)), None)
        if kind is not None:
            raise IngestError(f"binary file: {kind}")
        codec = next((name for bom, name in _BOMS if head.startswith(bom)), None)
        if codec is None and b"\x00" in head:
            codec = _utf16_without_bom(head)
            if codec is None:
                raise IngestError("binary file: contains NUL bytes")
            warnings.append(f"UTF-16 without a byte-order mark: decoded as {codec}")
        f.seek(0)
        try:
            text, truncated = _stream_decode(f, codec or "utf-8", max_chars)
        except UnicodeDecodeError as exc:
            if codec is not None:
                raise IngestError(f"undecodable text: invalid {codec} despite its byte-order mark "
                                  f"({exc.reason})") from None
            f.seek(0)
            data = f.read(max_chars * 4 + 4)  # enough bytes for max_chars characters in any charset
            truncated = bool(f.read(1))
            bad = getattr(exc, "file_offset", exc.start)
            text, charset, how = _guess_decode(data, head if declared else None, not truncated, bad)
            warnings.append(f"not UTF-8 ({exc.reason} at byte {bad}): decoded as {charset} ({how})")
    if "\x00" in text:
        raise IngestError("binary file: contains NUL bytes")
    sample = text[:_SNIFF]
    if sample and len(_CONTROL.findall(sample)) > _MAX_CONTROL_SHARE * len(sample):
        raise IngestError("binary file: control characters")
    text = _normalise(text)
    if truncated or len(text) > max_chars:
        text = text[:max_chars]
        warnings.append(f"{what} truncated to its first {len(text)} characters (limit {max_chars})")
    return text, warnings


def _utf16_without_bom(head: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when the bytes look like UTF-16 text without a byte-order mark: in text of
    Latin script every other byte is NUL (the high byte of each character), the others almost never are."""
    sample = head[: len(head) // 2 * 2][:8192]
    pairs = len(sample) // 2
    if pairs < 8:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd >= 0.6 * pairs and even <= 0.02 * pairs:
        return "utf-16-le"
    if even >= 0.6 * pairs and odd <= 0.02 * pairs:
        return "utf-16-be"
    return None


def _stream_decode(f: BinaryIO, codec: str, max_chars: int) -> tuple[str, bool]:
    """Decode ``f`` chunk by chunk, stopping once more than ``max_chars`` characters are read; (text, truncated).

    A ``UnicodeDecodeError`` carries the offset in the file of the first bad byte as ``file_offset``.
    """
    decoder = codecs.getincrementaldecoder(codec)("strict")
    parts: list[str] = []
    n = 0
    offset = 0  # bytes of the file passed to the decoder so far
    while True:
        chunk = f.read(_CHUNK)
        pending = len(decoder.getstate()[0])  # bytes of an incomplete character held from the last chunk
        try:
            part = decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as exc:
            exc.file_offset = offset - pending + exc.start
            raise
        offset += len(chunk)
        parts.append(part)
        n += len(part)
        if not chunk:
            return "".join(parts), False
        if n > max_chars:
            return "".join(parts), True


def _guess_decode(data: bytes, head: bytes | None, final: bool, first_bad: int) -> tuple[str, str, str]:
    """Decode bytes that are not UTF-8: (text, charset, how the charset was chosen).

    The charset a page declares comes first. Otherwise charset-normalizer guesses from a window of about
    1 MB around the first byte that is not UTF-8 (guessing from tens of megabytes is slow and no better), and
    from the whole text only when no guess from the window decodes all of it.
    """
    if head is not None and (m := _DECLARED_CHARSET.search(head)):
        charset = m.group(1).decode("ascii").lower()
        try:
            codecs.lookup(charset)
            return _decode_bytes(data, charset, final), charset, "declared in the page"
        except (LookupError, UnicodeDecodeError):
            pass
    window = _window(data, first_bad)
    for sample in (window, data) if len(window) < len(data) else (data,):
        for charset in _charsets(sample):
            try:
                return _decode_bytes(data, charset, final), charset, "guessed"
            except UnicodeDecodeError:
                continue
    raise IngestError("undecodable text: not UTF-8 and no known charset fits")


def _window(data: bytes, at: int, before: int = 1 << 18, after: int = 3 << 18) -> bytes:
    """The lines of ``data`` from about ``before`` bytes before offset ``at`` to about ``after`` bytes after it."""
    start = max(0, at - before)
    if start:
        start = data.rfind(b"\n", 0, start) + 1
    end = data.find(b"\n", min(len(data), at + after))
    return data[start : len(data) if end == -1 else end + 1]


def _charsets(sample: bytes) -> Iterator[str]:
    """Charsets to try on text that is not UTF-8, most likely first: Windows-1252, then charset-normalizer's.

    charset-normalizer alone misreads the commonest case of this corpus: it ranks the code pages by a language
    guess that is noise on a few lines or on English with a handful of accented letters (Latin-1 French comes
    out as cp1250, English with curly quotes as the Baltic DOS page cp775, an ASCII report with one "é" as
    Big5). The documents are news and UN texts in Western European languages, whose legacy charset is
    Windows-1252 (the superset of Latin-1), so it is tried first whenever charset-normalizer's own mess
    detector finds its decoding clean; Cyrillic, Greek or CJK bytes read as Windows-1252 are a mess and fall
    through to the guesser. The cost: Central European cp1250 text would be misread; it is not expected here.
    """
    try:
        if mess_ratio(sample.decode("cp1252"), _MESS_LIMIT) < _MESS_LIMIT:
            yield "cp1252"
    except UnicodeDecodeError:
        pass
    yield from dict.fromkeys(r.encoding for r in from_bytes(sample))


def _decode_bytes(data: bytes, charset: str, final: bool) -> str:
    """Strictly decode ``data``; when not ``final`` a character cut at the end of ``data`` is left out."""
    return codecs.getincrementaldecoder(charset)("strict").decode(data, final=final)


def _normalise(text: str) -> str:
    """Line endings to "\\n", a leading byte-order mark dropped, Unicode composed (NFC)."""
    text = _LINE_BREAKS.sub("\n", text)
    if text.startswith("\ufeff"):
        text = text[1:]
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


# --- HTML --------------------------------------------------------------------------------------------------------

def _read_html(path: Path, max_chars: int) -> _Extracted:
    """Main text of a web page (trafilatura), with its title, date and language.

    When trafilatura finds no main text (a page too short or too unusual for its heuristics), the plain text of
    the body is used instead, with a warning; a page whose body has no text either is an error.
    """
    import trafilatura  # here, not at the top: its import costs a build without a web page some 0.2 s

    # The page is read up to four times the text cap: its markup is mostly longer than its text.
    html, warnings = _decode_file(path, max_chars * 4, declared=True, what="page")
    failure = None
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, prune_xpath=_PRUNE,
                                          date_extraction_params=dict(_DATE_PARAMS))
    except Exception as exc:  # trafilatura and lxml raise a variety of errors on broken markup
        log.warning("trafilatura failed on %s: %s", path, exc)
        failure, doc = f"trafilatura failed ({type(exc).__name__})", None
    text = _normalise(doc.text) if doc is not None and doc.text else ""
    if not text.strip():
        text = _body_text(html)
        if not text.strip():
            raise IngestError("no main text in HTML", "text/html")
        warnings.append(f"{failure or 'trafilatura found no main text'}; plain text of the body used")
        if doc is None:
            doc = _html_metadata(html)
    if len(text) > max_chars:
        text = text[:max_chars]
        warnings.append(f"text truncated to its first {max_chars} characters (limit {max_chars})")
    published = _html_date(doc.date) if doc is not None and doc.date else None
    lang = _HTML_LANG.search(html[:_SNIFF])
    title = doc.title.strip() if doc is not None and doc.title else None
    return _Extracted(
        text=text,
        media_type="text/html",
        title=title or None,
        published=published,
        published_from="the page's metadata" if published else None,
        language=_iso639_1(lang.group(1)) if lang else None,
        warnings=warnings,
    )


def _html_metadata(html: str):
    """Title and date of a page whose text trafilatura did not extract (a ``trafilatura`` Document), or None."""
    import trafilatura

    try:
        return trafilatura.extract_metadata(html, date_config=dict(_DATE_PARAMS))
    except Exception:  # as above: broken markup; the text is what matters
        return None


def _body_text(html: str) -> str:
    """Plain text of an HTML body: scripts and styles dropped, one line per block element, blank lines removed."""
    import trafilatura

    tree = trafilatura.load_html(html) if html.strip() else None
    if tree is None:
        return ""
    for bad in tree.xpath("//script | //style | //noscript | //template | //head"):
        bad.drop_tree()
    body = tree.find("body")
    root = body if body is not None else tree
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
    lines = (_BLANKS.sub(" ", line).strip() for line in root.text_content().split("\n"))
    return _normalise("\n".join(line for line in lines if line))


def _html_date(value: str) -> PartialDate | None:
    try:
        return PartialDate.parse(value[:10])
    except ValueError:
        return None


def _iso639_1(code: str) -> str | None:
    """A two-letter ISO 639-1 code from a code of two or three letters, None when unknown."""
    code = code.lower()
    lang = pycountry.languages.get(alpha_2=code) if len(code) == 2 else pycountry.languages.get(alpha_3=code)
    return getattr(lang, "alpha_2", None)


# --- PDF ---------------------------------------------------------------------------------------------------------

def _read_pdf(path: Path, max_chars: int) -> _Extracted:
    """Text layer of a PDF (pypdf), pages separated by a blank line, with the title and date of its metadata.

    Encrypted PDFs are opened when the empty password opens them (protection against editing only). pypdf
    repairs what it can of a damaged file and logs what it repaired: those messages become warnings, and the
    reason of the error when nothing readable is left.
    """
    with open(path, "rb") as f:
        if b"%PDF-" not in f.read(1024):
            raise IngestError("corrupt PDF: no %PDF header")
    warnings: list[str] = []
    with _pypdf_messages() as repairs:
        reader = _open_pdf(path, warnings, repairs)
        texts, failed = _pdf_page_texts(reader, path, max_chars, warnings)
        title, published = _pdf_metadata(reader)
    n_pages = len(reader.pages)
    if len(failed) == n_pages:
        raise IngestError(f"corrupt PDF: no page could be read{_first(repairs)}", "application/pdf")
    if failed:
        warnings.append(f"text of page(s) {', '.join(map(str, failed[:10]))} could not be read")
    text = _normalise("\n\n".join(t.strip("\n") for t in texts))
    if not text.strip():
        if repairs:
            raise IngestError(f"corrupt PDF: {repairs[0]}", "application/pdf")
        raise IngestError("no text layer (scanned?)", "application/pdf")
    if len(text) > max_chars:
        text = text[:max_chars]
        warnings.append(f"text truncated to its first {max_chars} characters (limit {max_chars})")
    warnings += [f"pypdf: {m}" for m in dict.fromkeys(repairs)][:5]
    return _Extracted(text, "application/pdf", title=title, published=published,
                      published_from="the PDF's creation date" if published else None, warnings=warnings)


def _open_pdf(path: Path, warnings: list[str], repairs: list[str]) -> PdfReader:
    """A PDF reader with at least one page, decrypted with the empty password if need be, or an IngestError."""
    from pypdf import PdfReader  # here, not at the top: its import costs a build without a PDF some 0.1 s
    from pypdf.errors import DependencyError, FileNotDecryptedError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except (DependencyError, NotImplementedError) as exc:
                raise IngestError(f"encrypted PDF: {exc}", "application/pdf") from None
            if not opened:
                raise IngestError("encrypted PDF: a password is required", "application/pdf")
            warnings.append("encrypted PDF opened with the empty password")
        n_pages = len(reader.pages)
    except IngestError:
        raise
    except FileNotDecryptedError:
        raise IngestError("encrypted PDF: a password is required", "application/pdf") from None
    except Exception as exc:  # pypdf raises many kinds of error on damaged files
        raise IngestError(f"corrupt PDF: {_pdf_reason(exc, repairs)}", "application/pdf") from None
    if n_pages == 0:
        raise IngestError(f"corrupt PDF: no pages{_first(repairs)}", "application/pdf")
    return reader


def _pdf_page_texts(reader: PdfReader, path: Path, max_chars: int, warnings: list[str]) -> tuple[list[str], list[int]]:
    """The text of each page up to the text cap, and the numbers of the pages that could not be read."""
    pages = reader.pages
    n_pages = len(pages)
    texts: list[str] = []
    n_chars = 0
    failed: list[int] = []
    for i in range(n_pages):
        try:
            page_text = pages[i].extract_text() or ""
        except Exception as exc:  # a damaged page must not cost the others
            log.debug("page %d of %s: %s", i + 1, path, exc)
            failed.append(i + 1)
            continue
        texts.append(page_text)
        n_chars += len(page_text) + 2
        if n_chars > max_chars:
            if i + 1 < n_pages:
                warnings.append(f"text read from the first {i + 1} of {n_pages} pages only (text cap)")
            break
    return texts, failed


def _pdf_metadata(reader: PdfReader) -> tuple[str | None, PartialDate | None]:
    """Title and creation date of a PDF's information dictionary, at the precision the date is written to."""
    try:
        info = reader.metadata or {}
        title = str(info.get("/Title") or "").strip() or None
        raw = str(info.get("/CreationDate") or "")
    except Exception:  # a damaged information dictionary is no reason to lose the text
        return None, None
    m = _PDF_DATE.match(raw)
    published = None
    if m:
        try:
            published = PartialDate.parse("-".join(g for g in m.groups() if g))
        except ValueError:
            published = None
    return title, published


@contextmanager
def _pypdf_messages() -> Iterator[list[str]]:
    """Collect what pypdf logs (at warning level and above) while a PDF is read."""
    messages: list[str] = []

    class _Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            messages.append(record.getMessage())

    logger = logging.getLogger("pypdf")
    handler = _Collect(logging.WARNING)
    logger.addHandler(handler)
    try:
        yield messages
    finally:
        logger.removeHandler(handler)


def _pdf_reason(exc: Exception, repairs: list[str]) -> str:
    message = str(exc).strip() or type(exc).__name__
    return message if not repairs or repairs[0] in message else f"{message} ({repairs[0]})"


def _first(repairs: list[str]) -> str:
    return f" ({repairs[0]})" if repairs else ""


_READERS: dict[str, Callable[[Path, int], _Extracted]] = {
    ".txt": _read_txt,
    ".html": _read_html,
    ".htm": _read_html,
    ".pdf": _read_pdf,
}
