"""`tracker extract FILE... [--json]`: the duties of each file, as a table or as JSON (duties.md)."""

from __future__ import annotations

import argparse
import json
import sys

from tracker.cli.main import UsageError
from tracker.domain.text import one_line
from tracker.extract import Extraction, extract
from tracker.ingest import IngestError, load_document


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--json", action="store_true", help="one JSON object per file (one per line)")


def run(args: argparse.Namespace) -> int:
    status = 0
    for path in args.files:
        try:
            document = load_document(path)
        except IngestError as exc:
            if len(args.files) == 1:
                raise UsageError(str(exc)) from exc
            print(f"tracker extract: {one_line(str(exc))}", file=sys.stderr)
            status = 2
            continue
        result = extract(document)
        if args.json:
            obj = {
                "source": path,
                "title": result.title,
                "dates": [d.isoformat() for d in result.dates],
                "facts": result.facts.to_json(),
                "duties": [d.to_json() for d in result.duties],
            }
            indent = None if len(args.files) > 1 else 1
            print(json.dumps(obj, ensure_ascii=False, indent=indent))
        else:
            _print_table(path, result)
    return status


def _print_table(path: str, result: Extraction) -> None:
    print(f"{one_line(path)}: {one_line(result.title or '')}")
    if result.dates:
        print("  dates: " + ", ".join(d.isoformat() for d in result.dates))
    for d in result.duties:
        period = f"{d.period.amount} {d.period.unit}" if d.period.amount is not None else d.period.qualifier
        where = "/".join(str(x) for x in (d.span.article, d.span.paragraph, d.span.item) if x is not None)
        obligor = d.obligor or "-"
        text = " ".join(d.span.text.split())  # the clause as one line, PDF line breaks and all
        print(f"  {where:<10} {d.kind:<18} {obligor:<9} {period!s:<18} {d.period.direction:<7} "
              f"{d.anchor or '-':<17} {d.confidence:.2f}{' OCR' if d.ocr else ''}  {text}")
    print(f"  {len(result.duties)} duties")
