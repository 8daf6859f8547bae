"""Entry point of the `tracker` command.

Subcommands are imported only when used, so that `tracker extract` and `tracker due` start
without loading Qt or SQLAlchemy. Each subcommand module defines `configure(parser)` and
`run(args) -> int`, and raises `UsageError` for input it cannot take.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

# subcommand -> (module, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "extract": ("tracker.cli.extract_cmd", "list the time-bound duties in contract files"),
    "due": ("tracker.cli.due_cmd", "compute one deadline under the Civil Code's period rules"),
    "import": ("tracker.cli.import_cmd", "import contract files into the calendar database"),
    "confirm": ("tracker.cli.confirm_cmd", "confirm the facts an import read from contracts"),
    "list": ("tracker.cli.list_cmd", "list the stored contracts"),
    "show": ("tracker.cli.show_cmd", "show one stored contract with its duties and deadlines"),
    "upcoming": ("tracker.cli.upcoming_cmd", "list deadlines coming up"),
    "done": ("tracker.cli.done_cmd", "mark a deadline as done"),
    "export-ics": ("tracker.cli.export_ics_cmd", "export deadlines as an iCalendar file"),
    "report": ("tracker.cli.report_cmd", "write the renewal report as PDF or HTML"),
    "sync": ("tracker.cli.sync_cmd", "push the deadlines to a CalDAV calendar"),
    "feed": ("tracker.cli.feed_cmd", "serve the deadlines as a webcal:// feed on this computer"),
}


# options that may stand before the subcommand as well as after it: `tracker --db X import a.txt`
GLOBAL_OPTIONS = ("--db", "--today", "--lang")


class UsageError(Exception):
    """Bad input from the user: printed as one line on stderr, exit status 2."""


def _usage() -> str:
    lines = ["usage: tracker [--db URL] [--today DATE] [--lang ja|en] [SUBCOMMAND] ...", "",
             "With no subcommand the desktop application opens. The options may also follow the subcommand.",
             ""]
    lines += [f"  {name:<11} {help_}" for name, (_, help_) in COMMANDS.items()]
    return "\n".join(lines)


def split_command(args: Sequence[str]) -> tuple[str | None, list[str]]:
    """The subcommand (None: the desktop application) and its arguments, the global options written
    before it moved behind it, where its own parser reads them."""
    leading: list[str] = []
    i = 0
    while i < len(args) and args[i].split("=", 1)[0] in GLOBAL_OPTIONS:
        width = 1 if "=" in args[i] else 2
        leading += args[i:i + width]
        i += width
    rest = list(args[i:])
    if rest and not rest[0].startswith("-"):
        return rest[0], rest[1:] + leading
    return None, leading + rest


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in ("-h", "--help"):
        print(_usage())
        return 0
    name, args = split_command(args)
    if name is None:
        gui = importlib.import_module("tracker.gui.app")
        return int(gui.main(args))
    if name not in COMMANDS:
        print(f"tracker: unknown subcommand {name!r}\n\n{_usage()}", file=sys.stderr)
        return 2
    module = importlib.import_module(COMMANDS[name][0])
    parser = argparse.ArgumentParser(prog=f"tracker {name}", description=COMMANDS[name][1])
    module.configure(parser)
    parsed = parser.parse_args(args)
    try:
        return int(module.run(parsed))
    except UsageError as exc:  # one line, whatever a file name in it holds
        from tracker.domain.text import one_line

        print(f"tracker {name}: {one_line(str(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `tracker list | head`: the reader has gone, which is no error of ours
        # the interpreter flushes stdout again on exit; point it at nothing so that raises no more
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def entry() -> None:
    sys.exit(main())
