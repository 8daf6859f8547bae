"""The store commands end to end: import, list, show, upcoming (table and JSON), done, bad input."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from tests.unit.services.conftest import DUTIES, write_contract
from tracker.cli.main import main
from tracker.extract import Extraction
from tracker.services.app import TrackerService


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr("tracker.services.importing.extract",
                        lambda document: Extraction(duties=DUTIES, dates=(), title="Fixed agreement"))
    monkeypatch.setenv("TRACKER_TODAY", "2026-11-22")
    return tmp_path / "cli.sqlite"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_import_then_list_show_upcoming_and_done(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_contract(tmp_path, "a.txt")
    status, out, _ = _run(capsys, "import", str(path), "--start", "2025-12-15", "--db", str(db))
    assert status == 0 and out.endswith("\n1 imported, 0 updated, 0 failed\n")
    monkeypatch.setenv("TRACKER_DB", str(db))

    status, out, _ = _run(capsys, "list")
    assert status == 0
    assert out.splitlines()[1].split() == ["1", "Fixed", "agreement", "Customer", "0/4", "2026-11-13",
                                           "Renewal", "notice", "confirm"]
    status, out, _ = _run(capsys, "list", "--lang", "ja")
    assert out.splitlines()[1].split()[3:7] == ["利用者側", "0/4", "2026-11-13", "更新拒絶の通知期限"]

    status, out, _ = _run(capsys, "show", "1")
    assert status == 0
    assert "start: 2025-12-15" in out and "2027-11-12  Renewal notice  Pending" in out

    status, out, _ = _run(capsys, "upcoming", "--days", "400", "--json")
    rows = json.loads(out)
    assert [(r["due"], r["kind"], r["overdue"]) for r in rows] == [
        ("2026-11-13", "renewal_notice", True), ("2026-12-14", "term", False),
        ("2027-11-12", "renewal_notice", False), ("2027-12-14", "term", False)]
    assert rows[2]["unrolled"] == "2027-11-13"

    status, out, _ = _run(capsys, "done", str(rows[0]["id"]))
    assert status == 0 and out.startswith(f"done: #{rows[0]['id']} 2026-11-13 Renewal notice")

    # a year on, the next cutoff has passed unnoticed: it is overdue; the one marked done is history
    status, out, _ = _run(capsys, "upcoming", "--days", "30", "--today", "2027-11-20")
    assert [re.split(r"\s{2,}", line)[1:5] for line in out.splitlines()[1:]] == [
        ["2027-11-12", "8 days overdue", "Pending", "Renewal notice"],
        ["2027-12-14", "24 days left", "Pending", "Term ends"]]


@pytest.mark.parametrize("argv", [
    ["show", "x"], ["show", "42"], ["done", "0"], ["done", "7"], ["upcoming", "--today", "2026-02-30"],
    ["upcoming", "--days", "many"], ["import", "a.txt", "--start", "April"],
    # out of range: each overflowed a date or a database integer with a traceback before
    ["upcoming", "--days", "99999999"], ["upcoming", "--days", "²"], ["upcoming", "--today", "9999-12-31"],
    ["upcoming", "--today", "0001-01-01"], ["report", "-o", "r.html", "--days", "99999999"],
    ["show", "99999999999999999999"], ["show", str(2**63)], ["done", str(2**63)], ["confirm", str(2**64)],
    ["export-ics", "-o", "x.ics", "--contract", str(2**63)], ["import", "a.txt", "--start", "3000-01-01"],
])
def test_bad_ids_and_dates_are_one_line_and_exit_2(
    db: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    status, out, err = _run(capsys, *argv, "--db", str(db))

    assert status == 2
    assert out == "" and len(err.strip().splitlines()) == 1


def test_a_file_that_cannot_be_read_is_reported_and_the_rest_imported(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write_contract(tmp_path, "good.txt")

    status, out, err = _run(capsys, "import", str(good), str(tmp_path / "missing.txt"), "--db", str(db))

    assert status == 2  # bad input, as the README says (it was 1)
    assert out.endswith("\n1 imported, 0 updated, 1 failed\n")
    assert "missing.txt" in err and len(err.strip().splitlines()) == 1


def test_an_empty_database_lists_nothing(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "list", "--db", str(db))
    assert (status, out) == (0, "no contracts; add some with `tracker import PATH`\n")


def test_a_database_that_cannot_be_opened_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "a-folder.sqlite"
    folder.mkdir()

    status, out, err = _run(capsys, "list", "--db", str(folder))

    assert status == 2 and out == ""
    assert err.startswith("tracker list: cannot open the database ") and len(err.strip().splitlines()) == 1


def test_a_look_at_another_day_keeps_dismissed_and_snoozed_states(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRACKER_DB", str(db))
    _run(capsys, "import", str(write_contract(tmp_path, "a.txt")), "--start", "2025-12-15")
    svc = TrackerService.open(str(db), clock=lambda: date(2026, 11, 22))
    try:
        first, second = svc.upcoming(400)[:2]
        svc.dismiss(first.id)
        svc.snooze(second.id, date(2026, 12, 20))
    finally:
        svc.close()

    status, _, _ = _run(capsys, "upcoming", "--today", "2028-01-01")
    assert status == 0

    status, out, _ = _run(capsys, "upcoming", "--days", "400", "--json")
    states = {row["id"]: row["state"] for row in json.loads(out)}
    assert first.id not in states and states[second.id] == "snoozed"
