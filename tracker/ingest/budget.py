"""A time budget for reading one file, and cancellation inside it.

Reading is linear, yet a 20 MB file still takes seconds, and a user who cancels an import should
not wait for the file in hand to finish. `reading(...)` sets the budget for the current thread;
the readers, the cleaner and the parser call `checkpoint()` between their steps.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace

from tracker.ingest.errors import IngestError

SECONDS_PER_FILE = 30.0


class Cancelled(Exception):
    """The user cancelled while a file was being read; nothing of that file is kept."""


@dataclass(frozen=True)
class _Budget:
    source: str
    seconds: float
    deadline: float
    cancelled: Callable[[], bool] | None


_current: ContextVar[_Budget | None] = ContextVar("ingest_budget", default=None)


@contextmanager
def reading(source: str, seconds: float = SECONDS_PER_FILE,
            cancelled: Callable[[], bool] | None = None) -> Iterator[None]:
    """Within the block, `checkpoint()` raises Cancelled once `cancelled()` is true and
    IngestError once `seconds` have passed."""
    token = _current.set(_Budget(source, seconds, time.monotonic() + seconds, cancelled))
    try:
        yield
    finally:
        _current.reset(token)


def restart() -> None:
    """The budget starts again: after a step that reports its own progress and can be cancelled
    (OCR, seconds a page), what follows gets the whole budget."""
    budget = _current.get()
    if budget is not None:
        _current.set(replace(budget, deadline=time.monotonic() + budget.seconds))


def checkpoint() -> None:
    """Raise if the file being read was cancelled or is over its time; no-op outside `reading`."""
    budget = _current.get()
    if budget is None:
        return
    if budget.cancelled is not None and budget.cancelled():
        raise Cancelled(f"{budget.source}: cancelled")
    if time.monotonic() > budget.deadline:
        raise IngestError(f"{budget.source}: took longer than {budget.seconds:g} s to read; not imported")
