"""`tracker feed [--port PORT] [--contract ID]`: serve the deadlines as a read-only calendar feed
on this computer (webcal://127.0.0.1:PORT/deadlines.ics, or /contract/ID.ics) until Ctrl-C."""

from __future__ import annotations

import argparse

from tracker.cli.arguments import parse_id
from tracker.cli.common import add_database_options, service
from tracker.cli.main import UsageError


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--port", default="8765", help="the loopback port (default 8765; 0: any free one)")
    parser.add_argument("--contract", metavar="ID", help="print the address of this contract's feed")
    add_database_options(parser)


def run(args: argparse.Namespace) -> int:
    from tracker.services.feed import feed_server, feed_url

    if not args.port.isdigit() or int(args.port) > 65535:
        raise UsageError(f"--port {args.port!r}: not a port number (0-65535)")
    contract_id = parse_id(args.contract, "contract") if args.contract else None
    with service(args) as svc:
        if contract_id is not None:
            svc.contract(contract_id)
        try:
            server = feed_server(svc, int(args.port))
        except OSError as exc:
            raise UsageError(f"cannot listen on 127.0.0.1:{args.port}: {exc.strerror or exc}") from exc
        print(f"serving {feed_url(server, contract_id)} (Ctrl-C to stop)", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()
    return 0
