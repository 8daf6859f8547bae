"""`tracker upcoming [--days N] [--today DATE] [--json]`: open deadlines, overdue ones first."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from tracker.cli.arguments import parse_days
from tracker.cli.common import add_database_options, add_language_option, clip, service, table
from tracker.domain import DeadlineRecord
from tracker.domain.schedule import deadline_day
from tracker.domain.vocabulary import days_left_count, label
from tracker.export.identity import deadline_uid


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--days", default="90", metavar="N", help="how far ahead to look (default: 90)")
    parser.add_argument("--json", action="store_true", help="a JSON array instead of a table")
    add_database_options(parser)
    add_language_option(parser, "en")


def run(args: argparse.Namespace) -> int:
    days = parse_days(args.days)
    with service(args) as svc:
        today = svc.today()
        records = svc.upcoming(days, today=today)
    if args.json:
        print(json.dumps([_json(r, today) for r in records], ensure_ascii=False, indent=1))
    elif not records:
        print(f"nothing due in the next {days} days")
    else:
        lang = args.lang or "en"
        rows = [[str(r.id), str(r.deadline.due), _left(r, today, lang),
                 label(r.state, lang), label(r.deadline.kind, lang), clip(r.contract_title, 30),
                 r.article or "-"] for r in records]
        print(table(rows, ["ID", "DUE", "LEFT", "STATE", "KIND", "CONTRACT", "ART"]))
    return 0


def _left(r: DeadlineRecord, today: date, lang: str) -> str:
    return days_left_count((deadline_day(r.deadline.due) - today).days, lang)


def _json(r: DeadlineRecord, today: Any) -> dict[str, Any]:
    d = r.deadline
    return {
        "id": r.id,
        "contract_id": r.contract_id,
        "contract": r.contract_title,
        "duty_id": r.duty_id,
        "key": str(d.key),
        "kind": d.kind.value,
        "due": d.due.isoformat(),
        "unrolled": d.unrolled.isoformat(),
        "state": r.state.value,
        "overdue": r.is_overdue(today),
        "snoozed_until": r.snoozed_until.isoformat() if r.snoozed_until else None,
        "reminders": [day.isoformat() for day in d.reminders],
        "article": r.article,
        "clause": r.clause_text,
        "explanation": {"ja": d.explanation.ja, "en": d.explanation.en},
        "uid": deadline_uid(r),
    }
