"""`tracker show ID`: one contract with its terms, duties, recorded events and deadlines."""

from __future__ import annotations

import argparse

from tracker.cli.arguments import parse_id
from tracker.cli.common import add_database_options, add_language_option, clip, service, table
from tracker.domain import ContractDetail, Duty
from tracker.domain.text import one_line
from tracker.domain.vocabulary import amount_text, anchor_label, label


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", metavar="ID", help="contract id, as `tracker list` shows it")
    add_database_options(parser)
    add_language_option(parser, "en")


def run(args: argparse.Namespace) -> int:
    contract_id = parse_id(args.id, "contract")
    with service(args) as svc:
        detail = svc.contract(contract_id)
    print(_render(detail, args.lang or "en"))
    return 0


def _render(detail: ContractDetail, lang: str) -> str:
    c = detail.contract
    terms = c.terms
    lines = [
        f"#{c.id} {one_line(c.title)}",
        f"  role: {label(c.role, lang)}   counterparty: {c.counterparty or '-'}   "
        f"status: {label(c.status, lang)}",
        f"  start: {terms.start or '-'}   end: {terms.end or '-'}   file: {one_line(c.source_path or '-')}",
    ]
    if c.notes:
        lines.append(f"  notes: {clip(c.notes, 70)}")
    lines.append("")
    duty_rows = [[str(d.id), label(d.state, lang), label(d.duty.kind, lang), _period(d.duty, lang),
                  anchor_label(d.duty.anchor, lang) if d.duty.anchor else "-",
                  d.duty.span.article or "-", clip(d.duty.span.text)] for d in detail.duties]
    lines += ["Duties:", table(duty_rows, ["ID", "STATE", "KIND", "PERIOD", "ANCHOR", "ART", "TEXT"])
              if duty_rows else "  none found"]
    if detail.events:
        events = sorted(detail.events.items())
        lines += ["", "Events:"] + [f"  {anchor_label(anchor, lang)}: {day}" for anchor, day in events]
    deadline_rows = [[str(d.id), str(d.deadline.due), label(d.deadline.kind, lang), label(d.state, lang),
                      d.deadline.explanation.ja if lang == "ja" else d.deadline.explanation.en]
                     for d in detail.deadlines]
    lines += ["", "Deadlines:", table(deadline_rows, ["ID", "DUE", "KIND", "STATE", "WHY"])
              if deadline_rows else "  none"]
    return "\n".join(lines)


def _period(duty: Duty, lang: str) -> str:
    p = duty.period
    if p.amount is None or p.unit is None:
        return label(p.qualifier, lang)
    gap = "" if lang == "ja" else " "
    return f"{amount_text(p.amount, p.unit, lang)}{gap}{label(p.direction, lang)}"
