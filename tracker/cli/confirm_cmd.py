"""`tracker confirm CONTRACT_ID...`: confirm the facts an import read, so a re-import keeps them."""

from __future__ import annotations

import argparse

from tracker.cli.arguments import parse_id
from tracker.cli.common import add_database_options, service


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("ids", nargs="+", metavar="CONTRACT_ID", help="as `tracker list` shows them")
    add_database_options(parser)


def run(args: argparse.Namespace) -> int:
    ids = [parse_id(text, "contract") for text in args.ids]
    with service(args) as svc:
        svc.confirm_facts(ids)
    print(f"confirmed the facts of {len(ids)} contract{'' if len(ids) == 1 else 's'}")
    return 0
