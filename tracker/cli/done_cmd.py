"""`tracker done DEADLINE_ID`: mark a deadline as done, so it no longer reminds."""

from __future__ import annotations

import argparse

from tracker.cli.arguments import parse_id
from tracker.cli.common import add_database_options, service
from tracker.domain.vocabulary import label


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("deadline_id", metavar="DEADLINE_ID", help="as `tracker upcoming` shows it")
    add_database_options(parser)


def run(args: argparse.Namespace) -> int:
    deadline_id = parse_id(args.deadline_id, "deadline")
    with service(args) as svc:
        svc.mark_done(deadline_id)
        record = svc.deadline(deadline_id)
    kind = label(record.deadline.kind, "en")
    print(f"done: #{record.id} {record.deadline.due} {kind} — {record.contract_title}")
    return 0
