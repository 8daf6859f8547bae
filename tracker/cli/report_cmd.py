"""`tracker report [--days N | --from DATE --to DATE] [--contract ID] [--today DATE] -o report.pdf|.html`:
the renewal report, headless."""

from __future__ import annotations

import argparse
from pathlib import Path

from tracker.cli.arguments import parse_date, parse_days, parse_id
from tracker.cli.common import add_database_options, service
from tracker.cli.main import UsageError
from tracker.domain.text import one_line
from tracker.services.exports import report_html, write_atomically


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="report.pdf or report.html")
    parser.add_argument("--days", default="90", metavar="N", help="how far ahead to look (default: 90)")
    parser.add_argument("--from", dest="first", metavar="DATE", help="first day (default: today)")
    parser.add_argument("--to", dest="last", metavar="DATE", help="last day (default: --days after --from)")
    parser.add_argument("--contract", metavar="ID", help="only this contract")
    parser.add_argument("--lang", choices=("ja", "en"), help="language of the report (default: settings)")
    add_database_options(parser)


def run(args: argparse.Namespace) -> int:
    days = parse_days(args.days)
    first = parse_date(args.first, "--from") if args.first else None
    last = parse_date(args.last, "--to") if args.last else None
    if first and last and first > last:
        raise UsageError(f"--from {first} is after --to {last}")
    contract_id = parse_id(args.contract, "contract") if args.contract else None
    output = Path(args.output)
    kind = output.suffix.lower()
    if kind not in (".pdf", ".html", ".htm"):
        raise UsageError(f"cannot tell the format of {args.output}: name it .pdf or .html")
    with service(args) as svc:
        if contract_id is not None:
            svc.contract(contract_id)  # a missing contract is an error, not an empty report
        html = report_html(svc, days=days, first=first, last=last, contract_id=contract_id, lang=args.lang)
        printed_on = svc.today()
    try:
        if kind == ".pdf":
            from tracker.printing import write_report_pdf  # Qt loads only for a PDF

            pages = write_report_pdf(html, output, printed_on=printed_on)
            print(f"report written to {one_line(str(output))} ({pages} pages)")
        else:
            write_atomically(output, html.encode("utf-8"))
            print(f"report written to {one_line(str(output))}")
    except OSError as exc:
        raise UsageError(f"cannot write {output}: {exc.strerror or exc}") from exc
    return 0
