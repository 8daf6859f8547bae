"""The daily roll-over of the deadlines, off the GUI thread: at start and every hour.

TrackerService.roll_over replans only the contracts whose deadlines went stale, in small
transactions; it runs on a worker thread so the window paints and answers meanwhile, and its
change notification refreshes the pages like any other change.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QTimer

from tracker.services.app import TrackerService
from tracker.services.errors import ServiceError

log = logging.getLogger(__name__)
HOUR_MS = 60 * 60 * 1000


class RollOver(QObject):
    def __init__(self, service: TrackerService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._thread: threading.Thread | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(HOUR_MS)
        self.timer.timeout.connect(self.start)

    def start(self) -> None:
        """Starts a roll-over on a worker thread, unless one is running; arms the hourly timer."""
        self.timer.start()
        if self._thread is not None and self._thread.is_alive():
            return
        self._thread = threading.Thread(target=self._run, name="roll-over", daemon=True)
        self._thread.start()

    def wait(self, seconds: float = 10.0) -> None:
        """Stops the timer and lets a running roll-over finish its transaction (at shutdown)."""
        self.timer.stop()
        if self._thread is not None:
            self._thread.join(seconds)

    def _run(self) -> None:
        try:
            self._service.roll_over()
        except ServiceError:  # a database gone away: the next hour tries again
            log.exception("roll-over failed")
