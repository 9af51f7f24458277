"""Build the PDF fixtures of the ingestion tests, by hand, without a PDF library.

``python tests/data/ingest/make_fixtures.py`` rewrites ``report.pdf``; the tests also import
:func:`minimal_pdf` to build PDFs on the fly (pages without text, broken files). The HTML fixture,
``article.html``, is written by hand.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent

REPORT_PAGES = [
    [
        "Peacekeeping contributions: quarterly note",
        "As of 30 June 2013, Bangladesh had 8,100 personnel serving in UN peacekeeping operations.",
        "Rwanda deployed a battalion of 850 troops to MINUSCA in September 2014.",
    ],
    [
        "Annex",
        "Nepal pledged 1,000 police officers for UNMISS.",
    ],
]
REPORT_INFO = {"Title": "Quarterly note on troop contributions", "CreationDate": "D:20140915093000Z"}


def _pdf_string(text: str) -> bytes:
    """A PDF literal string: parentheses and backslashes escaped, Latin-1 encoded (the standard 14 fonts)."""
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return b"(" + escaped.encode("latin-1") + b")"


def minimal_pdf(pages: list[list[str]], info: dict[str, str] | None = None) -> bytes:
    """A valid PDF 1.4 file: one page per item of ``pages``, each line of text in Helvetica.

    A page given as an empty list has no text at all (a rectangle is drawn instead), like a scanned page.
    ``info`` becomes the document information dictionary (``Title``, ``CreationDate``...).
    """
    objects: list[bytes] = [b"", b""]  # 1: catalog, 2: page tree, filled in below
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")  # 3
    kids = []
    for lines in pages:
        if lines:
            ops = [b"BT /F1 12 Tf 16 TL 72 720 Td"]
            for i, line in enumerate(lines):
                ops.append((b"" if i == 0 else b"T* ") + _pdf_string(line) + b" Tj")
            ops.append(b"ET")
        else:
            ops = [b"0.5 g 72 72 468 648 re f"]
        content = b"\n".join(ops)
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        content_ref = len(objects)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                       b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content_ref)
        kids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
                  + b"] /Count %d >>" % len(kids))
    info_ref = None
    if info:
        objects.append(b"<< " + b" ".join(b"/" + k.encode("ascii") + b" " + _pdf_string(v)
                                          for k, v in info.items()) + b" >>")
        info_ref = len(objects)

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R" % (len(objects) + 1)
    if info_ref:
        out += b" /Info %d 0 R" % info_ref
    out += b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def main() -> None:
    (HERE / "report.pdf").write_bytes(minimal_pdf(REPORT_PAGES, REPORT_INFO))


if __name__ == "__main__":
    main()
