"""`tracker due ANCHOR (before|after) AMOUNT UNIT [...]`: one deadline by the rules of periods.md.

The first line of output is the date; the explanation follows in Japanese and English. Arguments
are checked here rather than by argparse so that any bad one gives a single line and exit 2.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from enum import StrEnum
from typing import TypeVar

from tracker.cli.arguments import MAX_DAYS, parse_count
from tracker.cli.main import UsageError
from tracker.domain.duty import Direction, Unit
from tracker.domain.schedule import Convention, Roll

E = TypeVar("E", bound=StrEnum)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("anchor", help="YYYY-MM-DD, or YYYY-MM-DDTHH:MM for hours")
    parser.add_argument("direction", help="before | after")
    parser.add_argument("amount", help="a positive whole number")
    parser.add_argument("unit", help=" | ".join(u.value for u in Unit))
    parser.add_argument("--convention", default="legal", help="legal (default) | simple: counting backwards")
    parser.add_argument("--inclusive", action="store_true",
                        help="count the anchor day (a term from its start)")
    parser.add_argument("--roll", default="none", help="none (default) | previous | next business day")


def _choice(kind: type[E], value: str, what: str) -> E:
    try:
        return kind(value)
    except ValueError:
        options = ", ".join(member.value for member in kind)
        raise UsageError(f"{what} must be one of {options}, not {value!r}") from None


def _anchor(text: str) -> date | datetime:
    value = text.strip()
    try:
        if "T" in value or " " in value:
            return datetime.fromisoformat(value)
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"invalid anchor {text!r}: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM") from None


def _amount(text: str) -> int:
    return parse_count(text, "amount", MAX_DAYS, "a positive whole number")


def run(args: argparse.Namespace) -> int:
    anchor = _anchor(args.anchor)
    direction = _choice(Direction, args.direction, "the direction")
    amount = _amount(args.amount)
    unit = _choice(Unit, args.unit, "the unit")
    convention = _choice(Convention, args.convention, "--convention")
    roll = _choice(Roll, args.roll, "--roll")
    from tracker.schedule.periods import due_date  # after validation: bad input answers at once
    from tracker.schedule.wording import fmt

    try:
        result = due_date(anchor, direction, amount, unit, convention=convention, inclusive=args.inclusive,
                          roll=roll)
    except (ValueError, OverflowError) as exc:
        raise UsageError(str(exc) or "the date is out of range") from None
    print(fmt(result.day))
    print(result.explanation.ja)
    print(result.explanation.en)
    return 0
