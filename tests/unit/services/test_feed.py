"""`tracker feed`: the deadlines served read-only on loopback, for all contracts or one."""

from __future__ import annotations

import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tests.unit.export.validate import parsed
from tests.unit.services.conftest import write_contract
from tracker.domain import Duty
from tracker.services.app import TrackerService
from tracker.services.feed import feed_server, feed_url


@pytest.fixture
def feed(svc: TrackerService, tmp_path: Path, extraction: tuple[Duty, ...]) -> Iterator[str]:
    svc.import_paths([write_contract(tmp_path, "a.txt", "A"), write_contract(tmp_path, "b.txt", "B")],
                     start=date(2025, 12, 15))
    server = feed_server(svc)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    assert server.server_address[0] == "127.0.0.1"
    assert feed_url(server).startswith("webcal://127.0.0.1:")
    yield feed_url(server).replace("webcal://", "http://").removesuffix("/deadlines.ics")
    server.shutdown()
    server.server_close()


def _get(url: str, method: str = "GET") -> tuple[int, bytes, str]:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, method=method), timeout=30) as answer:
            return answer.status, answer.read(), answer.headers["Content-Type"]
    except urllib.error.HTTPError as exc:
        return exc.code, b"", ""


def test_the_feed_serves_every_contract_or_one(feed: str) -> None:
    status, data, kind = _get(feed + "/deadlines.ics")
    assert (status, kind) == (200, "text/calendar; charset=utf-8")
    assert len(parsed(data).walk("VEVENT")) == 8
    status, one, _ = _get(feed + "/contract/2.ics")
    assert status == 200 and len(parsed(one).walk("VEVENT")) == 4


def test_the_feed_is_read_only_and_knows_its_paths(feed: str) -> None:
    assert _get(feed + "/contract/9.ics")[0] == 404
    assert _get(feed + "/other")[0] == 404
    assert _get(feed + "/deadlines.ics", method="PUT")[0] == 501
    assert _get(feed + "/deadlines.ics", method="HEAD")[:2] == (200, b"")
