"""`tracker list`: the stored contracts, soonest next deadline first, and what each still needs."""

from __future__ import annotations

import argparse

from tracker.cli.common import add_database_options, add_language_option, clip, service, table
from tracker.domain import Need
from tracker.domain.vocabulary import label

# what a contract still needs, in a word (`tracker import` says it in full)
_NEEDS = {Need.ACCEPTED_DATE: "date-accepted", Need.START_DATE: "start-date", Need.CONFIRMATION: "confirm"}


def configure(parser: argparse.ArgumentParser) -> None:
    add_database_options(parser)
    add_language_option(parser, "en")


def run(args: argparse.Namespace) -> int:
    with service(args) as svc:
        summaries = svc.list_contracts()
    if not summaries:
        print("no contracts; add some with `tracker import PATH`")
        return 0
    lang = args.lang or "en"
    rows = []
    for s in summaries:
        nxt = s.next_deadline
        rows.append([
            str(s.contract.id), clip(s.contract.title), label(s.contract.role, lang),
            f"{s.confirmed_count}/{s.duty_count}",
            str(nxt.deadline.due) if nxt else "-", label(nxt.deadline.kind, lang) if nxt else "-",
            ",".join(_NEEDS[n] for n in s.needs) or "-",
        ])
    print(table(rows, ["ID", "TITLE", "ROLE", "REVIEWED", "NEXT", "KIND", "NEEDS"]))
    return 0
