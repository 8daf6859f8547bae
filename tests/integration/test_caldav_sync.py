"""`tracker sync` against a real Radicale: created, moved, done and deleted deadlines, only changes
sent, two databases in one calendar, a sync cut short and resumed, the password from the keyring."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import caldav
import icalendar
import pytest

from tests.integration.conftest import MemoryKeyring
from tests.unit.services.conftest import DUTIES, TODAY, write_contract
from tracker.cli.main import main
from tracker.domain import Settings
from tracker.extract import Extraction
from tracker.services.app import TrackerService
from tracker.services.caldav_sync import KEYRING_SERVICE, SyncError, connect, keyring_key, sync


@pytest.fixture(autouse=True)
def fixed_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("tracker.services.importing.extract",
                        lambda document: Extraction(duties=DUTIES, dates=(), title="Fixed agreement"))


@pytest.fixture
def calendar_url(radicale: str) -> str:
    client = caldav.DAVClient(url=radicale, username="team", password="secret")
    return str(client.principal().make_calendar(name="deadlines").url)


def _service(tmp_path: Path, name: str, url: str) -> TrackerService:
    svc = TrackerService.open(f"sqlite:///{tmp_path / name}.sqlite", clock=lambda: TODAY)
    svc.save_settings(Settings(caldav_url=url, caldav_user="team"))
    return svc


@pytest.fixture
def mine(tmp_path: Path, calendar_url: str, memory_keyring: MemoryKeyring) -> Iterator[TrackerService]:
    svc = _service(tmp_path, "mine", calendar_url)
    svc.import_paths([write_contract(tmp_path, "mine.txt", "mine")], start=date(2025, 12, 15))
    yield svc
    svc.close()


def _server(url: str) -> dict[str, icalendar.Calendar]:
    calendar = caldav.DAVClient(url=url, username="team", password="secret").calendar(url=url)
    return {str(o.icalendar_component["UID"]): icalendar.Calendar.from_ical(o.data)
            for o in calendar.events()}


def test_first_sync_creates_one_object_per_uid_and_the_next_sends_nothing(
    mine: TrackerService, calendar_url: str
) -> None:
    report = sync(mine)
    assert (report.sent, report.deleted, report.unchanged) == (4, 0, 0)  # the window's four deadlines
    stored = _server(calendar_url)
    assert len(stored) == 4
    for uid, calendar in stored.items():
        assert "METHOD" not in calendar and calendar.walk("VTIMEZONE")
        assert [str(e["UID"]) for e in calendar.walk("VEVENT")] == [uid]
    assert sync(mine) == dataclasses.replace(report, sent=0, unchanged=4)


def test_done_moved_and_deleted_deadlines_reach_the_server(mine: TrackerService, calendar_url: str) -> None:
    sync(mine)
    cutoff = next(r for r in mine.deadlines_between(date(2027, 1, 1), date(2027, 12, 31))
                  if r.deadline.kind.value == "renewal_notice")
    mine.mark_done(cutoff.id)
    report = sync(mine)
    assert (report.sent, report.unchanged) == (1, 3)
    done = [c for c in _server(calendar_url).values()
            if str(c.walk("VEVENT")[0]["SUMMARY"]).startswith("【完了】")]
    assert len(done) == 1 and done[0].walk("VEVENT")[0]["SEQUENCE"] == 1

    terms = mine.contract(1).contract.terms
    mine.update_contract(1, terms=dataclasses.replace(terms, start=date(2026, 1, 15)))
    moved = sync(mine)
    assert moved.sent == 4 and moved.deleted == 0
    assert {c.walk("VEVENT")[0].decoded("DTSTART") for c in _server(calendar_url).values()} >= {
        date(2027, 1, 14)}

    mine.delete_contract(1)
    assert sync(mine).deleted == 4
    assert _server(calendar_url) == {}


def test_two_databases_share_one_calendar_without_losing_each_others_events(
    mine: TrackerService, tmp_path: Path, calendar_url: str
) -> None:
    colleague = _service(tmp_path, "colleague", calendar_url)
    try:
        colleague.import_paths([write_contract(tmp_path, "theirs.txt", "theirs")], start=date(2025, 12, 15))
        sync(mine)
        sync(colleague)
        assert len(_server(calendar_url)) == 8
        mine.delete_contract(1)
        assert sync(mine).deleted == 4
        assert sync(colleague).unchanged == 4
        left = _server(calendar_url)
        assert len(left) == 4 and all(uid.startswith(next(iter(left)).split(".")[0]) for uid in left)
    finally:
        colleague.close()


class _Flaky:
    """A connection that drops after `works` requests, as a laptop going offline."""

    def __init__(self, real: Any, works: int) -> None:
        self.real, self.left = real, works

    def put(self, url: str, body: str, headers: dict[str, str]) -> Any:
        self.left -= 1
        if self.left < 0:
            raise ConnectionError("network is unreachable")
        return self.real.put(url, body, headers)

    def delete(self, url: str, headers: dict[str, str] | None = None) -> Any:
        return self.real.delete(url, headers)


def test_a_sync_cut_short_keeps_what_went_through_and_the_next_sends_the_rest(
    mine: TrackerService, calendar_url: str
) -> None:
    real = connect(calendar_url, "team")
    with pytest.raises(SyncError, match="network is unreachable"):
        sync(mine, transport=_Flaky(real, 1))
    assert len(_server(calendar_url)) == 1
    # offline work: a deadline done meanwhile
    mine.mark_done(mine.deadlines_between(date(2027, 11, 1), date(2027, 11, 30))[0].id)
    report = sync(mine)
    assert report.sent == 3 and len(_server(calendar_url)) == 4


def test_the_cli_keeps_url_and_user_in_settings_and_the_password_in_the_keyring(
    mine: TrackerService, tmp_path: Path, calendar_url: str, memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "cli.sqlite"
    monkeypatch.setenv("TRACKER_TODAY", TODAY.isoformat())
    assert main(["--db", str(db), "import", str(write_contract(tmp_path, "cli.txt", "cli")),
                 "--start", "2025-12-15"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret\n"))
    assert main(["sync", "--db", str(db), "--url", calendar_url, "--user", "alice", "--password-stdin"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "4 sent, 0 deleted, 0 unchanged"
    assert memory_keyring.passwords[(KEYRING_SERVICE, keyring_key(calendar_url, "alice"))] == "s3cret"
    assert main(["sync", "--db", str(db)]) == 0  # the URL and user come from Settings now
    assert capsys.readouterr().out.strip() == "0 sent, 0 deleted, 4 unchanged"
    assert main(["sync", "--db", str(db), "--url", "ftp://x"]) == 2
