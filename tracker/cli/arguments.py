"""Checked command-line values: dates, ids, day counts. Out-of-range input is a one-line UsageError
(exit 2) here, before it can overflow a date or a database integer further in.

Light on imports, so that `tracker due` can use it without loading the database layer.
"""

from __future__ import annotations

from datetime import date

from tracker.cli.main import UsageError

# dates a contract can have: far enough that periods and reminders never leave the calendar
FIRST_YEAR, LAST_YEAR = 1900, 2999
MAX_DAYS = 36_600  # a hundred years ahead
MAX_ID = 2**63 - 1  # the largest id a database stores


def parse_date(text: str, what: str = "date") -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"invalid {what} {text[:40]!r}: expected YYYY-MM-DD") from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise UsageError(f"invalid {what} {text}: expected a year from {FIRST_YEAR} to {LAST_YEAR}")
    return day


def parse_id(text: str, what: str) -> int:
    return parse_count(text, f"{what} id", MAX_ID, "a positive number")


def parse_days(text: str, what: str = "--days") -> int:
    return parse_count(text, what, MAX_DAYS, "a whole number of days", least=0)


def parse_count(text: str, what: str, most: int, expected: str, least: int = 1) -> int:
    """A whole number from `least` to `most` written in ASCII digits (not ², not 10**5000)."""
    value = text.strip()
    if not (value.isascii() and value.isdigit()) or len(value) > len(str(most)) \
            or not least <= int(value) <= most:
        raise UsageError(f"invalid {what} {text[:40]!r}: expected {expected} up to {most}")
    return int(value)
