"""Dates and times as the UI shows them: yyyy/MM/dd in Japanese, "1 Oct 2025" in English — never a
two-digit year, never the month/day order that reads differently on each side of the Atlantic."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtGui import QFont

from tracker.domain import Explanation


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def proposal_font() -> QFont:
    """Italics: a date counted from facts read from the text that nobody confirmed yet."""
    font = QFont()
    font.setItalic(True)
    return font


_DATE_FORMATS = {"ja": "yyyy/MM/dd", "en": "d MMM yyyy"}


def _locale() -> QLocale:
    """Month names in the UI language whatever the country (English month names for en_US too)."""
    japanese = ui_language() == "ja"
    return QLocale(QLocale.Language.Japanese if japanese else QLocale.Language.English)


def format_date(d: date) -> str:
    return _locale().toString(to_qdate(d), _DATE_FORMATS[ui_language()])


def format_due(due: date | datetime) -> str:
    """A due date, with its time of day when the period was counted in hours."""
    if isinstance(due, datetime):
        moment = QDateTime(to_qdate(due.date()), QTime(due.hour, due.minute))
        return _locale().toString(moment, _DATE_FORMATS[ui_language()] + " HH:mm")
    return format_date(due)


def ui_language() -> str:
    """"ja" or "en": the language the UI shows now (install_translator sets the default locale)."""
    return "ja" if QLocale().language() == QLocale.Language.Japanese else "en"


def explanation_text(explanation: Explanation) -> str:
    """The rule trail in the UI language."""
    return explanation.ja if ui_language() == "ja" else explanation.en
