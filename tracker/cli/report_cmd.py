"""`tracker report [--days N] [--today DATE] -o report.pdf|report.html`: the renewal report, headless."""

from __future__ import annotations

import argparse
from pathlib import Path

from tracker.cli.arguments import parse_days
from tracker.cli.common import add_database_options, service
from tracker.cli.main import UsageError
from tracker.services.exports import report_html, write_atomically


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="report.pdf or report.html")
    parser.add_argument("--days", default="90", metavar="N", help="how far ahead to look (default: 90)")
    parser.add_argument("--lang", choices=("ja", "en"), help="language of the report (default: settings)")
    add_database_options(parser)


def run(args: argparse.Namespace) -> int:
    days = parse_days(args.days)
    output = Path(args.output)
    kind = output.suffix.lower()
    if kind not in (".pdf", ".html", ".htm"):
        raise UsageError(f"cannot tell the format of {args.output}: name it .pdf or .html")
    with service(args) as svc:
        html = report_html(svc, days=days, lang=args.lang)
        printed_on = svc.today()
    try:
        if kind == ".pdf":
            from tracker.printing import write_report_pdf  # Qt loads only for a PDF

            pages = write_report_pdf(html, output, printed_on=printed_on)
            print(f"report written to {output} ({pages} pages)")
        else:
            write_atomically(output, html.encode("utf-8"))
            print(f"report written to {output}")
    except OSError as exc:
        raise UsageError(f"cannot write {output}: {exc.strerror or exc}") from exc
    return 0
