"""The calendar's deadlines by month: each month is read once, and once the user pauses on a month the
months either side are read ahead on a worker thread, so paging through the calendar does not wait on
the database. (Reading ahead at once would compete with painting the month just shown.)
"""

from __future__ import annotations

import calendar
import contextlib
import logging
from collections import defaultdict
from datetime import date, datetime
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal

from tracker.domain.records import DeadlineRecord

ByDay = dict[date, list[DeadlineRecord]]
_KEPT_MONTHS = 24
READ_AHEAD_AFTER_MS = 150
log = logging.getLogger(__name__)


class DeadlineSource(Protocol):
    def deadlines_between(self, first: date, last: date) -> list[DeadlineRecord]: ...


def day_of(record: DeadlineRecord) -> date:
    due = record.deadline.due
    return due.date() if isinstance(due, datetime) else due


def month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def neighbours(year: int, month: int) -> list[tuple[int, int]]:
    """The next month and the previous one."""
    index = year * 12 + month - 1
    return [(y, m + 1) for y, m in (divmod(index + 1, 12), divmod(index - 1, 12))]


class MonthCache(QObject):
    _prefetched = Signal(int, int, int, object)  # generation, year, month, ByDay
    monthArrived = Signal(int, int)  # a month read ahead is now in the cache

    def __init__(self, source: DeadlineSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._months: dict[tuple[int, int], ByDay] = {}
        self._pending: set[tuple[int, int]] = set()
        self._generation = 0
        self._prefetched.connect(self._store, Qt.ConnectionType.QueuedConnection)
        self._last = (0, 0)
        self._readAhead = QTimer(self)
        self._readAhead.setSingleShot(True)
        self._readAhead.setInterval(READ_AHEAD_AFTER_MS)
        self._readAhead.timeout.connect(self._readNeighbours)

    def month(self, year: int, month: int) -> ByDay:
        """The deadlines of the month's grid by day (read now unless already read or read ahead)."""
        key = (year, month)
        by_day = self._months.get(key)
        if by_day is None:
            by_day = self._read(year, month)
            self._keep(key, by_day)
        self._last = key
        self._readAhead.start()  # restarted by every page turn: only where the user stops
        return by_day

    def cached(self, year: int, month: int) -> ByDay | None:
        return self._months.get((year, month))

    def clear(self) -> None:
        """Forget everything (the data changed); reads still under way are dropped when they land."""
        self._generation += 1
        self._months.clear()
        self._pending.clear()

    def _read(self, year: int, month: int) -> ByDay:
        by_day: ByDay = defaultdict(list)
        for record in self._source.deadlines_between(*month_range(year, month)):
            by_day[day_of(record)].append(record)
        return dict(by_day)

    def _keep(self, key: tuple[int, int], by_day: ByDay) -> None:
        self._months[key] = by_day
        while len(self._months) > _KEPT_MONTHS:
            self._months.pop(next(iter(self._months)))

    def _readNeighbours(self) -> None:
        for neighbour in neighbours(*self._last):
            self._prefetch(*neighbour)

    def _prefetch(self, year: int, month: int) -> None:
        key = (year, month)
        if key in self._months or key in self._pending:
            return
        self._pending.add(key)
        generation = self._generation

        def work() -> None:
            try:
                by_day = self._read(year, month)
            except Exception:  # a read ahead that fails is simply done again when the month is shown
                log.debug("reading %d-%02d ahead failed", year, month, exc_info=True)
                by_day = None
            with contextlib.suppress(RuntimeError):  # the page closed while the read ran
                self._prefetched.emit(generation, year, month, by_day)

        QThreadPool.globalInstance().start(work)

    def _store(self, generation: int, year: int, month: int, by_day: ByDay | None) -> None:
        if generation != self._generation:
            return
        self._pending.discard((year, month))
        if by_day is not None and (year, month) not in self._months:
            self._keep((year, month), by_day)
            self.monthArrived.emit(year, month)
