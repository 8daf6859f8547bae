"""`tracker export-ics [--contract ID] [--from DATE] [--to DATE | --all] [--target APP] [--no-alarms]
[--reminder-events | --no-reminder-events] -o FILE`: the deadlines as an iCalendar file with stable UIDs
(by default those from 30 days back to 18 months ahead)."""

from __future__ import annotations

import argparse

from tracker.cli.arguments import parse_date, parse_id
from tracker.cli.common import add_database_options, service
from tracker.cli.main import UsageError
from tracker.domain.text import one_line
from tracker.export import Target
from tracker.services.exports import export_ics


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="the .ics file to write")
    parser.add_argument("--contract", metavar="ID", help="only this contract's deadlines")
    parser.add_argument("--from", dest="first", metavar="DATE", help="only deadlines due on or after DATE")
    parser.add_argument("--to", dest="last", metavar="DATE", help="only deadlines due on or before DATE")
    parser.add_argument("--all", action="store_true",
                        help="every deadline, not only those from 30 days back to 18 months ahead")
    parser.add_argument("--target", choices=[t.value for t in Target],
                        help="the calendar application it is for (default: settings)")
    parser.add_argument("--no-alarms", action="store_true", help="leave the reminder alarms out")
    parser.add_argument(
        "--reminder-events",
        action=argparse.BooleanOptionalAction,
        help="also write each reminder as an all-day event (default: where the target ignores alarms)",
    )
    parser.add_argument(
        "--lang", choices=("ja", "en"), help="language of the event texts (default: settings)"
    )
    add_database_options(parser)


def run(args: argparse.Namespace) -> int:
    contract_id = parse_id(args.contract, "contract") if args.contract else None
    first = parse_date(args.first, "--from") if args.first else None
    last = parse_date(args.last, "--to") if args.last else None
    if first and last and first > last:
        raise UsageError(f"--from {first} is after --to {last}")
    with service(args) as svc:
        try:
            count = export_ics(
                svc,
                args.output,
                contract_id=contract_id,
                first=first,
                last=last,
                everything=args.all,
                target=Target(args.target) if args.target else None,
                alarms=not args.no_alarms,
                reminder_events=args.reminder_events,
                lang=args.lang,
            )
        except OSError as exc:
            raise UsageError(f"cannot write {args.output}: {exc.strerror or exc}") from exc
    print(f"{count} deadlines written to {one_line(args.output)}")
    return 0
