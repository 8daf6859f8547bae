"""Date formatting for explanations; the words themselves live in tracker.domain.vocabulary."""

from __future__ import annotations

from datetime import date, datetime


def fmt(day: date | datetime) -> str:
    """ISO date, or date and minutes for a moment (periods.md's output format)."""
    if isinstance(day, datetime):
        return day.strftime("%Y-%m-%dT%H:%M")
    return day.isoformat()
