"""`tracker export-ics` and `tracker report` end to end on a small database, and their bad input."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import icalendar
import pytest
from pypdf import PdfReader

from tests.unit.services.conftest import DUTIES, write_contract
from tracker.cli.main import main
from tracker.extract import Extraction


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Path:
    """One contract from 2025-12-15: yearly terms and a 30-day renewal notice whose current cutoff
    (2026-11-13) has passed: 7 deadlines to 2029."""
    monkeypatch.setattr(
        "tracker.services.importing.extract",
        lambda document: Extraction(duties=DUTIES, dates=(), title="Fixed agreement"),
    )
    monkeypatch.setenv("TRACKER_TODAY", "2026-11-22")
    path = tmp_path / "cli.sqlite"
    monkeypatch.setenv("TRACKER_DB", str(path))
    assert main(["import", str(write_contract(tmp_path, "a.txt")), "--start", "2025-12-15"]) == 0
    capsys.readouterr()
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def _events(path: Path) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT"))


def test_export_all_then_a_range_then_one_contract(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "all.ics"
    window = tmp_path / "window.ics"  # 30 days back to 18 months ahead
    assert _run(capsys, "export-ics", "-o", str(window)) == (0, f"4 deadlines written to {window}\n", "")
    assert _run(capsys, "export-ics", "--all", "-o", str(out)) == (0, f"7 deadlines written to {out}\n", "")
    events = _events(out)
    contract = str(events[0]["UID"]).split(".")[0]
    assert [(e.decoded("DTSTART"), str(e["UID"])) for e in events[:3]] == [
        (date(2026, 11, 13), f"{contract}.renewal_notice.200-210.0@contract-deadline-tracker"),
        (date(2026, 12, 14), f"{contract}.term.0-10.0@contract-deadline-tracker"),
        (date(2027, 11, 12), f"{contract}.renewal_notice.200-210.1@contract-deadline-tracker"),
    ]
    assert str(events[2]["SUMMARY"]) == "更新拒絶の通知期限: Fixed agreement"
    assert len(events[2].walk("VALARM")) == 5
    assert events[2].decoded("DTSTAMP").isoformat() == "2026-11-22T00:00:00+00:00"

    ranged = tmp_path / "range.ics"
    assert _run(capsys, "export-ics", "--from", "2027-01-01", "--to", "2027-12-31", "-o", str(ranged))[0] == 0
    assert [e.decoded("DTSTART") for e in _events(ranged)] == [date(2027, 11, 12), date(2027, 12, 14)]

    one = tmp_path / "one.ics"
    status, text, _ = _run(
        capsys, "export-ics", "--contract", "1", "--to", "2026-12-31", "--lang", "en", "-o", str(one)
    )
    assert (status, text) == (0, f"2 deadlines written to {one}\n")
    assert str(_events(one)[0]["SUMMARY"]) == "Renewal notice: Fixed agreement"


def test_no_alarms_and_reminder_events(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "r.ics"
    assert (
        _run(
            capsys,
            "export-ics",
            "--no-alarms",
            "--reminder-events",
            "--from",
            "2027-11-01",
            "--to",
            "2027-11-30",
            "-o",
            str(out),
        )[0]
        == 0
    )
    events = _events(out)
    cutoff = str(events[0]["UID"]).removesuffix("@contract-deadline-tracker")
    assert cutoff.endswith(".renewal_notice.200-210.1")
    assert [(e.decoded("DTSTART"), str(e["UID"])) for e in events] == [
        (date(2027, 11, 12), f"{cutoff}@contract-deadline-tracker"),
        (date(2027, 9, 13), f"{cutoff}-r5@contract-deadline-tracker"),
        (date(2027, 10, 13), f"{cutoff}-r4@contract-deadline-tracker"),
        (date(2027, 10, 29), f"{cutoff}-r3@contract-deadline-tracker"),
        (date(2027, 11, 5), f"{cutoff}-r2@contract-deadline-tracker"),
        (date(2027, 11, 11), f"{cutoff}-r1@contract-deadline-tracker"),
    ]
    assert all(e.walk("VALARM") == [] for e in events)


def test_re_export_is_byte_identical(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first, second = tmp_path / "1.ics", tmp_path / "2.ics"
    _run(capsys, "export-ics", "--reminder-events", "-o", str(first))
    _run(capsys, "export-ics", "--reminder-events", "-o", str(second))
    assert first.read_bytes() == second.read_bytes()


def test_report_as_html_and_pdf(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    """(qapp: a QApplication first, or the command's bare QGuiApplication would break the GUI tests.)"""
    html = tmp_path / "report.html"
    assert _run(capsys, "report", "--days", "130", "-o", str(html)) == (0, f"report written to {html}\n", "")
    text = html.read_text(encoding="utf-8")
    assert "<title>契約期限レポート  2026-11-22〜2027-04-01</title>" in text
    assert text.index("期限超過 (1)") < text.index("2026-11-13（金）") < text.index("2026-12-14（月）")
    assert "第1条（契約期間）本契約の有効期間は1年間とする。" in text  # the clause's sentence, quoted

    pdf = tmp_path / "report.pdf"
    status, out, _ = _run(capsys, "report", "--days", "130", "-o", str(pdf), "--today", "2026-11-22")
    pages = len(PdfReader(pdf).pages)
    assert (status, out) == (0, f"report written to {pdf} ({pages} pages)\n")
    first = "".join(PdfReader(pdf).pages[0].extract_text().split())
    assert first.startswith("契約期限レポート2026-11-22〜2027-04-01")
    assert f"1/{pages}" in first


def test_report_for_a_date_range_and_one_contract(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    html = tmp_path / "range.html"
    status, _, _ = _run(capsys, "report", "--from", "2027-11-01", "--to", "2027-12-31", "--contract", "1",
                        "--lang", "en", "-o", str(html))
    text = html.read_text(encoding="utf-8")
    assert status == 0
    assert "<title>Contract deadline report  2027-11-01 to 2027-12-31</title>" in text
    assert "2027-11-12 (Fri)" in text and "2027-12-14 (Tue)" in text
    assert "2026-12-14 (Mon)" not in text  # before the range
    assert "2026-11-13 (Fri)" in text  # overdue: still to act on, whatever the range
    assert " to ?" not in text


@pytest.mark.parametrize(
    "argv",
    [
        ["report", "-o", "r.html", "--from", "2027-02-01", "--to", "2027-01-01"],
        ["report", "-o", "r.html", "--contract", "9"],
        ["export-ics", "-o", "x.ics", "--from", "2027-01-02", "--to", "2027-01-01"],
        ["export-ics", "-o", "x.ics", "--from", "2027-02-30"],
        ["export-ics", "-o", "x.ics", "--contract", "x"],
        ["export-ics", "-o", "x.ics", "--contract", "9"],
        ["export-ics", "-o", "/nonexistent-folder/x.ics"],
        ["report", "-o", "report.txt"],
        ["report", "-o", "report.pdf", "--days", "soon"],
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    db: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    status, out, err = _run(capsys, *argv)
    assert status == 2
    assert out == "" and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x.ics").exists()
