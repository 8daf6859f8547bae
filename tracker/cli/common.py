"""Options and helpers shared by the commands that use the database: --db, --today, --lang, the service.

`--db` falls back to $TRACKER_DB, then to the user's data folder; `--today` falls back to
$TRACKER_TODAY, then to the system date, so output can be made reproducible. `--today` only says
which day the output counts from: the deadlines are planned for $TRACKER_TODAY or the system
date, so a look at another day changes nothing stored.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from tracker.cli.arguments import parse_date
from tracker.cli.main import UsageError
from tracker.services.app import TrackerService
from tracker.services.errors import ServiceError


def add_database_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="URL", help="database file or SQLAlchemy URL "
                        "(default: $TRACKER_DB, else the user data folder)")
    parser.add_argument("--today", metavar="DATE",
                        help="take DATE (YYYY-MM-DD) as today (default: $TRACKER_TODAY)")


def add_language_option(parser: argparse.ArgumentParser, default: str) -> None:
    parser.add_argument("--lang", choices=("ja", "en"), help=f"language of the labels (default: {default})")


def today(args: argparse.Namespace) -> date:
    given = getattr(args, "today", None)
    return parse_date(given, "--today") if given else planning_day()


def planning_day() -> date:
    """The real today ($TRACKER_TODAY stands in for it in tests and demos)."""
    given = os.environ.get("TRACKER_TODAY")
    return parse_date(given, "$TRACKER_TODAY") if given else date.today()


@contextmanager
def service(args: argparse.Namespace) -> Iterator[TrackerService]:
    """The opened service, its deadlines rolled over to the real today; its errors (a missing id,
    a newer database) become one-line usage errors."""
    day, real = today(args), planning_day()
    try:
        svc = TrackerService.open(args.db, clock=lambda: day, planning_clock=lambda: real)
    except ServiceError as exc:
        raise UsageError(str(exc)) from exc
    try:
        svc.roll_over()
        yield svc
    except ServiceError as exc:
        raise UsageError(str(exc)) from exc
    finally:
        svc.close()


def table(rows: list[list[str]], headers: list[str]) -> str:
    """A plain text table; widths count full-width characters as two columns."""
    widths = [max(_width(r[i]) for r in [headers, *rows]) for i in range(len(headers))]
    lines = [headers, *rows]
    return "\n".join(
        "  ".join(cell + " " * (w - _width(cell)) for cell, w in zip(line, widths, strict=True)).rstrip()
        for line in lines
    )


def _width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def clip(text: str, limit: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
