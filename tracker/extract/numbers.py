"""Numbers as contracts write them: the regex fragment `NUMBER` matches one written number
(ASCII or full-width digits, 漢数字); `parse_number` (from the domain, shared with ingestion)
turns it into an int.
"""

from __future__ import annotations

from tracker.domain.numerals import parse_number

__all__ = ["DIGITS", "KANJI", "NUMBER", "parse_number"]

DIGITS = "0-9０-９"  # a character class body: ASCII and full-width digits
KANJI = "〇一二三四五六七八九十百千"  # 漢数字
NUMBER = rf"(?:[{DIGITS}]+|[{KANJI}]+)"
