"""Export: deadlines to iCalendar, report HTML and CSV. Pure: domain types in, bytes or text out."""

from tracker.export.csv_table import deadlines_to_csv
from tracker.export.ical import IcalOptions, deadlines_to_ical
from tracker.export.identity import deadline_uid, reminder_uid
from tracker.export.report_html import ReportPeriod, report_html, report_title
from tracker.export.targets import Target

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
