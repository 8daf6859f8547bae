"""Change notifications, delivered after the change and never re-entered.

A listener runs on the thread that committed the change, after the commit, with no lock of the
service held. A notification raised while one is being delivered (a listener that writes, or a
write on another thread) is queued and delivered once the current round ends, by the thread
already delivering: no listener is ever called from inside itself, so a listener may hold its
own lock while it reads or writes through the service.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)


class ChangeNotifier:
    def __init__(self) -> None:
        self._listeners: list[Callable[[], None]] = []
        self._lock = threading.Lock()  # guards the two fields below, never held while delivering
        self._pending = False
        self._delivering = False

    def add(self, fn: Callable[[], None]) -> None:
        with self._lock:
            self._listeners.append(fn)

    def notify(self) -> None:
        with self._lock:
            self._pending = True
            if self._delivering:
                return  # the thread delivering now takes it in its next round
            self._delivering = True
        try:
            while self._next_round():
                for listener in list(self._listeners):
                    try:
                        listener()
                    except Exception:  # a failing listener (an unwritable .ics) must not undo the change
                        log.exception("change listener failed")
        except BaseException:
            with self._lock:
                self._delivering = False
            raise

    def _next_round(self) -> bool:
        """Takes the queued notification, or (none queued) ends the delivery, in one step: a
        notification arriving just after is then delivered by its own thread."""
        with self._lock:
            pending, self._pending = self._pending, False
            if not pending:
                self._delivering = False
            return pending
