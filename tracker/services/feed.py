"""A live calendar feed on this computer: webcal://127.0.0.1:PORT/deadlines.ics (every contract)
and /contract/ID.ics (one), read-only, served on loopback only.

Each request exports afresh (the export window, streamed), so a calendar application that
subscribes sees changes at its next refresh; SEQUENCE and DTSTAMP come from the files' ledger, as
for the .ics files. One request at a time: the service is not shared between threads.
"""

from __future__ import annotations

import re
from collections.abc import Generator
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, HTTPServer

from tracker.export import IcalOptions
from tracker.services.app import TrackerService
from tracker.services.errors import NotFoundError
from tracker.services.exports import export_language, ics_chunks, ics_target

LOOPBACK = "127.0.0.1"
ALL_PATH = "/deadlines.ics"
_ONE = re.compile(r"^/contract/(\d{1,18})\.ics$")


def feed_server(svc: TrackerService, port: int = 0) -> HTTPServer:
    """The server, bound to loopback (port 0: any free one); call serve_forever() to run it."""

    class Handler(BaseHTTPRequestHandler):
        server_version = "tracker-feed"

        def do_GET(self) -> None:
            self._answer(body=True)

        def do_HEAD(self) -> None:
            self._answer(body=False)

        def _answer(self, *, body: bool) -> None:
            path = self.path.split("?", 1)[0]
            one = _ONE.match(path)
            if path != ALL_PATH and one is None:
                self.send_error(HTTPStatus.NOT_FOUND, "try " + ALL_PATH)
                return
            try:
                chunks = _calendar(svc, int(one.group(1)) if one else None)
                first = next(chunks)  # a missing contract fails here, before the headers go out
            except NotFoundError as exc:
                self.send_error(HTTPStatus.NOT_FOUND, str(exc))
                return
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", "text/calendar; charset=utf-8")
            self.send_header("Cache-Control", "no-cache")
            self.send_header("Connection", "close")
            self.end_headers()
            if body:
                self.wfile.write(first)
                for chunk in chunks:
                    self.wfile.write(chunk)
            else:
                chunks.close()

        def log_message(self, format: str, *args: object) -> None:
            pass  # the terminal shows the address once, not every calendar refresh

    return HTTPServer((LOOPBACK, port), Handler)


def feed_url(server: HTTPServer, contract_id: int | None = None) -> str:
    path = ALL_PATH if contract_id is None else f"/contract/{contract_id}.ics"
    return f"webcal://{LOOPBACK}:{server.server_address[1]}{path}"


def _calendar(svc: TrackerService, contract_id: int | None) -> Generator[bytes, None, None]:
    settings = svc.settings()
    options = IcalOptions(alarms=settings.ics_alarms, reminder_events=settings.ics_reminder_events,
                          lang=export_language(svc), target=ics_target(settings), today=svc.today())
    if contract_id is not None:
        svc.contract(contract_id)  # NotFoundError for an unknown one
    return ics_chunks(svc, options, contract_id=contract_id)
