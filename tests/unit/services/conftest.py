"""Service tests run on SQLite and on PostgreSQL (see tests/conftest_pg.py).

`extraction` pins what the extraction engine reads from any file, so these tests check the
services, not the extraction rules: a one-year term from the start, renewing yearly, with a
30-day renewal notice and a 14-day return duty after termination.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tests.conftest_pg import db_url
from tracker.domain import Direction, Document, Duty, DutyKind, Party, Period, SourceSpan, Unit
from tracker.extract import Extraction
from tracker.services.app import TrackerService

__all__ = ["db_url"]

TODAY = date(2026, 11, 22)


def duty(kind: DutyKind, amount: int, unit: Unit, direction: Direction, anchor: str, start: int,
         obligor: Party | None = Party.CUSTOMER) -> Duty:
    text = f"{kind.value} {amount} {unit.value} {direction.value} {anchor}"
    return Duty(kind=kind, obligor=obligor, period=Period(amount, unit, direction), anchor=anchor,
                span=SourceSpan(start, start + 10, text, article=str(start // 100 + 1)))


DUTIES = (
    duty(DutyKind.TERM, 1, Unit.YEAR, Direction.AFTER, "start", 0, None),
    duty(DutyKind.TERM, 1, Unit.YEAR, Direction.AFTER, "expiry", 100, None),
    duty(DutyKind.RENEWAL_NOTICE, 30, Unit.DAY, Direction.BEFORE, "expiry", 200),
    duty(DutyKind.RETURN, 14, Unit.DAY, Direction.AFTER, "termination", 300),
)


@pytest.fixture
def extraction(monkeypatch: pytest.MonkeyPatch) -> tuple[Duty, ...]:
    def fixed(document: Document) -> Extraction:
        return Extraction(duties=DUTIES, dates=(), title="Fixed service agreement")

    monkeypatch.setattr("tracker.services.importing.extract", fixed)
    return DUTIES


@pytest.fixture
def svc(db_url: str) -> Iterator[TrackerService]:
    service = TrackerService.open(db_url, clock=lambda: TODAY)
    yield service
    service.close()


@pytest.fixture
def other_user(db_url: str) -> Iterator[TrackerService]:
    """A second service on the same database: another window, or a colleague on PostgreSQL."""
    service = TrackerService.open(db_url, clock=lambda: TODAY)
    yield service
    service.close()


def write_contract(folder: Path, name: str, body: str = "") -> Path:
    """A small contract text file; `body` makes its content (and hash) unique."""
    path = folder / name
    text = f"第1条（契約期間）本契約の有効期間は1年間とする。\n第2条（返還）{body}\n"
    path.write_text(text, encoding="utf-8")
    return path
