"""Word (.docx) reader: paragraphs and table cells in document order, through python-docx."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.ingest.budget import Cancelled, checkpoint
from tracker.ingest.errors import IngestError, first_line
from tracker.ingest.word_numbering import Numbering

if TYPE_CHECKING:
    from docx.table import Table


def docx_text(path: Path, data: bytes) -> str:
    """One line per paragraph, automatic numbers written out; a table row becomes one line of its
    cells separated by spaces."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
        numbering = Numbering(document)
        lines: list[str] = []
        for block in document.iter_inner_content():
            checkpoint()
            if isinstance(block, Paragraph):
                lines.append(numbering.prefix(block) + block.text)
            elif isinstance(block, Table):
                lines.extend(_table_lines(block))
    except (IngestError, Cancelled):
        raise
    except Exception as exc:  # a damaged package raises zip, XML or key errors alike
        raise IngestError(f"{path}: corrupt .docx ({first_line(exc)})") from None
    return "\n".join(lines)


def _table_lines(table: Table) -> list[str]:
    lines = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            text = cell.text.strip()
            if text and (not cells or cells[-1] != text):  # merged cells repeat their text
                cells.append(text)
        if cells:
            lines.append(" ".join(cells))
    return lines
