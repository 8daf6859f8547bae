"""Export: deadlines to iCalendar, report HTML and CSV."""
