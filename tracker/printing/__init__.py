"""Paged output through Qt (QTextDocument, QPrinter): the renewal report as PDF, headless or from the GUI."""

from tracker.printing.report_pdf import ensure_gui_application, paint_report, write_report_pdf

__all__ = ["ensure_gui_application", "paint_report", "write_report_pdf"]
