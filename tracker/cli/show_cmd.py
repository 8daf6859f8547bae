"""`tracker show ID`: one contract with its terms, duties, recorded events and deadlines."""

from __future__ import annotations

import argparse

from tracker.cli.common import add_database_options, clip, parse_id, service, table
from tracker.domain import ContractDetail, Duty


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", metavar="ID", help="contract id, as `tracker list` shows it")
    add_database_options(parser)


def run(args: argparse.Namespace) -> int:
    contract_id = parse_id(args.id, "contract")
    with service(args) as svc:
        detail = svc.contract(contract_id)
    print(_render(detail))
    return 0


def _render(detail: ContractDetail) -> str:
    c = detail.contract
    terms = c.terms
    lines = [
        f"#{c.id} {c.title}",
        f"  role: {c.role.value}   counterparty: {c.counterparty or '-'}   status: {c.status.value}",
        f"  start: {terms.start or '-'}   end: {terms.end or '-'}   file: {c.source_path or '-'}",
    ]
    if c.notes:
        lines.append(f"  notes: {clip(c.notes, 70)}")
    lines.append("")
    duty_rows = [[str(d.id), d.state.value, d.duty.kind.value, _period(d.duty), d.duty.anchor or "-",
                  d.duty.span.article or "-", clip(d.duty.span.text)] for d in detail.duties]
    lines += ["Duties:", table(duty_rows, ["ID", "STATE", "KIND", "PERIOD", "ANCHOR", "ART", "TEXT"])
              if duty_rows else "  none found"]
    if detail.events:
        lines += ["", "Events:"] + [f"  {anchor}: {day}" for anchor, day in sorted(detail.events.items())]
    deadline_rows = [[str(d.id), str(d.deadline.due), d.deadline.kind.value, d.state.value,
                      d.deadline.explanation.en] for d in detail.deadlines]
    lines += ["", "Deadlines:", table(deadline_rows, ["ID", "DUE", "KIND", "STATE", "WHY"])
              if deadline_rows else "  none"]
    return "\n".join(lines)


def _period(duty: Duty) -> str:
    p = duty.period
    if p.amount is None:
        return p.qualifier.value if p.qualifier else "-"
    return f"{p.amount} {p.unit.value if p.unit else ''} {p.direction.value}".strip()
