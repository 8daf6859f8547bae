"""Deadlines as CSV for Excel: UTF-8 with a BOM, so Japanese Excel opens it without mojibake."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from tracker.domain import DeadlineRecord
from tracker.domain.vocabulary import check_language, label
from tracker.export.text import iso_text

_HEADERS = {
    "ja": ("期限日", "休日調整前の日", "種類", "契約", "対応者", "条", "条項", "根拠", "状態"),
    "en": (
        "Due date",
        "Unrolled date",
        "Kind",
        "Contract",
        "Who acts",
        "Article",
        "Clause",
        "Explanation",
        "State",
    ),
}
# what makes Excel read a cell as a formula; Japanese Excel also takes the full-width ＝＋－＠
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def deadlines_to_csv(records: Iterable[DeadlineRecord], *, lang: str = "ja") -> bytes:
    """One row per deadline in the given order, CRLF line ends as Excel writes them, ISO dates."""
    check_language(lang)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(_HEADERS[lang])
    for r in records:
        d = r.deadline
        explanation = d.explanation.ja if lang == "ja" else d.explanation.en
        writer.writerow(
            (
                iso_text(d.due),
                iso_text(d.unrolled),
                label(d.kind, lang),
                _cell(r.contract_title),
                label(d.obligor, lang),
                _cell(r.article or ""),
                _cell(r.clause_text),
                _cell(explanation),
                label(r.state, lang),
            )
        )
    return buffer.getvalue().encode("utf-8-sig")


def _cell(text: str) -> str:
    """Text from a contract must not run as an Excel formula: a leading quote keeps it text."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text
