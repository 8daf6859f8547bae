"""`tracker sync [--url URL] [--user NAME] [--password-stdin] [--all]`: push the deadlines to a
CalDAV calendar (only what changed since the last sync); the URL and user are kept in Settings,
the password in the OS keyring."""

from __future__ import annotations

import argparse
import dataclasses
import sys

from tracker.cli.common import add_database_options, service
from tracker.cli.main import UsageError


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--url", help="the CalDAV calendar's URL (kept in Settings)")
    parser.add_argument("--user", help="the user name on the server (kept in Settings)")
    parser.add_argument("--password-stdin", action="store_true",
                        help="read the password from standard input and keep it in the OS keyring")
    parser.add_argument("--all", action="store_true",
                        help="every deadline, not only those from 30 days back to 18 months ahead")
    add_database_options(parser)


def run(args: argparse.Namespace) -> int:
    from tracker.services.caldav_sync import SyncError, store_password, sync

    if args.url and not args.url.startswith(("http://", "https://")):
        raise UsageError(f"--url {args.url!r}: not an http(s) URL")
    with service(args) as svc:
        settings = svc.settings()
        if args.url or args.user:
            settings = dataclasses.replace(settings, caldav_url=args.url or settings.caldav_url,
                                           caldav_user=args.user or settings.caldav_user)
            svc.save_settings(settings)
        if not settings.caldav_url:
            raise UsageError("no CalDAV calendar: give --url URL (it is kept for the next time)")
        try:
            if args.password_stdin:
                store_password(settings.caldav_url, settings.caldav_user, sys.stdin.readline().rstrip("\n"))
            report = sync(svc, everything=args.all)
        except SyncError as exc:
            raise UsageError(str(exc)) from exc
    print(f"{report.sent} sent, {report.deleted} deleted, {report.unchanged} unchanged"
          + (f", {report.conflicts} changed on the server and replaced" if report.conflicts else ""))
    return 0
