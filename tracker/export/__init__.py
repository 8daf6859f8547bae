"""Export: deadlines to iCalendar, report HTML and CSV. Pure: domain types in, bytes or text out.

The names load their module on first use, so that a command which only needs a UID (upcoming
--json) never imports icalendar.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tracker.export.csv_table import deadlines_to_csv
    from tracker.export.ical import IcalOptions, deadlines_to_ical
    from tracker.export.identity import deadline_uid, reminder_uid
    from tracker.export.report_html import ReportPeriod, report_html, report_title
    from tracker.export.targets import Target

_MODULES = {
    "IcalOptions": "ical",
    "ReportPeriod": "report_html",
    "Target": "targets",
    "deadline_uid": "identity",
    "deadlines_to_csv": "csv_table",
    "deadlines_to_ical": "ical",
    "reminder_uid": "identity",
    "report_html": "report_html",
    "report_title": "report_html",
}

__all__ = [
    "IcalOptions",
    "ReportPeriod",
    "Target",
    "deadline_uid",
    "deadlines_to_csv",
    "deadlines_to_ical",
    "reminder_uid",
    "report_html",
    "report_title",
]


def __getattr__(name: str) -> Any:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"tracker.export.{_MODULES[name]}"), name)
