"""Build contract files for tests: PDFs (reportlab, CID font HeiseiMin-W3) and .docx (python-docx)."""

from __future__ import annotations

import io
from pathlib import Path

PAGES = [
    ["見本サービス利用規約",
     "第1条（契約期間）",
     "本契約の期間は、利用開始日から1年間とし、期間満了の",  # a clause broken at the column edge
     "30 日前までに申出がない限り、同一条件で更新される。",
     "2 契約者は、料金を翌月末日までに支払う。"],
    ["第2条（解約）",
     "契約者は、解約希望日の２０ 営業日前までに通知して解約できる。"],
]


def pdf_bytes(pages: list[list[str]] = PAGES, page_numbers: bool = True) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for number, lines in enumerate(pages, 1):
        pdf.setFont("HeiseiMin-W3", 11)
        for row, line in enumerate(lines):
            pdf.drawString(50, 800 - 20 * row, line)
        if page_numbers:
            pdf.drawString(280, 30, f"- {number} -")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def image_only_pdf_bytes() -> bytes:
    """A scanned page: one image, no text layer."""
    from PIL import Image, ImageDraw  # reportlab's own dependency
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    scan = Image.new("L", (300, 400), 255)
    ImageDraw.Draw(scan).rectangle((30, 40, 270, 60), fill=0)  # a dark bar where a line of text was
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawImage(ImageReader(scan), 100, 300, width=300, height=400)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def encrypted_pdf_bytes(user_password: str = "secret") -> bytes:
    """Encrypted; with an empty user password it opens without one (only editing is locked)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(pdf_bytes())).pages:
        writer.add_page(page)
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def corrupt_pdf_bytes() -> bytes:
    data = pdf_bytes()
    return data[: len(data) // 3]


DOCX_BEFORE_TABLE = ["見本保守契約書", "第1条（定義）", "本契約における用語は、次の表のとおりとする。"]
DOCX_AFTER_TABLE = ["第2条（検査）", "甲は、納品後１０日以内に検査を行う。"]


def write_docx(path: Path, before: list[str] = DOCX_BEFORE_TABLE,
               after: list[str] = DOCX_AFTER_TABLE) -> Path:
    """Paragraphs with a table between them, so document order matters."""
    import docx

    document = docx.Document()
    for line in before:
        document.add_paragraph(line)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "用語"
    table.cell(0, 1).text = "意味"
    table.cell(1, 0).text = "保守期間"
    table.cell(1, 1).text = "検収日から１年間"
    for line in after:
        document.add_paragraph(line)
    document.save(str(path))
    return path


_NUMBERING = """<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 w:abstractNumId="90">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="第%1条"/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimalFullWidth"/><w:lvlText w:val="%2．"/></w:lvl>
 <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%3"/>
 </w:lvl>
</w:abstractNum>"""
_NUM = """<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:numId="90">
 <w:abstractNumId w:val="90"/></w:num>"""


def write_numbered_docx(path: Path, paragraphs: list[tuple[int | None, str]]) -> Path:
    """Paragraphs numbered by Word itself: (list level or None, text without the number)."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(_NUMBERING))  # abstract definitions come before the w:num entries
    numbering.append(parse_xml(_NUM))
    for level, text in paragraphs:
        paragraph = document.add_paragraph(text)
        if level is not None:
            num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_ilvl().set(qn("w:val"), str(level))
            num_pr.get_or_add_numId().set(qn("w:val"), "90")
    document.save(str(path))
    return path


def shared_stream_pdf_bytes(pages: int = 200, lines: int = 20_000) -> bytes:
    """A small PDF whose pages all draw one compressed content stream: a few KB that expand to
    megabytes of text operators, read again for every page unless shared streams are parsed once."""
    import zlib

    content = b"BT /F1 10 Tf 50 800 Td 12 TL " + b"(Notice 30 days before the end) Tj T* " * lines + b"ET"
    stream = zlib.compress(content, 9)
    kids = " ".join(f"{5 + i} 0 R" for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
                b" /Contents 4 0 R >>"] * pages
    out = bytearray(b"%PDF-1.4\n")
    positions = []
    for number, body in enumerate(objects, 1):
        positions.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % p for p in positions)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
