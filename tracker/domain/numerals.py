"""Numbers as contracts write them: ASCII and full-width digits, and 漢数字 (三十, 十四, 百二十, 二〇).

Shared by ingestion (第十一条, article numbers) and extraction (三十日前, periods and dates).
"""

from __future__ import annotations

KANJI_DIGITS = "〇一二三四五六七八九"
# 零 is written for 〇 in some documents
_DIGIT_VALUES = {**{ch: value for value, ch in enumerate(KANJI_DIGITS)}, "零": 0}
# 十 ten, 百 hundred, 千 thousand
_KANJI_SCALES = {"十": 10, "百": 100, "千": 1000}
_FULL_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
# more digits than any period, date or article number has; int() refuses past 4,300 of them
_MAX_DIGITS = 18


def parse_number(written: str) -> int | None:
    """The value of a written number, or None where it is not one (e.g. an empty string)."""
    s = written.strip().translate(_FULL_WIDTH)
    if not s or len(s) > _MAX_DIGITS:
        return None
    if s.isdigit():
        return int(s)
    if not any(ch in _KANJI_SCALES for ch in s):
        # 二〇 written digit by digit
        digits = [_DIGIT_VALUES.get(ch) for ch in s]
        return None if None in digits else int("".join(str(d) for d in digits))
    total = 0
    pending = 0
    for ch in s:
        if ch in _KANJI_SCALES:
            total += (pending or 1) * _KANJI_SCALES[ch]
            pending = 0
        else:
            d = _DIGIT_VALUES.get(ch)
            if d is None:
                return None
            pending = pending * 10 + d
    return total + pending
