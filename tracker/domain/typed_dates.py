"""Dates as people type them into a date field: 2025/10/01, 2025-10-01, 2025.10.1, 2025年10月1日,
令和7年10月1日 (元年 too), "1 Oct 2025", "Oct 1, 2025", "October 1 2025", in full-width digits or not.

One calendar date or None: a field takes what it can read for certain, never a guess.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

# first year of each era, minus one: 令和 Reiwa, 平成 Heisei, 昭和 Showa, 大正 Taisho
ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925, "大正": 1911}

_FULL_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december")
# a month's name or any start of it from three letters ("oct", "octo", "october"), and "sept"
MONTHS = {
    full[:n]: i + 1 for i, full in enumerate(_FULL_MONTHS) for n in range(3, len(full) + 1)
} | {"sept": 9}

_NUMERIC = re.compile(r"(?P<y>\d{4})\s*[/\-.]\s*(?P<m>\d{1,2})\s*[/\-.]\s*(?P<d>\d{1,2})")
_KANJI = re.compile(
    r"(?:(?P<era>令和|平成|昭和|大正)\s*(?P<ey>元|\d{1,2})|(?P<y>\d{4}))\s*年"
    r"\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日?"
)
_DAY_MONTH = re.compile(r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon>[a-z]+)\.?,?\s+(?P<y>\d{4})")
_MONTH_DAY = re.compile(r"(?P<mon>[a-z]+)\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})")


def parse_typed_date(text: str) -> date | None:
    """The date `text` names as a whole, or None (empty, ambiguous like 10/01/25, or no such day)."""
    plain = unicodedata.normalize("NFKC", text).strip().lower()
    for pattern in (_NUMERIC, _KANJI, _DAY_MONTH, _MONTH_DAY):
        m = pattern.fullmatch(plain)
        if m is not None:
            return _date(m)
    return None


def _date(m: re.Match[str]) -> date | None:
    fields = m.groupdict()
    if fields.get("era"):
        year = ERAS[fields["era"]] + (1 if fields["ey"] == "元" else int(fields["ey"]))
    else:
        year = int(fields["y"])
    month = MONTHS.get(fields["mon"]) if fields.get("mon") else int(fields["m"])
    try:
        return date(year, month, int(fields["d"])) if month else None
    except ValueError:
        return None
