"""Opens the database on a worker thread while the window paints: importing SQLAlchemy, migrating
and the first re-plan of a day take longer than a start may, and none of it needs the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QThread, Signal

if TYPE_CHECKING:
    from tracker.services.app import TrackerService


class ServiceLoader(QThread):
    """`loaded(service)` or `failed(exception)` arrives on the GUI thread once the database is open."""

    loaded = Signal(object)
    failed = Signal(object)

    def __init__(self, db: str | None, clock: Callable[[], date] | None) -> None:
        super().__init__()
        self._db = db
        self._clock = clock

    def run(self) -> None:
        try:
            from tracker.services.app import TrackerService

            service: TrackerService = TrackerService.open(self._db, clock=self._clock)
        except Exception as exc:  # any cause (permissions, a bad URL, a newer schema) must reach the user
            self.failed.emit(exc)
        else:
            self.loaded.emit(service)
