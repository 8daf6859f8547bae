"""Contract titles, clauses and file names shown as text, never as markup.

Qt renders a string as HTML wherever it merely looks like HTML (labels, tooltips, message boxes):
a contract titled "<img src=…>" would load a local image, "<h1>" would fake a heading. Labels that
show such text are set to plain text; tooltips and message boxes have no such switch, so their
text goes through `as_rich_text`, which escapes it and keeps its line breaks.
"""

from __future__ import annotations

from PySide6.QtGui import Qt


def as_rich_text(text: str) -> str:
    """`text` as rich text that shows exactly `text`: markup escaped, line breaks kept."""
    return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)
