"""The main window keeps the subscribed .ics file current when the settings name a folder."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import icalendar
from PySide6.QtCore import QSettings

from tracker.gui.main_window import MainWindow
from tracker.gui.names import APPLICATION, ORGANIZATION


def test_an_import_rewrites_the_live_calendar_file(
    qtbot, service, contract_file: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "calendar"
    folder.mkdir()
    service.save_settings(dataclasses.replace(service.settings(), live_ics_dir=str(folder)))
    QSettings(ORGANIZATION, APPLICATION).clear()
    window = MainWindow(service)
    qtbot.addWidget(window)
    try:
        service.import_paths([contract_file], start=date(2026, 1, 1))

        events = icalendar.Calendar.from_ical((folder / "tracker.ics").read_bytes()).walk("VEVENT")
        # the contract from 2026-01-01 for a year: its renewal cutoff, 30 clear days before expiry
        assert date(2026, 11, 30) in [e.decoded("DTSTART") for e in events]
    finally:
        window.shutdown()
