"""Text that must stay on one line: a file name or a reason in an error line, a table cell.

A file name may hold a line break, other control characters, or bytes that are not UTF-8 (Python
keeps those as lone surrogates); printed raw, they split an error over two lines or fail to encode.
"""

from __future__ import annotations

import re

_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def one_line(text: str) -> str:
    """`text` with line breaks, control characters and undecodable bytes written as escapes:
    "a\\nb.txt", "bad\\xff.txt"; printable text (Japanese included) is left as it is."""
    return _UNPRINTABLE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if "\udc80" <= char <= "\udcff":  # a byte that was not UTF-8, as os.fsdecode keeps it
        return f"\\x{ord(char) - 0xDC00:02x}"
    return char.encode("unicode_escape").decode("ascii")
