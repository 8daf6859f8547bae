"""What a calendar that imported an export needs from the next one: a changed event comes with a
raised SEQUENCE and DTSTAMP, an unchanged one as it was, a vanished one cancelled; files follow
the umask."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from tests.unit.export.validate import parsed
from tests.unit.services.conftest import TODAY, write_contract
from tracker.domain import Duty, Settings
from tracker.services.app import TrackerService
from tracker.services.exports import export_ics


@pytest.fixture
def clocked(db_url: str) -> Iterator[tuple[TrackerService, list[date]]]:
    day = [TODAY]
    service = TrackerService.open(db_url, clock=lambda: day[0])
    yield service, day
    service.close()


def _events(path: Path) -> dict[str, tuple[int, datetime, str]]:
    return {str(e["UID"]): (int(e["SEQUENCE"]), e.decoded("DTSTAMP"), str(e.get("STATUS", "")))
            for e in parsed(path.read_bytes()).walk("VEVENT")}


def _name(uid: str) -> str:
    """'renewal_notice.1' of '<contract>.renewal_notice.200-210.1@contract-deadline-tracker'."""
    _, kind, _, cycle = uid.removesuffix("@contract-deadline-tracker").split(".")
    return f"{kind}.{cycle}"


def test_changed_alarms_raise_sequence_and_stamp_and_dropped_reminders_are_cancelled(
    clocked: tuple[TrackerService, list[date]], tmp_path: Path, extraction: tuple[Duty, ...]
) -> None:
    svc, day = clocked
    svc.import_paths([write_contract(tmp_path, "a.txt")], start=date(2025, 12, 15))
    out = tmp_path / "out.ics"
    export_ics(svc, out, reminder_events=True)
    before = _events(out)
    export_ics(svc, out, reminder_events=True)
    assert _events(out) == before  # nothing changed: nothing raised

    day[0] = date(2026, 11, 23)
    svc.save_settings(dataclasses.replace(svc.settings(), lead_times=(7,)))
    export_ics(svc, out, reminder_events=True)
    after = _events(out)
    assert after.keys() ^ before.keys() == set()
    cancelled = {uid for uid, (_, _, status) in after.items() if status == "CANCELLED"}
    assert cancelled and all("-r" in uid and not uid.endswith("-r1@contract-deadline-tracker")
                             for uid in cancelled)
    today = date(2026, 11, 23)
    raised = {uid for uid, (sequence, stamp, _) in after.items()
              if sequence == before[uid][0] + 1 and stamp.date() == today > before[uid][1].date()}
    assert cancelled < raised
    # the coming deadlines have other alarms now; the passed cutoff (no alarm before or after) is as it was
    main = {_name(uid): uid in raised for uid in after if "-r" not in uid}
    assert main == {"renewal_notice.0": False, "term.0": True, "renewal_notice.1": True, "term.1": True}

    export_ics(svc, out, reminder_events=True)
    assert _events(out) == after  # cancelled once, not again


def test_one_contracts_export_cancels_only_its_own(
    svc: TrackerService, tmp_path: Path, extraction: tuple[Duty, ...]
) -> None:
    svc.import_paths([write_contract(tmp_path, "a.txt", "A"), write_contract(tmp_path, "b.txt", "B")],
                     start=date(2025, 12, 15))
    everything, one = tmp_path / "all.ics", tmp_path / "one.ics"
    export_ics(svc, everything)
    export_ics(svc, one, contract_id=1)
    assert all(status == "" for _, _, status in _events(one).values())
    assert len(_events(one)) * 2 == len(_events(everything))


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_new_file_follows_the_umask(
    svc: TrackerService, tmp_path: Path, umask: int, mode: int
) -> None:
    old = os.umask(umask)
    try:
        export_ics(svc, tmp_path / "new.ics")
    finally:
        os.umask(old)
    assert (tmp_path / "new.ics").stat().st_mode & 0o777 == mode


def test_the_target_in_settings_sets_the_default(svc: TrackerService, tmp_path: Path,
                                                  extraction: tuple[Duty, ...]) -> None:
    svc.import_paths([write_contract(tmp_path, "a.txt")], start=date(2025, 12, 15))
    svc.save_settings(Settings(ics_target="google"))
    export_ics(svc, tmp_path / "g.ics")
    events = parsed((tmp_path / "g.ics").read_bytes()).walk("VEVENT")
    assert len(events) == 4 * 6 and not any(e.walk("VALARM") for e in events)
