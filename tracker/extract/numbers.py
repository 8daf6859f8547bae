"""Numbers as contracts write them: the regex fragment `NUMBER` matches one written number
(ASCII or full-width digits, 漢数字); `parse_number` (from the domain, shared with ingestion)
turns it into an int.
"""

from __future__ import annotations

from tracker.domain.numerals import parse_number

__all__ = ["NUMBER", "parse_number"]

NUMBER = r"(?:[0-9０-９]+|[〇一二三四五六七八九十百千]+)"
