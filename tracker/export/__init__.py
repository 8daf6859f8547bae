"""Export: deadlines to iCalendar, report HTML and CSV. Pure: domain types in, bytes or text out."""

from tracker.export.csv_table import deadlines_to_csv
from tracker.export.ical import IcalOptions, deadlines_to_ical, reminder_uid
from tracker.export.report_html import ReportPeriod, report_html, report_title

__all__ = [
    "IcalOptions",
    "ReportPeriod",
    "deadlines_to_csv",
    "deadlines_to_ical",
    "reminder_uid",
    "report_html",
    "report_title",
]
