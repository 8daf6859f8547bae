"""How the exports write days and periods: ISO dates with the weekday, hours, periods as written."""

from __future__ import annotations

from datetime import date, datetime

from tracker.domain import Period
from tracker.domain.schedule import deadline_day
from tracker.domain.vocabulary import amount_text, label

_WEEKDAYS = {"ja": "月火水木金土日", "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")}


def day_text(due: date | datetime, lang: str) -> str:
    """'2026-12-01（火）' or '2026-12-01 (Tue)', with ' 15:00' appended for an hour deadline."""
    day = deadline_day(due)
    weekday = _WEEKDAYS[lang][day.weekday()]
    text = f"{day.isoformat()}（{weekday}）" if lang == "ja" else f"{day.isoformat()} ({weekday})"
    if isinstance(due, datetime):
        text += f" {due:%H:%M}"
    return text


def iso_text(moment: date | datetime) -> str:
    """'2026-12-01', or '2026-11-23 15:00' for an hour deadline."""
    return f"{moment:%Y-%m-%d %H:%M}" if isinstance(moment, datetime) else moment.isoformat()


def period_text(period: Period, lang: str) -> str:
    """'3か月' / '3 months' as written in the contract; the qualifier's name when there is no number."""
    if period.amount is None or period.unit is None:
        return label(period.qualifier, lang)
    return amount_text(period.amount, period.unit, lang)
