"""`tracker import PATH... [--start DATE] [--end DATE] [--role customer|provider]`: store contracts,
then say per contract what was found (start, end, counterparty, renewal) and what still needs the user."""

from __future__ import annotations

import argparse
import sys

from tracker.cli.arguments import parse_date
from tracker.cli.common import add_database_options, service
from tracker.cli.found import found_lines
from tracker.domain import ImportProgress, Party
from tracker.domain.text import one_line


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="contract files or folders")
    parser.add_argument("--start", metavar="DATE", help="start of the contract (YYYY-MM-DD)")
    parser.add_argument("--end", metavar="DATE", help="end of the initial term (YYYY-MM-DD)")
    parser.add_argument("--role", choices=[Party.CUSTOMER.value, Party.PROVIDER.value],
                        help="your side of the contracts (default: the party named as yours in the "
                        "settings, else customer)")
    add_database_options(parser)


def run(args: argparse.Namespace) -> int:
    start = parse_date(args.start, "--start") if args.start else None
    end = parse_date(args.end, "--end") if args.end else None
    with service(args) as svc:
        role = Party(args.role) if args.role else None
        result = svc.import_paths(args.paths, role=role, start=start, end=end, progress=_progress)
        done = set(result.imported + result.updated)
        summaries = sorted((s for s in svc.list_contracts() if s.contract.id in done),
                           key=lambda s: s.contract.id or 0)
    for summary in summaries:
        print("\n".join(found_lines(summary)))
    for path, reason in result.failed:
        line = reason if path in reason else f"{path}: {reason}"
        print(f"tracker import: {one_line(line)}", file=sys.stderr)
    print(f"{len(result.imported)} imported, {len(result.updated)} updated, {len(result.failed)} failed")
    return 2 if result.failed else 0  # as for any bad input: the files that failed are named above


def _progress(step: ImportProgress) -> None:
    if step.path and sys.stderr.isatty():
        shown = one_line(step.path)
        print(f"\r[{step.done + 1}/{step.total}] {shown}\x1b[K", end="", file=sys.stderr, flush=True)
    elif not step.path and sys.stderr.isatty():
        print("\r\x1b[K", end="", file=sys.stderr, flush=True)
